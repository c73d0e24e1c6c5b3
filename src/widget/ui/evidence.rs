//! The evidence checklist (issue #13): for every item that scores, the documents the official
//! sheet names (S1 疎明資料（基本例）①–㉑), tickable as the person gathers them (kept with the
//! answers, so saved, shared and printed), with the Japanese names to ask for, the sheet's
//! conditions, and which year's tax certificate covers which date.

use std::rc::Rc;

use yew::prelude::*;

use super::check_field::CheckField;
use super::context::{use_state_handle, use_texts};
use super::state::Action;
use crate::i18n::{Lang, fill, format, ui::UI};
use crate::rules::evidence::{Document, Evidence, EvidenceList, TaxYear};
use crate::widget::form::Form;

#[derive(Properties, PartialEq)]
pub struct EvidenceChecklistProps {
    pub evidence: Rc<EvidenceList>,
}

fn tax_line(lang: Lang, texts: super::context::Texts, year: &TaxYear) -> Html {
    let line = fill(
        texts.t(&UI.tax_line),
        &[
            texts.code(year.purpose),
            &format::date(lang, year.date),
            &year.income_year.to_string(),
            &year.reiwa.to_string(),
            &format::date(lang, year.issued_from),
        ],
    );
    html! {
        <li data-tax={year.purpose}>
            { line }
            if year.not_yet_issued {
                <span class="note">{ " " }{ fill(texts.t(&UI.tax_not_yet), &[&format::date(lang, year.application_date)]) }</span>
            }
        </li>
    }
}

#[component]
pub fn EvidenceChecklist(props: &EvidenceChecklistProps) -> Html {
    let Some(state) = use_state_handle() else {
        return Html::default();
    };
    let texts = use_texts();
    let lang = texts.0;
    let evidence = &props.evidence;
    let toggle = |id: &'static str| {
        let state = state.clone();
        Callback::from(move |on: bool| {
            state.dispatch(Action::Edit(Rc::new(move |form: &mut Form| {
                form.evidence_gathered.retain(|d| *d != id);
                if on {
                    form.evidence_gathered.push(id);
                }
            })));
        })
    };
    let document = |doc: &Document| {
        let label = AttrValue::Static(texts.code(doc.id));
        html! {
            <li class="document" data-document={doc.id}>
                { CheckField {
                    id: format!("evidence-{}", doc.id).into(),
                    label,
                    checked: doc.gathered,
                    onchange: toggle(doc.id),
                    ..CheckField::default()
                }.view() }
                if lang != Lang::Ja {
                    <p class="official-name" lang="ja"><span lang={lang.tag()}>{ texts.t(&UI.evidence_official_name) }</span>{ " 「" }{ doc.ja }{ "」" }</p>
                }
            </li>
        }
    };
    let item = |entry: &Evidence| {
        let proves = entry
            .items
            .iter()
            .map(|id| texts.code(id))
            .collect::<Vec<_>>()
            .join(texts.t(&UI.list_separator));
        // The documents in order; a group of alternatives under "any one of these".
        let mut groups: Vec<(Option<&str>, Vec<&Document>)> = Vec::new();
        for doc in &entry.documents {
            match groups.last_mut() {
                Some((group, docs)) if doc.one_of.is_some() && *group == doc.one_of => {
                    docs.push(doc)
                }
                _ => groups.push((doc.one_of, vec![doc])),
            }
        }
        let lists = groups.into_iter().map(|(group, docs)| {
            html! {
                <>
                    if group.is_some() && docs.len() > 1 {
                        <p class="any-one">{ texts.t(&UI.evidence_any_one) }</p>
                    }
                    <ul class="documents">{ for docs.into_iter().map(document) }</ul>
                </>
            }
        });
        html! {
            <li class="evidence-item" data-evidence={entry.number}>
                <h4><span class="evidence-number">{ entry.number }</span>{ " " }{ fill(texts.t(&UI.evidence_proves), &[&proves]) }</h4>
                { for lists }
                if !entry.notes.is_empty() {
                    <ul class="evidence-notes">
                        { for entry.notes.iter().map(|note| html! {
                            <li data-note={note.id}>
                                { texts.code(note.id) }
                                if lang != Lang::Ja {
                                    <span class="official-name" lang="ja">{ " 「" }{ note.ja }{ "」" }</span>
                                }
                            </li>
                        }) }
                    </ul>
                }
            </li>
        }
    };
    let total: usize = evidence.items.iter().map(|e| e.documents.len()).sum();
    let gathered: usize = evidence
        .items
        .iter()
        .flat_map(|e| &e.documents)
        .filter(|d| d.gathered)
        .count();
    html! {
        <section class="evidence" aria-labelledby="hsp-evidence-heading" data-section="evidence">
            <h3 id="hsp-evidence-heading">{ texts.t(&UI.evidence_heading) }</h3>
            if evidence.items.is_empty() {
                <p>{ texts.t(&UI.evidence_none) }</p>
            } else {
                <p class="help">{ texts.t(&UI.evidence_intro) }</p>
                <p class="progress" data-progress={format!("{gathered}/{total}")}>
                    { fill(texts.t(&UI.evidence_progress), &[&gathered.to_string(), &total.to_string()]) }
                </p>
                <ol class="evidence-list">{ for evidence.items.iter().map(item) }</ol>
            }
            <h4>{ texts.t(&UI.tax_heading) }</h4>
            <p class="help">{ texts.t(&UI.tax_intro) }</p>
            <ul class="tax-years">{ for evidence.tax_years.iter().map(|y| tax_line(lang, texts, y)) }</ul>
            <p class="source-line">{ super::sources::source(texts, "S1 疎明資料（基本例）") }</p>
        </section>
    }
}
