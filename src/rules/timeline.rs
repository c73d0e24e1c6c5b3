//! The person's sheet inputs at any date, past or future, and the dates on which they change.
//!
//! The sheet is read at the time of each permission (S3; RULES.md §1.0 "Reference date"), and
//! the PR fast track reads it on two dates (S10 §2 items 6–8). So "when can I apply" needs the
//! points on other days than today. The model, stated once here and flagged in the output:
//! - age: from `birth_date`; with `age` only, the oldest birth date consistent with it is
//!   assumed, so no drop comes later than shown;
//! - experience: grows with time (the person keeps doing the work) and shrinks going back
//!   (the least experience the person can have had then);
//! - the rest of the sheet (salary, degree, Japanese, research, licences, position, the
//!   employer's additions) is known today, and on the look-back dates one and three years
//!   back as far as the profile gives it (`salary_1y_before_yen`, `sheet_3y_before` …).
//!   Between two dates on which a value is known and differs, the day of the change is
//!   unknown: the engine takes the value that scores less (V23: never a day earlier than the
//!   facts support), and says the date could be earlier. Before the earliest date on which a
//!   value is known, that value is assumed, and said to be (V23).
//! - declared history (`points_70_since`, `points_80_since`, `jskip_since`) is evidence for
//!   the past dates it covers and outranks the reconstruction.
//! - after `as_of`: everything as today (the projection).

use super::date::Date;
use super::points::{AgeBand, PointInputs, ScoreCard, score};
use super::profile::{
    Bonus, Bonuses, Category, Education, Japanese, PastSheet, Position, Profile, Research,
    ResearchItems,
};

/// A part of the sheet that can differ between dates: everything it reads but the age and
/// the experience, which the model derives from the date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Member {
    Salary,
    Education,
    MultipleDegrees,
    Japanese,
    Qualifications,
    Position,
    Research(Research),
    Bonus(Bonus),
}

/// A set of [`Member`]s, as bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Members(u32);

impl Members {
    pub const ALL: Members = Members((1 << 22) - 1);
    pub fn has(self, member: Member) -> bool {
        self.0 & member.bit() != 0
    }
    pub fn with(self, member: Member) -> Members {
        Members(self.0 | member.bit())
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    pub fn union(self, other: Members) -> Members {
        Members(self.0 | other.0)
    }
    pub fn without(self, other: Members) -> Members {
        Members(self.0 & !other.0)
    }
    pub fn iter(self) -> impl Iterator<Item = Member> {
        Member::all().filter(move |m| self.has(*m))
    }
}

impl Member {
    /// Every member, in the order of the sheet.
    pub fn all() -> impl Iterator<Item = Member> {
        [
            Member::Salary,
            Member::Education,
            Member::MultipleDegrees,
            Member::Japanese,
            Member::Qualifications,
            Member::Position,
        ]
        .into_iter()
        .chain(Research::ALL.into_iter().map(Member::Research))
        .chain(Bonus::ALL.into_iter().map(Member::Bonus))
    }

    /// Bits 0–5 the single members, 6–9 the research items, 10–21 the bonuses.
    fn bit(self) -> u32 {
        let (offset, bits) = match self {
            Member::Salary => (0, 1),
            Member::Education => (1, 1),
            Member::MultipleDegrees => (2, 1),
            Member::Japanese => (3, 1),
            Member::Qualifications => (4, 1),
            Member::Position => (5, 1),
            Member::Research(item) => (6, u32::from(ResearchItems::default().with(item).bits())),
            Member::Bonus(bonus) => (10, u32::from(Bonuses::default().with(bonus).bits())),
        };
        bits.checked_shl(offset).unwrap_or(0)
    }

    /// The profile's name for the member (a field, a research item or a bonus name).
    pub fn code(self) -> &'static str {
        match self {
            Member::Salary => "salary",
            Member::Education => "education",
            Member::MultipleDegrees => "multiple_degrees",
            Member::Japanese => "japanese",
            Member::Qualifications => "qualifications",
            Member::Position => "position",
            Member::Research(item) => item.code(),
            Member::Bonus(bonus) => bonus.code(),
        }
    }

    /// How much the member's value can give on the sheet, to take the lower of two values.
    /// `None` for the two that can lower the total when held (⑭ removes ⑮-Ⅱ, and ⑱ when the
    /// training used Japanese university classes: S1 notes): both of their values are tried.
    fn rank(self, inputs: &PointInputs) -> Option<u64> {
        Some(match self {
            Member::Salary => inputs.annual_salary_yen,
            Member::Education => u64::from(education_points(inputs.category, inputs.education)),
            Member::MultipleDegrees => u64::from(inputs.multiple_degrees),
            Member::Japanese => match inputs.japanese {
                Japanese::None => 0,
                Japanese::N2 => 1,
                Japanese::N1 => 2,
            },
            Member::Qualifications => u64::from(inputs.qualifications),
            Member::Position => match inputs.position {
                Position::None => 0,
                Position::Director => 1,
                Position::Representative => 2,
            },
            Member::Research(item) => u64::from(inputs.research.has(item)),
            Member::Bonus(
                Bonus::JapaneseUniversity | Bonus::JicaTrainingUsedJapaneseUniversity,
            ) => {
                return None;
            }
            Member::Bonus(bonus) => u64::from(inputs.bonuses.has(bonus)),
        })
    }

    fn same(self, a: &PointInputs, b: &PointInputs) -> bool {
        match self {
            Member::Salary => a.annual_salary_yen == b.annual_salary_yen,
            Member::Education => a.education == b.education,
            Member::MultipleDegrees => a.multiple_degrees == b.multiple_degrees,
            Member::Japanese => a.japanese == b.japanese,
            Member::Qualifications => a.qualifications == b.qualifications,
            Member::Position => a.position == b.position,
            Member::Research(item) => a.research.has(item) == b.research.has(item),
            Member::Bonus(bonus) => a.bonuses.has(bonus) == b.bonuses.has(bonus),
        }
    }

    /// Copies the member's value from `from` into `to`.
    fn copy(self, to: &mut PointInputs, from: &PointInputs) {
        match self {
            Member::Salary => to.annual_salary_yen = from.annual_salary_yen,
            Member::Education => to.education = from.education,
            Member::MultipleDegrees => to.multiple_degrees = from.multiple_degrees,
            Member::Japanese => to.japanese = from.japanese,
            Member::Qualifications => to.qualifications = from.qualifications,
            Member::Position => to.position = from.position,
            Member::Research(item) => {
                let rest: ResearchItems = to.research.iter().filter(|r| *r != item).collect();
                to.research = if from.research.has(item) {
                    rest.with(item)
                } else {
                    rest
                };
            }
            Member::Bonus(bonus) => {
                let rest: Bonuses = to.bonuses.iter().filter(|b| *b != bonus).collect();
                to.bonuses = if from.bonuses.has(bonus) {
                    rest.with(bonus)
                } else {
                    rest
                };
            }
        }
    }
}

/// ① points of a degree in a category (the education line alone).
fn education_points(category: Category, education: Education) -> u32 {
    score(&PointInputs {
        category,
        age: 0,
        education,
        multiple_degrees: false,
        experience_years: 0.0,
        annual_salary_yen: 0,
        research: ResearchItems::default(),
        qualifications: 0,
        position: Position::None,
        japanese: Japanese::None,
        bonuses: Bonuses::default(),
    })
    .line(super::points::Item::Education)
    .points
}

/// How a value that changed on an unknown day between two known dates is read (V23).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// The value that scores less: never a day earlier than the facts support. The answer.
    Cautious,
    /// The value that scores more: how early a date could be, to say so beside the answer.
    Hopeful,
}

/// The sheet on one date, as far as the profile gives it.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Known {
    date: Date,
    inputs: PointInputs,
    known: Members,
}

/// The sheet inputs at one date, and which of them are assumptions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Snapshot {
    pub date: Date,
    /// The inputs of that date; where a value is uncertain, the one that scores less.
    pub inputs: PointInputs,
    /// The other value of the uncertain members that can lower the total when held (⑭ and
    /// the ⑱ exclusion): every combination is scored, and the lowest counts.
    alternative: PointInputs,
    variants: Members,
    /// Members not known for that date: a value of a later date stands in.
    pub assumed: Members,
    /// Members known before and after that date with different values: the day of the
    /// change is unknown, and the value that scores less is taken.
    pub uncertain: Members,
    /// No birth date: the age is the oldest the person can be on that date.
    pub age_assumed: bool,
    /// For a past date: the points the person declares having had then (`points_80_since`,
    /// `points_70_since`). Declared history is evidence (an HSP permission, a past points
    /// sheet) and outranks the model's reconstruction.
    pub declared_points: Option<u32>,
    /// For a past date: J-Skip held then (`jskip_since`).
    pub declared_jskip: bool,
    reading: Reading,
}

impl Snapshot {
    /// Every reading of the date's inputs (one, unless ⑭ or the ⑱ exclusion is uncertain).
    pub fn readings(&self) -> impl Iterator<Item = PointInputs> + '_ {
        let members: Vec<Member> = self.variants.iter().collect();
        let count = 1usize
            .checked_shl(u32::try_from(members.len()).unwrap_or(0))
            .unwrap_or(1);
        (0..count).map(move |pick| {
            let mut inputs = self.inputs;
            for (i, member) in members.iter().enumerate() {
                if pick.checked_shr(u32::try_from(i).unwrap_or(0)).unwrap_or(0) & 1 == 1 {
                    member.copy(&mut inputs, &self.alternative);
                }
            }
            inputs
        })
    }

    /// The sheet of that date: of its readings, the one with the lowest total (the highest
    /// in a hopeful reading).
    pub fn card(&self) -> ScoreCard {
        self.card_with_inputs().0
    }

    /// The card of the reading taken, with the inputs of that reading (the sheet ticks the
    /// rows of these inputs).
    pub fn card_with_inputs(&self) -> (ScoreCard, PointInputs) {
        let first = (score(&self.inputs), self.inputs);
        if self.variants.is_empty() {
            return first;
        }
        self.readings().map(|inputs| (score(&inputs), inputs)).fold(
            first,
            |kept, (card, inputs)| {
                let takes = match self.reading {
                    Reading::Cautious => card.total() < kept.0.total(),
                    Reading::Hopeful => card.total() > kept.0.total(),
                };
                if takes { (card, inputs) } else { kept }
            },
        )
    }

    /// Whether `holds` is true of the date's inputs: of every reading (of one, in a hopeful
    /// reading).
    pub fn holds(&self, holds: impl Fn(&PointInputs) -> bool) -> bool {
        if self.variants.is_empty() {
            return holds(&self.inputs);
        }
        match self.reading {
            Reading::Cautious => self.readings().all(|inputs| holds(&inputs)),
            Reading::Hopeful => self.readings().any(|inputs| holds(&inputs)),
        }
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
    /// The real birth date, or the oldest one consistent with `age` ([`oldest_birth`]).
    birth: Date,
    /// The sheet as known three years back, one year back and today, oldest first.
    known: Vec<Known>,
    /// The members some past sheet gives: every other one is today's on every day.
    known_in_past: Members,
    /// Every date an input may change band, sorted (computed once: the searches read it often).
    changes: Vec<Date>,
    reading: Reading,
}

impl<'p> Timeline<'p> {
    /// The timeline in the cautious reading: the answer.
    pub fn new(profile: &'p Profile) -> Timeline<'p> {
        Timeline::with_reading(profile, Reading::Cautious)
    }

    pub fn with_reading(profile: &'p Profile, reading: Reading) -> Timeline<'p> {
        let birth = profile
            .birth_date
            .unwrap_or_else(|| oldest_birth(profile.as_of, profile.age));
        let mut timeline = Timeline {
            profile,
            birth,
            known: known_sheets(profile),
            known_in_past: Members::default(),
            changes: Vec::new(),
            reading,
        };
        timeline.known_in_past = timeline
            .known
            .iter()
            .filter(|k| k.date < profile.as_of)
            .fold(Members::default(), |all, k| all.union(k.known));
        timeline.changes = timeline.compute_change_dates();
        timeline
    }

    pub fn profile(&self) -> &'p Profile {
        self.profile
    }

    /// The same history in the hopeful reading, when some value changed on an unknown day
    /// between two known dates (else `None`: both readings agree).
    pub fn hopeful(&self) -> Option<Timeline<'p>> {
        let changed = |m: Member| {
            let mut values = self.known.iter().filter(|k| k.known.has(m));
            values
                .next()
                .is_some_and(|first| values.any(|k| !m.same(&first.inputs, &k.inputs)))
        };
        Member::all()
            .any(changed)
            .then(|| Timeline::with_reading(self.profile, Reading::Hopeful))
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

    /// The first date on which experience reaches `years` (past or future), exactly as
    /// [`Timeline::experience_on`] counts it.
    pub fn experience_reaches(&self, years: f64) -> Date {
        let delta = years - self.profile.experience_years;
        let whole = delta.floor();
        let days = ((delta - whole) * DAYS_PER_YEAR).ceil();
        // |delta| ≤ 100 (decode limits), so both conversions are exact.
        let mut date = self
            .profile
            .as_of
            .add_years(whole as i32)
            .add_days(days as i64);
        // The estimate can miss by a day where years and days meet (leap years, rounding):
        // step to the exact first day.
        for _ in 0..4 {
            if self.experience_on(date) < years {
                date = date.add_days(1);
            } else if self.experience_on(date.add_days(-1)) >= years {
                date = date.add_days(-1);
            } else {
                break;
            }
        }
        date
    }

    /// The sheet inputs of `date`: see the module's model.
    pub fn snapshot(&self, date: Date) -> Snapshot {
        let as_of = self.profile.as_of;
        let today = PointInputs::of(self.profile);
        let mut snapshot = Snapshot {
            date,
            inputs: today,
            alternative: today,
            variants: Members::default(),
            assumed: Members::default(),
            uncertain: Members::default(),
            age_assumed: !self.birth_date_known() && date != as_of,
            declared_points: None,
            declared_jskip: false,
            reading: self.reading,
        };
        if date < as_of {
            self.read_past(&mut snapshot);
        }
        snapshot.inputs.age = self.age_on(date);
        snapshot.inputs.experience_years = self.experience_on(date);
        snapshot.alternative.age = snapshot.inputs.age;
        snapshot.alternative.experience_years = snapshot.inputs.experience_years;
        snapshot
    }

    /// For a date before `as_of`: each member from the known sheets around it, and the
    /// declared history.
    fn read_past(&self, snapshot: &mut Snapshot) {
        let date = snapshot.date;
        // What no past sheet gives is today's value, assumed (the inputs start as today's).
        snapshot.assumed = Members::ALL.without(self.known_in_past);
        for member in self.known_in_past.iter() {
            let knowing = || self.known.iter().filter(move |k| k.known.has(member));
            let before = knowing().rfind(|k| k.date <= date);
            let Some(after) = knowing().find(|k| k.date >= date) else {
                continue;
            };
            match before {
                Some(at) if at.date == date => member.copy(&mut snapshot.inputs, &at.inputs),
                Some(earlier) if member.same(&earlier.inputs, &after.inputs) => {
                    member.copy(&mut snapshot.inputs, &after.inputs);
                }
                Some(earlier) => {
                    snapshot.uncertain = snapshot.uncertain.with(member);
                    match (member.rank(&earlier.inputs), member.rank(&after.inputs)) {
                        (Some(a), Some(b)) => {
                            let cautious = self.reading == Reading::Cautious;
                            let take = if (a <= b) == cautious { earlier } else { after };
                            member.copy(&mut snapshot.inputs, &take.inputs);
                        }
                        _ => {
                            member.copy(&mut snapshot.inputs, &earlier.inputs);
                            member.copy(&mut snapshot.alternative, &after.inputs);
                            snapshot.variants = snapshot.variants.with(member);
                        }
                    }
                }
                None => {
                    member.copy(&mut snapshot.inputs, &after.inputs);
                    snapshot.assumed = snapshot.assumed.with(member);
                }
            }
        }
        // The alternative reading differs only in the variant members.
        let variants = snapshot.variants;
        let mut alternative = snapshot.inputs;
        for member in variants.iter() {
            member.copy(&mut alternative, &snapshot.alternative);
        }
        snapshot.alternative = alternative;

        let residence = self.profile.residence.as_ref();
        let declared = |since: Option<Date>| since.is_some_and(|since| since <= date);
        snapshot.declared_points = match residence {
            Some(r) if declared(r.points_80_since) => Some(80),
            Some(r) if declared(r.points_70_since) => Some(70),
            _ => None,
        };
        snapshot.declared_jskip = residence.is_some_and(|r| declared(r.jskip_since));
    }

    /// The date of the known sheet whose value of `member` stands in on `date` (`as_of` when
    /// today's does): the first date on or after `date` on which the member is known.
    pub fn known_on_or_after(&self, member: Member, date: Date) -> Date {
        self.known
            .iter()
            .find(|k| k.known.has(member) && k.date >= date)
            .map_or(self.profile.as_of, |k| k.date)
    }

    /// Every date on which some sheet input may change, sorted, past and future: the age
    /// cliffs, the experience thresholds (of the sheet and of J-Skip), the known sheets and
    /// the day after each, the start of each declared run, and `as_of`.
    pub fn change_dates(&self) -> &[Date] {
        &self.changes
    }

    fn compute_change_dates(&self) -> Vec<Date> {
        let as_of = self.profile.as_of;
        let residence = self.profile.residence.as_ref();
        let declared = residence
            .map(|r| [r.points_70_since, r.points_80_since, r.jskip_since])
            .unwrap_or_default();
        let mut dates: Vec<Date> = AgeBand::CLIFF_AGES
            .iter()
            .map(|age| self.birthday(*age))
            .chain(
                experience_thresholds(self.profile.category)
                    .iter()
                    .chain(&JSKIP_EXPERIENCE_THRESHOLDS)
                    .map(|years| self.experience_reaches(*years)),
            )
            .chain(self.known.iter().flat_map(|k| [k.date, k.date.add_days(1)]))
            .chain(declared.into_iter().flatten())
            .chain([as_of])
            .collect();
        dates.sort_unstable();
        dates.dedup();
        dates
    }
}

/// The earliest birth date of a person aged `age` on `as_of`: the day after the one on which
/// they would turn `age + 1` by `as_of` (with 29 February turning on 28 February, a day
/// either side of a leap day needs the check, not the arithmetic alone).
fn oldest_birth(as_of: Date, age: u32) -> Date {
    let years = i32::try_from(age).unwrap_or(i32::MAX).saturating_add(1);
    let mut birth = as_of.add_years(years.saturating_neg()).add_days(1);
    for _ in 0..3 {
        if birth.whole_years_until(as_of) < years {
            break;
        }
        birth = birth.add_days(1);
    }
    birth
}

/// The sheet as the profile gives it three years back, one year back and today.
fn known_sheets(profile: &Profile) -> Vec<Known> {
    let today = PointInputs::of(profile);
    let residence = profile.residence.as_ref();
    let past = |years: i32, salary: Option<u64>, sheet: Option<&PastSheet>| {
        let mut inputs = today;
        let mut known = Members::default();
        if let Some(yen) = salary {
            inputs.annual_salary_yen = yen;
            known = known.with(Member::Salary);
        }
        if let Some(sheet) = sheet {
            // Each member given for that date, as the inputs that carry it.
            let mut given: Vec<(Member, Option<PointInputs>)> = vec![
                (
                    Member::Education,
                    sheet
                        .education
                        .map(|education| PointInputs { education, ..today }),
                ),
                (
                    Member::MultipleDegrees,
                    sheet.multiple_degrees.map(|multiple_degrees| PointInputs {
                        multiple_degrees,
                        ..today
                    }),
                ),
                (
                    Member::Japanese,
                    sheet
                        .japanese
                        .map(|japanese| PointInputs { japanese, ..today }),
                ),
                (
                    Member::Qualifications,
                    sheet.qualifications.map(|qualifications| PointInputs {
                        qualifications,
                        ..today
                    }),
                ),
                (
                    Member::Position,
                    sheet
                        .position
                        .map(|position| PointInputs { position, ..today }),
                ),
            ];
            given.extend(sheet.research_known.iter().map(|item| {
                let held = sheet.research_held.iter().filter(|r| *r == item).collect();
                (
                    Member::Research(item),
                    Some(PointInputs {
                        research: held,
                        ..today
                    }),
                )
            }));
            given.extend(sheet.bonuses_known.iter().map(|bonus| {
                let held = sheet.bonuses_held.iter().filter(|b| *b == bonus).collect();
                (
                    Member::Bonus(bonus),
                    Some(PointInputs {
                        bonuses: held,
                        ..today
                    }),
                )
            }));
            for (member, from) in given {
                if let Some(from) = from {
                    member.copy(&mut inputs, &from);
                    known = known.with(member);
                }
            }
        }
        Known {
            date: profile.as_of.add_years(years),
            inputs,
            known,
        }
    };
    let mut sheets = Vec::with_capacity(3);
    if let Some(r) = residence {
        sheets.push(past(-3, r.salary_3y_before_yen, r.sheet_3y_before.as_ref()));
        sheets.push(past(-1, r.salary_1y_before_yen, r.sheet_1y_before.as_ref()));
    }
    sheets.push(Known {
        date: profile.as_of,
        inputs: today,
        known: Members::ALL,
    });
    sheets
}
