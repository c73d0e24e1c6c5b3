//! J-Skip, the Special Highly Skilled Professional (特別高度人材), RULES.md §6 (S4, S5, V1, V2).
//! Not points-based: an income test plus a degree or years of experience.

use serde::Serialize;

use super::date::Date;
use super::points::PointInputs;
use super::profile::Category;
use super::source::Confidence;
use super::timeline::{Snapshot, Timeline};
use super::window::window;

/// J-Skip started on 2023-04-21 (V14): no application can predate it.
pub fn start() -> Date {
    Date::new(2023, 4, 21).unwrap_or(Date::MIN)
}

/// (a)/(b): ≥ ¥20M (S4 item 1, V2).
pub const INCOME_AB_YEN: u64 = 20_000_000;
/// (c): ≥ ¥40M (V1).
pub const INCOME_C_YEN: u64 = 40_000_000;
/// (a)/(b) without a graduate degree: ≥ 10 years (V2).
pub const EXPERIENCE_AB_YEARS: f64 = 10.0;
/// (c): ≥ 5 years of business management (V1).
pub const EXPERIENCE_C_YEARS: f64 = 5.0;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct JSkip {
    /// An application filed on `as_of` meets the criteria.
    pub eligible: bool,
    /// CONTRACT.md "What the dates mean": eligible, since when the criteria have been met
    /// (from J-Skip's start at the earliest); not eligible, the first day after `as_of` on
    /// which more experience will meet them at today's salary, or `null`.
    pub earliest_date: Option<Date>,
    pub income_threshold_yen: u64,
    pub income_met: bool,
    /// What met the second criterion: `graduate_degree` or `experience`; `null` when neither.
    pub met_by: Option<&'static str>,
    pub reasons: Vec<&'static str>,
    pub source: &'static str,
    pub confidence: Confidence,
}

/// Whether the inputs of one date meet the J-Skip criteria.
pub fn meets(inputs: &PointInputs) -> bool {
    income_met(inputs) && met_by(inputs).is_some()
}

/// The criteria on a snapshot's date (every reading of an uncertain past, V23), or J-Skip
/// declared held then.
pub fn meets_on(snapshot: &Snapshot) -> bool {
    snapshot.declared_jskip || snapshot.holds(meets)
}

fn income_threshold(category: Category) -> u64 {
    match category {
        Category::A | Category::B => INCOME_AB_YEN,
        Category::C => INCOME_C_YEN,
    }
}

fn income_met(inputs: &PointInputs) -> bool {
    inputs.annual_salary_yen >= income_threshold(inputs.category)
}

fn met_by(inputs: &PointInputs) -> Option<&'static str> {
    match inputs.category {
        // "The 10-year route needs no degree at all" (V2).
        Category::A | Category::B if inputs.education.is_graduate() => Some("graduate_degree"),
        Category::A | Category::B if inputs.experience_years >= EXPERIENCE_AB_YEARS => {
            Some("experience")
        }
        Category::C if inputs.experience_years >= EXPERIENCE_C_YEARS => Some("experience"),
        _ => None,
    }
}

pub fn check(timeline: &Timeline) -> JSkip {
    let as_of = timeline.profile().as_of;
    let now = timeline.snapshot(as_of);
    let inputs = &now.inputs;
    let income_met = income_met(inputs);
    let met_by = met_by(inputs);
    let mut reasons = Vec::new();
    if !income_met {
        reasons.push("income_below_threshold");
    }
    if met_by.is_none() {
        reasons.push(match inputs.category {
            Category::C => "management_experience_under_5_years",
            _ => "no_graduate_degree_and_experience_under_10_years",
        });
    }
    let (source, confidence) = match inputs.category {
        Category::C => ("S4; S5; V1", Confidence::Med),
        _ => ("S4 item 1; V2", Confidence::High),
    };
    let found = window(
        as_of,
        start(),
        &mut timeline.change_dates().iter().copied(),
        &|day| meets_on(&timeline.snapshot(day)),
    );
    JSkip {
        eligible: found.open_now,
        earliest_date: found.earliest,
        income_threshold_yen: income_threshold(inputs.category),
        income_met,
        met_by,
        reasons,
        source,
        confidence,
    }
}
