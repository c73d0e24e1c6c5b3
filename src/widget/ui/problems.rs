//! The fields to fix, named and one click away, above the results (issue #12). The results
//! below are those of every other field: the rules judged what is right.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::context::Texts;
use super::field_errors::field_id;
use super::field_names::label;
use crate::i18n::{fill, ui::UI};
use crate::rules::FieldError;
use crate::rules::decode::ErrorCode;

/// Moves the focus to the field with this id, in the same widget (a shadow root or not).
fn focus_field(event: &MouseEvent, id: &str) {
    let field = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|button| button.closest(".hsp-pr").ok().flatten())
        .and_then(|root| root.query_selector(&format!("#{id}")).ok().flatten())
        .and_then(|field| field.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(field) = field {
        field.scroll_into_view_with_bool(false);
        let _ = field.focus();
    }
}

pub fn problems(texts: Texts, errors: &[FieldError], fresh: bool) -> Html {
    let shown: Vec<&FieldError> = errors
        .iter()
        .filter(|e| !(fresh && e.code == ErrorCode::Missing))
        .collect();
    if shown.is_empty() {
        return Html::default();
    }
    let items = shown.into_iter().map(|e| {
        let id = field_id(&e.field);
        // "Child 2's date of birth": the labels of repeated fields take their number.
        let number = e
            .field
            .split_once('[')
            .and_then(|(_, rest)| rest.split(']').next()?.parse::<usize>().ok())
            .map_or_else(String::new, |i| i.saturating_add(1).to_string());
        // An error of the whole profile (no field) is named as the form.
        let name = label(&e.field).map_or_else(
            || if e.field.is_empty() { texts.t(&UI.form_heading).to_owned() } else { e.field.clone() },
            |l| fill(texts.t(l), &[&number]),
        );
        let message = texts.code(e.code.code());
        html! {
            <li data-problem={e.field.clone()}>
                <button type="button" class="link" onclick={Callback::from(move |ev: MouseEvent| focus_field(&ev, &id))}>
                    { name }
                </button>
                { ": " }{ message }
            </li>
        }
    });
    html! {
        <div class="problems" role="alert" part="problems">
            <p>{ texts.t(&UI.fix_fields) }</p>
            <ul>{ for items }</ul>
        </div>
    }
}
