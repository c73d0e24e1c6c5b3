//! The answers at a glance, each one of "yes", "from a date", "not open to you" or "unknown
//! until you enter …" (issue #12: unknown is never worded as "no"). Read from the checks'
//! own fields (CONTRACT.md "What the dates mean"); nothing is computed here.

use super::partial::Gap;
use crate::i18n::{Lang, fill, format, ui::UI};
use crate::rules::profile::Status;
use crate::rules::{Assessment, Date};

/// What a person still has to enter for an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needs {
    Age,
    Salary,
    AgeAndSalary,
    Residence,
    /// A residence history without the dates the routes count from.
    ResidenceDates,
    /// A field it depends on is wrong, and left out until corrected.
    Corrections,
    HspSince,
    PrSince,
    Family,
}

impl Needs {
    pub fn code(self) -> &'static str {
        match self {
            Needs::Age => "needs_age",
            Needs::Salary => "needs_salary",
            Needs::AgeAndSalary => "needs_age_and_salary",
            Needs::Residence => "needs_residence",
            Needs::ResidenceDates => "needs_residence_dates",
            Needs::Corrections => "needs_corrections",
            Needs::HspSince => "needs_hsp_since",
            Needs::PrSince => "needs_pr_since",
            Needs::Family => "needs_family",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Held already.
    Held,
    /// Open now; since this day when the rules give one.
    Yes(Option<Date>),
    /// Open now, until this day (the parents' stay: the youngest child turns 7).
    YesUntil(Date),
    /// Open now on what the look-back assumed of the past (V23): likely, not certain.
    Likely(Option<Date>),
    /// For a PR holder: from this day, after switching back to HSP(i) today (§7.2).
    AfterSwitch(Date),
    /// Closed today; open from this day.
    From(Date),
    /// Open once HSP(i) or HSP(ii) is held (V19).
    OnceHsp,
    /// Not open to this person on these answers.
    No,
    Unknown(Needs),
}

impl Answer {
    /// `held`, `yes`, `from`, `once_hsp`, `no`, `unknown`: for styling and tests.
    pub fn kind(self) -> &'static str {
        match self {
            Answer::Held => "held",
            Answer::Yes(_) | Answer::YesUntil(_) => "yes",
            Answer::Likely(_) => "likely",
            Answer::AfterSwitch(_) => "after_switch",
            Answer::From(_) => "from",
            Answer::OnceHsp => "once_hsp",
            Answer::No => "no",
            Answer::Unknown(_) => "unknown",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Glance {
    pub points: u32,
    /// The marks the points are read against (the assessment's: 70 for HSP(i), 80 for the
    /// 1-year PR track).
    pub marks: [u32; 2],
    /// False while the points lack the age or the salary (a floor, not the total).
    pub points_complete: bool,
    pub hsp: Answer,
    pub hsp2: Answer,
    pub pr: Answer,
    pub parents: Answer,
}

/// What the answers rest on besides the assessment: what the form lacks, and what it says.
#[derive(Clone, Copy, Debug)]
pub struct Known<'a> {
    /// The required inputs stood in for (`widget::partial`).
    pub gaps: &'a [Gap],
    /// The members left out because they are wrong.
    pub left_out: &'a [String],
    /// The current status, when given (the residence history with it).
    pub status: Option<Status>,
    /// Whether anything of the household was given.
    pub family_given: bool,
}

pub fn glance(a: &Assessment, known: Known) -> Glance {
    let Known {
        gaps,
        left_out,
        status,
        family_given,
    } = known;
    let residence_given = status.is_some();
    let wrong = |prefix: &str| left_out.iter().any(|p| p.starts_with(prefix));
    // Every top-level member of the profile is read by the sheet: one of them wrong, the
    // points are a floor.
    let sheet_wrong = left_out
        .iter()
        .any(|p| !p.starts_with("household") && !p.starts_with("residence"));
    let complete = gaps.is_empty() && !sheet_wrong;
    let unknown = Answer::Unknown(
        match (gaps.contains(&Gap::Age), gaps.contains(&Gap::Salary)) {
            (true, true) => Needs::AgeAndSalary,
            (true, false) => Needs::Age,
            (false, true) => Needs::Salary,
            (false, false) => Needs::Corrections,
        },
    );
    let corrections = Answer::Unknown(Needs::Corrections);
    let hsp = match (complete, a.hsp.eligible, a.hsp.eligible_from) {
        // Holding HSP(i) (J-Skip included) is the answer, whatever the points today.
        _ if status == Some(Status::Hsp1) => Answer::Held,
        (false, _, _) => unknown,
        (_, true, _) => Answer::Yes(None),
        (_, false, Some(from)) => Answer::From(from),
        _ => Answer::No,
    };
    let open: Vec<_> = a.pr.routes.iter().filter(|r| r.eligible_now).collect();
    // A route open only on what its look-back assumed of the past is likely, not certain.
    let assumed = |r: &&crate::rules::pr::Route| {
        r.lookback
            .as_ref()
            .is_some_and(|l| !l.assumptions.is_empty() || l.salary_assumed)
    };
    // What the residence-based answers (PR, HSP(ii)) cannot be judged without.
    let residence_gate = if !complete {
        Some(unknown)
    } else if wrong("residence") {
        Some(corrections)
    } else if !residence_given {
        Some(Answer::Unknown(Needs::Residence))
    } else {
        None
    };
    let pr = if a.pr.already_permanent_resident {
        Answer::Held
    } else if let Some(gate) = residence_gate {
        gate
    } else if open.iter().any(|r| !assumed(r)) {
        Answer::Yes(a.pr.earliest_date)
    } else if !open.is_empty() {
        Answer::Likely(a.pr.earliest_date)
    } else if let Some(from) = a.pr.earliest_date {
        Answer::From(from)
    } else if a
        .pr
        .routes
        .iter()
        .any(|r| r.reasons.contains(&"in_japan_since_missing"))
    {
        Answer::Unknown(Needs::ResidenceDates)
    } else {
        Answer::No
    };
    let h2 = &a.hsp2;
    let hsp2 = if h2.already_hsp2 {
        Answer::Held
    } else if let Some(gate) = residence_gate {
        gate
    } else if h2.eligible {
        Answer::Yes(h2.earliest_date)
    } else if let Some(back) = &a.way_back {
        // A PR holder without past HSP(i) years: HSP(ii) comes after switching back.
        back.hsp2_after_change
            .map_or(Answer::No, Answer::AfterSwitch)
    } else if h2.reasons.contains(&"hsp_since_missing") {
        Answer::Unknown(Needs::HspSince)
    } else {
        h2.earliest_date.map_or(Answer::No, Answer::From)
    };
    let p = &a.parents;
    let parents = if p.eligible {
        p.until.map_or(Answer::Yes(None), Answer::YesUntil)
    } else if !complete {
        unknown
    } else if wrong("household") {
        corrections
    } else if !family_given {
        Answer::Unknown(Needs::Family)
    } else if p.eligible_if_hsp && p.reasons.contains(&"current_status_missing") {
        // The family qualifies; whether the status does is not said yet.
        Answer::Unknown(Needs::Residence)
    } else if p.eligible_if_hsp {
        Answer::OnceHsp
    } else {
        Answer::No
    };
    Glance {
        points: a.points.total,
        marks: [a.points.pass_mark, a.points.pr_1_year_mark],
        points_complete: complete,
        hsp,
        hsp2,
        pr,
        parents,
    }
}

/// An answer in words: "yes, since 1 Jan 2027", "from 2 Dec 2029", "Unknown until you
/// enter your residence history."
pub fn words(lang: Lang, answer: Answer) -> String {
    let date = |d| format::date(lang, d);
    match answer {
        Answer::Held => lang.pick(&UI.ans_held).to_owned(),
        Answer::Yes(None) => lang.pick(&UI.ans_yes).to_owned(),
        Answer::Yes(Some(since)) => fill(lang.pick(&UI.ans_yes_since), &[&date(since)]),
        Answer::YesUntil(until) => fill(lang.pick(&UI.ans_yes_until), &[&date(until)]),
        Answer::Likely(None) => lang.pick(&UI.ans_likely).to_owned(),
        Answer::Likely(Some(since)) => fill(lang.pick(&UI.ans_likely_since), &[&date(since)]),
        Answer::AfterSwitch(from) => fill(lang.pick(&UI.ans_after_switch), &[&date(from)]),
        Answer::From(from) => fill(lang.pick(&UI.ans_from), &[&date(from)]),
        Answer::OnceHsp => lang.pick(&UI.ans_once_hsp).to_owned(),
        Answer::No => lang.pick(&UI.ans_no).to_owned(),
        Answer::Unknown(Needs::Corrections) => lang.pick(&UI.unknown_fix).to_owned(),
        Answer::Unknown(needs) => fill(lang.pick(&UI.unknown_until), &[lang.code(needs.code())]),
    }
}

/// The same, as short as the glance needs: "enter your age and salary".
pub fn short_words(lang: Lang, answer: Answer) -> String {
    match answer {
        Answer::Unknown(Needs::Corrections) => lang.pick(&UI.ans_unknown_fix).to_owned(),
        Answer::Unknown(needs) => fill(lang.pick(&UI.ans_unknown), &[lang.code(needs.code())]),
        other => words(lang, other),
    }
}
