//! A labelled text, number or date input with its help and its errors.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::field_errors::{field_errors, field_id, is_invalid};
use super::state::State;

#[derive(Default)]
pub struct TextField {
    /// The profile path of the field (`annual_salary_yen`, `residence.hsp_since`…): its id
    /// and the key of its errors.
    pub path: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    /// A date input; otherwise text (numbers use text with `inputmode`, so "6,500,000" can
    /// be typed).
    pub date: bool,
    pub inputmode: Option<&'static str>,
    pub help: Option<AttrValue>,
    /// A short note shown when the field does not count here (kept anyway).
    pub inactive: Option<AttrValue>,
    /// The points of each band of the sheet for this person ("3 years +5 · 5 years +10").
    pub bands: Option<AttrValue>,
}

impl TextField {
    pub fn view(self, state: &State) -> Html {
        let invalid = is_invalid(state, &self.path);
        let id = field_id(&self.path);
        let help_id = format!("{id}-help");
        let error_id = format!("{id}-error");
        let oninput = self
            .oninput
            .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
        let described = match &self.help {
            Some(_) => format!("{help_id} {error_id}"),
            None => error_id.clone(),
        };
        html! {
            <div class={classes!("field", self.inactive.as_ref().map(|_| "inactive"), invalid.then_some("invalid"))} data-field={self.path.clone()}>
                <label for={id.clone()}>{ self.label }</label>
                <div class="input-row">
                    <input
                        id={id}
                        name={self.path.clone()}
                        type={if self.date { "date" } else { "text" }}
                        inputmode={self.inputmode}
                        value={self.value}
                        aria-describedby={described}
                        aria-invalid={invalid.to_string()}
                        autocomplete="off"
                        {oninput}
                    />
                </div>
                { field_errors(state, &self.path, error_id, self.inputmode.is_some()) }
                if let Some(help) = self.help {
                    <p class="help" id={help_id}>{ help }</p>
                }
                if let Some(bands) = self.bands {
                    <p class="bands" data-bands="">{ bands }</p>
                }
                if let Some(note) = self.inactive {
                    <p class="note">{ note }</p>
                }
            </div>
        }
    }
}
