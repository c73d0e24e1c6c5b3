//! Invalid input: every bad field at once, with a code, never a panic (CONTRACT.md).

mod common;

use common::*;
use hsp_pr::rules::decode::ErrorCode::*;
use hsp_pr::rules::profile::{Bonus, Category, Education, Status};
use serde_json::json;

fn minimal() -> serde_json::Value {
    json!({ "category": "b", "age": 31, "annual_salary_yen": 6_500_000 })
}

#[test]
fn a_minimal_profile_takes_the_documented_defaults() {
    let p = profile(minimal());
    assert_eq!(p.as_of, today());
    assert_eq!(p.category, Category::B);
    assert_eq!(p.education, Education::None);
    assert_eq!(p.experience_years, 0.0);
    assert!(p.household.is_none() && p.residence.is_none());
}

#[test]
fn the_contract_example_is_accepted() {
    let text = std::fs::read_to_string("examples/profile.json").expect("example profile");
    let json: serde_json::Value = serde_json::from_str(&text).expect("json");
    let p = profile(json);
    assert_eq!(p.age, 31);
    assert_eq!(p.residence.map(|r| r.current_status), Some(Status::Hsp1));
}

#[test]
fn every_bad_field_is_reported_at_once() {
    let r = rejection(json!({
        "version": 1,
        "category": "d",
        "age": 12,
        "education": "phd",
        "experience_years": -1,
        "annual_salary_yen": "6500000",
        "research": ["patent", "nobel"],
        "qualifications": 1.5,
        "position": 3,
        "japanese": "N1",
        "bonuses": ["sme", "free_points"],
        "colour": "blue",
        "household": { "children": [{ "birth_date": "2023-02-30" }], "pregnancy": "yes" },
        "residence": { "current_status": "student", "in_japan_since": "2030-01-01" }
    }));
    assert_errors(
        &r,
        &[
            ("category", UnknownValue),
            ("age", TooSmall),
            ("education", UnknownValue),
            ("experience_years", Negative),
            ("annual_salary_yen", WrongType),
            ("research[1]", UnknownValue),
            ("qualifications", NotInteger),
            ("position", WrongType),
            ("japanese", UnknownValue),
            ("bonuses[1]", UnknownValue),
            ("colour", UnknownField),
            ("household.children[0].birth_date", InvalidDate),
            ("household.pregnancy", WrongType),
            ("residence.current_status", UnknownValue),
            ("residence.in_japan_since", InFuture),
        ],
    );
}

#[test]
fn missing_required_fields() {
    assert_errors(
        &rejection(json!({})),
        &[
            ("category", Missing),
            ("age", Missing),
            ("annual_salary_yen", Missing),
        ],
    );
    // null is "not given".
    assert_errors(
        &rejection(json!({ "category": null, "age": 30, "annual_salary_yen": null })),
        &[("category", Missing), ("annual_salary_yen", Missing)],
    );
    assert_errors(
        &rejection(json!({ "category": "a", "age": 30, "annual_salary_yen": 1, "residence": {} })),
        &[("residence.current_status", Missing)],
    );
    assert_errors(
        &rejection(
            json!({ "category": "a", "age": 30, "annual_salary_yen": 1, "household": { "children": [{}] } }),
        ),
        &[("household.children[0].birth_date", Missing)],
    );
}

#[test]
fn not_an_object() {
    for json in [json!([]), json!("profile"), json!(3), json!(null)] {
        assert_errors(&rejection(json), &[("", WrongType)]);
    }
}

#[test]
fn absurd_numbers_are_refused_not_clamped() {
    let with = |field: &str, v: serde_json::Value| {
        let mut p = minimal();
        p[field] = v;
        p
    };
    assert_errors(
        &rejection(with("annual_salary_yen", json!(10_000_000_001u64))),
        &[("annual_salary_yen", TooLarge)],
    );
    assert!(decode_ok(with(
        "annual_salary_yen",
        json!(10_000_000_000u64)
    )));
    assert_errors(
        &rejection(with("annual_salary_yen", json!(-1))),
        &[("annual_salary_yen", Negative)],
    );
    assert_errors(
        &rejection(with("annual_salary_yen", json!(6500000.5))),
        &[("annual_salary_yen", NotInteger)],
    );
    assert_errors(&rejection(with("age", json!(14))), &[("age", TooSmall)]);
    assert!(decode_ok(with("age", json!(15))));
    assert!(decode_ok(with("age", json!(100))));
    assert_errors(&rejection(with("age", json!(101))), &[("age", TooLarge)]);
    assert_errors(&rejection(with("age", json!(30.5))), &[("age", NotInteger)]);
    // Age 31 leaves 16 working years.
    assert!(decode_ok(with("experience_years", json!(16))));
    assert_errors(
        &rejection(with("experience_years", json!(16.01))),
        &[("experience_years", ExceedsWorkingLife)],
    );
    assert_errors(
        &rejection(with("qualifications", json!(101))),
        &[("qualifications", TooLarge)],
    );
    assert_errors(
        &rejection(with("qualifications", json!(-2))),
        &[("qualifications", Negative)],
    );
    assert_errors(
        &rejection(with("version", json!(2))),
        &[("version", UnsupportedVersion)],
    );
    assert_errors(
        &rejection(with("version", json!("1"))),
        &[("version", WrongType)],
    );
}

fn decode_ok(json: serde_json::Value) -> bool {
    hsp_pr::rules::decode(&value(json), today(), None).is_ok()
}

#[test]
fn age_and_birth_date() {
    let p = profile(json!({ "category": "b", "birth_date": "1995-11-27", "annual_salary_yen": 1 }));
    assert_eq!(p.age, 30, "the day before the 31st birthday");
    let p = profile(
        json!({ "category": "b", "birth_date": "1995-11-26", "age": 31, "annual_salary_yen": 1 }),
    );
    assert_eq!(p.age, 31);
    assert_errors(
        &rejection(
            json!({ "category": "b", "birth_date": "1995-11-27", "age": 31, "annual_salary_yen": 1 }),
        ),
        &[("age", Contradiction)],
    );
    assert_errors(
        &rejection(json!({ "category": "b", "birth_date": "2027-01-01", "annual_salary_yen": 1 })),
        &[("birth_date", InFuture)],
    );
    assert_errors(
        &rejection(json!({ "category": "b", "birth_date": "2015-01-01", "annual_salary_yen": 1 })),
        &[("birth_date", TooSmall)],
    );
    assert_errors(
        &rejection(json!({ "category": "b", "birth_date": "26-11-1995", "annual_salary_yen": 1 })),
        &[("birth_date", InvalidDate)],
    );
}

#[test]
fn multiple_degrees_below_master_names_both_fields() {
    for education in ["none", "bachelor"] {
        let r = rejection(
            json!({ "category": "b", "age": 30, "annual_salary_yen": 1, "education": education, "multiple_degrees": true }),
        );
        assert_errors(
            &r,
            &[
                ("multiple_degrees", Contradiction),
                ("education", Contradiction),
            ],
        );
        assert!(
            r.errors
                .iter()
                .all(|e| e.message.contains("education") && e.message.contains("multiple_degrees"))
        );
    }
    assert!(decode_ok(
        json!({ "category": "b", "age": 30, "annual_salary_yen": 1, "education": "master", "multiple_degrees": true })
    ));
}

#[test]
fn items_a_category_does_not_score_are_kept() {
    let p = profile(json!({
        "category": "a", "age": 40, "annual_salary_yen": 1, "qualifications": 2, "position": "representative",
        "bonuses": ["investment_100m", "investment_management"]
    }));
    assert_eq!(p.qualifications, 2);
    assert!(p.bonuses.has(Bonus::InvestmentManagement));
}

#[test]
fn duplicate_and_unknown_fields() {
    // Parsed straight into the rules' Value, as the CLI does: serde_json::Value would
    // silently keep only the last duplicate.
    let text = r#"{"category":"b","age":30,"age":31,"annual_salary_yen":1,"residence":{"current_status":"hsp1","since":"2020-01-01"}}"#;
    let parsed: hsp_pr::rules::Value = serde_json::from_str(text).expect("json");
    let r = hsp_pr::rules::decode(&parsed, today(), None).expect_err("rejected");
    assert_errors(
        &r,
        &[("age", DuplicateField), ("residence.since", UnknownField)],
    );
}

#[test]
fn residence_dates_must_be_consistent() {
    let base = |residence: serde_json::Value| json!({ "category": "b", "birth_date": "1990-01-01", "annual_salary_yen": 7_000_000, "residence": residence });
    assert_errors(
        &rejection(base(
            json!({ "current_status": "hsp1", "in_japan_since": "2022-01-01", "hsp_since": "2021-12-31" }),
        )),
        &[("residence.hsp_since", BeforeInJapanSince)],
    );
    assert_errors(
        &rejection(base(
            json!({ "current_status": "hsp1", "hsp_since": "2012-05-06" }),
        )),
        &[("residence.hsp_since", BeforeSchemeStart)],
    );
    assert!(decode_ok(base(
        json!({ "current_status": "hsp1", "hsp_since": "2012-05-07" })
    )));
    assert_errors(
        &rejection(base(
            json!({ "current_status": "hsp1", "jskip_since": "2023-04-20" }),
        )),
        &[("residence.jskip_since", BeforeSchemeStart)],
    );
    assert!(decode_ok(base(
        json!({ "current_status": "hsp1", "jskip_since": "2023-04-21" })
    )));
    assert_errors(
        &rejection(base(
            json!({ "current_status": "work", "jskip_since": "2024-01-01" }),
        )),
        &[("residence.jskip_since", Contradiction)],
    );
    assert_errors(
        &rejection(base(
            json!({ "current_status": "outside_japan", "in_japan_since": "2024-01-01" }),
        )),
        &[("residence.in_japan_since", Contradiction)],
    );
    assert_errors(
        &rejection(base(
            json!({ "current_status": "hsp1", "pr_since": "2024-01-01" }),
        )),
        &[("residence.pr_since", Contradiction)],
    );
    assert_errors(
        &rejection(base(
            json!({ "current_status": "hsp1", "in_japan_since": "1989-12-31" }),
        )),
        &[("residence.in_japan_since", BeforeBirth)],
    );
    assert_errors(
        &rejection(base(
            json!({ "current_status": "hsp1", "points_70_since": "2026-11-27" }),
        )),
        &[("residence.points_70_since", InFuture)],
    );
    assert_errors(
        &rejection(base(
            json!({ "current_status": "hsp1", "salary_3y_before_yen": -5 }),
        )),
        &[("residence.salary_3y_before_yen", Negative)],
    );
}

#[test]
fn as_of_and_its_override() {
    let p = profile(
        json!({ "category": "b", "age": 30, "annual_salary_yen": 1, "as_of": "2025-01-01" }),
    );
    assert_eq!(p.as_of, date("2025-01-01"));
    let overridden = hsp_pr::rules::decode(
        &value(
            json!({ "category": "b", "age": 30, "annual_salary_yen": 1, "as_of": "2025-01-01" }),
        ),
        today(),
        Some(date("2027-06-01")),
    );
    assert_eq!(overridden.map(|p| p.as_of), Ok(date("2027-06-01")));
    assert_errors(
        &rejection(
            json!({ "category": "b", "age": 30, "annual_salary_yen": 1, "as_of": "1999-12-31" }),
        ),
        &[("as_of", TooSmall)],
    );
    assert_errors(
        &rejection(
            json!({ "category": "b", "age": 30, "annual_salary_yen": 1, "as_of": "2025-02-29" }),
        ),
        &[("as_of", InvalidDate)],
    );
}

#[test]
fn lists_are_bounded() {
    let many: Vec<&str> = std::iter::repeat_n("sme", 65).collect();
    assert_errors(
        &rejection(json!({ "category": "b", "age": 30, "annual_salary_yen": 1, "bonuses": many })),
        &[("bonuses", TooMany)],
    );
    let children: Vec<serde_json::Value> =
        std::iter::repeat_n(json!({ "birth_date": "2020-01-01" }), 31).collect();
    assert_errors(
        &rejection(
            json!({ "category": "b", "age": 30, "annual_salary_yen": 1, "household": { "children": children } }),
        ),
        &[("household.children", TooMany)],
    );
}

/// Issue #11: an object's keys are checked in linear time, and an object with more members
/// than any part of a profile has is refused with one error. (The time is a bench figure:
/// `examples/bench_native.rs` prints how long 100,000 keys take.)
#[test]
fn objects_are_bounded_and_read_in_one_pass() {
    let mut huge = serde_json::Map::new();
    for i in 0..100_000 {
        huge.insert(format!("k{i}"), json!(i));
    }
    assert_errors(
        &rejection(serde_json::Value::Object(huge.clone())),
        &[("", TooMany)],
    );
    let mut profile = minimal();
    profile["household"] = serde_json::Value::Object(huge);
    assert_errors(&rejection(profile), &[("household", TooMany)]);
    // Under the limit, every unknown key and every duplicate is named, once each.
    let mut text = String::from(r#"{"category":"b","age":30,"annual_salary_yen":1"#);
    for i in 0..200 {
        text.push_str(&format!(r#","x{i}":1"#));
    }
    text.push_str(r#","x7":2,"age":31}"#);
    let value: hsp_pr::rules::Value = serde_json::from_str(&text).expect("JSON");
    let rejected = hsp_pr::rules::decode(&value, today(), None).expect_err("invalid");
    let unknown = rejected
        .errors
        .iter()
        .filter(|e| e.code == UnknownField)
        .count();
    let duplicates: Vec<&str> = rejected
        .errors
        .iter()
        .filter(|e| e.code == DuplicateField)
        .map(|e| e.field.as_str())
        .collect();
    assert_eq!(unknown, 200);
    assert_eq!(duplicates, ["x7", "age"]);
}
