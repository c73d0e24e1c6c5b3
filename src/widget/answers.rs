//! The answers at a glance, each one of "yes", "from a date", "not open to you" or "unknown
//! until you enter …" (issue #12: unknown is never worded as "no"). Read from the checks'
//! own fields (CONTRACT.md "What the dates mean"); nothing is computed here.

use super::partial::Gap;
use crate::i18n::{Lang, fill, format, ui::UI};
use crate::rules::{Assessment, Date};

/// What a person still has to enter for an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needs {
    AgeAndSalary,
    Residence,
    HspSince,
    PrSince,
    Family,
}

impl Needs {
    pub fn code(self) -> &'static str {
        match self {
            Needs::AgeAndSalary => "needs_age_and_salary",
            Needs::Residence => "needs_residence",
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
            Answer::Yes(_) => "yes",
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
    /// False while the points lack the age or the salary (a floor, not the total).
    pub points_complete: bool,
    pub hsp: Answer,
    pub hsp2: Answer,
    pub pr: Answer,
    pub parents: Answer,
}

pub fn glance(a: &Assessment, gaps: &[Gap], residence_given: bool, family_given: bool) -> Glance {
    let complete = gaps.is_empty();
    let unknown = Answer::Unknown(Needs::AgeAndSalary);
    let hsp = match (complete, a.hsp.eligible, a.hsp.eligible_from) {
        (false, _, _) => unknown,
        (_, true, _) => Answer::Yes(None),
        (_, false, Some(from)) => Answer::From(from),
        _ => Answer::No,
    };
    let pr = if a.pr.already_permanent_resident {
        Answer::Held
    } else if !complete {
        unknown
    } else if !residence_given {
        Answer::Unknown(Needs::Residence)
    } else if a.pr.routes.iter().any(|r| r.eligible_now) {
        Answer::Yes(a.pr.earliest_date)
    } else {
        a.pr.earliest_date.map_or(Answer::No, Answer::From)
    };
    let h2 = &a.hsp2;
    let hsp2 = if h2.already_hsp2 {
        Answer::Held
    } else if !complete {
        unknown
    } else if !residence_given {
        Answer::Unknown(Needs::Residence)
    } else if h2.reasons.contains(&"hsp_since_missing") {
        Answer::Unknown(Needs::HspSince)
    } else if h2.reasons.contains(&"pr_since_missing") {
        Answer::Unknown(Needs::PrSince)
    } else if h2.eligible {
        Answer::Yes(h2.earliest_date)
    } else {
        h2.earliest_date.map_or(Answer::No, Answer::From)
    };
    let p = &a.parents;
    let parents = if p.eligible {
        Answer::Yes(None)
    } else if !complete {
        unknown
    } else if !family_given {
        Answer::Unknown(Needs::Family)
    } else if p.eligible_if_hsp {
        Answer::OnceHsp
    } else {
        Answer::No
    };
    Glance {
        points: a.points.total,
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
        Answer::From(from) => fill(lang.pick(&UI.ans_from), &[&date(from)]),
        Answer::OnceHsp => lang.pick(&UI.ans_once_hsp).to_owned(),
        Answer::No => lang.pick(&UI.ans_no).to_owned(),
        Answer::Unknown(needs) => fill(lang.pick(&UI.unknown_until), &[lang.code(needs.code())]),
    }
}

/// The same, as short as the glance needs: "enter your age and salary".
pub fn short_words(lang: Lang, answer: Answer) -> String {
    match answer {
        Answer::Unknown(needs) => fill(lang.pick(&UI.ans_unknown), &[lang.code(needs.code())]),
        other => words(lang, other),
    }
}
