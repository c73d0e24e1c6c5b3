//! The dates, checked against a second statement of the rules (issue #10, V15, V16, V23).
//!
//! For an application filed on day D, each route is restated here directly from RULES.md,
//! without the engine's timeline or search: the person's sheet on D and on D − N years (age
//! from the birth date, experience counted back and forward, the past salary and sheet read
//! as V23 says), the residence periods ending on D, the floor, the status. Then, day by day
//! over generated residence histories (CONTRACT.md "What the dates mean"):
//! - `eligible_now` ⇔ the condition holds on `as_of`;
//! - open: `earliest_date` E ≤ `as_of`, the condition holds on every day E..=`as_of` and
//!   not on E − 1;
//! - closed: E > `as_of`, it holds on E and on no day from `as_of` to E − 1; or E is null
//!   and it holds on no day up to a horizon after which nothing changes.

mod common;

use common::histories::history;
use common::{date, value};
use hsp_pr::rules::points::{Item, PointInputs, score};
use hsp_pr::rules::profile::{Bonus, Category, Education, Japanese, Profile, Research, Status};
use hsp_pr::rules::{Assessment, Date, decode, evaluate};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

/// The points system (2012-05-07), HSP(ii) (2015-04-01), the HSP special cases of the PR
/// guideline (2017-04-26) and J-Skip (2023-04-21, V14): no application before these days.
fn points_system() -> Date {
    date("2012-05-07")
}
fn hsp2_status() -> Date {
    date("2015-04-01")
}
fn hsp_tracks() -> Date {
    date("2017-04-26")
}
fn jskip_scheme() -> Date {
    date("2023-04-21")
}

/// The most full years from `from` with `from + years ≤ to` (CONTRACT.md: N years after D is
/// the same month and day, 29 February → 28 February).
fn full_years(from: Date, to: Date) -> i32 {
    let mut years = 0;
    while from.add_years(years + 1) <= to {
        years += 1;
    }
    while years > 0 && from.add_years(years) > to {
        years -= 1;
    }
    years
}

/// The sheet of a person on any day, stated from RULES.md and the README's model.
struct Person<'p> {
    p: &'p Profile,
    birth: Date,
    first_day: Date,
    /// The sheet on each day from `first_day`, as ≥ 70, ≥ 80 (with the floor), and the J-Skip
    /// criteria, computed or declared.
    pass70: Vec<bool>,
    pass80: Vec<bool>,
    jskip: Vec<bool>,
}

/// Which of two values scores less: the reading of a value whose change day is unknown (V23).
fn lower_japanese(a: Japanese, b: Japanese) -> Japanese {
    a.min(b)
}

impl<'p> Person<'p> {
    fn new(p: &'p Profile, first_day: Date, last_day: Date) -> Person<'p> {
        // Without a birth date, the oldest birth date consistent with the age: the first
        // day from which the person is that age on `as_of`, found by stepping forward.
        let birth = p.birth_date.unwrap_or_else(|| {
            let age = i32::try_from(p.age).expect("age");
            let mut birth = p.as_of.add_years(-(age + 2));
            while full_years(birth, p.as_of) > age {
                birth = birth.add_days(1);
            }
            birth
        });
        let mut person = Person {
            p,
            birth,
            first_day,
            pass70: Vec::new(),
            pass80: Vec::new(),
            jskip: Vec::new(),
        };
        let mut day = first_day;
        while day <= last_day {
            let sheet = person.sheet(day);
            let floor_ok = sheet.category == Category::A || sheet.annual_salary_yen >= 3_000_000;
            let total = score(&sheet).total();
            let declared = person.declared_points(day);
            person
                .pass70
                .push(declared >= 70 || (floor_ok && total >= 70));
            person
                .pass80
                .push(declared >= 80 || (floor_ok && total >= 80));
            person
                .jskip
                .push(person.declared_jskip(day) || jskip_criteria(&sheet));
            day = day.add_days(1);
        }
        person
    }

    fn index(&self, day: Date) -> Option<usize> {
        usize::try_from(self.first_day.days_until(day)).ok()
    }
    fn at(list: &[bool], index: Option<usize>) -> bool {
        index.and_then(|i| list.get(i).copied()).unwrap_or(false)
    }
    fn passes70(&self, day: Date) -> bool {
        Self::at(&self.pass70, self.index(day))
    }
    fn passes80(&self, day: Date) -> bool {
        Self::at(&self.pass80, self.index(day))
    }
    fn jskip_on(&self, day: Date) -> bool {
        Self::at(&self.jskip, self.index(day))
    }

    fn age_on(&self, day: Date) -> u32 {
        u32::try_from(full_years(self.birth, day).max(0)).expect("age")
    }

    /// Experience grows with time and shrinks going back: whole years, then days / 365.25.
    fn experience_on(&self, day: Date) -> f64 {
        let as_of = self.p.as_of;
        let (from, to, sign) = if day >= as_of {
            (as_of, day, 1.0)
        } else {
            (day, as_of, -1.0)
        };
        let whole = full_years(from, to);
        let rest = from.add_years(whole).days_until(to) as f64 / 365.25;
        (self.p.experience_years + sign * (f64::from(whole) + rest)).max(0.0)
    }

    /// A value known on some of the days −3 years, −1 year and today: on such a day, that
    /// value; between two days, the one that scores less when they differ; before the first,
    /// the first (V23).
    fn read<T: Copy + PartialEq>(
        &self,
        day: Date,
        known: [Option<T>; 3],
        lower: impl Fn(T, T) -> T,
    ) -> T {
        let as_of = self.p.as_of;
        let days = [as_of.add_years(-3), as_of.add_years(-1), as_of];
        let points: Vec<(Date, T)> = days
            .into_iter()
            .zip(known)
            .filter_map(|(d, v)| v.map(|v| (d, v)))
            .collect();
        let before = points.iter().rev().find(|(d, _)| *d <= day);
        let after = points
            .iter()
            .find(|(d, _)| *d >= day)
            .expect("today is known");
        match before {
            Some((d, v)) if *d == day => *v,
            Some((_, v)) => lower(*v, after.1),
            None => after.1,
        }
    }

    fn sheet(&self, day: Date) -> PointInputs {
        let p = self.p;
        let mut sheet = PointInputs::of(p);
        sheet.age = self.age_on(day);
        sheet.experience_years = self.experience_on(day);
        if day >= p.as_of {
            return sheet;
        }
        let Some(r) = p.residence.as_ref() else {
            return sheet;
        };
        let (s1, s3) = (r.sheet_1y_before.as_ref(), r.sheet_3y_before.as_ref());
        sheet.annual_salary_yen = self.read(
            day,
            [
                r.salary_3y_before_yen,
                r.salary_1y_before_yen,
                Some(p.annual_salary_yen),
            ],
            u64::min,
        );
        sheet.japanese = self.read(
            day,
            [
                s3.and_then(|s| s.japanese),
                s1.and_then(|s| s.japanese),
                Some(p.japanese),
            ],
            lower_japanese,
        );
        let education_points = |e: Education| {
            score(&PointInputs {
                education: e,
                multiple_degrees: false,
                ..sheet
            })
            .line(Item::Education)
            .points
        };
        sheet.education = self.read(
            day,
            [
                s3.and_then(|s| s.education),
                s1.and_then(|s| s.education),
                Some(p.education),
            ],
            |a, b| {
                if education_points(a) <= education_points(b) {
                    a
                } else {
                    b
                }
            },
        );
        let bonus = Bonus::InnovationSupport;
        let held_bonus = |s: Option<&hsp_pr::rules::profile::PastSheet>| {
            s.filter(|s| s.bonuses_known.has(bonus))
                .map(|s| s.bonuses_held.has(bonus))
        };
        let innovation = self.read(
            day,
            [held_bonus(s3), held_bonus(s1), Some(p.bonuses.has(bonus))],
            |a, b| a && b,
        );
        sheet.bonuses = if innovation {
            sheet.bonuses.with(bonus)
        } else {
            sheet.bonuses.iter().filter(|b| *b != bonus).collect()
        };
        let item = Research::Papers;
        let held_item = |s: Option<&hsp_pr::rules::profile::PastSheet>| {
            s.filter(|s| s.research_known.has(item))
                .map(|s| s.research_held.has(item))
        };
        let papers = self.read(
            day,
            [held_item(s3), held_item(s1), Some(p.research.has(item))],
            |a, b| a && b,
        );
        sheet.research = if papers {
            sheet.research.with(item)
        } else {
            sheet.research.iter().filter(|r| *r != item).collect()
        };
        sheet
    }

    /// Declared history counts for the past days it covers (80 also counts as 70).
    fn declared_points(&self, day: Date) -> u32 {
        let Some(r) = self.p.residence.as_ref() else {
            return 0;
        };
        let covers = |since: Option<Date>| day < self.p.as_of && since.is_some_and(|s| s <= day);
        if covers(r.points_80_since) {
            80
        } else if covers(r.points_70_since) {
            70
        } else {
            0
        }
    }
    fn declared_jskip(&self, day: Date) -> bool {
        let jskip_since = self.p.residence.as_ref().and_then(|r| r.jskip_since);
        day < self.p.as_of && jskip_since.is_some_and(|s| s <= day)
    }
}

/// J-Skip (RULES.md §6, V1, V2): ¥20M and a graduate degree or 10 years in (a)/(b); ¥40M and
/// 5 years of management in (c).
fn jskip_criteria(sheet: &PointInputs) -> bool {
    match sheet.category {
        Category::C => sheet.annual_salary_yen >= 40_000_000 && sheet.experience_years >= 5.0,
        _ => {
            sheet.annual_salary_yen >= 20_000_000
                && (!matches!(sheet.education, Education::None | Education::Bachelor)
                    || sheet.experience_years >= 10.0)
        }
    }
}

/// What an application filed on a day needs, restated per check.
struct Rules<'a, 'p> {
    person: &'a Person<'p>,
}

impl Rules<'_, '_> {
    fn profile(&self) -> &Profile {
        self.person.p
    }
    fn residence_start(&self) -> Option<Date> {
        let r = self.profile().residence.as_ref()?;
        r.in_japan_since
    }

    /// The first day from `as_of` on which a test fails (a declared run breaks there).
    fn first_failure_from_today(&self, test: impl Fn(Date) -> bool, horizon: Date) -> Option<Date> {
        let mut day = self.profile().as_of;
        while day <= horizon {
            if !test(day) {
                return Some(day);
            }
            day = day.add_days(1);
        }
        None
    }

    /// S10 §2 items 6–8 on day D (V15): resided N years, the mark on D, and the run
    /// recognised N years (ア) or the mark on D − N years (イ).
    fn fast_track(
        &self,
        day: Date,
        years: i32,
        test: &dyn Fn(Date) -> bool,
        declared_since: Option<Date>,
        introduced: Date,
        breaks: Option<Date>,
    ) -> bool {
        let Some(start) = self.residence_start() else {
            return false;
        };
        let as_of = self.profile().as_of;
        let recognised = declared_since.is_some_and(|since| {
            since.max(start).add_years(years) <= day
                && (day < as_of || breaks.is_none_or(|b| day < b))
        });
        day >= introduced
            && start.add_years(years) <= day
            && test(day)
            && (recognised || test(day.add_years(-years)))
    }

    fn hsp2(&self, day: Date) -> bool {
        let p = self.profile();
        let Some(r) = p.residence.as_ref() else {
            return false;
        };
        let end = match r.current_status {
            Status::Hsp1 => None,
            Status::Pr => match r.pr_since {
                Some(end) => Some(end),
                None => return false,
            },
            _ => return false,
        };
        let until = end.map_or(day, |end| end.min(day));
        let hsp1_since = [r.hsp_since, r.jskip_since].into_iter().flatten().min();
        let ordinary = hsp1_since.is_some_and(|since| since.add_years(3) <= until)
            && self.person.passes70(day);
        let jskip = r
            .jskip_since
            .is_some_and(|since| since.add_years(1) <= until)
            && self.person.jskip_on(day);
        day >= hsp2_status() && (ordinary || jskip)
    }
}

/// The day-by-day reading of a check's `eligible_now` and `earliest_date`.
fn check_window(
    name: &str,
    as_of: Date,
    horizon: Date,
    eligible_now: bool,
    earliest: Option<Date>,
    holds: &dyn Fn(Date) -> bool,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(
        eligible_now,
        holds(as_of),
        "{}: eligible_now on {}",
        name,
        as_of
    );
    match (eligible_now, earliest) {
        (true, Some(since)) => {
            prop_assert!(
                since <= as_of,
                "{}: open since {} after {}",
                name,
                since,
                as_of
            );
            let mut day = since;
            while day <= as_of {
                prop_assert!(
                    holds(day),
                    "{}: open since {}, but not on {}",
                    name,
                    since,
                    day
                );
                day = day.add_days(1);
            }
            prop_assert!(
                !holds(since.add_days(-1)),
                "{}: open since {}, but also the day before",
                name,
                since
            );
        }
        (true, None) => prop_assert!(false, "{}: open now without a date", name),
        (false, Some(from)) => {
            prop_assert!(
                from > as_of,
                "{}: closed, yet dated {} (not after {})",
                name,
                from,
                as_of
            );
            prop_assert!(holds(from), "{}: from {}, but not on that day", name, from);
            let mut day = as_of;
            while day < from {
                prop_assert!(
                    !holds(day),
                    "{}: from {}, but already on {}",
                    name,
                    from,
                    day
                );
                day = day.add_days(1);
            }
        }
        (false, None) => {
            let mut day = as_of;
            while day <= horizon {
                prop_assert!(!holds(day), "{}: never, but on {}", name, day);
                day = day.add_days(1);
            }
        }
    }
    Ok(())
}

fn route<'a>(a: &'a Assessment, name: &str) -> &'a hsp_pr::rules::pr::Route {
    a.pr.routes.iter().find(|r| r.route == name).expect("route")
}

fn check_history(profile: &Profile) -> Result<(), TestCaseError> {
    let a = evaluate(profile);
    // The sheet of today is scored at the age given.
    let age_row = a
        .points
        .items
        .iter()
        .find(|i| i.id == "age")
        .and_then(|i| i.row);
    let expected_row = match profile.age {
        0..=29 => Some("under_30"),
        30..=34 => Some("30_to_34"),
        35..=39 => Some("35_to_39"),
        _ => None,
    };
    if profile.category != Category::C {
        prop_assert_eq!(age_row, expected_row, "age {}", profile.age);
    }
    let as_of = profile.as_of;
    // Beyond this day nothing changes: every age cliff (≤ 40; ages from 22), experience
    // band (≤ 10 years on from 0), residence period (≤ 10 years) and look-back (≤ 3 years).
    let horizon = as_of.add_years(26);
    let first_day = date("2008-01-01");
    let person = Person::new(profile, first_day, horizon);
    let rules = Rules { person: &person };
    let status = profile.status();
    let residence = profile.residence.as_ref();

    // HSP(i) by the points: eligible today, or from the first day ahead (no "since").
    let hsp1 = |d: Date| d >= points_system() && person.passes70(d);
    if a.hsp.eligible {
        prop_assert!(hsp1(as_of) && a.hsp.eligible_from.is_none());
    } else {
        check_window("hsp1", as_of, horizon, false, a.hsp.eligible_from, &hsp1)?;
    }
    // J-Skip: the criteria on the day (from 2023-04-21).
    check_window(
        "jskip",
        as_of,
        horizon,
        a.jskip.eligible,
        a.jskip.earliest_date,
        &|d| d >= jskip_scheme() && person.jskip_on(d),
    )?;
    // HSP(ii) (V5, V16).
    if status == Some(Status::Hsp2) {
        prop_assert!(a.hsp2.already_hsp2 && !a.hsp2.eligible && a.hsp2.earliest_date.is_none());
    } else {
        check_window(
            "hsp2",
            as_of,
            horizon,
            a.hsp2.eligible,
            a.hsp2.earliest_date,
            &|d| rules.hsp2(d),
        )?;
    }
    // PR: nothing open to a permanent resident, or to someone outside Japan.
    if matches!(status, Some(Status::Pr | Status::OutsideJapan)) || residence.is_none() {
        prop_assert!(
            a.pr.routes
                .iter()
                .all(|r| !r.eligible_now && r.earliest_date.is_none())
        );
        return Ok(());
    }
    let r = residence.expect("residence");
    let pass70 = |d: Date| person.passes70(d);
    let pass80 = |d: Date| person.passes80(d);
    let jskip = |d: Date| person.jskip_on(d);
    let declared_70 = [r.points_70_since, r.points_80_since]
        .into_iter()
        .flatten()
        .min();
    // (route, years, the test on a day, the declared run's start, the route's first day)
    type Track<'a> = (&'a str, i32, &'a dyn Fn(Date) -> bool, Option<Date>, Date);
    let tracks: [Track; 3] = [
        ("hsp70", 3, &pass70, declared_70, hsp_tracks()),
        ("hsp80", 1, &pass80, r.points_80_since, hsp_tracks()),
        ("jskip", 1, &jskip, r.jskip_since, jskip_scheme()),
    ];
    for (name, years, test, declared, introduced) in tracks {
        let breaks = rules.first_failure_from_today(test, horizon);
        let found = route(&a, name);
        check_window(
            name,
            as_of,
            horizon,
            found.eligible_now,
            found.earliest_date,
            &|d| rules.fast_track(d, years, test, declared, introduced, breaks),
        )?;
    }
    // The general route: 10 years in Japan with 5 in a work or residential status.
    let start = r.in_japan_since.expect("arrival");
    let work_since = r
        .work_status_since
        .or(r.hsp_since)
        .or_else(|| r.current_status.is_work_or_residential().then_some(start));
    let general = route(&a, "general");
    check_window(
        "general",
        as_of,
        horizon,
        general.eligible_now,
        general.earliest_date,
        &|d| start.add_years(10) <= d && work_since.is_some_and(|w| w.add_years(5) <= d),
    )?;
    // `pr.earliest_date` lies on or before `as_of` only when some route is open.
    prop_assert_eq!(
        a.pr.earliest_date.is_some_and(|d| d <= as_of),
        a.pr.routes.iter().any(|r| r.eligible_now)
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("HSP_PR_DATE_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(400)
    ))]

    #[test]
    fn every_date_is_the_rule_read_day_by_day(json in history()) {
        let Ok(profile) = decode(&value(json), date("2026-11-26"), None) else {
            return Ok(());
        };
        check_history(&profile)?;
    }
}

/// The histories must mostly be valid, or the property tests little.
#[test]
fn most_generated_histories_are_valid() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = history();
    let total = 300;
    let valid = (0..total)
        .filter(|_| {
            let json = strategy.new_tree(&mut runner).expect("tree").current();
            decode(&value(json), date("2026-11-26"), None).is_ok()
        })
        .count();
    assert!(valid * 10 >= total * 8, "only {valid} of {total} valid");
}

/// The property reads every kind of answer for every check: open now, closed with a date,
/// never. Without this, a generator that drifted would leave it testing little.
#[test]
fn the_histories_reach_every_kind_of_answer() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = history();
    // (open, dated, never) per check.
    let mut seen = std::collections::BTreeMap::<&str, [u32; 3]>::new();
    let mut note = |name: &'static str, open: bool, date: Option<Date>| {
        let kind = match (open, date) {
            (true, _) => 0,
            (false, Some(_)) => 1,
            (false, None) => 2,
        };
        seen.entry(name).or_default()[kind] += 1;
    };
    for _ in 0..600 {
        let json = strategy.new_tree(&mut runner).expect("tree").current();
        let Ok(profile) = decode(&value(json), date("2026-11-26"), None) else {
            continue;
        };
        let a = evaluate(&profile);
        note("hsp1", a.hsp.eligible, a.hsp.eligible_from);
        note("jskip", a.jskip.eligible, a.jskip.earliest_date);
        note("hsp2", a.hsp2.eligible, a.hsp2.earliest_date);
        for name in ["general", "hsp70", "hsp80", "jskip_route"] {
            let r = route(&a, name.trim_end_matches("_route"));
            note(name, r.eligible_now, r.earliest_date);
        }
    }
    for (name, [open, dated, never]) in &seen {
        eprintln!("{name}: {open} open, {dated} dated, {never} never");
        assert!(
            *open >= 10 && *dated >= 10 && *never >= 10,
            "{name} is exercised too little: {open} open, {dated} dated, {never} never"
        );
    }
    assert_eq!(seen.len(), 7);
}
