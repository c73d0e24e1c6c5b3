//! A source as words (`widget::sources`), linked where the document is online; the ids in
//! the hover for experts.

use yew::prelude::*;

use super::context::Texts;
use crate::widget::sources::cited;
pub use crate::widget::sources::rules_date;

pub fn source(texts: Texts, ids: &str) -> Html {
    let parts = cited(ids);
    if parts.is_empty() {
        return Html::default();
    }
    let last = parts.len().saturating_sub(1);
    html! {
        <span class="source" title={ids.to_owned()} data-source={ids.to_owned()}>
            { for parts.into_iter().enumerate().map(|(i, c)| {
                let name = texts.0.pick(&c.document.name);
                html! {
                    <>
                        if let Some(url) = c.document.url {
                            <a href={url} target="_blank" rel="noopener noreferrer">{ name }</a>
                        } else {
                            { name }
                        }
                        if let Some(detail) = c.detail { { " " }{ detail } }
                        if i < last { { " · " } }
                    </>
                }
            }) }
        </span>
    }
}
