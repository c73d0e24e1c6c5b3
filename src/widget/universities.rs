//! "Is my university on the list?": the search over the official list of universities for the
//! ⑰ addition (ISA, as of January 2026; `static/universities-2026-01.txt`, made by
//! `scripts/universities.py`). The list is a data file the widget fetches when the search box
//! is first used, not part of the first load; this module reads it and searches it. Pure
//! Rust, tested natively.

use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct University {
    pub name_en: String,
    pub name_ja: String,
    pub country_en: String,
    pub country_ja: String,
    /// Other names a reader may type (the Chinese names of the katakana entries).
    pub aliases: Vec<String>,
    /// Everything searchable, normalised once.
    haystack: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct List {
    /// `2026-01`
    pub as_of: String,
    /// The list's own footnote (check the latest rankings when applying).
    pub note_ja: String,
    pub universities: Vec<University>,
    fold: HashMap<char, char>,
}

/// The most results shown at once.
pub const MAX_RESULTS: usize = 8;

impl List {
    /// Reads the data file; `None` when it is not one (no university in it).
    pub fn parse(text: &str) -> Option<List> {
        let mut list = List::default();
        let mut rows = Vec::new();
        for line in text.lines() {
            let mut fields = line.split('\t');
            match fields.next() {
                Some("#as_of") => list.as_of = fields.next().unwrap_or("").to_owned(),
                Some("#note_ja") => list.note_ja = fields.next().unwrap_or("").to_owned(),
                Some("#fold") => {
                    let chars: Vec<char> = fields.next().unwrap_or("").chars().collect();
                    for pair in chars.chunks_exact(2) {
                        if let [variant, target] = pair {
                            list.fold.insert(*variant, *target);
                        }
                    }
                }
                Some("u") => {
                    let fields: Vec<&str> = fields.collect();
                    if let [en, ja, country_en, country_ja, aliases @ ..] = fields.as_slice() {
                        rows.push((*en, *ja, *country_en, *country_ja, aliases.to_vec()));
                    }
                }
                _ => {}
            }
        }
        list.universities = rows
            .into_iter()
            .map(|(en, ja, country_en, country_ja, aliases)| {
                // Each name normalised on its own, then joined by a separator no name holds.
                let haystack = [en, ja]
                    .into_iter()
                    .chain(aliases.iter().copied())
                    .map(|name| list.normalise(name))
                    .collect::<Vec<_>>()
                    .join("\u{1}");
                University {
                    name_en: en.to_owned(),
                    name_ja: ja.to_owned(),
                    country_en: country_en.to_owned(),
                    country_ja: country_ja.to_owned(),
                    aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
                    haystack,
                }
            })
            .collect();
        (!list.universities.is_empty()).then_some(list)
    }

    /// Lower case, full-width Latin as ASCII, accents dropped from the common Latin letters,
    /// Chinese variants as the list's characters; apostrophes, full stops and `&` dropped
    /// (King's → kings, Xi’an → xian, A&M → am); other punctuation and spaces as one space.
    pub fn normalise(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut space = true;
        for c in text.chars() {
            let c = match c {
                '\u{FF01}'..='\u{FF5E}' => {
                    char::from_u32(u32::from(c).saturating_sub(0xFEE0)).unwrap_or(c)
                }
                _ => c,
            };
            let c = self.fold.get(&c).copied().unwrap_or(c);
            let c = unaccented(c.to_lowercase().next().unwrap_or(c));
            if matches!(c, '\'' | '’' | '.' | '&') {
                continue;
            }
            if c.is_alphanumeric() {
                out.push(c);
                space = false;
            } else if !space {
                out.push(' ');
                space = true;
            }
        }
        out.trim_end().to_owned()
    }

    /// The universities whose names contain every word of the query, best first: a name that
    /// starts with it, then one with a word that does, then any; at most [`MAX_RESULTS`] of
    /// them, with how many there are in all.
    pub fn search(&self, query: &str) -> (Vec<&University>, usize) {
        let query = self.normalise(query);
        let words: Vec<&str> = query.split(' ').filter(|w| !w.is_empty()).collect();
        // One Latin letter finds half the list; one Han character is a real query.
        let too_short =
            words.len() == 1 && words.iter().all(|w| w.chars().count() < 2 && w.is_ascii());
        if words.is_empty() || too_short {
            return (Vec::new(), 0);
        }
        let mut found: Vec<(u8, &University)> = self
            .universities
            .iter()
            .filter(|u| words.iter().all(|w| u.haystack.contains(w)))
            .map(|u| {
                let names = u.haystack.split('\u{1}');
                let rank = if names.clone().any(|name| name == query) {
                    0
                } else if names.clone().any(|name| name.starts_with(&query)) {
                    1
                } else if u
                    .haystack
                    .split(['\u{1}', ' '])
                    .any(|word| words.first().is_some_and(|w| word.starts_with(w)))
                {
                    2
                } else {
                    3
                };
                (rank, u)
            })
            .collect();
        found.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.name_en.cmp(&b.1.name_en)));
        let all = found.len();
        let shown = found
            .into_iter()
            .take(MAX_RESULTS)
            .map(|(_, u)| u)
            .collect();
        (shown, all)
    }

    /// The university of that English name (what the profile records).
    pub fn find(&self, name_en: &str) -> Option<&University> {
        self.universities.iter().find(|u| u.name_en == name_en)
    }
}

/// The common accented Latin letters (lower case) of the list's names (Zürich, Montréal,
/// Nürnberg …) as their plain letters, so a reader can type them without accents.
fn unaccented(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        c => c,
    }
}
