//! The widget: its pure model (tested natively) and its Yew parts (`ui`, wasm only).
//!
//! - [`form`]: the form as typed, and the profile it describes;
//! - [`money`]: how an amount is typed (yen, 万円, "7.8M") and read;
//! - [`share`]: the share link and the saved state;
//! - [`summary`] and [`milestones`]: the copied summary and the timeline's points;
//! - [`decimal`]: the exact decimal reader the form's numbers go through;
//! - `ui` and `embed`: the components, and the custom element and JavaScript API.

pub mod decimal;
pub mod form;
pub mod milestones;
pub mod share;
pub mod summary;

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod ui;
