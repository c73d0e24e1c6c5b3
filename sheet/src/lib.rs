//! The official point sheet (S1, 930001673.xls, sheets A, B and C) redrawn and filled in, as a
//! `.xlsx` workbook ([`xlsx`]) and as an A4 print view ([`html`]).
//!
//! The form itself is data (`data/template.json`, made by `scripts/sheet_template.py` from the
//! cell-by-cell transcription of the reference form); what goes into it comes from the rules'
//! `rules::sheet::fill` as JSON ([`Fill`]). The crate knows no rule: it draws a form and puts
//! marks where it is told. It is its own wasm, which the widget fetches (or, in the offline
//! file, inflates) only when the person asks for the sheet; the CLI links it natively.

// As the rules crate: no construct that can panic (a wasm panic is a trap).
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects,
    clippy::unreachable
)]

pub mod fill;
pub mod html;
pub mod template;
#[cfg(target_arch = "wasm32")]
mod wasm;
pub mod xlsx;

pub use fill::{Fill, Lines};
