//! The PR routes with their earliest dates and reasons, and the general conditions as a
//! checklist the person confirms.

use yew::prelude::*;

use super::context::Texts;
use super::unconfirmed::unconfirmed;
use crate::i18n::{fill, format, ui::UI};
use crate::rules::Assessment;
use crate::rules::source::Confidence;

pub fn pr_routes(texts: Texts, assessment: &Assessment) -> Html {
    let lang = texts.0;
    let a = assessment;
    let rows = a.pr.routes.iter().map(|r| {
        let status = match r.earliest_date {
            _ if r.eligible_now => html! { <strong class="yes">{ texts.t(&UI.eligible_now) }</strong> },
            Some(d) => html! { <span>{ fill(texts.t(&UI.from_date), &[&format::date(lang, d)]) }</span> },
            None => html! { <span class="muted">{ texts.t(&UI.not_open) }</span> },
        };
        let lookback = r.lookback.as_ref().filter(|_| r.earliest_date.is_some()).map(|l| {
            let value = l.points.map_or_else(String::new, |p| format::points(lang, p));
            let met = texts.t(if l.met { &UI.met } else { &UI.not_met });
            html! { <p class="note">{ fill(texts.t(&UI.lookback), &[&r.years_required.to_string(), &value, met]) }</p> }
        });
        html! {
            <tr data-route={r.route} data-eligible={r.eligible_now.to_string()}
                data-earliest={r.earliest_date.map(|d| d.to_string()).unwrap_or_default()}>
                <th scope="row">{ texts.code(r.route) }<span class="source">{ r.source }</span></th>
                <td>{ status }</td>
                <td>
                    <ul class="reasons">{ for r.reasons.iter().map(|c| html! { <li>{ texts.code(c) }</li> }) }</ul>
                    { for lookback }
                </td>
            </tr>
        }
    });
    let checklist = a.pr.checklist.iter().map(|c| {
        let (class, mark) = match c.met {
            Some(true) => ("met", texts.t(&UI.met)),
            Some(false) => ("not-met", texts.t(&UI.not_met)),
            None => ("confirm", texts.t(&UI.confirm)),
        };
        html! {
            <li class={class}>
                <span class="mark">{ mark }</span>{ " " }{ texts.code(c.id) }
                <span class="source">{ c.source }</span>
                if c.confidence == Confidence::Unverified { { unconfirmed(texts) } }
            </li>
        }
    });
    html! {
        <section class="pr" part="pr" aria-labelledby="hsp-pr">
            <h3 id="hsp-pr">{ texts.t(&UI.pr_heading) }</h3>
            if a.pr.already_permanent_resident {
                <p class="verdict yes">{ texts.t(&UI.already_pr) }</p>
            }
            <table class="routes">
                <thead><tr>
                    <th scope="col">{ texts.t(&UI.route) }</th>
                    <th scope="col">{ texts.t(&UI.earliest) }</th>
                    <th scope="col">{ texts.t(&UI.status) }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <h4>{ texts.t(&UI.checklist_heading) }</h4>
            <p class="help">{ texts.t(&UI.checklist_intro) }</p>
            <p class="note">{ texts.code(a.pr.longest_period_of_stay.rule_on_as_of) }</p>
            <ul class="checklist">{ for checklist }</ul>
        </section>
    }
}
