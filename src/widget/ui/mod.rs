//! The widget (wasm; natively only to prerender its first screen, `--features shell`): Yew
//! function components over one reducer, computing everything through `rules` on every
//! input. One component or view per file, named after it.
//!
//! The sections of the results (`breakdown`, `status_lines`, `points_gauge`, `improvements`,
//! `timeline`, `pr_routes`, `family`, `comparison`, `unconfirmed`) are plain view functions
//! of the assessment, not components: they have no state and change with every new result,
//! so Yew's memoisation saved them nothing, while each component type cost about 2 KB of
//! Yew's per-type code (about 5 KB gzip for the nine: README, Performance).

// Natively (the prerendered shell, `--features shell`) only the first render is used: the
// JavaScript API's entry points and the browser's callbacks are the wasm's.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

mod app;
mod breakdown;
mod browser;
mod check_field;
mod checklist;
mod children_field;
mod choice_field;
mod comparison;
mod context;
mod cta;
mod events;
mod evidence;
mod family;
mod field_errors;
mod field_names;
mod glance;
mod improvements;
mod lang_switch;
mod language;
mod link_notice;
mod money_field;
mod official_sheet;
mod past_sheet_fields;
mod points_gauge;
mod pr_routes;
mod print_record;
mod problems;
mod profile_form;
mod results;
mod saving_choice;
mod share_bar;
#[cfg(not(target_arch = "wasm32"))]
mod shell;
mod sources;
mod state;
mod status_lines;
mod text_field;
mod timeline;
mod unconfirmed;
mod university_search;
mod use_after_paint;
mod use_debounced;
mod way_back;

#[cfg(target_arch = "wasm32")]
pub(crate) use app::chosen_language;
pub use app::{App, AppProps};
#[cfg(not(target_arch = "wasm32"))]
pub use browser::set_shell_file_page;
#[cfg(target_arch = "wasm32")]
pub(crate) use browser::{set_consultation_loader, set_language_loader, value_of};
#[cfg(not(target_arch = "wasm32"))]
pub use shell::{Shell, ShellProps};
pub use state::Saving;
