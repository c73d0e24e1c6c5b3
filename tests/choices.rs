//! The points shown on each answer before it is chosen (`rules::choices`, issue #12) are
//! exactly what choosing it gives: checked against the sheet itself over generated inputs.

mod common;

use common::strategies::point_inputs;
use common::{assess, profile};
use hsp_pr::rules::choices;
use hsp_pr::rules::points::{Item, Note, PointInputs, score};
use hsp_pr::rules::profile::{Bonus, Category, Education, Japanese, Research};
use hsp_pr::rules::way_back::WayBack;
use proptest::prelude::*;
use serde_json::json;

fn total(inputs: &PointInputs) -> i64 {
    i64::from(score(inputs).total())
}

fn line(inputs: &PointInputs, item: Item) -> i64 {
    i64::from(score(inputs).line(item).points)
}

proptest! {
    #[test]
    fn each_option_gives_what_it_says(inputs in point_inputs()) {
        for (education, worth) in choices::education(&inputs) {
            let chosen = PointInputs { education, ..inputs };
            prop_assert_eq!(worth.points, line(&chosen, Item::Education));
        }
        for (japanese, worth) in choices::japanese(&inputs) {
            let chosen = PointInputs { japanese, ..inputs };
            prop_assert_eq!(worth.points, line(&chosen, Item::Japanese));
        }
        // A box's worth is what ticking it adds to the total, whatever else is ticked.
        for (item, worth) in choices::research(&inputs) {
            let on = PointInputs { research: inputs.research.with(item), ..inputs };
            let off = PointInputs { research: inputs.research.iter().filter(|r| *r != item).collect(), ..inputs };
            prop_assert_eq!(worth.points, total(&on) - total(&off));
        }
        for (bonus, worth) in choices::bonuses(&inputs) {
            let on = PointInputs { bonuses: inputs.bonuses.with(bonus), ..inputs };
            let off = PointInputs { bonuses: inputs.bonuses.iter().filter(|b| *b != bonus).collect(), ..inputs };
            prop_assert_eq!(worth.points, total(&on) - total(&off));
        }
        // Every salary band at this age, and every experience band, as the sheet scores it.
        for (floor, worth) in choices::salary_bands(&inputs) {
            let at = PointInputs { annual_salary_yen: floor, ..inputs };
            prop_assert_eq!(worth.points, line(&at, Item::Salary));
        }
        for (years, worth) in choices::experience_bands(&inputs) {
            let at = PointInputs { experience_years: f64::from(years), ..inputs };
            prop_assert_eq!(worth.points, line(&at, Item::Experience));
        }
    }
}

fn base(category: Category, age: u32) -> PointInputs {
    let p =
        profile(json!({ "category": category.code(), "age": age, "annual_salary_yen": 6_000_000 }));
    PointInputs::of(&p)
}

#[test]
fn what_does_not_score_says_so() {
    // ⑩ without ⑨: +0, "only with the innovation support".
    let sme = choices::bonuses(&base(Category::B, 30))
        .into_iter()
        .find(|(b, _)| *b == Bonus::Sme)
        .map(|(_, w)| w);
    assert_eq!(
        sme.map(|w| (w.points, w.note)),
        Some((0, Some(Note::RequiresInnovationSupport)))
    );
    // N2 beside a Japanese degree: +0.
    let with_degree = PointInputs {
        bonuses: base(Category::B, 30)
            .bonuses
            .with(Bonus::JapaneseUniversity),
        ..base(Category::B, 30)
    };
    let n2 = choices::japanese(&with_degree)
        .into_iter()
        .find(|(j, _)| *j == Japanese::N2);
    assert_eq!(
        n2.map(|(_, w)| (w.points, w.note)),
        Some((0, Some(Note::N2ExcludedByJapaneseUniversity)))
    );
    // ⑭ beside N2: +10 for the degree, −10 for N2, and the reason said.
    let n2 = PointInputs {
        japanese: Japanese::N2,
        ..base(Category::B, 30)
    };
    let degree = choices::bonuses(&n2)
        .into_iter()
        .find(|(b, _)| *b == Bonus::JapaneseUniversity);
    assert_eq!(
        degree.map(|(_, w)| (w.points, w.note)),
        Some((0, Some(Note::N2ExcludedByJapaneseUniversity)))
    );
    // Research in (c): not on the sheet.
    let patent = choices::research(&base(Category::C, 30))
        .into_iter()
        .find(|(r, _)| *r == Research::Patent);
    assert_eq!(patent.map(|(_, w)| w.points), Some(0));
    // In (a) the second research item adds 5, not 20.
    let one = PointInputs {
        research: base(Category::A, 30).research.with(Research::Patent),
        ..base(Category::A, 30)
    };
    let second = choices::research(&one)
        .into_iter()
        .find(|(r, _)| *r == Research::Papers);
    assert_eq!(second.map(|(_, w)| w.points), Some(5));
    // The salary bands close with age: ¥4M scores 10 at 29, 0 at 30 (S1 matrix).
    let at = |age| choices::salary_bands(&base(Category::B, age))[0];
    assert_eq!((at(29).0, at(29).1.points), (4_000_000, 10));
    assert_eq!(
        (at(30).1.points, at(30).1.note),
        (0, Some(Note::SalaryBandClosedAtAge))
    );
    // Education rows per category: a doctorate is 30 in (b), 20 in (c).
    let doctor = |c| {
        choices::education(&base(c, 30))
            .into_iter()
            .find(|(e, _)| *e == Education::Doctor)
            .map(|(_, w)| w.points)
    };
    assert_eq!(
        (doctor(Category::B), doctor(Category::C)),
        (Some(30), Some(20))
    );
}

fn way_back(json: serde_json::Value) -> Option<WayBack> {
    assess(json).way_back
}

#[test]
fn the_way_back_from_pr_has_its_steps_and_dates() {
    // 75 points, no HSP past: HSP(i) now; HSP(ii) three years after a change granted today.
    let w = way_back(json!({ "category": "b", "age": 36, "education": "master", "experience_years": 8,
        "annual_salary_yen": 9_000_000,
        "residence": { "current_status": "pr", "in_japan_since": "2014-01-01", "pr_since": "2022-06-01" } }))
    .expect("a PR holder has a way back");
    assert!(w.hsp1_now && !w.hsp2_directly);
    assert_eq!(w.hsp2_after_change, Some(common::date("2029-11-26")));
    assert!(w.pr_again_from.is_some() && w.pr_again_route.is_some());
    // 60 points: no HSP(i), so nothing after it.
    let w = way_back(json!({ "category": "b", "age": 36, "education": "bachelor", "experience_years": 3,
        "annual_salary_yen": 6_000_000,
        "residence": { "current_status": "pr", "in_japan_since": "2014-01-01", "pr_since": "2022-06-01" } }))
    .expect("a PR holder has a way back");
    assert!(!w.hsp1_now && w.hsp2_after_change.is_none() && w.pr_again_from.is_none());
    // Three past years of HSP(i) before PR: HSP(ii) directly (V5).
    let w = way_back(json!({ "category": "b", "age": 36, "education": "master", "experience_years": 8,
        "annual_salary_yen": 9_000_000,
        "residence": { "current_status": "pr", "in_japan_since": "2014-01-01", "hsp_since": "2017-06-01",
            "pr_since": "2022-06-01" } }))
    .expect("a PR holder has a way back");
    assert!(w.hsp2_directly);
    // Anyone else has none.
    assert!(
        way_back(json!({ "category": "b", "age": 36, "annual_salary_yen": 9_000_000 })).is_none()
    );
}
