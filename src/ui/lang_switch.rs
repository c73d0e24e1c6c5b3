//! The language switch: changing it keeps everything typed.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::context::use_state_handle;
use super::state::Action;
use crate::i18n::{Lang, ui::UI};

#[component]
pub fn LanguageSwitch() -> Html {
    let Some(state) = use_state_handle() else {
        return Html::default();
    };
    let onchange = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(lang) = Lang::from_tag(&select.value()) {
                state.dispatch(Action::SetLang(lang));
            }
        })
    };
    html! {
        <div class="lang-switch">
            <label for="hsp-lang">{ state.lang.pick(&UI.language) }</label>
            <select id="hsp-lang" {onchange}>
                { for Lang::ALL.iter().map(|lang| html! {
                    <option value={lang.tag()} lang={lang.tag()} selected={*lang == state.lang}>{ lang.name() }</option>
                }) }
            </select>
        </div>
    }
}
