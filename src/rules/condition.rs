//! A condition shown to the user with its outcome: met, not met, or for them to confirm.

use serde::Serialize;

use super::source::Confidence;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Condition {
    /// A code the UI translates, e.g. `household_income_8m`.
    pub id: &'static str,
    /// `true` met, `false` not met, `null` not checkable here: the person confirms it.
    pub met: Option<bool>,
    pub source: &'static str,
    pub confidence: Confidence,
}

impl Condition {
    pub fn checked(
        id: &'static str,
        met: bool,
        source: &'static str,
        confidence: Confidence,
    ) -> Self {
        Condition {
            id,
            met: Some(met),
            source,
            confidence,
        }
    }
    /// A condition the tool cannot know; the person confirms it.
    pub fn to_confirm(id: &'static str, source: &'static str, confidence: Confidence) -> Self {
        Condition {
            id,
            met: None,
            source,
            confidence,
        }
    }
}

/// `false` when any checked condition failed; unconfirmed ones do not fail a check.
pub fn none_failed(conditions: &[Condition]) -> bool {
    conditions.iter().all(|c| c.met != Some(false))
}
