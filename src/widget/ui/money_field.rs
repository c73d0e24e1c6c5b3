//! A money field: the amount as typed, its own unit beside it, what it reads as, and a
//! question when the reading is implausible for a year's income ("¥780 — did you mean
//! ¥7,800,000 (780万円)?"). Changing the unit re-reads the text (`widget::money`).

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::context::{StateHandle, Texts};
use super::field_errors::{field_errors, field_id, is_invalid};
use super::state::Action;
use crate::i18n::{Lang, fill, format, ui::UI};
use crate::widget::form::Form;
use crate::widget::money::{MoneyUnit, Reading};

pub struct MoneyField {
    /// The profile path (`annual_salary_yen`, `household.spouse_annual_income_yen`, …).
    pub path: &'static str,
    pub label: AttrValue,
    pub help: Option<AttrValue>,
    /// The points of each salary band at this person's age.
    pub bands: Option<AttrValue>,
}

/// The amount in the language's convention, and in the other one ("¥7,800,000 (780万円)").
fn both(lang: Lang, yen: f64) -> String {
    let yen = yen.max(0.0) as u64;
    let other = if lang == Lang::En { Lang::Ja } else { Lang::En };
    format!("{} ({})", format::yen(lang, yen), format::yen(other, yen))
}

impl MoneyField {
    pub fn view(self, state: &StateHandle) -> Html {
        let texts = Texts(state.lang);
        let path = self.path;
        let Some(money) = state.form.money(path) else {
            return Html::default();
        };
        let invalid = is_invalid(state, path);
        let id = field_id(path);
        let (help_id, error_id, unit_id) = (
            format!("{id}-help"),
            format!("{id}-error"),
            format!("{id}-unit"),
        );
        let oninput = {
            let state = state.clone();
            Callback::from(move |e: InputEvent| {
                let text = e.target_unchecked_into::<HtmlInputElement>().value();
                state.dispatch(Action::Edit(Rc::new(move |form: &mut Form| {
                    if let Some(money) = form.money_mut(path) {
                        money.text = text.clone();
                    }
                })));
            })
        };
        let onchange = {
            let state = state.clone();
            Callback::from(move |e: Event| {
                let code = e.target_unchecked_into::<HtmlSelectElement>().value();
                let unit = MoneyUnit::from_code(&code).unwrap_or_default();
                state.dispatch(Action::SetUnit(path, unit));
            })
        };
        let lang = texts.0;
        let echo = match money.read() {
            Reading::Yen(yen) if yen >= 0.0 => Some(format!("= {}", both(lang, yen))),
            _ => None,
        };
        let suggestion = money.suggestion();
        let described = [
            self.help.as_ref().map(|_| help_id.clone()),
            suggestion.map(|_| format!("{id}-ask")),
            Some(error_id.clone()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        let unit_label = |unit: MoneyUnit| {
            texts.t(match unit {
                MoneyUnit::Yen => &UI.unit_yen,
                MoneyUnit::Man => &UI.unit_man_short,
            })
        };
        html! {
            <div class={classes!("field", "money", invalid.then_some("invalid"))} data-field={path}>
                <label for={id.clone()}>{ self.label }</label>
                <div class="input-row">
                    <input id={id.clone()} name={path} type="text" inputmode="decimal" autocomplete="off"
                        value={money.text.clone()} aria-describedby={described} aria-invalid={invalid.to_string()} {oninput} />
                    <label class="visually-hidden" for={unit_id.clone()}>{ texts.t(&UI.salary_unit) }</label>
                    <select id={unit_id} class="unit" {onchange}>
                        { for MoneyUnit::ALL.into_iter().map(|unit| html! {
                            <option value={unit.code()} selected={unit == money.unit}>{ unit_label(unit) }</option>
                        }) }
                    </select>
                </div>
                { field_errors(state, path, error_id, true) }
                if let Some(echo) = echo {
                    <p class="echo" data-echo="">{ echo }</p>
                }
                if let Some(s) = suggestion {
                    <p class="ask" id={format!("{id}-ask")} data-ask="">
                        { fill(texts.t(&UI.money_ask), &[&format::yen(lang, s.read_yen.max(0.0) as u64), &both(lang, s.yen)]) }
                        { " " }
                        <button type="button" class="link" onclick={
                            let state = state.clone();
                            Callback::from(move |_| state.dispatch(Action::SetUnit(path, s.unit)))
                        }>
                            { fill(texts.t(&UI.money_use), &[unit_label(s.unit)]) }
                        </button>
                    </p>
                }
                if let Some(bands) = self.bands {
                    <p class="bands" data-bands="">{ bands }</p>
                }
                if let Some(help) = self.help {
                    <p class="help" id={help_id}>{ help }</p>
                }
            </div>
        }
    }
}
