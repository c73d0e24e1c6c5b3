//! The language switch: changing it keeps everything typed. The select always shows the
//! language the widget is in: while another language's words are on their way, and if they
//! never come, it shows the current one.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::context::use_state_handle;
use super::language::switch_language;
use crate::i18n::{Lang, fill, ui::UI};

#[component]
pub fn LanguageSwitch() -> Html {
    let state = use_state_handle();
    let select = use_node_ref();
    let current = state.as_ref().map_or(Lang::En, |state| state.lang);
    {
        let select = select.clone();
        use_effect_with(current, move |lang| {
            if let Some(select) = select.cast::<HtmlSelectElement>() {
                select.set_value(lang.tag());
            }
        });
    }
    let Some(state) = state else {
        return Html::default();
    };
    let onchange = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(lang) = Lang::from_tag(&select.value()) {
                select.set_value(state.lang.tag());
                switch_language(&state, lang);
            }
        })
    };
    html! {
        <div class="lang-switch">
            <label for="hsp-lang">{ state.lang.pick(&UI.language) }</label>
            <select id="hsp-lang" ref={select} {onchange}>
                { for Lang::ALL.iter().map(|lang| html! {
                    <option value={lang.tag()} lang={lang.tag()} selected={*lang == state.lang}>{ lang.name() }</option>
                }) }
            </select>
            if let Some(lang) = state.loading_lang {
                <span class="lang-loading" role="status">{ fill(state.lang.pick(&UI.loading_language), &[lang.name()]) }</span>
            }
        </div>
    }
}
