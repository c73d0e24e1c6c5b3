//! Searching the [`Timeline`] for the first date a condition is met.
//!
//! Every condition here (points ≥ 70, the J-Skip criteria) is constant between the
//! timeline's change dates, so only those dates (and those dates N years on, for a
//! look-back of N years) need to be tried: the search is exact and cheap.

use super::date::Date;
use super::timeline::{Snapshot, Timeline};

/// The first date X ≥ `not_before` on which `holds` is true, and — with `lookback_years`
/// N — also true on X − N years (S10 §2 items 6イ, 7イ, 8イ: the points "as of N years
/// before the application"). Returns X with the two snapshots used.
pub fn first_date(
    timeline: &Timeline,
    not_before: Date,
    lookback_years: Option<i32>,
    holds: impl Fn(&Snapshot) -> bool,
) -> Option<(Snapshot, Option<Snapshot>)> {
    let changes = timeline.change_dates();
    let shifted = changes
        .iter()
        .filter_map(|c| lookback_years.map(|n| c.add_years(n)));
    let mut candidates: Vec<Date> = changes
        .iter()
        .copied()
        .chain(shifted)
        .filter(|d| *d > not_before)
        .collect();
    candidates.push(not_before);
    candidates.sort_unstable();
    candidates.dedup();
    candidates.into_iter().find_map(|date| {
        let now = timeline.snapshot(date);
        if !holds(&now) {
            return None;
        }
        match lookback_years {
            None => Some((now, None)),
            Some(n) => {
                let then = timeline.snapshot(date.add_years(n.saturating_neg()));
                holds(&then).then_some((now, Some(then)))
            }
        }
    })
}

/// A declared run ("recognised at ≥ 70 points since R", S10 §2 item 6ア): the first date
/// on which the run, begun on `since` and counted from `residence_start` at the earliest,
/// has lasted `years` with `holds` true throughout the projected part. When a projected
/// change breaks the run, it restarts on the next date `holds` is true again.
pub fn run_end(
    timeline: &Timeline,
    since: Date,
    residence_start: Option<Date>,
    years: i32,
    holds: impl Fn(&Snapshot) -> bool,
) -> Option<Date> {
    let as_of = timeline.profile().as_of;
    let changes = timeline.change_dates();
    let next_holding = |after: Date| {
        changes
            .iter()
            .copied()
            .find(|c| *c > after && holds(&timeline.snapshot(*c)))
    };
    let mut start = since;
    if start <= as_of && !holds(&timeline.snapshot(as_of)) {
        start = next_holding(as_of)?;
    }
    loop {
        let counted_from = residence_start.map_or(start, |s| s.max(start));
        let end = counted_from.add_years(years);
        let watch_from = as_of.max(start);
        let broken = changes
            .iter()
            .copied()
            .find(|d| *d > watch_from && *d <= end && !holds(&timeline.snapshot(*d)));
        match broken {
            None => return Some(end),
            Some(drop) => start = next_holding(drop)?,
        }
    }
}
