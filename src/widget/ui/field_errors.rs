//! The translated errors of one field, next to it. `missing` on a fresh form is not an
//! error to paint red: the results panel asks for what is needed instead.

use yew::prelude::*;

use super::context::{use_state_handle, use_texts};
use crate::rules::decode::ErrorCode;

/// The id of the control for a profile path (`residence.hsp_since` → `f-residence-hsp_since`):
/// one rule for the fields and the banner's links to them.
pub fn field_id(path: &str) -> String {
    format!("f-{}", path.replace(['.', '[', ']'], "-"))
}

/// Whether the field at `path` is marked wrong: it has an error that is not the fresh
/// form's "required" (the results ask for that instead).
#[hook]
pub fn use_invalid(path: &str) -> bool {
    use_state_handle().is_some_and(|state| {
        let fresh = state.only_missing();
        state
            .errors_of(path)
            .any(|e| !(fresh && e.code == ErrorCode::Missing))
    })
}

#[derive(Properties, PartialEq)]
pub struct FieldErrorsProps {
    pub path: AttrValue,
    pub id: String,
    /// A number field: "wrong form" there means "not a number".
    #[prop_or_default]
    pub numeric: bool,
}

#[component]
pub fn FieldErrors(props: &FieldErrorsProps) -> Html {
    let Some(state) = use_state_handle() else {
        return Html::default();
    };
    let texts = use_texts();
    let fresh = state.only_missing();
    let messages: Vec<&'static str> = state
        .errors_of(&props.path)
        .filter(|e| !(fresh && e.code == ErrorCode::Missing))
        .map(|e| match e.code {
            ErrorCode::WrongType if props.numeric => texts.code("not_a_number"),
            code => texts.code(code.code()),
        })
        .collect();
    html! {
        <p class="error" id={props.id.clone()} data-errors={messages.len().to_string()}>
            { for messages.iter().map(|m| html! { <span>{ *m }</span> }) }
        </p>
    }
}
