//! The form, in sections a person can fill in a few minutes. Fields a category does not
//! score stay, with a note, so switching category loses nothing.

use std::rc::Rc;

use yew::prelude::*;

use super::check_field::CheckField;
use super::children_field::children_field;
use super::choice_field::ChoiceField;
use super::context::{use_state_handle, use_texts};
use super::field_errors::field_errors;
use super::money_field::MoneyField;
use super::past_sheet_fields::past_sheet_fields;
use super::state::Action;
use super::text_field::TextField;
use crate::i18n::ui::UI;
use crate::i18n::ui::education_label;
use crate::i18n::{fill, format};
use crate::rules::choices::{self, Worth};
use crate::rules::points::{Item, scored_in};
use crate::rules::profile::{Bonus, Category, Education, Japanese, Position, Research, Status};
use crate::widget::form::Form;

/// A callback that edits one text field of the form.
fn text_edit(state: &super::context::StateHandle, set: fn(&mut Form, String)) -> Callback<String> {
    let state = state.clone();
    Callback::from(move |value: String| {
        state.dispatch(Action::Edit(Rc::new(move |form: &mut Form| {
            set(form, value.clone())
        })));
    })
}

/// "+20", "+0" when an answer gives nothing here, "−5" when it takes points away.
fn worth_text(worth: Worth) -> String {
    if worth.points < 0 {
        format!("−{}", worth.points.unsigned_abs())
    } else {
        format!("+{}", worth.points)
    }
}

/// The worth of one answer in a list of `rules::choices`.
fn worth_of<T: PartialEq>(list: Option<Vec<(T, Worth)>>, wanted: T) -> Option<Worth> {
    list?
        .into_iter()
        .find(|(x, _)| *x == wanted)
        .map(|(_, w)| w)
}

/// An option's label with its points: "+20 · Master's".
fn with_worth(label: &str, worth: Option<Worth>) -> AttrValue {
    match worth {
        // The points first: a long label is cut at the select's edge, never its points.
        Some(worth) => AttrValue::from(format!("{} · {label}", worth_text(worth))),
        None => AttrValue::from(label.to_owned()),
    }
}

#[component]
pub fn ProfileForm() -> Html {
    let Some(state) = use_state_handle() else {
        return Html::default();
    };
    let texts = use_texts();
    let t = |text| AttrValue::Static(texts.t(text));
    let form = &state.form;
    let category = form.category;
    let not_here = |scored: bool| (!scored).then(|| t(&UI.not_scored_here));

    let edit = |f: fn(&mut Form, String)| text_edit(&state, f);
    let choose = |apply: fn(&mut Form, &str)| {
        let state = state.clone();
        Callback::from(move |value: String| {
            state.dispatch(Action::Edit(Rc::new(move |form: &mut Form| {
                apply(form, &value)
            })));
        })
    };
    let flag = |apply: fn(&mut Form, bool)| {
        let state = state.clone();
        Callback::from(move |on: bool| {
            state.dispatch(Action::Edit(Rc::new(move |form: &mut Form| {
                apply(form, on)
            })))
        })
    };
    // The points of each answer for this person as they are (rules::choices).
    let inputs = state.inputs;
    let educations = inputs.map(|i| choices::education(&i));
    let japaneses = inputs.map(|i| choices::japanese(&i));
    let positions = inputs.map(|i| choices::position(&i));
    let researches = inputs.map(|i| choices::research(&i));
    let bonus_worths = inputs.map(|i| choices::bonuses(&i));
    let lang = texts.0;
    let age_known = !state.gaps.contains(&crate::widget::partial::Gap::Age);
    let band_line = |bands: Vec<String>| AttrValue::from(bands.join(" · "));
    let experience_bands = inputs.map(|i| {
        band_line(
            choices::experience_bands(&i)
                .into_iter()
                .map(|(years, w)| {
                    fill(
                        texts.t(&UI.band_years),
                        &[&years.to_string(), &worth_text(w)],
                    )
                })
                .collect(),
        )
    });
    let salary_bands = inputs
        .filter(|_| age_known || category == Category::C)
        .map(|i| {
            let bands = choices::salary_bands(&i)
                .into_iter()
                .map(|(floor, w)| format!("{} {}", format::yen(lang, floor), worth_text(w)))
                .collect();
            let heading = if category == Category::C {
                texts.t(&UI.bands_salary_c).to_owned()
            } else {
                fill(texts.t(&UI.bands_salary_at_age), &[&i.age.to_string()])
            };
            AttrValue::from(format!("{heading} {}", band_line(bands)))
        });
    let category_options = vec![
        ("a".into(), t(&UI.category_a)),
        ("b".into(), t(&UI.category_b)),
        ("c".into(), t(&UI.category_c)),
    ];
    let category_help = t(match category {
        Category::A => &UI.category_a_help,
        Category::B => &UI.category_b_help,
        Category::C => &UI.category_c_help,
    });
    let education_options: Vec<(AttrValue, AttrValue)> = Education::ALL
        .iter()
        .map(|e| {
            (
                e.code().into(),
                with_worth(
                    texts.t(education_label(*e)),
                    worth_of(educations.clone(), *e),
                ),
            )
        })
        .collect();
    let scored_position = scored_in(Item::Position, category);
    let position_options = [
        (Position::None, &UI.position_none),
        (Position::Director, &UI.position_director),
        (Position::Representative, &UI.position_representative),
    ]
    .into_iter()
    .map(|(p, label)| {
        let worth =
            worth_of(positions.clone(), p).filter(|_| scored_position && p != Position::None);
        (p.code().into(), with_worth(texts.t(label), worth))
    })
    .collect::<Vec<_>>();
    let japanese_options = [
        (Japanese::None, &UI.japanese_none),
        (Japanese::N2, &UI.japanese_n2),
        (Japanese::N1, &UI.japanese_n1),
    ]
    .into_iter()
    .map(|(j, label)| {
        let worth = worth_of(japaneses.clone(), j).filter(|_| j != Japanese::None);
        (j.code().into(), with_worth(texts.t(label), worth))
    })
    .collect::<Vec<_>>();
    let status_options: Vec<(AttrValue, AttrValue)> =
        std::iter::once(("".into(), t(&UI.status_unset)))
            .chain(Status::ALL.iter().map(|s| {
                (
                    s.code().into(),
                    AttrValue::Static(texts.code(status_code(*s))),
                )
            }))
            .collect();

    let research_items = [
        (Research::Patent, &UI.research_patent),
        (Research::Grants, &UI.research_grants),
        (Research::Papers, &UI.research_papers),
        (Research::Other, &UI.research_other),
    ];
    let research_scored = scored_in(Item::Research, category);
    let research_boxes = research_items.iter().map(|(item, label)| {
        let item = *item;
        let state = state.clone();
        let onchange = Callback::from(move |on: bool| {
            state.dispatch(Action::Edit(Rc::new(move |form: &mut Form| {
                form.research = form.research.iter().filter(|r| *r != item).collect();
                if on {
                    form.research = form.research.with(item);
                }
            })));
        });
        let worth = worth_of(researches.clone(), item)
            .filter(|_| research_scored)
            .map(|w| AttrValue::from(worth_text(w)));
        CheckField {
            id: format!("research-{}", item.code()).into(),
            label: t(label),
            checked: form.research.has(item),
            onchange,
            inactive: not_here(research_scored),
            worth,
        }
        .view()
    });
    let bonus_boxes = Bonus::ALL.iter().map(|bonus| {
        let bonus = *bonus;
        let scored = Item::of_bonus(bonus).is_none_or(|item| scored_in(item, category));
        let state = state.clone();
        let onchange = Callback::from(move |on: bool| {
            state.dispatch(Action::Edit(Rc::new(move |form: &mut Form| {
                form.bonuses = form.bonuses.iter().filter(|b| *b != bonus).collect();
                if on {
                    form.bonuses = form.bonuses.with(bonus);
                }
            })));
        });
        let nested = matches!(
            bonus,
            Bonus::Sme | Bonus::JicaTrainingUsedJapaneseUniversity
        );
        // ⑱'s "used Japanese university classes" is a fact, not an item: ticked, it can take
        // ⑱'s points away, which its worth says ("−5").
        let worth = worth_of(bonus_worths.clone(), bonus)
            .filter(|_| scored)
            .map(|w| match w.note {
                Some(note) if w.points == 0 => {
                    AttrValue::from(format!("+0 · {}", texts.code(note.code())))
                }
                _ => AttrValue::from(worth_text(w)),
            });
        html! {
            <div class={classes!(nested.then_some("nested"))}>
                { CheckField {
                    id: format!("bonus-{}", bonus.code()).into(),
                    label: AttrValue::Static(texts.code(bonus.code())),
                    checked: form.bonuses.has(bonus),
                    onchange,
                    inactive: not_here(scored),
                    worth,
                }.view() }
                if bonus == Bonus::TopUniversity {
                    <p class="help">{ t(&UI.top_university_help) }</p>
                    <super::university_search::UniversitySearch />
                }
            </div>
        }
    });
    let status = form.status;
    let shows = |wanted: &[Status]| status.is_some_and(|s| wanted.contains(&s));
    let date =
        |label: AttrValue, path: &'static str, value: &String, oninput, help: Option<AttrValue>| {
            TextField {
                path: path.into(),
                label,
                date: true,
                value: value.clone().into(),
                oninput,
                help,
                ..TextField::default()
            }
            .view(&state)
        };
    let check = |label: AttrValue, id: &'static str, checked: bool, onchange| {
        CheckField {
            id: id.into(),
            label,
            checked,
            onchange,
            ..CheckField::default()
        }
        .view()
    };
    let spouse_options = vec![
        ("".into(), t(&UI.status_unset)),
        ("yes".into(), t(&UI.spouse_yes)),
        ("no".into(), t(&UI.spouse_no)),
    ];

    html! {
        <form class="profile-form" aria-labelledby="hsp-form-heading" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}
            onfocusin={Callback::from(|e: FocusEvent| {
                if let Some(field) = e.target_dyn_into::<web_sys::Element>() {
                    super::browser::keep_clear_of_glance(&field);
                }
            })}>
            <h2 id="hsp-form-heading">{ t(&UI.form_heading) }</h2>
            <fieldset>
                <legend>{ t(&UI.section_category) }</legend>
                { ChoiceField {
                    path: "category".into(),
                    label: t(&UI.category),
                    options: category_options,
                    selected: AttrValue::Static(category.code()),
                    onchange: choose(|f, v| if let Some(c) = Category::ALL.into_iter().find(|c| c.code() == v) { f.category = c }),
                    help: Some(category_help),
                    ..ChoiceField::default()
                }.view(&state) }
            </fieldset>
            <fieldset>
                <legend>{ t(&UI.section_you) }</legend>
                { TextField {
                    path: "birth_date".into(),
                    label: t(&UI.birth_date),
                    date: true,
                    value: form.birth_date.clone().into(),
                    oninput: edit(|f, v| f.birth_date = v),
                    help: Some(t(&UI.birth_date_help)),
                    ..TextField::default()
                }.view(&state) }
                if form.birth_date.trim().is_empty() {
                    { TextField {
                        path: "age".into(),
                        label: t(&UI.age),
                        inputmode: Some("numeric"),
                        value: form.age.clone().into(),
                        oninput: edit(|f, v| f.age = v),
                        help: Some(t(&UI.age_help)),
                        ..TextField::default()
                    }.view(&state) }
                }
                { ChoiceField {
                    path: "education".into(),
                    label: t(&UI.education),
                    options: education_options,
                    selected: AttrValue::Static(form.education.code()),
                    onchange: choose(|f, v| if let Some(e) = Education::ALL.into_iter().find(|e| e.code() == v) { f.education = e }),
                    help: Some(t(&UI.education_help)),
                    ..ChoiceField::default()
                }.view(&state) }
                { CheckField {
                    id: "multiple-degrees".into(),
                    label: t(&UI.multiple_degrees),
                    checked: form.multiple_degrees,
                    onchange: flag(|f, on| f.multiple_degrees = on),
                    inactive: (!form.education.is_graduate()).then(|| t(&UI.needs_graduate_degree)),
                    worth: inputs.filter(|_| form.education.is_graduate()).map(|i| AttrValue::from(worth_text(choices::multiple_degrees(&i)))),
                }.view() }
                { field_errors(&state, "multiple_degrees", "f-multiple_degrees-error".into(), false) }
                { TextField {
                    path: "experience_years".into(),
                    label: t(&UI.experience),
                    inputmode: Some("decimal"),
                    value: form.experience_years.clone().into(),
                    oninput: edit(|f, v| f.experience_years = v),
                    help: Some(t(&UI.experience_help)),
                    bands: experience_bands,
                    ..TextField::default()
                }.view(&state) }
                { MoneyField {
                    path: "annual_salary_yen",
                    label: t(&UI.salary),
                    help: Some(t(&UI.salary_help)),
                    bands: salary_bands.or_else(|| Some(t(&UI.bands_salary_need_age))),
                }.view(&state) }
            </fieldset>
            <fieldset>
                <legend>{ t(&UI.section_points) }</legend>
                <div class="group" role="group" aria-label={t(&UI.research)}>
                    <p class="group-label">{ t(&UI.research) }</p>
                    <p class="help">{ t(&UI.research_help) }</p>
                    { for research_boxes }
                </div>
                { TextField {
                    path: "qualifications".into(),
                    label: t(&UI.qualifications),
                    inputmode: Some("numeric"),
                    value: form.qualifications.clone().into(),
                    oninput: edit(|f, v| f.qualifications = v),
                    help: Some(t(&UI.qualifications_help)),
                    inactive: not_here(scored_in(Item::Qualifications, category)),
                    ..TextField::default()
                }.view(&state) }
                { ChoiceField {
                    path: "position".into(),
                    label: t(&UI.position),
                    options: position_options,
                    selected: AttrValue::Static(form.position.code()),
                    onchange: choose(|f, v| if let Some(p) = Position::ALL.into_iter().find(|p| p.code() == v) { f.position = p }),
                    inactive: not_here(scored_in(Item::Position, category)),
                    ..ChoiceField::default()
                }.view(&state) }
                { ChoiceField {
                    path: "japanese".into(),
                    label: t(&UI.japanese),
                    options: japanese_options,
                    selected: AttrValue::Static(form.japanese.code()),
                    onchange: choose(|f, v| if let Some(j) = Japanese::ALL.into_iter().find(|j| j.code() == v) { f.japanese = j }),
                    help: Some(t(&UI.japanese_help)),
                    ..ChoiceField::default()
                }.view(&state) }
            </fieldset>
            <fieldset>
                <legend>{ t(&UI.section_bonuses) }</legend>
                <p class="help">{ t(&UI.bonuses_help) }</p>
                { for bonus_boxes }
            </fieldset>
            <details class="section" open={form.status.is_some() || !form.children.is_empty() || !form.spouse_income.text.is_empty()}>
                <summary>{ t(&UI.section_household) }{ " " }<span class="optional">{ "(" }{ t(&UI.optional) }{ ")" }</span></summary>
                { ChoiceField {
                    path: "household.has_spouse".into(),
                    label: t(&UI.has_spouse),
                    options: spouse_options,
                    selected: AttrValue::Static(match form.has_spouse { None => "", Some(true) => "yes", Some(false) => "no" }),
                    onchange: choose(|f, v| f.has_spouse = match v { "yes" => Some(true), "no" => Some(false), _ => None }),
                    ..ChoiceField::default()
                }.view(&state) }
                // V20: no spouse, no spouse's fields (what was typed stays in the form).
                if form.has_spouse != Some(false) {
                    { MoneyField {
                        path: "household.spouse_annual_income_yen",
                        label: t(&UI.spouse_income),
                        help: Some(t(&UI.spouse_income_help)),
                        bands: None,
                    }.view(&state) }
                }
                { children_field(&state) }
                { check(t(&UI.pregnancy), "pregnancy", form.pregnancy, flag(|f, on| f.pregnancy = on)) }
                if form.has_spouse != Some(false) {
                    { check(t(&UI.spouse_cannot), "spouse-cannot", form.spouse_cannot_do_housework,
                        flag(|f, on| f.spouse_cannot_do_housework = on)) }
                    { check(t(&UI.spouse_japanese_or_pr), "spouse-japanese-or-pr", form.spouse_japanese_or_pr,
                        flag(|f, on| f.spouse_japanese_or_pr = on)) }
                    if form.spouse_japanese_or_pr || status == Some(Status::SpouseOfJapanese) {
                        { date(t(&UI.married_since), "household.married_since", &form.married_since, edit(|f, v| f.married_since = v), None) }
                    }
                }
            </details>
            <details class="section" open={form.status.is_some()}>
                <summary>{ t(&UI.section_residence) }{ " " }<span class="optional">{ "(" }{ t(&UI.optional) }{ ")" }</span></summary>
                { ChoiceField {
                    path: "residence.current_status".into(),
                    label: t(&UI.current_status),
                    options: status_options,
                    selected: AttrValue::Static(status.map_or("", Status::code)),
                    onchange: choose(|f, v| f.status = Status::ALL.into_iter().find(|s| s.code() == v)),
                    ..ChoiceField::default()
                }.view(&state) }
                if status.is_some_and(|s| s != Status::OutsideJapan) {
                    { date(t(&UI.in_japan_since), "residence.in_japan_since", &form.in_japan_since, edit(|f, v| f.in_japan_since = v), Some(t(&UI.in_japan_since_help))) }
                    { date(t(&UI.work_status_since), "residence.work_status_since", &form.work_status_since, edit(|f, v| f.work_status_since = v), Some(t(&UI.work_status_since_help))) }
                }
                // A PR holder's own date first: the way back counts from it.
                if shows(&[Status::Pr]) {
                    { date(t(&UI.pr_since), "residence.pr_since", &form.pr_since, edit(|f, v| f.pr_since = v), None) }
                }
                if shows(&[Status::Hsp1, Status::Hsp2, Status::Pr]) {
                    { date(t(&UI.hsp_since), "residence.hsp_since", &form.hsp_since, edit(|f, v| f.hsp_since = v), None) }
                }
                // The fast tracks' recognised runs matter only to one applying for PR.
                if shows(&[Status::Hsp1, Status::Hsp2]) {
                    { date(t(&UI.points_70_since), "residence.points_70_since", &form.points_70_since, edit(|f, v| f.points_70_since = v), Some(t(&UI.points_since_help))) }
                    { date(t(&UI.points_80_since), "residence.points_80_since", &form.points_80_since, edit(|f, v| f.points_80_since = v), None) }
                }
                if shows(&[Status::Hsp1, Status::Hsp2, Status::Pr]) {
                    { date(t(&UI.jskip_since), "residence.jskip_since", &form.jskip_since, edit(|f, v| f.jskip_since = v), None) }
                }
                if shows(&[Status::LongTermResident, Status::SpouseOfJapanese, Status::Work, Status::BusinessManager, Status::Other]) {
                    { date(t(&UI.current_status_since), "residence.current_status_since", &form.current_status_since, edit(|f, v| f.current_status_since = v), None) }
                }
                if status.is_some_and(|s| s != Status::OutsideJapan && s != Status::Pr) {
                    { past_sheet_fields(&state, 1) }
                    { past_sheet_fields(&state, 3) }
                }
            </details>
        </form>
    }
}

/// The status names, reusing the comparison's words where they exist.
pub(super) fn status_code(status: Status) -> &'static str {
    match status {
        Status::OutsideJapan => "status_outside_japan",
        Status::Hsp1 => "status_hsp1",
        Status::Hsp2 => "status_hsp2",
        Status::Pr => "status_pr",
        Status::Work => "status_work",
        Status::BusinessManager => "status_business_manager",
        Status::SpouseOfJapanese => "status_spouse_of_japanese",
        Status::LongTermResident => "long_term_resident_status",
        Status::Other => "status_other",
    }
}
