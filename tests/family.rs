//! Parents (RULES.md §4), domestic workers (§5), the comparison (§2, §7) and
//! "what would change the result".

mod common;

use common::*;
use serde_json::{Value as Json, json};

fn family(salary: u64, household: Json, status: &str) -> Json {
    json!({
        "category": "b", "age": 35, "education": "doctor", "experience_years": 10,
        "annual_salary_yen": salary, "household": household,
        "residence": { "current_status": status, "in_japan_since": "2020-01-01", "hsp_since": "2020-01-01" }
    })
}

fn condition(conditions: &[hsp_pr::rules::condition::Condition], id: &str) -> Option<bool> {
    conditions
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("no condition {id}"))
        .met
}

#[test]
fn parents_household_income_edge_counts_the_spouse_only() {
    let child = json!([{ "birth_date": "2024-01-01" }]);
    let below = assess(family(
        6_000_000,
        json!({ "spouse_annual_income_yen": 1_999_999, "children": child }),
        "hsp1",
    ));
    assert_eq!(below.parents.household_income_yen, 7_999_999);
    assert!(!below.parents.eligible);
    assert!(below.parents.reasons.contains(&"household_income_8m"));
    let at = assess(family(
        6_000_000,
        json!({ "spouse_annual_income_yen": 2_000_000, "children": child }),
        "hsp1",
    ));
    assert!(at.parents.eligible);
    assert_eq!(at.parents.until, Some(date("2031-01-01")));
    // Nobody's income but the spouse's counts; without a spouse, the HSP's alone.
    let alone = assess(family(8_000_000, json!({ "children": child }), "hsp1"));
    assert!(alone.parents.eligible);
}

#[test]
fn parents_child_under_7_edge() {
    let with_child = |birth: &str| {
        assess(family(
            9_000_000,
            json!({ "children": [{ "birth_date": birth }] }),
            "hsp1",
        ))
        .parents
    };
    // Turns 7 tomorrow: still under 7 today; the benefit ends (no renewal) tomorrow.
    let six = with_child("2019-11-27");
    assert!(six.eligible);
    assert_eq!(six.until, Some(date("2026-11-27")));
    // Turned 7 today.
    let seven = with_child("2019-11-26");
    assert!(!seven.eligible);
    assert_eq!(
        condition(&seven.conditions, "child_under_7_or_pregnancy"),
        Some(false)
    );
    // 29 February: 7 years later is 28 February.
    assert_eq!(with_child("2020-02-29").until, Some(date("2027-02-28")));
    // Several children: the youngest decides.
    let two = assess(family(
        9_000_000,
        json!({ "children": [{ "birth_date": "2021-05-01" }, { "birth_date": "2025-03-03" }] }),
        "hsp1",
    ))
    .parents;
    assert_eq!(two.until, Some(date("2032-03-03")));
}

#[test]
fn parents_during_pregnancy() {
    let p = assess(family(9_000_000, json!({ "pregnancy": true }), "hsp1")).parents;
    assert!(p.eligible);
    assert_eq!(p.until, None);
    assert!(p.reasons.contains(&"until_seven_years_after_birth"));
}

#[test]
fn permanent_residents_cannot_bring_parents_but_would_as_hsp() {
    let p = assess(family(
        9_000_000,
        json!({ "children": [{ "birth_date": "2024-01-01" }] }),
        "pr",
    ))
    .parents;
    assert!(!p.eligible);
    assert!(p.eligible_if_hsp);
    assert!(p.reasons.contains(&"permanent_residents_not_covered"));
    assert_eq!(condition(&p.conditions, "both_parents_of_one_side"), None);
}

#[test]
fn domestic_worker_family_circumstances_type() {
    let dw = |salary: u64, child: &str| {
        assess(family(
            salary,
            json!({ "children": [{ "birth_date": child }] }),
            "hsp1",
        ))
        .domestic_worker
    };
    let below = dw(9_999_999, "2020-01-01");
    assert!(!below.eligible);
    assert!(below.reasons.contains(&"household_income_10m"));
    let at = dw(10_000_000, "2020-01-01");
    assert!(at.eligible);
    assert_eq!(at.max_workers, 1);
    assert_eq!(at.until, Some(date("2033-01-01")));
    // A child who turned 13 today no longer opens the family-circumstances type.
    let teen = dw(10_000_000, "2013-11-26");
    let family_type = teen
        .types
        .iter()
        .find(|t| t.kind == "family_circumstances")
        .expect("type");
    assert!(!family_type.eligible);
    assert!(teen.reasons.contains(&"only_accompanying_type"));
}

#[test]
fn domestic_worker_spouse_who_cannot_do_housework() {
    let dw = assess(family(
        10_000_000,
        json!({ "spouse_cannot_do_housework": true }),
        "hsp1",
    ))
    .domestic_worker;
    assert!(
        dw.types
            .iter()
            .any(|t| t.kind == "family_circumstances" && t.eligible)
    );
    assert_eq!(dw.until, None);
}

#[test]
fn domestic_worker_jskip_type_two_workers_from_30m() {
    let jskip = |spouse: u64| {
        assess(json!({
        "category": "b", "age": 45, "education": "master", "annual_salary_yen": 25_000_000,
        "household": { "spouse_annual_income_yen": spouse, "children": [{ "birth_date": "2018-01-01" }] },
        "residence": { "current_status": "hsp1", "in_japan_since": "2024-01-01", "jskip_since": "2024-01-01" }
    })).domestic_worker
    };
    assert_eq!(jskip(5_000_000).max_workers, 2);
    // ¥29,999,999: the J-Skip type is closed; the ordinary types allow one (V3, MED).
    let below = jskip(4_999_999);
    assert_eq!(below.max_workers, 1);
    assert!(below.types.iter().any(|t| t.kind == "jskip" && !t.eligible));
}

#[test]
fn domestic_worker_financial_type() {
    let financial = |category: &str, salary: u64| {
        assess(json!({
        "category": category, "age": 45, "education": "master", "annual_salary_yen": salary, "bonuses": ["investment_management"],
        "residence": { "current_status": "hsp1", "in_japan_since": "2024-01-01" }
    })).domestic_worker
    };
    let one = financial("b", 10_000_000);
    assert!(
        one.types
            .iter()
            .any(|t| t.kind == "financial" && t.eligible && t.max_workers == 1)
    );
    assert_eq!(financial("c", 30_000_000).max_workers, 2);
    // Sheet A has no investment-management row: the financial type does not open.
    assert!(
        financial("a", 30_000_000)
            .types
            .iter()
            .any(|t| t.kind == "financial" && !t.eligible)
    );
}

#[test]
fn comparison_carries_this_persons_values() {
    let a = assess(family(
        9_000_000,
        json!({ "spouse_annual_income_yen": 0, "children": [{ "birth_date": "2024-01-01" }] }),
        "hsp1",
    ));
    let parents = a
        .comparison
        .rows
        .iter()
        .find(|r| r.id == "parents")
        .expect("row");
    assert_eq!(
        (parents.hsp1.value, parents.hsp1.until),
        ("eligible", Some(date("2031-01-01")))
    );
    assert_eq!(parents.pr.value, "not_available");
    let lose = &a.comparison.switching.hsp_to_pr.lose;
    assert!(lose.iter().any(|e| e.id == "parents" && e.applies_to_you));
    assert!(
        lose.iter()
            .any(|e| e.id == "domestic_worker" && !e.applies_to_you)
    );
    let revocation = a
        .comparison
        .rows
        .iter()
        .find(|r| r.id == "revocation")
        .expect("row");
    assert_eq!(revocation.pr.value, "revocable_from_2027_04_01");
    // PR → HSP is unconfirmed officially (V6).
    assert_eq!(
        a.comparison.switching.pr_to_hsp.confidence,
        hsp_pr::rules::source::Confidence::Unverified
    );
}

#[test]
fn improvements_are_rescored_on_the_sheet_cheapest_first() {
    // (b), 31, master, 4 years, ¥6.5M, N2 and a Japanese degree: 20+5+20+10+10 (⑭) + 0 (N2 excluded) = 65.
    let a = assess(
        json!({ "category": "b", "age": 31, "education": "master", "experience_years": 4,
        "annual_salary_yen": 6_500_000, "japanese": "n2", "bonuses": ["japanese_university"] }),
    );
    assert_eq!(a.points.total, 65);
    assert_eq!(a.improvements.needed_for_70, 5);
    let options = &a.improvements.options;
    let gain = |change: &str, to: &str| {
        options
            .iter()
            .find(|o| o.change == change && o.to == to)
            .map(|o| o.gain)
    };
    // N1 adds 15: N2 counted nothing here.
    assert_eq!(gain("japanese", "n1"), Some(15));
    assert_eq!(gain("japanese", "n2"), None);
    // SME alone adds nothing without innovation support, so it is not offered.
    assert_eq!(gain("sme", "held"), None);
    assert_eq!(gain("innovation_support", "held"), Some(10));
    let efforts: Vec<u8> = options.iter().map(|o| o.effort).collect();
    assert!(
        efforts.windows(2).all(|w| w[0] <= w[1]),
        "sorted by effort: {efforts:?}"
    );
    let salary = options
        .iter()
        .find(|o| o.change == "salary")
        .expect("a salary option");
    assert_eq!(
        (salary.salary_yen, salary.gain, salary.reaches_70),
        (Some(7_000_000), 5, true)
    );
}

#[test]
fn improvements_name_the_salary_floor() {
    // 85 points but ¥2.5M in (b): the floor is the fix.
    let a = assess(
        json!({ "category": "b", "age": 25, "education": "doctor", "annual_salary_yen": 2_500_000, "japanese": "n1", "bonuses": ["japanese_university", "top_university"] }),
    );
    assert!(!a.hsp.eligible);
    assert!(a.hsp.salary_floor_failed);
    let floor = a
        .improvements
        .options
        .iter()
        .find(|o| o.change == "salary")
        .expect("salary option");
    assert_eq!(
        (floor.salary_yen, floor.reaches_70),
        (Some(3_000_000), true)
    );
}

#[test]
fn unverified_rules_are_listed() {
    let a = assess(family(
        9_000_000,
        json!({ "children": [{ "birth_date": "2024-01-01" }] }),
        "pr",
    ));
    let ids: Vec<&str> = a.unverified.iter().map(|u| u.id).collect();
    assert!(ids.contains(&"both_parents_of_one_side"));
    assert!(ids.contains(&"pr_to_hsp1_change"));
    assert!(ids.contains(&"landing_criteria_current_wording"));
}
