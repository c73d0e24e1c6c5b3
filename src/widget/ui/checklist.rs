//! A list of conditions: the PR checklist, the parents' and the domestic worker's.

use yew::prelude::*;

use super::context::Texts;
use super::sources::source;
use super::unconfirmed::unconfirmed;
use crate::i18n::{fill, format, ui::UI};
use crate::rules::condition::Condition;
use crate::rules::source::Confidence;

/// Conditions, each met, failed or to confirm, with its source (said once for a run that
/// shares it) and the unconfirmed mark; an income test with the household's income beside
/// its threshold (issue #12: reasons with numbers).
pub fn checklist(list: &[Condition], texts: Texts, income: Option<u64>) -> Html {
    let yours = |c: &Condition| {
        let income = income.filter(|_| c.id.starts_with("household_income"))?;
        Some(fill(texts.t(&UI.yours), &[&format::yen(texts.0, income)]))
    };
    html! {
        <ul class="checklist">
            { for list.iter().enumerate().map(|(i, c)| {
                // A source said once for a run of conditions that share it (the ids stay in
                // the hover of the first).
                let repeated = i.checked_sub(1).and_then(|j| list.get(j)).is_some_and(|p| p.source == c.source);
                let (class, mark) = match c.met {
                    Some(true) => ("met", texts.t(&UI.met)),
                    Some(false) => ("not-met", texts.t(&UI.not_met)),
                    None => ("confirm", texts.t(&UI.confirm)),
                };
                html! {
                    <li class={class} data-condition={c.id}>
                        <span class="mark">{ mark }</span>{ " " }{ texts.code(c.id) }
                        if let Some(yours) = yours(c) { <span class="yours">{ " " }{ yours }</span> }
                        if !repeated { { source(texts, c.source) } }
                        if c.confidence == Confidence::Unverified { { unconfirmed(texts) } }
                    </li>
                }
            }) }
        </ul>
    }
}
