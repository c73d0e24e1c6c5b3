//! The points item by item, each with its source, and the "unconfirmed" mark where RULES.md
//! says so. An item whose input is still missing or wrong says what it needs instead of a
//! number (`widget::partial`): its points are not known yet, not zero.

use yew::prelude::*;

use super::context::Texts;
use super::sources::source;
use super::unconfirmed::unconfirmed;
use crate::i18n::{fill, ui::UI};
use crate::rules::Points;
use crate::rules::source::Confidence;
use crate::widget::partial::Gap;

/// The sheet's item of a profile member left out because it is wrong.
fn item_of(path: &str) -> Option<&'static str> {
    Some(match path {
        "education" => "education",
        "multiple_degrees" => "multiple_degrees",
        "experience_years" => "experience",
        "qualifications" => "qualifications",
        "position" => "position",
        "japanese" => "japanese",
        "research" => "research",
        _ => return None,
    })
}

pub fn breakdown(texts: Texts, points: &Points, gaps: &[Gap], left_out: &[String]) -> Html {
    let age_gap = gaps.contains(&Gap::Age);
    // The salary's points depend on the age in (a) and (b): unknown with it.
    let needs = |id: &str| -> Option<String> {
        let what = match id {
            "age" if age_gap => texts.t(&UI.need_age),
            "salary" if gaps.contains(&Gap::Salary) => texts.t(&UI.need_salary),
            "salary" if age_gap => texts.t(&UI.need_age),
            _ => return None,
        };
        Some(fill(texts.t(&UI.item_needs), &[what]))
    };
    let rows = points.items.iter().map(|item| {
        let need = needs(item.id);
        html! {
            <tr class={classes!(item.note.map(|_| "zero"), need.as_ref().map(|_| "needs"))} data-item={item.id}>
                <th scope="row">
                    { texts.code(item.id) }
                    if let (Some(note), None) = (item.note, &need) {
                        <span class="note">{ " — " }{ texts.code(note) }</span>
                    }
                    if item.confidence >= Confidence::Unverified {
                        { unconfirmed(texts) }
                    }
                </th>
                if let Some(need) = need {
                    <td class="num needs" data-needs="">{ need }</td>
                } else {
                    <td class="num">{ item.points }</td>
                }
                <td class="source-cell">{ source(texts, &item.source) }</td>
            </tr>
        }
    });
    // A wrong item scores nothing until corrected: said, not shown as 0.
    let wrong = left_out
        .iter()
        .filter_map(|p| item_of(p))
        .filter(|id| points.items.iter().all(|i| i.id != *id))
        .map(|id| {
            html! {
                <tr class="needs" data-item={id}>
                    <th scope="row">{ texts.code(id) }</th>
                    <td class="num needs" data-needs="">{ texts.t(&UI.needs_correcting) }</td>
                    <td></td>
                </tr>
            }
        });
    html! {
        <table class="breakdown" part="breakdown">
            <caption>{ texts.t(&UI.breakdown) }</caption>
            <thead><tr>
                <th scope="col">{ texts.t(&UI.item) }</th>
                <th scope="col" class="num">{ texts.t(&UI.points) }</th>
                <th scope="col">{ texts.t(&UI.source) }</th>
            </tr></thead>
            <tbody>{ for rows }{ for wrong }</tbody>
            <tfoot><tr>
                <th scope="row">{ texts.t(&UI.total) }</th>
                <td class="num">{ points.total }{ if gaps.is_empty() && left_out.iter().all(|p| item_of(p).is_none()) { "" } else { "+" } }</td>
                <td></td>
            </tr></tfoot>
        </table>
    }
}
