//! Every field computed independently (issue #12): while one field is wrong or a required
//! one is still empty, the results follow every other edit.
//!
//! The rules judge the profile as typed. When they reject it, the fields they name are left
//! out and the rules judge the rest. Two items the sheet cannot do without, the age and the
//! salary, are then given their lowest-scoring stand-ins (40, which scores no age points and
//! the fewest salary points; ¥0). Those are [`Gap`]s: the points without them are a floor, and
//! everything that depends on them is unknown, which the widget says instead of a verdict.
//! Nothing is computed here; the rules do it all, on a profile with less in it.

use crate::rules::decode::WORKING_AGE;
use crate::rules::points::PointInputs;
use crate::rules::{Assessment, Date, FieldError, Profile, Value, decode, evaluate as judge};

/// A required input the results stand in for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// Neither a usable age nor a usable date of birth.
    Age,
    /// No usable annual salary.
    Salary,
}

impl Gap {
    /// The profile path of the field that fills the gap.
    pub fn path(self) -> &'static str {
        match self {
            Gap::Age => "age",
            Gap::Salary => "annual_salary_yen",
        }
    }
}

/// 40: no age points (S1 age row) and, at 40, the fewest salary points of any age (S1 matrix);
/// older where the experience given needs it (the rules refuse more experience than a
/// working life).
const AGE_STAND_IN: f64 = 40.0;

#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The assessment of the profile, or of what is left of it; `None` only if even that
    /// could not be judged.
    pub assessment: Option<Assessment>,
    /// What the rules said of the profile as typed (empty when it was valid).
    pub errors: Vec<FieldError>,
    /// The required inputs stood in for; empty when the assessment is the profile's own.
    pub gaps: Vec<Gap>,
    /// What the sheet read (for the points of each choice, `rules::choices`).
    pub inputs: Option<PointInputs>,
    /// Every member left out to judge the rest (the errors' fields, and any a later round
    /// found): the answers they feed are unknown, not "no" (`widget::answers`).
    pub left_out: Vec<String>,
    /// The profile as the rules read it, when it was valid as typed (the filled sheet is
    /// drawn from it; a partial reading has stand-ins, so none).
    pub profile: Option<Profile>,
}

/// How many times the rest is re-judged when leaving fields out uncovers other errors (an
/// experience longer than a working life at the stand-in age…): each round removes at least
/// one member, so this bounds the work, not the answer.
const ROUNDS: usize = 4;

pub fn evaluate(profile: &Value, today: Date) -> Outcome {
    let errors = match decode(profile, today, None) {
        Ok(decoded) => {
            return Outcome {
                assessment: Some(judge(&decoded)),
                errors: Vec::new(),
                gaps: Vec::new(),
                inputs: Some(PointInputs::of(&decoded)),
                left_out: Vec::new(),
                profile: Some(decoded),
            };
        }
        Err(rejection) => rejection.errors,
    };
    let mut rest = profile.clone();
    let mut gaps = Vec::new();
    let mut pending: Vec<String> = errors.iter().map(|e| e.field.clone()).collect();
    let mut left_out: Vec<String> = Vec::new();
    for _ in 0..ROUNDS {
        // Once each, later children first, so that leaving one out does not move the next.
        pending.sort();
        pending.dedup();
        pending.sort_by_key(|path| std::cmp::Reverse(child_index(path)));
        for path in &pending {
            remove_path(&mut rest, path);
        }
        left_out.extend(pending.iter().filter(|p| !p.is_empty()).cloned());
        // Old enough for the experience given: the rules refuse more experience than a
        // working life from `WORKING_AGE`, and a stand-in must not make that happen.
        let age_stand_in = match rest.get("experience_years") {
            Some(Value::Number(years)) => {
                AGE_STAND_IN.max(years.ceil() + f64::from(WORKING_AGE) + 1.0)
            }
            _ => AGE_STAND_IN,
        };
        for (gap, present, stand_in) in [
            (
                Gap::Age,
                has(&rest, "age") || has(&rest, "birth_date"),
                age_stand_in,
            ),
            (Gap::Salary, has(&rest, "annual_salary_yen"), 0.0),
        ] {
            if !present {
                set(&mut rest, gap.path(), Value::Number(stand_in));
                if !gaps.contains(&gap) {
                    gaps.push(gap);
                }
            }
        }
        match decode(&rest, today, None) {
            Ok(decoded) => {
                return Outcome {
                    assessment: Some(judge(&decoded)),
                    errors,
                    gaps,
                    inputs: Some(PointInputs::of(&decoded)),
                    left_out,
                    profile: None,
                };
            }
            Err(more) => {
                pending = more.errors.into_iter().map(|e| e.field).collect();
                // A stand-in the rules refuse cannot be left out again.
                if pending.iter().all(|p| p.is_empty()) {
                    break;
                }
            }
        }
    }
    Outcome {
        assessment: None,
        errors,
        gaps,
        inputs: None,
        left_out,
        profile: None,
    }
}

fn child_index(path: &str) -> Option<usize> {
    let (_, rest) = path.split_once('[')?;
    rest.split(']').next()?.parse().ok()
}

fn has(value: &Value, key: &str) -> bool {
    value.get(key).is_some_and(|v| !matches!(v, Value::Null))
}

fn set(value: &mut Value, key: &str, member: Value) {
    if let Value::Object(members) = value {
        members.retain(|(k, _)| k != key);
        members.push((key.to_owned(), member));
    }
}

/// Leaves out the member at an error's path (`residence.hsp_since`,
/// `household.children[1].birth_date`: that child). An empty path names the whole profile,
/// which has nothing to leave out.
fn remove_path(value: &mut Value, path: &str) {
    let mut segments = path.split('.');
    let Some(first) = segments.next().filter(|s| !s.is_empty()) else {
        return;
    };
    let (key, index) = match first.split_once('[') {
        Some((key, index)) => (key, index.trim_end_matches(']').parse::<usize>().ok()),
        None => (first, None),
    };
    let Value::Object(members) = value else {
        return;
    };
    let rest: Vec<&str> = segments.collect();
    match (index, rest.is_empty()) {
        (None, true) => members.retain(|(k, _)| k != key),
        (Some(i), _) => {
            if let Some((_, Value::Array(items))) = members.iter_mut().find(|(k, _)| k == key)
                && i < items.len()
            {
                items.remove(i);
            }
        }
        (None, false) => {
            if let Some((_, inner)) = members.iter_mut().find(|(k, _)| k == key) {
                remove_path(inner, &rest.join("."));
            }
        }
    }
}
