//! The mark RULES.md asks for next to anything UNVERIFIED.

use yew::prelude::*;

use super::context::Texts;
use crate::i18n::ui::UI;

pub fn unconfirmed(texts: Texts) -> Html {
    html! {
        <span class="unconfirmed" title={texts.t(&UI.unconfirmed_long)}>
            { texts.t(&UI.unconfirmed) }
            <span class="visually-hidden">{ ": " }{ texts.t(&UI.unconfirmed_long) }</span>
        </span>
    }
}
