//! A labelled drop-down of fixed choices.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::field_errors::{field_errors, field_id, is_invalid};
use super::state::State;

#[derive(Default)]
pub struct ChoiceField {
    pub path: AttrValue,
    pub label: AttrValue,
    /// (value, label) pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub selected: AttrValue,
    pub onchange: Callback<String>,
    pub help: Option<AttrValue>,
    pub inactive: Option<AttrValue>,
}

impl ChoiceField {
    pub fn view(self, state: &State) -> Html {
        let invalid = is_invalid(state, &self.path);
        let id = field_id(&self.path);
        let help_id = format!("{id}-help");
        let error_id = format!("{id}-error");
        let onchange = self
            .onchange
            .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
        let described = match &self.help {
            Some(_) => format!("{help_id} {error_id}"),
            None => error_id.clone(),
        };
        let selected = &self.selected;
        html! {
            <div class={classes!("field", self.inactive.as_ref().map(|_| "inactive"), invalid.then_some("invalid"))} data-field={self.path.clone()}>
                <label for={id.clone()}>{ self.label }</label>
                <select {id} name={self.path.clone()} aria-describedby={described} aria-invalid={invalid.to_string()} {onchange}>
                    { for self.options.into_iter().map(|(value, label)| {
                        let chosen = value == *selected;
                        html! { <option {value} selected={chosen}>{ label }</option> }
                    }) }
                </select>
                { field_errors(state, &self.path, error_id, false) }
                if let Some(help) = self.help {
                    <p class="help" id={help_id}>{ help }</p>
                }
                if let Some(note) = self.inactive {
                    <p class="note">{ note }</p>
                }
            </div>
        }
    }
}
