//! HSP(i) eligible or not (naming the failed condition), J-Skip, HSP(ii).

use yew::prelude::*;

use super::context::Texts;
use crate::i18n::{fill, format, ui::UI};
use crate::rules::Assessment;
use crate::rules::points::PointInputs;
use crate::widget::answers::{Answer, Glance};

/// J-Skip's unmet criteria with the threshold and this person's figure (issue #12).
fn jskip_reasons(texts: Texts, a: &Assessment, inputs: Option<&PointInputs>) -> Html {
    let (Some(inputs), false) = (inputs, a.jskip.eligible) else {
        return Html::default();
    };
    let lang = texts.0;
    let years = format!("{}", inputs.experience_years);
    let lines = a.jskip.reasons.iter().filter_map(|r| match *r {
        "income_below_threshold" => Some(fill(
            texts.t(&UI.jskip_needs_income),
            &[
                &format::yen(lang, a.jskip.income_threshold_yen),
                &format::yen(lang, inputs.annual_salary_yen),
            ],
        )),
        "no_graduate_degree_and_experience_under_10_years" => {
            Some(fill(texts.t(&UI.jskip_needs_degree), &[&years]))
        }
        "management_experience_under_5_years" => {
            Some(fill(texts.t(&UI.jskip_needs_management), &[&years]))
        }
        _ => None,
    });
    html! { <ul class="reasons" data-reasons="jskip">{ for lines.map(|l| html! { <li>{ l }</li> }) }</ul> }
}

pub fn status_lines(
    texts: Texts,
    assessment: &Assessment,
    glance: &Glance,
    inputs: Option<&PointInputs>,
) -> Html {
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
    let hsp2_unknown = matches!(glance.hsp2, Answer::Unknown(_));
    let hsp2_line = match (hsp2.already_hsp2, hsp2.eligible, hsp2.earliest_date) {
        (true, _, _) => texts.t(&UI.already_hsp2).to_owned(),
        (_, false, None) if hsp2_unknown => format!(
            "{}: {}",
            texts.t(&UI.glance_hsp2),
            crate::widget::answers::words(texts.0, glance.hsp2)
        ),
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
            { jskip_reasons(texts, a, inputs) }
            <p class={classes!("verdict", if hsp2.eligible || hsp2.already_hsp2 { "yes" } else if hsp2_unknown { "unknown" } else { "neutral" })} data-check="hsp2">
                { hsp2_line }
            </p>
            // Without a residence history the reasons would only say "enter your history".
            if !hsp2.eligible && !hsp2.already_hsp2 && !hsp2_unknown {
                { reasons(&hsp2.reasons) }
            }
        </div>
    }
}
