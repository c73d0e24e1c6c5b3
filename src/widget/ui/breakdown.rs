//! The points item by item, each with its source, and the "unconfirmed" mark where RULES.md
//! says so.

use yew::prelude::*;

use super::context::Texts;
use super::unconfirmed::unconfirmed;
use crate::i18n::ui::UI;
use crate::rules::Points;
use crate::rules::source::Confidence;

pub fn breakdown(texts: Texts, points: &Points) -> Html {
    let rows = points.items.iter().map(|item| {
        html! {
            <tr class={classes!(item.note.map(|_| "zero"))} data-item={item.id}>
                <th scope="row">
                    { texts.code(item.id) }
                    if let Some(note) = item.note {
                        <span class="note">{ " — " }{ texts.code(note) }</span>
                    }
                    if item.confidence >= Confidence::Unverified {
                        { unconfirmed(texts) }
                    }
                </th>
                <td class="num">{ item.points }</td>
                <td class="source">{ item.source.clone() }</td>
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
            <tbody>{ for rows }</tbody>
            <tfoot><tr>
                <th scope="row">{ texts.t(&UI.total) }</th>
                <td class="num">{ points.total }</td>
                <td></td>
            </tr></tfoot>
        </table>
    }
}
