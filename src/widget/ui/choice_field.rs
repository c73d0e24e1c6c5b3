//! A labelled drop-down of fixed choices.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::field_errors::{FieldErrors, field_id, use_invalid};

#[derive(Properties, PartialEq)]
pub struct ChoiceFieldProps {
    pub path: AttrValue,
    pub label: AttrValue,
    /// (value, label) pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub selected: AttrValue,
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    #[prop_or_default]
    pub inactive: Option<AttrValue>,
}

#[component]
pub fn ChoiceField(props: &ChoiceFieldProps) -> Html {
    let invalid = use_invalid(&props.path);
    let id = field_id(&props.path);
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let onchange = {
        let onchange = props.onchange.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            onchange.emit(select.value());
        })
    };
    let described = if props.help.is_some() {
        format!("{help_id} {error_id}")
    } else {
        error_id.clone()
    };
    html! {
        <div class={classes!("field", props.inactive.as_ref().map(|_| "inactive"), invalid.then_some("invalid"))} data-field={props.path.clone()}>
            <label for={id.clone()}>{ props.label.clone() }</label>
            <select id={id.clone()} name={props.path.clone()} aria-describedby={described} aria-invalid={invalid.to_string()} {onchange}>
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == props.selected}>{ label.clone() }</option>
                }) }
            </select>
            <FieldErrors path={props.path.clone()} id={error_id} />
            if let Some(help) = &props.help {
                <p class="help" id={help_id}>{ help.clone() }</p>
            }
            if let Some(note) = &props.inactive {
                <p class="note">{ note.clone() }</p>
            }
        </div>
    }
}
