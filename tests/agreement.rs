//! Every face takes its dates and its "eligible now" from the checks (CONTRACT.md "What the
//! dates mean"): the comparison's first row, the copied summary, the timeline's dates ahead
//! and the `hsp-pr:result` event agree with the routes, HSP(i), HSP(ii) and J-Skip, over
//! generated histories (proptest).

mod common;

use common::histories::history;
use common::strategies::profile_json;
use common::{today, value};
use hsp_pr::i18n::{Lang, format};
use hsp_pr::rules::compare::Cell;
use hsp_pr::rules::profile::Status;
use hsp_pr::rules::{Assessment, Date, decode, evaluate};
use hsp_pr::widget::answers;
use hsp_pr::widget::milestones::{Kind, milestones, result_detail};
use hsp_pr::widget::summary::{summary, when};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

/// The first row's cell of a check: held, open now (since), from a date, or not open.
/// Without a residence history, a check that needs one is unknown (`known` false), not
/// "not open" (issue #12).
fn expect_cell(
    cell: &Cell,
    held: bool,
    open: bool,
    date: Option<Date>,
    known: bool,
) -> Result<(), TestCaseError> {
    let expected = match (held, open, date) {
        (true, _, _) => ("held", None),
        (false, true, since) => ("eligible_now", since),
        (false, false, Some(from)) => ("from_date", Some(from)),
        (false, false, None) if !known => ("unknown_without_residence", None),
        (false, false, None) => ("not_open", None),
    };
    prop_assert_eq!((cell.value, cell.date), expected);
    Ok(())
}

fn agree(a: &Assessment, status: Option<Status>, jskip_held: bool) -> Result<(), TestCaseError> {
    let row = a
        .comparison
        .rows
        .iter()
        .find(|r| r.id == "earliest_date")
        .expect("first row");
    let pr_open = a.pr.routes.iter().any(|r| r.eligible_now);
    expect_cell(
        &row.hsp1,
        status == Some(Status::Hsp1) && !jskip_held,
        a.hsp.eligible,
        a.hsp.eligible_from,
        true,
    )?;
    expect_cell(
        &row.hsp2,
        status == Some(Status::Hsp2),
        a.hsp2.eligible,
        a.hsp2.earliest_date,
        status.is_some(),
    )?;
    expect_cell(
        &row.jskip,
        status == Some(Status::Hsp1) && jskip_held,
        a.jskip.eligible,
        a.jskip.earliest_date,
        true,
    )?;
    expect_cell(
        &row.pr,
        status == Some(Status::Pr),
        pr_open,
        a.pr.earliest_date,
        // The PR dates need the history's start (`in_japan_since`).
        !a.pr.routes.iter().any(|r| {
            r.reasons
                .iter()
                .any(|c| matches!(*c, "residence_history_missing" | "in_japan_since_missing"))
        }),
    )?;

    // The summary: one line per dated route, saying "now (since …)" exactly when open.
    let glance = answers::glance(
        a,
        answers::Known {
            gaps: &[],
            left_out: &[],
            status,
            family_given: false,
        },
    );
    let text = summary(a, Lang::En, &glance, None, &[]);
    for route in &a.pr.routes {
        let label = format!("  {}: ", Lang::En.code(route.route));
        let line = text.lines().find(|l| l.starts_with(&label));
        match when(Lang::En, route.eligible_now, route.earliest_date) {
            Some(expected) => {
                let line = line.unwrap_or_default();
                prop_assert!(line.ends_with(&expected), "{:?} vs {:?}", line, expected);
                prop_assert_eq!(line.contains("Now"), route.eligible_now);
            }
            None => prop_assert!(line.is_none(), "{:?}", line),
        }
    }
    let hsp2_line = text.lines().find(|l| l.starts_with("HSP(ii): "));
    if !a.hsp2.already_hsp2 {
        // Worded as the widget words it: "yes, since …" exactly when open, "from …" when
        // closed with a date.
        if a.hsp2.earliest_date.is_some() && status.is_some() {
            prop_assert_eq!(
                hsp2_line.map(|l| l.contains(": yes")),
                Some(a.hsp2.eligible)
            );
        }
    }

    // The timeline: the first day ahead of every closed check, and nothing of an open one.
    let ahead = milestones(a);
    prop_assert!(ahead.iter().all(|m| m.date > a.as_of));
    let dated = |kind: Kind| {
        ahead
            .iter()
            .filter(|m| m.kind == kind)
            .map(|m| m.date)
            .collect::<Vec<_>>()
    };
    let expected = |open: bool, date: Option<Date>| {
        date.filter(|d| !open && *d > a.as_of)
            .into_iter()
            .collect::<Vec<_>>()
    };
    prop_assert_eq!(
        dated(Kind::Hsp1),
        expected(a.hsp.eligible, a.hsp.eligible_from)
    );
    prop_assert_eq!(
        dated(Kind::Hsp2),
        expected(a.hsp2.eligible, a.hsp2.earliest_date)
    );
    prop_assert_eq!(
        dated(Kind::Jskip),
        expected(a.jskip.eligible, a.jskip.earliest_date)
    );
    for route in &a.pr.routes {
        prop_assert_eq!(
            dated(Kind::PrRoute(route.route)),
            expected(route.eligible_now, route.earliest_date)
        );
        // A closed route's date is always ahead: never a past date for what is closed.
        if !route.eligible_now {
            prop_assert!(route.earliest_date.is_none_or(|d| d > a.as_of));
        }
    }

    // The host event.
    let detail = result_detail(a);
    prop_assert_eq!(detail.pr_eligible_now, pr_open);
    prop_assert_eq!(detail.earliest_pr_date, a.pr.earliest_date);
    prop_assert_eq!(
        detail.earliest_pr_date.is_some_and(|d| d <= a.as_of),
        pr_open
    );
    prop_assert_eq!(
        (detail.hsp2_eligible, detail.hsp2_earliest_date),
        (a.hsp2.eligible, a.hsp2.earliest_date)
    );
    prop_assert_eq!(detail.parents_eligible, a.parents.eligible);
    // Dates in words are the same dates.
    if let Some(d) = a.pr.earliest_date {
        prop_assert!(!format::date(Lang::En, d).is_empty());
    }
    Ok(())
}

fn check(json: serde_json::Value) -> Result<(), TestCaseError> {
    let Ok(profile) = decode(&value(json), today(), None) else {
        return Ok(());
    };
    let a = evaluate(&profile);
    let jskip_held = profile
        .residence
        .as_ref()
        .is_some_and(|r| r.jskip_since.is_some());
    agree(&a, profile.status(), jskip_held)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_face_agrees_with_the_checks_over_histories(json in history()) {
        check(json)?;
    }

    #[test]
    fn every_face_agrees_with_the_checks_over_any_profile(json in profile_json()) {
        check(json)?;
    }
}
