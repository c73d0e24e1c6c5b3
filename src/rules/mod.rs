//! The rules: one profile in, one assessment out (CONTRACT.md), exactly as RULES.md says.
//!
//! Pure Rust: no web crates, no clock, no I/O. The widget, its JavaScript API and the
//! `hsp-pr` command-line tool all call [`evaluate`]; nothing else computes a point, a date
//! or an eligibility.

pub mod choices;
pub mod compare;
pub mod condition;
pub mod date;
pub mod decode;
pub mod evidence;
pub mod family;
pub mod hsp;
pub mod improve;
pub mod jskip;
pub mod lookback;
pub mod points;
pub mod pr;
pub mod profile;
pub mod sheet;
pub mod source;
pub mod timeline;
pub mod to_value;
pub mod value;
pub mod way_back;
pub mod window;

use serde::Serialize;

pub use date::Date;
pub use decode::{FieldError, Rejection, decode};
pub use profile::Profile;
pub use value::Value;

use points::{PASS_MARK, PR_1_YEAR_MARK, PointInputs};
use profile::{Category, Status};
use source::{Confidence, RULES_DATE};
use timeline::Timeline;

/// CONTRACT.md "Assessment (output)".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assessment {
    pub version: u32,
    pub rules_date: &'static str,
    pub as_of: Date,
    pub category: &'static str,
    /// The age used (from `birth_date` when given).
    pub age: u32,
    pub points: Points,
    pub hsp: hsp::Hsp,
    pub jskip: jskip::JSkip,
    pub hsp2: hsp::Hsp2,
    pub pr: pr::Pr,
    pub parents: family::Parents,
    pub domestic_worker: family::DomesticWorker,
    pub improvements: improve::Improvements,
    pub points_timeline: Vec<improve::PointsChange>,
    pub comparison: compare::Comparison,
    /// For a PR holder, the way back to HSP with its dates (§7.2; `null` for anyone else).
    pub way_back: Option<way_back::WayBack>,
    /// The documents that prove each item that scores (S1 疎明資料 ①–㉑), and the tax
    /// certificates covering the dates the PR routes look back to.
    pub evidence: evidence::EvidenceList,
    /// Every rule behind this result that RULES.md marks UNVERIFIED: show it as
    /// "unconfirmed — check with the Immigration Services Agency or a scrivener (行政書士)".
    pub unverified: Vec<Unverified>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Points {
    pub total: u32,
    pub pass_mark: u32,
    pub pr_1_year_mark: u32,
    pub items: Vec<PointItem>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PointItem {
    pub id: &'static str,
    pub points: u32,
    pub source: String,
    pub confidence: Confidence,
    /// The row of the sheet that gave the points, e.g. `master_or_professional`.
    pub row: Option<&'static str>,
    /// Why a claimed item scores nothing, e.g. `n2_excluded_by_japanese_university`.
    pub note: Option<&'static str>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Unverified {
    pub id: &'static str,
    pub source: &'static str,
}

fn unverified(profile: &Profile, parents_relevant: bool) -> Vec<Unverified> {
    let mut list = vec![Unverified {
        id: "landing_criteria_current_wording",
        source: "RULES §1.7 (2); S14",
    }];
    if profile.category == Category::C {
        list.push(Unverified {
            id: "jskip_c_income_base",
            source: "V1",
        });
    }
    if parents_relevant {
        list.push(Unverified {
            id: "both_parents_of_one_side",
            source: "V12",
        });
    }
    if profile.status() == Some(Status::Pr) {
        list.push(Unverified {
            id: "pr_to_hsp1_change",
            source: "V6; S20",
        });
    }
    // V26: the 2024 amendment has no transitional clause; arrears from before 2027-04-01
    // may be considered (LOW).
    list.push(Unverified {
        id: "revocation_arrears_before_2027",
        source: "V26; S11",
    });
    list
}

/// Everything the product answers for one profile.
pub fn evaluate(profile: &Profile) -> Assessment {
    let timeline = Timeline::new(profile);
    let now = timeline.snapshot(profile.as_of);
    let card = now.card();
    let items = card
        .shown()
        .map(|(item, line)| PointItem {
            id: item.code(),
            points: line.points,
            source: item.source(profile.category),
            confidence: item.confidence(),
            row: line.row,
            note: line.note.map(points::Note::code),
        })
        .collect();
    let hsp = hsp::check(&timeline, &card, &now);
    let jskip = jskip::check(&timeline);
    let hsp2 = hsp::check_hsp2(&timeline);
    let pr = pr::check(&timeline);
    let parents = family::parents(profile);
    let domestic_worker = family::domestic_worker(profile, jskip.eligible);
    let comparison = compare::compare(
        profile,
        &compare::Checks {
            hsp: &hsp,
            jskip: &jskip,
            hsp2: &hsp2,
            pr: &pr,
            parents: &parents,
            worker: &domestic_worker,
        },
    );
    let parents_relevant = parents.eligible_if_hsp;
    let way_back = way_back::way_back(profile, &hsp, &hsp2, pr.fee.rule_on_as_of);
    let evidence = evidence::evidence(profile, &card, &pr);
    Assessment {
        version: decode::SCHEMA_VERSION,
        rules_date: RULES_DATE,
        as_of: profile.as_of,
        category: profile.category.code(),
        age: profile.age,
        points: Points {
            total: card.total(),
            pass_mark: PASS_MARK,
            pr_1_year_mark: PR_1_YEAR_MARK,
            items,
        },
        hsp,
        jskip,
        hsp2,
        pr,
        parents,
        domestic_worker,
        improvements: improve::improvements(&PointInputs::of(profile)),
        points_timeline: improve::points_timeline(&timeline),
        comparison,
        way_back,
        evidence,
        unverified: unverified(profile, parents_relevant),
    }
}

/// The points total alone: the hot path of batch scoring and of the property tests.
pub fn total_points(profile: &Profile) -> u32 {
    points::score(&PointInputs::of(profile)).total()
}

/// Decode and evaluate in one step: what every face (CLI, JavaScript API) does with a
/// profile. `today` is the default `as_of`; `as_of_override` replaces the profile's.
pub fn assess(
    value: &Value,
    today: Date,
    as_of_override: Option<Date>,
) -> Result<Assessment, Rejection> {
    decode(value, today, as_of_override).map(|profile| evaluate(&profile))
}
