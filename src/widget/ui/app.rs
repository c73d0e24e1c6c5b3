//! The widget's root: restores the form (a share link once, else the saved answers), picks
//! the language, keeps the answers where the person chose to, and lays out the form and the
//! results.
//!
//! A share link (issue #11) is read once: its fragment leaves the address bar at once, and
//! its answers are shown as a link's, saved over nothing, until the person edits them (then
//! they are theirs) or goes back to their own. Moving the element in the page shows the same
//! link's answers again (this page remembers them); a reload shows the person's own.

use yew::prelude::*;

use super::browser;
use super::context::StateHandle;
use super::cta::Cta;
use super::events;
use super::lang_switch::LanguageSwitch;
use super::language::switch_language;
use super::link_notice::LinkNotice;
use super::profile_form::ProfileForm;
use super::results::Results;
use super::state::{Action, FromLink, Notice, SAVED_DAYS, Saving, State};
use crate::i18n::{Lang, packs, ui::UI};
use crate::rules::profile::Category;
use crate::rules::{Date, Value};
use crate::widget::form::{Form, MONEY_PATHS};
use crate::widget::money::MoneyUnit;
use crate::widget::share::{self, Fragment};

/// What a host page sets (the element's attributes, CONTRACT-free: interface only).
#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The host's choice of language (`lang` / `data-lang`), over the saved one and the browser's.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// The initial category (`a`, `b`, `c`); a later change switches it, keeping what was typed.
    #[prop_or_default]
    pub category: Option<AttrValue>,
    /// A "book a consultation" link of the host, shown with `cta_label`.
    #[prop_or_default]
    pub cta_href: Option<AttrValue>,
    #[prop_or_default]
    pub cta_label: Option<AttrValue>,
    /// The element events are dispatched on (`hsp-pr:result`, `hsp-pr:cta`).
    #[prop_or_default]
    pub host: Option<web_sys::Element>,
    /// Where the state is saved; several instances on one page use one key each.
    #[prop_or(AttrValue::Static(share::STORAGE_KEY))]
    pub storage_key: AttrValue,
    /// The host's `save="off"`: nothing is kept in the browser.
    #[prop_or_default]
    pub save_off: bool,
}

thread_local! {
    /// The share links this page has read and their answers not yet made anyone's own, by
    /// storage key: so an instance moved in the page (removed and added again) shows them
    /// again, while the address bar no longer holds them.
    static PENDING_LINKS: std::cell::RefCell<Vec<(String, Form)>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn pending_link(key: &str) -> Option<Form> {
    PENDING_LINKS.with(|links| {
        links
            .borrow()
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, form)| form.clone())
    })
}

fn set_pending_link(key: &str, form: Option<Form>) {
    PENDING_LINKS.with(|links| {
        let mut links = links.borrow_mut();
        links.retain(|(k, _)| k != key);
        links.extend(form.map(|form| (key.to_owned(), form)));
    });
}

/// Where the person's choice of keeping their answers is kept (not their answers):
/// `hsp-pr:saving:v1` beside `hsp-pr:v1`, `hsp-pr:saving:v1:<id>` beside `hsp-pr:v1:<id>`.
fn choice_key(key: &str) -> String {
    key.replacen(share::STORAGE_KEY, "hsp-pr:saving:v1", 1)
}

/// The saving choice: off by the host's attribute; else as the person chose; else on, but
/// off in a file opened from disk (Chromium lets every such file read the others' storage).
fn saving_of(props: &AppProps) -> Saving {
    if props.save_off {
        return Saving::Disabled;
    }
    match browser::load(&choice_key(&props.storage_key)).as_deref() {
        Some("on") => Saving::On,
        Some("off") => Saving::Off,
        _ if browser::is_file_page() => Saving::Off,
        _ => Saving::On,
    }
}

/// What the saved state holds.
enum Saved {
    Nothing,
    /// There, but not readable at all (damaged, or from an unknown version).
    Unreadable,
    /// There, but older than `SAVED_DAYS`: removed.
    Expired,
    /// The form, the interface language, and the fields that could not be read.
    Found(Box<Form>, Option<Lang>, Vec<String>),
}

/// The saved state: the profile, the interface language and the salary unit.
fn saved(key: &str, today: Date) -> Saved {
    let Some(text) = browser::load(key) else {
        return Saved::Nothing;
    };
    let Some(value) = browser::parse_json(&text) else {
        return Saved::Unreadable;
    };
    // Answers from before the saving date was kept count as saved today.
    let saved_on = match value.get("saved_on") {
        Some(Value::String(day)) => Date::parse(day),
        _ => None,
    };
    if saved_on.is_some_and(|day| day.days_until(today) > SAVED_DAYS) {
        browser::forget(key);
        return Saved::Expired;
    }
    let Some(profile @ Value::Object(_)) = value.get("profile") else {
        return Saved::Unreadable;
    };
    let unit_of = |v: Option<&Value>| match v {
        Some(Value::String(s)) => MoneyUnit::from_code(s),
        _ => None,
    };
    let unit = unit_of(value.get("unit")).unwrap_or_default();
    let (mut form, skipped) = Form::from_value(profile, unit);
    // Each amount in the unit it was typed in (saved since issue #12).
    if let Some(units) = value.get("units") {
        form.set_units(profile, |path| unit_of(units.get(path)));
    }
    Saved::Found(Box::new(form), saved_language(&value), skipped)
}

/// The interface language in a saved state.
fn saved_language(saved: &Value) -> Option<Lang> {
    match saved.get("lang") {
        Some(Value::String(tag)) => Lang::from_tag(tag),
        _ => None,
    }
}

fn save(key: &str, state: &State) {
    let value = Value::Object(vec![
        (
            "saved_on".to_owned(),
            Value::String(state.today.to_string()),
        ),
        ("profile".to_owned(), state.profile().clone()),
        (
            "lang".to_owned(),
            Value::String(state.lang.tag().to_owned()),
        ),
        (
            "unit".to_owned(),
            Value::String(state.form.salary.unit.code().to_owned()),
        ),
        (
            "units".to_owned(),
            Value::Object(
                MONEY_PATHS
                    .iter()
                    .filter_map(|path| {
                        let unit = state.form.money(path)?.unit;
                        Some(((*path).to_owned(), Value::String(unit.code().to_owned())))
                    })
                    .collect(),
            ),
        ),
    ]);
    browser::save(key, &value.to_json());
}

fn initial_state(props: &AppProps) -> State {
    let today = browser::today_in_japan();
    let key = props.storage_key.as_str();
    let (saved_form, saved_lang, saved_notice, saved_skipped) = match saved(key, today) {
        Saved::Nothing => (None, None, None, Vec::new()),
        Saved::Unreadable => (None, None, Some(Notice::SavedUnreadable), Vec::new()),
        Saved::Expired => (None, None, Some(Notice::SavedExpired), Vec::new()),
        Saved::Found(form, lang, skipped) => {
            let notice = (!skipped.is_empty()).then_some(Notice::SavedPartly);
            (Some(*form), lang, notice, skipped)
        }
    };
    // The loader has fetched the words of this language before mounting; should they not
    // have arrived, English, and a notice that says so.
    let wanted = language_of(props, saved_lang);
    let lang = if packs::is_available(wanted) {
        wanted
    } else {
        Lang::En
    };
    let unit = saved_form
        .as_ref()
        .map_or_else(MoneyUnit::default, |form| form.salary.unit);
    let has_saved = saved_form.is_some();
    // A share link is read once (the first instance to mount takes it) and leaves the
    // address bar at once; a damaged one leaves the saved answers as they were.
    let fragment = share::read_fragment(&browser::location_hash());
    if !matches!(fragment, Fragment::None) {
        browser::clear_location_hash();
    }
    let link = match &fragment {
        Fragment::Profile(text) => match browser::parse_json(text) {
            Some(value) => {
                let (form, skipped) = Form::from_value(&value, unit);
                set_pending_link(key, Some(form.clone()));
                let notice = if skipped.is_empty() {
                    Notice::RestoredFromLink
                } else {
                    Notice::RestoredPartly
                };
                Some((form, notice, skipped))
            }
            None => None,
        },
        _ => None,
    };
    let link_unreadable = matches!(fragment, Fragment::Unreadable)
        || matches!(&fragment, Fragment::Profile(_)) && link.is_none();
    let link =
        link.or_else(|| pending_link(key).map(|form| (form, Notice::RestoredFromLink, Vec::new())));
    let (form, notice, skipped, from_link) = match link {
        Some((form, notice, skipped)) => (
            form,
            Some(notice),
            skipped,
            Some(FromLink {
                own: saved_form.clone(),
            }),
        ),
        None => (
            saved_form.unwrap_or_default(),
            if link_unreadable {
                Some(Notice::LinkUnreadable)
            } else {
                saved_notice
            },
            saved_skipped,
            None,
        ),
    };
    // The host's category applies to a fresh form; a saved or shared one keeps its own.
    let mut form = form;
    if from_link.is_none()
        && !has_saved
        && let Some(category) = props.category.as_deref().and_then(category_of)
    {
        form.category = category;
    }
    let mut state = State::new(form, lang, today);
    state.notice = notice.or((lang != wanted).then_some(Notice::LanguageUnavailable(wanted)));
    state.skipped = std::rc::Rc::new(skipped);
    state.storage_key = std::rc::Rc::from(key);
    state.from_link = from_link;
    state.saving = saving_of(props);
    state
}

/// The host's choice (`lang`), else the saved one, else the browser's, else English.
fn language_of(props: &AppProps, saved: Option<Lang>) -> Lang {
    let attribute = props.lang.as_deref().and_then(Lang::from_tag);
    let from_browser = || {
        browser::browser_languages()
            .iter()
            .find_map(|tag| Lang::from_tag(tag))
    };
    attribute
        .or(saved)
        .or_else(from_browser)
        .unwrap_or_default()
}

/// The language a widget with these props starts in, for the loader to fetch its words first
/// (only the saved language is read: the form is restored once, at mount).
pub fn chosen_language(props: &AppProps) -> Lang {
    let saved = browser::load(&props.storage_key)
        .and_then(|text| browser::parse_json(&text))
        .and_then(|value| saved_language(&value));
    language_of(props, saved)
}

fn category_of(code: &str) -> Option<Category> {
    Category::ALL.into_iter().find(|c| c.code() == code.trim())
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state: StateHandle = use_reducer({
        let props = props.clone();
        move || initial_state(&props)
    });
    // A host that changes its language attribute re-renders in place; the last value wins,
    // also over a language whose words are still on their way (issue #11).
    {
        let state = state.clone();
        use_effect_with(props.lang.clone(), move |lang| {
            if let Some(lang) = lang.as_deref().and_then(Lang::from_tag)
                && (lang != state.lang || state.loading_lang.is_some_and(|other| other != lang))
            {
                switch_language(&state, lang);
            }
        });
    }
    {
        let state = state.clone();
        use_effect_with(props.category.clone(), move |category| {
            if let Some(category) = category.as_deref().and_then(category_of)
                && category != state.form.category
            {
                state.dispatch(Action::Edit(std::rc::Rc::new(move |form: &mut Form| {
                    form.category = category
                })));
            }
        });
    }
    // The answers are kept where the person chose (and never a link's over their own); the
    // choice itself is kept too, unless the host turned saving off.
    {
        let snapshot = (
            state.form.clone(),
            state.lang,
            state.saving,
            state.from_link.is_some(),
        );
        let state = state.clone();
        let key = props.storage_key.clone();
        use_effect_with(snapshot, move |_| {
            match state.saving {
                Saving::On if state.from_link.is_none() => save(&key, &state),
                Saving::On => {}
                Saving::Off | Saving::Disabled => browser::forget(&key),
            }
            match state.saving {
                Saving::On => browser::save(&choice_key(&key), "on"),
                Saving::Off => browser::save(&choice_key(&key), "off"),
                Saving::Disabled => {}
            }
            if state.from_link.is_none() {
                set_pending_link(&key, None);
            }
        });
    }
    // Tell the host page the result (points, eligibility, earliest PR date) when it changes:
    // only the form's own, never one of stand-ins while a field is wrong or missing. Sent
    // once the render that shows it is in the DOM, from the render rather than an effect:
    // Yew runs a long first render's effects only after a painted frame
    // (`browser::after_this_task`).
    {
        let sent = use_mut_ref(|| None::<std::rc::Rc<crate::rules::Assessment>>);
        let own = state
            .errors
            .is_empty()
            .then(|| state.assessment.clone())
            .flatten();
        if *sent.borrow() != own {
            sent.replace(own.clone());
            if let (Some(host), Some(assessment)) = (props.host.clone(), own) {
                browser::after_this_task(move || {
                    if host.is_connected() {
                        events::result(&host, &assessment);
                    }
                });
            }
        }
    }
    view(state, props)
}

/// What the widget shows for a state: the same for the first client render and the
/// prerendered shell (`shell.rs`), which a test compares (issue #15).
pub(super) fn view(state: StateHandle, props: &AppProps) -> Html {
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
                if let (Some(href), Some(label)) = (props.cta_href.clone(), props.cta_label.clone()) {
                    <Cta {href} {label} host={props.host.clone()} />
                }
                <LinkNotice />
                <div class="layout">
                    <ProfileForm />
                    <Results />
                </div>
            </div>
        </ContextProvider<StateHandle>>
    }
}
