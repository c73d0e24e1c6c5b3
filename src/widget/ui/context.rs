//! The language and the state, shared with every component (jetli's RealWorld pattern:
//! a context plus small hooks).

use yew::prelude::*;

use super::state::State;
use crate::i18n::{Lang, Tr};

/// The reducer handle, provided by `App`.
pub type StateHandle = UseReducerHandle<State>;

/// The state; `None` only for a component used outside `App`, which then renders nothing.
#[hook]
pub fn use_state_handle() -> Option<StateHandle> {
    use_context::<StateHandle>()
}

/// Picks the current language's text.
#[derive(Clone, Copy, PartialEq)]
pub struct Texts(pub Lang);

impl Texts {
    pub fn t(self, text: &Tr) -> &'static str {
        self.0.pick(text)
    }
    pub fn code(self, code: &str) -> &'static str {
        self.0.code(code)
    }
}

#[hook]
pub fn use_texts() -> Texts {
    Texts(use_context::<StateHandle>().map_or(Lang::En, |state| state.lang))
}
