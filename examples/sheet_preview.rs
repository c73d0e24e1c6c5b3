//! The filled sheet's print view as a standalone page, for looking at it and for the README's
//! picture: `cargo run --example sheet_preview -- PROFILE.json [PURPOSE] [LANG] > page.html`.

use hsp_pr::i18n::Lang;
use hsp_pr::rules::sheet::{Purpose, fill};
use hsp_pr::rules::{Date, Value, decode};
use hsp_pr::widget::sheet_lines::lines;

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .first()
        .ok_or("usage: sheet_preview PROFILE.json [PURPOSE] [LANG]")?;
    let purpose = args
        .get(1)
        .and_then(|p| Purpose::from_code(p))
        .unwrap_or(Purpose::Hsp);
    let lang = args
        .get(2)
        .and_then(|l| Lang::from_tag(l))
        .unwrap_or(Lang::En);
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let value: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let today = Date::new(2026, 12, 1).ok_or("date")?;
    let profile = decode(&value, today, None).map_err(|e| format!("{e:?}"))?;
    let filled = fill(&profile, purpose);
    let fill_json = serde_json::to_string(&filled).map_err(|e| e.to_string())?;
    let html = hsp_pr_sheet::html::html_from_json(&fill_json, &lines(lang, &filled).to_json())?;
    let css = hsp_pr_sheet::html::css()?;
    println!(
        "<!doctype html><meta charset=utf-8><style>body{{margin:0;background:#fff}}{css}</style>{html}"
    );
    Ok(())
}
