//! PR routes (RULES.md §3), HSP(ii) (§2.2) and J-Skip (§6): earliest dates, each route's
//! boundary day, leap days and the 29 February rule, the look-back of the fast track.

mod common;

use common::*;
use hsp_pr::rules::decode;
use serde_json::{Value as Json, json};

/// A (b) engineer at exactly 70 points now (age 29 → 15, master 20, ¥5.5M → 15, N2 10,
/// innovation support 10, no experience). Turning 30 on 2027-01-15 drops them to 65; three
/// years of experience (on 2029-11-26) brings them back to 70, five years to 75; at 35
/// (2032-01-15) age gives 5 and ¥5.5M nothing: 55.
fn cliff_engineer(residence: Json) -> Json {
    json!({
        "category": "b", "birth_date": "1997-01-15", "education": "master",
        "annual_salary_yen": 5_500_000, "japanese": "n2", "bonuses": ["innovation_support"],
        "residence": residence
    })
}

/// A (b) doctor, 36 on the evaluation date: 85 points now (doctor 30, 10 years 20, ¥8.5M 30,
/// age 5).
fn senior_doctor(residence: Json) -> Json {
    json!({
        "category": "b", "birth_date": "1990-06-01", "education": "doctor", "experience_years": 10,
        "annual_salary_yen": 8_500_000, "residence": residence
    })
}

fn at(mut profile: Json, as_of: &str) -> Json {
    profile["as_of"] = json!(as_of);
    profile
}

#[test]
fn general_route_needs_10_years_and_5_in_a_work_status() {
    let p = |as_of| {
        at(
            json!({ "category": "b", "age": 40, "annual_salary_yen": 5_000_000,
        "residence": { "current_status": "work", "in_japan_since": "2016-11-26", "work_status_since": "2016-11-26" } }),
            as_of,
        )
    };
    let the_day_before = assess(p("2026-11-25"));
    let general = route(&the_day_before, "general");
    assert_eq!(general.earliest_date, Some(date("2026-11-26")));
    assert!(!general.eligible_now);
    assert!(general.reasons.contains(&"residence_under_10_years"));
    assert!(route(&assess(p("2026-11-26")), "general").eligible_now);

    // A late work status pushes the date: 5 years from 2022-03-01.
    let late = assess(
        json!({ "category": "b", "age": 40, "annual_salary_yen": 5_000_000,
        "residence": { "current_status": "work", "in_japan_since": "2010-01-01", "work_status_since": "2022-03-01" } }),
    );
    assert_eq!(
        route(&late, "general").earliest_date,
        Some(date("2027-03-01"))
    );
    assert!(
        route(&late, "general")
            .reasons
            .contains(&"work_status_under_5_years")
    );
}

#[test]
fn dates_from_29_february_fall_on_28_february() {
    let a = assess(
        json!({ "category": "b", "age": 40, "annual_salary_yen": 5_000_000,
        "residence": { "current_status": "work", "in_japan_since": "2016-02-29", "work_status_since": "2016-02-29" } }),
    );
    assert_eq!(route(&a, "general").earliest_date, Some(date("2026-02-28")));

    // Item ア alone: paid ¥3M a year back, so the look-back of item イ fails, and the
    // declared run of 2024-02-29 lasts a year on 2025-02-28.
    let declared = |since: &str| {
        senior_doctor(
            json!({ "current_status": "hsp1", "in_japan_since": "2015-01-01",
        "hsp_since": "2016-01-01", "points_80_since": since, "salary_1y_before_yen": 3_000_000 }),
        )
    };
    let a = assess(declared("2024-02-29"));
    let hsp80 = route(&a, "hsp80");
    assert!(hsp80.eligible_now);
    assert_eq!(hsp80.earliest_date, Some(date("2025-02-28")));
    assert_eq!(hsp80.basis, Some("recognised"));
    // The look-back of item イ itself reads 29 February back as 28 February.
    let a = assess(at(
        senior_doctor(json!({ "current_status": "hsp1", "in_japan_since": "2015-01-01" })),
        "2025-02-28",
    ));
    assert_eq!(
        route(&a, "hsp80").lookback.as_ref().map(|l| l.date),
        Some(date("2024-02-28"))
    );
    let a = assess(
        json!({ "category": "b", "age": 40, "annual_salary_yen": 5_000_000, "as_of": "2030-01-01",
        "residence": { "current_status": "work", "in_japan_since": "2018-02-28", "work_status_since": "2018-02-28" } }),
    );
    assert_eq!(route(&a, "general").earliest_date, Some(date("2028-02-28")));
}

#[test]
fn hsp70_recognised_run_boundary_day() {
    let p = |as_of| {
        at(
            senior_doctor(
                json!({ "current_status": "hsp1", "in_japan_since": "2020-01-01",
        "hsp_since": "2023-11-26", "points_70_since": "2023-11-26",
        "salary_3y_before_yen": 3_000_000, "salary_1y_before_yen": 3_000_000 }),
            ),
            as_of,
        )
    };
    let before = assess(p("2026-11-25"));
    let hsp70 = route(&before, "hsp70");
    assert_eq!(hsp70.earliest_date, Some(date("2026-11-26")));
    assert_eq!(hsp70.basis, Some("recognised"));
    assert!(!hsp70.eligible_now);
    assert!(hsp70.reasons.contains(&"projected_date"));
    let on = assess(p("2026-11-26"));
    assert!(route(&on, "hsp70").eligible_now);
    assert_eq!(route(&on, "hsp70").basis, Some("recognised"));
    assert_eq!(route(&on, "hsp70").earliest_date, Some(date("2026-11-26")));
}

#[test]
fn hsp70_calculated_with_the_past_salary_given() {
    // Three years back (2023-11-26): 33, 7 years, ¥6.5M → doctor 30 + 15 + 20 + 10 = 75.
    let a = assess(senior_doctor(
        json!({ "current_status": "hsp1", "in_japan_since": "2020-01-01",
        "salary_3y_before_yen": 6_500_000, "salary_1y_before_yen": 8_000_000 }),
    ));
    let hsp70 = route(&a, "hsp70");
    assert!(hsp70.eligible_now);
    assert_eq!(hsp70.basis, Some("calculated"));
    let lookback = hsp70.lookback.as_ref().expect("look-back");
    assert_eq!(
        (
            lookback.date,
            lookback.points,
            lookback.met,
            lookback.salary_assumed
        ),
        (date("2023-11-26"), Some(75), true, false)
    );
    assert!(!hsp70.reasons.contains(&"lookback_salary_assumed"));
}

#[test]
fn hsp70_calculated_without_the_past_salary_is_unconfirmed() {
    let a = assess(senior_doctor(
        json!({ "current_status": "hsp1", "in_japan_since": "2020-01-01" }),
    ));
    let hsp70 = route(&a, "hsp70");
    assert!(hsp70.eligible_now);
    assert!(hsp70.reasons.contains(&"lookback_salary_assumed"));
    assert!(hsp70.lookback.as_ref().is_some_and(|l| l.salary_assumed));
}

#[test]
fn hsp70_low_past_salary_moves_the_date_to_when_the_look_back_passes() {
    // Paid ¥3.5M a year ago and ¥8.5M today: the raise came on a day between, not given.
    // Read as late as it can (today, V23), the look-back must reach today: 2029-11-26. Had
    // it come the day after 2025-11-26, 2028-11-27; the route says so.
    let a = assess(senior_doctor(
        json!({ "current_status": "hsp1", "in_japan_since": "2020-01-01",
        "salary_3y_before_yen": 3_500_000, "salary_1y_before_yen": 3_500_000 }),
    ));
    let hsp70 = route(&a, "hsp70");
    assert!(!hsp70.eligible_now);
    assert_eq!(hsp70.lookback.as_ref().and_then(|l| l.points), Some(55));
    assert_eq!(hsp70.earliest_date, Some(date("2029-11-26")));
    assert_eq!(hsp70.could_be_as_early_as, Some(date("2028-11-27")));
    assert!(hsp70.reasons.contains(&"projected_date"));
    assert!(
        hsp70
            .reasons
            .contains(&"could_be_earlier_change_date_unknown")
    );
    assert!(hsp70.reasons.contains(&"lookback_points_below_70"));
    // One year back the salary was also low: 80 points needs a year at the new salary.
    let hsp80 = route(&a, "hsp80");
    assert_eq!(hsp80.earliest_date, Some(date("2027-11-26")));
    assert_eq!(hsp80.could_be_as_early_as, Some(date("2026-11-27")));
}

#[test]
fn an_age_cliff_breaks_a_declared_run() {
    let a = assess(cliff_engineer(
        json!({ "current_status": "hsp1", "in_japan_since": "2024-06-01",
        "hsp_since": "2025-01-01", "points_70_since": "2025-01-01" }),
    ));
    assert_eq!(a.points.total, 70);
    let changes: Vec<(String, &str, u32, u32)> = a
        .points_timeline
        .iter()
        .map(|c| (c.date.to_string(), c.cause, c.total_before, c.total_after))
        .collect();
    assert_eq!(
        changes,
        vec![
            ("2027-01-15".to_owned(), "age_30", 70, 65),
            ("2029-11-26".to_owned(), "experience_3_years", 65, 70),
            ("2031-11-26".to_owned(), "experience_5_years", 70, 75),
            ("2032-01-15".to_owned(), "age_35", 75, 55),
            ("2033-11-26".to_owned(), "experience_7_years", 55, 60),
            ("2036-11-26".to_owned(), "experience_10_years", 60, 65),
            ("2037-01-15".to_owned(), "age_40", 65, 60),
        ]
    );
    // Item イ reads only two dates: 70 on 2029-11-26 and 70 on 2026-11-26 (today).
    let hsp70 = route(&a, "hsp70");
    assert_eq!(hsp70.earliest_date, Some(date("2029-11-26")));
    assert_eq!(hsp70.basis, Some("calculated"));
    // HSP(ii): 3 years of HSP(i) on 2028-01-01, but 70 points again only from 2029-11-26.
    assert_eq!(a.hsp2.earliest_date, Some(date("2029-11-26")));
    assert!(!a.hsp2.eligible);
}

#[test]
fn hsp2_after_3_years_of_hsp1() {
    let p = |as_of| {
        at(
            senior_doctor(
                json!({ "current_status": "hsp1", "in_japan_since": "2020-01-01", "hsp_since": "2023-11-26" }),
            ),
            as_of,
        )
    };
    let before = assess(p("2026-11-25"));
    assert_eq!(before.hsp2.earliest_date, Some(date("2026-11-26")));
    assert!(!before.hsp2.eligible);
    assert!(before.hsp2.reasons.contains(&"hsp1_years_not_yet_served"));
    let on = assess(p("2026-11-26"));
    assert!(on.hsp2.eligible);
    assert_eq!(on.hsp2.basis, Some("hsp1_3_years"));
    assert!(
        assess(senior_doctor(
            json!({ "current_status": "hsp2", "hsp_since": "2015-01-01" })
        ))
        .hsp2
        .already_hsp2
    );
}

#[test]
fn hsp2_for_a_permanent_resident_with_past_hsp_years() {
    // V5: a PR holder with ≥ 3 past years of HSP(i) may change to HSP(ii).
    let a = assess(senior_doctor(
        json!({ "current_status": "pr", "in_japan_since": "2015-01-01", "hsp_since": "2018-01-01", "pr_since": "2021-06-01" }),
    ));
    assert!(a.hsp2.eligible);
    let short = assess(senior_doctor(
        json!({ "current_status": "pr", "in_japan_since": "2015-01-01", "hsp_since": "2019-01-01", "pr_since": "2021-06-01" }),
    ));
    assert!(!short.hsp2.eligible);
    assert_eq!(short.hsp2.earliest_date, None);
}

fn jskip_engineer(residence: Json) -> Json {
    json!({ "category": "b", "age": 45, "education": "master", "experience_years": 12,
        "annual_salary_yen": 25_000_000, "residence": residence })
}

#[test]
fn jskip_pr_and_hsp2_after_one_year() {
    let p = |as_of| {
        at(
            jskip_engineer(
                json!({ "current_status": "hsp1", "in_japan_since": "2025-06-01", "jskip_since": "2025-12-01",
                    "hsp_since": "2025-12-01", "salary_1y_before_yen": 12_000_000 }),
            ),
            as_of,
        )
    };
    let before = assess(p("2026-11-30"));
    assert!(before.jskip.eligible);
    assert_eq!(
        route(&before, "jskip").earliest_date,
        Some(date("2026-12-01"))
    );
    assert!(!route(&before, "jskip").eligible_now);
    assert_eq!(before.hsp2.earliest_date, Some(date("2026-12-01")));
    let on = assess(p("2026-12-01"));
    assert!(route(&on, "jskip").eligible_now);
    assert!(on.hsp2.eligible);
    assert_eq!(on.hsp2.basis, Some("jskip_1_year"));
    assert_eq!(on.hsp2.years_required, 1);
}

#[test]
fn jskip_criteria_edges() {
    let j = |category: &str, salary: u64, education: &str, years: f64| {
        assess(json!({ "category": category, "age": 50, "education": education, "experience_years": years, "annual_salary_yen": salary })).jskip.eligible
    };
    assert!(!j("b", 19_999_999, "master", 0.0));
    assert!(j("b", 20_000_000, "master", 0.0));
    assert!(j("a", 20_000_000, "professional", 0.0));
    assert!(j("b", 20_000_000, "mba_mot", 0.0));
    assert!(!j("b", 20_000_000, "bachelor", 9.99));
    assert!(j("b", 20_000_000, "bachelor", 10.0));
    // V2: the 10-year route needs no degree at all.
    assert!(j("b", 20_000_000, "none", 10.0));
    assert!(!j("c", 39_999_999, "mba_mot", 30.0));
    assert!(!j("c", 40_000_000, "doctor", 4.99));
    assert!(j("c", 40_000_000, "none", 5.0));
    // P7 (¥22M CEO) is not J-Skip.
    assert!(!j("c", 22_000_000, "mba_mot", 12.0));
}

#[test]
fn spouse_route_three_years_of_marriage_and_one_in_japan() {
    let p = |as_of| {
        at(
            json!({ "category": "b", "age": 35, "annual_salary_yen": 4_000_000,
        "household": { "spouse_japanese_or_pr": true, "married_since": "2023-11-26" },
        "residence": { "current_status": "work", "in_japan_since": "2025-11-26" } }),
            as_of,
        )
    };
    let before = assess(p("2026-11-25"));
    let spouse = route(&before, "spouse");
    assert_eq!(spouse.earliest_date, Some(date("2026-11-26")));
    assert!(
        spouse.reasons.contains(&"marriage_under_3_years")
            && spouse.reasons.contains(&"residence_under_1_year")
    );
    let on = assess(p("2026-11-26"));
    assert!(route(&on, "spouse").eligible_now);
    assert_eq!(
        route(&on, "spouse").exempt,
        vec!["good_conduct", "independent_livelihood"]
    );
    let unmarried = assess(
        json!({ "category": "b", "age": 35, "annual_salary_yen": 4_000_000, "residence": { "current_status": "work", "in_japan_since": "2020-01-01" } }),
    );
    assert_eq!(route(&unmarried, "spouse").earliest_date, None);
}

#[test]
fn long_term_resident_route_five_years() {
    let p = |as_of| {
        at(
            json!({ "category": "b", "age": 35, "annual_salary_yen": 4_000_000,
        "residence": { "current_status": "long_term_resident", "in_japan_since": "2018-01-01", "current_status_since": "2021-11-26" } }),
            as_of,
        )
    };
    assert!(!route(&assess(p("2026-11-25")), "long_term_resident").eligible_now);
    let on = assess(p("2026-11-26"));
    assert!(route(&on, "long_term_resident").eligible_now);
    assert_eq!(
        route(&on, "long_term_resident").earliest_date,
        Some(date("2026-11-26"))
    );
}

#[test]
fn outside_japan_and_already_pr() {
    let outside = assess(senior_doctor(json!({ "current_status": "outside_japan" })));
    assert_eq!(outside.pr.routes.len(), 6);
    assert!(
        outside
            .pr
            .routes
            .iter()
            .all(|r| r.earliest_date.is_none() && r.reasons == ["not_resident_in_japan"])
    );
    let pr = assess(senior_doctor(
        json!({ "current_status": "pr", "in_japan_since": "2010-01-01" }),
    ));
    assert!(pr.pr.already_permanent_resident);
    assert!(
        pr.pr
            .routes
            .iter()
            .all(|r| !r.eligible_now && r.reasons == ["already_permanent_resident"])
    );
    let no_history = assess(senior_doctor(json!(null)));
    assert!(
        no_history
            .pr
            .routes
            .iter()
            .all(|r| r.reasons == ["residence_history_missing"])
    );
}

#[test]
fn longest_period_of_stay_rule_changes_on_2027_04_01() {
    let p = |as_of, status| {
        at(
            senior_doctor(json!({ "current_status": status, "in_japan_since": "2015-01-01" })),
            as_of,
        )
    };
    assert_eq!(
        assess(p("2027-03-31", "work"))
            .pr
            .longest_period_of_stay
            .rule_on_as_of,
        "three_years_counts"
    );
    assert_eq!(
        assess(p("2027-04-01", "work"))
            .pr
            .longest_period_of_stay
            .rule_on_as_of,
        "maximum_required"
    );
    let hsp = assess(p("2027-04-01", "hsp1"));
    assert!(hsp.pr.longest_period_of_stay.met_by_status);
    let item = hsp
        .pr
        .checklist
        .iter()
        .find(|c| c.id == "longest_period_of_stay")
        .expect("item");
    assert_eq!(item.met, Some(true));
}

#[test]
fn without_a_birth_date_age_cliffs_are_marked_inexact() {
    // Age 29 only: the cliff at 30 is shown on the earliest possible day, not exact.
    let a = assess(
        json!({ "category": "b", "age": 29, "annual_salary_yen": 5_500_000, "education": "master" }),
    );
    let cliff = a.points_timeline.first().expect("a cliff");
    assert_eq!(
        (cliff.cause, cliff.date, cliff.exact),
        ("age_30", date("2026-11-27"), false)
    );
}

#[test]
fn as_of_override_moves_every_date_computation() {
    let v = value(senior_doctor(
        json!({ "current_status": "hsp1", "in_japan_since": "2020-01-01", "hsp_since": "2023-11-26" }),
    ));
    let later = decode(&v, today(), Some(date("2030-01-01"))).expect("valid");
    assert_eq!(later.age, 39);
}

#[test]
fn jskip_earliest_date_when_experience_will_meet_it() {
    let a = assess(
        json!({ "category": "b", "age": 40, "education": "bachelor", "experience_years": 9, "annual_salary_yen": 25_000_000 }),
    );
    assert!(!a.jskip.eligible);
    assert_eq!(a.jskip.earliest_date, Some(date("2027-11-26")));
    let now = assess(
        json!({ "category": "b", "age": 40, "education": "master", "annual_salary_yen": 25_000_000 }),
    );
    // Met now, and (on today's salary, assumed) since J-Skip began.
    assert!(now.jskip.eligible);
    assert_eq!(now.jskip.earliest_date, Some(date("2023-04-21")));
    let never = assess(
        json!({ "category": "b", "age": 40, "education": "master", "annual_salary_yen": 19_000_000 }),
    );
    assert_eq!(never.jskip.earliest_date, None);
}

#[test]
fn comparison_first_row_says_when_each_status_is_open() {
    let a = assess(cliff_engineer(
        json!({ "current_status": "hsp1", "in_japan_since": "2024-06-01", "hsp_since": "2025-01-01", "points_70_since": "2025-01-01" }),
    ));
    let first = &a.comparison.rows[0];
    assert_eq!(first.id, "earliest_date");
    assert_eq!(first.hsp1.value, "held");
    assert_eq!(
        (first.hsp2.value, first.hsp2.date),
        ("from_date", Some(date("2029-11-26")))
    );
    assert_eq!(
        (first.pr.value, first.pr.date),
        ("from_date", Some(date("2029-11-26")))
    );
    assert_eq!(first.jskip.value, "not_open");
}

/// Without a birth date the oldest birthday consistent with the age is taken, also next to
/// a leap day: aged 29 on 2028-02-28 means born on 1998-03-01 at the earliest, so 29 that day
/// (age 15, ¥6M at 29 20, master 20, 3 years 5, N2 10 = 70), turning 30 on 2028-03-01 (nobody
/// turns 30 on 2028-02-29: nobody was born on 1998-02-29).
#[test]
fn an_age_alone_next_to_a_leap_day_is_that_age_on_the_day() {
    for (as_of, turns_30) in [
        ("2028-02-28", "2028-03-01"),
        ("2028-02-29", "2028-03-01"),
        ("2024-02-28", "2024-03-01"),
        ("2029-02-28", "2029-03-01"),
        ("2026-11-26", "2026-11-27"),
    ] {
        let a = assess(
            json!({ "as_of": as_of, "category": "b", "age": 29, "education": "master",
            "experience_years": 3, "annual_salary_yen": 6_000_000, "japanese": "n2" }),
        );
        assert_eq!(
            (a.age, a.points.total, a.hsp.eligible),
            (29, 70, true),
            "{as_of}"
        );
        let cliff = a.points_timeline.first().expect("the cliff at 30");
        assert_eq!(cliff.cause, "age_30", "{as_of}");
        assert_eq!(cliff.date, date(turns_30), "{as_of}");
    }
}
