//! Generated residence histories: valid profiles with an evaluation date, a birth date (or an
//! age), the sheet, and a residence history with status dates, declared runs, past salaries
//! and past sheets, often on or around 29 February. For the date properties (`tests/dates.rs`).

use super::date;
use hsp_pr::rules::Date;
use proptest::prelude::*;
use serde_json::{Value as Json, json};

/// A day in `from..=to`, now and then moved onto the nearest 28 February, 29 February or
/// 1 March, where the calendar's edge cases live.
fn day_between(from: Date, to: Date) -> impl Strategy<Value = Date> {
    let span = from.days_until(to).max(0);
    (0..=span, 0u8..10).prop_map(move |(days, edge)| {
        let day = from.add_days(days);
        let snapped = match edge {
            0 => leap_day_near(day),
            1 => Date::new(day.year(), 2, 28),
            2 => Date::new(day.year(), 3, 1),
            _ => Some(day),
        };
        snapped.filter(|d| (from..=to).contains(d)).unwrap_or(day)
    })
}

/// 29 February of the leap year nearest to `day`.
fn leap_day_near(day: Date) -> Option<Date> {
    (0..4)
        .flat_map(|k| [day.year() - k, day.year() + k])
        .find_map(|year| Date::new(year, 2, 29))
}

fn salary() -> impl Strategy<Value = u64> {
    prop_oneof![
        // The band edges of every category and the floor, and one yen either side.
        prop::sample::select(vec![
            3_000_000u64,
            4_000_000,
            5_000_000,
            6_000_000,
            7_000_000,
            8_000_000,
            9_000_000,
            10_000_000,
            15_000_000,
            20_000_000,
            25_000_000,
            30_000_000,
            40_000_000,
        ])
        .prop_flat_map(|edge| prop::sample::select(vec![edge - 1, edge, edge + 1])),
        2_500_000u64..45_000_000,
    ]
}

fn level_at_most(today: &'static str, levels: &'static [&'static str]) -> Vec<&'static str> {
    let upto = levels.iter().position(|l| *l == today).unwrap_or(0);
    levels.iter().take(upto + 1).copied().collect()
}

const JAPANESE: &[&str] = &["none", "n2", "n1"];
const EDUCATION: &[&str] = &["none", "bachelor", "master", "doctor"];

/// A past sheet no better than today's (a degree or a Japanese level is never lost):
/// Japanese, degree, one employer bonus and one research item, each sometimes unsaid.
fn past_sheet(japanese: &'static str, education: &'static str) -> impl Strategy<Value = Json> {
    (
        prop::option::of(prop::sample::select(level_at_most(japanese, JAPANESE))),
        prop::option::of(prop::sample::select(level_at_most(education, EDUCATION))),
        prop::option::of(any::<bool>()),
        prop::option::of(any::<bool>()),
    )
        .prop_map(|(japanese, education, innovation, papers)| {
            let mut sheet = json!({});
            if let Some(j) = japanese {
                sheet["japanese"] = json!(j);
            }
            if let Some(e) = education {
                sheet["education"] = json!(e);
            }
            if let Some(held) = innovation {
                sheet["bonuses"] = json!({ "innovation_support": held });
            }
            if let Some(held) = papers {
                sheet["research"] = json!({ "papers": held });
            }
            sheet
        })
}

/// A valid profile with a residence history, as JSON with its `as_of`.
pub fn history() -> impl Strategy<Value = Json> {
    let person = (
        day_between(date("2024-01-01"), date("2030-12-31")),
        prop::sample::select(vec!["a", "b", "c"]),
        22i32..=58,
        0i64..365,
        any::<bool>(),
        prop::sample::select(EDUCATION.to_vec()),
        0.0f64..1.0,
        salary(),
        prop::sample::select(JAPANESE.to_vec()),
        prop::sample::subsequence(
            vec![
                "innovation_support",
                "foreign_qualification",
                "growth_field",
                "top_university",
                "japanese_university",
            ],
            0..=3,
        ),
        prop::sample::subsequence(vec!["patent", "papers"], 0..=2),
        prop::sample::select(vec!["none", "director", "representative"]),
    );
    person.prop_flat_map(
        |(
            as_of,
            category,
            age,
            birthday_offset,
            birth_known,
            education,
            experience_share,
            salary_now,
            japanese,
            bonuses,
            research,
            position,
        )| {
            let birth = as_of.add_years(-age).add_days(-birthday_offset);
            let experience = (f64::from(age - 22) * experience_share * 4.0).round() / 4.0;
            let mut profile = json!({
                "as_of": as_of.to_string(), "category": category, "education": education,
                "experience_years": experience, "annual_salary_yen": salary_now, "japanese": japanese,
                "bonuses": bonuses, "research": research, "position": position,
            });
            if birth_known {
                profile["birth_date"] = json!(birth.to_string());
            } else {
                profile["age"] = json!(birth.whole_years_until(as_of));
            }
            (
                Just(profile),
                prop::sample::select(vec![
                    "hsp1",
                    "hsp1",
                    "hsp1",
                    "hsp2",
                    "pr",
                    "pr",
                    "work",
                    "business_manager",
                    "long_term_resident",
                    "spouse_of_japanese",
                    "other",
                ]),
                day_between(as_of.add_years(-16), as_of),
                // Fractions of the time since arrival at which each status date falls.
                prop::collection::vec(prop::option::of(0.0f64..=1.0), 7),
                prop::option::of(salary()),
                prop::option::of(salary()),
                prop::option::of(past_sheet(japanese, education)),
                prop::option::of(past_sheet(japanese, education)),
            )
        },
    )
    .prop_map(
        |(mut profile, status, arrival, shares, salary_1y, salary_3y, sheet_1y, sheet_3y)| {
            let as_of = Date::parse(profile["as_of"].as_str().unwrap_or("")).unwrap_or(Date::MIN);
            // A date between `from` and `as_of` at `share` of the way, or none.
            let between = |from: Date, share: Option<f64>| {
                share.and_then(|share| {
                    let span = from.days_until(as_of);
                    (span >= 0).then(|| from.add_days((span as f64 * share).round() as i64))
                })
            };
            let hsp_like = matches!(status, "hsp1" | "hsp2" | "pr");
            let hsp_from = arrival.max(date("2012-05-07"));
            let hsp_since = if hsp_like {
                between(hsp_from, shares[0].or(Some(0.0)))
            } else {
                None
            };
            let mut residence = json!({
                "current_status": status,
                "in_japan_since": arrival.to_string(),
                "salary_1y_before_yen": salary_1y, "salary_3y_before_yen": salary_3y,
            });
            if let Some(work) = between(arrival, shares[1]) {
                residence["work_status_since"] = json!(work.to_string());
            }
            if let Some(hsp) = hsp_since {
                residence["hsp_since"] = json!(hsp.to_string());
                let p70 = between(hsp, shares[2]);
                if let Some(p70) = p70 {
                    residence["points_70_since"] = json!(p70.to_string());
                }
                if let Some(p80) = between(p70.unwrap_or(hsp), shares[3]) {
                    residence["points_80_since"] = json!(p80.to_string());
                }
                if status != "hsp2"
                    && let Some(jskip) = between(hsp.max(date("2023-04-21")), shares[4])
                {
                    residence["jskip_since"] = json!(jskip.to_string());
                }
                if status == "pr" {
                    let pr = between(hsp, shares[5].or(Some(0.5))).unwrap_or(as_of);
                    residence["pr_since"] = json!(pr.to_string());
                }
            }
            if matches!(status, "long_term_resident" | "spouse_of_japanese" | "other")
                && let Some(since) = between(arrival, shares[6])
            {
                residence["current_status_since"] = json!(since.to_string());
            }
            if let Some(sheet) = sheet_1y {
                residence["sheet_1y_before"] = sheet;
            }
            if let Some(sheet) = sheet_3y {
                residence["sheet_3y_before"] = sheet;
            }
            profile["residence"] = residence;
            profile
        },
    )
}
