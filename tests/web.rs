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
/// words of every language but English are registered as the loader registers them (once per
/// page).
async fn mount(lang: &str) -> Element {
    register_language_pack("ja", include_str!("../static/i18n/ja.json"));
    register_language_pack("zh-Hans", include_str!("../static/i18n/zh-Hans.json"));
    register_language_pack("zh-Hant", include_str!("../static/i18n/zh-Hant.json"));
    register_language_pack("ko", include_str!("../static/i18n/ko.json"));
    register_language_pack("vi", include_str!("../static/i18n/vi.json"));
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
    // Sources as the documents' names, the ids in the hover (issue #12).
    assert!(text(&root, ".breakdown").contains("ISA point sheet"));
    assert_eq!(
        find(&root, "[data-item=salary] .source")
            .get_attribute("title")
            .as_deref(),
        Some("S1 sheet B ③; S3")
    );
    // The glance says the same as the results.
    assert_eq!(text(&root, "[data-glance-total]"), "75");
    assert_eq!(
        find(&root, "[data-glance=hsp]")
            .get_attribute("data-answer")
            .as_deref(),
        Some("yes")
    );
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
async fn an_invalid_field_is_marked_and_the_others_keep_computing() {
    let root = mount("en").await;
    fill_p1(&root).await;
    type_into(&root, "#f-annual_salary_yen", "six million").await;
    assert_eq!(text(&root, "#f-annual_salary_yen-error"), "Enter a number.");
    let input: HtmlInputElement = find(&root, "#f-annual_salary_yen")
        .dyn_into()
        .expect("input");
    assert_eq!(input.value(), "six million", "nothing typed is thrown away");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    // The banner names the field; the salary's item says what it needs.
    assert!(text(&root, ".problems").contains("Expected annual salary"));
    assert!(text(&root, "[data-item=salary]").contains("needs your salary"));
    // Every other field still counts: 28 (15) + master (20) + 4 years (5) + N1 (15).
    assert_eq!(text(&root, ".total-number"), "55");
    choose(&root, "#f-education", "doctor").await;
    assert_eq!(text(&root, ".total-number"), "65");
    // "6.5 million" is an amount (issue #12).
    type_into(&root, "#f-annual_salary_yen", "6.5 million").await;
    assert_eq!(text(&root, "#f-annual_salary_yen-error"), "");
    assert_eq!(text(&root, ".total-number"), "85");
    type_into(&root, "#f-age", "12").await;
    assert_eq!(text(&root, "#f-age-error"), "Too small.");
    assert_eq!(
        find(&root, "#f-age")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    type_into(&root, "#f-annual_salary_yen", "8000000").await;
    type_into(&root, "#f-age", "28").await;
    assert!(root.query_selector(".problems").ok().flatten().is_none());
    assert_eq!(text(&root, ".total-number"), "95");
}

#[wasm_bindgen_test]
async fn money_changes_unit_by_rereading_and_asks_when_implausible() {
    let root = mount("en").await;
    type_into(&root, "#f-age", "28").await;
    type_into(&root, "#f-annual_salary_yen", "780").await;
    assert!(
        text(&root, "[data-field=annual_salary_yen] [data-ask]")
            .contains("Did you mean ¥7,800,000")
    );
    choose(&root, "#f-annual_salary_yen-unit", "man").await;
    let input: HtmlInputElement = find(&root, "#f-annual_salary_yen")
        .dyn_into()
        .expect("input");
    assert_eq!(input.value(), "780");
    assert!(text(&root, "[data-field=annual_salary_yen] [data-echo]").starts_with("= ¥7,800,000"));
    assert!(
        root.query_selector("[data-field=annual_salary_yen] [data-ask]")
            .ok()
            .flatten()
            .is_none()
    );
    type_into(&root, "#f-annual_salary_yen", "780万").await;
    assert!(text(&root, "[data-field=annual_salary_yen] [data-echo]").starts_with("= ¥7,800,000"));
}

#[wasm_bindgen_test]
async fn a_fresh_form_asks_rather_than_scolds() {
    let root = mount("en").await;
    assert_eq!(text(&root, "#f-annual_salary_yen-error"), "");
    assert!(root.query_selector(".problems").ok().flatten().is_none());
    // What the person will get, and what to type first; the answers unknown, not "no".
    assert!(text(&root, ".card.needs").contains("Start with your age"));
    assert_eq!(
        find(&root, "[data-glance=pr]")
            .get_attribute("data-answer")
            .as_deref(),
        Some("unknown")
    );
    // The points follow every choice even before the age and salary.
    choose(&root, "#f-education", "doctor").await;
    assert_eq!(text(&root, ".total-number"), "30");
}
