//! HSP(i), HSP(ii), J-Skip (where it applies) and PR, row by row with this person's values,
//! and what switching either way loses or gains.

use yew::prelude::*;

use super::context::Texts;
use super::sources::source;
use super::unconfirmed::unconfirmed;
use crate::i18n::{fill, format, ui::UI};
use crate::rules::Assessment;
use crate::rules::compare::{Cell, Effect, Switch};
use crate::rules::source::Confidence;

fn cell_text(cell: &Cell, texts: super::context::Texts) -> String {
    let lang = texts.0;
    let mut text = match (cell.value, cell.date) {
        ("from_date", Some(date)) => fill(texts.t(&UI.from_date), &[&format::date(lang, date)]),
        (value, _) => texts.code(value).to_owned(),
    };
    if let Some(count) = cell.count {
        text = format!(
            "{text} ({})",
            fill(texts.t(&UI.workers), &[&count.to_string()])
        );
    }
    if let Some(until) = cell.until {
        text = format!(
            "{text}, {}",
            fill(texts.t(&UI.until), &[&format::date(lang, until)])
        );
    }
    text
}

fn effects(title: &'static str, list: &[Effect], texts: super::context::Texts) -> Html {
    html! {
        <div class="effects">
            <h5>{ title }</h5>
            <ul>
                { for list.iter().map(|e| html! {
                    <li class={classes!(e.applies_to_you.then_some("applies"))} data-effect={e.id}>
                        { texts.code(e.id) }
                        if e.applies_to_you { <strong class="tag">{ " " }{ texts.t(&UI.applies_to_you) }</strong> }
                        // V17: a gain this person would not get says what is missing.
                        if !e.missing.is_empty() {
                            <span class="note missing">{ " " }{ fill(texts.t(&UI.missing), &[&e.missing.iter().map(|c| texts.code(c)).collect::<Vec<_>>().join(texts.t(&UI.list_separator))]) }</span>
                        }
                    </li>
                }) }
            </ul>
        </div>
    }
}

fn switch(title: &'static str, s: &Switch, texts: super::context::Texts) -> Html {
    html! {
        <div class="switch">
            <h4>{ title }{ " " }{ source(texts, s.source) }
                if s.confidence == Confidence::Unverified { { unconfirmed(texts) } }
            </h4>
            { effects(texts.t(&UI.lose), &s.lose, texts) }
            { effects(texts.t(&UI.gain), &s.gain, texts) }
        </div>
    }
}

/// The way back from PR, step by step with the rules' dates (§7.2; unconfirmed, V6).
fn way_back(texts: Texts, a: &Assessment) -> Html {
    let Some(w) = &a.way_back else {
        return Html::default();
    };
    let lang = texts.0;
    let date = |d| format::date(lang, d);
    let points = format::points(lang, a.points.total);
    let apply = match (w.hsp1_now, w.hsp1_from) {
        (true, _) => fill(texts.t(&UI.back_apply_now), &[&points]),
        (false, Some(from)) => fill(texts.t(&UI.back_apply_from), &[&points, &date(from)]),
        (false, None) => fill(texts.t(&UI.back_apply_not), &[&points]),
    };
    let hsp2 = match (w.hsp2_directly, w.hsp2_after_change) {
        (true, _) => texts.t(&UI.back_hsp2_directly).to_owned(),
        (false, Some(from)) => fill(texts.t(&UI.back_hsp2_from), &[&date(from)]),
        (false, None) => texts.t(&UI.back_hsp2_not).to_owned(),
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
        <div class="way-back" data-way-back="">
            <h5>{ texts.t(&UI.back_heading) }{ " " }{ unconfirmed(texts) }</h5>
            <ol class="steps">
                <li class={if w.hsp1_now { "met" } else { "not-met" }} data-step="apply">{ apply }</li>
                <li data-step="pr_ends">{ texts.t(&UI.back_pr_ends) }</li>
                <li data-step="hsp1">{ texts.t(&UI.back_hsp1_terms) }</li>
                <li data-step="hsp2">{ hsp2 }</li>
                <li data-step="pr_again">{ pr_again }{ " " }{ texts.code(w.pr_fee) }</li>
            </ol>
            { source(texts, w.source) }
        </div>
    }
}

pub fn comparison(texts: Texts, assessment: &Assessment) -> Html {
    let c = &assessment.comparison;
    let show_jskip = c.jskip_applies;
    html! {
        <section class="comparison" part="comparison" aria-labelledby="hsp-compare">
            <h3 id="hsp-compare">{ texts.t(&UI.compare_heading) }</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="hsp-compare">
                <table>
                    <thead><tr>
                        <td></td>
                        <th scope="col">{ texts.t(&UI.col_hsp1) }</th>
                        <th scope="col">{ texts.t(&UI.col_hsp2) }</th>
                        if show_jskip { <th scope="col">{ texts.t(&UI.col_jskip) }</th> }
                        <th scope="col">{ texts.t(&UI.col_pr) }</th>
                    </tr></thead>
                    <tbody>
                        { for c.rows.iter().map(|row| html! {
                            <tr data-row={row.id}>
                                <th scope="row">{ texts.code(row.id) }{ source(texts, row.source) }</th>
                                <td data-col="hsp1" data-label={texts.t(&UI.col_hsp1)} data-value={row.hsp1.value}>{ cell_text(&row.hsp1, texts) }</td>
                                <td data-col="hsp2" data-label={texts.t(&UI.col_hsp2)} data-value={row.hsp2.value}>{ cell_text(&row.hsp2, texts) }</td>
                                if show_jskip { <td data-col="jskip" data-label={texts.t(&UI.col_jskip)} data-value={row.jskip.value}>{ cell_text(&row.jskip, texts) }</td> }
                                <td data-col="pr" data-label={texts.t(&UI.col_pr)} data-value={row.pr.value}>{ cell_text(&row.pr, texts) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            { switch(texts.t(&UI.switch_hsp_to_pr), &c.switching.hsp_to_pr, texts) }
            { switch(texts.t(&UI.switch_pr_to_hsp), &c.switching.pr_to_hsp, texts) }
            { way_back(texts, assessment) }
        </section>
    }
}
