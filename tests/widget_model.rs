//! The widget's pure parts: the form ⇄ profile mapping, the share link, the saved state's
//! JSON, and the translations of every code the rules emit.

mod common;

use common::*;
use hsp_pr::i18n::{Lang, codes, packs};
use hsp_pr::rules::decode::ErrorCode;
use hsp_pr::rules::profile::{Bonus, Category, Education, Japanese, Position, Research, Status};
use hsp_pr::rules::{Value, decode, evaluate};
use hsp_pr::widget::form::{Form, PastForm};
use hsp_pr::widget::money::{Money, MoneyUnit, Reading, read};
use hsp_pr::widget::share::{Fragment, fragment, read_fragment};
use serde_json::json;

/// `filled()` with every field valid.
fn valid() -> Form {
    Form {
        salary: "22000000".into(),
        children: vec!["2022-05-01".into()],
        ..filled()
    }
}

fn filled() -> Form {
    Form {
        category: Category::C,
        birth_date: "1980-02-29".into(),
        education: Education::MbaMot,
        experience_years: "12.5".into(),
        salary: "2,200万".into(),
        bonuses: [Bonus::Investment100m, Bonus::Sme].into_iter().collect(),
        spouse_income: "3000000".into(),
        children: vec!["2022-05-01".into(), "".into()],
        pregnancy: true,
        status: Some(Status::Hsp1),
        in_japan_since: "2019-04-01".into(),
        hsp_since: "2020-04-01".into(),
        salary_3y: "18000000".into(),
        has_spouse: Some(true),
        past_3y: PastForm {
            japanese: Some(Japanese::N2),
            education: Some(Education::Master),
            bonuses: vec![(Bonus::Sme, false), (Bonus::Investment100m, true)],
            research: vec![(Research::Papers, true)],
            ..PastForm::default()
        },
        past_1y: PastForm {
            position: Some(Position::Director),
            qualifications: "1".into(),
            ..PastForm::default()
        },
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
            salary: Money::new(text, unit),
            age: "30".into(),
            ..Form::default()
        }
        .to_value()
    };
    let yen = |v: &Value| v.get("annual_salary_yen").cloned();
    assert_eq!(
        yen(&salary("6,500,000", MoneyUnit::Yen)),
        Some(Value::Number(6_500_000.0))
    );
    assert_eq!(
        yen(&salary("６５０００００", MoneyUnit::Yen)),
        Some(Value::Number(6_500_000.0))
    );
    assert_eq!(
        yen(&salary("¥6,500,000", MoneyUnit::Yen)),
        Some(Value::Number(6_500_000.0))
    );
    assert_eq!(
        yen(&salary("650", MoneyUnit::Man)),
        Some(Value::Number(6_500_000.0))
    );
    // Exact decimal arithmetic: 650.3 万円 is 6,503,000 yen, not 6,502,999.99….
    assert_eq!(
        yen(&salary("650.3", MoneyUnit::Man)),
        Some(Value::Number(6_503_000.0))
    );
    assert_eq!(yen(&salary("", MoneyUnit::Yen)), None);
    // Unreadable text is passed on as text: the rules name the field, nothing is lost.
    let bad = salary("six million", MoneyUnit::Yen);
    assert_eq!(yen(&bad), Some(Value::String("six million".into())));
    let errors = decode(&bad, today(), None).expect_err("rejected").errors;
    assert!(
        errors
            .iter()
            .any(|e| e.field == "annual_salary_yen" && e.code == ErrorCode::WrongType)
    );
    // Half a yen is not a salary: not an integer, reported, not rounded.
    let half = salary("6500000.5", MoneyUnit::Yen);
    assert_eq!(yen(&half), Some(Value::String("6500000.5".into())));
}

#[test]
fn a_changed_unit_rereads_what_was_typed() {
    // Issue #12: `780` typed in yen, then 万円 chosen: ¥7,800,000, not ¥780 rewritten as 0.078.
    let mut form = Form {
        salary: "780".into(),
        spouse_income: "1500000".into(),
        age: "30".into(),
        ..Form::default()
    };
    assert_eq!(form.salary.read(), Reading::Yen(780.0));
    form.salary.unit = MoneyUnit::Man;
    assert_eq!(form.salary.text, "780", "the text is kept as typed");
    assert_eq!(form.salary.read(), Reading::Yen(7_800_000.0));
    // Each amount has its own unit: the spouse's income is not touched.
    assert_eq!(form.spouse_income.read(), Reading::Yen(1_500_000.0));
    let v = form.to_value();
    assert_eq!(
        v.get("annual_salary_yen"),
        Some(&Value::Number(7_800_000.0))
    );
}

#[test]
fn each_amount_keeps_its_unit_through_a_reload() {
    // Review of #12: salary in 万円, spouse's income in yen; saved (yen and units), restored.
    let form = Form {
        salary: Money::new("780", MoneyUnit::Man),
        spouse_income: Money::new("1500000", MoneyUnit::Yen),
        age: "30".into(),
        ..Form::default()
    };
    let profile = form.to_value();
    let (mut restored, _) = Form::from_value(&profile, MoneyUnit::Man);
    restored.set_units(&profile, |path| form.money(path).map(|m| m.unit));
    assert_eq!(restored.salary, Money::new("780", MoneyUnit::Man));
    assert_eq!(
        restored.spouse_income,
        Money::new("1500000", MoneyUnit::Yen)
    );
    assert_eq!(restored.to_value(), profile);
}

#[test]
fn written_units_win_over_the_fields() {
    for unit in MoneyUnit::ALL {
        for (text, yen) in [
            ("780万", 7_800_000.0),
            ("780万円", 7_800_000.0),
            ("780 万", 7_800_000.0),
            ("７８０万円", 7_800_000.0),
            ("780.5万", 7_805_000.0),
            ("7.8M", 7_800_000.0),
            ("7.8m", 7_800_000.0),
            ("7.8 million", 7_800_000.0),
            ("7800k", 7_800_000.0),
            ("1億2000万", 120_000_000.0),
            ("1億", 100_000_000.0),
            ("780万5000", 7_805_000.0),
            // Written yen wins too: ¥, 円, 日元 in a 万円 field are yen.
            ("¥7,800,000", 7_800_000.0),
            ("50000円", 50_000.0),
            ("780万日元", 7_800_000.0),
            ("７．８Ｍ", 7_800_000.0),
            ("7,800k", 7_800_000.0),
            // Traditional Chinese, Korean and Vietnamese ways of writing it (issue #14).
            ("780萬日圓", 7_800_000.0),
            ("780만 엔", 7_800_000.0),
            ("1억 2000만", 120_000_000.0),
            ("650만엔", 6_500_000.0),
            ("6,5 triệu", 6_500_000.0),
            ("6,5 trieu yên", 6_500_000.0),
            ("6.5 triệu", 6_500_000.0),
            ("10 triệu yên", 10_000_000.0),
            ("200 nghìn", 200_000.0),
            ("6.500.000 yên", 6_500_000.0),
        ] {
            assert_eq!(read(text, unit), Reading::Yen(yen), "{text} in {unit:?}");
        }
    }
    for text in [
        "万",
        "7.8.1M",
        "1万2億",
        "780万12000",
        "7.12345678M",
        "abc",
        "780万円円x",
        "6,5,1 triệu",
        "6.500.00 yên",
        "1.5.3",
    ] {
        assert_eq!(read(text, MoneyUnit::Yen), Reading::Unreadable, "{text}");
    }
    assert_eq!(read("  ", MoneyUnit::Man), Reading::Empty);
    assert_eq!(read("780.00", MoneyUnit::Yen), Reading::Yen(780.0));
    assert_eq!(read("650.50000", MoneyUnit::Man), Reading::Yen(6_505_000.0));
    assert_eq!(read("-780", MoneyUnit::Yen), Reading::Yen(-780.0));
    // Points grouping thousands, as Vietnamese writes them; a single point stays a decimal one.
    assert_eq!(read("6.500.000", MoneyUnit::Yen), Reading::Yen(6_500_000.0));
    assert_eq!(read("650.5", MoneyUnit::Man), Reading::Yen(6_505_000.0));
}

#[test]
fn an_implausible_amount_asks_about_the_other_unit() {
    let ask = |text: &str, unit| Money::new(text, unit).suggestion();
    let s = ask("780", MoneyUnit::Yen).expect("¥780 a year is implausible");
    assert_eq!(
        (s.read_yen, s.unit, s.yen),
        (780.0, MoneyUnit::Man, 7_800_000.0)
    );
    let s = ask("7800000", MoneyUnit::Man).expect("¥78 billion a year is implausible");
    assert_eq!((s.unit, s.yen), (MoneyUnit::Yen, 7_800_000.0));
    // Plausible amounts, zero, and written units are never second-guessed.
    for (text, unit) in [
        ("7800000", MoneyUnit::Yen),
        ("780", MoneyUnit::Man),
        ("0", MoneyUnit::Yen),
        ("780万", MoneyUnit::Yen),
        ("7.8M", MoneyUnit::Man),
        ("abc", MoneyUnit::Yen),
    ] {
        assert_eq!(ask(text, unit), None, "{text}");
    }
}

#[test]
fn profile_and_share_link_round_trip() {
    for unit in MoneyUnit::ALL {
        let (form, _) = Form::from_value(&filled().to_value(), unit);
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

/// V23: the past sheets the form answers reach the profile member by member; what is not
/// answered is not in it (it stays an assumption).
#[test]
fn the_past_sheets_reach_the_profile() {
    let profile = decode(&valid().to_value(), today(), None).expect("valid");
    let residence = profile.residence.expect("residence");
    let three = residence.sheet_3y_before.expect("3 years");
    assert_eq!(
        (three.japanese, three.education),
        (Some(Japanese::N2), Some(Education::Master))
    );
    assert!(three.bonuses_known.has(Bonus::Sme) && !three.bonuses_held.has(Bonus::Sme));
    assert!(three.bonuses_held.has(Bonus::Investment100m));
    assert!(!three.bonuses_known.has(Bonus::InnovationSupport));
    assert!(three.research_held.has(Research::Papers));
    assert_eq!(three.position, None);
    let one = residence.sheet_1y_before.expect("1 year");
    assert_eq!(
        (one.position, one.qualifications, one.japanese),
        (Some(Position::Director), Some(1), None)
    );
    // Nothing answered: no past sheet at all.
    let plain = Form {
        past_1y: PastForm::default(),
        past_3y: PastForm::default(),
        ..valid()
    };
    let residence = decode(&plain.to_value(), today(), None)
        .expect("valid")
        .residence
        .expect("r");
    assert!(residence.sheet_1y_before.is_none() && residence.sheet_3y_before.is_none());
}

/// V20: without a spouse, the spouse's fields stay in the form but out of the profile.
#[test]
fn no_spouse_keeps_the_typed_spouse_fields_out_of_the_profile() {
    let single = Form {
        has_spouse: Some(false),
        spouse_japanese_or_pr: true,
        married_since: "2020-01-01".into(),
        ..valid()
    };
    let profile = decode(&single.to_value(), today(), None).expect("no contradiction");
    let household = profile.household.expect("household");
    assert_eq!(household.has_spouse, Some(false));
    assert_eq!(household.spouse_annual_income_yen, None);
    assert!(!household.spouse_japanese_or_pr && household.married_since.is_none());
    assert_eq!(single.spouse_income.text, "3000000");
    let (restored, skipped) = Form::from_value(&single.to_value(), MoneyUnit::Yen);
    assert!(skipped.is_empty());
    assert_eq!(restored.has_spouse, Some(false));
}

#[test]
fn a_damaged_profile_restores_what_it_can_and_says_what_it_skipped() {
    let damaged = value(json!({
        "category": "z", "age": 30, "education": "doctor", "bonuses": ["sme", "wat"], "colour": "red",
        "household": { "pregnancy": "yes", "children": [{ "birth_date": "2020-01-01" }] },
        "residence": { "current_status": "hsp1", "in_japan_since": 5,
            "sheet_3y_before": { "japanese": "n3", "bonuses": { "sme": "yes" }, "education": "master" } }
    }));
    let (form, mut skipped) = Form::from_value(&damaged, MoneyUnit::Yen);
    skipped.sort();
    assert_eq!(
        skipped,
        [
            "bonuses",
            "category",
            "colour",
            "household.pregnancy",
            "residence.in_japan_since",
            "residence.sheet_3y_before.bonuses",
            "residence.sheet_3y_before.japanese",
        ]
    );
    assert_eq!(form.past_3y.education, Some(Education::Master));
    assert_eq!(
        (form.age.as_str(), form.education, form.status),
        ("30", Education::Doctor, Some(Status::Hsp1))
    );
    assert_eq!(form.children, ["2020-01-01"]);
    let (_, skipped) = Form::from_value(&Value::Array(vec![]), MoneyUnit::Yen);
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
    const CODE_KEYS: [&str; 17] = [
        "id",
        "item",
        "kind",
        "missing",
        "requires_status",
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
    let histories = common::histories::history();
    for i in 0..4000 {
        let json = if i % 4 == 3 {
            histories.new_tree(&mut runner).expect("tree").current()
        } else {
            strategy.new_tree(&mut runner).expect("tree").current()
        };
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
    for code in ErrorCode::ALL {
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

/// The packs the widget fetches are the tables' translations, as `examples/language_packs.rs`
/// writes them; every message is in them under the key of its English, and no key is shared
/// by two different messages.
#[test]
fn the_language_packs_are_up_to_date() {
    let stale = "is out of date: run `cargo run --example language_packs`";
    let loader = std::fs::read_to_string("static/i18n/languages.json").unwrap_or_default();
    assert!(
        loader == packs::loader_json(),
        "static/i18n/languages.json {stale}"
    );
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let expected = packs::pack_json(lang).unwrap_or_else(|ambiguous| {
            panic!("English with two translations, make it differ: {ambiguous:?}")
        });
        let path = format!("static/i18n/{}.json", lang.tag());
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(committed == expected, "{path} {stale}");
        let pack: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&committed).expect("a JSON object");
        for message in packs::all_messages() {
            let key = format!("{:08x}", packs::key(message[0]));
            assert_eq!(
                pack.get(&key).and_then(|v| v.as_str()),
                Some(lang.pick(message))
            );
        }
    }
}

/// A link made on 2026-11-26 (schema version 1). Links are forever: whatever the schema grows
/// into, this one must still open to the same form and the same result. Never edit it.
const LINK_2026_11_26: &str = "https://example.com/hsp-pr/#hsp-pr=v1.eyJ2ZXJzaW9uIjoxLCJjYXRlZ29yeSI6ImIiLCJiaXJ0aF9kYXRlIjoiMTk5NS0wNC0wMSIsImVkdWNhdGlvbiI6Im1hc3RlciIsIm11bHRpcGxlX2RlZ3JlZXMiOmZhbHNlLCJleHBlcmllbmNlX3llYXJzIjo0LjUsImFubnVhbF9zYWxhcnlfeWVuIjo2NTAwMDAwLCJyZXNlYXJjaCI6W10sInBvc2l0aW9uIjoibm9uZSIsImphcGFuZXNlIjoibjEiLCJib251c2VzIjpbImlubm92YXRpb25fc3VwcG9ydCJdLCJob3VzZWhvbGQiOnsic3BvdXNlX2FubnVhbF9pbmNvbWVfeWVuIjoyMDAwMDAwLCJjaGlsZHJlbiI6W3siYmlydGhfZGF0ZSI6IjIwMjMtMDUtMDEifV0sInByZWduYW5jeSI6ZmFsc2UsInNwb3VzZV9jYW5ub3RfZG9faG91c2V3b3JrIjpmYWxzZSwic3BvdXNlX2phcGFuZXNlX29yX3ByIjpmYWxzZX0sInJlc2lkZW5jZSI6eyJjdXJyZW50X3N0YXR1cyI6ImhzcDEiLCJpbl9qYXBhbl9zaW5jZSI6IjIwMjEtMDQtMDEiLCJ3b3JrX3N0YXR1c19zaW5jZSI6IjIwMjEtMDQtMDEiLCJoc3Bfc2luY2UiOiIyMDIyLTA0LTAxIiwicG9pbnRzXzcwX3NpbmNlIjoiMjAyMi0wNC0wMSJ9fQ";

#[test]
fn a_link_made_today_still_opens() {
    let hash = LINK_2026_11_26
        .split_once('#')
        .map(|(_, h)| h)
        .unwrap_or("");
    let Fragment::Profile(json) = read_fragment(hash) else {
        panic!("the v1 link no longer reads")
    };
    let (form, skipped) =
        Form::from_value(&serde_json::from_str(&json).expect("json"), MoneyUnit::Yen);
    assert!(skipped.is_empty(), "{skipped:?}");
    assert_eq!(
        (
            form.birth_date.as_str(),
            form.salary.text.as_str(),
            form.children.len()
        ),
        ("1995-04-01", "6500000", 1)
    );
    let assessment = evaluate(&decode(&form.to_value(), today(), None).expect("valid"));
    assert_eq!(assessment.points.total, 80);
    assert_eq!(
        assessment.parents.until.map(|d| d.to_string()).as_deref(),
        Some("2030-05-01")
    );
}

#[test]
fn a_link_from_a_grown_schema_opens_with_what_this_version_knows() {
    // A future version may add fields; this one restores the rest and names what it skipped.
    let future = value(
        json!({ "version": 1, "category": "a", "age": 40, "annual_salary_yen": 9000000,
        "new_field": { "x": 1 }, "residence": { "current_status": "hsp1", "new_date": "2030-01-01" } }),
    );
    let (form, mut skipped) = Form::from_value(&future, MoneyUnit::Yen);
    skipped.sort();
    assert_eq!(skipped, ["new_field", "residence.new_date"]);
    assert_eq!((form.category, form.age.as_str()), (Category::A, "40"));
}

#[test]
fn a_wrong_field_leaves_the_others_computing() {
    use hsp_pr::widget::partial::{Gap, evaluate};
    let points = |form: &Form| {
        let outcome = evaluate(&form.to_value(), today());
        (
            outcome.assessment.map(|a| a.points.total),
            outcome.gaps,
            outcome
                .errors
                .iter()
                .map(|e| e.field.clone())
                .collect::<Vec<_>>(),
        )
    };
    let mut form = Form {
        age: "31".into(),
        salary: "abc".into(),
        ..Form::default()
    };
    // The salary is wrong: the age still scores (10 at 31), the salary is a gap.
    assert_eq!(
        points(&form),
        (
            Some(10),
            vec![Gap::Salary],
            vec!["annual_salary_yen".to_owned()]
        )
    );
    // Issue #12: a degree changed while the salary is wrong changes the score.
    form.education = Education::Master;
    assert_eq!(points(&form).0, Some(30));
    // A wrong optional field is left out; everything else is the form's own, no gap.
    let form = Form {
        age: "31".into(),
        salary: "8000000".into(),
        spouse_income: "oops".into(),
        children: vec!["not a date".into()],
        ..Form::default()
    };
    let (total, gaps, fields) = points(&form);
    assert_eq!((total, gaps), (Some(40), vec![]));
    assert_eq!(
        fields,
        vec![
            "household.spouse_annual_income_yen".to_owned(),
            "household.children[0].birth_date".to_owned()
        ]
    );
    // A fresh form: both required inputs stood in for; the points are those of the rest.
    let (total, gaps, _) = points(&Form {
        education: Education::Doctor,
        ..Form::default()
    });
    assert_eq!((total, gaps), (Some(30), vec![Gap::Age, Gap::Salary]));
    // A valid form has no gaps and no errors.
    let (_, gaps, fields) = points(&valid());
    assert!(gaps.is_empty() && fields.is_empty());
}

#[test]
fn sources_read_as_documents() {
    use hsp_pr::widget::sources::{rules_date, words};
    assert_eq!(
        words(Lang::En, "S1 sheet B ③; S3"),
        "ISA point sheet (since Apr 2023) sheet B ③ · HSP criteria ordinance"
    );
    // Internal ids and notes on where a text was read are not shown as words; a rule that
    // rests on the review alone says so.
    assert_eq!(
        words(Lang::En, "RULES §7; V19"),
        "the rules review of this tool"
    );
    assert_eq!(
        words(Lang::En, "S10 §1 (1)"),
        "ISA permanent residence guidelines §1 (1)"
    );
    assert_eq!(
        words(Lang::Ja, "S10 §1 (3)イ (2024-11-18 note)"),
        "永住許可に関するガイドライン 1(3)イ（2024年11月18日の注記）"
    );
    assert_eq!(
        words(Lang::ZhHans, "S10 §2 items 6–8"),
        "永住许可指南 2(6)～(8)"
    );
    assert_eq!(
        words(Lang::Ja, "S1 sheet B ③; S3"),
        "出入国在留管理庁 ポイント計算表（令和5年4月以降） ③ · 高度専門職の基準を定める省令"
    );
    assert_eq!(
        words(Lang::ZhHans, "S1 sheet B age"),
        "出入国在留管理厅 积分计算表（2023年4月起） 年龄"
    );
    assert_eq!(
        words(Lang::En, "S8; S9 (告示34)"),
        "Designated Activities public notice · Designated Activities notice No. 34 (parents)"
    );
    assert_eq!(
        words(Lang::En, "S10 (tebiq card)"),
        "ISA permanent residence guidelines"
    );
    assert_eq!(
        words(Lang::Ja, "S10 §2 item 6; V15"),
        "永住許可に関するガイドライン 2(6)"
    );
    assert_eq!(rules_date(Lang::En, "2026-12"), "December 2026");
    assert_eq!(rules_date(Lang::ZhHans, "2026-12"), "2026年12月");
}

#[test]
fn timeline_labels_are_wrapped_to_their_width() {
    use hsp_pr::widget::milestones::{measured_ems, wrap_label};
    for text in [
        "Permanent Resident: General: 10 years in Japan (5 in a work status)",
        "永住者：一般（在留10年、うち就労資格5年）の申請可能日",
        "Supercalifragilisticexpialidocious-without-any-space-at-all",
        "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW — ①②③ → MMMM",
        "  leading and  double   spaces\t and a tab  ",
        "",
    ] {
        for max in [8.0, 14.0, 21.0] {
            let lines = wrap_label(text, max);
            assert!(
                lines.iter().all(|l| measured_ems(l) <= max),
                "{text} at {max}: {lines:?}"
            );
            assert!(
                lines.iter().all(|l| !l.trim().is_empty() && l.trim() == l),
                "{lines:?}"
            );
            let bare = |t: &str| t.split_whitespace().collect::<String>();
            assert_eq!(bare(&lines.concat()), bare(text), "nothing lost");
        }
    }
}

#[test]
fn the_summary_carries_every_answer_without_stand_ins() {
    use hsp_pr::widget::answers::{Known, glance};
    use hsp_pr::widget::partial::{Gap, evaluate};
    use hsp_pr::widget::summary::summary;
    let text_of = |form: &Form| {
        let outcome = evaluate(&form.to_value(), today());
        let a = outcome.assessment.expect("judged");
        let known = Known {
            gaps: &outcome.gaps,
            left_out: &outcome.left_out,
            status: form.status,
            family_given: form.to_value().get("household").is_some(),
        };
        (
            summary(
                &a,
                Lang::En,
                &glance(&a, known),
                outcome.inputs.as_ref(),
                &outcome.gaps,
            ),
            outcome.gaps,
        )
    };
    let (text, gaps) = text_of(&valid());
    assert!(gaps.is_empty());
    for expected in [
        "Answers: ",
        "age 46",
        "¥22,000,000",
        "Total: ",
        "HSP(i): ",
        "J-Skip: ",
        "HSP(ii): ",
        "Permanent residence: ",
        "Parents: ",
        "Rules as of December 2026",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    // No salary yet: no stand-in ¥0 among the answers, the total a floor, no J-Skip verdict.
    let (text, gaps) = text_of(&Form {
        age: "30".into(),
        education: Education::Master,
        ..Form::default()
    });
    assert_eq!(gaps, vec![Gap::Salary]);
    assert!(
        !text.contains("¥0") && text.contains("Total: at least") && !text.contains("J-Skip"),
        "{text}"
    );
}

/// The search over the official list (issue #13): English, Japanese, and the Chinese a reader
/// types for Japanese characters, each finds its university first.
#[test]
fn the_university_search_finds_by_every_script() {
    use hsp_pr::widget::universities::{List, MAX_RESULTS};
    let text = std::fs::read_to_string("static/universities-2026-01.txt").expect("list");
    let list = List::parse(&text).expect("a list");
    assert_eq!(list.universities.len(), 390);
    assert_eq!(list.as_of, "2026-01");
    assert!(list.note_ja.contains("最新の３つの世界大学ランキング"));
    let first = |query: &str| list.search(query).0.first().map(|u| u.name_en.clone());
    let finds = |query: &str, part: &str| {
        list.search(query)
            .0
            .iter()
            .any(|u| u.name_en.contains(part))
    };
    assert_eq!(
        first("東京大学").as_deref(),
        Some("The University of Tokyo")
    );
    assert_eq!(first("Tsinghua").as_deref(), Some("Tsinghua University"));
    assert_eq!(first("清华").as_deref(), Some("Tsinghua University"));
    assert_eq!(first("清華").as_deref(), Some("Tsinghua University"));
    assert_eq!(first("aalto").as_deref(), Some("Aalto University"));
    assert_eq!(first("ＡＡＬＴＯ").as_deref(), Some("Aalto University"));
    // Simplified and Traditional forms of Japanese characters.
    assert_eq!(
        first("东京大学").as_deref(),
        Some("The University of Tokyo")
    );
    assert_eq!(
        first("國立臺灣大學").as_deref(),
        Some("National Taiwan University")
    );
    assert_eq!(
        first("哈尔滨工业大学").as_deref(),
        Some("Harbin Institute of Technology")
    );
    // Accents are optional, capitals too; every word must match.
    assert!(finds("zurich eth", "ETH"));
    assert!(finds("ZÜRICH", "ETH"));
    assert!(list.search("university of nowhere at all").0.is_empty());
    // Apostrophes, full stops and & are not word breaks: King's is "kings", Xi’an "xian".
    assert_eq!(
        first("kings college").as_deref(),
        Some("King's College London")
    );
    assert_eq!(
        first("xian jiaotong").as_deref(),
        Some("Xi’an Jiaotong University")
    );
    assert_eq!(first("xi'an").as_deref(), Some("Xi’an Jiaotong University"));
    assert_eq!(
        first("mit").as_deref(),
        Some("Massachusetts Institute of Technology (MIT)")
    );
    // One Latin letter is no query; results are capped, and the count says how many in all.
    assert!(list.search("a").0.is_empty());
    let (shown, all) = list.search("university");
    assert_eq!(shown.len(), MAX_RESULTS);
    assert!(all > 300, "{all}");
    // Two universities share 東北大学: both are found.
    let tohoku: Vec<_> = list
        .search("東北大学")
        .0
        .iter()
        .map(|u| u.country_en.clone())
        .collect();
    assert!(tohoku.contains(&"Japan".to_owned()) && tohoku.contains(&"China".to_owned()));
    assert!(List::parse("not a list").is_none());
}

/// Every translation file has every message of the English and no other, none empty, each
/// with the English's placeholders: filled with markers, each value appears and no
/// placeholder is left, so no value is dropped (issue #14). Read from the files themselves,
/// beside the build's own check; and every file in `i18n/` is a language of the widget.
#[test]
fn every_message_is_in_every_language_with_its_placeholders() {
    type File = serde_json::Map<String, serde_json::Value>;
    let read = |tag: &str| -> File {
        let text = std::fs::read_to_string(format!("i18n/{tag}.json")).expect("the file");
        serde_json::from_str(&text).expect("a JSON object")
    };
    let mut files: Vec<String> = std::fs::read_dir("i18n")
        .expect("i18n/")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".json").map(str::to_owned))
        .collect();
    files.sort();
    let mut tags: Vec<String> = Lang::ALL.iter().map(|l| l.tag().to_owned()).collect();
    tags.sort();
    assert_eq!(files, tags, "one file per language, no other");
    let english = read("en");
    let markers: Vec<String> = (1..=9).map(|n| format!("\u{1}{n}\u{1}")).collect();
    let markers: Vec<&str> = markers.iter().map(String::as_str).collect();
    let filled = |text: &str| hsp_pr::i18n::fill(text, &markers);
    let mut wrong = Vec::new();
    for lang in Lang::ALL {
        let file = read(lang.tag());
        // The conventions (`lang.*`) are each language's own; build.rs says which it must give.
        let needed = |k: &&String| !k.starts_with("lang.") && !file.contains_key(*k);
        for key in english.keys().filter(needed) {
            wrong.push(format!("{}: missing {key}", lang.tag()));
        }
        for (key, text) in &file {
            let text = text.as_str().unwrap_or("");
            if text.trim().is_empty() {
                wrong.push(format!("{}: {key} is empty", lang.tag()));
            }
            if key.starts_with("lang.") {
                continue;
            }
            let Some(en) = english.get(key).and_then(|v| v.as_str()) else {
                wrong.push(format!("{}: {key} is not in the English", lang.tag()));
                continue;
            };
            let values = en.matches("{}").count();
            let out = filled(text);
            let each_once = markers.iter().take(values).all(|m| out.contains(m));
            let none_else = markers.iter().skip(values).all(|m| !out.contains(m));
            if !each_once || !none_else || out.contains("{}") {
                wrong.push(format!(
                    "{}: {key}: {text:?} does not keep the {values} values of {en:?}",
                    lang.tag()
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
