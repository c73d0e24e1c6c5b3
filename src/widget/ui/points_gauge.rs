//! The total against 70 and 80, as a bar with both marks (SVG), with a text equivalent.

use yew::prelude::*;

use super::context::Texts;
use crate::i18n::{fill, format, ui::UI};

/// The bar's scale: 0 to 120 points (totals above are drawn full).
const SCALE: f64 = 120.0;

pub fn points_gauge(texts: Texts, total: u32, eligible: bool) -> Html {
    let x = |points: f64| format!("{:.1}", points.min(SCALE) / SCALE * 100.0);
    let total_text = format::points(texts.0, total);
    let label = fill(texts.t(&UI.gauge_label), &[&total_text]);
    let level = match total {
        t if t >= 80 => "gauge-80",
        t if t >= 70 && eligible => "gauge-70",
        _ => "gauge-low",
    };
    html! {
        <figure class="gauge" part="gauge">
            <p class="total"><span class="total-number" data-total={total.to_string()}>{ total }</span>
                { " " }<span class="total-unit">{ texts.t(&UI.points_unit) }</span></p>
            <svg viewBox="0 0 100 16" preserveAspectRatio="none" role="img" aria-label={label} class={level}>
                <rect class="track" x="0" y="4" width="100" height="8" rx="2" />
                <rect class="bar" x="0" y="4" width={x(f64::from(total))} height="8" rx="2" />
                <line class="mark" x1={x(70.0)} x2={x(70.0)} y1="1" y2="15" />
                <line class="mark" x1={x(80.0)} x2={x(80.0)} y1="1" y2="15" />
            </svg>
            <figcaption class="marks">
                <span class="mark-70">{ texts.t(&UI.mark_70) }</span>
                <span class="mark-80">{ texts.t(&UI.mark_80) }</span>
            </figcaption>
        </figure>
    }
}
