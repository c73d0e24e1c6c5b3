//! The person's sheet inputs at any date, past or future, and the dates on which they change.
//!
//! The sheet is read at the time of each permission (S3; RULES.md §1.0 "Reference date"), and
//! the PR fast track reads it on two dates (S10 §2 items 6–8). So "when can I apply" needs the
//! points on other days than today. The model, stated once here and flagged in the output:
//! - age: from `birth_date`; with `age` only, the oldest possible birthday (the day after
//!   `as_of`) is assumed, so no drop comes later than shown;
//! - experience: grows with time (the person keeps doing the work) and shrinks going back;
//! - salary: the current one from a year ago onwards; `salary_1y_before_yen` for the two
//!   years before that and `salary_3y_before_yen` before that; where one is missing the
//!   nearest later one is assumed, and the result is flagged;
//! - everything else (degrees, Japanese, bonuses) as today.

use super::date::Date;
use super::points::{AgeBand, PointInputs, ScoreCard, score};
use super::profile::{Category, Profile};

/// The sheet inputs at one date, and which of them are assumptions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Snapshot {
    pub date: Date,
    pub inputs: PointInputs,
    /// The salary of that date was not given; another one stands in for it.
    pub salary_assumed: bool,
    /// No birth date: the age is the oldest the person can be on that date.
    pub age_assumed: bool,
    /// For a past date: the points the person declares having had then (`points_80_since`,
    /// `points_70_since`). Declared history is evidence (an HSP permission, a past points
    /// sheet) and outranks the model's reconstruction.
    pub declared_points: Option<u32>,
    /// For a past date: J-Skip held then (`jskip_since`).
    pub declared_jskip: bool,
}

impl Snapshot {
    pub fn card(&self) -> ScoreCard {
        score(&self.inputs)
    }
}

/// The experience thresholds of each category's ② bands (RULES.md §1.1–1.3).
pub fn experience_thresholds(category: Category) -> &'static [f64] {
    match category {
        Category::A => &[3.0, 5.0, 7.0],
        Category::B | Category::C => &[3.0, 5.0, 7.0, 10.0],
    }
}

/// Years after J-Skip's experience alternatives (S4, RULES.md §6): 10 in (a)/(b), 5 in (c).
const JSKIP_EXPERIENCE_THRESHOLDS: [f64; 2] = [5.0, 10.0];

const DAYS_PER_YEAR: f64 = 365.25;

/// The person's history and projection around `profile.as_of`.
#[derive(Clone, Debug)]
pub struct Timeline<'p> {
    profile: &'p Profile,
    /// The real birth date, or the oldest one consistent with `age`.
    birth: Date,
    /// Every date an input changes band, sorted (computed once: the searches read it often).
    changes: Vec<Date>,
}

impl<'p> Timeline<'p> {
    pub fn new(profile: &'p Profile) -> Timeline<'p> {
        let age = i32::try_from(profile.age).unwrap_or(i32::MAX);
        let birth = profile.birth_date.unwrap_or_else(|| {
            profile
                .as_of
                .add_days(1)
                .add_years(age.saturating_add(1).saturating_neg())
        });
        let mut timeline = Timeline {
            profile,
            birth,
            changes: Vec::new(),
        };
        timeline.changes = timeline.compute_change_dates();
        timeline
    }

    pub fn profile(&self) -> &'p Profile {
        self.profile
    }

    pub fn age_on(&self, date: Date) -> u32 {
        self.birth.whole_years_until(date).max(0).unsigned_abs()
    }

    /// The date on which the person turns `age` (exact only with a birth date).
    pub fn birthday(&self, age: u32) -> Date {
        self.birth.add_years(i32::try_from(age).unwrap_or(i32::MAX))
    }

    pub fn birth_date_known(&self) -> bool {
        self.profile.birth_date.is_some()
    }

    /// Years of experience on `date`, counted in whole years and then days, so that exactly
    /// N years back is exactly N years less.
    pub fn experience_on(&self, date: Date) -> f64 {
        let as_of = self.profile.as_of;
        let (from, to, sign) = if date >= as_of {
            (as_of, date, 1.0)
        } else {
            (date, as_of, -1.0)
        };
        let whole = from.whole_years_until(to);
        let rest = from.add_years(whole).days_until(to) as f64 / DAYS_PER_YEAR;
        (self.profile.experience_years + sign * (f64::from(whole) + rest)).max(0.0)
    }

    /// The first date on which experience reaches `years` (past or future).
    pub fn experience_reaches(&self, years: f64) -> Date {
        let delta = years - self.profile.experience_years;
        let whole = delta.floor();
        let days = ((delta - whole) * DAYS_PER_YEAR).ceil();
        // |delta| ≤ 100 (decode limits), so both conversions are exact.
        self.profile
            .as_of
            .add_years(whole as i32)
            .add_days(days as i64)
    }

    /// The salary on `date`, and whether it is an assumption.
    fn salary_on(&self, date: Date) -> (u64, bool) {
        let as_of = self.profile.as_of;
        let current = self.profile.annual_salary_yen;
        let (one, three) = self.profile.residence.as_ref().map_or((None, None), |r| {
            (r.salary_1y_before_yen, r.salary_3y_before_yen)
        });
        if date > as_of.add_years(-1) {
            (current, false)
        } else if date > as_of.add_years(-3) {
            one.map_or((current, true), |s| (s, false))
        } else {
            three.map_or_else(|| (one.unwrap_or(current), true), |s| (s, false))
        }
    }

    pub fn snapshot(&self, date: Date) -> Snapshot {
        let (salary, salary_assumed) = self.salary_on(date);
        let residence = self.profile.residence.as_ref();
        let declared_since = |since: Option<Date>| {
            date < self.profile.as_of && since.is_some_and(|since| since <= date)
        };
        let declared_points = match residence {
            Some(r) if declared_since(r.points_80_since) => Some(80),
            Some(r) if declared_since(r.points_70_since) => Some(70),
            _ => None,
        };
        let declared_jskip = residence.is_some_and(|r| declared_since(r.jskip_since));
        let inputs = PointInputs {
            age: self.age_on(date),
            experience_years: self.experience_on(date),
            annual_salary_yen: salary,
            ..PointInputs::of(self.profile)
        };
        Snapshot {
            date,
            inputs,
            salary_assumed,
            age_assumed: !self.birth_date_known() && date != self.profile.as_of,
            declared_points,
            declared_jskip,
        }
    }

    /// Every date on which some sheet input changes band, sorted, past and future: the age
    /// cliffs, the experience thresholds (of the sheet and of J-Skip) and the salary steps.
    pub fn change_dates(&self) -> &[Date] {
        &self.changes
    }

    fn compute_change_dates(&self) -> Vec<Date> {
        let as_of = self.profile.as_of;
        let mut dates: Vec<Date> = AgeBand::CLIFF_AGES
            .iter()
            .map(|age| self.birthday(*age))
            .chain(
                experience_thresholds(self.profile.category)
                    .iter()
                    .chain(&JSKIP_EXPERIENCE_THRESHOLDS)
                    .map(|years| self.experience_reaches(*years)),
            )
            .chain([
                as_of.add_years(-1).add_days(1),
                as_of.add_years(-3).add_days(1),
            ])
            .collect();
        dates.sort_unstable();
        dates.dedup();
        dates
    }
}
