//! HSP ⇄ PR: Japan's Highly Skilled Professional points and permanent-residence routes.
//!
//! [`rules`] is the whole engine (pure Rust). The widget and the `hsp-pr` command-line tool
//! are faces on it.

pub mod rules;
