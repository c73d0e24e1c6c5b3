//! The timeline from today (SVG): the dates ahead of `milestones` (HSP(i), HSP(ii), J-Skip and
//! each PR route where closed today, the end of the parents benefit, the age cliffs). A list carries the same facts for screen readers and print.

use yew::prelude::*;

use super::context::Texts;
use crate::i18n::{format, ui::UI};
use crate::widget::milestones::{Kind, milestones};
use crate::rules::{Assessment, Date};

/// One event on the line: its date, its label and a style class.
struct Event {
    date: Date,
    label: String,
    class: &'static str,
}

fn events(a: &Assessment, texts: super::context::Texts) -> Vec<Event> {
    milestones(a)
        .into_iter()
        .map(|m| {
            let (label, class) = match m.kind {
                Kind::Hsp1 => (texts.t(&UI.col_hsp1).to_owned(), "hsp2"),
                Kind::Hsp2 => (texts.t(&UI.col_hsp2).to_owned(), "hsp2"),
                Kind::Jskip => (texts.t(&UI.col_jskip).to_owned(), "hsp2"),
                Kind::PrRoute(route) => (
                    format!("{}: {}", texts.t(&UI.col_pr), texts.code(route)),
                    "pr",
                ),
                Kind::ParentsEnd => (texts.t(&UI.parents_end).to_owned(), "family"),
                Kind::Points {
                    cause,
                    before,
                    after,
                } => (
                    format!("{}: {} → {}", texts.code(cause), before, after),
                    if after < before { "drop" } else { "rise" },
                ),
            };
            Event {
                date: m.date,
                label,
                class,
            }
        })
        .collect()
}

pub fn timeline(texts: Texts, assessment: &Assessment) -> Html {
    let lang = texts.0;
    let a = assessment;
    let events = events(a, texts);
    if events.is_empty() {
        return html! {
            <section class="timeline" part="timeline" aria-labelledby="hsp-timeline">
                <h3 id="hsp-timeline">{ texts.t(&UI.timeline_heading) }</h3>
                <p class="note">{ texts.t(&UI.timeline_empty) }</p>
            </section>
        };
    }
    let last = events.last().map_or(a.as_of, |e| e.date);
    let span = a.as_of.days_until(last).max(365) as f64;
    let x = |d: Date| 4.0 + (a.as_of.days_until(d) as f64 / span) * 92.0;
    let row_height = 9.0;
    let height = 14.0 + row_height * events.len() as f64;
    let markers = events.iter().enumerate().map(|(i, e)| {
        let cx = x(e.date);
        let y = 12.0 + row_height * i as f64;
        let anchor = if cx > 60.0 { "end" } else { "start" };
        let tx = if cx > 60.0 { cx - 2.0 } else { cx + 2.0 };
        html! {
            <g class={e.class}>
                <line x1={format!("{cx:.2}")} x2={format!("{cx:.2}")} y1="6" y2={format!("{y:.2}")} class="stem" />
                <circle cx={format!("{cx:.2}")} cy={format!("{y:.2}")} r="1.4" />
                <text x={format!("{tx:.2}")} y={format!("{:.2}", y + 1.2)} text-anchor={anchor}>
                    { format!("{} · {}", format::date(lang, e.date), e.label) }
                </text>
            </g>
        }
    });
    html! {
        <section class="timeline" part="timeline" aria-labelledby="hsp-timeline">
            <h3 id="hsp-timeline">{ texts.t(&UI.timeline_heading) }</h3>
            <svg viewBox={format!("0 0 100 {height:.1}")} aria-hidden="true" class="timeline-svg">
                <line x1="4" x2="96" y1="6" y2="6" class="axis" />
                <circle cx="4" cy="6" r="1.6" class="today" />
                <text x="4" y="3.5" class="today-label">{ format!("{} · {}", texts.t(&UI.timeline_today), format::date(lang, a.as_of)) }</text>
                { for markers }
            </svg>
            <ol class="timeline-list">
                { for events.iter().map(|e| html! { <li class={e.class}><time datetime={e.date.to_string()}>{ format::date(lang, e.date) }</time>{ " — " }{ e.label.clone() }</li> }) }
            </ol>
        </section>
    }
}
