//! `HspPr.evaluate` in its own wasm (issue #15), built from this crate with the `api` feature
//! (`scripts/build.sh`) and fetched on the API's first call: the rules and the assessment's
//! serialisation, without the widget. The widget's first load carries neither the API nor the
//! assessment's writer.
//!
//! Values cross with serde-wasm-bindgen, as the product's design names it: the profile as a
//! JavaScript value (the loader has already made it JSON, so nothing exotic reaches here) is
//! read into the rules' [`Value`], so the decoder reports every bad field at once; the
//! assessment or the rejection is written as plain objects with `null` for what is absent,
//! which is the CLI's JSON exactly (`tests/e2e/embed.test.mjs` compares them).

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::rules::decode::ErrorCode;
use crate::rules::{Date, Rejection, Value, assess};

/// A value in the CLI's JSON shape: plain objects, `null` for `None`, numbers as numbers.
fn to_js<T: Serialize>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

/// The assessment of a profile (the value `JSON.parse` gives), or the rejection with its
/// `errors`. `as_of` defaults to today in Japan (the browser's clock), as in the CLI.
#[wasm_bindgen]
pub fn evaluate(profile: JsValue) -> Result<JsValue, JsValue> {
    let outcome = match serde_wasm_bindgen::from_value::<Value>(profile) {
        Ok(value) => assess(
            &value,
            Date::in_japan_at_unix_millis(js_sys::Date::now()),
            None,
        ),
        Err(_) => Err(Rejection::single(
            "",
            ErrorCode::MalformedJson,
            "not a JSON value",
        )),
    };
    match outcome {
        Ok(assessment) => Ok(to_js(&assessment)),
        Err(rejection) => Err(to_js(&rejection)),
    }
}

/// For the tests of the loader only: a trap inside this wasm (a panic is one in the release
/// build), which must reject that call and leave the widgets and the next call unharmed.
#[wasm_bindgen]
#[allow(clippy::panic)]
pub fn simulate_trap_for_tests() {
    panic!("simulated trap (tests only)");
}
