//! The widget (wasm only): Yew function components over one reducer, computing everything
//! through `rules` on every input. One component per file, named after it.

mod app;
mod breakdown;
mod browser;
mod check_field;
mod children_field;
mod choice_field;
mod comparison;
mod context;
mod family;
mod field_errors;
mod improvements;
mod lang_switch;
mod points_gauge;
mod pr_routes;
mod profile_form;
mod results;
mod share_bar;
mod state;
mod status_lines;
mod summary;
mod text_field;
mod timeline;
mod unconfirmed;
mod use_debounced;

pub use app::{App, AppProps};

use wasm_bindgen::prelude::*;
use yew::AttrValue;

/// Mounts the widget in `root`.
pub fn mount(root: web_sys::Element, lang: Option<String>) -> yew::AppHandle<App> {
    yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps {
            lang: lang.map(AttrValue::from),
        },
    )
    .render()
}

/// On load: mount into every `[data-hsp-pr-widget]` element, with its `data-lang`.
#[wasm_bindgen(start)]
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(nodes) = document.query_selector_all("[data-hsp-pr-widget]") else {
        return;
    };
    for index in 0..nodes.length() {
        let Some(element) = nodes
            .item(index)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if element.get_attribute("data-mounted").is_some() {
            continue;
        }
        let _ = element.set_attribute("data-mounted", "");
        let lang = element.get_attribute("data-lang").filter(|l| !l.is_empty());
        // The handle lives as long as the page: the widget is never unmounted here.
        std::mem::forget(mount(element, lang));
    }
}
