//! HSP(i) eligibility (RULES.md §1.6 "eligible", §1.7) and HSP(ii) (§2.2, V5, V14).

use serde::Serialize;

use super::condition::{Condition, none_failed};
use super::date::Date;
use super::jskip;
use super::points::{PASS_MARK, ScoreCard};
use super::profile::{Category, Status};
use super::search::first_date;
use super::source::Confidence;
use super::timeline::{Snapshot, Timeline};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Hsp {
    /// Total ≥ 70 and, in (b)/(c), salary ≥ ¥3M.
    pub eligible: bool,
    pub points_met: bool,
    pub salary_floor_failed: bool,
    pub reasons: Vec<&'static str>,
    /// The conditions besides the points (§1.7), for the person to confirm.
    pub conditions: Vec<Condition>,
}

/// Points ≥ `mark` with the ¥3M floor of (b)/(c), computed or (for a past date) declared.
pub fn passes_mark(snapshot: &Snapshot, mark: u32) -> bool {
    snapshot
        .declared_points
        .is_some_and(|declared| declared >= mark)
        || (!snapshot.inputs.fails_salary_floor() && snapshot.card().total() >= mark)
}

/// The point test of HSP(i) and HSP(ii): ≥ 70 and the floor.
pub fn passes(snapshot: &Snapshot) -> bool {
    passes_mark(snapshot, PASS_MARK)
}

pub fn check(card: &ScoreCard, snapshot: &Snapshot) -> Hsp {
    let points_met = card.total() >= PASS_MARK;
    let salary_floor_failed = snapshot.inputs.fails_salary_floor();
    let mut reasons = Vec::new();
    if !points_met {
        reasons.push("points_below_70");
    }
    if salary_floor_failed {
        reasons.push("salary_below_3m_floor");
    }
    let mut conditions = vec![
        Condition::to_confirm(
            "designated_organisation",
            "S7; RULES §1.7 (1)",
            Confidence::High,
        ),
        // S14 is the 2019 text; the current wording is UNVERIFIED (§1.7 (2)).
        Condition::to_confirm(
            "landing_criteria",
            "S14 (2019 text)",
            Confidence::Unverified,
        ),
    ];
    if card.category == Category::C {
        conditions.push(Condition::to_confirm(
            "business_manager_criteria_2025",
            "S18; V11",
            Confidence::Med,
        ));
    }
    Hsp {
        eligible: points_met && !salary_floor_failed,
        points_met,
        salary_floor_failed,
        reasons,
        conditions,
    }
}

/// A condition on the sheet inputs of one date.
type Holds = fn(&Snapshot) -> bool;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Hsp2 {
    /// Can change to HSP(ii) on `as_of` (subject to the conditions to confirm).
    pub eligible: bool,
    /// The first date the years of HSP(i) activity and the points (or J-Skip) are met.
    pub earliest_date: Option<Date>,
    pub already_hsp2: bool,
    /// `hsp1_3_years` or `jskip_1_year`.
    pub basis: Option<&'static str>,
    pub years_required: u32,
    pub reasons: Vec<&'static str>,
    pub conditions: Vec<Condition>,
    pub source: &'static str,
    pub confidence: Confidence,
}

/// HSP(ii): ≥ 3 years of HSP(i) activity (1 year for J-Skip), ≥ 70 points (or the J-Skip
/// criteria) at the change, good conduct; by change of status only. A current PR with
/// ≥ 3 past years of HSP(i) may change too (V5).
pub fn check_hsp2(timeline: &Timeline, status: Option<Status>, hsp: &Hsp, jskip_now: bool) -> Hsp2 {
    let profile = timeline.profile();
    let residence = profile.residence.as_ref();
    let mut reasons = Vec::new();
    let mut conditions = vec![Condition::to_confirm(
        "good_conduct",
        "S19 (ordinance art. 2)",
        Confidence::Med,
    )];
    if profile.category == Category::C {
        conditions.push(Condition::to_confirm(
            "business_manager_criteria_2025",
            "S18; V11",
            Confidence::Med,
        ));
    }
    let mut result = Hsp2 {
        eligible: false,
        earliest_date: None,
        already_hsp2: status == Some(Status::Hsp2),
        basis: None,
        years_required: 3,
        reasons: Vec::new(),
        conditions,
        source: "S19; S5; V5; V14",
        confidence: Confidence::Med,
    };
    if result.already_hsp2 {
        result.reasons.push("already_hsp2");
        return result;
    }
    let hsp_since = residence.and_then(|r| r.hsp_since);
    let jskip_since = residence.and_then(|r| r.jskip_since);
    match status {
        Some(Status::Hsp1) | Some(Status::Pr) => {}
        _ => reasons.push("not_hsp1"),
    }
    // A PR holder's HSP(i) years end when PR was granted (V5: "has resided" with HSP(i)).
    let hsp_end = match status {
        Some(Status::Pr) => match residence.and_then(|r| r.pr_since) {
            Some(end) => Some(end),
            None => {
                reasons.push("pr_since_missing");
                None
            }
        },
        _ => None,
    };
    let routes: [(Option<Date>, i32, &'static str, Holds); 2] = [
        (jskip_since, 1, "jskip_1_year", jskip::meets_on),
        (hsp_since, 3, "hsp1_3_years", passes),
    ];
    let mut best: Option<(Date, &'static str, u32)> = None;
    for (since, years, basis, holds) in routes {
        let Some(since) = since else { continue };
        let served_until = since.add_years(years);
        if hsp_end.is_some_and(|end| end < served_until) {
            continue;
        }
        let found = first_date(timeline, served_until, None, holds);
        if let Some((at, _)) = found
            && best.is_none_or(|(b, _, _)| at.date < b)
        {
            best = Some((at.date, basis, years.unsigned_abs()));
        }
    }
    if hsp_since.is_none() && jskip_since.is_none() {
        reasons.push("hsp_since_missing");
    }
    match best {
        Some((date, basis, years)) => {
            result.earliest_date = Some(date);
            result.basis = Some(basis);
            result.years_required = years;
            if date > profile.as_of {
                reasons.push("hsp1_years_not_yet_served");
            }
        }
        None if hsp_since.is_some() || jskip_since.is_some() => {
            reasons.push("points_or_years_not_reached");
        }
        None => {}
    }
    if !hsp.eligible && !jskip_now {
        reasons.push("points_below_70_now");
    }
    result.eligible = reasons.is_empty()
        && result.earliest_date.is_some_and(|d| d <= profile.as_of)
        && none_failed(&result.conditions);
    result.reasons = reasons;
    result
}
