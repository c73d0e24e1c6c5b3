//! A source as words (`widget::sources`), linked where the document is online; the ids in
//! the hover for experts.

use yew::prelude::*;

use super::context::Texts;
pub use crate::widget::sources::rules_date;
use crate::widget::sources::{cited, local_place};

pub fn source(texts: Texts, ids: &str) -> Html {
    let parts = cited(ids);
    if parts.is_empty() {
        return Html::default();
    }
    let last = parts.len().saturating_sub(1);
    html! {
        <span class="source" title={ids.to_owned()} data-source={ids.to_owned()}>
            { for parts.into_iter().enumerate().map(|(i, c)| {
                let name = texts.0.pick(c.document.name);
                html! {
                    <>
                        if let Some(url) = c.document.url {
                            <a href={url} target="_blank" rel="noopener noreferrer">{ name }</a>
                        } else {
                            { name }
                        }
                        if let Some(detail) = c.detail { { " " }{ local_place(texts.0, &detail) } }
                        if i < last { { " · " } }
                    </>
                }
            }) }
        </span>
    }
}
