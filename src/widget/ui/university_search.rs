//! "Is my university on the list?" (issue #13), under the ⑰ addition: a search over the
//! official list (fetched when the box is first used; inline in the offline file), which ticks
//! the addition and records the university when one is picked; the way it counts (⑰ Ⅰ–Ⅲ, for
//! the sheet's tick); the list's date and its own note; and the two other ways, named.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::choice_field::ChoiceField;
use super::context::{use_state_handle, use_texts};
use super::state::Action;
use crate::i18n::{Lang, fill, ui::UI};
use crate::rules::profile::{Bonus, TopUniversityRoute};
use crate::widget::form::Form;
use crate::widget::universities::{List, University};

#[derive(Clone, PartialEq)]
enum Loaded {
    NotYet,
    Loading,
    Failed,
    Ready(Rc<List>),
}

/// "The University of Tokyo (東京大学), Japan" in the reader's language.
fn described(lang: Lang, university: &University) -> String {
    // The list names countries in English and Japanese; katakana is no help to a Chinese,
    // Korean or Vietnamese reader, so only a Japanese one gets it.
    let country = if lang == Lang::Ja {
        &university.country_ja
    } else {
        &university.country_en
    };
    format!(
        "{} ({}) · {country}",
        university.name_en, university.name_ja
    )
}

#[component]
pub fn UniversitySearch() -> Html {
    let state = use_state_handle();
    let texts = use_texts();
    let lang = texts.0;
    let list = use_state(|| Loaded::NotYet);
    let query = use_state(String::new);
    let field = use_node_ref();
    // After a pick the results (and the pressed button) are gone: the focus returns to the
    // box once that render is done, not to the page.
    let refocus = use_state(|| false);
    {
        let (field, refocus) = (field.clone(), refocus.clone());
        use_effect_with(*refocus, move |wanted| {
            if *wanted {
                if let Some(input) = field.cast::<web_sys::HtmlElement>() {
                    let _ = input.focus();
                }
                refocus.set(false);
            }
        });
    }
    let Some(state) = state else {
        return Html::default();
    };
    let form = &state.form;
    let load = {
        let list = list.clone();
        Callback::from(move |_: FocusEvent| {
            if matches!(*list, Loaded::NotYet | Loaded::Failed) {
                list.set(Loaded::Loading);
                let list = list.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let text = browser::consult("universities", "", "").await;
                    match text.as_deref().and_then(List::parse) {
                        Some(parsed) => list.set(Loaded::Ready(Rc::new(parsed))),
                        None => list.set(Loaded::Failed),
                    }
                });
            }
        })
    };
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    let pick = |name: String| {
        let (state, query, refocus) = (state.clone(), query.clone(), refocus.clone());
        Callback::from(move |_: MouseEvent| {
            let name = name.clone();
            state.dispatch(Action::Edit(Rc::new(move |form: &mut Form| {
                form.top_university_name.clone_from(&name);
                form.top_university_route = Some(TopUniversityRoute::Rankings);
                form.bonuses = form.bonuses.with(Bonus::TopUniversity);
            })));
            query.set(String::new());
            refocus.set(true);
        })
    };
    let clear = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Edit(Rc::new(|form: &mut Form| {
                form.top_university_name.clear();
            })));
        })
    };
    let route_options: Vec<(AttrValue, AttrValue)> = std::iter::once((
        AttrValue::Static(""),
        AttrValue::Static(texts.t(&UI.uni_route_unset)),
    ))
    .chain(TopUniversityRoute::ALL.into_iter().map(|r| {
        (
            AttrValue::Static(r.code()),
            AttrValue::Static(texts.code(r.code())),
        )
    }))
    .collect();
    let on_route = {
        let state = state.clone();
        Callback::from(move |code: String| {
            let route = TopUniversityRoute::ALL
                .into_iter()
                .find(|r| r.code() == code);
            state.dispatch(Action::Edit(Rc::new(move |form: &mut Form| {
                form.top_university_route = route;
            })));
        })
    };
    // One live region, always there: its words change, so a screen reader hears each count.
    let (count, found) = match &*list {
        Loaded::Ready(list) if !query.trim().is_empty() => {
            let (found, all) = list.search(&query);
            let count = if found.is_empty() {
                texts.t(&UI.uni_none).to_owned()
            } else if all > found.len() {
                fill(
                    texts.t(&UI.uni_results_more),
                    &[&found.len().to_string(), &all.to_string()],
                )
            } else {
                fill(texts.t(&UI.uni_results), &[&all.to_string()])
            };
            let items = found
                .into_iter()
                .map(|u| {
                    html! {
                        <li>
                            <button type="button" class="uni-pick" data-university={u.name_en.clone()} onclick={pick(u.name_en.clone())}>
                                { described(lang, u) }
                            </button>
                        </li>
                    }
                })
                .collect::<Html>();
            (count, items)
        }
        Loaded::Loading => (texts.t(&UI.uni_loading).to_owned(), Html::default()),
        Loaded::Failed => (texts.t(&UI.uni_unavailable).to_owned(), Html::default()),
        _ => (String::new(), Html::default()),
    };
    let picked = (!form.top_university_name.is_empty()).then(|| {
        let name = match &*list {
            Loaded::Ready(list) => list
                .find(&form.top_university_name)
                .map_or_else(|| form.top_university_name.clone(), |u| described(lang, u)),
            _ => form.top_university_name.clone(),
        };
        html! {
            <p class="uni-picked" data-picked={form.top_university_name.clone()}>
                { fill(texts.t(&UI.uni_picked), &[&name]) }{ " " }
                <button type="button" class="link-button" onclick={clear}>{ texts.t(&UI.uni_clear) }</button>
            </p>
        }
    });
    // The list's own note, in its Japanese beside the translation (the Japanese text has it).
    let note = match &*list {
        Loaded::Ready(list) => list.note_ja.clone(),
        _ => String::new(),
    };
    html! {
        <div class="university-search" data-university-search="">
            <label for="hsp-university-query">{ texts.t(&UI.uni_search_label) }</label>
            <input id="hsp-university-query" ref={field} type="search" autocomplete="off" value={(*query).clone()}
                aria-describedby="hsp-university-help" onfocus={load} {oninput} />
            <p class="help" id="hsp-university-help">{ texts.t(&UI.uni_search_help) }</p>
            <p class={classes!("uni-count", matches!(*list, Loaded::Failed).then_some("warning"))} role="status" aria-live="polite">{ count }</p>
            <ul class="uni-results">{ found }</ul>
            { for picked }
            if form.bonuses.has(Bonus::TopUniversity) {
                { ChoiceField {
                    path: "top_university_route".into(),
                    label: AttrValue::Static(texts.t(&UI.uni_route_label)),
                    options: route_options,
                    selected: AttrValue::Static(form.top_university_route.map_or("", TopUniversityRoute::code)),
                    onchange: on_route,
                    ..ChoiceField::default()
                }.view(&state) }
            }
            <p class="note">
                { texts.t(&UI.uni_list_date) }
                if !note.is_empty() && lang != Lang::Ja { <span lang="ja">{ " 「" }{ note }{ "」" }</span> }
            </p>
            <p class="note">{ texts.t(&UI.uni_other_ways) }</p>
        </div>
    }
}
