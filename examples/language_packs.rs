//! Writes the language packs the widget fetches (`static/i18n/<tag>.json`, one per language
//! but English) and what the loader needs before the wasm is there
//! (`static/i18n/languages.json`: each language's tag, the browser languages it answers, and
//! its words for the loader's own messages), from the translation tables. Run after changing
//! a message; a native test (`tests/widget_model.rs`) fails while they are out of date.

use std::process::ExitCode;

use hsp_pr::i18n::{Lang, packs};

fn write(path: &std::path::Path, text: &str) -> bool {
    match std::fs::write(path, text) {
        Ok(()) => {
            println!("wrote {}", path.display());
            true
        }
        Err(error) => {
            eprintln!("{}: {error}", path.display());
            false
        }
    }
}

fn main() -> ExitCode {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("static/i18n");
    if let Err(error) = std::fs::create_dir_all(&dir) {
        eprintln!("{}: {error}", dir.display());
        return ExitCode::FAILURE;
    }
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let text = match packs::pack_json(lang) {
            Ok(text) => text,
            Err(ambiguous) => {
                eprintln!(
                    "these English messages have two translations; make their English differ: {ambiguous:?}"
                );
                return ExitCode::FAILURE;
            }
        };
        if !write(&dir.join(format!("{}.json", lang.tag())), &text) {
            return ExitCode::FAILURE;
        }
    }
    if !write(&dir.join("languages.json"), &packs::loader_json()) {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
