//! The short plain-text result for chat apps ("copy summary"). Every date and every "now"
//! is the assessment's own (CONTRACT.md "What the dates mean"): nothing is computed here.

use crate::i18n::{Lang, fill, format, ui::UI};
use crate::rules::{Assessment, Date};

/// "Now (since …)" for an open check, "From …" for a closed one with a date.
pub fn when(lang: Lang, open: bool, date: Option<Date>) -> Option<String> {
    match (open, date) {
        (true, Some(since)) => Some(fill(
            lang.pick(&UI.now_since),
            &[&format::date(lang, since)],
        )),
        (true, None) => Some(lang.pick(&UI.eligible_now).to_owned()),
        (false, Some(from)) => Some(fill(lang.pick(&UI.from_date), &[&format::date(lang, from)])),
        (false, None) => None,
    }
}

pub fn summary(a: &Assessment, lang: Lang) -> String {
    let t = |text| lang.pick(text);
    let mut lines = vec![
        t(&UI.summary_title).to_owned(),
        fill(
            t(&UI.summary_route),
            &[
                t(&UI.total),
                &format::points(lang, a.points.total),
                lang.code(category_code(a.category)),
            ],
        ),
        t(if a.hsp.eligible {
            &UI.hsp_eligible
        } else {
            &UI.hsp_not_eligible
        })
        .to_owned(),
    ];
    for route in &a.pr.routes {
        if let Some(when) = when(lang, route.eligible_now, route.earliest_date) {
            lines.push(fill(
                t(&UI.summary_route),
                &[t(&UI.col_pr), lang.code(route.route), &when],
            ));
        }
    }
    if a.hsp2.already_hsp2 {
        lines.push(t(&UI.already_hsp2).to_owned());
    } else if let Some(when) = when(lang, a.hsp2.eligible, a.hsp2.earliest_date) {
        lines.push(fill(t(&UI.summary_pair), &[t(&UI.col_hsp2), &when]));
    }
    if let Some(when) = when(lang, a.jskip.eligible, a.jskip.earliest_date) {
        lines.push(fill(t(&UI.summary_pair), &[t(&UI.col_jskip), &when]));
    }
    let parents = if a.parents.eligible {
        t(&UI.met)
    } else if a.parents.requires_status.is_some() {
        t(&UI.once_hsp)
    } else {
        t(&UI.not_met)
    };
    lines.push(fill(t(&UI.summary_pair), &[lang.code("parents"), parents]));
    lines.push(fill(t(&UI.rules_date), &[a.rules_date]));
    lines.push(t(&UI.disclaimer).to_owned());
    lines.join("\n")
}

fn category_code(category: &str) -> &'static str {
    match category {
        "a" => "status_cat_a",
        "b" => "status_cat_b",
        _ => "status_cat_c",
    }
}
