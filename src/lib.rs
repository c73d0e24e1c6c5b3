//! HSP ⇄ PR: Japan's Highly Skilled Professional points and permanent-residence routes.
//!
//! Three parts, one per folder: [`rules`] is the whole engine (pure Rust, no web
//! dependency); [`widget`] is the browser face, its pure model (the form as typed, money,
//! the share link, the summary) tested natively beside its Yew parts (`widget::ui`, wasm
//! only); the `hsp-pr` command-line tool (`src/bin`) is the other face. [`i18n`] holds the
//! words both faces use.
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

#[cfg(all(target_arch = "wasm32", feature = "api"))]
pub mod api;
#[cfg(not(target_arch = "wasm32"))]
pub mod fuzzing;
pub mod i18n;
pub mod rules;
pub mod widget;
