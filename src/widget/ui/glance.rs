//! The answer always in view (issue #12): the points against 70 and 80, HSP, the earliest
//! PR date, HSP(ii) and parents, each "yes", "from", "not open" or "unknown: enter …". It
//! stays on screen while the form scrolls (sticky at the top of the results on a wide
//! screen, at the bottom of a phone's), and leads to the full results.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::context::Texts;
use crate::i18n::{fill, format, ui::UI};
use crate::widget::answers::{self, Answer, Glance};

fn to_results(event: MouseEvent) {
    let target = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|button| button.closest(".hsp-pr").ok().flatten())
        .and_then(|root| root.query_selector(".result-body").ok().flatten())
        .and_then(|body| body.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(body) = target {
        body.scroll_into_view();
        let _ = body.focus();
    }
}

pub fn glance(texts: Texts, g: &Glance) -> Html {
    let lang = texts.0;
    let [pass, one_year] = g.marks;
    let marks = g.marks.map(|mark| {
        if g.points >= mark && !g.points_complete {
            // A floor already past the mark: reached so far, the rest still to come.
            html! { <span class="badge" data-mark={mark.to_string()}>{ fill(texts.t(&UI.at_least), &[&format::points(lang, mark)]) }</span> }
        } else if g.points >= mark {
            html! { <span class="badge reached" data-mark={mark.to_string()}>{ texts.t(if mark == pass { &UI.badge_70 } else { &UI.badge_80 }) }</span> }
        } else {
            let short = mark.saturating_sub(g.points);
            let text = fill(texts.t(&UI.to_mark), &[&format::points(lang, short), &mark.to_string()]);
            html! { <span class="badge" data-mark={mark.to_string()}>{ text }</span> }
        }
    });
    // An SVG, not a styled element: a strict CSP blocks style attributes. The scale is the
    // gauge's, 0 to 120 points.
    let x = |points: u32| format!("{:.1}", f64::from(points.min(120)) / 1.2);
    let width = x(g.points);
    let (tick_70, tick_80) = (x(pass), x(one_year));
    let row = |label: &'static str, key: &'static str, answer: Answer| {
        html! {
            <div class={classes!("glance-answer", answer.kind())} data-glance={key} data-answer={answer.kind()}>
                <dt>{ label }</dt>
                <dd>{ answers::short_words(texts.0, answer) }</dd>
            </div>
        }
    };
    html! {
        <aside class="glance" part="glance" aria-label={texts.t(&UI.glance_label)}>
            <div class="glance-points">
                <p class="glance-total">
                    <span class="glance-number" data-glance-total={g.points.to_string()}>{ g.points }</span>
                    { " " }<span class="total-unit">{ texts.t(&UI.points_unit) }</span>
                    if !g.points_complete { <span class="floor-mark">{ "+" }</span> }
                </p>
                <svg class="glance-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
                    <rect class="track" x="0" y="0" width="100" height="8" rx="3" />
                    <rect class="fill" x="0" y="0" width={width} height="8" rx="3" />
                    <line class="tick" x1={tick_70.clone()} x2={tick_70} y1="0" y2="8" />
                    <line class="tick" x1={tick_80.clone()} x2={tick_80} y1="0" y2="8" />
                </svg>
                <p class="badges">{ for marks }</p>
            </div>
            <dl class="glance-answers">
                { row(texts.t(&UI.glance_hsp), "hsp", g.hsp) }
                { row(texts.t(&UI.glance_pr), "pr", g.pr) }
                { row(texts.t(&UI.glance_hsp2), "hsp2", g.hsp2) }
                { row(texts.t(&UI.glance_parents), "parents", g.parents) }
            </dl>
            <button type="button" class="link glance-more" onclick={Callback::from(to_results)}>{ texts.t(&UI.full_results) }{ " ↓" }</button>
        </aside>
    }
}
