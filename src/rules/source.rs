//! Confidence levels of RULES.md ("Confidence legend") and the rules date.

use serde::Serialize;

/// The rules date of the product (RULES.md header): update when the table changes.
pub const RULES_DATE: &str = "2026-12";

/// How sure RULES.md is of a rule. `Unverified` must be shown to the user as
/// "unconfirmed — check with the Immigration Services Agency or a scrivener (行政書士)".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    High,
    Med,
    Low,
    Unverified,
}
