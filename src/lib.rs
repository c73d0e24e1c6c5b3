//! HSP ⇄ PR: Japan's Highly Skilled Professional points and permanent-residence routes.
//!
//! [`rules`] is the whole engine (pure Rust). The widget (`ui`, wasm only) and the `hsp-pr`
//! command-line tool are faces on it; [`form`], [`share`] and [`i18n`] are the widget's pure
//! parts, tested natively.
//!
//! A panic in the browser kills the widget, and input reaches almost everything here: every
//! construct that can panic is denied, with a reasoned `allow` only where it is provably safe.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects,
    clippy::unreachable,
    clippy::todo,
    clippy::unimplemented
)]

pub mod decimal;
pub mod form;
#[cfg(not(target_arch = "wasm32"))]
pub mod fuzzing;
pub mod i18n;
pub mod milestones;
pub mod rules;
pub mod share;
pub mod summary;

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod ui;
