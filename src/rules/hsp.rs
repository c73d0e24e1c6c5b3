//! HSP(i) eligibility (RULES.md §1.6 "eligible", §1.7) and HSP(ii) (§2.2, V5, V14, V16).

use serde::Serialize;

use super::condition::Condition;
use super::date::Date;
use super::jskip;
use super::points::{PASS_MARK, ScoreCard, score};
use super::profile::{Category, Status};
use super::source::Confidence;
use super::timeline::{Snapshot, Timeline};
use super::window::{Window, window};

/// The points system began on 2012-05-07 (the pre-2015 高度人材 特定活動): no HSP(i)
/// application can predate it (RULES.md §2.2).
pub fn points_system_start() -> Date {
    Date::new(2012, 5, 7).unwrap_or(Date::MIN)
}

/// The status 高度専門職 (and with it HSP(ii)) exists from 2015-04-01, when it replaced the
/// pre-2015 高度人材 特定活動 (RULES.md §2.2: HSP(ii) counts the years "as a 高度人材 under
/// the pre-2015 特定活動"): no change to HSP(ii) can predate it.
pub fn hsp2_start() -> Date {
    Date::new(2015, 4, 1).unwrap_or(Date::MIN)
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Hsp {
    /// Total ≥ 70 and, in (b)/(c), salary ≥ ¥3M.
    pub eligible: bool,
    /// Not eligible today: the first day after `as_of` on which the points will be met (the
    /// projection: age and experience move, everything else as today), or `null`. Eligible:
    /// `null` (HSP(i) is judged on the day of a permission; a "since" reconstructed back
    /// over years of assumed salaries and degrees would say nothing true).
    pub eligible_from: Option<Date>,
    pub points_met: bool,
    pub salary_floor_failed: bool,
    pub reasons: Vec<&'static str>,
    /// The conditions besides the points (§1.7), for the person to confirm.
    pub conditions: Vec<Condition>,
}

/// Points ≥ `mark` with the ¥3M floor of (b)/(c), computed or (for a past date) declared.
/// Where the past sheet is uncertain, every reading must pass (V23).
pub fn passes_mark(snapshot: &Snapshot, mark: u32) -> bool {
    snapshot
        .declared_points
        .is_some_and(|declared| declared >= mark)
        || snapshot.holds(|inputs| !inputs.fails_salary_floor() && score(inputs).total() >= mark)
}

/// The point test of HSP(i) and HSP(ii): ≥ 70 and the floor.
pub fn passes(snapshot: &Snapshot) -> bool {
    passes_mark(snapshot, PASS_MARK)
}

/// The window of HSP(i) eligibility by the points.
fn hsp1_window(timeline: &Timeline) -> Window {
    window(
        timeline.profile().as_of,
        points_system_start(),
        &mut timeline.change_dates().iter().copied(),
        &|day| passes(&timeline.snapshot(day)),
    )
}

pub fn check(timeline: &Timeline, card: &ScoreCard, snapshot: &Snapshot) -> Hsp {
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
    let window = hsp1_window(timeline);
    Hsp {
        eligible: points_met && !salary_floor_failed,
        eligible_from: window.earliest.filter(|_| !window.open_now),
        points_met,
        salary_floor_failed,
        reasons,
        conditions,
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Hsp2 {
    /// A change of status to HSP(ii) filed on `as_of` meets the years and the points (or
    /// the J-Skip criteria); the conditions to confirm remain.
    pub eligible: bool,
    /// CONTRACT.md "What the dates mean": eligible, since when; not eligible, the first day
    /// after `as_of` on which a change would meet them, or `null`.
    pub earliest_date: Option<Date>,
    pub already_hsp2: bool,
    /// `hsp1_3_years` or `jskip_1_year`: the basis on `as_of` when eligible, else on
    /// `earliest_date`.
    pub basis: Option<&'static str>,
    pub years_required: u32,
    pub reasons: Vec<&'static str>,
    pub conditions: Vec<Condition>,
    pub source: &'static str,
    pub confidence: Confidence,
}

/// A basis for HSP(ii): years of HSP(i) activity from a start, and a test on the day of the
/// change.
struct Basis {
    code: &'static str,
    since: Date,
    years: i32,
    holds: fn(&Snapshot) -> bool,
}

impl Basis {
    /// The years served by `day`, counting HSP(i) time only up to `end` (PR granted).
    fn served(&self, day: Date, end: Option<Date>) -> bool {
        let served_until = end.map_or(day, |end| end.min(day));
        self.since.add_years(self.years) <= served_until
    }
    fn applies(&self, timeline: &Timeline, day: Date, end: Option<Date>) -> bool {
        self.served(day, end) && (self.holds)(&timeline.snapshot(day))
    }
}

/// HSP(ii) (§2.2, V5, V16): ≥ 3 years of HSP(i) activity and ≥ 70 points on the day of the
/// change; or ≥ 1 year of J-Skip and the J-Skip criteria met on that day (V16: once they
/// lapse, the ordinary 3 years and 70 points apply). By change of status only; a current PR
/// with those years behind them may change too (V5), counting HSP(i) time until PR.
pub fn check_hsp2(timeline: &Timeline) -> Hsp2 {
    let profile = timeline.profile();
    let as_of = profile.as_of;
    let status = profile.status();
    let residence = profile.residence.as_ref();
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
        source: "S19; S5; V5; V14; V16",
        confidence: Confidence::Med,
    };
    if result.already_hsp2 {
        result.reasons.push("already_hsp2");
        return result;
    }
    if !matches!(status, Some(Status::Hsp1 | Status::Pr)) {
        result.reasons.push("not_hsp1");
        return result;
    }
    let hsp_since = residence.and_then(|r| r.hsp_since);
    let jskip_since = residence.and_then(|r| r.jskip_since);
    // J-Skip status is HSP(i) status: its time counts towards the 3 years too.
    let hsp1_since = match (hsp_since, jskip_since) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    // A PR holder's HSP(i) years end when PR was granted (V5: "has resided" with HSP(i)).
    let end = match status {
        Some(Status::Pr) => match residence.and_then(|r| r.pr_since) {
            Some(end) => Some(end),
            None => {
                result.reasons.push("pr_since_missing");
                return result;
            }
        },
        _ => None,
    };
    let bases: Vec<Basis> = [
        jskip_since.map(|since| Basis {
            code: "jskip_1_year",
            since,
            years: 1,
            holds: jskip::meets_on,
        }),
        hsp1_since.map(|since| Basis {
            code: "hsp1_3_years",
            since,
            years: 3,
            holds: passes,
        }),
    ]
    .into_iter()
    .flatten()
    .collect();
    if bases.is_empty() {
        result.reasons.push("hsp_since_missing");
        return result;
    }
    let applies = |day: Date| bases.iter().any(|b| b.applies(timeline, day, end));
    let mut candidates = timeline
        .change_dates()
        .iter()
        .copied()
        .chain(bases.iter().map(|b| b.since.add_years(b.years)))
        .chain(end);
    let found = window(as_of, hsp2_start(), &mut candidates, &applies);
    let basis_on = |day: Date| bases.iter().find(|b| b.applies(timeline, day, end));
    let decisive = found.earliest.filter(|_| !found.open_now).unwrap_or(as_of);
    if let Some(basis) = found.earliest.and_then(|_| basis_on(decisive)) {
        result.basis = Some(basis.code);
        result.years_required = basis.years.unsigned_abs();
    }
    let now = timeline.snapshot(as_of);
    let reasons = &mut result.reasons;
    if !found.open_now {
        // For each basis, the first of its terms that fails today.
        for basis in &bases {
            let reason = match (basis.code, basis.served(as_of, end)) {
                ("jskip_1_year", false) => "jskip_year_not_yet_served",
                ("jskip_1_year", true) if !(basis.holds)(&now) => "jskip_criteria_not_met_now",
                (_, false) if end.is_some() => "hsp1_years_not_served_before_pr",
                (_, false) => "hsp1_years_not_yet_served",
                (_, true) if !(basis.holds)(&now) => "points_below_70_now",
                _ => continue,
            };
            if !reasons.contains(&reason) {
                reasons.push(reason);
            }
        }
        reasons.push(match found.earliest {
            Some(_) => "projected_date",
            None => "points_or_years_not_reached",
        });
    }
    result.eligible = found.open_now;
    result.earliest_date = found.earliest;
    result
}
