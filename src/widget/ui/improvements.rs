//! "What would get you to 70 / 80", cheapest first, and the dates the points change by
//! themselves (age cliffs, experience steps).

use yew::prelude::*;

use super::context::Texts;
use crate::i18n::{fill, format, ui::UI};
use crate::rules::Assessment;

pub fn improvements(texts: Texts, assessment: &Assessment) -> Html {
    let lang = texts.0;
    let a = assessment;
    let imp = &a.improvements;
    let needed = |n: u32, text| fill(texts.t(text), &[&format::points(lang, n)]);
    let options = imp.options.iter().take(8).map(|o| {
        let what = match (o.change, o.salary_yen) {
            ("salary", Some(yen)) => fill(texts.t(&UI.salary_at_least), &[&format::yen(lang, yen)]),
            ("japanese" | "education" | "research" | "position", _) => texts.code(o.to).to_owned(),
            ("qualifications", _) => format!(
                "{} ({})",
                texts.code("qualifications"),
                texts.code("one_more")
            ),
            (change, _) => texts.code(change).to_owned(),
        };
        let reach = if o.reaches_80 && a.points.total < 80 {
            Some(&UI.reaches_80)
        } else if o.reaches_70 && !a.hsp.eligible {
            Some(&UI.reaches_70)
        } else {
            None
        };
        html! {
            <li data-change={o.change}>
                <span class="gain">{ format::gain(o.gain) }</span>{ " " }{ what }
                if let Some(reach) = reach {
                    <span class="reach">{ " — " }{ texts.t(reach) }</span>
                }
            </li>
        }
    });
    let cliffs = a.points_timeline.iter().map(|c| {
        html! {
            <li class={classes!(if c.total_after < c.total_before { "drop" } else { "rise" })} data-cause={c.cause}>
                <time datetime={c.date.to_string()}>{ format::date(lang, c.date) }</time>{ " — " }{ texts.code(c.cause) }{ ": " }
                { format::points(lang, c.total_before) }{ " → " }<strong>{ format::points(lang, c.total_after) }</strong>
                if !c.exact { <span class="note">{ " " }{ texts.t(&UI.cliff_inexact) }</span> }
            </li>
        }
    });
    html! {
        <section class="improvements" part="improvements" aria-labelledby="hsp-improve">
            <h3 id="hsp-improve">{ texts.t(&UI.improve_heading) }</h3>
            <p>
                if imp.needed_for_70 > 0 { { needed(imp.needed_for_70, &UI.needed_70) }{ " " } }
                if imp.needed_for_80 > 0 { { needed(imp.needed_for_80, &UI.needed_80) } } else { { texts.t(&UI.reached_80) } }
            </p>
            if !imp.options.is_empty() {
                // Each line is one change on its own: they do not add up.
                <p class="note">{ texts.t(&UI.options_each_alone) }</p>
                <ul class="options">{ for options }</ul>
            }
            if !a.points_timeline.is_empty() {
                <h4>{ texts.t(&UI.cliffs_heading) }</h4>
                <ul class="cliffs">{ for cliffs }</ul>
            }
        </section>
    }
}
