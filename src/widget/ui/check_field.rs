//! A labelled checkbox.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckFieldProps {
    /// A unique id within the widget.
    pub id: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    pub onchange: Callback<bool>,
    #[prop_or_default]
    pub inactive: Option<AttrValue>,
    /// What ticking it is worth on the sheet ("+10"), shown before it is ticked.
    #[prop_or_default]
    pub worth: Option<AttrValue>,
}

#[component]
pub fn CheckField(props: &CheckFieldProps) -> Html {
    let onchange = {
        let onchange = props.onchange.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            onchange.emit(input.checked());
        })
    };
    html! {
        <div class={classes!("check", props.inactive.as_ref().map(|_| "inactive"))}>
            <input type="checkbox" id={props.id.clone()} checked={props.checked} {onchange} />
            <label for={props.id.clone()}>
                { props.label.clone() }
                if let Some(worth) = &props.worth {
                    { " " }<span class="worth" data-worth="">{ worth.clone() }</span>
                }
                if let Some(note) = &props.inactive {
                    <span class="note">{ " — " }{ note.clone() }</span>
                }
            </label>
        </div>
    }
}
