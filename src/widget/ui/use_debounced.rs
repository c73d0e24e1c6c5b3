//! A value that follows another once it has stopped changing for a while: the live region
//! announces the result after typing pauses, not on every keystroke.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

#[hook]
pub fn use_debounced(value: String, millis: i32) -> UseStateHandle<String> {
    let debounced = use_state(String::new);
    {
        let debounced = debounced.clone();
        use_effect_with(value, move |value| {
            let value = value.clone();
            let window = web_sys::window();
            let closure = Closure::once(move || debounced.set(value));
            let handle = window.as_ref().and_then(|w| {
                w.set_timeout_with_callback_and_timeout_and_arguments_0(
                    closure.as_ref().unchecked_ref(),
                    millis,
                )
                .ok()
            });
            // The cleanup owns the closure: it lives until the timer fires or is cleared.
            move || {
                if let (Some(w), Some(handle)) = (window, handle) {
                    w.clear_timeout_with_handle(handle);
                }
                drop(closure);
            }
        });
    }
    debounced
}
