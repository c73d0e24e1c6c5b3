//! Worked examples for RULES.md's second addendum (V15–V26), each computed by hand from the
//! rules and commented with the arithmetic. The evaluation date is 2026-11-26 unless given.

mod common;

use common::*;
use hsp_pr::rules::Assessment;
use hsp_pr::rules::compare::Effect;
use hsp_pr::rules::decode::ErrorCode;
use serde_json::json;

fn gain<'a>(a: &'a Assessment, id: &str) -> &'a Effect {
    a.comparison
        .switching
        .pr_to_hsp
        .gain
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("no gain {id}"))
}

fn first_row(a: &Assessment) -> &hsp_pr::rules::compare::Row {
    a.comparison
        .rows
        .iter()
        .find(|r| r.id == "earliest_date")
        .expect("row")
}

/// V15, the audit's first case: 70 points today, 65 three years ago.
/// Today (age 33, 3 years): master 20 + 3 years 5 + ¥6.5M at 33 20 + age 10 + N1 15 = 70.
/// On 2023-11-26 (age 30, no experience): 20 + 0 + 20 + 10 + 15 = 65.
/// From today the total is 70 until 35 (2028-06-01: age 5, 4.5 years 5 → 65), 70 again at
/// 5 years (2028-11-26), until 40. An application on D needs 70 on D and on D − 3 years:
/// D − 3 years ≥ 2026-11-26, so D = 2029-11-26.
#[test]
fn v15_a_fast_track_that_fails_today_is_closed_until_the_look_back_passes() {
    let a = assess(json!({
        "category": "b", "birth_date": "1993-06-01", "education": "master", "experience_years": 3,
        "annual_salary_yen": 6_500_000, "japanese": "n1",
        "residence": { "current_status": "hsp1", "in_japan_since": "2017-01-01",
            "work_status_since": "2017-01-01", "hsp_since": "2024-01-01",
            "salary_3y_before_yen": 6_500_000, "salary_1y_before_yen": 6_500_000 }
    }));
    assert_eq!(a.points.total, 70);
    let hsp70 = route(&a, "hsp70");
    assert!(!hsp70.eligible_now);
    assert_eq!(hsp70.earliest_date, Some(date("2029-11-26")));
    let lookback = hsp70.lookback.as_ref().expect("look-back");
    assert_eq!(
        (lookback.date, lookback.points, lookback.met),
        (date("2023-11-26"), Some(65), false)
    );
    assert!(hsp70.reasons.contains(&"lookback_points_below_70"));
    assert!(hsp70.reasons.contains(&"projected_date"));
    // The look-back of the date itself is today's sheet: nothing assumed.
    let at = hsp70.lookback_at_earliest.as_ref().expect("look-back");
    assert_eq!(
        (at.date, at.points, at.met),
        (date("2026-11-26"), Some(70), true)
    );
    assert!(at.assumptions.is_empty());
    // 80 is never reached (the most is 75, from 7 years); J-Skip needs ¥20M.
    assert_eq!(route(&a, "hsp80").earliest_date, None);
    assert_eq!(route(&a, "jskip").earliest_date, None);
    // The general route: 10 years from 2017-01-01. PR's earliest is the earliest route.
    assert_eq!(route(&a, "general").earliest_date, Some(date("2027-01-01")));
    assert_eq!(a.pr.earliest_date, Some(date("2027-01-01")));
    // HSP(ii): 3 years of HSP(i) on 2027-01-01, at 70 points then.
    assert!(!a.hsp2.eligible);
    assert_eq!(a.hsp2.earliest_date, Some(date("2027-01-01")));
    assert_eq!(first_row(&a).pr.value, "from_date");
}

/// V15, the audit's second case: turned 35 on 2026-06-01 and fell to 65 (master 20, ¥7M at
/// 35 25, age 5, N1 15, no experience). 70 again at 3 years' experience (2029-11-26), until
/// 40 (2031-06-01, when ¥7M stops scoring).
#[test]
fn v15_past_windows_that_closed_give_no_past_dates() {
    let a = assess(json!({
        "category": "b", "birth_date": "1991-06-01", "education": "master", "experience_years": 0,
        "annual_salary_yen": 7_000_000, "japanese": "n1",
        "residence": { "current_status": "hsp1", "in_japan_since": "2018-01-01",
            "work_status_since": "2018-01-01", "hsp_since": "2018-01-01" }
    }));
    assert_eq!(a.points.total, 65);
    assert!(!a.hsp.eligible);
    assert_eq!(a.hsp.eligible_from, Some(date("2029-11-26")));
    assert!(!a.hsp2.eligible);
    assert_eq!(a.hsp2.earliest_date, Some(date("2029-11-26")));
    assert_eq!(route(&a, "general").earliest_date, Some(date("2028-01-01")));
    // 70 from 2029-11-26 to 2031-05-31 only; three years before any of those days, 65.
    assert_eq!(route(&a, "hsp70").earliest_date, None);
    assert!(
        route(&a, "hsp70")
            .reasons
            .contains(&"not_reached_in_projection")
    );
    assert_eq!(route(&a, "hsp80").earliest_date, None);
    assert_eq!(a.pr.earliest_date, Some(date("2028-01-01")));
    let row = first_row(&a);
    assert_eq!(row.hsp1.value, "held");
    assert_eq!(
        (row.hsp2.value, row.hsp2.date),
        ("from_date", Some(date("2029-11-26")))
    );
    assert_eq!(
        (row.pr.value, row.pr.date),
        ("from_date", Some(date("2028-01-01")))
    );
}

/// V15: an open route's date is "since when": the first day of the unbroken run ending
/// today. A doctor at 85 points today (doctor 30, ¥8.5M 30, age 36 5, 10 years 20), in
/// Japan since 2020-01-01, the same salary given for every year. Going back: 85 from
/// 2023-11-26 (7 years, 15) to 2025-06-01 (age 34, 10); 80 on [2021-11-26, 2023-11-26)
/// (5 years, 10, age 10); 75 before (3 years, 5). So 80 holds on every day from
/// 2021-11-26, and the 80-point track (80 on D and on D − 1 year) from 2022-11-26.
#[test]
fn v15_an_open_route_says_since_when() {
    let a = assess(json!({
        "category": "b", "birth_date": "1990-06-01", "education": "doctor", "experience_years": 10,
        "annual_salary_yen": 8_500_000,
        "residence": { "current_status": "hsp1", "in_japan_since": "2020-01-01",
            "salary_1y_before_yen": 8_500_000, "salary_3y_before_yen": 8_500_000 }
    }));
    let hsp80 = route(&a, "hsp80");
    assert!(hsp80.eligible_now);
    // On D − 1 year, 80 needs ≥ 7 years (15): experience reached 7 on 2023-11-26, so the
    // look-back passes from 2024-11-26; on D itself 80 holds throughout.
    assert_eq!(hsp80.earliest_date, Some(date("2022-11-26")));
    assert_eq!(hsp80.basis, Some("calculated"));
    assert_eq!(first_row(&a).pr.value, "eligible_now");
}

/// V16: HSP(ii) after one year of J-Skip only while the J-Skip criteria hold. A (b)
/// engineer, J-Skip since 2024-01-01, at 80 points (master 20, 12 years 20, ¥15M 40, 40+).
#[test]
fn v16_hsp2_after_one_year_of_jskip_only_while_its_criteria_hold() {
    let engineer = |salary: u64| {
        assess(json!({
            "category": "b", "age": 45, "education": "master", "experience_years": 12,
            "annual_salary_yen": salary,
            "residence": { "current_status": "hsp1", "in_japan_since": "2024-01-01",
                "hsp_since": "2024-01-01", "jskip_since": "2024-01-01" }
        }))
    };
    // ¥25M: the criteria hold; one year of J-Skip on 2025-01-01.
    let rich = engineer(25_000_000);
    assert!(rich.hsp2.eligible);
    assert_eq!(rich.hsp2.basis, Some("jskip_1_year"));
    assert_eq!(rich.hsp2.earliest_date, Some(date("2025-01-01")));
    // ¥15M: below ¥20M, the ordinary route: 3 years of HSP(i) (2027-01-01), 80 ≥ 70.
    let lapsed = engineer(15_000_000);
    assert!(!lapsed.hsp2.eligible);
    assert_eq!(lapsed.hsp2.basis, Some("hsp1_3_years"));
    assert_eq!(lapsed.hsp2.earliest_date, Some(date("2027-01-01")));
    assert!(lapsed.hsp2.reasons.contains(&"jskip_criteria_not_met_now"));
    assert!(lapsed.hsp2.reasons.contains(&"hsp1_years_not_yet_served"));
}

/// V17: switching back from PR gains parents, a domestic worker and HSP(ii) only for a
/// person who would qualify. 60 points (bachelor 10, 10 years 20, ¥8M at 40 30), no HSP
/// past, a family that meets the parents' conditions (¥10M household, a child of 2).
#[test]
fn v17_switching_back_promises_only_what_this_person_would_get() {
    let pr = |education: &str, hsp_since: Option<&str>| {
        assess(json!({
            "category": "b", "age": 40, "education": education, "experience_years": 10,
            "annual_salary_yen": 8_000_000,
            "household": { "spouse_annual_income_yen": 2_000_000, "children": [{ "birth_date": "2024-06-01" }] },
            "residence": { "current_status": "pr", "in_japan_since": "2010-01-01",
                "hsp_since": hsp_since, "pr_since": "2020-01-01" }
        }))
    };
    let a = pr("bachelor", None);
    assert_eq!(a.points.total, 60);
    for id in ["parents", "domestic_worker"] {
        let g = gain(&a, id);
        assert!(!g.applies_to_you, "{id}");
        assert!(
            g.missing.contains(&"points_below_70"),
            "{id}: {:?}",
            g.missing
        );
    }
    let hsp2 = gain(&a, "hsp2_possible_with_3_past_years");
    assert!(!hsp2.applies_to_you);
    assert_eq!(hsp2.missing, ["hsp_since_missing"]);
    // A doctor (80 points) with 4 years of HSP(i) before PR gets all three.
    let b = pr("doctor", Some("2016-01-01"));
    assert_eq!(b.points.total, 80);
    for id in [
        "parents",
        "domestic_worker",
        "hsp2_possible_with_3_past_years",
    ] {
        let g = gain(&b, id);
        assert!(
            g.applies_to_you && g.missing.is_empty(),
            "{id}: {:?}",
            g.missing
        );
    }
    // Two years of HSP(i) before PR: the points would do, the years would not.
    let c = pr("doctor", Some("2018-01-01"));
    let g = gain(&c, "hsp2_possible_with_3_past_years");
    assert!(!g.applies_to_you);
    assert!(g.missing.contains(&"hsp1_years_not_served_before_pr"));
    assert!(gain(&c, "parents").applies_to_you);
}

/// V18: a pregnancy and a child under 7: either ground opens it, and the end is 7 years
/// after a birth whose date is not known: no `until`, never the older child's birthday.
#[test]
fn v18_parents_with_a_pregnancy_and_an_older_child() {
    let family = |pregnancy: bool| {
        assess(json!({
            "category": "b", "age": 35, "education": "doctor", "experience_years": 10,
            "annual_salary_yen": 9_000_000,
            "household": { "children": [{ "birth_date": "2022-01-01" }], "pregnancy": pregnancy },
            "residence": { "current_status": "hsp1", "in_japan_since": "2020-01-01", "hsp_since": "2020-01-01" }
        }))
    };
    let with = family(true);
    assert!(with.parents.eligible);
    assert_eq!(with.parents.until, None);
    assert!(
        with.parents
            .reasons
            .contains(&"until_seven_years_after_birth")
    );
    let without = family(false);
    assert_eq!(without.parents.until, Some(date("2029-01-01")));
}

/// V19: someone who does not hold HSP now gets "once you hold HSP(i) or HSP(ii)", never a
/// plain yes; the J-Skip domestic-worker type needs J-Skip status, not only its criteria.
#[test]
fn v19_family_answers_for_someone_not_holding_hsp_yet() {
    let person = |status: Option<&str>| {
        let mut p = json!({
            "category": "b", "age": 35, "education": "doctor", "experience_years": 10,
            "annual_salary_yen": 9_000_000,
            "household": { "children": [{ "birth_date": "2024-01-01" }] }
        });
        if let Some(status) = status {
            p["residence"] = json!({ "current_status": status, "in_japan_since": "2020-01-01" });
        }
        assess(p)
    };
    let abroad = assess(json!({
        "category": "b", "age": 35, "education": "doctor", "experience_years": 10,
        "annual_salary_yen": 9_000_000,
        "household": { "children": [{ "birth_date": "2024-01-01" }] },
        "residence": { "current_status": "outside_japan" }
    }));
    for (p, status, reason) in [
        (person(Some("work")), "work", "not_hsp"),
        (abroad, "outside_japan", "not_hsp"),
        (person(Some("pr")), "pr", "permanent_residents_not_covered"),
        (person(None), "none", "current_status_missing"),
    ] {
        assert!(p.hsp.eligible, "{status}");
        assert!(!p.parents.eligible, "{status}");
        assert!(p.parents.eligible_if_hsp, "{status}");
        assert_eq!(p.parents.requires_status, Some("hsp1_or_hsp2"), "{status}");
        assert!(
            p.parents.reasons.contains(&reason),
            "{status}: {:?}",
            p.parents.reasons
        );
        assert!(!p.domestic_worker.eligible, "{status}");
    }
    let holder = person(Some("hsp1"));
    assert!(holder.parents.eligible && holder.parents.requires_status.is_none());

    // J-Skip criteria met (¥35M, a doctorate), J-Skip status not held.
    let jskip = |jskip_since: Option<&str>| {
        assess(json!({
            "category": "b", "age": 45, "education": "doctor", "experience_years": 10,
            "annual_salary_yen": 35_000_000,
            "residence": { "current_status": "hsp1", "in_japan_since": "2023-06-01",
                "hsp_since": "2023-06-01", "jskip_since": jskip_since }
        }))
        .domestic_worker
    };
    let not_held = jskip(None);
    let jskip_type = not_held
        .types
        .iter()
        .find(|t| t.kind == "jskip")
        .expect("type");
    assert!(!jskip_type.eligible && jskip_type.eligible_once_held);
    assert_eq!(jskip_type.requires_status, Some("jskip"));
    assert_eq!((not_held.max_workers_now, not_held.max_workers), (1, 2));
    let held = jskip(Some("2024-01-01"));
    assert_eq!((held.max_workers_now, held.max_workers), (2, 2));
}

/// V20: spouse rows only where there is a spouse; a single parent says so.
#[test]
fn v20_no_spouse_rows_for_a_single_parent() {
    let parent = |household: serde_json::Value| {
        assess(json!({
            "category": "b", "age": 35, "education": "doctor", "experience_years": 10,
            "annual_salary_yen": 9_000_000, "household": household,
            "residence": { "current_status": "hsp1", "in_japan_since": "2020-01-01", "hsp_since": "2020-01-01" }
        }))
    };
    let single =
        parent(json!({ "has_spouse": false, "children": [{ "birth_date": "2024-01-01" }] }));
    assert!(single.comparison.rows.iter().all(|r| r.id != "spouse_work"));
    let switching = &single.comparison.switching.hsp_to_pr;
    assert!(
        switching
            .lose
            .iter()
            .chain(&switching.gain)
            .all(|e| !e.id.starts_with("spouse_"))
    );
    assert_eq!(route(&single, "spouse").reasons, ["no_spouse"]);
    // Parents still can come to raise the child: the household income is the HSP's own.
    assert!(single.parents.eligible);
    // A spouse's income tells there is a spouse.
    let married = parent(json!({ "spouse_annual_income_yen": 1_000_000 }));
    assert!(
        married
            .comparison
            .rows
            .iter()
            .any(|r| r.id == "spouse_work")
    );
    let lose = &married.comparison.switching.hsp_to_pr.lose;
    assert!(
        lose.iter()
            .any(|e| e.id == "spouse_designated_activities_33" && e.applies_to_you)
    );
    // A spouse's field with `has_spouse: false` is a contradiction.
    let r = rejection(json!({
        "category": "b", "age": 35, "annual_salary_yen": 9_000_000,
        "household": { "has_spouse": false, "spouse_annual_income_yen": 1_000_000, "married_since": "2020-01-01" }
    }));
    assert_errors(
        &r,
        &[
            (
                "household.spouse_annual_income_yen",
                ErrorCode::Contradiction,
            ),
            ("household.married_since", ErrorCode::Contradiction),
        ],
    );
}

/// V21 and V22: the general route's work years leave out 技能実習 and 特定技能1号 (an item to
/// confirm), and a 経営・管理 holder's checklist has the 2025 business-manager criteria.
#[test]
fn v21_v22_the_general_route_checklist() {
    let a = assess(json!({
        "category": "b", "age": 45, "annual_salary_yen": 8_000_000,
        "residence": { "current_status": "business_manager", "in_japan_since": "2014-01-01" }
    }));
    let ids: Vec<&str> = a.pr.checklist.iter().map(|c| c.id).collect();
    assert!(ids.contains(&"work_years_exclude_technical_intern_and_ssw1"));
    assert!(ids.contains(&"business_manager_criteria_2025"));
    // 経営・管理 is a work status: 10 years from arrival, with the work years from arrival.
    let general = route(&a, "general");
    assert!(general.eligible_now);
    assert_eq!(general.earliest_date, Some(date("2024-01-01")));
    let work = assess(json!({
        "category": "b", "age": 45, "annual_salary_yen": 8_000_000,
        "residence": { "current_status": "work", "in_japan_since": "2014-01-01" }
    }));
    assert!(
        !work
            .pr
            .checklist
            .iter()
            .any(|c| c.id == "business_manager_criteria_2025")
    );
}

/// V23: each look-back names what it assumed, and the past can be given.
/// A (b) engineer of 32: master 20, 5 years 10, ¥7M at 32 25, age 10, N1 15 = 80 today.
/// Three years back (29, 2 years): 20 + 0 + 25 + 15 + 15 = 75 on today's N1 and salary.
#[test]
fn v23_look_backs_name_their_assumptions_and_take_the_given_past() {
    let engineer = |past: serde_json::Value| {
        let mut residence = json!({ "current_status": "hsp1", "in_japan_since": "2020-01-01" });
        for (k, v) in past.as_object().expect("object") {
            residence[k] = v.clone();
        }
        assess(json!({
            "category": "b", "birth_date": "1994-06-01", "education": "master", "experience_years": 5,
            "annual_salary_yen": 7_000_000, "japanese": "n1", "residence": residence
        }))
    };
    let assumed = engineer(json!({}));
    let lookback = route(&assumed, "hsp70")
        .lookback
        .clone()
        .expect("look-back");
    assert_eq!(lookback.points, Some(75));
    let items: Vec<(&str, &str)> = lookback
        .assumptions
        .iter()
        .map(|a| (a.item, a.kind))
        .collect();
    assert_eq!(
        items,
        [
            ("salary", "as_today"),
            ("education", "as_today"),
            ("japanese", "as_today")
        ]
    );
    assert_eq!(lookback.assumptions[0].yen, Some(7_000_000));
    assert_eq!(lookback.assumptions[2].value, Some("n1"));
    assert!(
        route(&assumed, "hsp70")
            .reasons
            .contains(&"lookback_salary_assumed")
    );

    // Given: N2 and ¥5M three years back (both facts): 20 + 0 + 15 + 15 + 10 = 60.
    let given = engineer(json!({
        "salary_3y_before_yen": 5_000_000, "salary_1y_before_yen": 7_000_000,
        "sheet_3y_before": { "japanese": "n2", "education": "master" }
    }));
    let hsp70 = route(&given, "hsp70");
    let lookback = hsp70.lookback.as_ref().expect("look-back");
    assert_eq!(lookback.points, Some(60));
    assert!(!lookback.met && !hsp70.eligible_now);
    assert!(
        lookback.assumptions.is_empty(),
        "{:?}",
        lookback.assumptions
    );
    assert_eq!(lookback.facts, ["salary", "education", "japanese"]);
    // N1 came on a day between 2023-11-26 and today, and the raise to ¥7M between then and
    // 2025-11-26: both read as late as they can (V23). From 2025-11-26 (age 31, 4 years 5,
    // ¥7M 25, N2 10) the total is 70, so the look-back passes three years on, 2028-11-26.
    // Had both come the day after 2023-11-26 (age 29: 15, ¥7M 25, N1 15 → 75), from
    // 2026-11-27.
    assert_eq!(hsp70.earliest_date, Some(date("2028-11-26")));
    assert_eq!(hsp70.could_be_as_early_as, Some(date("2026-11-27")));
    assert!(
        hsp70
            .reasons
            .contains(&"could_be_earlier_change_date_unknown")
    );

    // A degree "then" higher than today's is impossible.
    let r = rejection(json!({
        "category": "b", "age": 32, "education": "master", "annual_salary_yen": 7_000_000,
        "residence": { "current_status": "hsp1", "sheet_3y_before": { "education": "doctor" } }
    }));
    assert_errors(
        &r,
        &[(
            "residence.sheet_3y_before.education",
            ErrorCode::Contradiction,
        )],
    );
    // Unknown names inside a past sheet are errors on that member.
    let r = rejection(json!({
        "category": "b", "age": 32, "annual_salary_yen": 7_000_000,
        "residence": { "current_status": "hsp1", "sheet_1y_before": { "bonuses": { "sme": true, "nope": true }, "research": ["papers"] } }
    }));
    assert_errors(
        &r,
        &[
            (
                "residence.sheet_1y_before.bonuses.nope",
                ErrorCode::UnknownField,
            ),
            ("residence.sheet_1y_before.research", ErrorCode::WrongType),
        ],
    );
}

/// V24: ¥10,000 until the new fees apply, by 2027-03-31 at the latest (cap ¥300,000).
#[test]
fn v24_the_pr_fee() {
    let on = |as_of: &str| {
        assess(
            json!({ "as_of": as_of, "category": "b", "age": 40, "annual_salary_yen": 5_000_000 }),
        )
    };
    let before = on("2027-03-30");
    assert_eq!(
        before.pr.fee.rule_on_as_of,
        "fee_10000_yen_rising_by_2027_03_31"
    );
    assert_eq!(before.pr.fee.current_yen, Some(10_000));
    assert_eq!(before.pr.fee.cap_yen, 300_000);
    let after = on("2027-03-31");
    assert_eq!(after.pr.fee.rule_on_as_of, "fee_set_by_cabinet_order");
    assert_eq!(after.pr.fee.current_yen, None);
    let cell = &after
        .comparison
        .rows
        .iter()
        .find(|r| r.id == "fee_and_processing")
        .expect("row")
        .pr;
    assert_eq!(cell.value, "fee_set_by_cabinet_order");
}

/// V25 and V26: the planned tightening is a dated note, never a condition; PR revocation's
/// reach to earlier arrears is unconfirmed.
#[test]
fn v25_v26_notes() {
    let a = assess(json!({ "category": "b", "age": 40, "annual_salary_yen": 5_000_000 }));
    let planned = &a.pr.planned_changes;
    assert_eq!(planned.len(), 1);
    assert_eq!(planned[0].id, "pr_review_tightening_planned");
    assert_eq!(planned[0].announced, date("2026-01-23"));
    assert!(!a.pr.checklist.iter().any(|c| c.id == planned[0].id));
    assert!(
        a.unverified
            .iter()
            .any(|u| u.id == "revocation_arrears_before_2027")
    );
}
