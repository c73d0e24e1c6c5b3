//! Parents and a domestic worker: yes or no, each condition ticked, failed or to confirm.

use yew::prelude::*;

use super::context::Texts;
use super::unconfirmed::unconfirmed;
use crate::i18n::{fill, format, ui::UI};
use crate::rules::Assessment;
use crate::rules::condition::Condition;
use crate::rules::source::Confidence;

fn conditions(list: &[Condition], texts: super::context::Texts) -> Html {
    html! {
        <ul class="checklist">
            { for list.iter().map(|c| {
                let (class, mark) = match c.met {
                    Some(true) => ("met", texts.t(&UI.met)),
                    Some(false) => ("not-met", texts.t(&UI.not_met)),
                    None => ("confirm", texts.t(&UI.confirm)),
                };
                html! {
                    <li class={class} data-condition={c.id}>
                        <span class="mark">{ mark }</span>{ " " }{ texts.code(c.id) }
                        <span class="source">{ c.source }</span>
                        if c.confidence == Confidence::Unverified { { unconfirmed(texts) } }
                    </li>
                }
            }) }
        </ul>
    }
}

pub fn family(texts: Texts, assessment: &Assessment) -> Html {
    let lang = texts.0;
    let a = assessment;
    let parents = &a.parents;
    let worker = &a.domestic_worker;
    let income = fill(
        texts.t(&UI.household_income),
        &[&format::yen(lang, parents.household_income_yen)],
    );
    html! {
        <section class="family" part="family" aria-labelledby="hsp-family">
            <h3 id="hsp-family">{ texts.t(&UI.parents_heading) }</h3>
            // V19: "yes" only for a holder of HSP; "once you hold it" for anyone else.
            <p class={classes!("verdict", if parents.eligible { "yes" } else if parents.requires_status.is_some() { "neutral" } else { "no" })} data-check="parents">
                { texts.t(if parents.eligible {
                    &UI.parents_yes
                } else if parents.requires_status.is_some() {
                    &UI.parents_once_hsp
                } else {
                    &UI.parents_no
                }) }
            </p>
            if let Some(until) = parents.until.filter(|_| parents.eligible_if_hsp) {
                <p>{ fill(texts.t(&UI.parents_until), &[&format::date(lang, until)]) }</p>
            }
            if parents.eligible_if_hsp && parents.reasons.contains(&"until_seven_years_after_birth") {
                <p class="note">{ texts.code("until_seven_years_after_birth") }</p>
            }
            <p class="note">{ income.clone() }</p>
            { conditions(&parents.conditions, texts) }
            <h3>{ texts.t(&UI.worker_heading) }</h3>
            <p class={classes!("verdict", if worker.eligible { "yes" } else if worker.requires_status.is_some() { "neutral" } else { "no" })} data-check="domestic_worker">
                if worker.eligible {
                    { fill(texts.t(&UI.worker_yes), &[&worker.max_workers_now.to_string()]) }
                } else if worker.requires_status.is_some() {
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
            { conditions(&worker.conditions, texts) }
            <ul class="types">
                { for worker.types.iter().map(|t| html! {
                    <li class={if t.eligible { "met" } else if t.eligible_once_held { "confirm" } else { "not-met" }} data-type={t.kind}>
                        <span class="mark">{ texts.t(if t.eligible { &UI.met } else if t.eligible_once_held { &UI.confirm } else { &UI.not_met }) }</span>{ " " }
                        { texts.code(t.kind) }{ " — " }{ fill(texts.t(&UI.workers), &[&t.max_workers.to_string()]) }
                        if t.requires_status.is_some() {
                            { " (" }{ texts.t(&UI.type_once_jskip) }{ ")" }
                        }
                        <span class="source">{ t.source }</span>
                    </li>
                }) }
            </ul>
        </section>
    }
}
