//! Language packs: one language's words for every message, keyed by a hash of its English.
//!
//! Natively every message carries all its languages (`tr!`). The widget's wasm carries the
//! English only, and a pack brings one other language: a JSON object `{ key: translation }`,
//! the key being [`key`] of the English in hexadecimal, served next to the wasm
//! (`hsp-pr-widget-<version>.<tag>.json`), fetched only when that language is used, or inline
//! in the offline file. A first load then carries one language, not six: about 16 KB of gzip
//! per language (README, Performance). The packs are generated from the tables here
//! (`cargo run --example language_packs`) and committed under `static/i18n/<tag>.json`; a
//! native test fails when they fall out of date.

use std::sync::OnceLock;

use super::Lang;

/// A registered pack, sorted by key for a binary search.
type Pack = Vec<(u32, &'static str)>;

/// The key of a message: FNV-1a (32 bits) of its English. A native test checks that no two
/// messages share one.
pub fn key(english: &str) -> u32 {
    english.bytes().fold(0x811c_9dc5, |hash: u32, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

static PACKS: [OnceLock<Pack>; super::COUNT] = [const { OnceLock::new() }; super::COUNT];

/// The pack of `lang`; none for English, which is compiled in.
fn slot(lang: Lang) -> Option<&'static OnceLock<Pack>> {
    if lang == Lang::En {
        return None;
    }
    PACKS.get(lang.index())
}

/// The translation of the message whose English is `english`, from the registered pack.
pub fn translation(lang: Lang, english: &str) -> Option<&'static str> {
    let pack = slot(lang)?.get()?;
    let wanted = key(english);
    let at = pack.binary_search_by(|(key, _)| key.cmp(&wanted)).ok()?;
    pack.get(at).map(|(_, text)| *text)
}

/// Whether `lang` can be shown: English always; natively every language; in the wasm, a
/// language whose pack is registered.
pub fn is_available(lang: Lang) -> bool {
    cfg!(not(target_arch = "wasm32")) || slot(lang).is_none_or(|slot| slot.get().is_some())
}

/// Registers the pack of `lang` (hexadecimal key → translation), once per page: the strings
/// live as long as the page. `false` for English, for a key that is not hexadecimal, or when
/// the language has one already.
pub fn register(lang: Lang, pairs: Vec<(String, String)>) -> bool {
    let Some(slot) = slot(lang) else {
        return false;
    };
    if slot.get().is_some() {
        return false;
    }
    let mut pack: Pack = Vec::with_capacity(pairs.len());
    for (key, text) in pairs {
        let Ok(key) = u32::from_str_radix(&key, 16) else {
            return false;
        };
        pack.push((key, text.leak()));
    }
    pack.sort_unstable_by_key(|(key, _)| *key);
    slot.set(pack).is_ok()
}

/// Every message of the widget, in all its languages: the tables' contents.
#[cfg(not(target_arch = "wasm32"))]
pub fn all_messages() -> impl Iterator<Item = &'static super::Tr> {
    super::ui::ALL_UI
        .iter()
        .chain(super::codes::CODES.iter().map(|(_, text)| text))
}

/// The pack of `lang` as JSON text, one message per line, sorted by key; or the English
/// messages that cannot be told apart: one English with two translations, or two English
/// messages with one key (either needs a change of English).
#[cfg(not(target_arch = "wasm32"))]
pub fn pack_json(lang: Lang) -> Result<String, Vec<&'static str>> {
    use std::collections::BTreeMap;

    use crate::rules::Value;

    let mut pairs: BTreeMap<u32, (&str, &str)> = BTreeMap::new();
    let mut ambiguous = Vec::new();
    for message in all_messages() {
        let english = message[0];
        let text = lang.pick(message);
        if let Some(other) = pairs.insert(key(english), (english, text))
            && other != (english, text)
        {
            ambiguous.push(english);
        }
    }
    if !ambiguous.is_empty() {
        return Err(ambiguous);
    }
    let lines: Vec<String> = pairs
        .into_iter()
        .map(|(key, (_, text))| {
            format!("\"{key:08x}\":{}", Value::String(text.to_owned()).to_json())
        })
        .collect();
    Ok(format!("{{\n{}\n}}\n", lines.join(",\n")))
}

/// What the loader needs before the wasm is there, as JSON: each language's tag and the
/// browser languages it answers (in [`Lang`] order), and each language's words for the
/// loader's own messages (the widget not loading, or failing).
#[cfg(not(target_arch = "wasm32"))]
pub fn loader_json() -> String {
    use crate::rules::Value;

    use super::ui::UI;

    let text = |s: &str| Value::String(s.to_owned()).to_json();
    let languages: Vec<String> = Lang::ALL
        .iter()
        .map(|lang| {
            let browser: Vec<String> = lang.conventions().browser.iter().map(|b| text(b)).collect();
            let messages = [
                ("fetch", &UI.loader_fetch),
                ("http", &UI.loader_http),
                ("integrity", &UI.loader_integrity),
                ("csp", &UI.loader_csp),
                ("invalid", &UI.loader_invalid),
                ("failed", &UI.loader_failed),
                ("reset", &UI.loader_reset),
                ("computing", &UI.loader_computing),
            ];
            let messages: Vec<String> = messages
                .iter()
                .map(|(name, message)| format!("\"{name}\":{}", text(lang.pick(message))))
                .collect();
            format!(
                "{{\"tag\":{},\"browser\":[{}],\"messages\":{{{}}}}}",
                text(lang.tag()),
                browser.join(","),
                messages.join(",")
            )
        })
        .collect();
    format!("[\n{}\n]\n", languages.join(",\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_fnv_1a_of_the_english() {
        assert_eq!(key(""), 0x811c_9dc5);
        assert_eq!(key("a"), 0xe40c_292c);
        assert_eq!(key("foobar"), 0xbf9c_f968);
    }

    #[test]
    fn a_registered_pack_translates_by_key_once_per_language() {
        let pairs = |text: &str| vec![(format!("{:08x}", key("Language")), text.to_owned())];
        assert!(!register(Lang::En, pairs("Language")));
        assert!(!register(
            Lang::ZhHans,
            vec![("not hex".to_owned(), "语言".to_owned())]
        ));
        assert!(register(Lang::ZhHans, pairs("语言")));
        assert!(
            !register(Lang::ZhHans, pairs("again")),
            "one pack per language"
        );
        assert_eq!(translation(Lang::ZhHans, "Language"), Some("语言"));
        assert_eq!(translation(Lang::ZhHans, "Elsewhere"), None);
        assert_eq!(translation(Lang::En, "Language"), None);
    }
}
