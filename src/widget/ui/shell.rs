//! The prerendered shell (issue #15): the widget's first screen for a fresh visitor (an empty
//! form of category (b), nothing saved, no link) in one language, rendered at build time by
//! `examples/shell.rs` with Yew's server renderer. The page shows it at once, inert, while
//! the wasm loads; the wasm then mounts with a plain client render that replaces it. It is the
//! same view as the client's ([`super::app::view`]); a browser test compares the two.

use yew::prelude::*;

use super::app::{AppProps, view};
use super::context::StateHandle;
use super::state::{Saving, State};
use crate::i18n::Lang;
use crate::rules::Date;
use crate::widget::form::Form;

#[derive(Properties, PartialEq, Clone)]
pub struct ShellProps {
    pub lang: Lang,
    /// The build's date: the empty form's results name no date, so it never shows.
    pub today: Date,
    /// The offline file keeps nothing unless asked (`Saving::Off` from `file://`).
    pub saving: Saving,
}

#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let state: StateHandle = use_reducer({
        let props = props.clone();
        move || {
            let mut state = State::new(Form::default(), props.lang, props.today);
            state.saving = props.saving;
            state
        }
    });
    view(state, &AppProps::default())
}
