//! What a share link did, at the top of the widget where it is seen on opening (issue #11):
//! restored (and what could not be read), unreadable, and the way back to one's own answers.

use yew::prelude::*;

use super::context::{use_state_handle, use_texts};
use super::state::{Action, Notice};
use crate::i18n::ui::UI;

#[component]
pub fn LinkNotice() -> Html {
    let texts = use_texts();
    let Some(state) = use_state_handle() else {
        return Html::default();
    };
    let text = match state.notice {
        Some(Notice::RestoredFromLink | Notice::RestoredPartly) => texts.t(&UI.restored_from_link),
        Some(Notice::LinkUnreadable) => texts.t(&UI.link_unreadable),
        _ => "",
    };
    let own_answers = state.from_link.as_ref().is_some_and(|l| l.own.is_some());
    let on_back = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::BackToOwn))
    };
    html! {
        <div class="link-notice" role="status">
            if !text.is_empty() {
                <p class="notice" data-notice="link">
                    { text }
                    if state.notice == Some(Notice::RestoredPartly) {
                        { " " }{ texts.t(&UI.not_restored) }{ " " }{ state.skipped.join(", ") }
                    }
                </p>
            }
            if own_answers {
                <button type="button" class="secondary" onclick={on_back} data-action="back-to-own">{ texts.t(&UI.back_to_own) }</button>
            }
        </div>
    }
}
