//! Changing the language: at once when its words are here, otherwise once its pack has
//! arrived (`i18n::packs`), so the widget never shows a language half translated. Meanwhile the
//! switch says it is loading; if the pack cannot be had, the widget stays in the language it
//! is in and says so.

use super::browser;
use super::context::StateHandle;
use super::state::Action;
use crate::i18n::{Lang, packs};

pub fn switch_language(state: &StateHandle, lang: Lang) {
    if packs::is_available(lang) {
        state.dispatch(Action::SetLang(lang));
        return;
    }
    state.dispatch(Action::LoadingLang(lang));
    let state = state.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let arrived = browser::load_language(lang).await;
        state.dispatch(Action::LangArrived(lang, arrived));
    });
}
