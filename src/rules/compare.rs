//! HSP(i), HSP(ii), J-Skip and PR side by side (RULES.md §2, §7), with this person's values
//! where they apply, and what switching either way loses or gains (§7.2).

use serde::Serialize;

use super::date::Date;
use super::family::{DomesticWorker, Parents};
use super::hsp::{Hsp, Hsp2};
use super::jskip::JSkip;
use super::pr::Pr;
use super::pr::longest_period_cutoff;
use super::profile::{Profile, Status};
use super::source::Confidence;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    /// Whether the J-Skip column applies to this person (eligible or holding it).
    pub jskip_applies: bool,
    pub rows: Vec<Row>,
    pub switching: Switching,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    pub id: &'static str,
    pub hsp1: Cell,
    pub hsp2: Cell,
    pub jskip: Cell,
    pub pr: Cell,
    pub source: &'static str,
    pub confidence: Confidence,
}

/// A value code the UI translates, with this person's date or count where one applies.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cell {
    pub value: &'static str,
    /// From when (the `earliest_date` row).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
}

fn cell(value: &'static str) -> Cell {
    Cell {
        value,
        date: None,
        until: None,
        count: None,
    }
}

/// When this person could hold each status: the first row of the comparison.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dates {
    pub hsp1_eligible: bool,
    pub jskip: Option<Date>,
    pub hsp2: Option<Date>,
    pub already_hsp2: bool,
    /// The earliest date over every PR route.
    pub pr: Option<Date>,
}

impl Dates {
    pub fn of(hsp: &Hsp, jskip: &JSkip, hsp2: &Hsp2, pr: &Pr) -> Dates {
        Dates {
            hsp1_eligible: hsp.eligible,
            jskip: jskip.earliest_date,
            hsp2: hsp2.earliest_date,
            already_hsp2: hsp2.already_hsp2,
            pr: pr.earliest_date,
        }
    }
}

/// `held`, `eligible_now`, `from_date` (with the date) or `not_open`.
fn availability(held: bool, date: Option<Date>, as_of: Date) -> Cell {
    match (held, date) {
        (true, _) => cell("held"),
        (false, Some(date)) if date <= as_of => cell("eligible_now"),
        (false, Some(date)) => Cell {
            date: Some(date),
            ..cell("from_date")
        },
        (false, None) => cell("not_open"),
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Switching {
    pub hsp_to_pr: Switch,
    pub pr_to_hsp: Switch,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Switch {
    pub lose: Vec<Effect>,
    pub gain: Vec<Effect>,
    pub source: &'static str,
    pub confidence: Confidence,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Effect {
    pub id: &'static str,
    /// Whether it matters to this person now (e.g. parents: they qualify today).
    pub applies_to_you: bool,
}

fn effect(id: &'static str, applies_to_you: bool) -> Effect {
    Effect { id, applies_to_you }
}

fn row(id: &'static str, cells: [Cell; 4], source: &'static str, confidence: Confidence) -> Row {
    let [hsp1, hsp2, jskip, pr] = cells;
    Row {
        id,
        hsp1,
        hsp2,
        jskip,
        pr,
        source,
        confidence,
    }
}

fn parents_cell(parents: &Parents) -> Cell {
    let open = parents.eligible_if_hsp;
    Cell {
        until: parents.until.filter(|_| open),
        ..cell(if open {
            "eligible"
        } else {
            "conditions_not_met"
        })
    }
}

fn worker_cell(worker: &DomesticWorker, max: u32) -> Cell {
    let count = worker.max_workers.min(max);
    let open = worker.eligible_if_hsp && count > 0;
    Cell {
        until: worker.until.filter(|_| open),
        count: open.then_some(count),
        ..cell(if open {
            "eligible"
        } else {
            "conditions_not_met"
        })
    }
}

pub fn compare(
    profile: &Profile,
    dates: &Dates,
    parents: &Parents,
    worker: &DomesticWorker,
) -> Comparison {
    let status = profile.status();
    let as_of = profile.as_of;
    let jskip_held = profile
        .residence
        .as_ref()
        .is_some_and(|r| r.jskip_since.is_some());
    let revocation = if profile.as_of >= longest_period_cutoff() {
        "revocable_in_force"
    } else {
        "revocable_from_2027_04_01"
    };
    // Only the J-Skip type allows 2 workers to every J-Skip holder; others get 1 (or 2 in
    // the financial type).
    let ordinary_max = worker
        .types
        .iter()
        .filter(|t| t.eligible && t.kind != "jskip")
        .map(|t| t.max_workers)
        .max()
        .unwrap_or(0);
    let jskip_max = worker.max_workers;
    let hsp1_date = dates.hsp1_eligible.then_some(as_of);
    let rows = vec![
        row(
            "earliest_date",
            [
                availability(
                    status == Some(Status::Hsp1) && !jskip_held,
                    hsp1_date,
                    as_of,
                ),
                availability(
                    status == Some(Status::Hsp2) || dates.already_hsp2,
                    dates.hsp2,
                    as_of,
                ),
                availability(
                    status == Some(Status::Hsp1) && jskip_held,
                    dates.jskip,
                    as_of,
                ),
                availability(status == Some(Status::Pr), dates.pr, as_of),
            ],
            "RULES §1.6, §2.2, §3, §6",
            Confidence::Med,
        ),
        row(
            "period_of_stay",
            [
                cell("5_years"),
                cell("indefinite"),
                cell("5_years"),
                cell("indefinite"),
            ],
            "S7; V7; RULES §7",
            Confidence::High,
        ),
        row(
            "activities",
            [
                cell("designated_activity_and_related"),
                cell("hsp_and_most_work_activities"),
                cell("designated_activity_and_related"),
                cell("unrestricted"),
            ],
            "RULES §2.1, §2.2, §7",
            Confidence::Med,
        ),
        row(
            "job_change",
            [
                cell("change_of_status_permission"),
                cell("notification_only"),
                cell("change_of_status_permission"),
                cell("free"),
            ],
            "S7; RULES §2.1, §7",
            Confidence::Med,
        ),
        row(
            "spouse_work",
            [
                cell("designated_activities_33"),
                cell("designated_activities_33"),
                cell("designated_activities_33_widened"),
                cell("spouse_of_pr_unrestricted"),
            ],
            "S16; RULES §7",
            Confidence::Med,
        ),
        row(
            "parents",
            [
                parents_cell(parents),
                parents_cell(parents),
                parents_cell(parents),
                cell("not_available"),
            ],
            "S8; S9; RULES §4, §7",
            Confidence::Med,
        ),
        row(
            "domestic_worker",
            [
                worker_cell(worker, ordinary_max),
                worker_cell(worker, ordinary_max),
                worker_cell(worker, jskip_max),
                cell("not_available"),
            ],
            "S8; S17; S5; RULES §5, §7",
            Confidence::Med,
        ),
        row(
            "priority_processing",
            [
                cell("yes_10_or_5_days"),
                cell("no"),
                cell("yes_10_or_5_days"),
                cell("not_applicable"),
            ],
            "S15; V4",
            Confidence::Med,
        ),
        row(
            "pr_fast_track",
            [
                cell("after_1_or_3_years"),
                cell("after_1_or_3_years"),
                cell("after_1_year"),
                cell("not_applicable"),
            ],
            "S10 §2 items 6–8",
            Confidence::Med,
        ),
        row(
            "renewal",
            [
                cell("every_5_years_points_reassessed"),
                cell("none"),
                cell("every_5_years_criteria_reassessed"),
                cell("none"),
            ],
            "V7; S6 Q11",
            Confidence::Med,
        ),
        row(
            "residence_card",
            [
                cell("until_end_of_stay"),
                cell("renew_every_7_years"),
                cell("until_end_of_stay"),
                cell("renew_every_7_years"),
            ],
            "入管法19条の5 (tebiq)",
            Confidence::Med,
        ),
        row(
            "special_reentry",
            [
                cell("1_year_within_period_of_stay"),
                cell("1_year"),
                cell("1_year_within_period_of_stay"),
                cell("1_year"),
            ],
            "S12",
            Confidence::High,
        ),
        row(
            "reentry_permit",
            [
                cell("up_to_5_years_within_period_of_stay"),
                cell("up_to_5_years"),
                cell("up_to_5_years_within_period_of_stay"),
                cell("up_to_5_years"),
            ],
            "S12",
            Confidence::Med,
        ),
        row(
            "cancellation",
            [
                cell("3_months_without_activity"),
                cell("6_months_without_activity"),
                cell("3_months_without_activity"),
                cell("not_applicable"),
            ],
            "S13 (入管法22条の4①六)",
            Confidence::High,
        ),
        row(
            "revocation",
            [
                cell("general_grounds"),
                cell("general_grounds"),
                cell("general_grounds"),
                cell(revocation),
            ],
            "S11 (令和6年法律第60号)",
            Confidence::Med,
        ),
        row(
            "fee_and_processing",
            [
                cell("priority_processing_targets"),
                cell("standard"),
                cell("priority_processing_targets"),
                cell("fee_10000_yen_check_current"),
            ],
            "V8",
            Confidence::Med,
        ),
    ];

    let is_hsp = status.is_some_and(Status::is_hsp);
    let is_pr = status == Some(Status::Pr);
    let hsp_to_pr = Switch {
        lose: vec![
            effect("parents", is_hsp && parents.eligible_if_hsp),
            effect("domestic_worker", is_hsp && worker.eligible_if_hsp),
            effect("priority_processing", status == Some(Status::Hsp1)),
            effect(
                "spouse_designated_activities_33",
                is_hsp && profile.household.is_some(),
            ),
            // S11: from 2027-04-01 PR can be revoked for unpaid public charges and more.
            effect("exposed_to_pr_revocation_grounds", is_hsp),
        ],
        gain: vec![
            effect("no_renewal", status == Some(Status::Hsp1)),
            effect("free_job_change", status == Some(Status::Hsp1)),
            effect("no_activity_cancellation", is_hsp),
            effect("spouse_of_pr_status", is_hsp && profile.household.is_some()),
            effect("no_points_reassessment", status == Some(Status::Hsp1)),
        ],
        source: "RULES §7; S11",
        confidence: Confidence::Med,
    };
    // §7.2: PR → HSP(i) is practitioners' experience only (V6); → HSP(ii) per V5.
    let pr_to_hsp = Switch {
        lose: vec![
            effect("permanent_status_given_up", is_pr),
            effect("activity_restricted", is_pr),
            effect("renewal_every_5_years_in_hsp1", is_pr),
            effect("job_change_needs_permission_in_hsp1", is_pr),
        ],
        gain: vec![
            effect("parents", is_pr && parents.eligible_if_hsp),
            effect("domestic_worker", is_pr && worker.eligible_if_hsp),
            effect("hsp2_possible_with_3_past_years", is_pr),
        ],
        source: "S20; V5; V6",
        confidence: Confidence::Unverified,
    };
    Comparison {
        jskip_applies: dates.jskip.is_some() || jskip_held,
        rows,
        switching: Switching {
            hsp_to_pr,
            pr_to_hsp,
        },
    }
}
