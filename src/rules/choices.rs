//! What each answer of the form is worth on the sheet, for this person as they are now
//! (issue #12: the points of a choice shown before it is chosen). Every figure is a
//! [`score`] of the sheet with that one answer changed, so it is exactly what choosing it
//! would give; nothing here has a table of its own.

use super::points::{AgeBand, Item, Note, PointInputs, salary_band_floors, score};
use super::profile::{Bonus, Category, Education, Japanese, Position, Research};

/// What one answer gives: a line's points, or what a box adds to the total (which can be
/// less than nothing: "the training used Japanese university classes" takes ⑱'s 5 away).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Worth {
    pub points: i64,
    /// Why it gives nothing here (not on this category's sheet, closed at this age…).
    pub note: Option<Note>,
}

/// The points of one item of the sheet with `change` applied.
fn line_worth(inputs: &PointInputs, item: Item, change: impl Fn(&mut PointInputs)) -> Worth {
    let mut changed = *inputs;
    change(&mut changed);
    let line = score(&changed).line(item);
    Worth {
        points: i64::from(line.points),
        note: line.note,
    }
}

/// The total with `change` applied, less the total with `undo` applied: what a box is worth
/// on top of everything else (the second research item in (a) is worth 5, not 20).
fn difference(
    inputs: &PointInputs,
    item: Option<Item>,
    with: impl Fn(&mut PointInputs),
    without: impl Fn(&mut PointInputs),
) -> Worth {
    let (mut on, mut off) = (*inputs, *inputs);
    with(&mut on);
    without(&mut off);
    let (card, before) = (score(&on), score(&off));
    // Why it adds nothing: its own line's note, or the note it causes on another line (⑭
    // beside N2 gives 10 and takes N2's 10: "N2 does not count with a Japanese degree").
    let note = item.and_then(|item| card.line(item).note).or_else(|| {
        Item::ALL
            .into_iter()
            .map(|i| (card.line(i).note, before.line(i).note))
            .find_map(|(now, was)| now.filter(|_| now != was))
    });
    Worth {
        points: i64::from(card.total()).saturating_sub(i64::from(before.total())),
        note,
    }
}

/// Each degree's row (① is the highest degree only).
pub fn education(inputs: &PointInputs) -> Vec<(Education, Worth)> {
    Education::ALL
        .into_iter()
        .map(|e| (e, line_worth(inputs, Item::Education, |i| i.education = e)))
        .collect()
}

/// Each level of ⑮ (N2 gives nothing beside ⑭).
pub fn japanese(inputs: &PointInputs) -> Vec<(Japanese, Worth)> {
    Japanese::ALL
        .into_iter()
        .map(|j| (j, line_worth(inputs, Item::Japanese, |i| i.japanese = j)))
        .collect()
}

/// Each position of ⑳ ((c) only).
pub fn position(inputs: &PointInputs) -> Vec<(Position, Worth)> {
    Position::ALL
        .into_iter()
        .map(|p| (p, line_worth(inputs, Item::Position, |i| i.position = p)))
        .collect()
}

/// What each research item adds to the others held (④–⑦).
pub fn research(inputs: &PointInputs) -> Vec<(Research, Worth)> {
    Research::ALL
        .into_iter()
        .map(|r| {
            let without = inputs.research.iter().filter(|x| *x != r).collect();
            (
                r,
                difference(
                    inputs,
                    Some(Item::Research),
                    |i| i.research = i.research.with(r),
                    |i| i.research = without,
                ),
            )
        })
        .collect()
}

/// What each bonus box adds to the rest (⑩ only with ⑨, ⑫ only for an SME…).
pub fn bonuses(inputs: &PointInputs) -> Vec<(Bonus, Worth)> {
    Bonus::ALL
        .into_iter()
        .map(|b| {
            let without = inputs.bonuses.iter().filter(|x| *x != b).collect();
            (
                b,
                difference(
                    inputs,
                    Item::of_bonus(b),
                    |i| i.bonuses = i.bonuses.with(b),
                    |i| i.bonuses = without,
                ),
            )
        })
        .collect()
}

/// What two or more graduate degrees in different fields add (S1 注2: with a graduate degree).
pub fn multiple_degrees(inputs: &PointInputs) -> Worth {
    difference(
        inputs,
        None,
        |i| i.multiple_degrees = true,
        |i| i.multiple_degrees = false,
    )
}

/// ⑧: one and two or more ((b) only).
pub fn qualifications(inputs: &PointInputs) -> [(u32, Worth); 2] {
    [1, 2].map(|n| {
        (
            n,
            line_worth(inputs, Item::Qualifications, |i| i.qualifications = n),
        )
    })
}

/// ②: each band's lower edge in years and its points.
pub fn experience_bands(inputs: &PointInputs) -> Vec<(u32, Worth)> {
    [3, 5, 7, 10]
        .into_iter()
        .map(|years| {
            (
                years,
                line_worth(inputs, Item::Experience, |i| {
                    i.experience_years = f64::from(years)
                }),
            )
        })
        // (a) tops out at 7 years: a 10-year row would repeat it.
        .filter(|(years, _)| *years != 10 || inputs.category != Category::A)
        .collect()
}

/// ③: each salary band's lower edge and its points at this person's age (a band the matrix
/// closes at this age gives 0, with the note saying so).
pub fn salary_bands(inputs: &PointInputs) -> Vec<(u64, Worth)> {
    let mut bands: Vec<(u64, Worth)> = salary_band_floors(inputs.category)
        .map(|floor| {
            (
                floor,
                line_worth(inputs, Item::Salary, |i| i.annual_salary_yen = floor),
            )
        })
        .collect();
    bands.reverse();
    bands
}

/// The age band the salary bands were read at.
pub fn age_band(inputs: &PointInputs) -> AgeBand {
    AgeBand::of(inputs.age)
}
