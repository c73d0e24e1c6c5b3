//! The lines of the filled sheet's print view in the reader's language: under the Japanese of
//! each item and row of the official form, what it says (issue #13). Pure Rust, tested
//! natively; the print view itself is drawn by the on-demand sheet module (`sheet/`).

use crate::i18n::{Lang, Tr, fill, ui::UI};
use crate::rules::Value;
use crate::rules::profile::Category;
use crate::rules::sheet::{FilledSheet, SheetRow};
use crate::rules::timeline::experience_thresholds;

fn text(lang: Lang, tr: &Tr) -> String {
    lang.pick(tr).to_owned()
}

/// A band of years as the form words it: the top band "N years or more", else "N to under M",
/// the bands being the category's own (`timeline::experience_thresholds`, RULES.md §1.1–1.3).
fn years(lang: Lang, sheet: &str, option: &str) -> Option<String> {
    let from: u32 = option.strip_suffix("_years")?.parse().ok()?;
    let category = Category::ALL.into_iter().find(|c| c.sheet() == sheet)?;
    let bands = experience_thresholds(category);
    // Whole years, found among the thresholds (no float formatting in the wasm: README,
    // Performance).
    let next = (from.saturating_add(1)..=50).find(|y| bands.contains(&f64::from(*y)));
    Some(match next {
        None => fill(lang.pick(&UI.sheet_row_years_or_more), &[&from.to_string()]),
        Some(to) => fill(
            lang.pick(&UI.sheet_row_years_between),
            &[&from.to_string(), &to.to_string()],
        ),
    })
}

/// The line of one tick row; `None` for the salary rows (their amounts need no words).
pub fn row_line(lang: Lang, sheet: &str, row: &SheetRow) -> Option<String> {
    let t = |tr| Some(text(lang, tr));
    match (row.item, row.option) {
        ("education", "doctor") => t(&UI.sheet_row_doctor),
        ("education", "mba_mot") => t(&UI.sheet_row_mba),
        ("education", "master_or_professional") => t(&UI.sheet_row_master),
        ("education", "doctor_master_or_professional") => t(&UI.sheet_row_doctor_master),
        ("education", "bachelor") => t(&UI.sheet_row_bachelor),
        ("multiple_degrees", _) => t(&UI.sheet_row_two_fields),
        ("experience", option) => years(lang, sheet, option),
        ("salary", _) => None,
        ("age", "under_30") => t(&UI.sheet_row_under_30),
        ("age", "30_to_34") => Some(fill(lang.pick(&UI.sheet_row_ages), &["30", "34"])),
        ("age", "35_to_39") => Some(fill(lang.pick(&UI.sheet_row_ages), &["35", "39"])),
        ("qualifications", "one") => t(&UI.sheet_row_one_licence),
        ("qualifications", _) => t(&UI.sheet_row_two_licences),
        // The research items, positions, Japanese levels and ⑰'s ways have their own words.
        ("research" | "position" | "japanese" | "top_university", option) => {
            Some(lang.code(option).to_owned())
        }
        (item, _) => Some(lang.code(item).to_owned()),
    }
}

fn object(members: Vec<(String, Value)>) -> Value {
    Value::Object(members)
}

/// The `Lines` JSON of the sheet module: empty for a Japanese reader (the form is Japanese).
pub fn lines(lang: Lang, filled: &FilledSheet) -> Value {
    if lang == Lang::Ja {
        return object(Vec::new());
    }
    let rows = filled
        .rows
        .iter()
        .filter_map(|row| {
            row_line(lang, filled.sheet, row).map(|line| (row.cell.to_owned(), Value::String(line)))
        })
        .collect();
    // The names of the items with their own name on the form; the special additions share
    // one (特別加算), and their rows say each.
    let mut items: Vec<(String, Value)> = Vec::new();
    for row in &filled.rows {
        if items.iter().any(|(item, _)| item == row.item) {
            continue;
        }
        let own_name = matches!(
            row.item,
            "education"
                | "experience"
                | "salary"
                | "age"
                | "research"
                | "qualifications"
                | "position"
        );
        let name = if own_name {
            lang.code(row.item)
        } else {
            lang.pick(&UI.section_bonuses)
        };
        items.push((row.item.to_owned(), Value::String(name.to_owned())));
    }
    let label = |key: &str, words: &str| (key.to_owned(), Value::String(words.to_owned()));
    let labels = vec![
        label("title", lang.pick(&UI.sheet_line_title)),
        label("declaration", lang.pick(&UI.sheet_line_declaration)),
        label("total", lang.pick(&UI.total)),
        label("pr_note", lang.pick(&UI.sheet_line_pr_note)),
        label("pr_now", lang.code("pr_now")),
        label("pr_1_year_before", lang.code("pr_1_year_before")),
        label("pr_3_years_before", lang.code("pr_3_years_before")),
        label("signature", lang.pick(&UI.sheet_line_signature)),
        label("prepared_on", lang.pick(&UI.sheet_line_prepared_on)),
    ];
    object(vec![
        ("lang".to_owned(), Value::String(lang.tag().to_owned())),
        ("rows".to_owned(), object(rows)),
        ("items".to_owned(), object(items)),
        ("labels".to_owned(), object(labels)),
    ])
}
