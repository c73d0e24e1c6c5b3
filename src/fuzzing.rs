//! The bodies of the fuzz targets (`fuzz/`), here so that the normal tests replay the kept
//! corpus through exactly the same code (`tests/fuzz_corpus.rs`). Each must never panic.
// The harness's arithmetic works on single input bytes (0..=255): it cannot overflow.
#![allow(clippy::arithmetic_side_effects)]

use crate::rules::{Date, Value, assess};
use crate::widget::form::Form;
use crate::widget::money::MoneyUnit;
use crate::widget::share::{Fragment, read_fragment};

fn today() -> Date {
    Date::new(2026, 11, 26).unwrap_or(Date::MIN)
}

/// The profile decoder and the rules on any bytes read as JSON (the CLI's and the JS API's path).
pub fn decode_json(data: &[u8]) {
    if let Ok(value) = serde_json::from_slice::<Value>(data) {
        let _ = assess(&value, today(), None);
    }
}

/// A share link or a saved state: the fragment, its JSON, the form restored from it, and the
/// profile that form gives back to the rules (the widget's path).
pub fn share_link(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let json = match read_fragment(text) {
        Fragment::Profile(json) => json,
        _ => text.to_owned(),
    };
    if let Ok(value) = serde_json::from_str::<Value>(&json) {
        for unit in MoneyUnit::ALL {
            let (mut form, _) = Form::from_value(&value, unit);
            let _ = assess(&form.to_value(), today(), None);
            // A unit changed re-reads the text: any text, in either unit, gives a profile.
            form.salary.unit = unit;
            form.spouse_income.unit = MoneyUnit::Man;
            let _ = form.to_value().to_json();
        }
    }
}

/// The rules' evaluation on mostly valid profiles built from the bytes, so the fuzzer spends
/// its time in the evaluation rather than in the decoder's rejections.
pub fn evaluate(data: &[u8]) {
    let byte = |i: usize| u64::from(data.get(i).copied().unwrap_or(0));
    let pick = |i: usize, options: &[&str]| -> String {
        let index = usize::try_from(byte(i)).unwrap_or(0) % options.len().max(1);
        options.get(index).copied().unwrap_or("").to_owned()
    };
    let date = |i: usize| {
        let days = i64::try_from(byte(i) * 256 + byte(i + 1)).unwrap_or(0);
        Date::new(1960, 1, 1)
            .unwrap_or(Date::MIN)
            .add_days(days * 2)
            .to_string()
    };
    let text = format!(
        r#"{{"category":"{}","birth_date":"{}","education":"{}","multiple_degrees":{},"experience_years":{},"annual_salary_yen":{},"research":{},"qualifications":{},"position":"{}","japanese":"{}","bonuses":{},"household":{{"spouse_annual_income_yen":{},"children":[{{"birth_date":"{}"}}],"pregnancy":{},"spouse_japanese_or_pr":{},"married_since":"{}"}},"residence":{{"current_status":"{}","in_japan_since":"{}","hsp_since":"{}","points_70_since":"{}","points_80_since":"{}","jskip_since":"{}","salary_1y_before_yen":{},"salary_3y_before_yen":{}}}}}"#,
        pick(0, &["a", "b", "c"]),
        date(1),
        pick(
            3,
            &[
                "none",
                "bachelor",
                "master",
                "professional",
                "mba_mot",
                "doctor"
            ]
        ),
        byte(4) % 2 == 1,
        byte(5) % 45,
        byte(6) * 200_000,
        pick(
            7,
            &[
                "[]",
                r#"["patent"]"#,
                r#"["patent","papers"]"#,
                r#"["grants","papers","other"]"#
            ]
        ),
        byte(8) % 4,
        pick(9, &["none", "director", "representative"]),
        pick(10, &["none", "n2", "n1"]),
        pick(
            11,
            &[
                "[]",
                r#"["innovation_support","sme"]"#,
                r#"["japanese_university","jica_training","jica_training_used_japanese_university"]"#,
                r#"["sme","rnd_over_3pct","local_gov_support","top_university"]"#,
                r#"["investment_100m","investment_management","growth_field"]"#
            ]
        ),
        byte(12) * 200_000,
        date(13),
        byte(15) % 2 == 1,
        byte(16) % 2 == 1,
        date(17),
        pick(
            19,
            &[
                "outside_japan",
                "hsp1",
                "hsp2",
                "pr",
                "work",
                "spouse_of_japanese",
                "long_term_resident",
                "other"
            ]
        ),
        date(20),
        date(22),
        date(24),
        date(26),
        date(28),
        byte(30) * 200_000,
        byte(31) * 200_000,
    );
    if let Ok(value) = serde_json::from_str::<Value>(&text) {
        for day in [0, i64::try_from(byte(32) * 40).unwrap_or(0)] {
            let _ = assess(&value, today().add_days(day), None);
        }
    }
}
