//! The dates ahead that the timeline shows, and the detail of the `hsp-pr:result` event:
//! both read from the assessment's own fields (CONTRACT.md "What the dates mean"), so they
//! can never disagree with the checks. Pure, tested natively.

use crate::rules::{Assessment, Date};

/// What happens on a date ahead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// HSP(i) on points opens (the points reach 70 by themselves).
    Hsp1,
    Hsp2,
    Jskip,
    /// A PR route opens (its code).
    PrRoute(&'static str),
    /// The parents' stay cannot be renewed from here (the youngest child turns 7).
    ParentsEnd,
    /// The points change by themselves (an age cliff or an experience band).
    Points {
        cause: &'static str,
        before: u32,
        after: u32,
        /// False without a date of birth: the earliest day it can be.
        exact: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Milestone {
    pub date: Date,
    pub kind: Kind,
}

/// The first day ahead of a check that is closed today, where it has one.
fn ahead(open: bool, date: Option<Date>, as_of: Date) -> Option<Date> {
    date.filter(|d| !open && *d > as_of)
}

/// Every dated event after `as_of`, in date order.
pub fn milestones(a: &Assessment) -> Vec<Milestone> {
    let as_of = a.as_of;
    let mut list: Vec<Milestone> = [
        (
            Kind::Hsp1,
            ahead(a.hsp.eligible, a.hsp.eligible_from, as_of),
        ),
        (
            Kind::Hsp2,
            ahead(a.hsp2.eligible, a.hsp2.earliest_date, as_of),
        ),
        (
            Kind::Jskip,
            ahead(a.jskip.eligible, a.jskip.earliest_date, as_of),
        ),
    ]
    .into_iter()
    .chain(a.pr.routes.iter().map(|r| {
        (
            Kind::PrRoute(r.route),
            ahead(r.eligible_now, r.earliest_date, as_of),
        )
    }))
    .chain([(
        Kind::ParentsEnd,
        a.parents
            .until
            .filter(|d| a.parents.eligible_if_hsp && *d > as_of),
    )])
    .filter_map(|(kind, date)| date.map(|date| Milestone { date, kind }))
    .chain(a.points_timeline.iter().map(|change| Milestone {
        date: change.date,
        kind: Kind::Points {
            cause: change.cause,
            before: change.total_before,
            after: change.total_after,
            exact: change.exact,
        },
    }))
    .collect();
    list.sort_by_key(|m| m.date);
    list
}

/// The detail of `hsp-pr:result` (README, "Host events").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResultDetail {
    pub points: u32,
    pub category: &'static str,
    pub hsp_eligible: bool,
    pub jskip_eligible: bool,
    pub hsp2_eligible: bool,
    /// HSP(ii): since when (eligible) or from when.
    pub hsp2_earliest_date: Option<Date>,
    /// Some PR route is open today.
    pub pr_eligible_now: bool,
    /// `pr.earliest_date`: on or before `as_of` only when some route is open.
    pub earliest_pr_date: Option<Date>,
    pub parents_eligible: bool,
}

pub fn result_detail(a: &Assessment) -> ResultDetail {
    ResultDetail {
        points: a.points.total,
        category: a.category,
        hsp_eligible: a.hsp.eligible,
        jskip_eligible: a.jskip.eligible,
        hsp2_eligible: a.hsp2.eligible,
        hsp2_earliest_date: a.hsp2.earliest_date,
        pr_eligible_now: a.pr.routes.iter().any(|r| r.eligible_now),
        earliest_pr_date: a.pr.earliest_date,
        parents_eligible: a.parents.eligible,
    }
}

/// The width of a character in ems, over-estimated so a line measured with it never
/// overflows (the widget uses the system's fonts, not one it knows): capitals, m and w,
/// and everything outside ASCII (CJK, full-width, arrows, dashes, circled numbers) count
/// 1 em; other ASCII at most 0.62 em.
fn char_width(c: char) -> f64 {
    if !c.is_ascii() || c.is_ascii_uppercase() || matches!(c, 'm' | 'w' | '@' | '%') {
        1.0
    } else {
        0.62
    }
}

/// A label broken into lines of at most `max_ems`, between words where there are spaces,
/// anywhere in CJK text (which has none). Each line's measured width fits.
pub fn wrap_label(text: &str, max_ems: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut width = 0.0;
    // Words keep their trailing space; a CJK character is a word of its own.
    let mut words: Vec<String> = Vec::new();
    // Any run of whitespace is one space, and none at the ends.
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for c in text.chars() {
        let starts_word = (char_width(c) >= 1.0 && !c.is_ascii())
            || words.last().is_none_or(|w: &String| {
                w.ends_with(' ') || w.chars().last().is_some_and(|l| !l.is_ascii())
            });
        match words.last_mut() {
            Some(word) if !starts_word => word.push(c),
            _ => words.push(c.to_string()),
        }
    }
    for word in words {
        let word_width: f64 = word.trim_end().chars().map(char_width).sum();
        if width + word_width > max_ems && !line.is_empty() {
            lines.push(line.trim_end().to_owned());
            line.clear();
            width = 0.0;
        }
        // A word longer than a line is cut where it must be.
        for c in word.chars() {
            if line.is_empty() && c == ' ' {
                continue;
            }
            let w = char_width(c);
            if width + w > max_ems && !line.trim().is_empty() && c != ' ' {
                lines.push(line.trim_end().to_owned());
                line.clear();
                width = 0.0;
            }
            line.push(c);
            width += w;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}

/// The width of a line in ems, as [`wrap_label`] measures it.
pub fn measured_ems(line: &str) -> f64 {
    line.chars().map(char_width).sum()
}
