//! The sheet on a look-back date (V23): the salary then, and for everything that scores
//! today, whether it was already so. Each answer starts "as today (assumed)", so what is not
//! answered stays an assumption that the results name.

use std::rc::Rc;

use yew::prelude::*;

use super::choice_field::ChoiceField;
use super::context::{StateHandle, Texts};
use super::money_field::MoneyField;
use super::state::Action;
use super::text_field::TextField;
use crate::i18n::ui::education_label;
use crate::i18n::{fill, format, ui::UI};
use crate::rules::points::{Item, scored_in};
use crate::rules::profile::{Bonus, Category, Education, Japanese, Position, Research};
use crate::widget::form::{Form, PastForm};

/// An edit of a past sheet by the value chosen.
type PastEdit = Rc<dyn Fn(&mut PastForm, &str)>;

/// The past sheet of `years` in the form.
fn past(form: &mut Form, years: u8) -> &mut PastForm {
    if years == 1 {
        &mut form.past_1y
    } else {
        &mut form.past_3y
    }
}

/// "" for "as today", else the code.
fn answered<T: Copy>(value: Option<T>, code: fn(T) -> &'static str) -> AttrValue {
    AttrValue::Static(value.map_or("", code))
}

fn held_code(held: Option<bool>) -> AttrValue {
    AttrValue::Static(match held {
        None => "",
        Some(true) => "yes",
        Some(false) => "no",
    })
}

fn held_of(code: &str) -> Option<bool> {
    match code {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// The past sheet `years` (1 or 3: the look-back of the 80-point and the 70-point track)
/// before today.
pub fn past_sheet_fields(state: &StateHandle, years: u8) -> Html {
    let texts = Texts(state.lang);
    let t = |text| AttrValue::Static(texts.t(text));
    let form = &state.form;
    let sheet = if years == 1 {
        &form.past_1y
    } else {
        &form.past_3y
    };
    let on = state.today.add_years(i32::from(years).saturating_neg());
    let section = if years == 1 {
        "residence.sheet_1y_before"
    } else {
        "residence.sheet_3y_before"
    };
    let path = |member: &str| AttrValue::from(format!("{section}.{member}"));
    let edit = |apply: PastEdit| {
        let state = state.clone();
        Callback::from(move |value: String| {
            let apply = apply.clone();
            state.dispatch(Action::Edit(Rc::new(move |form: &mut Form| {
                apply(past(form, years), &value)
            })));
        })
    };
    let same = || (AttrValue::Static(""), t(&UI.past_same));
    let held_options = || {
        vec![
            same(),
            (AttrValue::Static("yes"), t(&UI.past_held_yes)),
            (AttrValue::Static("no"), t(&UI.past_held_no)),
        ]
    };
    let japanese_options: Vec<(AttrValue, AttrValue)> = std::iter::once(same())
        .chain([
            (AttrValue::Static("none"), t(&UI.japanese_none)),
            (AttrValue::Static("n2"), t(&UI.japanese_n2)),
            (AttrValue::Static("n1"), t(&UI.japanese_n1)),
        ])
        .collect();
    let education_options: Vec<(AttrValue, AttrValue)> = std::iter::once(same())
        .chain(
            Education::ALL
                .iter()
                .map(|e| (AttrValue::Static(e.code()), t(education_label(*e)))),
        )
        .collect();
    let position_options: Vec<(AttrValue, AttrValue)> = std::iter::once(same())
        .chain([
            (AttrValue::Static("none"), t(&UI.position_none)),
            (AttrValue::Static("director"), t(&UI.position_director)),
            (
                AttrValue::Static("representative"),
                t(&UI.position_representative),
            ),
        ])
        .collect();
    let category = form.category;
    // What scores today and could have been otherwise then.
    let research_held: Vec<Research> = form
        .research
        .iter()
        .filter(|_| scored_in(Item::Research, category))
        .collect();
    let bonuses_held: Vec<Bonus> = form
        .bonuses
        .iter()
        .filter(|b| Item::of_bonus(*b).is_some_and(|item| scored_in(item, category)))
        .collect();
    let (salary_path, salary_label) = if years == 1 {
        ("residence.salary_1y_before_yen", &UI.salary_1y)
    } else {
        ("residence.salary_3y_before_yen", &UI.salary_3y)
    };
    let choice = |path: AttrValue, label: AttrValue, options, selected, onchange| {
        ChoiceField {
            path,
            label,
            options,
            selected,
            onchange,
            ..ChoiceField::default()
        }
        .view(state)
    };
    html! {
        <fieldset class="past-sheet" data-years={years.to_string()}>
            <legend>{ fill(texts.t(&UI.past_heading), &[&format::date(texts.0, on), &years.to_string()]) }</legend>
            <p class="help">{ t(&UI.past_help) }</p>
            { MoneyField { path: salary_path, label: t(salary_label), help: (years == 1).then(|| t(&UI.past_salary_help)), bands: None }.view(state) }
            { choice(path("japanese"), t(&UI.past_japanese), japanese_options, answered(sheet.japanese, Japanese::code),
                edit(Rc::new(|p, v| p.japanese = Japanese::ALL.into_iter().find(|j| j.code() == v)))) }
            { choice(path("education"), t(&UI.past_education), education_options, answered(sheet.education, Education::code),
                edit(Rc::new(|p, v| p.education = Education::ALL.into_iter().find(|e| e.code() == v)))) }
            if form.multiple_degrees {
                { choice(path("multiple_degrees"), t(&UI.past_multiple_degrees), held_options(), held_code(sheet.multiple_degrees),
                    edit(Rc::new(|p, v| p.multiple_degrees = held_of(v)))) }
            }
            if category == Category::C && form.position != Position::None {
                { choice(path("position"), t(&UI.past_position), position_options, answered(sheet.position, Position::code),
                    edit(Rc::new(|p, v| p.position = Position::ALL.into_iter().find(|x| x.code() == v)))) }
            }
            if category == Category::B && !form.qualifications.trim().is_empty() {
                { TextField {
                    path: path("qualifications"),
                    label: t(&UI.past_qualifications),
                    inputmode: Some("numeric"),
                    value: sheet.qualifications.clone().into(),
                    help: Some(t(&UI.past_same)),
                    oninput: edit(Rc::new(|p, v| p.qualifications = v.to_owned())),
                    ..TextField::default()
                }.view(state) }
            }
            { for research_held.into_iter().map(|item| choice(path(&format!("research.{}", item.code())), AttrValue::Static(texts.code(item.code())),
                held_options(), held_code(sheet.research_item(item)), edit(Rc::new(move |p, v| p.set_research_item(item, held_of(v)))))) }
            { for bonuses_held.into_iter().map(|bonus| choice(path(&format!("bonuses.{}", bonus.code())), AttrValue::Static(texts.code(bonus.code())),
                held_options(), held_code(sheet.bonus(bonus)), edit(Rc::new(move |p, v| p.set_bonus(bonus, held_of(v)))))) }
        </fieldset>
    }
}
