//! The widget's root: restores the form (share link first, then saved state), picks the
//! language, keeps the state saved, and lays out the form and the results.

use yew::prelude::*;

use super::browser;
use super::context::StateHandle;
use super::lang_switch::LanguageSwitch;
use super::profile_form::ProfileForm;
use super::results::Results;
use super::share_bar::ShareBar;
use super::state::{Notice, State};
use crate::form::{Form, SalaryUnit};
use crate::i18n::{Lang, ui::UI};
use crate::rules::Value;
use crate::share::{self, Fragment};

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The host's choice of language (`lang` / `data-lang`), over the browser's.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
}

/// The saved state: the profile, the interface language and the salary unit.
fn saved() -> Option<(Form, Option<Lang>)> {
    let text = browser::load(share::STORAGE_KEY)?;
    let value = browser::parse_json(&text)?;
    let unit = value
        .get("unit")
        .and_then(|u| match u {
            Value::String(s) => SalaryUnit::from_code(s),
            _ => None,
        })
        .unwrap_or_default();
    let lang = match value.get("lang") {
        Some(Value::String(tag)) => Lang::from_tag(tag),
        _ => None,
    };
    let (form, _) = Form::from_value(value.get("profile")?, unit);
    Some((form, lang))
}

fn save(state: &State) {
    let value = Value::Object(vec![
        ("profile".to_owned(), state.profile()),
        (
            "lang".to_owned(),
            Value::String(state.lang.tag().to_owned()),
        ),
        (
            "unit".to_owned(),
            Value::String(state.form.salary_unit.code().to_owned()),
        ),
    ]);
    browser::save(share::STORAGE_KEY, &value.to_json());
}

fn initial_state(props: &AppProps) -> State {
    let today = browser::today_in_japan();
    let saved = saved();
    let attribute = props.lang.as_deref().and_then(Lang::from_tag);
    let from_browser = || {
        browser::browser_languages()
            .iter()
            .find_map(|tag| Lang::from_tag(tag))
    };
    let lang = attribute
        .or_else(|| saved.as_ref().and_then(|(_, lang)| *lang))
        .or_else(from_browser)
        .unwrap_or_default();
    let unit = saved
        .as_ref()
        .map_or_else(SalaryUnit::default, |(form, _)| form.salary_unit);
    let (form, notice, skipped) = match share::read_fragment(&browser::location_hash()) {
        Fragment::Profile(text) => match browser::parse_json(&text) {
            Some(value) => {
                let (form, skipped) = Form::from_value(&value, unit);
                let notice = if skipped.is_empty() {
                    Notice::RestoredFromLink
                } else {
                    Notice::RestoredPartly
                };
                (form, Some(notice), skipped)
            }
            None => (
                saved.map(|(f, _)| f).unwrap_or_default(),
                Some(Notice::LinkUnreadable),
                Vec::new(),
            ),
        },
        Fragment::Unreadable => (
            saved.map(|(f, _)| f).unwrap_or_default(),
            Some(Notice::LinkUnreadable),
            Vec::new(),
        ),
        Fragment::None => (saved.map(|(f, _)| f).unwrap_or_default(), None, Vec::new()),
    };
    let mut state = State::new(form, lang, today);
    state.notice = notice;
    state.skipped = std::rc::Rc::new(skipped);
    state
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state: StateHandle = use_reducer({
        let props = props.clone();
        move || initial_state(&props)
    });
    // A host that changes its language attribute re-renders in place.
    {
        let state = state.clone();
        use_effect_with(props.lang.clone(), move |lang| {
            if let Some(lang) = lang.as_deref().and_then(Lang::from_tag)
                && lang != state.lang
            {
                state.dispatch(super::state::Action::SetLang(lang));
            }
        });
    }
    {
        let snapshot = (state.form.clone(), state.lang);
        let state = state.clone();
        use_effect_with(snapshot, move |_| save(&state));
    }
    let texts = state.lang;
    html! {
        <ContextProvider<StateHandle> context={state.clone()}>
            <div class="hsp-pr" lang={state.lang.tag()} part="root">
                <header class="widget-header" part="header">
                    <div>
                        <h1>{ texts.pick(&UI.title) }</h1>
                        <p class="subtitle">{ texts.pick(&UI.subtitle) }</p>
                    </div>
                    <LanguageSwitch />
                </header>
                <ShareBar />
                <div class="layout">
                    <ProfileForm />
                    <Results />
                </div>
            </div>
        </ContextProvider<StateHandle>>
    }
}
