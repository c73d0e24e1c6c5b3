//! The plain-text result for chat apps and notes ("copy summary"): every answer in a few
//! lines, with the answers it rests on. Every date and every "now" is the assessment's own
//! (CONTRACT.md "What the dates mean"), worded as the widget words it (`answers`):
//! nothing is computed here.

use super::answers::{Answer, Glance, words};
use super::partial::Gap;
use crate::i18n::ui::{UI, category_label, education_label};
use crate::i18n::{Lang, fill, format};
use crate::rules::points::PointInputs;
use crate::rules::profile::Japanese;
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

/// The answers the result rests on, on one line; a stand-in for what is missing is not an
/// answer and is left out (`widget::partial`).
fn answers_line(lang: Lang, a: &Assessment, inputs: &PointInputs, gaps: &[Gap]) -> String {
    let t = |text| lang.pick(text);
    let mut parts = vec![t(category_label(inputs.category)).to_owned()];
    if !gaps.contains(&Gap::Age) {
        parts.push(fill(t(&UI.summary_age), &[&a.age.to_string()]));
    }
    parts.extend([
        t(education_label(inputs.education)).to_owned(),
        fill(
            t(&UI.summary_experience),
            &[&format!("{}", inputs.experience_years)],
        ),
    ]);
    if !gaps.contains(&Gap::Salary) {
        parts.push(format::yen(lang, inputs.annual_salary_yen));
    }
    if inputs.japanese != Japanese::None {
        parts.push(
            t(match inputs.japanese {
                Japanese::N1 => &UI.japanese_n1,
                _ => &UI.japanese_n2,
            })
            .to_owned(),
        );
    }
    parts.extend(
        inputs
            .research
            .iter()
            .map(|r| lang.code(r.code()).to_owned()),
    );
    parts.extend(
        inputs
            .bonuses
            .iter()
            .map(|b| lang.code(b.code()).to_owned()),
    );
    fill(
        t(&UI.summary_pair),
        &[t(&UI.summary_answers), &parts.join(t(&UI.list_separator))],
    )
}

pub fn summary(
    a: &Assessment,
    lang: Lang,
    glance: &Glance,
    inputs: Option<&PointInputs>,
    gaps: &[Gap],
) -> String {
    let t = |text| lang.pick(text);
    let pair = |label: &str, value: &str| fill(t(&UI.summary_pair), &[label, value]);
    let mut lines = vec![format!(
        "{} — {}",
        t(&UI.summary_title),
        format::date(lang, a.as_of)
    )];
    lines.extend(inputs.map(|inputs| answers_line(lang, a, inputs, gaps)));
    let points = format::points(lang, a.points.total);
    lines.push(pair(
        t(&UI.total),
        &if glance.points_complete {
            points
        } else {
            fill(t(&UI.at_least), &[&points])
        },
    ));
    lines.push(pair(t(&UI.glance_hsp), &words(lang, glance.hsp)));
    // What rests on stand-ins is not said: the glance's "enter …" says it for them.
    if glance.points_complete {
        lines.push(pair(
            t(&UI.col_jskip),
            &when(lang, a.jskip.eligible, a.jskip.earliest_date)
                .unwrap_or_else(|| t(&UI.not_met).to_owned()),
        ));
    }
    lines.push(pair(t(&UI.glance_hsp2), &words(lang, glance.hsp2)));
    lines.push(pair(t(&UI.glance_pr), &words(lang, glance.pr)));
    if !matches!(glance.pr, Answer::Unknown(_)) {
        for route in &a.pr.routes {
            if let Some(when) = when(lang, route.eligible_now, route.earliest_date) {
                lines.push(format!("  {}", pair(lang.code(route.route), &when)));
            }
        }
    }
    let mut parents = words(lang, glance.parents);
    if let Some(until) = a.parents.until.filter(|_| a.parents.eligible_if_hsp) {
        parents = format!(
            "{parents} — {}",
            fill(t(&UI.until), &[&format::date(lang, until)])
        );
    }
    lines.push(pair(t(&UI.glance_parents), &parents));
    let worker = &a.domestic_worker;
    let worker_text = if matches!(glance.parents, Answer::Unknown(_)) && !worker.eligible {
        // Unknown for the same reason as the parents' (the family, the age or the salary).
        words(lang, glance.parents)
    } else if worker.eligible {
        fill(t(&UI.worker_yes), &[&worker.max_workers_now.to_string()])
    } else if worker.eligible_if_hsp {
        fill(t(&UI.worker_once_hsp), &[&worker.max_workers.to_string()])
    } else {
        t(&UI.worker_no).to_owned()
    };
    lines.push(pair(lang.code("domestic_worker"), &worker_text));
    // The dates the points change by themselves: the age cliffs above all.
    let changes: Vec<String> = a
        .points_timeline
        .iter()
        .map(|c| {
            format!(
                "{} {} {} → {}",
                format::date(lang, c.date),
                lang.code(c.cause),
                c.total_before,
                c.total_after
            )
        })
        .collect();
    if !changes.is_empty() {
        lines.push(pair(
            t(&UI.cliffs_heading),
            &changes.join(t(&UI.list_separator)),
        ));
    }
    lines.push(fill(
        t(&UI.rules_date),
        &[&super::sources::rules_date(lang, a.rules_date)],
    ));
    lines.push(t(&UI.disclaimer).to_owned());
    lines.join("\n")
}
