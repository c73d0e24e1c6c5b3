//! The timeline from today (SVG): the dates ahead of `milestones` (HSP(i), HSP(ii), J-Skip and
//! each PR route where closed today, the end of the parents benefit, the age cliffs). A list carries the same facts for screen readers and print.

use yew::prelude::*;

use super::context::Texts;
use crate::i18n::{fill, format, ui::UI};
use crate::rules::{Assessment, Date};
use crate::widget::milestones::{Kind, milestones, wrap_label};

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
                    exact,
                } => (
                    // Without a date of birth an age cliff is the earliest day it can be.
                    format!(
                        "{}: {} → {}{}",
                        texts.code(cause),
                        before,
                        after,
                        if exact {
                            ""
                        } else {
                            texts.t(&UI.at_the_earliest)
                        }
                    ),
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
    // A vertical line from today, one event under the other, each label wrapped to the
    // width it has (measured, over-estimated): labels never clip or cross (issue #12).
    const WIDTH: f64 = 320.0;
    const FONT: f64 = 13.0;
    // 1.5 em: the CJK fonts' line box (Noto Sans CJK: ascent + descent 1.45 em) must not
    // reach into the next line's.
    const LINE: f64 = 19.5;
    const TEXT_X: f64 = 30.0;
    let max_ems = (WIDTH - TEXT_X - 4.0) / FONT;
    let mut y = 10.0;
    let mut rows = Vec::new();
    let today = format!(
        "{} · {}",
        texts.t(&UI.timeline_today),
        format::date(lang, a.as_of)
    );
    // What is open today is on the line too, so the line and the glance tell one story.
    let open_now: Vec<String> =
        a.pr.routes
            .iter()
            .filter(|r| r.eligible_now)
            .map(|r| format!("{}: {}", texts.t(&UI.col_pr), texts.code(r.route)))
            .chain(a.hsp2.eligible.then(|| texts.t(&UI.col_hsp2).to_owned()))
            .collect();
    let today_label = if open_now.is_empty() {
        String::new()
    } else {
        fill(
            texts.t(&UI.open_now),
            &[&open_now.join(texts.t(&UI.list_separator))],
        )
    };
    for (date, label, class) in std::iter::once((today, today_label, "today")).chain(
        events
            .iter()
            .map(|e| (format::date(lang, e.date), e.label.clone(), e.class)),
    ) {
        let mut lines = wrap_label(&date, max_ems);
        let first_lines = lines.len();
        lines.extend(wrap_label(&label, max_ems));
        let top = y;
        rows.push(html! {
            <g class={class}>
                <circle cx="14" cy={format!("{:.1}", top + 5.0)} r="5" />
                <text y={format!("{:.1}", top + 10.0)}>
                    { for lines.iter().enumerate().map(|(i, line)| html! {
                        <tspan x={format!("{TEXT_X}")} dy={if i == 0 { "0".to_owned() } else { format!("{LINE}") }}
                            class={if i < first_lines { "date" } else { "label" }}>{ line.clone() }</tspan>
                    }) }
                </text>
            </g>
        });
        y = top + LINE * lines.len() as f64 + 12.0;
    }
    let height = y;
    html! {
        <section class="timeline" part="timeline" aria-labelledby="hsp-timeline">
            <h3 id="hsp-timeline">{ texts.t(&UI.timeline_heading) }</h3>
            <svg viewBox={format!("0 0 {WIDTH} {height:.1}")} aria-hidden="true" class="timeline-svg"
                font-size={format!("{FONT}")} width={format!("{WIDTH}")} height={format!("{height:.1}")}>
                <line x1="14" x2="14" y1="15" y2={format!("{:.1}", (height - 16.0).max(15.0))} class="axis" />
                { for rows }
            </svg>
            <ol class="timeline-list visually-hidden-screen">
                { for events.iter().map(|e| html! { <li class={e.class}><time datetime={e.date.to_string()}>{ format::date(lang, e.date) }</time>{ " — " }{ e.label.clone() }</li> }) }
            </ol>
        </section>
    }
}
