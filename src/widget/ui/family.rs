//! Parents and a domestic worker: yes or no, each condition ticked, failed or to confirm.

use yew::prelude::*;

use super::checklist::checklist;
use super::context::Texts;
use super::sources::source;
use crate::i18n::{fill, format, ui::UI};
use crate::rules::Assessment;
use crate::rules::condition::Condition;
use crate::rules::family::WorkerType;

/// Why a domestic-worker type is not open: its failed conditions, in words and numbers.
fn type_reasons(t: &WorkerType, texts: Texts, income: u64) -> Html {
    let failed: Vec<&Condition> = t
        .conditions
        .iter()
        .filter(|c| c.met == Some(false))
        .collect();
    if t.eligible || failed.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="reasons">
            { for failed.into_iter().map(|c| html! {
                <li>
                    { texts.code(c.id) }
                    if c.id.starts_with("household_income") {
                        { " " }{ fill(texts.t(&UI.yours), &[&format::yen(texts.0, income)]) }
                    }
                </li>
            }) }
        </ul>
    }
}

pub fn family(texts: Texts, assessment: &Assessment, family_given: bool) -> Html {
    let lang = texts.0;
    let a = assessment;
    let parents = &a.parents;
    let worker = &a.domestic_worker;
    // A PR holder whose family meets the conditions: "once you hold HSP again" (the way
    // back, §7.2), never a "no" beside an end date.
    let pr_holder = a.way_back.is_some();
    let parents_once = parents.requires_status.is_some() || pr_holder && parents.eligible_if_hsp;
    let worker_once = worker.requires_status.is_some() || pr_holder && worker.eligible_if_hsp;
    let income = fill(
        texts.t(&UI.household_income),
        &[&format::yen(lang, parents.household_income_yen)],
    );
    html! {
        <section class="family" part="family" aria-labelledby="hsp-family">
            <h3 id="hsp-family">{ texts.t(&UI.parents_heading) }</h3>
            // V19: "yes" only for a holder of HSP; "once you hold it" for anyone else.
            // Without any family answer the conditions are unknown, not failed (issue #12).
            if !family_given && !parents.eligible_if_hsp {
                <p class="verdict unknown" data-check="parents">{ fill(texts.t(&UI.unknown_until), &[texts.code("needs_family")]) }</p>
            } else {
                <p class={classes!("verdict", if parents.eligible { "yes" } else if parents_once { "neutral" } else { "no" })} data-check="parents">
                    { texts.t(if parents.eligible {
                        &UI.parents_yes
                    } else if parents_once {
                        &UI.parents_once_hsp
                    } else {
                        &UI.parents_no
                    }) }
                </p>
            }
            if let Some(until) = parents.until.filter(|_| parents.eligible_if_hsp) {
                <p>{ fill(texts.t(&UI.parents_until), &[&format::date(lang, until)]) }</p>
            }
            if parents.eligible_if_hsp && parents.reasons.contains(&"until_seven_years_after_birth") {
                <p class="note">{ texts.code("until_seven_years_after_birth") }</p>
            }
            <p class="note">{ income.clone() }</p>
            { checklist(&parents.conditions, texts, Some(parents.household_income_yen)) }
            <h3>{ texts.t(&UI.worker_heading) }</h3>
            <p class={classes!("verdict", if worker.eligible { "yes" } else if worker_once { "neutral" } else if !family_given { "unknown" } else { "no" })} data-check="domestic_worker">
                if !worker.eligible && !worker_once && !family_given {
                    { fill(texts.t(&UI.unknown_until), &[texts.code("needs_family")]) }
                } else if worker.eligible {
                    { fill(texts.t(&UI.worker_yes), &[&worker.max_workers_now.to_string()]) }
                } else if worker_once {
                    { fill(texts.t(&UI.worker_once_hsp), &[&worker.max_workers.to_string()]) }
                } else {
                    { texts.t(&UI.worker_no) }
                }
            </p>
            if worker.eligible && worker.max_workers > worker.max_workers_now {
                <p class="note">{ fill(texts.t(&UI.worker_more_once_jskip), &[&worker.max_workers.to_string()]) }</p>
            }
            if worker.reasons.contains(&"until_thirteen_years_after_birth") {
                <p class="note">{ texts.code("until_thirteen_years_after_birth") }</p>
            }
            if worker.reasons.contains(&"only_accompanying_type") {
                <p class="note">{ texts.code("only_accompanying_type") }</p>
            }
            if let Some(until) = worker.until {
                <p>{ fill(texts.t(&UI.worker_until), &[&format::date(lang, until)]) }</p>
            }
            { checklist(&worker.conditions, texts, Some(worker.household_income_yen)) }
            <ul class="types">
                { for worker.types.iter().map(|t| html! {
                    <li class={if t.eligible { "met" } else if t.eligible_once_held { "confirm" } else { "not-met" }} data-type={t.kind}>
                        <span class="mark">{ texts.t(if t.eligible { &UI.met } else if t.eligible_once_held { &UI.confirm } else { &UI.not_met }) }</span>{ " " }
                        { texts.code(t.kind) }{ " — " }{ fill(texts.t(&UI.workers), &[&t.max_workers.to_string()]) }
                        if t.requires_status.is_some() {
                            { " (" }{ texts.t(&UI.type_once_jskip) }{ ")" }
                        }
                        { source(texts, t.source) }
                        { type_reasons(t, texts, worker.household_income_yen) }
                    </li>
                }) }
            </ul>
        </section>
    }
}
