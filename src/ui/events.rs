//! Events for the host page (DESIGN.md "Host events"): `hsp-pr:result` when the result
//! changes, `hsp-pr:cta` when the consultation link is used. They bubble and cross the
//! shadow boundary (`composed`). Nothing is sent anywhere: the host decides what to do.

use wasm_bindgen::JsValue;

use crate::rules::Assessment;

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

/// The earliest date over the PR routes (`pr.earliest_date`), as `YYYY-MM-DD`.
fn earliest_pr(assessment: &Assessment) -> JsValue {
    assessment
        .pr
        .earliest_date
        .map_or(JsValue::NULL, |d| JsValue::from_str(&d.to_string()))
}

pub fn result(host: &web_sys::Element, assessment: &Assessment) {
    let detail = js_sys::Object::new();
    set(&detail, "points", JsValue::from(assessment.points.total));
    set(&detail, "category", JsValue::from_str(assessment.category));
    set(
        &detail,
        "hsp_eligible",
        JsValue::from(assessment.hsp.eligible),
    );
    set(
        &detail,
        "jskip_eligible",
        JsValue::from(assessment.jskip.eligible),
    );
    set(&detail, "earliest_pr_date", earliest_pr(assessment));
    set(
        &detail,
        "parents_eligible",
        JsValue::from(assessment.parents.eligible),
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
        set(&detail, "earliest_pr_date", earliest_pr(a));
    }
    dispatch(host, "hsp-pr:cta", &detail, true)
}
