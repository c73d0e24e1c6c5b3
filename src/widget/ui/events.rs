//! Events for the host page (DESIGN.md "Host events"): `hsp-pr:result` when the result
//! changes, `hsp-pr:cta` when the consultation link is used. They bubble and cross the
//! shadow boundary (`composed`). Nothing is sent anywhere: the host decides what to do.

use wasm_bindgen::JsValue;

use crate::rules::Assessment;
use crate::widget::milestones::result_detail;

fn set(object: &js_sys::Object, key: &str, value: JsValue) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), &value);
}

fn dispatch(
    host: &web_sys::Element,
    name: &str,
    detail: &js_sys::Object,
    cancelable: bool,
) -> bool {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(cancelable);
    init.set_detail(detail);
    match web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        Ok(event) => host.dispatch_event(&event).unwrap_or(true),
        Err(_) => true,
    }
}

fn date(d: Option<crate::rules::Date>) -> JsValue {
    d.map_or(JsValue::NULL, |d| JsValue::from_str(&d.to_string()))
}

pub fn result(host: &web_sys::Element, assessment: &Assessment) {
    let d = result_detail(assessment);
    let detail = js_sys::Object::new();
    set(&detail, "points", JsValue::from(d.points));
    set(&detail, "category", JsValue::from_str(d.category));
    set(&detail, "hsp_eligible", JsValue::from(d.hsp_eligible));
    set(&detail, "jskip_eligible", JsValue::from(d.jskip_eligible));
    set(&detail, "hsp2_eligible", JsValue::from(d.hsp2_eligible));
    set(&detail, "hsp2_earliest_date", date(d.hsp2_earliest_date));
    set(&detail, "pr_eligible_now", JsValue::from(d.pr_eligible_now));
    set(&detail, "earliest_pr_date", date(d.earliest_pr_date));
    set(
        &detail,
        "parents_eligible",
        JsValue::from(d.parents_eligible),
    );
    dispatch(host, "hsp-pr:result", &detail, false);
}

/// Returns `false` when the host cancelled the event (it handles the consultation itself).
pub fn cta(
    host: &web_sys::Element,
    href: &str,
    assessment: Option<&Assessment>,
    summary: &str,
) -> bool {
    let detail = js_sys::Object::new();
    set(&detail, "href", JsValue::from_str(href));
    set(&detail, "summary", JsValue::from_str(summary));
    if let Some(a) = assessment {
        set(&detail, "points", JsValue::from(a.points.total));
        set(&detail, "earliest_pr_date", date(a.pr.earliest_date));
    }
    dispatch(host, "hsp-pr:cta", &detail, true)
}
