//! The points item by item, each with its source, and the "unconfirmed" mark where RULES.md
//! says so.

use yew::prelude::*;

use super::context::use_texts;
use super::unconfirmed::Unconfirmed;
use crate::i18n::ui::UI;
use crate::rules::Points;
use crate::rules::source::Confidence;

#[derive(Properties, PartialEq)]
pub struct BreakdownProps {
    pub points: Points,
}

#[component]
pub fn Breakdown(props: &BreakdownProps) -> Html {
    let texts = use_texts();
    let rows = props.points.items.iter().map(|item| {
        html! {
            <tr class={classes!(item.note.map(|_| "zero"))} data-item={item.id}>
                <th scope="row">
                    { texts.code(item.id) }
                    if let Some(note) = item.note {
                        <span class="note">{ " — " }{ texts.code(note) }</span>
                    }
                    if item.confidence >= Confidence::Unverified {
                        <Unconfirmed />
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
                <td class="num">{ props.points.total }</td>
                <td></td>
            </tr></tfoot>
        </table>
    }
}
