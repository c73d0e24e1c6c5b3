//! The translated errors of one field, next to it. `missing` on a fresh form is not an
//! error to paint red: the results panel asks for what is needed instead.
//!
//! The form's fields are view functions, not components: each reads the state, so each would
//! re-render with every edit anyway, and a component costs Yew's per-type code and a scope,
//! a context subscription and a scheduled render per instance (issue #15, "a smaller first
//! load"; README, Performance).

use yew::prelude::*;

use super::context::Texts;
use super::state::State;
use crate::rules::decode::ErrorCode;

/// The id of the control for a profile path (`residence.hsp_since` → `f-residence-hsp_since`):
/// one rule for the fields and the banner's links to them.
pub fn field_id(path: &str) -> String {
    format!("f-{}", path.replace(['.', '[', ']'], "-"))
}

/// The errors of the field at `path` that are shown: all but the fresh form's "required"
/// (the results ask for that instead).
fn shown_errors<'a>(state: &'a State, path: &'a str) -> impl Iterator<Item = ErrorCode> + 'a {
    let fresh = state.only_missing();
    state
        .errors_of(path)
        .map(|e| e.code)
        .filter(move |code| !(fresh && *code == ErrorCode::Missing))
}

/// Whether the field at `path` is marked wrong.
pub fn is_invalid(state: &State, path: &str) -> bool {
    shown_errors(state, path).next().is_some()
}

/// The field's errors in words, in the element `id` its control is described by. For a
/// number field, "wrong form" means "not a number".
pub fn field_errors(state: &State, path: &str, id: String, numeric: bool) -> Html {
    let texts = Texts(state.lang);
    let messages: Vec<&'static str> = shown_errors(state, path)
        .map(|code| match code {
            ErrorCode::WrongType if numeric => texts.code("not_a_number"),
            code => texts.code(code.code()),
        })
        .collect();
    html! {
        <p class="error" {id} data-errors={messages.len().to_string()}>
            { for messages.iter().map(|m| html! { <span>{ *m }</span> }) }
        </p>
    }
}
