//! Keeping and sharing: a share link (the profile in the URL fragment, never sent to a
//! server), a plain-text summary, print, and start over (undoable), with the saving choice.
//! Where the clipboard is unavailable (a file:// page), the text is shown to copy by hand.
//! It sits under the glance, after the form in the tab order: the form comes first.

use yew::prelude::*;

use super::browser;
use super::context::{use_state_handle, use_texts};
use super::saving_choice::SavingChoice;
use super::state::{Action, Notice};
use crate::i18n::{fill, ui::UI};
use crate::widget::share;

#[component]
pub fn ShareBar() -> Html {
    let manual = use_state(|| Option::<String>::None);
    let texts = use_texts();
    let Some(state) = use_state_handle() else {
        return Html::default();
    };
    let copy = |text_of: fn(&super::state::State) -> Option<String>, notice: Notice| {
        let state = state.clone();
        let manual = manual.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(text) = text_of(&state) else { return };
            let state = state.clone();
            let manual = manual.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if browser::copy(&text).await {
                    manual.set(None);
                    state.dispatch(Action::Notice(Some(notice)));
                } else {
                    manual.set(Some(text));
                }
            });
        })
    };
    let on_link = copy(
        |s| Some(browser::link_with_fragment(&share::fragment(s.profile()))),
        Notice::LinkCopied,
    );
    let on_summary = copy(|s| s.summary(), Notice::SummaryCopied);
    let on_print = Callback::from(|_: MouseEvent| browser::print());
    let on_reset = {
        let state = state.clone();
        let manual = manual.clone();
        Callback::from(move |_: MouseEvent| {
            manual.set(None);
            // This instance's answers only: another widget's on the page stay (issue #11).
            browser::forget(&state.storage_key);
            state.dispatch(Action::Reset);
        })
    };
    // A share link's notices are at the top of the widget (`link_notice`).
    let notice = state.notice.and_then(|n| match n {
        Notice::RestoredFromLink | Notice::RestoredPartly | Notice::LinkUnreadable => None,
        n => Some(n),
    });
    let notice = notice.map(|n| match n {
        Notice::LinkCopied => texts.t(&UI.share_copied).to_owned(),
        Notice::SummaryCopied => texts.t(&UI.summary_copied).to_owned(),
        Notice::RestoredFromLink | Notice::RestoredPartly | Notice::LinkUnreadable => String::new(),
        Notice::SavedPartly => texts.t(&UI.saved_partly).to_owned(),
        Notice::SavedUnreadable => texts.t(&UI.saved_unreadable).to_owned(),
        Notice::LanguageUnavailable(lang) => {
            fill(texts.t(&UI.language_unavailable), &[lang.name()])
        }
        Notice::SavedExpired => texts.t(&UI.saved_expired).to_owned(),
        Notice::Cleared => texts.t(&UI.cleared).to_owned(),
    });
    let on_undo = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Undo))
    };
    html! {
        <div class="share-bar" part="actions">
            <button type="button" class="secondary" onclick={on_link} data-action="share">{ texts.t(&UI.share_link) }</button>
            <button type="button" class="secondary" onclick={on_summary} data-action="summary">{ texts.t(&UI.copy_summary) }</button>
            <button type="button" class="secondary" onclick={on_print} data-action="print">{ texts.t(&UI.print) }</button>
            // Apart from the others, and undoable until the next edit (issue #12).
            <button type="button" class="secondary reset" onclick={on_reset} data-action="reset">{ texts.t(&UI.reset) }</button>
            <p class="notice" role="status">
                { notice.unwrap_or_default() }
                if state.notice == Some(Notice::SavedPartly) {
                    { " " }{ state.skipped.join(", ") }
                }
                if state.undo.is_some() {
                    { " " }<button type="button" class="link" onclick={on_undo} data-action="undo">{ texts.t(&UI.undo) }</button>
                }
            </p>
            <SavingChoice />
            if let Some(text) = (*manual).clone() {
                <textarea class="manual-copy" readonly=true rows="4" aria-label={texts.t(&UI.copy_summary)} value={text} />
            }
        </div>
    }
}
