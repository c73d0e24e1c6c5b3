//! The official point sheet, filled in (issue #13): the reference form of the person's
//! category with their boxes ticked ■, the total and the date, for an HSP application or for
//! one of the form's three PR boxes; shown for printing (A4, two pages as the original) and
//! saved as `.xlsx`. Both are made by the sheet's own wasm (`sheet/`), which the loader brings
//! only when the person asks; the rules' `sheet::fill` says what goes into the form.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::choice_field::ChoiceField;
use super::context::{use_state_handle, use_texts};
use crate::i18n::{fill, format, ui::UI};
use crate::rules::sheet::{self, FilledSheet, Purpose};
use crate::rules::to_value::to_value;
use crate::widget::sheet_lines::lines;

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Loading,
    Failed,
    Saved(String),
}

/// The file's name: the sheet, what it is for, the date.
fn file_name(filled: &FilledSheet) -> String {
    let purpose = match filled.purpose {
        "hsp" => String::new(),
        other => format!("-{}", other.replace('_', "-")),
    };
    format!(
        "hsp-point-sheet-{}{purpose}-{}.xlsx",
        filled.sheet, filled.prepared_on
    )
}

#[component]
pub fn OfficialSheet() -> Html {
    let state = use_state_handle();
    let texts = use_texts();
    let purpose = use_state(|| Purpose::Hsp);
    // The download's outcome, and the print view's: apart, so a refreshed view never wipes
    // "Saved …".
    let status = use_state(|| Status::Idle);
    let view_status = use_state(|| Status::Idle);
    let shown = use_state(|| false);
    let view = use_state(|| None::<Rc<str>>);
    // The profile the rules read for the results, not decoded a second time.
    let filled = state
        .as_ref()
        .and_then(|s| s.decoded.as_ref())
        .map(|p| sheet::fill(p, *purpose));
    let fill_json = filled
        .as_ref()
        .and_then(|f| to_value(f).ok())
        .map(|v| v.to_json())
        .unwrap_or_default();
    // The reader's lines are for the print view only: made while it is shown.
    let lines_json = filled
        .as_ref()
        .filter(|_| *shown)
        .map(|f| lines(texts.0, f).to_json())
        .unwrap_or_default();
    // The view follows the answers, the purpose and the language while it is shown; only
    // its first drawing says it is on its way (a refresh replaces it quietly).
    {
        let (view_status, view) = (view_status.clone(), view.clone());
        use_effect_with(
            (*shown, fill_json.clone(), lines_json.clone()),
            move |(shown, fill_json, lines_json)| {
                if *shown && !fill_json.is_empty() {
                    let (fill_json, lines_json) = (fill_json.clone(), lines_json.clone());
                    if view.is_none() {
                        view_status.set(Status::Loading);
                    }
                    wasm_bindgen_futures::spawn_local(async move {
                        match browser::consult("sheet_html", &fill_json, &lines_json).await {
                            Some(html) => {
                                view.set(Some(Rc::from(html)));
                                view_status.set(Status::Idle);
                            }
                            None => view_status.set(Status::Failed),
                        }
                    });
                }
            },
        );
    }
    let Some(filled) = filled else {
        return Html::default();
    };
    let lang = texts.0;
    let options: Vec<(AttrValue, AttrValue)> = Purpose::ALL
        .into_iter()
        .map(|p| {
            (
                AttrValue::Static(p.code()),
                AttrValue::Static(texts.code(p.code())),
            )
        })
        .collect();
    let onchange = {
        let purpose = purpose.clone();
        Callback::from(move |code: String| {
            if let Some(p) = Purpose::from_code(&code) {
                purpose.set(p);
            }
        })
    };
    let toggle = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(!*shown))
    };
    let download = {
        let status = status.clone();
        let (fill_json, name) = (fill_json.clone(), file_name(&filled));
        Callback::from(move |_| {
            let (status, fill_json, name) = (status.clone(), fill_json.clone(), name.clone());
            status.set(Status::Loading);
            wasm_bindgen_futures::spawn_local(async move {
                match browser::consult("sheet_xlsx", &fill_json, &name).await {
                    Some(saved) => status.set(Status::Saved(saved)),
                    None => status.set(Status::Failed),
                }
            });
        })
    };
    let print = Callback::from(|e: MouseEvent| {
        // Only the sheet prints (widget.css, `print-sheet`), then the page is itself again.
        if let Some(button) = e.target_dyn_into::<web_sys::Element>() {
            browser::print_with_root_class(&button, "print-sheet");
        }
    });
    let words = |status: &Status| match status {
        Status::Idle => None,
        Status::Loading => Some(texts.t(&UI.sheet_loading).to_owned()),
        Status::Failed => Some(texts.t(&UI.sheet_failed).to_owned()),
        Status::Saved(name) => Some(fill(texts.t(&UI.sheet_downloaded), &[name])),
    };
    let message = words(&status).or_else(|| words(&view_status));
    let points_date = fill(
        texts.t(&UI.sheet_points_date),
        &[
            &format::date(lang, filled.points_date),
            &format::points(lang, filled.total),
        ],
    );
    html! {
        <section class="official-sheet" aria-labelledby="hsp-sheet-heading" data-section="official-sheet" data-sheet={filled.sheet}>
            <h3 id="hsp-sheet-heading">{ texts.t(&UI.sheet_heading) }</h3>
            <p class="help">{ fill(texts.t(&UI.sheet_intro), &[filled.sheet]) }</p>
            if let Some(state) = state.as_deref() {
                { ChoiceField {
                    path: "sheet_purpose".into(),
                    label: AttrValue::Static(texts.t(&UI.sheet_purpose)),
                    selected: AttrValue::Static(purpose.code()),
                    options,
                    onchange,
                    ..ChoiceField::default()
                }.view(state) }
            }
            <p class="sheet-points" data-total={filled.total.to_string()}>{ points_date }</p>
            if filled.salary_floor_failed {
                <p class="warning">{ texts.t(&UI.sheet_floor) }</p>
            }
            <div class="sheet-actions">
                <button type="button" onclick={toggle} aria-expanded={shown.to_string()} aria-controls="hsp-sheet-view">
                    { texts.t(if *shown { &UI.sheet_hide } else { &UI.sheet_show }) }
                </button>
                <button type="button" onclick={download} data-action="xlsx">{ texts.t(&UI.sheet_download) }</button>
                if *shown && view.is_some() && *view_status == Status::Idle {
                    <button type="button" onclick={print} data-action="print-sheet">{ texts.t(&UI.sheet_print) }</button>
                }
            </div>
            <p class="sheet-status" role="status" aria-live="polite">{ message.unwrap_or_default() }</p>
            <h4>{ texts.t(&UI.sheet_to_complete) }</h4>
            <ul class="to-complete">
                { for filled.to_complete.iter().map(|code| html! { <li data-todo={*code}>{ texts.code(code) }</li> }) }
            </ul>
            if *shown {
                if let Some(html) = &*view {
                    <div class="sheet-view" id="hsp-sheet-view" role="region" aria-label={texts.t(&UI.sheet_view_label)} tabindex="0">
                        { Html::from_html_unchecked(AttrValue::from(html.to_string())) }
                    </div>
                }
            }
        </section>
    }
}
