//! What the printout adds to the results, for a record a scrivener can file (issue #12):
//! the date, every answer given, and the documents the sources name, with their ids and
//! addresses. Shown only in print.

use yew::prelude::*;

use super::context::Texts;
use super::profile_form::status_code;
use super::state::State;
use crate::i18n::ui::{category_label, education_label};
use crate::i18n::{format, ui::UI};
use crate::rules::Date;
use crate::widget::money::Reading;
use crate::widget::sources::{DOCUMENTS, REVIEW};

/// The answers given, as label and value, in the form's order; what was left empty is left out.
fn answers(texts: Texts, state: &State) -> Vec<(&'static str, String)> {
    let f = &state.form;
    let lang = texts.0;
    let t = |text| texts.t(text);
    let date = |text: &str| Date::parse(text.trim()).map(|d| format::date(lang, d));
    let money = |m: &crate::widget::money::Money| match m.read() {
        Reading::Yen(yen) if yen >= 0.0 => Some(format::yen(lang, yen as u64)),
        _ => None,
    };
    let mut rows: Vec<(&'static str, Option<String>)> = vec![
        (
            t(&UI.category),
            Some(t(category_label(f.category)).to_owned()),
        ),
        (t(&UI.birth_date), date(&f.birth_date)),
        (
            t(&UI.age),
            (!f.age.trim().is_empty() && f.birth_date.trim().is_empty())
                .then(|| f.age.trim().to_owned()),
        ),
        (
            t(&UI.education),
            Some(t(education_label(f.education)).to_owned()),
        ),
        (
            t(&UI.multiple_degrees),
            f.multiple_degrees.then(|| "✓".to_owned()),
        ),
        (
            t(&UI.experience),
            (!f.experience_years.trim().is_empty()).then(|| f.experience_years.trim().to_owned()),
        ),
        (t(&UI.salary), money(&f.salary)),
        (
            t(&UI.research),
            (f.research.count() > 0).then(|| {
                f.research
                    .iter()
                    .map(|r| texts.code(r.code()))
                    .collect::<Vec<_>>()
                    .join(t(&UI.list_separator))
            }),
        ),
        (
            t(&UI.qualifications),
            (!f.qualifications.trim().is_empty()).then(|| f.qualifications.trim().to_owned()),
        ),
        (
            t(&UI.japanese),
            (f.japanese != crate::rules::profile::Japanese::None).then(|| {
                t(match f.japanese {
                    crate::rules::profile::Japanese::N1 => &UI.japanese_n1,
                    _ => &UI.japanese_n2,
                })
                .to_owned()
            }),
        ),
        (
            t(&UI.section_bonuses),
            f.bonuses.iter().next().map(|_| {
                f.bonuses
                    .iter()
                    .map(|b| texts.code(b.code()))
                    .collect::<Vec<_>>()
                    .join(t(&UI.list_separator))
            }),
        ),
        (
            t(&UI.has_spouse),
            f.has_spouse
                .map(|yes| t(if yes { &UI.spouse_yes } else { &UI.spouse_no }).to_owned()),
        ),
        (t(&UI.spouse_income), money(&f.spouse_income)),
        (
            t(&UI.children),
            (!f.children.is_empty()).then(|| {
                f.children
                    .iter()
                    .map(|c| date(c).unwrap_or_else(|| "?".to_owned()))
                    .collect::<Vec<_>>()
                    .join(t(&UI.list_separator))
            }),
        ),
        (t(&UI.pregnancy), f.pregnancy.then(|| "✓".to_owned())),
        (
            t(&UI.spouse_cannot),
            f.spouse_cannot_do_housework.then(|| "✓".to_owned()),
        ),
        (
            t(&UI.spouse_japanese_or_pr),
            f.spouse_japanese_or_pr.then(|| "✓".to_owned()),
        ),
        (t(&UI.married_since), date(&f.married_since)),
        (
            t(&UI.current_status),
            f.status.map(|s| texts.code(status_code(s)).to_owned()),
        ),
    ];
    for (label, text) in [
        (&UI.in_japan_since, &f.in_japan_since),
        (&UI.work_status_since, &f.work_status_since),
        (&UI.hsp_since, &f.hsp_since),
        (&UI.points_70_since, &f.points_70_since),
        (&UI.points_80_since, &f.points_80_since),
        (&UI.jskip_since, &f.jskip_since),
        (&UI.current_status_since, &f.current_status_since),
        (&UI.pr_since, &f.pr_since),
    ] {
        rows.push((t(label), date(text)));
    }
    rows.push((t(&UI.salary_1y), money(&f.salary_1y)));
    rows.push((t(&UI.salary_3y), money(&f.salary_3y)));
    rows.into_iter()
        .filter_map(|(label, value)| value.map(|v| (label, v)))
        .collect()
}

pub fn print_record(texts: Texts, state: &State) -> Html {
    let lang = texts.0;
    html! {
        <div class="print-only print-record" part="print-record">
            <p class="printed-on">{ texts.t(&UI.printed_on) }{ " " }{ format::date(lang, state.today) }</p>
            <h3>{ texts.t(&UI.your_answers) }</h3>
            <table class="answers">
                <tbody>
                    { for answers(texts, state).into_iter().map(|(label, value)| html! {
                        <tr><th scope="row">{ label }</th><td>{ value }</td></tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// The sources' appendix: each document with its id and address.
pub fn sources_appendix(texts: Texts) -> Html {
    html! {
        <div class="print-only sources-appendix">
            <h3>{ texts.t(&UI.sources_heading) }</h3>
            <ul>
                { for DOCUMENTS.iter().chain(std::iter::once(&REVIEW)).map(|d| html! {
                    <li>{ d.id }{ " — " }{ texts.0.pick(d.name) }
                        if let Some(url) = d.url { { " — " }{ url } }
                    </li>
                }) }
            </ul>
        </div>
    }
}
