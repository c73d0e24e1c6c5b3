//! The widget's words come from one file per language, `i18n/<tag>.json`, keyed by message
//! (`ui.<field>` for the interface, `code.<code>` for the rules' codes, `lang.<name>` for the
//! language's own conventions: its name, the browser languages it answers, how it writes a
//! date, an amount of yen, points), with the English as the reference (issue #14). This script
//! turns them into the tables of `src/i18n` (the English compiled in; the other languages
//! reach the wasm as packs) and the `Lang` enum, and fails the build when a file lacks a key
//! of the English, has one the English does not, leaves a message empty, or does not keep the
//! English's placeholders (`{}` in order, or `{1}`…`{n}` where the language orders them
//! differently).
//!
//! Adding a language: its file in `i18n/`, and its tag in [`LANGUAGES`].

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// The languages of the tables, in `i18n::Lang` order; the first is the reference.
const LANGUAGES: &[&str] = &["en", "ja", "zh-Hans", "zh-Hant", "ko", "vi"];

/// The conventions each file must give (`lang.<name>`), and those it may.
const CONVENTIONS: &[&str] = &[
    "name",
    "browser",
    "date",
    "month_year",
    "points",
    "point_one",
    "yen",
    "group",
    "aside",
    "comma",
];
const OPTIONAL_CONVENTIONS: &[&str] = &["months", "months_long", "myriad", "million", "decimal"];

type File = BTreeMap<String, String>;

fn read(tag: &str) -> File {
    let path = format!("i18n/{tag}.json");
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{path} is not a JSON object of texts: {e}"))
}

/// `zh-Hant` → `ZhHant`.
fn variant(tag: &str) -> String {
    tag.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or(String::new(), |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect()
}

/// The placeholders of a message: `Ok(n)` for n `{}`, or for `{1}`…`{n}` each used; `Err`
/// for a mix or a gap.
fn placeholders(text: &str) -> Result<usize, String> {
    let bare = text.matches("{}").count();
    let mut numbered = std::collections::BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find('{') {
        rest = &rest[at + 1..];
        let Some(close) = rest.find('}') else { break };
        if let Ok(n) = rest[..close].parse::<usize>() {
            numbered.insert(n);
        }
    }
    match (bare, numbered.len()) {
        (n, 0) => Ok(n),
        (0, n) if numbered.iter().copied().eq(1..=n) => Ok(n),
        (0, _) => Err(format!("numbers its placeholders {numbered:?}, not 1…n")),
        _ => Err("mixes {} with numbered placeholders".to_owned()),
    }
}

fn check(tag: &str, file: &File, english: &File, problems: &mut Vec<String>) {
    for key in english.keys().filter(|k| !file.contains_key(*k)) {
        if !key.starts_with("lang.") {
            problems.push(format!("i18n/{tag}.json: missing \"{key}\""));
        }
    }
    for key in file.keys() {
        let known = english.contains_key(key)
            || key
                .strip_prefix("lang.")
                .is_some_and(|name| OPTIONAL_CONVENTIONS.contains(&name));
        if !known {
            problems.push(format!("i18n/{tag}.json: \"{key}\" is not in the English"));
        }
    }
    for name in CONVENTIONS {
        if !file.contains_key(&format!("lang.{name}")) {
            problems.push(format!("i18n/{tag}.json: missing \"lang.{name}\""));
        }
    }
    for (key, text) in file {
        if text.trim().is_empty() {
            problems.push(format!("i18n/{tag}.json: \"{key}\" is empty"));
        }
        if key.starts_with("lang.") {
            continue;
        }
        let Some(reference) = english.get(key) else {
            continue;
        };
        match (placeholders(text), placeholders(reference)) {
            (Ok(n), Ok(m)) if n == m => {}
            (Ok(n), Ok(m)) => problems.push(format!(
                "i18n/{tag}.json: \"{key}\" has {n} placeholders, the English {m}"
            )),
            (Err(why), _) | (_, Err(why)) => {
                problems.push(format!("i18n/{tag}.json: \"{key}\" {why}"))
            }
        }
    }
    let months = |name: &str| file.get(&format!("lang.{name}"));
    for (pattern, uses, list) in [
        ("date", "{mon}", "months"),
        ("month_year", "{month}", "months_long"),
    ] {
        let Some(text) = months(pattern) else {
            continue;
        };
        if text.contains(uses) && months(list).is_none_or(|l| l.split(' ').count() != 12) {
            problems.push(format!(
                "i18n/{tag}.json: \"lang.{pattern}\" uses {uses}: \"lang.{list}\" must name the 12 months, space-separated"
            ));
        }
    }
    if file.contains_key("lang.myriad") && file.contains_key("lang.million") {
        problems.push(format!(
            "i18n/{tag}.json: an amount counts in either lang.myriad or lang.million"
        ));
    }
}

/// `lang.<name>` of `file` as Rust: a string, or for an optional one `Some(…)` / `None`.
fn convention(file: &File, name: &str) -> String {
    let value = file.get(&format!("lang.{name}"));
    if OPTIONAL_CONVENTIONS.contains(&name) {
        value.map_or("None".to_owned(), |v| format!("Some({v:?})"))
    } else {
        format!("{:?}", value.map_or("", String::as_str))
    }
}

fn words(text: Option<&String>) -> String {
    let list: Vec<String> = text
        .map(|t| t.split(' ').map(|w| format!("{w:?}")).collect())
        .unwrap_or_default();
    format!("&[{}]", list.join(", "))
}

fn languages_rs(files: &[File]) -> String {
    let variants: Vec<String> = LANGUAGES.iter().map(|tag| variant(tag)).collect();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "/// A language of the widget, in the tables' order (`build.rs`, `LANGUAGES`).\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]\npub enum Lang {{"
    );
    for (i, v) in variants.iter().enumerate() {
        let default = if i == 0 { "#[default] " } else { "" };
        let _ = writeln!(out, "    {default}{v},");
    }
    let _ = writeln!(out, "}}\n\n/// How many languages the tables hold.");
    let _ = writeln!(out, "pub const COUNT: usize = {};\n", LANGUAGES.len());
    let _ = writeln!(out, "impl Lang {{");
    let all: Vec<String> = variants.iter().map(|v| format!("Lang::{v}")).collect();
    let _ = writeln!(
        out,
        "    pub const ALL: [Lang; COUNT] = [{}];\n",
        all.join(", ")
    );
    let _ = writeln!(
        out,
        "    /// Its place in a message's array.\n    pub const fn index(self) -> usize {{\n        match self {{"
    );
    for (i, v) in variants.iter().enumerate() {
        let _ = writeln!(out, "            Lang::{v} => {i},");
    }
    let _ = writeln!(out, "        }}\n    }}\n");
    let _ = writeln!(
        out,
        "    /// How it writes its name, dates, amounts and points (`lang.*` of its file).\n    pub fn conventions(self) -> &'static Conventions {{\n        match self {{"
    );
    for ((tag, v), file) in LANGUAGES.iter().zip(&variants).zip(files) {
        let browser: Vec<String> = file
            .get("lang.browser")
            .map(|b| {
                b.split_whitespace()
                    .map(|t| format!("{:?}", t.to_ascii_lowercase()))
                    .collect()
            })
            .unwrap_or_default();
        let _ = writeln!(out, "            Lang::{v} => &Conventions {{");
        let _ = writeln!(out, "                tag: {tag:?},");
        let _ = writeln!(out, "                browser: &[{}],", browser.join(", "));
        let _ = writeln!(
            out,
            "                months: {},",
            words(file.get("lang.months"))
        );
        let _ = writeln!(
            out,
            "                months_long: {},",
            words(file.get("lang.months_long"))
        );
        for name in CONVENTIONS.iter().chain(OPTIONAL_CONVENTIONS) {
            if matches!(*name, "browser" | "months" | "months_long") {
                continue;
            }
            let _ = writeln!(out, "                {name}: {},", convention(file, name));
        }
        let _ = writeln!(out, "            }},");
    }
    let _ = writeln!(out, "        }}\n    }}\n}}");
    out
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let files: Vec<File> = LANGUAGES.iter().map(|tag| read(tag)).collect();
    let english = &files[0];
    let mut problems = Vec::new();
    for (tag, file) in LANGUAGES.iter().zip(&files) {
        check(tag, file, english, &mut problems);
    }
    if !problems.is_empty() {
        panic!(
            "the translations do not match the English:\n{}",
            problems.join("\n")
        );
    }
    let texts = |key: &str| -> String {
        let all: Vec<String> = files.iter().map(|f| format!("{:?}", f[key])).collect();
        all.join(", ")
    };
    let mut ui = String::from("ui_table! {\n");
    let mut codes = String::from("pub const CODES: &[(&str, Tr)] = &[\n");
    for key in english.keys() {
        if let Some(field) = key.strip_prefix("ui.") {
            let _ = writeln!(ui, "    {field}: [{}],", texts(key));
        } else if let Some(code) = key.strip_prefix("code.") {
            let _ = writeln!(codes, "    ({code:?}, tr![{}]),", texts(key));
        } else if !key.starts_with("lang.") {
            panic!("i18n/en.json: \"{key}\" is neither ui.…, code.… nor lang.…");
        }
    }
    ui.push_str("}\n");
    codes.push_str("];\n");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let write = |name: &str, text: String| {
        std::fs::write(Path::new(&out).join(name), text).expect("write to OUT_DIR");
    };
    write("ui_table.rs", ui);
    write("codes_table.rs", codes);
    write("languages.rs", languages_rs(&files));
}
