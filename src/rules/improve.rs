//! "What would change the result" (issue #2 item 2): the single changes that would raise the
//! points, re-scored on the sheet (so every exclusivity rule applies), cheapest first; and the
//! dates on which the points change by themselves (age cliffs, experience steps).

use serde::Serialize;

use super::date::Date;
use super::points::AgeBand;
use super::points::{
    PASS_MARK, PR_1_YEAR_MARK, PointInputs, SALARY_FLOOR_YEN, salary_band_floors, score,
};
use super::profile::{Bonus, Category, Education, Japanese, Position, Research};
use super::timeline::{Timeline, experience_thresholds};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Improvements {
    /// Points missing to 70 and to 80 (0 when reached).
    pub needed_for_70: u32,
    pub needed_for_80: u32,
    pub options: Vec<Improvement>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Improvement {
    /// What changes: `japanese`, `education`, `multiple_degrees`, `salary`, `research`,
    /// `qualifications`, `position`, or a bonus name.
    pub change: &'static str,
    /// The new value: a level (`n1`, `doctor`, `representative`, a research item), or `held`.
    pub to: &'static str,
    /// For `salary`: the annual salary to reach, in yen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub salary_yen: Option<u64>,
    pub gain: u32,
    pub new_total: u32,
    /// HSP(i) eligible with this change (points and the ¥3M floor).
    pub reaches_70: bool,
    pub reaches_80: bool,
    /// 1 a fact about the employer to check, 2 a pay or position change, 3 an exam or a
    /// research output, 4 a new degree or a large investment. The list is sorted on it.
    pub effort: u8,
}

fn option(
    base: &PointInputs,
    base_total: u32,
    changed: PointInputs,
    change: &'static str,
    to: &'static str,
    effort: u8,
) -> Option<Improvement> {
    let new_total = score(&changed).total();
    let floor_ok = !changed.fails_salary_floor();
    let newly_eligible = floor_ok && base.fails_salary_floor() && new_total >= PASS_MARK;
    (new_total > base_total || newly_eligible).then_some(Improvement {
        change,
        to,
        salary_yen: None,
        gain: new_total.saturating_sub(base_total),
        new_total,
        reaches_70: floor_ok && new_total >= PASS_MARK,
        reaches_80: floor_ok && new_total >= PR_1_YEAR_MARK,
        effort,
    })
}

pub fn improvements(base: &PointInputs) -> Improvements {
    let total = score(base).total();
    let mut options: Vec<Improvement> = Vec::new();
    let mut push = |changed: PointInputs, change, to, effort| {
        if let Some(found) = option(base, total, changed, change, to, effort) {
            options.push(found);
        }
    };

    // 1: facts about the employer or the work the person may not have checked.
    for bonus in [
        Bonus::InnovationSupport,
        Bonus::Sme,
        Bonus::LocalGovSupport,
        Bonus::RndOver3Pct,
        Bonus::GrowthField,
    ] {
        if !base.bonuses.has(bonus) {
            let changed = PointInputs {
                bonuses: base.bonuses.with(bonus),
                ..*base
            };
            push(changed, bonus.code(), "held", 1);
        }
    }
    // 2: position (c).
    for position in [Position::Director, Position::Representative] {
        if position > base.position {
            push(
                PointInputs { position, ..*base },
                "position",
                position.code(),
                2,
            );
        }
    }
    // 3: an exam, a licence, a research output, a foreign qualification.
    for level in [Japanese::N2, Japanese::N1] {
        if level > base.japanese {
            push(
                PointInputs {
                    japanese: level,
                    ..*base
                },
                "japanese",
                level.code(),
                3,
            );
        }
    }
    push(
        PointInputs {
            qualifications: base.qualifications.saturating_add(1),
            ..*base
        },
        "qualifications",
        "one_more",
        3,
    );
    for item in Research::ALL {
        if !base.research.has(item) {
            push(
                PointInputs {
                    research: base.research.with(item),
                    ..*base
                },
                "research",
                item.code(),
                3,
            );
        }
    }
    if !base.bonuses.has(Bonus::ForeignQualification) {
        let changed = PointInputs {
            bonuses: base.bonuses.with(Bonus::ForeignQualification),
            ..*base
        };
        push(changed, Bonus::ForeignQualification.code(), "held", 3);
    }
    // 4: a degree, a Japanese degree or training, an investment, a new line of business.
    for education in [Education::Master, Education::MbaMot, Education::Doctor] {
        if education > base.education {
            push(
                PointInputs { education, ..*base },
                "education",
                education.code(),
                4,
            );
        }
    }
    if !base.multiple_degrees && base.education.is_graduate() {
        push(
            PointInputs {
                multiple_degrees: true,
                ..*base
            },
            "multiple_degrees",
            "held",
            4,
        );
    }
    for bonus in [
        Bonus::JapaneseUniversity,
        Bonus::TopUniversity,
        Bonus::JicaTraining,
        Bonus::Investment100m,
        Bonus::InvestmentManagement,
    ] {
        if !base.bonuses.has(bonus) {
            let changed = PointInputs {
                bonuses: base.bonuses.with(bonus),
                ..*base
            };
            push(changed, bonus.code(), "held", 4);
        }
    }
    options.extend(salary_options(base, total));
    // Cheapest first: by effort, then the smaller raise, then the larger gain.
    options.sort_by(|a, b| {
        (a.effort, a.salary_yen)
            .cmp(&(b.effort, b.salary_yen))
            .then(b.gain.cmp(&a.gain))
    });
    Improvements {
        needed_for_70: PASS_MARK.saturating_sub(total),
        needed_for_80: PR_1_YEAR_MARK.saturating_sub(total),
        options,
    }
}

/// The salaries worth naming: the ¥3M floor where it fails, the next band that adds points,
/// and the lowest salaries that reach 70 and 80 (each only once).
fn salary_options(base: &PointInputs, total: u32) -> Vec<Improvement> {
    let mut floors: Vec<u64> = salary_band_floors(base.category).collect();
    if base.category != Category::A {
        floors.push(SALARY_FLOOR_YEN);
    }
    floors.retain(|floor| *floor > base.annual_salary_yen);
    floors.sort_unstable();
    let candidates: Vec<Improvement> = floors
        .into_iter()
        .filter_map(|yen| {
            let changed = PointInputs {
                annual_salary_yen: yen,
                ..*base
            };
            option(base, total, changed, "salary", "at_least", 2).map(|found| Improvement {
                salary_yen: Some(yen),
                ..found
            })
        })
        .collect();
    let mut chosen: Vec<Improvement> = Vec::new();
    let first_where =
        |pick: &dyn Fn(&Improvement) -> bool| candidates.iter().find(|c| pick(c)).cloned();
    for found in [
        first_where(&|c| c.gain > 0 || c.reaches_70),
        first_where(&|c| c.reaches_70),
        first_where(&|c| c.reaches_80),
    ]
    .into_iter()
    .flatten()
    {
        if !chosen.iter().any(|c| c.salary_yen == found.salary_yen) {
            chosen.push(found);
        }
    }
    chosen
}

/// A date on which the points change by themselves.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PointsChange {
    pub date: Date,
    /// `age_30`, `age_35`, `age_40`, or `experience_3_years` … `experience_10_years`.
    pub cause: &'static str,
    pub total_before: u32,
    pub total_after: u32,
    /// `false` when the date rests on an assumption (no birth date: the oldest birthday).
    pub exact: bool,
}

const AGE_CAUSES: [&str; 3] = ["age_30", "age_35", "age_40"];

fn experience_cause(years: f64) -> &'static str {
    match years as u32 {
        3 => "experience_3_years",
        5 => "experience_5_years",
        7 => "experience_7_years",
        _ => "experience_10_years",
    }
}

/// Future dates on which the total changes, with the cause; salary and the rest as today.
pub fn points_timeline(timeline: &Timeline) -> Vec<PointsChange> {
    let profile = timeline.profile();
    let as_of = profile.as_of;
    let ages = AgeBand::CLIFF_AGES
        .iter()
        .zip(AGE_CAUSES)
        .map(|(age, cause)| (timeline.birthday(*age), cause, timeline.birth_date_known()));
    let experience = experience_thresholds(profile.category).iter().map(|years| {
        (
            timeline.experience_reaches(*years),
            experience_cause(*years),
            true,
        )
    });
    let mut changes: Vec<PointsChange> = ages
        .chain(experience)
        .filter(|(date, _, _)| *date > as_of)
        .filter_map(|(date, cause, exact)| {
            let before = timeline.snapshot(date.add_days(-1)).card().total();
            let after = timeline.snapshot(date).card().total();
            (before != after).then_some(PointsChange {
                date,
                cause,
                total_before: before,
                total_after: after,
                exact,
            })
        })
        .collect();
    changes.sort_by_key(|c| c.date);
    changes
}
