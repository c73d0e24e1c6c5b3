//! HSP ⇄ PR: Japan's Highly Skilled Professional points and permanent-residence routes.
//!
//! [`rules`] is the whole engine (pure Rust). The widget (`ui`, wasm only) and the `hsp-pr`
//! command-line tool are faces on it; [`form`], [`share`] and [`i18n`] are the widget's pure
//! parts, tested natively.

pub mod form;
#[cfg(not(target_arch = "wasm32"))]
pub mod fuzzing;
pub mod i18n;
pub mod rules;
pub mod share;

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod ui;
