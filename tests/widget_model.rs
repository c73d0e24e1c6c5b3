//! The widget's pure parts: the form ⇄ profile mapping, the share link, the saved state's
//! JSON, and the translations of every code the rules emit.

mod common;

use common::*;
use hsp_pr::form::{Form, SalaryUnit};
use hsp_pr::i18n::{Lang, codes};
use hsp_pr::rules::decode::ErrorCode;
use hsp_pr::rules::profile::{Bonus, Category, Education, Status};
use hsp_pr::rules::{Value, decode, evaluate};
use hsp_pr::share::{Fragment, fragment, read_fragment};
use serde_json::json;

fn filled() -> Form {
    Form {
        category: Category::C,
        birth_date: "1980-02-29".into(),
        education: Education::MbaMot,
        experience_years: "12.5".into(),
        salary: "2,200万".into(),
        salary_unit: SalaryUnit::Yen,
        bonuses: [Bonus::Investment100m, Bonus::Sme].into_iter().collect(),
        spouse_income: "3000000".into(),
        children: vec!["2022-05-01".into(), "".into()],
        pregnancy: true,
        status: Some(Status::Hsp1),
        in_japan_since: "2019-04-01".into(),
        hsp_since: "2020-04-01".into(),
        salary_3y: "18000000".into(),
        ..Form::default()
    }
}

#[test]
fn the_form_becomes_the_contract_profile() {
    let form = Form {
        salary: "22000000".into(),
        children: vec!["2022-05-01".into()],
        ..filled()
    };
    let v = form.to_value();
    let profile = decode(&v, today(), None).expect("valid");
    assert_eq!(profile.annual_salary_yen, 22_000_000);
    assert_eq!(profile.age, 46);
    assert_eq!(profile.experience_years, 12.5);
    assert_eq!(
        profile.household.as_ref().map(|h| h.children.len()),
        Some(1)
    );
    assert_eq!(
        profile
            .residence
            .as_ref()
            .and_then(|r| r.salary_3y_before_yen),
        Some(18_000_000)
    );
}

#[test]
fn numbers_are_read_as_people_type_them() {
    let salary = |text: &str, unit| {
        Form {
            salary: text.into(),
            salary_unit: unit,
            age: "30".into(),
            ..Form::default()
        }
        .to_value()
    };
    let yen = |v: &Value| v.get("annual_salary_yen").cloned();
    assert_eq!(
        yen(&salary("6,500,000", SalaryUnit::Yen)),
        Some(Value::Number(6_500_000.0))
    );
    assert_eq!(
        yen(&salary("６５０００００", SalaryUnit::Yen)),
        Some(Value::Number(6_500_000.0))
    );
    assert_eq!(
        yen(&salary("¥6,500,000", SalaryUnit::Yen)),
        Some(Value::Number(6_500_000.0))
    );
    assert_eq!(
        yen(&salary("650", SalaryUnit::Man)),
        Some(Value::Number(6_500_000.0))
    );
    // Exact decimal arithmetic: 650.3 万円 is 6,503,000 yen, not 6,502,999.99….
    assert_eq!(
        yen(&salary("650.3", SalaryUnit::Man)),
        Some(Value::Number(6_503_000.0))
    );
    assert_eq!(yen(&salary("", SalaryUnit::Yen)), None);
    // Unreadable text is passed on as text: the rules name the field, nothing is lost.
    let bad = salary("six million", SalaryUnit::Yen);
    assert_eq!(yen(&bad), Some(Value::String("six million".into())));
    let errors = decode(&bad, today(), None).expect_err("rejected").errors;
    assert!(
        errors
            .iter()
            .any(|e| e.field == "annual_salary_yen" && e.code == ErrorCode::WrongType)
    );
    // Half a yen is not a salary: not an integer, reported, not rounded.
    let half = salary("6500000.5", SalaryUnit::Yen);
    assert_eq!(yen(&half), Some(Value::String("6500000.5".into())));
}

#[test]
fn switching_the_unit_keeps_the_amounts() {
    let form = Form {
        salary: "6500000".into(),
        spouse_income: "oops".into(),
        ..Form::default()
    };
    let man = form.with_unit(SalaryUnit::Man);
    assert_eq!(
        (man.salary.as_str(), man.spouse_income.as_str()),
        ("650", "oops")
    );
    let back = man.with_unit(SalaryUnit::Yen);
    assert_eq!(back.salary, "6500000");
    assert_eq!(form.to_value(), back.to_value());
}

#[test]
fn profile_and_share_link_round_trip() {
    for unit in [SalaryUnit::Yen, SalaryUnit::Man] {
        let form = filled().with_unit(unit);
        let text = form.to_value().to_json();
        let parsed: Value = serde_json::from_str(&text).expect("our JSON parses");
        assert_eq!(parsed, form.to_value());
        let (restored, skipped) = Form::from_value(&parsed, unit);
        assert!(skipped.is_empty(), "{skipped:?}");
        assert_eq!(restored.to_value(), form.to_value());

        let Fragment::Profile(from_link) =
            read_fragment(&format!("#{}", fragment(&form.to_value())))
        else {
            panic!("link not read");
        };
        assert_eq!(from_link, text);
    }
}

#[test]
fn a_damaged_profile_restores_what_it_can_and_says_what_it_skipped() {
    let damaged = value(json!({
        "category": "z", "age": 30, "education": "doctor", "bonuses": ["sme", "wat"], "colour": "red",
        "household": { "pregnancy": "yes", "children": [{ "birth_date": "2020-01-01" }] },
        "residence": { "current_status": "hsp1", "in_japan_since": 5 }
    }));
    let (form, mut skipped) = Form::from_value(&damaged, SalaryUnit::Yen);
    skipped.sort();
    assert_eq!(
        skipped,
        [
            "bonuses",
            "category",
            "colour",
            "household.pregnancy",
            "residence.in_japan_since"
        ]
    );
    assert_eq!(
        (form.age.as_str(), form.education, form.status),
        ("30", Education::Doctor, Some(Status::Hsp1))
    );
    assert_eq!(form.children, ["2020-01-01"]);
    let (_, skipped) = Form::from_value(&Value::Array(vec![]), SalaryUnit::Yen);
    assert_eq!(skipped.len(), 1);
}

#[test]
fn json_writer_escapes_like_json() {
    let tricky = Value::Object(vec![
        (
            "text".into(),
            Value::String("quote \" backslash \\ newline \n tab \t bell \u{7} 日本".into()),
        ),
        ("n".into(), Value::Number(-12.5)),
        ("big".into(), Value::Number(10_000_000_000.0)),
        (
            "list".into(),
            Value::Array(vec![Value::Null, Value::Bool(true)]),
        ),
    ]);
    let parsed: Value = serde_json::from_str(&tricky.to_json()).expect("valid JSON");
    assert_eq!(parsed, tricky);
}

/// Every code found in an assessment: the values of the keys that hold codes.
fn collect_codes(
    json: &serde_json::Value,
    key: Option<&str>,
    out: &mut std::collections::BTreeSet<String>,
) {
    const CODE_KEYS: [&str; 13] = [
        "id",
        "note",
        "value",
        "cause",
        "change",
        "to",
        "route",
        "basis",
        "type",
        "rule_on_as_of",
        "met_by",
        "reasons",
        "exempt",
    ];
    match json {
        serde_json::Value::String(s) if key.is_some_and(|k| CODE_KEYS.contains(&k)) => {
            out.insert(s.clone());
        }
        serde_json::Value::Array(items) => {
            items.iter().for_each(|item| collect_codes(item, key, out))
        }
        serde_json::Value::Object(members) => members
            .iter()
            .for_each(|(k, v)| collect_codes(v, Some(k), out)),
        _ => {}
    }
}

#[test]
fn every_code_the_rules_emit_is_translated() {
    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::TestRunner;
    let mut found = std::collections::BTreeSet::new();
    let mut runner = TestRunner::deterministic();
    let strategy = common::strategies::profile_json();
    for _ in 0..3000 {
        let json = strategy.new_tree(&mut runner).expect("tree").current();
        if let Ok(profile) = decode(&value(json), today(), None) {
            let assessment = serde_json::to_value(evaluate(&profile)).expect("json");
            collect_codes(&assessment, None, &mut found);
        }
    }
    let text = std::fs::read_to_string("examples/profile.json").expect("example");
    let example = evaluate(&profile(serde_json::from_str(&text).expect("json")));
    collect_codes(
        &serde_json::to_value(example).expect("json"),
        None,
        &mut found,
    );
    assert!(
        found.len() > 150,
        "only {} codes seen: widen the generator",
        found.len()
    );
    let missing: Vec<&String> = found
        .iter()
        .filter(|code| codes::lookup(code).is_none())
        .collect();
    assert!(missing.is_empty(), "untranslated codes: {missing:?}");
}

#[test]
fn every_error_code_is_translated() {
    use ErrorCode::*;
    for code in [
        MalformedJson,
        Missing,
        WrongType,
        UnknownValue,
        UnknownField,
        DuplicateField,
        UnsupportedVersion,
        Negative,
        NotInteger,
        TooSmall,
        TooLarge,
        TooMany,
        InvalidDate,
        InFuture,
        BeforeBirth,
        BeforeInJapanSince,
        BeforeSchemeStart,
        ExceedsWorkingLife,
        Contradiction,
    ] {
        assert!(codes::lookup(code.code()).is_some(), "{}", code.code());
    }
}

#[test]
fn no_translation_is_blank_and_no_code_is_listed_twice() {
    let mut seen = std::collections::BTreeSet::new();
    for (code, text) in codes::CODES {
        assert!(seen.insert(*code), "{code} listed twice");
        for lang in Lang::ALL {
            assert!(
                !lang.pick(text).trim().is_empty(),
                "{code} blank in {lang:?}"
            );
        }
    }
}
