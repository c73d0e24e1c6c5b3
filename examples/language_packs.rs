//! Writes the language packs the widget fetches (`static/i18n/ja.json`, `static/i18n/zh.json`)
//! from the translation tables. Run after changing a message; a native test
//! (`tests/widget_model.rs`) fails while they are out of date.

use std::process::ExitCode;

use hsp_pr::i18n::{Lang, packs};

fn main() -> ExitCode {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("static/i18n");
    if let Err(error) = std::fs::create_dir_all(&dir) {
        eprintln!("{}: {error}", dir.display());
        return ExitCode::FAILURE;
    }
    for (lang, name) in [(Lang::Ja, "ja"), (Lang::Zh, "zh")] {
        let text = match packs::pack_json(lang) {
            Ok(text) => text,
            Err(ambiguous) => {
                eprintln!(
                    "these English messages have two translations; make their English differ: {ambiguous:?}"
                );
                return ExitCode::FAILURE;
            }
        };
        let path = dir.join(format!("{name}.json"));
        if let Err(error) = std::fs::write(&path, text) {
            eprintln!("{}: {error}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}
