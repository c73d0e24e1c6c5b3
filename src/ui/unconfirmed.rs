//! The mark RULES.md asks for next to anything UNVERIFIED.

use yew::prelude::*;

use super::context::use_texts;
use crate::i18n::ui::UI;

#[component]
pub fn Unconfirmed() -> Html {
    let texts = use_texts();
    html! {
        <span class="unconfirmed" title={texts.t(&UI.unconfirmed_long)}>
            { texts.t(&UI.unconfirmed) }
            <span class="visually-hidden">{ ": " }{ texts.t(&UI.unconfirmed_long) }</span>
        </span>
    }
}
