//! The results panel: the answer at a glance (always in view), the fields to fix, and
//! everything the rules say for the rest of the form; and a polite live summary for screen
//! readers, updated once typing pauses.

use std::rc::Rc;

use yew::prelude::*;

use super::breakdown::breakdown;
use super::comparison::comparison;
use super::context::{use_state_handle, use_texts};
use super::family::family;
use super::glance::glance;
use super::improvements::improvements;
use super::points_gauge::points_gauge;
use super::pr_routes::pr_routes;
use super::problems::problems;
use super::status_lines::status_lines;
use super::timeline::timeline;
use super::use_after_paint::use_after_paint;
use super::use_debounced::use_debounced;
use crate::i18n::{fill, format, ui::UI};
use crate::widget::answers;

#[component]
pub fn Results() -> Html {
    let Some(state) = use_state_handle() else {
        return Html::default();
    };
    let texts = use_texts();
    let lang = texts.0;
    let fresh = state.only_missing();
    let family_given = state.family_given();
    let at_a_glance = state.glance();
    let live_text = match &at_a_glance {
        Some(g) if !fresh => format!(
            "{}: {}. {}: {}. {}: {}.",
            texts.t(&UI.total),
            format::points(lang, g.points),
            texts.t(&UI.glance_hsp),
            answers::words(lang, g.hsp),
            texts.t(&UI.glance_pr),
            answers::words(lang, g.pr),
        ),
        _ => String::new(),
    };
    let announced = use_debounced(live_text, 900);
    // Only a first render that already has a result defers its longer sections.
    let complete = use_after_paint(state.assessment.is_some());
    let gaps = &state.gaps;
    let left_out = &state.left_out;
    let mut missing: Vec<&str> = gaps
        .iter()
        .map(|g| {
            texts.t(if *g == crate::widget::partial::Gap::Age {
                &UI.need_age
            } else {
                &UI.need_salary
            })
        })
        .collect();
    // The points are a floor while a stand-in or a wrong item of the sheet is left out; the
    // answers that rest on them are not given (the glance says why).
    let floor = at_a_glance.is_some_and(|g| !g.points_complete);
    if floor && gaps.len() < left_out.len() {
        missing.push(texts.code("needs_corrections"));
    }
    let missing = missing.join(texts.t(&UI.list_separator));
    let wrong = |prefix: &str| left_out.iter().any(|p| p.starts_with(prefix));
    let unknown_section = |class: &'static str, heading: &'static crate::i18n::Tr| {
        html! {
            <section class={class}>
                <h3>{ texts.t(heading) }</h3>
                <p class="verdict unknown">{ texts.t(&UI.unknown_fix) }</p>
            </section>
        }
    };
    // The glance is the column's first child, not the section's: it is sticky in the whole
    // layout (on a phone, at the bottom while the form is on screen).
    html! {
        <div class="results-column">
        if let Some(g) = &at_a_glance { { glance(texts, g) } }
        <super::share_bar::ShareBar />
        <section class="results" part="results" aria-labelledby="hsp-results-heading">
            <h2 id="hsp-results-heading">{ texts.t(&UI.results_heading) }</h2>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-live="">{ (*announced).clone() }</p>
            { problems(texts, &state.errors, fresh) }
            if let Some(a) = state.assessment.clone() {
                { super::print_record::print_record(texts, &state) }
                <div class="result-body" tabindex="-1" data-partial={floor.to_string()} data-valid={state.errors.is_empty().to_string()} data-as-of={a.as_of.to_string()}>
                    { points_gauge(texts, a.points.total, a.hsp.eligible && !floor) }
                    if floor {
                        <p class="note floor" data-floor="">{ fill(texts.t(&UI.points_floor), &[&format::points(lang, a.points.total), &missing]) }</p>
                        { breakdown(texts, &a.points, gaps, left_out) }
                    }
                    if !gaps.is_empty() {
                        <div class="card needs" data-needs="">
                            <h3>{ texts.t(&UI.needs_heading) }</h3>
                            <p>{ texts.t(&UI.needs_intro) }</p>
                            <ul>
                                <li>{ texts.t(&UI.needs_points) }</li>
                                <li>{ texts.t(&UI.needs_hsp) }</li>
                                <li>{ texts.t(&UI.needs_pr) }</li>
                                <li>{ texts.t(&UI.needs_family) }</li>
                                <li>{ texts.t(&UI.needs_compare) }</li>
                            </ul>
                        </div>
                    } else if floor {
                        { unknown_section("status-lines", &UI.glance_label) }
                    } else {
                        if let Some(g) = &at_a_glance { { status_lines(texts, &a, g, state.inputs.as_ref()) } }
                        { super::way_back::way_back(texts, &a) }
                        { breakdown(texts, &a.points, gaps, left_out) }
                        if complete {
                            { improvements(texts, &a) }
                            { timeline(texts, &a) }
                            if wrong("residence") {
                                { unknown_section("pr", &UI.pr_heading) }
                            } else {
                                { pr_routes(texts, &a) }
                            }
                            if wrong("household") {
                                { unknown_section("family", &UI.parents_heading) }
                            } else {
                                { family(texts, &a, family_given) }
                            }
                            { comparison(texts, &a) }
                            <super::evidence::EvidenceChecklist evidence={Rc::new(a.evidence.clone())} />
                            if state.errors.is_empty() {
                                <super::official_sheet::OfficialSheet />
                            }
                        }
                    }
                    <footer class="rules-footer" part="footer">
                        <p>{ fill(texts.t(&UI.rules_date), &[&super::sources::rules_date(lang, a.rules_date)]) }</p>
                        <p class="note">{ texts.t(&UI.sources) }</p>
                        <p class="note">{ texts.t(&UI.unconfirmed_long) }</p>
                        <p class="disclaimer">{ texts.t(&UI.disclaimer) }</p>
                        { super::print_record::sources_appendix(texts) }
                    </footer>
                </div>
            }
        </section>
        </div>
    }
}
