//! What a look-back read, and what it assumed about the past (V23).
//!
//! A fast track reads the sheet on a date one or three years before the application. The
//! engine knows the past only as far as the profile gives it; everything else is an
//! assumption, and each one that could make the answer too kind is named, so the person can
//! confirm it or correct it.

use serde::Serialize;

use super::date::Date;
use super::points::{Item, ScoreCard};
use super::profile::{Education, Japanese, Position};
use super::timeline::{Member, Snapshot, Timeline};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Lookback {
    pub date: Date,
    /// The total on that date (fast tracks by points); `null` for J-Skip.
    pub points: Option<u32>,
    /// Met, by the computed points or by the declared history.
    pub met: bool,
    /// The declared history (`points_70_since` …) covers that date.
    pub declared: bool,
    /// The salary of that date was not given, or its change date is unknown.
    pub salary_assumed: bool,
    pub age_assumed: bool,
    /// What the reading of that date assumed (V23), the assumptions that could make it too
    /// kind: the salary, and every item that scores then but was not given for that date.
    pub assumptions: Vec<Assumption>,
    /// The facts given for that date: sheet members (`salary`, `japanese` …) and declared
    /// history (`points_70_since` …).
    pub facts: Vec<&'static str>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assumption {
    /// `salary`, `age`, `education`, `multiple_degrees`, `japanese`, `qualifications`,
    /// `position`, a research item (`patent` …) or a bonus name.
    pub item: &'static str,
    /// `as_today`: not given for that date, today's value taken (for an item: "you already
    /// had it then"); `as_1y_before`, `as_3y_before`: the value given for one (three)
    /// years before taken, for an earlier date;
    /// `change_date_unknown`: given before and after with different values, the day of the
    /// change unknown: the value that scores less is taken, so the date could be earlier;
    /// `oldest_birthday`: no birth date, the oldest possible age taken.
    pub kind: &'static str,
    /// The value taken: a code (`n1`, `master`, `director`, `held`, `not_held`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<&'static str>,
    /// The salary taken, in yen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub yen: Option<u64>,
    /// The number taken: the age, or the licences held.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
}

/// Whether a member's value on a date gives points on that date's sheet (an assumption of
/// something that scores nothing cannot make an answer too kind).
fn scores(member: Member, card: &ScoreCard) -> bool {
    let item = match member {
        Member::Salary => return true,
        Member::Education => Item::Education,
        Member::MultipleDegrees => Item::MultipleDegrees,
        Member::Japanese => Item::Japanese,
        Member::Qualifications => Item::Qualifications,
        Member::Position => Item::Position,
        Member::Research(_) => Item::Research,
        Member::Bonus(bonus) => match Item::of_bonus(bonus) {
            Some(item) => item,
            // The ⑱ exclusion is a fact that removes points, not an item.
            None => return false,
        },
    };
    card.line(item).points > 0
}

fn held(yes: bool) -> &'static str {
    if yes { "held" } else { "not_held" }
}

/// The assumption about `member` on the snapshot's date, with the value taken.
fn assumption(member: Member, snapshot: &Snapshot, kind: &'static str) -> Assumption {
    let inputs = &snapshot.inputs;
    let (value, yen, count) = match member {
        Member::Salary => (None, Some(inputs.annual_salary_yen), None),
        Member::Education => (Some(Education::code(inputs.education)), None, None),
        Member::MultipleDegrees => (Some(held(inputs.multiple_degrees)), None, None),
        Member::Japanese => (Some(Japanese::code(inputs.japanese)), None, None),
        Member::Qualifications => (None, None, Some(inputs.qualifications)),
        Member::Position => (Some(Position::code(inputs.position)), None, None),
        Member::Research(item) => (Some(held(inputs.research.has(item))), None, None),
        Member::Bonus(bonus) => (Some(held(inputs.bonuses.has(bonus))), None, None),
    };
    Assumption {
        item: member.code(),
        kind,
        value,
        yen,
        count,
    }
}

/// The look-back of an application on some day: the sheet of `snapshot`'s date, whether
/// `met`, and what it assumed.
pub fn lookback(
    timeline: &Timeline,
    snapshot: &Snapshot,
    points: Option<u32>,
    met: bool,
    declared: Option<&'static str>,
) -> Lookback {
    let date = snapshot.date;
    let as_of = timeline.profile().as_of;
    let card = snapshot.card();
    let mut assumptions = Vec::new();
    if snapshot.age_assumed {
        assumptions.push(Assumption {
            item: "age",
            kind: "oldest_birthday",
            value: None,
            yen: None,
            count: Some(snapshot.inputs.age),
        });
    }
    let mut facts = Vec::new();
    for member in Member::all() {
        if snapshot.uncertain.has(member) {
            assumptions.push(assumption(member, snapshot, "change_date_unknown"));
        } else if snapshot.assumed.has(member) {
            // Bonuses and research items count only where held (not holding one cannot help).
            let kind_of_help = match member {
                Member::Bonus(bonus) => snapshot.inputs.bonuses.has(bonus),
                Member::Research(item) => snapshot.inputs.research.has(item),
                _ => true,
            };
            if kind_of_help && scores(member, &card) {
                let source = timeline.known_on_or_after(member, date);
                let kind = if source == as_of {
                    "as_today"
                } else if source == as_of.add_years(-1) {
                    "as_1y_before"
                } else {
                    "as_3y_before"
                };
                assumptions.push(assumption(member, snapshot, kind));
            }
        } else if date < as_of {
            facts.push(member.code());
        }
    }
    if date >= as_of {
        facts.clear();
    }
    // Declared history decides the date: the model's reconstruction assumed nothing that counts.
    if declared.is_some() {
        assumptions.clear();
    }
    facts.extend(declared);
    let salary_assumed =
        snapshot.assumed.has(Member::Salary) || snapshot.uncertain.has(Member::Salary);
    Lookback {
        date,
        points,
        met,
        declared: declared.is_some(),
        salary_assumed,
        age_assumed: snapshot.age_assumed,
        assumptions,
        facts,
    }
}
