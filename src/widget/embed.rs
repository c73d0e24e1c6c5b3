//! The JavaScript face of the widget (wasm only): mounting into a host element, updating its
//! attributes, releasing it. `HspPr.evaluate` has its own wasm (`crate::api`). The custom element, the
//! auto-mount and the Shadow DOM live in `static/loader.js`, which calls these.

use std::cell::Cell;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use yew::AttrValue;

use crate::i18n::{Lang, packs};
use crate::rules::Value;
use crate::widget::ui::{App, AppProps, chosen_language, set_language_loader, value_of};

thread_local! {
    /// Mounted widgets, for the tests that check removal releases them.
    static LIVE: Cell<u32> = const { Cell::new(0) };
    /// The loader's function that replaces the widgets with a "reset" message on a panic.
    static ON_PANIC: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
}

/// Registers what to do if a panic happens anyway (the rules deny every construct that
/// panics, but a panic in the browser would otherwise kill the widget silently). The hook
/// runs before the abort; the loader then shows a translated message with a reset button.
#[wasm_bindgen]
pub fn set_panic_handler(handler: js_sys::Function) {
    ON_PANIC.with(|slot| *slot.borrow_mut() = Some(handler));
    // Yew's renderer installs its own hook unless this one is set through Yew.
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = JsValue::from_str(&info.to_string());
        web_sys::console::error_1(&message);
        ON_PANIC.with(|slot| {
            if let Ok(slot) = slot.try_borrow()
                && let Some(handler) = slot.as_ref()
            {
                let _ = handler.call1(&JsValue::NULL, &message);
            }
        });
    }));
}

/// For the tests of the fallback only: panics on purpose.
#[wasm_bindgen]
#[allow(clippy::panic)]
pub fn simulate_panic_for_tests() {
    panic!("simulated panic (tests only)");
}

/// The attributes of a host element, as the loader reads them (`{ lang, category, cta_href,
/// cta_label, storage_key, save }`, each a string or null); an empty or missing one is not set.
fn props(options: &JsValue, host: Option<web_sys::Element>) -> AppProps {
    let attr = |name: &str| {
        js_sys::Reflect::get(options, &JsValue::from_str(name))
            .ok()
            .and_then(|value| value.as_string())
            .filter(|s| !s.trim().is_empty())
            .map(AttrValue::from)
    };
    AppProps {
        lang: attr("lang"),
        category: attr("category"),
        cta_href: attr("cta_href"),
        cta_label: attr("cta_label"),
        host,
        storage_key: attr("storage_key")
            .unwrap_or(AttrValue::Static(crate::widget::share::STORAGE_KEY)),
        save_off: attr("save").is_some_and(|save| save.trim().eq_ignore_ascii_case("off")),
    }
}

/// The language a widget with these options starts in (`en`, `ja`, `zh-Hans`): the loader
/// fetches its words before mounting it.
#[wasm_bindgen]
pub fn initial_language(options: JsValue) -> String {
    chosen_language(&props(&options, None)).tag().to_owned()
}

/// Registers a language pack (`i18n::packs`): `lang` a tag, `json` the pack's text. `false`
/// for a pack that is not one (or a language that has one already).
#[wasm_bindgen]
pub fn register_language_pack(lang: &str, json: &str) -> bool {
    let Some(lang) = Lang::from_tag(lang) else {
        return false;
    };
    let Some(Value::Object(members)) = js_sys::JSON::parse(json).ok().and_then(|v| value_of(&v))
    else {
        return false;
    };
    let pairs: Option<Vec<(String, String)>> = members
        .into_iter()
        .map(|(key, text)| match text {
            Value::String(text) => Some((key, text)),
            _ => None,
        })
        .collect();
    pairs.is_some_and(|pairs| packs::register(lang, pairs))
}

/// The loader's function that fetches a pack when the language changes: `(tag) => Promise`,
/// which registers it before resolving.
#[wasm_bindgen]
pub fn set_language_pack_loader(loader: js_sys::Function) {
    set_language_loader(loader);
}

/// The loader's door to the on-demand parts of issue #13: `(kind, first, second) => Promise`
/// of text (`universities`; `sheet_html` of a filled sheet and its lines; `sheet_xlsx`, which
/// saves the workbook under a name).
#[wasm_bindgen]
pub fn set_consultation_loader(loader: js_sys::Function) {
    crate::widget::ui::set_consultation_loader(loader);
}

/// One mounted widget.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<yew::AppHandle<App>>,
    host: web_sys::Element,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// New attributes: re-renders in place, keeping what was typed.
    pub fn update(&mut self, options: JsValue) {
        let props = props(&options, Some(self.host.clone()));
        if let Some(app) = self.app.as_mut() {
            app.update(props);
        }
    }

    /// Unmounts and frees the widget.
    pub fn destroy(mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
            LIVE.with(|live| live.set(live.get().saturating_sub(1)));
        }
    }
}

/// Mounts a widget into `root` (inside the host's shadow root); events go to `host`.
#[wasm_bindgen]
pub fn mount_widget(
    root: web_sys::Element,
    host: web_sys::Element,
    options: JsValue,
) -> WidgetHandle {
    let props = props(&options, Some(host.clone()));
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    LIVE.with(|live| live.set(live.get().saturating_add(1)));
    WidgetHandle {
        app: Some(app),
        host,
    }
}

#[wasm_bindgen]
pub fn live_instances() -> u32 {
    LIVE.with(Cell::get)
}

/// The size of the wasm linear memory, in bytes (for the leak and memory measurements).
#[wasm_bindgen]
pub fn memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map_or(0.0, |memory| {
            memory
                .buffer()
                .dyn_into::<js_sys::ArrayBuffer>()
                .map_or(0.0, |buffer| f64::from(buffer.byte_length()))
        })
}
