//! The results panel: everything the rules say for the current form, or for the last valid
//! one while a field is being fixed; and a polite live summary for screen readers, updated
//! once typing pauses.

use yew::prelude::*;

use super::breakdown::breakdown;
use super::comparison::comparison;
use super::context::{use_state_handle, use_texts};
use super::family::family;
use super::improvements::improvements;
use super::points_gauge::points_gauge;
use super::pr_routes::pr_routes;
use super::status_lines::status_lines;
use super::timeline::timeline;
use super::use_after_paint::use_after_paint;
use super::use_debounced::use_debounced;
use crate::i18n::{fill, format, ui::UI};

#[component]
pub fn Results() -> Html {
    let Some(state) = use_state_handle() else {
        return Html::default();
    };
    let texts = use_texts();
    let lang = texts.0;
    let invalid = !state.errors.is_empty();
    let fresh = state.only_missing();
    let live_text = match (&state.assessment, fresh) {
        (Some(a), false) if !invalid => format!(
            "{}: {}. {}",
            texts.t(&UI.total),
            format::points(lang, a.points.total),
            texts.t(if a.hsp.eligible {
                &UI.hsp_eligible
            } else {
                &UI.hsp_not_eligible
            })
        ),
        (_, true) => String::new(),
        _ => texts.t(&UI.fix_fields).to_owned(),
    };
    let announced = use_debounced(live_text, 900);
    // Only a first render that already has a result defers its longer sections.
    let complete = use_after_paint(state.assessment.is_some());
    html! {
        <section class="results" part="results" aria-labelledby="hsp-results-heading">
            <h2 id="hsp-results-heading">{ texts.t(&UI.results_heading) }</h2>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-live="">{ (*announced).clone() }</p>
            if invalid && !fresh {
                <p class="warning" role="alert">{ texts.t(&UI.fix_fields) }{ " " }
                    if state.assessment.is_some() { { texts.t(&UI.stale_results) } }
                </p>
            }
            if fresh && state.assessment.is_none() {
                <p class="prompt">{ texts.code("missing") }{ " " }{ texts.t(&UI.age) }{ " / " }{ texts.t(&UI.salary) }</p>
            }
            if let Some(a) = state.assessment.clone() {
                <div class={classes!("result-body", invalid.then_some("stale"))} data-stale={invalid.to_string()} data-as-of={a.as_of.to_string()}>
                    { points_gauge(texts, a.points.total, a.hsp.eligible) }
                    { status_lines(texts, &a) }
                    { breakdown(texts, &a.points) }
                    if complete {
                        { improvements(texts, &a) }
                        { timeline(texts, &a) }
                        { pr_routes(texts, &a) }
                        { family(texts, &a) }
                        { comparison(texts, &a) }
                    }
                    <footer class="rules-footer" part="footer">
                        <p>{ fill(texts.t(&UI.rules_date), &[a.rules_date]) }</p>
                        <p class="note">{ texts.t(&UI.sources) }</p>
                        <p class="disclaimer">{ texts.t(&UI.disclaimer) }</p>
                    </footer>
                </div>
            }
        </section>
    }
}
