//! The host's "book a consultation" link. Using it fires `hsp-pr:cta` on the host element
//! (with the result summary); if the host cancels the event, the link is not followed.

use yew::prelude::*;

use super::context::use_state_handle;
use super::events;

#[derive(Properties, PartialEq)]
pub struct CtaProps {
    pub href: AttrValue,
    pub label: AttrValue,
    pub host: Option<web_sys::Element>,
}

/// Only http(s) and mailto links are followed: an attribute is untrusted text.
fn safe_href(href: &str) -> Option<&str> {
    let lower = href.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:"))
        .then_some(href.trim())
}

#[component]
pub fn Cta(props: &CtaProps) -> Html {
    let Some(state) = use_state_handle() else {
        return Html::default();
    };
    let Some(href) = safe_href(&props.href).map(str::to_owned) else {
        return Html::default();
    };
    let onclick = {
        let host = props.host.clone();
        let href = href.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(host) = &host else { return };
            let text = state.summary().unwrap_or_default();
            // The result only when it is the form's own (no stand-ins); the summary says what
            // is still missing in words either way.
            let own = state
                .assessment
                .as_deref()
                .filter(|_| state.errors.is_empty());
            if !events::cta(host, &href, own, &text) {
                e.prevent_default();
            }
        })
    };
    html! {
        <p class="cta-row"><a class="cta" part="cta" href={href} target="_top" rel="noopener" {onclick}>{ props.label.clone() }</a></p>
    }
}
