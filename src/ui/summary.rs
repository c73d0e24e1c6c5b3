//! The short plain-text result for chat apps ("copy summary").

use crate::i18n::{Lang, fill, format, ui::UI};
use crate::rules::Assessment;

pub fn summary(a: &Assessment, lang: Lang) -> String {
    let t = |text| lang.pick(text);
    let mut lines = vec![
        t(&UI.summary_title).to_owned(),
        format!(
            "{}: {} ({})",
            t(&UI.total),
            format::points(lang, a.points.total),
            lang.code(category_code(a.category))
        ),
        t(if a.hsp.eligible {
            &UI.hsp_eligible
        } else {
            &UI.hsp_not_eligible
        })
        .to_owned(),
    ];
    for route in a.pr.routes.iter().filter(|r| r.earliest_date.is_some()) {
        let when = match route.earliest_date {
            Some(_) if route.eligible_now => t(&UI.eligible_now).to_owned(),
            Some(d) => fill(t(&UI.from_date), &[&format::date(lang, d)]),
            None => continue,
        };
        lines.push(format!(
            "{}: {} — {}",
            t(&UI.col_pr),
            lang.code(route.route),
            when
        ));
    }
    if let Some(d) = a.hsp2.earliest_date {
        lines.push(format!(
            "{}: {}",
            t(&UI.col_hsp2),
            fill(t(&UI.from_date), &[&format::date(lang, d)])
        ));
    }
    lines.push(format!(
        "{}: {}",
        lang.code("parents"),
        t(if a.parents.eligible {
            &UI.met
        } else {
            &UI.not_met
        })
    ));
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
