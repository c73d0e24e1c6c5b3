//! The widget's one reducer: the form as typed, the language, and the outcome the rules
//! give for it. Every edit re-evaluates through `rules` (the only place anything is computed).

use std::rc::Rc;

use yew::Reducible;

use crate::i18n::Lang;
use crate::rules::{Assessment, Date, FieldError, Value};
use crate::widget::form::Form;
use crate::widget::money::MoneyUnit;
use crate::widget::partial::{self, Gap};

/// A short message shown after an action (copy, restore…), by code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    LinkCopied,
    SummaryCopied,
    RestoredFromLink,
    /// Restored, but some fields of the link could not be read.
    RestoredPartly,
    LinkUnreadable,
    /// The saved answers were restored, but some fields could not be read.
    SavedPartly,
    /// The saved answers could not be read at all; the form starts fresh.
    SavedUnreadable,
    /// The words of this language did not arrive (`i18n::packs`); the language stays.
    LanguageUnavailable(Lang),
    /// Answers saved longer ago than `SAVED_DAYS` were removed.
    SavedExpired,
    /// "Start over" cleared the answers; they can be brought back until the next edit.
    Cleared,
}

/// Saved answers older than this many days are removed when the widget opens (README,
/// "Privacy").
pub const SAVED_DAYS: i64 = 180;

/// Whether the answers are kept in this browser (issue #11, "Privacy, by design").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saving {
    /// Kept (for `SAVED_DAYS`), which the widget says beside the choice.
    On,
    /// The person chose not to keep them (or, in a file opened from disk, has not chosen to).
    Off,
    /// The host turned saving off (`save="off"`): nothing is stored, not even the choice.
    Disabled,
}

/// A form that came from a share link and is not yet the person's own: their own saved
/// answers stay as they were (nothing is saved over them) until they edit the link's, and
/// they can go back to them.
#[derive(Clone, Debug, PartialEq)]
pub struct FromLink {
    /// The person's own answers to go back to; `None` when they had none.
    pub own: Option<Form>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub form: Form,
    /// The profile the form describes (built once per edit; read by the rules, the share
    /// link and the saved state).
    profile: Value,
    pub lang: Lang,
    /// A language whose words are on their way (`ui::language`).
    pub loading_lang: Option<Lang>,
    /// The evaluation date: today in Japan, read once at start.
    pub today: Date,
    /// The assessment of the current form; while fields are wrong or missing, of the rest
    /// of it (`widget::partial`).
    pub assessment: Option<Rc<Assessment>>,
    /// The current form's errors (empty when valid).
    pub errors: Rc<Vec<FieldError>>,
    /// The required inputs the assessment stands in for (empty when it is the form's own).
    pub gaps: Rc<Vec<Gap>>,
    /// The members left out because they are wrong (`widget::partial`).
    pub left_out: Rc<Vec<String>>,
    /// What the sheet read, for the points of each choice.
    pub inputs: Option<crate::rules::points::PointInputs>,
    /// The profile as the rules read it, when valid (`widget::partial`): the filled sheet's.
    pub decoded: Option<Rc<crate::rules::Profile>>,
    /// The form before "Start over", until the next edit: the way back.
    pub undo: Option<Rc<Form>>,
    pub notice: Option<Notice>,
    /// Fields of a restored link that could not be read.
    pub skipped: Rc<Vec<String>>,
    /// Where this instance keeps its answers (`hsp-pr:v1`, or `hsp-pr:v1:<id>`).
    pub storage_key: Rc<str>,
    /// Set while the form is a share link's, not yet the person's own.
    pub from_link: Option<FromLink>,
    pub saving: Saving,
}

pub enum Action {
    /// Change the form; the closure edits it in place.
    Edit(Rc<dyn Fn(&mut Form)>),
    SetLang(Lang),
    /// A language's words are on their way.
    LoadingLang(Lang),
    /// A language's words arrived (`true`) or did not (`false`): applied only if that
    /// language is still the one waited for (a later choice wins, issue #11).
    LangArrived(Lang, bool),
    /// Read the money field at this profile path in this unit (its text unchanged).
    SetUnit(&'static str, MoneyUnit),
    Notice(Option<Notice>),
    /// Leave a share link's answers for the person's own.
    BackToOwn,
    /// Keep the answers in this browser, or not.
    SetSaving(bool),
    Reset,
    /// Bring back the answers "Start over" cleared.
    Undo,
}

impl State {
    pub fn new(form: Form, lang: Lang, today: Date) -> State {
        let mut state = State {
            profile: form.to_value(),
            form,
            lang,
            loading_lang: None,
            today,
            assessment: None,
            errors: Rc::default(),
            gaps: Rc::default(),
            left_out: Rc::default(),
            inputs: None,
            decoded: None,
            undo: None,
            notice: None,
            skipped: Rc::default(),
            storage_key: Rc::from(crate::widget::share::STORAGE_KEY),
            from_link: None,
            saving: Saving::On,
        };
        state.evaluate();
        state
    }

    /// The profile the form describes, evaluated on `today`.
    pub fn profile(&self) -> &Value {
        &self.profile
    }

    fn evaluate(&mut self) {
        self.profile = self.form.to_value();
        let outcome = partial::evaluate(&self.profile, self.today);
        self.assessment = outcome.assessment.map(Rc::new);
        self.errors = Rc::new(outcome.errors);
        self.gaps = Rc::new(outcome.gaps);
        self.inputs = outcome.inputs;
        self.decoded = outcome.profile.map(Rc::new);
        self.left_out = Rc::new(outcome.left_out);
    }

    /// Whether any household answer was given (else the family answers are unknown).
    pub fn family_given(&self) -> bool {
        self.profile.get("household").is_some()
    }

    /// The answers at a glance (`widget::answers`), as every face of the widget words them.
    pub fn glance(&self) -> Option<crate::widget::answers::Glance> {
        let a = self.assessment.as_ref()?;
        Some(crate::widget::answers::glance(
            a,
            crate::widget::answers::Known {
                gaps: &self.gaps,
                left_out: &self.left_out,
                status: self.form.status,
                family_given: self.family_given(),
            },
        ))
    }

    /// The copied summary of the current result.
    pub fn summary(&self) -> Option<String> {
        let a = self.assessment.as_ref()?;
        let glance = self.glance()?;
        Some(crate::widget::summary::summary(
            a,
            self.lang,
            &glance,
            self.inputs.as_ref(),
            &self.gaps,
        ))
    }

    /// The errors of one field (by its profile path).
    pub fn errors_of<'a>(&'a self, path: &'a str) -> impl Iterator<Item = &'a FieldError> + 'a {
        self.errors.iter().filter(move |e| e.field == path)
    }

    /// The form is only missing its required fields (a fresh start), nothing wrong.
    pub fn only_missing(&self) -> bool {
        // Only the age and the salary: any other missing member (a child's date of birth)
        // is a field to mark (review of #12).
        !self.errors.is_empty()
            && self.errors.iter().all(|e| {
                e.code == crate::rules::decode::ErrorCode::Missing
                    && matches!(e.field.as_str(), "age" | "birth_date" | "annual_salary_yen")
            })
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(edit) => {
                edit(&mut next.form);
                next.notice = None;
                next.undo = None;
                // Edited, a link's answers become the person's own, and are saved as such.
                next.from_link = None;
                next.evaluate();
            }
            Action::BackToOwn => {
                if let Some(link) = next.from_link.take() {
                    next.form = link.own.unwrap_or_default();
                    next.notice = None;
                    next.skipped = Rc::default();
                    next.evaluate();
                }
            }
            Action::SetSaving(on) if self.saving != Saving::Disabled => {
                next.saving = if on { Saving::On } else { Saving::Off };
            }
            Action::SetSaving(_) => {}
            Action::SetLang(lang) => {
                next.lang = lang;
                next.loading_lang = None;
            }
            Action::LoadingLang(lang) => next.loading_lang = Some(lang),
            Action::LangArrived(lang, arrived) if self.loading_lang == Some(lang) => {
                next.loading_lang = None;
                if arrived {
                    next.lang = lang;
                } else {
                    next.notice = Some(Notice::LanguageUnavailable(lang));
                }
            }
            Action::LangArrived(..) => {}
            Action::SetUnit(path, unit) => {
                if let Some(money) = next.form.money_mut(path) {
                    money.unit = unit;
                }
                next.from_link = None;
                next.evaluate();
            }
            Action::Notice(notice) => next.notice = notice,
            Action::Reset => {
                next = State::new(Form::default(), self.lang, self.today);
                next.storage_key = self.storage_key.clone();
                next.saving = self.saving;
                next.undo = Some(Rc::new(self.form.clone()));
                next.notice = Some(Notice::Cleared);
            }
            Action::Undo => {
                if let Some(form) = self.undo.clone() {
                    next.form = (*form).clone();
                    next.undo = None;
                    next.notice = None;
                    next.evaluate();
                }
            }
        }
        Rc::new(next)
    }
}
