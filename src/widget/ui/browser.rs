//! The few browser facilities the widget uses: the date, the URL fragment, localStorage,
//! the clipboard, JSON parsing. Every call tolerates their absence (a sandboxed iframe, a
//! file:// page, privacy settings): the widget then simply does without.

use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::{Lang, packs};
use crate::rules::value::MAX_DEPTH;
use crate::rules::{Date, Value};

/// Today's date in Japan (UTC+9): the rules are Japan's, and so is their calendar.
pub fn today_in_japan() -> Date {
    Date::in_japan_at_unix_millis(js_sys::Date::now())
}

/// JSON text → the rules' value, by the browser's own parser (no JSON parser in the wasm).
pub fn parse_json(text: &str) -> Option<Value> {
    let parsed = js_sys::JSON::parse(text).ok()?;
    value_of(&parsed)
}

/// A JavaScript value → the rules' value, read as `JSON.stringify` would write it: an object
/// member that is `undefined` is left out, an array element that is `undefined` is null.
/// `None` for what JSON has no place for (a function, a symbol, a BigInt, `undefined` alone),
/// for an object whose members cannot be read (a throwing getter), and past
/// [`MAX_DEPTH`] (a cyclic object).
pub fn value_of(js: &JsValue) -> Option<Value> {
    value_at(js, 0)
}

fn value_at(js: &JsValue, depth: usize) -> Option<Value> {
    if depth > MAX_DEPTH {
        return None;
    }
    let inner = depth.saturating_add(1);
    if js.is_null() {
        Some(Value::Null)
    } else if let Some(b) = js.as_bool() {
        Some(Value::Bool(b))
    } else if let Some(n) = js.as_f64() {
        Some(Value::Number(n))
    } else if let Some(s) = js.as_string() {
        Some(Value::String(s))
    } else if js_sys::Array::is_array(js) {
        js_sys::Array::from(js)
            .iter()
            .map(|item| {
                if item.is_undefined() {
                    Some(Value::Null)
                } else {
                    value_at(&item, inner)
                }
            })
            .collect::<Option<Vec<_>>>()
            .map(Value::Array)
    } else if js.is_object() && !js.is_function() {
        let object: &js_sys::Object = js.unchecked_ref();
        let mut members = Vec::new();
        for key in js_sys::Object::keys(object).iter() {
            let member = js_sys::Reflect::get(object, &key).ok()?;
            if !member.is_undefined() {
                members.push((key.as_string()?, value_at(&member, inner)?));
            }
        }
        Some(Value::Object(members))
    } else {
        None
    }
}

fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    // Natively (the prerendered shell, issue #15) there is no page: nothing saved, no link.
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Runs `then` in a microtask: once the task that queues it is over, before the browser paints.
///
/// Yew's scheduler yields to the browser (a `setTimeout`) once it has run for 16 ms and every
/// pending render is in the DOM, and runs the effects only after that: after a frame, its
/// style and its layout. The first render of a share link takes longer than that, so what
/// must follow it at once (the host's `hsp-pr:result`, the frame the longer sections wait
/// for) is queued from the render itself: the microtask then runs when the render's task
/// ends, at the yield or at the end, with everything rendered (issue #15; README, Performance).
pub fn after_this_task(then: impl FnOnce() + 'static) {
    if let Some(window) = window() {
        let callback = wasm_bindgen::closure::Closure::once_into_js(then);
        window.queue_microtask(callback.unchecked_ref());
    }
}

/// Runs `then` in a task after the next frame: once what is in the DOM now is painted.
pub fn after_next_paint(then: impl FnOnce() + 'static) {
    if let Some(window) = window() {
        let later = window.clone();
        let after_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            let task = wasm_bindgen::closure::Closure::once_into_js(then);
            let _ = later.set_timeout_with_callback(task.unchecked_ref());
        });
        let _ = window.request_animation_frame(after_frame.unchecked_ref());
    }
}

/// Whether the prerendered shell being rendered is the offline file's (natively only).
#[cfg(not(target_arch = "wasm32"))]
static SHELL_FILE_PAGE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The prerendered shell renders the offline file's first screen (`file:`) or a served one's.
#[cfg(not(target_arch = "wasm32"))]
pub fn set_shell_file_page(file: bool) {
    SHELL_FILE_PAGE.store(file, std::sync::atomic::Ordering::Relaxed);
}

pub fn location_hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Takes the fragment out of the address bar (and the current history entry), leaving the
/// path and query: a share link's profile must not stay there once read (issue #11).
pub fn clear_location_hash() {
    let Some(window) = window() else { return };
    let location = window.location();
    let url = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// A page opened from disk (`file:`), as the offline file is.
pub fn is_file_page() -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    return SHELL_FILE_PAGE.load(std::sync::atomic::Ordering::Relaxed);
    #[cfg(target_arch = "wasm32")]
    window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|protocol| protocol == "file:")
}

/// The page's address with `fragment`.
pub fn link_with_fragment(fragment: &str) -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = href.split('#').next().unwrap_or("");
    format!("{base}#{fragment}")
}

fn storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

pub fn save(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}

pub fn forget(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// Copies text; `false` where the clipboard is unavailable (a `file://` page or an insecure
/// origin has no `navigator.clipboard`: calling into it would throw, so it is checked first).
pub async fn copy(text: &str) -> bool {
    let Some(window) = window() else { return false };
    let navigator = window.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_clipboard {
        return false;
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}

/// The browser's preferred languages, best first.
pub fn browser_languages() -> Vec<String> {
    let Some(window) = window() else {
        return Vec::new();
    };
    window
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

thread_local! {
    /// The loader's function that fetches and registers a language pack: `(tag) => Promise`.
    static LANGUAGE_LOADER: std::cell::RefCell<Option<js_sys::Function>> =
        const { std::cell::RefCell::new(None) };
}

pub fn set_language_loader(loader: js_sys::Function) {
    LANGUAGE_LOADER.with(|slot| *slot.borrow_mut() = Some(loader));
}

/// Makes `lang` available (its pack fetched and registered by the loader, if it is not yet);
/// `false` when it cannot be (no loader, or the pack did not arrive).
pub async fn load_language(lang: Lang) -> bool {
    if packs::is_available(lang) {
        return true;
    }
    let promise = LANGUAGE_LOADER.with(|slot| {
        slot.borrow().as_ref().and_then(|loader| {
            loader
                .call1(&JsValue::NULL, &JsValue::from_str(lang.tag()))
                .ok()
        })
    });
    let Some(promise) = promise.and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) else {
        return false;
    };
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    packs::is_available(lang)
}

thread_local! {
    /// The loader's function that brings an on-demand part: `(kind, first, second) => Promise`.
    static CONSULTATION_LOADER: std::cell::RefCell<Option<js_sys::Function>> =
        const { std::cell::RefCell::new(None) };
}

pub fn set_consultation_loader(loader: js_sys::Function) {
    CONSULTATION_LOADER.with(|slot| *slot.borrow_mut() = Some(loader));
}

/// Asks the loader for an on-demand part (`universities`, `sheet_html`, `sheet_xlsx`) and
/// waits for its text; `None` when there is no loader or the part did not arrive.
pub async fn consult(kind: &str, first: &str, second: &str) -> Option<String> {
    let promise = CONSULTATION_LOADER.with(|slot| {
        slot.borrow().as_ref().and_then(|loader| {
            loader
                .call3(
                    &JsValue::NULL,
                    &JsValue::from_str(kind),
                    &JsValue::from_str(first),
                    &JsValue::from_str(second),
                )
                .ok()
        })
    })?;
    let promise = promise.dyn_into::<js_sys::Promise>().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()
        .and_then(|text| text.as_string())
}

/// Prints with `class` on the widget's root (found from one of its elements) until the print
/// is over: on the `afterprint` event, since `print()` does not block in every browser.
pub fn print_with_root_class(inside: &web_sys::Element, class: &'static str) {
    let (Some(root), Some(window)) = (inside.closest(".hsp-pr").ok().flatten(), window()) else {
        return;
    };
    let _ = root.class_list().add_1(class);
    let done = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = root.class_list().remove_1(class);
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "afterprint",
        done.unchecked_ref(),
        &options,
    );
    let _ = window.print();
}

/// On a phone the glance sits over the bottom of the screen: a field that takes the focus
/// under it is scrolled up into the clear (WCAG 2.4.11, focus not obscured).
pub fn keep_clear_of_glance(field: &web_sys::Element) {
    // Only a focus the browser shows (the keyboard's; any in a text field): scrolling under
    // a pointer pressing a button or a box would move it away before the press ends, and the
    // click would be lost.
    if !field.matches(":focus-visible").unwrap_or(false) {
        return;
    }
    let Some(glance) = field
        .closest(".hsp-pr")
        .ok()
        .flatten()
        .and_then(|root| root.query_selector(".glance").ok().flatten())
    else {
        return;
    };
    let Some(height) = window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
    else {
        return;
    };
    let (over, under) = (
        glance.get_bounding_client_rect(),
        field.get_bounding_client_rect(),
    );
    // Only the glance stuck to the bottom of the screen (a phone) covers fields.
    let at_bottom = (over.bottom() - height).abs() < 2.0;
    if at_bottom
        && under.bottom() > over.top()
        && let Some(w) = window()
    {
        w.scroll_by_with_x_and_y(0.0, under.bottom() - over.top() + 12.0);
    }
}
