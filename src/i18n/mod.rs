//! The widget's words in English, Japanese and Simplified Chinese, as data.
//!
//! The words are in one file per language, `i18n/<tag>.json` (`ui.<field>` for the interface,
//! `code.<code>` for the rules' codes), the English the reference; `build.rs` makes them into
//! the tables here, each message a `[&str; 3]` (en, ja, zh), and fails the build on a missing
//! or extra key, an empty message or a placeholder that does not match the English. Terms
//! follow `../shared/GLOSSARY.md` (ISA's own words; `docs/i18n/glossary.md` for the languages
//! to come). The rules' machine codes are translated through [`codes::CODES`]; a native test
//! checks that every code the rules emit has an entry. Pure data: no web crate, so it is
//! tested natively.
//!
//! The widget's wasm holds the English only: [`packs`] brings the Japanese or the Chinese
//! when that language is used.

/// A message in its three languages. In the wasm only the English is kept, and the other two
/// come from a language pack ([`packs`]): a first load carries one language, not three.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! tr {
    ($en:literal, $ja:literal, $zh:literal $(,)?) => {
        [$en, $ja, $zh]
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! tr {
    ($en:literal, $ja:literal, $zh:literal $(,)?) => {
        [$en, "", ""]
    };
}

/// The widget's messages: `Ui` (one field per message), its constant `UI`, and natively
/// `ALL_UI`, every message, for the language packs.
macro_rules! ui_table {
    ($($field:ident: [$en:literal, $ja:literal, $zh:literal $(,)?]),* $(,)?) => {
        pub struct Ui {
            $(pub $field: super::Tr,)*
        }
        pub const UI: Ui = Ui {
            $($field: tr![$en, $ja, $zh],)*
        };
        #[cfg(not(target_arch = "wasm32"))]
        pub const ALL_UI: &[super::Tr] = &[$([$en, $ja, $zh],)*];
    };
}

pub mod codes;
pub mod format;
pub mod packs;
pub mod ui;

/// A message in the three languages, in [`Lang`] order.
pub type Tr = [&'static str; 3];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Ja,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ja, Lang::Zh];

    /// The BCP 47 tag for the widget root's `lang` (the browser picks Japanese or Chinese
    /// glyphs for the same Han character from it).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
            Lang::Zh => "zh-Hans",
        }
    }

    /// The language's own name, for the switcher.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "日本語",
            Lang::Zh => "简体中文",
        }
    }

    /// From an attribute or a browser language (`ja-JP`, `zh-CN`, `zh-Hans`…); English
    /// when nothing matches.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase();
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        match primary {
            "en" => Some(Lang::En),
            "ja" => Some(Lang::Ja),
            // Traditional Chinese is not offered yet; Simplified is closer than English.
            "zh" => Some(Lang::Zh),
            _ => None,
        }
    }

    pub fn pick(self, text: &Tr) -> &'static str {
        let [en, ja, zh] = *text;
        let compiled_in = match self {
            Lang::En => return en,
            Lang::Ja => ja,
            Lang::Zh => zh,
        };
        if compiled_in.is_empty() {
            packs::translation(self, en).unwrap_or(en)
        } else {
            compiled_in
        }
    }

    /// The translation of a rules code; the code itself if the table lacks it (a native test
    /// makes sure that never ships).
    pub fn code(self, code: &str) -> &'static str {
        codes::lookup(code).map_or("?", |text| self.pick(text))
    }
}

/// Replaces `{}` placeholders in order.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len().saturating_add(16));
    let mut args = args.iter();
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.push_str(rest.get(..at).unwrap_or(""));
        out.push_str(args.next().copied().unwrap_or(""));
        rest = rest.get(at.saturating_add(2)..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags() {
        assert_eq!(Lang::from_tag("ja-JP"), Some(Lang::Ja));
        assert_eq!(Lang::from_tag("zh-Hans-CN"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(fill("{} of {}", &["1", "2"]), "1 of 2");
        assert_eq!(fill("no args", &[]), "no args");
        assert_eq!(fill("{}{}", &["a"]), "a");
    }
}
