//! A labelled text, number or date input with its help and its errors.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::field_errors::{FieldErrors, field_id, use_invalid};

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// The profile path of the field (`annual_salary_yen`, `residence.hsp_since`…): its id
    /// and the key of its errors.
    pub path: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    /// `text`, `date`; numbers use `text` with `inputmode` so "6,500,000" can be typed.
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// A short note shown when the field does not count here (kept anyway).
    #[prop_or_default]
    pub inactive: Option<AttrValue>,
    /// The points of each band of the sheet for this person ("3 years +5 · 5 years +10").
    #[prop_or_default]
    pub bands: Option<AttrValue>,
}

#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let invalid = use_invalid(&props.path);
    let id = field_id(&props.path);
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let oninput = {
        let oninput = props.oninput.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            oninput.emit(input.value());
        })
    };
    let described = [
        props.help.as_ref().map(|_| help_id.clone()),
        Some(error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    html! {
        <div class={classes!("field", props.inactive.as_ref().map(|_| "inactive"), invalid.then_some("invalid"))} data-field={props.path.clone()}>
            <label for={id.clone()}>{ props.label.clone() }</label>
            <div class="input-row">
                <input
                    id={id.clone()}
                    name={props.path.clone()}
                    type={props.kind.clone()}
                    inputmode={props.inputmode.clone()}
                    value={props.value.clone()}
                    aria-describedby={described}
                    aria-invalid={invalid.to_string()}
                    autocomplete="off"
                    {oninput}
                />
            </div>
            <FieldErrors path={props.path.clone()} id={error_id} numeric={props.inputmode.is_some()} />
            if let Some(help) = &props.help {
                <p class="help" id={help_id}>{ help.clone() }</p>
            }
            if let Some(bands) = &props.bands {
                <p class="bands" data-bands="">{ bands.clone() }</p>
            }
            if let Some(note) = &props.inactive {
                <p class="note">{ note.clone() }</p>
            }
        </div>
    }
}
