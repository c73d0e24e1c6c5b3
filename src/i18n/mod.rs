//! The widget's words in its six languages (English, 日本語, 简体中文, 繁體中文, 한국어, Tiếng
//! Việt), as data.
//!
//! The words are in one file per language, `i18n/<tag>.json` (`ui.<field>` for the interface,
//! `code.<code>` for the rules' codes, `lang.<name>` for the language's conventions), the
//! English the reference; `build.rs` makes them into the tables here, each message a
//! [`Tr`] (one text per language, in [`Lang`] order), and the [`Lang`] enum itself, and fails
//! the build on a missing or extra key, an empty message or a placeholder that does not match
//! the English. Terms follow `../shared/GLOSSARY.md` (ISA's own words) and
//! `docs/i18n/glossary.md` (繁體中文, 한국어, Tiếng Việt). The rules' machine codes are
//! translated through [`codes::CODES`]; a native test checks that every code the rules emit
//! has an entry. Pure data: no web crate, so it is tested natively.
//!
//! The widget's wasm holds the English only: [`packs`] brings another language when it is
//! used.

/// A message in every language. In the wasm only the English is kept, and the others come
/// from a language pack ([`packs`]): a first load carries one language, not six.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! tr {
    ($en:literal $(, $other:literal)* $(,)?) => {
        [$en $(, $other)*]
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! tr {
    ($en:literal $(, $other:literal)* $(,)?) => {
        [$en $(, tr!(@blank $other))*]
    };
    (@blank $other:literal) => {
        ""
    };
}

/// The widget's messages: `Ui` (one field per message), its constant `UI`, and natively
/// `ALL_UI`, every message, for the language packs.
macro_rules! ui_table {
    ($($field:ident: [$en:literal $(, $other:literal)* $(,)?]),* $(,)?) => {
        pub struct Ui {
            $(pub $field: super::Tr,)*
        }
        pub const UI: Ui = Ui {
            $($field: tr![$en $(, $other)*],)*
        };
        #[cfg(not(target_arch = "wasm32"))]
        pub const ALL_UI: &[super::Tr] = &[$([$en $(, $other)*],)*];
    };
}

pub mod codes;
pub mod format;
pub mod packs;
pub mod ui;

// `Lang`, `COUNT` and each language's `Conventions`, from the files (`build.rs`).
include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// A message in every language, in [`Lang`] order.
pub type Tr = [&'static str; COUNT];

/// How a language writes what is not a message: its own name, the browser languages it
/// answers, dates, amounts and points. From the `lang.*` keys of its file.
#[derive(Debug)]
pub struct Conventions {
    /// The BCP 47 tag of the widget root's `lang` (the browser picks Japanese, Simplified,
    /// Traditional or Korean glyphs for the same Han character from it), and of its pack.
    pub tag: &'static str,
    /// The language's own name, for the switcher.
    pub name: &'static str,
    /// The language tags it answers, lower case: `zh-tw` answers `zh-TW` and `zh-TW-x`; the
    /// longest match over all languages wins (`zh-hant` over `zh`).
    pub browser: &'static [&'static str],
    /// A day: `{d}`, `{m}`, `{y}`, `{mon}` (a name of [`Conventions::months`]).
    pub date: &'static str,
    /// A month: `{m}`, `{y}`, `{month}` (a name of [`Conventions::months_long`]).
    pub month_year: &'static str,
    pub months: &'static [&'static str],
    pub months_long: &'static [&'static str],
    /// `{}` points, and the form for exactly one.
    pub points: &'static str,
    pub point_one: &'static str,
    /// An amount of yen around its number (`¥{}`, `{}円`).
    pub yen: &'static str,
    /// The unit of 10,000 an amount counts in, with its spacing (万, 萬, `만 `), or of a
    /// million (triệu).
    pub myriad: Option<&'static str>,
    pub million: Option<&'static str>,
    /// The thousands separator, and the decimal mark where amounts have decimals.
    pub group: &'static str,
    pub decimal: Option<&'static str>,
    /// A word with a remark after it (`{} ({})`, `{}（{}）`), and the list comma.
    pub aside: &'static str,
    pub comma: &'static str,
}

impl Lang {
    /// The BCP 47 tag for the widget root's `lang`.
    pub fn tag(self) -> &'static str {
        self.conventions().tag
    }

    /// The language's own name, for the switcher.
    pub fn name(self) -> &'static str {
        self.conventions().name
    }

    /// From an attribute or a browser language (`ja-JP`, `zh-TW`, `zh-Hans-CN`, `ko-KR`…):
    /// the language with the longest matching tag, by whole subtags; `None` when nothing
    /// matches.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        let answers = |known: &str| {
            tag == known
                || tag
                    .strip_prefix(known)
                    .is_some_and(|rest| rest.starts_with('-'))
        };
        Lang::ALL
            .iter()
            .flat_map(|lang| {
                lang.conventions()
                    .browser
                    .iter()
                    .filter(|known| answers(known))
                    .map(move |known| (known.len(), *lang))
            })
            .max_by_key(|(len, _)| *len)
            .map(|(_, lang)| lang)
    }

    pub fn pick(self, text: &Tr) -> &'static str {
        let en = text.first().copied().unwrap_or("");
        if self == Lang::En {
            return en;
        }
        match text.get(self.index()).copied() {
            Some(compiled_in) if !compiled_in.is_empty() => compiled_in,
            _ => packs::translation(self, en).unwrap_or(en),
        }
    }

    /// The translation of a rules code; the code itself if the table lacks it (a native test
    /// makes sure that never ships).
    pub fn code(self, code: &str) -> &'static str {
        codes::lookup(code).map_or("?", |text| self.pick(text))
    }
}

/// Replaces `{}` placeholders in order, and `{1}`…`{n}` by position (for a language that
/// orders the values differently from the English).
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len().saturating_add(16));
    let mut next = 0usize;
    let mut rest = template;
    while let Some(at) = rest.find('{') {
        out.push_str(rest.get(..at).unwrap_or(""));
        let after = rest.get(at.saturating_add(1)..).unwrap_or("");
        let close = after.find('}');
        let inside = close.and_then(|close| after.get(..close)).unwrap_or("x");
        let arg = if inside.is_empty() {
            next = next.saturating_add(1);
            Some(next)
        } else if inside.bytes().all(|b| b.is_ascii_digit()) {
            inside.parse::<usize>().ok()
        } else {
            None
        };
        match (arg, close) {
            (Some(n), Some(close)) => {
                let value = n.checked_sub(1).and_then(|i| args.get(i));
                out.push_str(value.copied().unwrap_or(""));
                rest = after.get(close.saturating_add(1)..).unwrap_or("");
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
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
        assert_eq!(Lang::from_tag("zh-Hans-CN"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_tag("zh-CN"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_tag("zh"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_tag("zh-SG"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_tag("zh-TW"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("zh-HK"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("zh-MO"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("zh-Hant"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("zh-Hant-HK"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("zh_TW"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("ko-KR"), Some(Lang::Ko));
        assert_eq!(Lang::from_tag("ko"), Some(Lang::Ko));
        assert_eq!(Lang::from_tag("vi-VN"), Some(Lang::Vi));
        assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
        // Whole subtags only: "zh-tweak" is not Taiwan, "kok" (Konkani) is not Korean.
        assert_eq!(Lang::from_tag("zh-tweak"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_tag("kok"), None);
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn every_language_has_its_own_tag_and_name() {
        let tags: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
        assert_eq!(tags, ["en", "ja", "zh-Hans", "zh-Hant", "ko", "vi"]);
        let names: Vec<&str> = Lang::ALL.iter().map(|l| l.name()).collect();
        assert_eq!(
            names,
            [
                "English",
                "日本語",
                "简体中文",
                "繁體中文",
                "한국어",
                "Tiếng Việt"
            ]
        );
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(fill("{} of {}", &["1", "2"]), "1 of 2");
        assert_eq!(fill("no args", &[]), "no args");
        assert_eq!(fill("{}{}", &["a"]), "a");
        assert_eq!(fill("{2}まであと{1}", &["5点", "70"]), "70まであと5点");
        assert_eq!(fill("{1}, {1}", &["a"]), "a, a");
        assert_eq!(fill("{0} {9} {", &["a"]), "  {");
        assert_eq!(fill("{x} {", &[]), "{x} {");
    }
}
