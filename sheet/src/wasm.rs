//! The wasm face: the widget calls these when the person asks for the sheet.

use wasm_bindgen::prelude::*;

/// The workbook's bytes (a `Uint8Array`), from the rules' `FilledSheet` JSON.
#[wasm_bindgen]
pub fn xlsx(fill_json: &str) -> Result<Vec<u8>, JsValue> {
    crate::xlsx::xlsx_from_json(fill_json).map_err(|e| JsValue::from_str(&e))
}

/// The print view's HTML, from the `FilledSheet` JSON and the reader's lines.
#[wasm_bindgen]
pub fn print_html(fill_json: &str, lines_json: &str) -> Result<String, JsValue> {
    crate::html::html_from_json(fill_json, lines_json).map_err(|e| JsValue::from_str(&e))
}

/// The print view's stylesheet (the three sheets).
#[wasm_bindgen]
pub fn print_css() -> Result<String, JsValue> {
    crate::html::css().map_err(|e| JsValue::from_str(&e))
}
