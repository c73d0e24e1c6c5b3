//! The PR routes with their dates (since when, or from when) and reasons, each look-back
//! with what it assumed about the past (V23), the general conditions as a checklist the
//! person confirms, the fee (V24) and the planned changes (V25).

use yew::prelude::*;

use super::checklist::checklist;
use super::context::Texts;
use super::sources::source;
use super::unconfirmed::unconfirmed;
use crate::i18n::{fill, format, ui::UI};
use crate::rules::Assessment;
use crate::rules::lookback::{Assumption, Lookback};
use crate::rules::pr::Route;

/// "Annual salary: ¥7,000,000 — assumed the same as today".
fn assumption_text(texts: Texts, a: &Assumption) -> String {
    let lang = texts.0;
    let value = match (a.yen, a.count, a.value) {
        (Some(yen), _, _) => format::yen(lang, yen),
        (_, Some(count), _) => count.to_string(),
        (_, _, Some(code)) => texts.code(code).to_owned(),
        _ => String::new(),
    };
    fill(
        texts.t(&UI.assumption),
        &[texts.code(a.item), &value, texts.code(a.kind)],
    )
}

/// One look-back: its date, what it read, whether met, and its assumptions but those
/// already shown (`shown`) for another look-back of the route.
fn lookback_view(texts: Texts, years: u32, l: &Lookback, shown: &[Assumption]) -> Html {
    let lang = texts.0;
    let value = l.points.map_or_else(
        || texts.code("jskip").to_owned(),
        |p| format::points(lang, p),
    );
    let met = texts.t(if l.met { &UI.met } else { &UI.not_met });
    let date = format::date(lang, l.date);
    let line = if years == 1 {
        fill(texts.t(&UI.lookback_on_one), &[&date, &value, met])
    } else {
        fill(
            texts.t(&UI.lookback_on),
            &[&years.to_string(), &date, &value, met],
        )
    };
    let new: Vec<&Assumption> = l
        .assumptions
        .iter()
        .filter(|a| !shown.contains(a))
        .collect();
    html! {
        <>
            <p class="note" data-lookback={l.date.to_string()}>{ line }</p>
            if !new.is_empty() {
                <p class="note assumptions-heading">{ fill(texts.t(&UI.assumed_on), &[&format::date(lang, l.date)]) }</p>
                <ul class="assumptions">
                    { for new.into_iter().map(|a| html! {
                        <li data-assumption={a.item} data-kind={a.kind}>{ assumption_text(texts, a) }</li>
                    }) }
                </ul>
            }
        </>
    }
}

fn route_row(texts: Texts, r: &Route) -> Html {
    let lang = texts.0;
    let date = |d| format::date(lang, d);
    let status = match (r.eligible_now, r.earliest_date) {
        (true, since) => html! {
            <>
                <strong class="yes">{ texts.t(&UI.eligible_now) }</strong>
                if let Some(since) = since {
                    <span class="since">{ " " }{ fill(texts.t(&UI.since), &[&date(since)]) }</span>
                }
            </>
        },
        (false, Some(from)) => html! {
            <>
                <span>{ fill(texts.t(&UI.from_date), &[&date(from)]) }</span>
                if let Some(early) = r.could_be_as_early_as {
                    <span class="note could-be">{ " " }
                        if r.reasons.contains(&"could_be_open_now_change_date_unknown") {
                            { texts.t(&UI.could_be_open_already) }
                        } else {
                            { fill(texts.t(&UI.could_be_as_early_as), &[&date(early)]) }
                        }
                    </span>
                }
            </>
        },
        // Unknown is not "no" (issue #12): without a history the route cannot be judged.
        (false, None) if r.reasons.iter().any(|c| c.ends_with("_missing")) => {
            html! { <span class="unknown" data-unknown="">{ texts.t(&UI.unknown_route) }</span> }
        }
        (false, None) => html! { <span class="muted">{ texts.t(&UI.not_open) }</span> },
    };
    let lookbacks = r
        .lookback
        .as_ref()
        .filter(|_| r.earliest_date.is_some())
        .map(|now| {
            let at_earliest = r.lookback_at_earliest.as_ref().zip(r.earliest_date);
            let any_assumed = !now.assumptions.is_empty()
                || at_earliest.is_some_and(|(l, _)| !l.assumptions.is_empty());
            html! {
                <>
                    { lookback_view(texts, r.years_required, now, &[]) }
                    if let Some((later, day)) = at_earliest {
                        <p class="note">{ fill(texts.t(&UI.lookback_for), &[&date(day)]) }</p>
                        { lookback_view(texts, r.years_required, later, &now.assumptions) }
                    }
                    if any_assumed {
                        <p class="help">{ texts.t(&UI.assumptions_help) }</p>
                    }
                </>
            }
        });
    html! {
        <tr data-route={r.route} data-eligible={r.eligible_now.to_string()}
            data-earliest={r.earliest_date.map(|d| d.to_string()).unwrap_or_default()}>
            <th scope="row">{ texts.code(r.route) }{ source(texts, r.source) }</th>
            <td data-label={texts.t(&UI.earliest)}>{ status }</td>
            <td data-label={texts.t(&UI.status)}>
                <ul class="reasons">{ for r.reasons.iter().map(|c| html! { <li>{ texts.code(c) }</li> }) }</ul>
                { for lookbacks }
            </td>
        </tr>
    }
}

pub fn pr_routes(texts: Texts, assessment: &Assessment) -> Html {
    let a = assessment;
    let revocation = a
        .unverified
        .iter()
        .find(|u| u.id == "revocation_arrears_before_2027");
    // A permanent resident: every route is closed for that one reason, and the conditions of
    // an application are not theirs to meet: one line, not six rows and a checklist.
    if a.pr.already_permanent_resident {
        return html! {
            <section class="pr" part="pr" aria-labelledby="hsp-pr">
                <h3 id="hsp-pr">{ texts.t(&UI.pr_heading) }</h3>
                <p class="verdict yes">{ texts.t(&UI.already_pr) }</p>
            </section>
        };
    }
    html! {
        <section class="pr" part="pr" aria-labelledby="hsp-pr">
            <h3 id="hsp-pr">{ texts.t(&UI.pr_heading) }</h3>
            <table class="routes">
                <thead><tr>
                    <th scope="col">{ texts.t(&UI.route) }</th>
                    <th scope="col">{ texts.t(&UI.earliest) }</th>
                    <th scope="col">{ texts.t(&UI.status) }</th>
                </tr></thead>
                <tbody>{ for a.pr.routes.iter().map(|r| route_row(texts, r)) }</tbody>
            </table>
            <h4>{ texts.t(&UI.checklist_heading) }</h4>
            <p class="help">{ texts.t(&UI.checklist_intro) }</p>
            <p class="note">{ texts.code(a.pr.longest_period_of_stay.rule_on_as_of) }</p>
            { checklist(&a.pr.checklist, texts, None) }
            <p class="note" data-fee={a.pr.fee.rule_on_as_of}>
                <strong>{ texts.t(&UI.fee_label) }</strong>{ " " }{ texts.code(a.pr.fee.rule_on_as_of) }{ source(texts, a.pr.fee.source) }
            </p>
            { for a.pr.planned_changes.iter().map(|p| html! {
                <p class="note planned" data-planned={p.id}>
                    <strong class="tag">{ texts.t(&UI.planned) }</strong>{ " " }{ texts.code(p.id) }
                    { source(texts, p.source) }
                </p>
            }) }
            if let Some(u) = revocation {
                <p class="note">{ texts.code(u.id) }{ source(texts, u.source) }{ unconfirmed(texts) }</p>
            }
        </section>
    }
}
