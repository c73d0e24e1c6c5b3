//! The widget's words come from one file per language, `i18n/<tag>.json`, keyed by message
//! (`ui.<field>` for the interface, `code.<code>` for the rules' codes), with the English as
//! the reference (issue #14). This script turns them into the tables of `src/i18n` (the
//! English compiled in; the other languages reach the wasm as packs) and fails the build when
//! a file lacks a key of the English, has one the English does not, leaves a message empty,
//! or does not keep the English's `{}` placeholders.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// The languages of the tables, in `i18n::Lang` order; the first is the reference.
const LANGUAGES: [&str; 3] = ["en", "ja", "zh-Hans"];

fn read(tag: &str) -> BTreeMap<String, String> {
    let path = format!("i18n/{tag}.json");
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{path} is not a JSON object of texts: {e}"))
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let files: Vec<BTreeMap<String, String>> = LANGUAGES.iter().map(|tag| read(tag)).collect();
    let english = &files[0];
    let mut problems = Vec::new();
    for (tag, file) in LANGUAGES.iter().zip(&files) {
        for key in english.keys().filter(|k| !file.contains_key(*k)) {
            problems.push(format!("i18n/{tag}.json: missing \"{key}\""));
        }
        for key in file.keys().filter(|k| !english.contains_key(*k)) {
            problems.push(format!("i18n/{tag}.json: \"{key}\" is not in the English"));
        }
        for (key, text) in file {
            let Some(reference) = english.get(key) else {
                continue;
            };
            if text.trim().is_empty() {
                problems.push(format!("i18n/{tag}.json: \"{key}\" is empty"));
            }
            if text.matches("{}").count() != reference.matches("{}").count() {
                problems.push(format!(
                    "i18n/{tag}.json: \"{key}\" has {} placeholders, the English {}",
                    text.matches("{}").count(),
                    reference.matches("{}").count()
                ));
            }
        }
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
        } else {
            panic!("i18n/en.json: \"{key}\" is neither ui.… nor code.…");
        }
    }
    ui.push_str("}\n");
    codes.push_str("];\n");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("ui_table.rs"), ui).expect("write ui_table.rs");
    std::fs::write(Path::new(&out).join("codes_table.rs"), codes).expect("write codes_table.rs");
}
