//! HSP(i) eligible or not (naming the failed condition), J-Skip, HSP(ii).

use yew::prelude::*;

use super::context::Texts;
use crate::i18n::{fill, format, ui::UI};
use crate::rules::Assessment;

pub fn status_lines(texts: Texts, assessment: &Assessment) -> Html {
    let a = assessment;
    let date = |d| format::date(texts.0, d);
    let reasons = |codes: &[&'static str]| -> Html {
        if codes.is_empty() {
            return Html::default();
        }
        html! { <ul class="reasons">{ for codes.iter().map(|c| html! { <li>{ texts.code(c) }</li> }) }</ul> }
    };
    let hsp2 = &a.hsp2;
    // CONTRACT.md "What the dates mean": open now with its "since", else its "from".
    let hsp2_line = match (hsp2.already_hsp2, hsp2.eligible, hsp2.earliest_date) {
        (true, _, _) => texts.t(&UI.already_hsp2).to_owned(),
        (_, true, Some(since)) => fill(texts.t(&UI.hsp2_eligible_since), &[&date(since)]),
        (_, true, None) => texts.t(&UI.hsp2_eligible).to_owned(),
        (_, false, Some(from)) => fill(texts.t(&UI.hsp2_from), &[&date(from)]),
        (_, false, None) => texts.t(&UI.hsp2_not_open).to_owned(),
    };
    let jskip_line = match (a.jskip.eligible, a.jskip.earliest_date) {
        (true, Some(since)) => fill(texts.t(&UI.jskip_eligible_since), &[&date(since)]),
        (true, None) => texts.t(&UI.jskip_eligible).to_owned(),
        (false, Some(from)) => fill(texts.t(&UI.jskip_from), &[&date(from)]),
        (false, None) => texts.t(&UI.jskip_not_eligible).to_owned(),
    };
    let hsp_from = a
        .hsp
        .eligible_from
        .map(|from| fill(texts.t(&UI.hsp_from), &[&date(from)]));
    html! {
        <div class="status-lines" part="status">
            <p class={classes!("verdict", if a.hsp.eligible { "yes" } else { "no" })} data-check="hsp">
                { texts.t(if a.hsp.eligible { &UI.hsp_eligible } else { &UI.hsp_not_eligible }) }
            </p>
            { reasons(&a.hsp.reasons) }
            if let Some(line) = hsp_from {
                <p class="note" data-check="hsp-from">{ line }</p>
            }
            <p class={classes!("verdict", if a.jskip.eligible { "yes" } else { "neutral" })} data-check="jskip">{ jskip_line }</p>
            <p class={classes!("verdict", if hsp2.eligible || hsp2.already_hsp2 { "yes" } else { "neutral" })} data-check="hsp2">
                { hsp2_line }
            </p>
            // Without a residence history the reasons would only say "enter your history".
            if !hsp2.eligible && !hsp2.already_hsp2 && a.pr.routes.iter().any(|r| r.reasons != ["residence_history_missing"]) {
                { reasons(&hsp2.reasons) }
            }
        </div>
    }
}
