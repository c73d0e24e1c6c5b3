//! The widget: its pure model (tested natively) and its Yew parts (`ui`, wasm only).
//!
//! - [`form`]: the form as typed, and the profile it describes;
//! - [`answers`]: each answer as yes, from a date, not open, or unknown until …;
//! - [`money`]: how an amount is typed (yen, 万円, "7.8M") and read;
//! - [`partial`]: the results of what is right while a field is wrong or missing;
//! - [`share`]: the share link and the saved state;
//! - [`sources`]: RULES.md's source ids as the names of the documents;
//! - [`summary`] and [`milestones`]: the copied summary and the timeline's points;
//! - [`decimal`]: the exact decimal reader the form's numbers go through;
//! - `ui` and `embed`: the components, and the custom element and JavaScript API.

pub mod answers;
pub mod decimal;
pub mod form;
pub mod milestones;
pub mod money;
pub mod partial;
pub mod share;
pub mod sheet_lines;
pub mod sources;
pub mod summary;
pub mod universities;

// Neither is in the API's wasm (the `api` feature), which exports `evaluate` alone.
#[cfg(all(target_arch = "wasm32", not(feature = "api")))]
pub mod embed;
#[cfg(any(all(target_arch = "wasm32", not(feature = "api")), feature = "shell"))]
pub mod ui;
