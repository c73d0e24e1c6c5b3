//! Progressive first render: a form restored from a link or saved state shows its points at
//! once, and the longer sections of the results (about 400 of the 700 nodes) a frame later,
//! so the points are not held back by the building and layout of the rest (DESIGN.md's
//! cold-load budget; README, Performance).

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

/// Whether the page is hidden; the prerendered shell (rendered natively) has a visible one, so
/// it defers as the client's first render does.
fn page_hidden() -> bool {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window()
        .and_then(|w| w.document())
        .is_none_or(|d| d.hidden());
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// False on the first render when `defer` is set, true once the browser has painted that
/// render (the next animation frame, then a task after it). Not deferred in a hidden page,
/// which paints no frames: everything is there at once.
#[hook]
pub fn use_after_paint(defer: bool) -> bool {
    // Read on the first render only: this hook runs on every render of the results.
    let painted = use_state(|| !defer || page_hidden());
    {
        let painted = painted.clone();
        use_effect_with((), move |_| {
            if !*painted && let Some(window) = web_sys::window() {
                // `once_into_js`: each callback frees itself when it runs, so an instance
                // removed in between leaves nothing behind (setting its state is then a no-op).
                let later = window.clone();
                let after_frame = Closure::once_into_js(move || {
                    let reveal = Closure::once_into_js(move || painted.set(true));
                    let _ = later.set_timeout_with_callback(reveal.unchecked_ref());
                });
                let _ = window.request_animation_frame(after_frame.unchecked_ref());
            }
        });
    }
    *painted
}
