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
            <p class={classes!("verdict", if parents.eligible { "yes" } else { "no" })} data-check="parents">
                { texts.t(if parents.eligible { &UI.parents_yes } else { &UI.parents_no }) }
            </p>
            if let Some(until) = parents.until.filter(|_| parents.eligible_if_hsp) {
                <p>{ fill(texts.t(&UI.parents_until), &[&format::date(lang, until)]) }</p>
            }
            <p class="note">{ income.clone() }</p>
            { conditions(&parents.conditions, texts) }
            <h3>{ texts.t(&UI.worker_heading) }</h3>
            <p class={classes!("verdict", if worker.eligible { "yes" } else { "no" })} data-check="domestic_worker">
                if worker.eligible {
                    { fill(texts.t(&UI.worker_yes), &[&worker.max_workers.to_string()]) }
                } else {
                    { texts.t(&UI.worker_no) }
                }
            </p>
            if worker.reasons.contains(&"only_accompanying_type") {
                <p class="note">{ texts.code("only_accompanying_type") }</p>
            }
            if let Some(until) = worker.until {
                <p>{ fill(texts.t(&UI.worker_until), &[&format::date(lang, until)]) }</p>
            }
            { conditions(&worker.conditions, texts) }
            <ul class="types">
                { for worker.types.iter().map(|t| html! {
                    <li class={if t.eligible { "met" } else { "not-met" }}>
                        <span class="mark">{ texts.t(if t.eligible { &UI.met } else { &UI.not_met }) }</span>{ " " }
                        { texts.code(t.kind) }{ " — " }{ fill(texts.t(&UI.workers), &[&t.max_workers.to_string()]) }
                        <span class="source">{ t.source }</span>
                    </li>
                }) }
            </ul>
        </section>
    }
}
