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

/// Whether an application on `as_of` succeeds, and the date that goes with it (CONTRACT.md
/// "What the dates mean"): taken from the checks, never computed here.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Open {
    pub now: bool,
    /// Since when (open now) or from when (not open now).
    pub date: Option<Date>,
}

/// When this person could hold each status: the first row of the comparison.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dates {
    pub hsp1: Open,
    pub jskip: Open,
    pub hsp2: Open,
    pub already_hsp2: bool,
    /// Some PR route is open now; the earliest date over every route.
    pub pr: Open,
}

impl Dates {
    pub fn of(hsp: &Hsp, jskip: &JSkip, hsp2: &Hsp2, pr: &Pr) -> Dates {
        Dates {
            hsp1: Open {
                now: hsp.eligible,
                date: hsp.eligible_from,
            },
            jskip: Open {
                now: jskip.eligible,
                date: jskip.earliest_date,
            },
            hsp2: Open {
                now: hsp2.eligible,
                date: hsp2.earliest_date,
            },
            already_hsp2: hsp2.already_hsp2,
            pr: Open {
                now: pr.routes.iter().any(|r| r.eligible_now),
                date: pr.earliest_date,
            },
        }
    }
}

/// `held`, `eligible_now` (with the date since when), `from_date` (with the date),
/// `not_open`, or `unknown_without_residence` where the dates need a residence history that
/// was not given (issue #12: unknown is not "no").
fn availability(held: bool, open: Open, known: bool) -> Cell {
    match (held, open.now, open.date) {
        (true, _, _) => cell("held"),
        (false, false, None) if !known => cell("unknown_without_residence"),
        (false, true, date) => Cell {
            date,
            ..cell("eligible_now")
        },
        (false, false, Some(date)) => Cell {
            date: Some(date),
            ..cell("from_date")
        },
        (false, false, None) => cell("not_open"),
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
    /// For a gain that does not apply to this person, what is missing (V17): reason codes
    /// of the checks behind it.
    pub missing: Vec<&'static str>,
}

fn effect(id: &'static str, applies_to_you: bool) -> Effect {
    Effect {
        id,
        applies_to_you,
        missing: Vec::new(),
    }
}

/// A gain of switching that applies only when this person would qualify (V17); otherwise
/// it says what is missing.
fn gain(id: &'static str, relevant: bool, missing: Vec<&'static str>) -> Effect {
    Effect {
        id,
        applies_to_you: relevant && missing.is_empty(),
        missing: if relevant { missing } else { Vec::new() },
    }
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

/// Without any household answer the family conditions are unknown, not failed.
fn parents_cell(parents: &Parents, family_known: bool) -> Cell {
    let open = parents.eligible_if_hsp;
    if !open && !family_known {
        return cell("unknown_without_family");
    }
    Cell {
        until: parents.until.filter(|_| open),
        ..cell(if open {
            "eligible"
        } else {
            "conditions_not_met"
        })
    }
}

fn worker_cell(worker: &DomesticWorker, count: u32, family_known: bool) -> Cell {
    let open = worker.eligible_if_hsp && count > 0;
    if !open && !family_known {
        return cell("unknown_without_family");
    }
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

/// The checks the comparison reads.
pub struct Checks<'a> {
    pub hsp: &'a Hsp,
    pub jskip: &'a JSkip,
    pub hsp2: &'a Hsp2,
    pub pr: &'a Pr,
    pub parents: &'a Parents,
    pub worker: &'a DomesticWorker,
}

pub fn compare(profile: &Profile, checks: &Checks) -> Comparison {
    let dates = Dates::of(checks.hsp, checks.jskip, checks.hsp2, checks.pr);
    let (parents, worker) = (checks.parents, checks.worker);
    let status = profile.status();
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
    // the financial type). Each column reads the types as if its status were held.
    let most = |with_jskip: bool| {
        worker
            .types
            .iter()
            .filter(|t| t.eligible_once_held && (with_jskip || t.kind != "jskip"))
            .map(|t| t.max_workers)
            .max()
            .unwrap_or(0)
    };
    let (ordinary_max, jskip_max) = (most(false), most(true));
    let has_spouse = profile.has_spouse();
    // The PR dates need the history and its start; without them they are unknown, not
    // "not open" (read from the routes' own reasons).
    let residence_known = profile.residence.is_some();
    let pr_known = !checks.pr.routes.iter().any(|r| {
        r.reasons
            .iter()
            .any(|c| matches!(*c, "residence_history_missing" | "in_japan_since_missing"))
    });
    let family_known = profile.household.is_some();
    let mut rows = vec![
        row(
            "earliest_date",
            [
                availability(
                    status == Some(Status::Hsp1) && !jskip_held,
                    dates.hsp1,
                    true,
                ),
                availability(
                    status == Some(Status::Hsp2) || dates.already_hsp2,
                    dates.hsp2,
                    residence_known,
                ),
                availability(
                    status == Some(Status::Hsp1) && jskip_held,
                    dates.jskip,
                    true,
                ),
                availability(status == Some(Status::Pr), dates.pr, pr_known),
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
                parents_cell(parents, family_known),
                parents_cell(parents, family_known),
                parents_cell(parents, family_known),
                cell("not_available"),
            ],
            "S8; S9; RULES §4, §7",
            Confidence::Med,
        ),
        row(
            "domestic_worker",
            [
                worker_cell(worker, ordinary_max, family_known),
                worker_cell(worker, ordinary_max, family_known),
                worker_cell(worker, jskip_max, family_known),
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
            "S11 (令和6年法律第60号); V26",
            Confidence::Med,
        ),
        row(
            "fee_and_processing",
            [
                cell("priority_processing_targets"),
                cell("standard"),
                cell("priority_processing_targets"),
                cell(checks.pr.fee.rule_on_as_of),
            ],
            "V8; V24",
            Confidence::Med,
        ),
    ];
    // V20: the spouse's row only where there is a spouse.
    if has_spouse != Some(true) {
        rows.retain(|r| r.id != "spouse_work");
    }

    let is_hsp = status.is_some_and(Status::is_hsp);
    let is_pr = status == Some(Status::Pr);
    let spouse = has_spouse == Some(true);
    // V20: the spouse's effects only where there is a spouse.
    let keep_spouse = |e: &Effect| spouse || !e.id.starts_with("spouse_");
    let mut hsp_to_pr = Switch {
        lose: vec![
            effect("parents", is_hsp && parents.eligible_if_hsp),
            effect("domestic_worker", is_hsp && worker.eligible_if_hsp),
            effect("priority_processing", status == Some(Status::Hsp1)),
            effect("spouse_designated_activities_33", is_hsp && spouse),
            // S11: from 2027-04-01 PR can be revoked for unpaid public charges and more.
            effect("exposed_to_pr_revocation_grounds", is_hsp),
        ],
        gain: vec![
            effect("no_renewal", status == Some(Status::Hsp1)),
            effect("free_job_change", status == Some(Status::Hsp1)),
            effect("no_activity_cancellation", is_hsp),
            effect("spouse_of_pr_status", is_hsp && spouse),
            effect("no_points_reassessment", status == Some(Status::Hsp1)),
        ],
        source: "RULES §7; S11",
        confidence: Confidence::Med,
    };
    // §7.2, V17: PR → HSP(i) needs ≥ 70 points and the floor on the day (V6: practitioners'
    // experience only); → HSP(ii) the past years and the points (V5). A gain applies only
    // to a person who would qualify; else it names what is missing.
    let (hsp, hsp2) = (checks.hsp, checks.hsp2);
    let status_missing: Vec<&'static str> = if hsp.eligible || hsp2.eligible {
        Vec::new()
    } else {
        hsp.reasons.clone()
    };
    let family_missing = |conditions: &[super::condition::Condition]| -> Vec<&'static str> {
        let mut missing = status_missing.clone();
        missing.extend(
            conditions
                .iter()
                .filter(|c| c.met == Some(false) && c.id != "hsp_status")
                .map(|c| c.id),
        );
        missing
    };
    let mut worker_missing = family_missing(&worker.conditions);
    if worker.reasons.contains(&"no_worker_type_open") {
        worker_missing.push("no_worker_type_open");
    }
    let pr_to_hsp = Switch {
        lose: vec![
            effect("permanent_status_given_up", is_pr),
            effect("activity_restricted", is_pr),
            effect("renewal_every_5_years_in_hsp1", is_pr),
            effect("job_change_needs_permission_in_hsp1", is_pr),
        ],
        gain: vec![
            gain("parents", is_pr, family_missing(&parents.conditions)),
            gain("domestic_worker", is_pr, worker_missing),
            gain(
                "hsp2_possible_with_3_past_years",
                is_pr,
                if hsp2.eligible {
                    Vec::new()
                } else {
                    hsp2.reasons.clone()
                },
            ),
        ],
        source: "S20; V5; V6; V17",
        confidence: Confidence::Unverified,
    };
    hsp_to_pr.lose.retain(keep_spouse);
    hsp_to_pr.gain.retain(keep_spouse);
    Comparison {
        jskip_applies: dates.jskip.date.is_some() || jskip_held,
        rows,
        switching: Switching {
            hsp_to_pr,
            pr_to_hsp,
        },
    }
}
