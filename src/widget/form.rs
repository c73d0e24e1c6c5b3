//! The widget's form as typed: every text field kept as the person wrote it, so nothing is
//! lost while a value is invalid. [`Form::to_value`] turns it into the CONTRACT.md profile
//! (the rules decide what is valid, and say so per field); [`Form::from_value`] restores a
//! form from a profile (share link, saved state) without ever failing.
//!
//! Pure Rust: the share link and saved-state round trips are tested natively.

use super::money::{Money, MoneyUnit, normalise_number, scaled_integer};
use crate::rules::Value;
use crate::rules::evidence::DOCUMENTS;
use crate::rules::profile::{
    Bonus, Bonuses, Category, Education, Japanese, Position, Research, ResearchItems, Status,
    TopUniversityRoute,
};

/// The sheet on a look-back date as the person answers it (V23): every member "not said"
/// until answered, so that what is not said stays an assumption the results name.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PastForm {
    pub education: Option<Education>,
    pub multiple_degrees: Option<bool>,
    pub japanese: Option<Japanese>,
    pub qualifications: String,
    pub position: Option<Position>,
    /// The research items answered, and whether each was held then.
    pub research: Vec<(Research, bool)>,
    /// The bonuses answered, and whether each was held then.
    pub bonuses: Vec<(Bonus, bool)>,
}

impl PastForm {
    fn is_empty(&self) -> bool {
        *self == PastForm::default()
    }

    /// Whether `bonus` was held then: `None` until answered.
    pub fn bonus(&self, bonus: Bonus) -> Option<bool> {
        self.bonuses
            .iter()
            .find(|(b, _)| *b == bonus)
            .map(|(_, held)| *held)
    }
    pub fn research_item(&self, item: Research) -> Option<bool> {
        self.research
            .iter()
            .find(|(r, _)| *r == item)
            .map(|(_, held)| *held)
    }
    /// Answers (or, with `None`, un-answers) whether `bonus` was held then.
    pub fn set_bonus(&mut self, bonus: Bonus, held: Option<bool>) {
        self.bonuses.retain(|(b, _)| *b != bonus);
        self.bonuses.extend(held.map(|held| (bonus, held)));
    }
    pub fn set_research_item(&mut self, item: Research, held: Option<bool>) {
        self.research.retain(|(r, _)| *r != item);
        self.research.extend(held.map(|held| (item, held)));
    }

    fn to_value(&self) -> Option<Value> {
        if self.is_empty() {
            return None;
        }
        let held = |items: Vec<(&'static str, bool)>| {
            (!items.is_empty()).then(|| {
                Value::Object(
                    items
                        .into_iter()
                        .map(|(code, held)| (code.to_owned(), Value::Bool(held)))
                        .collect(),
                )
            })
        };
        let code = |c: &'static str| Value::String(c.to_owned());
        Some(object(vec![
            ("education", self.education.map(|e| code(e.code()))),
            ("multiple_degrees", self.multiple_degrees.map(Value::Bool)),
            ("japanese", self.japanese.map(|j| code(j.code()))),
            ("qualifications", number(&self.qualifications, false)),
            ("position", self.position.map(|p| code(p.code()))),
            (
                "research",
                held(self.research.iter().map(|(r, h)| (r.code(), *h)).collect()),
            ),
            (
                "bonuses",
                held(self.bonuses.iter().map(|(b, h)| (b.code(), *h)).collect()),
            ),
        ]))
    }

    /// Reads a past sheet of a profile, naming in `skipped` what it could not read.
    fn read(&mut self, value: &Value, section: &str, skipped: &mut Vec<String>) -> bool {
        read_members(value, section, skipped, |key, v| match key {
            "education" => choice(v, &Education::ALL, Education::code)
                .map(|e| self.education = Some(e))
                .is_some(),
            "multiple_degrees" => boolean(v)
                .map(|b| self.multiple_degrees = Some(b))
                .is_some(),
            "japanese" => choice(v, &Japanese::ALL, Japanese::code)
                .map(|j| self.japanese = Some(j))
                .is_some(),
            "qualifications" => number_text(v).map(|s| self.qualifications = s).is_some(),
            "position" => choice(v, &Position::ALL, Position::code)
                .map(|p| self.position = Some(p))
                .is_some(),
            "research" => held_map(v, &Research::ALL, Research::code)
                .map(|items| self.research = items)
                .is_some(),
            "bonuses" => held_map(v, &Bonus::ALL, Bonus::code)
                .map(|items| self.bonuses = items)
                .is_some(),
            _ => false,
        })
    }
}

/// The profile paths of the form's money fields.
pub const MONEY_PATHS: [&str; 4] = [
    "annual_salary_yen",
    "household.spouse_annual_income_yen",
    "residence.salary_1y_before_yen",
    "residence.salary_3y_before_yen",
];

#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    pub category: Category,
    pub birth_date: String,
    pub age: String,
    pub education: Education,
    pub multiple_degrees: bool,
    pub experience_years: String,
    pub salary: Money,
    pub research: ResearchItems,
    pub qualifications: String,
    pub position: Position,
    pub japanese: Japanese,
    pub bonuses: Bonuses,
    /// ⑰: which way, and the university picked from the official list (or typed).
    pub top_university_route: Option<TopUniversityRoute>,
    pub top_university_name: String,
    /// The evidence documents ticked as gathered (`rules::evidence::DOCUMENTS` ids).
    pub evidence_gathered: Vec<&'static str>,
    // Household
    /// Whether there is a spouse: `None` not said (V20).
    pub has_spouse: Option<bool>,
    pub spouse_income: Money,
    pub children: Vec<String>,
    pub pregnancy: bool,
    pub spouse_cannot_do_housework: bool,
    pub spouse_japanese_or_pr: bool,
    pub married_since: String,
    // Residence: `None` leaves the whole section out of the profile.
    pub status: Option<Status>,
    pub in_japan_since: String,
    pub work_status_since: String,
    pub hsp_since: String,
    pub points_70_since: String,
    pub points_80_since: String,
    pub jskip_since: String,
    pub current_status_since: String,
    pub pr_since: String,
    pub salary_1y: Money,
    pub salary_3y: Money,
    /// The rest of the sheet one and three years back (V23).
    pub past_1y: PastForm,
    pub past_3y: PastForm,
}

impl Default for Form {
    /// A blank form in category (b), the most common, with nothing claimed.
    fn default() -> Form {
        Form {
            category: Category::B,
            birth_date: String::new(),
            age: String::new(),
            education: Education::None,
            multiple_degrees: false,
            experience_years: String::new(),
            salary: Money::default(),
            research: ResearchItems::default(),
            qualifications: String::new(),
            position: Position::None,
            japanese: Japanese::None,
            bonuses: Bonuses::default(),
            top_university_route: None,
            top_university_name: String::new(),
            evidence_gathered: Vec::new(),
            has_spouse: None,
            spouse_income: Money::default(),
            children: Vec::new(),
            pregnancy: false,
            spouse_cannot_do_housework: false,
            spouse_japanese_or_pr: false,
            married_since: String::new(),
            status: None,
            in_japan_since: String::new(),
            work_status_since: String::new(),
            hsp_since: String::new(),
            points_70_since: String::new(),
            points_80_since: String::new(),
            jskip_since: String::new(),
            current_status_since: String::new(),
            pr_since: String::new(),
            salary_1y: Money::default(),
            salary_3y: Money::default(),
            past_1y: PastForm::default(),
            past_3y: PastForm::default(),
        }
    }
}

/// A number field: a JSON number when it parses, the raw text otherwise (the rules then
/// report `wrong_type` on that field), nothing when empty.
fn number(text: &str, decimals_allowed: bool) -> Option<Value> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return None;
    }
    let normal = normalise_number(trimmed);
    let parsed = if decimals_allowed {
        crate::widget::decimal::parse(&normal)
    } else {
        scaled_integer(&normal, 0).or_else(|| crate::widget::decimal::parse(&normal))
    };
    Some(parsed.map_or_else(|| Value::String(text.to_owned()), Value::Number))
}

fn text(value: &str) -> Option<Value> {
    let trimmed = value.trim();
    (!trimmed.is_empty()).then(|| Value::String(trimmed.to_owned()))
}

fn names<T: Copy>(items: impl Iterator<Item = T>, code: fn(T) -> &'static str) -> Value {
    Value::Array(
        items
            .map(|item| Value::String(code(item).to_owned()))
            .collect(),
    )
}

/// Builds an object from optional members (absent ones are left out).
fn object(members: Vec<(&str, Option<Value>)>) -> Value {
    Value::Object(
        members
            .into_iter()
            .filter_map(|(key, value)| value.map(|v| (key.to_owned(), v)))
            .collect(),
    )
}

impl Form {
    /// The CONTRACT.md profile this form describes, without `as_of` (the caller adds the
    /// evaluation date; a shared link is evaluated on the day it is opened).
    pub fn to_value(&self) -> Value {
        // Without a spouse, the spouse's fields stay in the form (nothing typed is lost) but
        // out of the profile, which would otherwise contradict itself (V20).
        let spouse = self.has_spouse != Some(false);
        let household = self.has_household().then(|| {
            object(vec![
                ("has_spouse", self.has_spouse.map(Value::Bool)),
                (
                    "spouse_annual_income_yen",
                    self.spouse_income.to_value().filter(|_| spouse),
                ),
                (
                    "children",
                    Some(Value::Array(
                        self.children
                            .iter()
                            .map(|birth| {
                                object(vec![("birth_date", text(birth).or(Some(Value::Null)))])
                            })
                            .collect(),
                    )),
                ),
                ("pregnancy", Some(Value::Bool(self.pregnancy))),
                (
                    "spouse_cannot_do_housework",
                    Some(Value::Bool(self.spouse_cannot_do_housework && spouse)),
                ),
                (
                    "spouse_japanese_or_pr",
                    Some(Value::Bool(self.spouse_japanese_or_pr && spouse)),
                ),
                (
                    "married_since",
                    text(&self.married_since).filter(|_| spouse),
                ),
            ])
        });
        let residence = self.status.map(|status| {
            object(vec![
                (
                    "current_status",
                    Some(Value::String(status.code().to_owned())),
                ),
                ("in_japan_since", text(&self.in_japan_since)),
                ("work_status_since", text(&self.work_status_since)),
                ("hsp_since", text(&self.hsp_since)),
                ("points_70_since", text(&self.points_70_since)),
                ("points_80_since", text(&self.points_80_since)),
                ("jskip_since", text(&self.jskip_since)),
                ("current_status_since", text(&self.current_status_since)),
                ("pr_since", text(&self.pr_since)),
                ("salary_1y_before_yen", self.salary_1y.to_value()),
                ("salary_3y_before_yen", self.salary_3y.to_value()),
                ("sheet_1y_before", self.past_1y.to_value()),
                ("sheet_3y_before", self.past_3y.to_value()),
            ])
        });
        object(vec![
            ("version", Some(Value::Number(1.0))),
            (
                "category",
                Some(Value::String(self.category.code().to_owned())),
            ),
            ("birth_date", text(&self.birth_date)),
            // With a birth date the age field is hidden; sending both would contradict.
            (
                "age",
                if self.birth_date.trim().is_empty() {
                    number(&self.age, false)
                } else {
                    None
                },
            ),
            (
                "education",
                Some(Value::String(self.education.code().to_owned())),
            ),
            // Below a master's the +5 cannot apply (S1 注2); the tick stays in the form, out of
            // the profile, so changing the degree never makes the profile contradict itself.
            (
                "multiple_degrees",
                Some(Value::Bool(
                    self.multiple_degrees && self.education.is_graduate(),
                )),
            ),
            ("experience_years", number(&self.experience_years, true)),
            ("annual_salary_yen", self.salary.to_value()),
            (
                "research",
                Some(names(self.research.iter(), Research::code)),
            ),
            ("qualifications", number(&self.qualifications, false)),
            (
                "position",
                Some(Value::String(self.position.code().to_owned())),
            ),
            (
                "japanese",
                Some(Value::String(self.japanese.code().to_owned())),
            ),
            ("bonuses", Some(names(self.bonuses.iter(), Bonus::code))),
            (
                "top_university_route",
                self.top_university_route
                    .map(|r| Value::String(r.code().to_owned())),
            ),
            ("top_university_name", text(&self.top_university_name)),
            (
                "evidence_gathered",
                (!self.evidence_gathered.is_empty()).then(|| {
                    Value::Array(
                        self.evidence_gathered
                            .iter()
                            .map(|id| Value::String((*id).to_owned()))
                            .collect(),
                    )
                }),
            ),
            ("household", household),
            ("residence", residence),
        ])
    }

    fn has_household(&self) -> bool {
        self.has_spouse.is_some()
            || !self.spouse_income.text.trim().is_empty()
            || !self.children.is_empty()
            || self.pregnancy
            || self.spouse_cannot_do_housework
            || self.spouse_japanese_or_pr
            || !self.married_since.trim().is_empty()
    }

    /// A form from a profile: whatever can be read is taken, the rest stays blank. Returns
    /// the form and the names of the fields that could not be read, so the caller can say
    /// what was recovered (a link is never half-applied silently). Amounts are written in
    /// `unit`, the person's usual one.
    pub fn from_value(value: &Value, unit: MoneyUnit) -> (Form, Vec<String>) {
        let mut form = Form {
            salary: Money::new("", unit),
            spouse_income: Money::new("", unit),
            salary_1y: Money::new("", unit),
            salary_3y: Money::new("", unit),
            ..Form::default()
        };
        let mut skipped = Vec::new();
        let Value::Object(members) = value else {
            return (form, vec![String::new()]);
        };
        let yen_text = |v: &Value| match v {
            Value::Number(n) => Some(Money::of_yen(*n, unit)),
            Value::String(s) => Some(Money::new(s.clone(), unit)),
            _ => None,
        };
        for (key, v) in members {
            let ok = match key.as_str() {
                "version" | "as_of" => true,
                "category" => choice(v, &Category::ALL, Category::code)
                    .map(|c| form.category = c)
                    .is_some(),
                "birth_date" => string(v).map(|s| form.birth_date = s).is_some(),
                "age" => number_text(v).map(|s| form.age = s).is_some(),
                "education" => choice(v, &Education::ALL, Education::code)
                    .map(|e| form.education = e)
                    .is_some(),
                "multiple_degrees" => boolean(v).map(|b| form.multiple_degrees = b).is_some(),
                "experience_years" => number_text(v).map(|s| form.experience_years = s).is_some(),
                "annual_salary_yen" => yen_text(v).map(|s| form.salary = s).is_some(),
                "research" => list(v, &Research::ALL, Research::code)
                    .map(|r| form.research = r.into_iter().collect())
                    .is_some(),
                "qualifications" => number_text(v).map(|s| form.qualifications = s).is_some(),
                "position" => choice(v, &Position::ALL, Position::code)
                    .map(|p| form.position = p)
                    .is_some(),
                "japanese" => choice(v, &Japanese::ALL, Japanese::code)
                    .map(|j| form.japanese = j)
                    .is_some(),
                "bonuses" => list(v, &Bonus::ALL, Bonus::code)
                    .map(|b| form.bonuses = b.into_iter().collect())
                    .is_some(),
                "top_university_route" => {
                    choice(v, &TopUniversityRoute::ALL, TopUniversityRoute::code)
                        .map(|r| form.top_university_route = Some(r))
                        .is_some()
                }
                "top_university_name" => string(v).map(|s| form.top_university_name = s).is_some(),
                "evidence_gathered" => {
                    let ids: Vec<&'static str> = DOCUMENTS.iter().map(|(_, d)| d.id).collect();
                    list(v, &ids, std::convert::identity)
                        .map(|found| form.evidence_gathered = found)
                        .is_some()
                }
                "household" => form.read_household(v, &yen_text, &mut skipped),
                "residence" => form.read_residence(v, &yen_text, &mut skipped),
                _ => false,
            };
            if !ok {
                skipped.push(key.clone());
            }
        }
        (form, skipped)
    }

    fn read_household(
        &mut self,
        value: &Value,
        yen_text: &dyn Fn(&Value) -> Option<Money>,
        skipped: &mut Vec<String>,
    ) -> bool {
        read_members(value, "household", skipped, |key, v| match key {
            "has_spouse" => {
                matches!(v, Value::Null) || boolean(v).map(|b| self.has_spouse = Some(b)).is_some()
            }
            "spouse_annual_income_yen" => {
                matches!(v, Value::Null) || yen_text(v).map(|s| self.spouse_income = s).is_some()
            }
            "children" => match v {
                Value::Array(items) => {
                    self.children = items
                        .iter()
                        .map(|child| match child {
                            Value::Object(m) => m
                                .iter()
                                .find(|(k, _)| k == "birth_date")
                                .and_then(|(_, b)| string(b))
                                .unwrap_or_default(),
                            _ => String::new(),
                        })
                        .collect();
                    true
                }
                _ => false,
            },
            "pregnancy" => boolean(v).map(|b| self.pregnancy = b).is_some(),
            "spouse_cannot_do_housework" => boolean(v)
                .map(|b| self.spouse_cannot_do_housework = b)
                .is_some(),
            "spouse_japanese_or_pr" => boolean(v).map(|b| self.spouse_japanese_or_pr = b).is_some(),
            "married_since" => {
                matches!(v, Value::Null) || string(v).map(|s| self.married_since = s).is_some()
            }
            _ => false,
        })
    }

    fn read_residence(
        &mut self,
        value: &Value,
        yen_text: &dyn Fn(&Value) -> Option<Money>,
        skipped: &mut Vec<String>,
    ) -> bool {
        // The past sheets name their unreadable members here, merged after.
        let mut nested = Vec::new();
        let read = read_members(value, "residence", skipped, |key, v| {
            let date = |slot: &mut String| {
                matches!(v, Value::Null) || string(v).map(|s| *slot = s).is_some()
            };
            match key {
                "current_status" => choice(v, &Status::ALL, Status::code)
                    .map(|s| self.status = Some(s))
                    .is_some(),
                "in_japan_since" => date(&mut self.in_japan_since),
                "work_status_since" => date(&mut self.work_status_since),
                "hsp_since" => date(&mut self.hsp_since),
                "points_70_since" => date(&mut self.points_70_since),
                "points_80_since" => date(&mut self.points_80_since),
                "jskip_since" => date(&mut self.jskip_since),
                "current_status_since" => date(&mut self.current_status_since),
                "pr_since" => date(&mut self.pr_since),
                "salary_1y_before_yen" => {
                    matches!(v, Value::Null) || yen_text(v).map(|s| self.salary_1y = s).is_some()
                }
                "salary_3y_before_yen" => {
                    matches!(v, Value::Null) || yen_text(v).map(|s| self.salary_3y = s).is_some()
                }
                "sheet_1y_before" => self
                    .past_1y
                    .read(v, "residence.sheet_1y_before", &mut nested),
                "sheet_3y_before" => self
                    .past_3y
                    .read(v, "residence.sheet_3y_before", &mut nested),
                _ => false,
            }
        });
        skipped.extend(nested);
        read
    }

    /// Gives each money field its own unit, writing its amount again from `profile` in that
    /// unit, so that text and unit always agree (a saved state keeps yen and the units).
    pub fn set_units(&mut self, profile: &Value, unit_of: impl Fn(&str) -> Option<MoneyUnit>) {
        for path in MONEY_PATHS {
            let Some(unit) = unit_of(path) else {
                continue;
            };
            let saved = path.split('.').try_fold(profile, |v, key| v.get(key));
            if let Some(money) = self.money_mut(path) {
                *money = match saved {
                    Some(Value::Number(yen)) => Money::of_yen(*yen, unit),
                    _ => Money::new(money.text.clone(), unit),
                };
            }
        }
    }

    /// The money field at a profile path.
    pub fn money(&self, path: &str) -> Option<&Money> {
        match path {
            "annual_salary_yen" => Some(&self.salary),
            "household.spouse_annual_income_yen" => Some(&self.spouse_income),
            "residence.salary_1y_before_yen" => Some(&self.salary_1y),
            "residence.salary_3y_before_yen" => Some(&self.salary_3y),
            _ => None,
        }
    }

    /// The money field at a profile path, to set its unit.
    pub fn money_mut(&mut self, path: &str) -> Option<&mut Money> {
        match path {
            "annual_salary_yen" => Some(&mut self.salary),
            "household.spouse_annual_income_yen" => Some(&mut self.spouse_income),
            "residence.salary_1y_before_yen" => Some(&mut self.salary_1y),
            "residence.salary_3y_before_yen" => Some(&mut self.salary_3y),
            _ => None,
        }
    }
}

/// Reads the members of an object section (`household`, `residence`) with `read`, naming
/// in `skipped` each member it could not read. `null` is an empty section; anything else
/// that is not an object is unreadable.
fn read_members(
    value: &Value,
    section: &str,
    skipped: &mut Vec<String>,
    mut read: impl FnMut(&str, &Value) -> bool,
) -> bool {
    let Value::Object(members) = value else {
        return matches!(value, Value::Null);
    };
    for (key, v) in members {
        if !read(key, v) {
            skipped.push(format!("{section}.{key}"));
        }
    }
    true
}

fn string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        _ => None,
    }
}

fn number_text(v: &Value) -> Option<String> {
    match v {
        Value::Number(n) => Some(format!("{n}")),
        Value::String(s) => Some(s.clone()),
        Value::Null => Some(String::new()),
        _ => None,
    }
}

fn boolean(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        _ => None,
    }
}

fn choice<T: Copy>(v: &Value, all: &[T], code: fn(T) -> &'static str) -> Option<T> {
    let Value::String(s) = v else { return None };
    all.iter().copied().find(|t| code(*t) == s)
}

/// An object `{ name: true|false }` of known names (a past sheet's research or bonuses).
fn held_map<T: Copy>(v: &Value, all: &[T], code: fn(T) -> &'static str) -> Option<Vec<(T, bool)>> {
    let Value::Object(members) = v else {
        return None;
    };
    members
        .iter()
        .map(|(key, held)| {
            let item = all.iter().copied().find(|t| code(*t) == key)?;
            Some((item, boolean(held)?))
        })
        .collect()
}

fn list<T: Copy>(v: &Value, all: &[T], code: fn(T) -> &'static str) -> Option<Vec<T>> {
    let Value::Array(items) = v else { return None };
    items.iter().map(|item| choice(item, all, code)).collect()
}
