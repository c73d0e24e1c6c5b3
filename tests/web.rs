//! Component tests in headless Chromium (wasm-bindgen-test): input → result, the language
//! switch keeps what was typed, an invalid field gets its message and the results stay.
#![cfg(target_arch = "wasm32")]

use hsp_pr::widget::embed::{mount_widget, register_language_pack};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// A fresh widget in its own element, with no saved state or link from an earlier test. The
/// Japanese and Chinese words are registered as the loader registers them (once per page).
async fn mount(lang: &str) -> Element {
    register_language_pack("ja", include_str!("../static/i18n/ja.json"));
    register_language_pack("zh", include_str!("../static/i18n/zh.json"));
    let window = web_sys::window().expect("window");
    if let Ok(Some(storage)) = window.local_storage() {
        storage.clear().expect("clear storage");
    }
    let _ = window.history().expect("history").replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some("#"),
    );
    let root = document().create_element("div").expect("div");
    document()
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"lang".into(), &lang.into()).expect("set");
    std::mem::forget(mount_widget(root.clone(), root.clone(), options.into()));
    yew::scheduler::flush().await;
    root
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

async fn type_into(root: &Element, selector: &str, value: &str) {
    let input: HtmlInputElement = find(root, selector).dyn_into().expect("an input");
    input.set_value(value);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).expect("event");
    input.dispatch_event(&event).expect("dispatch");
    yew::scheduler::flush().await;
}

async fn choose(root: &Element, selector: &str, value: &str) {
    let select: HtmlSelectElement = find(root, selector).dyn_into().expect("a select");
    select.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("change", &init).expect("event");
    select.dispatch_event(&event).expect("dispatch");
    yew::scheduler::flush().await;
}

/// RULES.md §9 P1: (b), 28, master's, 4 years, ¥6.5M, N1 → 75.
async fn fill_p1(root: &Element) {
    type_into(root, "#f-age", "28").await;
    choose(root, "#f-education", "master").await;
    type_into(root, "#f-experience_years", "4").await;
    type_into(root, "#f-annual_salary_yen", "6,500,000").await;
    choose(root, "#f-japanese", "n1").await;
}

#[wasm_bindgen_test]
async fn input_gives_the_points_and_the_verdict() {
    let root = mount("en").await;
    fill_p1(&root).await;
    assert_eq!(text(&root, ".total-number"), "75");
    assert!(text(&root, "[data-check=hsp]").contains("You qualify for HSP(i)"));
    assert!(text(&root, ".breakdown").contains("S1 sheet B ③"));
    // Switching to (c): master 20, 3–5 years 10, ¥6.5M nothing, N1 15; age not scored.
    choose(&root, "#f-category", "c").await;
    assert_eq!(text(&root, ".total-number"), "45");
}

#[wasm_bindgen_test]
async fn switching_language_keeps_everything_typed() {
    let root = mount("en").await;
    fill_p1(&root).await;
    choose(&root, "#hsp-lang", "ja").await;
    assert_eq!(text(&root, "h1"), "高度専門職か、永住か");
    assert_eq!(
        find(&root, ".hsp-pr").get_attribute("lang").as_deref(),
        Some("ja")
    );
    let age: HtmlInputElement = find(&root, "#f-age").dyn_into().expect("input");
    assert_eq!(age.value(), "28");
    assert_eq!(text(&root, ".total-number"), "75");
    assert!(text(&root, "[data-check=hsp]").contains("高度専門職1号"));
    choose(&root, "#hsp-lang", "zh-Hans").await;
    assert_eq!(
        find(&root, ".hsp-pr").get_attribute("lang").as_deref(),
        Some("zh-Hans")
    );
    assert!(text(&root, ".breakdown caption").contains("各项分数"));
}

#[wasm_bindgen_test]
async fn an_invalid_field_is_marked_and_the_results_stay() {
    let root = mount("en").await;
    fill_p1(&root).await;
    type_into(&root, "#f-annual_salary_yen", "6.5 million").await;
    assert_eq!(text(&root, "#f-annual_salary_yen-error"), "Enter a number.");
    let input: HtmlInputElement = find(&root, "#f-annual_salary_yen")
        .dyn_into()
        .expect("input");
    assert_eq!(input.value(), "6.5 million", "nothing typed is thrown away");
    // The last valid result stays, marked stale.
    assert_eq!(text(&root, ".total-number"), "75");
    assert_eq!(
        find(&root, ".result-body")
            .get_attribute("data-stale")
            .as_deref(),
        Some("true")
    );
    type_into(&root, "#f-age", "12").await;
    assert_eq!(text(&root, "#f-age-error"), "Too small.");
    // Fixed: the marks go, the results follow.
    type_into(&root, "#f-annual_salary_yen", "8000000").await;
    type_into(&root, "#f-age", "28").await;
    assert_eq!(text(&root, "#f-annual_salary_yen-error"), "");
    assert_eq!(text(&root, ".total-number"), "85");
}

#[wasm_bindgen_test]
async fn a_fresh_form_asks_rather_than_scolds() {
    let root = mount("en").await;
    assert_eq!(text(&root, "#f-annual_salary_yen-error"), "");
    assert!(
        root.query_selector(".total-number")
            .ok()
            .flatten()
            .is_none()
    );
    assert!(text(&root, ".results").contains("Required."));
}
