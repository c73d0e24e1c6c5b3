//! The children's birth dates: a list that grows and shrinks, each date with its errors.

use std::rc::Rc;

use yew::prelude::*;

use super::context::{StateHandle, Texts};
use super::state::Action;
use super::text_field::TextField;
use crate::i18n::{fill, ui::UI};
use crate::widget::form::Form;

pub fn children_field(state: &StateHandle) -> Html {
    let texts = Texts(state.lang);
    let add = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Edit(Rc::new(|form: &mut Form| {
                form.children.push(String::new())
            })));
        })
    };
    let rows = state.form.children.iter().enumerate().map(|(index, birth)| {
        let number = index.saturating_add(1).to_string();
        let oninput = {
            let state = state.clone();
            Callback::from(move |value: String| {
                state.dispatch(Action::Edit(Rc::new(move |form: &mut Form| {
                    if let Some(slot) = form.children.get_mut(index) {
                        slot.clone_from(&value);
                    }
                })));
            })
        };
        let remove = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| {
                state.dispatch(Action::Edit(Rc::new(move |form: &mut Form| {
                    if index < form.children.len() {
                        form.children.remove(index);
                    }
                })));
            })
        };
        html! {
            <div class="child-row" key={index}>
                { TextField {
                    path: format!("household.children[{index}].birth_date").into(),
                    label: fill(texts.t(&UI.child_birth_date), &[number.as_str()]).into(),
                    date: true,
                    value: birth.clone().into(),
                    oninput,
                    ..TextField::default()
                }.view(state) }
                <button type="button" class="link" onclick={remove}>{ fill(texts.t(&UI.remove_child), &[number.as_str()]) }</button>
            </div>
        }
    });
    html! {
        <div class="group" role="group" aria-label={texts.t(&UI.children)}>
            <p class="group-label">{ texts.t(&UI.children) }</p>
            { for rows }
            <button type="button" class="secondary" onclick={add} data-action="add-child">{ texts.t(&UI.add_child) }</button>
        </div>
    }
}
