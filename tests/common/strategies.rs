//! Generators of sheet inputs and whole profiles, shared by the property tests and the
//! translation-coverage test.

use super::date;
use hsp_pr::rules::points::PointInputs;
use hsp_pr::rules::profile::{
    Bonus, Bonuses, Category, Education, Japanese, Position, Research, ResearchItems,
};
use proptest::prelude::*;
use serde_json::{Value as Json, json};

fn category() -> impl Strategy<Value = Category> {
    prop::sample::select(Category::ALL.to_vec())
}

pub fn point_inputs() -> impl Strategy<Value = PointInputs> {
    (
        category(),
        15u32..=100,
        prop::sample::select(Education::ALL.to_vec()),
        any::<bool>(),
        0.0f64..40.0,
        0u64..=60_000_000,
        prop::sample::subsequence(Research::ALL.to_vec(), 0..=4),
        0u32..=4,
        prop::sample::select(Position::ALL.to_vec()),
        prop::sample::select(Japanese::ALL.to_vec()),
        prop::sample::subsequence(Bonus::ALL.to_vec(), 0..=12),
    )
        .prop_map(
            |(
                category,
                age,
                education,
                multiple,
                experience,
                salary,
                research,
                qualifications,
                position,
                japanese,
                bonuses,
            )| {
                PointInputs {
                    category,
                    age,
                    education,
                    multiple_degrees: multiple && education.is_graduate(),
                    experience_years: experience,
                    annual_salary_yen: salary,
                    research: research.into_iter().collect::<ResearchItems>(),
                    qualifications,
                    position,
                    japanese,
                    bonuses: bonuses.into_iter().collect::<Bonuses>(),
                }
            },
        )
}

fn a_date() -> impl Strategy<Value = Option<String>> {
    // From 2010 to 2027 (some after the evaluation date, to exercise the errors), or absent.
    prop::option::of((0i64..6300).prop_map(|days| date("2010-01-01").add_days(days).to_string()))
}

fn status() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "outside_japan",
        "hsp1",
        "hsp2",
        "pr",
        "work",
        "business_manager",
        "spouse_of_japanese",
        "long_term_resident",
        "other",
    ])
}

/// Profiles as JSON, mostly plausible and sometimes not, with household and residence.
pub fn profile_json() -> impl Strategy<Value = Json> {
    let person = (
        point_inputs(),
        prop::option::of(
            (0i64..30_000).prop_map(|days| date("1930-01-01").add_days(days).to_string()),
        ),
    );
    let household = prop::option::of((
        prop::option::of(any::<bool>()),
        prop::option::of(0u64..=40_000_000),
        prop::collection::vec(
            (0i64..8000).prop_map(|days| date("2005-01-01").add_days(days).to_string()),
            0..4,
        ),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        a_date(),
    ));
    let residence = prop::option::of((
        status(),
        prop::collection::vec(a_date(), 8),
        prop::option::of(0u64..=30_000_000),
        prop::option::of(0u64..=30_000_000),
    ));
    (person, household, residence).prop_map(|((inputs, birth), household, residence)| {
        let mut profile = json!({
            "category": inputs.category.code(),
            "education": inputs.education.code(),
            "multiple_degrees": inputs.multiple_degrees,
            "experience_years": inputs.experience_years,
            "annual_salary_yen": inputs.annual_salary_yen,
            "research": inputs.research.iter().map(Research::code).collect::<Vec<_>>(),
            "qualifications": inputs.qualifications,
            "position": inputs.position.code(),
            "japanese": inputs.japanese.code(),
            "bonuses": inputs.bonuses.iter().map(Bonus::code).collect::<Vec<_>>(),
        });
        match birth {
            Some(birth) => profile["birth_date"] = json!(birth),
            None => profile["age"] = json!(inputs.age),
        }
        if let Some((has_spouse, spouse, children, pregnancy, cannot, japanese_spouse, married)) = household {
            // A person without a spouse has none of the spouse's fields (V20).
            let single = has_spouse == Some(false);
            profile["household"] = json!({
                "has_spouse": has_spouse,
                "spouse_annual_income_yen": if single { None } else { spouse },
                "children": children.into_iter().map(|b| json!({ "birth_date": b })).collect::<Vec<_>>(),
                "pregnancy": pregnancy, "spouse_cannot_do_housework": cannot && !single,
                "spouse_japanese_or_pr": japanese_spouse && !single,
                "married_since": if single { None } else { married },
            });
        }
        if let Some((status, dates, salary_1, salary_3)) = residence {
            let names = ["in_japan_since", "work_status_since", "hsp_since", "points_70_since", "points_80_since", "jskip_since", "current_status_since", "pr_since"];
            let mut residence = json!({ "current_status": status, "salary_1y_before_yen": salary_1, "salary_3y_before_yen": salary_3 });
            for (name, value) in names.iter().zip(dates) {
                residence[*name] = json!(value);
            }
            profile["residence"] = residence;
        }
        profile
    })
}
