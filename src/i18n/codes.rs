//! The rules' machine codes in words (en, ja, zh). One table for all codes; a native test
//! (`tests/widget_model.rs`) checks that every code the rules emit is here.

use std::sync::OnceLock;

use super::Tr;

/// The words of a code. A render looks up a few hundred codes: a binary search over the
/// table sorted once, not a scan of it each time.
pub fn lookup(code: &str) -> Option<&'static Tr> {
    static SORTED: OnceLock<Vec<(&str, &Tr)>> = OnceLock::new();
    let sorted = SORTED.get_or_init(|| {
        let mut sorted: Vec<(&str, &Tr)> = CODES.iter().map(|(c, text)| (*c, text)).collect();
        sorted.sort_unstable_by_key(|(c, _)| *c);
        sorted
    });
    let at = sorted.binary_search_by_key(&code, |(c, _)| c).ok()?;
    sorted.get(at).map(|(_, text)| *text)
}

// The table, made by `build.rs` from `i18n/<lang>.json` (the `code.` keys).
include!(concat!(env!("OUT_DIR"), "/codes_table.rs"));
