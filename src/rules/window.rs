//! When an application filed on a given day meets a condition: CONTRACT.md "What the dates
//! mean" (V15), from the condition stated as a predicate on the application date.
//!
//! A route's conditions read the sheet on the application date D and on D − N years, and
//! residence periods ending on D. Each term changes only on known days (the timeline's change
//! dates, those days N years on, the days a residence period is complete), so the predicate
//! is constant between consecutive such days: trying those days alone is exact.

use super::date::Date;

/// The answer to "can I apply on `as_of`, and if not, from which day?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    /// An application filed on `as_of` meets the condition.
    pub open_now: bool,
    /// Open: the first day of the unbroken run of such days that ends on `as_of`. Closed: the
    /// first day after `as_of` on which an application would meet it, or `None` when no day of
    /// the projection does.
    pub earliest: Option<Date>,
}

/// The days on which a term that reads the sheet `years` years before the application
/// changes, given the days `changes` on which the sheet changes: the first application day
/// whose look-back reaches each of them (29 February is reached only on 1 March, since a
/// date N years before a 28 February in a common year is that 28 February).
pub fn shifted(changes: &[Date], years: i32) -> impl Iterator<Item = Date> + '_ {
    changes.iter().flat_map(move |change| {
        let later = change.add_years(years);
        [later, later.add_days(1)]
    })
}

/// The window of `holds`, a condition on the application date that is false before `floor`
/// and constant between consecutive days of `candidates` (which need not be sorted).
/// Not generic: one copy serves every check (the wasm ships it once).
pub fn window(
    as_of: Date,
    floor: Date,
    candidates: &mut dyn Iterator<Item = Date>,
    holds: &dyn Fn(Date) -> bool,
) -> Window {
    let applies = |day: Date| day >= floor && holds(day);
    let mut days: Vec<Date> = candidates
        .chain([as_of, floor])
        .filter(|day| *day >= floor)
        .collect();
    days.sort_unstable();
    days.dedup();
    if applies(as_of) {
        // The run of open days ending today: walk back over the days on which the
        // predicate may change; each opens a stretch of one value.
        let mut since = as_of;
        for day in days.iter().rev().filter(|day| **day < as_of) {
            if !applies(*day) {
                break;
            }
            since = *day;
        }
        Window {
            open_now: true,
            earliest: Some(since),
        }
    } else {
        Window {
            open_now: false,
            earliest: days
                .into_iter()
                .filter(|day| *day > as_of)
                .find(|day| applies(*day)),
        }
    }
}
