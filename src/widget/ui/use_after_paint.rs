//! Progressive first render: a form restored from a link or saved state shows its points at
//! once, and the longer sections of the results (about 400 of the 700 nodes) a frame later,
//! so the points are not held back by the building and layout of the rest (DESIGN.md's
//! cold-load budget; README, Performance).

use yew::prelude::*;

use super::browser;

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
    let asked = use_mut_ref(|| false);
    // Asked for from the render, not from an effect: Yew runs the effects of a long first
    // render only after yielding to the browser, so the frame asked for from one would be
    // the second after the points, not the one that paints them (`browser::after_this_task`).
    if !*painted && !asked.replace(true) {
        let painted = painted.clone();
        // A state set after the instance is gone is a no-op.
        browser::after_next_paint(move || painted.set(true));
    }
    *painted
}
