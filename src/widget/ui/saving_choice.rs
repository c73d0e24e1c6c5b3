//! Whether the answers are kept in this browser: a visible choice, on by default (off in a
//! file opened from disk), with what it means beside it; none when the host turned saving off.

use yew::prelude::*;

use super::check_field::CheckField;
use super::context::{use_state_handle, use_texts};
use super::state::{Action, Saving};
use crate::i18n::ui::UI;

#[component]
pub fn SavingChoice() -> Html {
    let texts = use_texts();
    let Some(state) = use_state_handle() else {
        return Html::default();
    };
    if state.saving == Saving::Disabled {
        return html! { <p class="note" data-saving="disabled">{ texts.t(&UI.saving_disabled) }</p> };
    }
    let onchange = {
        let state = state.clone();
        Callback::from(move |on: bool| state.dispatch(Action::SetSaving(on)))
    };
    let on_disk = super::browser::is_file_page();
    html! {
        <div class="saving" data-saving={if state.saving == Saving::On { "on" } else { "off" }}>
            { CheckField {
                id: "saving".into(),
                label: AttrValue::Static(texts.t(&UI.saving_label)),
                checked: state.saving == Saving::On,
                onchange,
                ..CheckField::default()
            }.view() }
            <p class="help">
                { texts.t(&UI.saving_help) }
                if on_disk { { " " }{ texts.t(&UI.saving_file_help) } }
            </p>
        </div>
    }
}
