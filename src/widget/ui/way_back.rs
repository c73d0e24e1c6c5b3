//! A PR holder's way back to HSP, step by step with the rules' dates (§7.2; unconfirmed,
//! V6), shown right after the verdicts: it is what a PR holder came for.

use yew::prelude::*;

use super::context::Texts;
use super::sources::source;
use super::unconfirmed::unconfirmed;
use crate::i18n::{fill, format, ui::UI};
use crate::rules::Assessment;

/// The way back from PR, step by step with the rules' dates (§7.2; unconfirmed, V6).
pub fn way_back(texts: Texts, a: &Assessment) -> Html {
    let Some(w) = &a.way_back else {
        return Html::default();
    };
    let lang = texts.0;
    let date = |d| format::date(lang, d);
    let points = format::points(lang, a.points.total);
    let apply = match (w.hsp1_now, w.hsp1_from) {
        (true, _) => fill(texts.t(&UI.back_apply_now), &[&points]),
        (false, Some(from)) => fill(texts.t(&UI.back_apply_from), &[&points, &date(from)]),
        // The ¥3M floor, not the points, can be what closes it (S1 note).
        (false, _) if a.hsp.reasons.contains(&"salary_below_3m_floor") => {
            texts.t(&UI.back_apply_floor).to_owned()
        }
        (false, None) => fill(texts.t(&UI.back_apply_not), &[&points]),
    };
    let hsp2 = match (w.hsp2_directly, w.hsp2_after_change) {
        (true, _) => texts.t(&UI.back_hsp2_directly).to_owned(),
        (false, Some(from)) => fill(texts.t(&UI.back_hsp2_from), &[&date(from)]),
        (false, None) => texts.t(&UI.back_hsp2_not).to_owned(),
    };
    let assumed = if w.pr_again_assumed {
        format!(" {}", texts.t(&UI.back_pr_assumed))
    } else {
        String::new()
    };
    let pr_again = match (w.pr_again_from, w.pr_again_route) {
        (Some(from), Some(route)) if from == a.as_of => {
            fill(texts.t(&UI.back_pr_at_once), &[texts.code(route)])
        }
        (Some(from), Some(route)) => {
            fill(texts.t(&UI.back_pr_from), &[&date(from), texts.code(route)])
        }
        _ => texts.t(&UI.back_pr_not).to_owned(),
    };
    html! {
        <section class="way-back" part="way-back" data-way-back="" aria-labelledby="hsp-way-back">
            <h3 id="hsp-way-back">{ texts.t(&UI.back_heading) }{ " " }{ unconfirmed(texts) }</h3>
            <ol class="steps">
                <li class={if w.hsp1_now { "met" } else { "not-met" }} data-step="apply">{ apply }</li>
                <li data-step="pr_ends">{ texts.t(&UI.back_pr_ends) }</li>
                <li data-step="hsp1">{ texts.t(&UI.back_hsp1_terms) }</li>
                <li data-step="hsp2">{ hsp2 }</li>
                <li data-step="pr_again">{ pr_again }{ assumed }{ " " }
                    <strong>{ texts.t(&UI.fee_label) }</strong>{ " " }{ texts.code(w.pr_fee) }</li>
            </ol>
            { source(texts, w.source) }
        </section>
    }
}
