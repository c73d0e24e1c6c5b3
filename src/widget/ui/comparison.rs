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
    // Each language's own brackets and comma.
    if let Some(count) = cell.count {
        let workers = fill(texts.t(&UI.workers), &[&count.to_string()]);
        text = format::aside(lang, &text, &workers);
    }
    if let Some(until) = cell.until {
        let until = fill(texts.t(&UI.until), &[&format::date(lang, until)]);
        text = format!("{text}{}{until}", format::comma(lang));
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
        </section>
    }
}
