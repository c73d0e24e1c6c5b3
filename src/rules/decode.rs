//! Profile JSON → [`Profile`], reporting every bad field at once (CONTRACT.md "Invalid input").
//!
//! Nothing is clamped or guessed: a value out of range, of the wrong type, unknown, or in
//! contradiction with another field is an error naming the field, with a machine code the UI
//! translates and an English message for the command line.

use std::collections::HashSet;

use serde::Serialize;

use super::date::Date;
use super::evidence::DOCUMENTS;
use super::hsp::points_system_start;
use super::jskip::start as jskip_start;
use super::profile::{
    Bonus, Bonuses, Category, Child, Education, Household, Japanese, PastSheet, Position, Profile,
    Research, ResearchItems, Residence, Status, TopUniversityRoute,
};
use super::value::Value;

/// The only schema version this build reads (CONTRACT.md `version`).
pub const SCHEMA_VERSION: u32 = 1;
/// Salaries and incomes above ¥10 billion are not plausible remuneration (issue #2).
pub const MAX_YEN: u64 = 10_000_000_000;
pub const MIN_AGE: u32 = 15;
pub const MAX_AGE: u32 = 100;
/// The age from which experience can accumulate; more years than `age - 15` is impossible.
pub const WORKING_AGE: u32 = 15;
pub const MAX_QUALIFICATIONS: u32 = 100;
pub const MAX_CHILDREN: usize = 30;
/// Longer lists than this are not a profile (each list holds a handful of distinct names).
pub const MAX_LIST: usize = 64;
/// A university's name on the official list is under 150 characters.
pub const MAX_NAME_CHARS: usize = 200;
/// An object with more members than this is not part of a profile (the largest has about
/// twenty): refused with one error rather than read member by member.
pub const MAX_MEMBERS: usize = 256;
/// Evaluation dates the engine accepts: from 2000 to 2100.
pub fn as_of_range() -> (Date, Date) {
    (
        Date::new(2000, 1, 1).unwrap_or(Date::MIN),
        Date::new(2100, 12, 31).unwrap_or(Date::MAX),
    )
}

/// One bad field. `field` is a path such as `household.children[1].birth_date`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub code: ErrorCode,
    pub message: String,
}

/// Machine codes of [`FieldError`]; the widget translates these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The text is not JSON at all (CLI).
    MalformedJson,
    Missing,
    WrongType,
    UnknownValue,
    UnknownField,
    DuplicateField,
    UnsupportedVersion,
    Negative,
    NotInteger,
    TooSmall,
    TooLarge,
    TooMany,
    InvalidDate,
    InFuture,
    BeforeBirth,
    BeforeInJapanSince,
    BeforeSchemeStart,
    ExceedsWorkingLife,
    Contradiction,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 19] = [
        ErrorCode::MalformedJson,
        ErrorCode::Missing,
        ErrorCode::WrongType,
        ErrorCode::UnknownValue,
        ErrorCode::UnknownField,
        ErrorCode::DuplicateField,
        ErrorCode::UnsupportedVersion,
        ErrorCode::Negative,
        ErrorCode::NotInteger,
        ErrorCode::TooSmall,
        ErrorCode::TooLarge,
        ErrorCode::TooMany,
        ErrorCode::InvalidDate,
        ErrorCode::InFuture,
        ErrorCode::BeforeBirth,
        ErrorCode::BeforeInJapanSince,
        ErrorCode::BeforeSchemeStart,
        ErrorCode::ExceedsWorkingLife,
        ErrorCode::Contradiction,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ErrorCode::MalformedJson => "malformed_json",
            ErrorCode::Missing => "missing",
            ErrorCode::WrongType => "wrong_type",
            ErrorCode::UnknownValue => "unknown_value",
            ErrorCode::UnknownField => "unknown_field",
            ErrorCode::DuplicateField => "duplicate_field",
            ErrorCode::UnsupportedVersion => "unsupported_version",
            ErrorCode::Negative => "negative",
            ErrorCode::NotInteger => "not_integer",
            ErrorCode::TooSmall => "too_small",
            ErrorCode::TooLarge => "too_large",
            ErrorCode::TooMany => "too_many",
            ErrorCode::InvalidDate => "invalid_date",
            ErrorCode::InFuture => "in_future",
            ErrorCode::BeforeBirth => "before_birth",
            ErrorCode::BeforeInJapanSince => "before_in_japan_since",
            ErrorCode::BeforeSchemeStart => "before_scheme_start",
            ErrorCode::ExceedsWorkingLife => "exceeds_working_life",
            ErrorCode::Contradiction => "contradiction",
        }
    }
}

/// The body of a rejected profile: `{ "errors": [...] }` (CONTRACT.md).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Rejection {
    pub errors: Vec<FieldError>,
}

impl Rejection {
    pub fn single(field: &str, code: ErrorCode, message: impl Into<String>) -> Rejection {
        Rejection {
            errors: vec![FieldError {
                field: field.to_owned(),
                code,
                message: message.into(),
            }],
        }
    }
}

/// Decodes a profile. `today` is the default `as_of`; `as_of_override` (the CLI's
/// `--as-of`) replaces the profile's own.
pub fn decode(
    value: &Value,
    today: Date,
    as_of_override: Option<Date>,
) -> Result<Profile, Rejection> {
    let mut errors = Errors::default();
    let Value::Object(members) = value else {
        return Err(Rejection::single(
            "",
            ErrorCode::WrongType,
            format!("a profile is a JSON object, not {}", value.kind()),
        ));
    };
    if members.len() > MAX_MEMBERS {
        return Err(Rejection::single(
            "",
            ErrorCode::TooMany,
            format!(
                "a profile has at most {MAX_MEMBERS} members, not {}",
                members.len()
            ),
        ));
    }
    let mut root = Fields::new("", members, &mut errors);

    if let Some(version) = root.take("version") {
        match version {
            Value::Number(n) if *n == f64::from(SCHEMA_VERSION) => {}
            Value::Number(n) => errors.push(
                "version",
                ErrorCode::UnsupportedVersion,
                format!(
                    "schema version {n} is not supported; this build reads version {SCHEMA_VERSION}"
                ),
            ),
            other => errors.wrong_type("version", "a number", other),
        }
    }

    let profile_as_of = root.take("as_of").and_then(|v| errors.date("as_of", v));
    let as_of = as_of_override.or(profile_as_of).unwrap_or(today);
    let (earliest, latest) = as_of_range();
    if !(earliest..=latest).contains(&as_of) {
        errors.push(
            "as_of",
            if as_of < earliest {
                ErrorCode::TooSmall
            } else {
                ErrorCode::TooLarge
            },
            format!("the evaluation date must lie between {earliest} and {latest}"),
        );
    }

    let category = match root.take("category") {
        Some(v) => errors.choice("category", v, &Category::ALL, |c| c.code()),
        None => {
            errors.missing("category", "one of \"a\", \"b\", \"c\"");
            None
        }
    };

    let age_given = root
        .take("age")
        .and_then(|v| errors.integer("age", v, u64::from(MIN_AGE), u64::from(MAX_AGE)))
        .and_then(|n| u32::try_from(n).ok());
    let birth_value = root.take("birth_date");
    let birth_date = birth_value.and_then(|v| {
        let date = errors.date("birth_date", v)?;
        errors.not_after("birth_date", date, as_of).then_some(date)
    });
    let age = match (age_given, birth_date) {
        (_, Some(birth)) => {
            let derived = birth.whole_years_until(as_of);
            if !(MIN_AGE as i32..=MAX_AGE as i32).contains(&derived) {
                errors.push(
                    "birth_date",
                    ErrorCode::TooSmall,
                    format!("birth_date gives an age of {derived} on {as_of}; it must be {MIN_AGE} to {MAX_AGE}"),
                );
                None
            } else {
                let derived = derived.unsigned_abs();
                if let Some(given) = age_given.filter(|given| *given != derived) {
                    errors.push(
                        "age",
                        ErrorCode::Contradiction,
                        format!("age {given} contradicts birth_date {birth}, which gives {derived} on {as_of}"),
                    );
                }
                Some(derived)
            }
        }
        (Some(age), None) => Some(age),
        (None, None) => {
            // An invalid age or birth date has its own error already.
            if age_not_given(&errors, birth_value) {
                errors.missing("age", "age or birth_date");
            }
            None
        }
    };

    let education = match root.take("education") {
        Some(v) => errors.choice("education", v, &Education::ALL, |e| e.code()),
        None => Some(Education::None),
    };
    let multiple_degrees = root
        .take("multiple_degrees")
        .map_or(Some(false), |v| errors.boolean("multiple_degrees", v));
    if let (Some(true), Some(education)) = (multiple_degrees, education)
        && !education.is_graduate()
    {
        let message = format!(
            "multiple_degrees needs two doctor/master/professional degrees, but education is \"{}\"",
            education.code()
        );
        errors.push(
            "multiple_degrees",
            ErrorCode::Contradiction,
            message.clone(),
        );
        errors.push("education", ErrorCode::Contradiction, message);
    }

    let experience_years = match root.take("experience_years") {
        Some(v) => errors.years("experience_years", v),
        None => Some(0.0),
    };
    if let (Some(years), Some(age)) = (experience_years, age) {
        let working_life = f64::from(age.saturating_sub(WORKING_AGE));
        if years > working_life {
            errors.push(
                "experience_years",
                ErrorCode::ExceedsWorkingLife,
                format!("{years} years of experience is more than a working life from age {WORKING_AGE} to {age}"),
            );
        }
    }

    let annual_salary_yen = match root.take("annual_salary_yen") {
        Some(v) => errors.yen("annual_salary_yen", v),
        None => {
            errors.missing("annual_salary_yen", "the expected annual salary in yen");
            None
        }
    };

    let research = root.take("research").map_or(Some(Vec::new()), |v| {
        errors.list("research", v, &Research::ALL, |r| r.code())
    });
    let qualifications = match root.take("qualifications") {
        Some(v) => errors
            .integer("qualifications", v, 0, u64::from(MAX_QUALIFICATIONS))
            .and_then(|n| u32::try_from(n).ok()),
        None => Some(0),
    };
    let position = match root.take("position") {
        Some(v) => errors.choice("position", v, &Position::ALL, |p| p.code()),
        None => Some(Position::None),
    };
    let japanese = match root.take("japanese") {
        Some(v) => errors.choice("japanese", v, &Japanese::ALL, |j| j.code()),
        None => Some(Japanese::None),
    };
    let bonuses = root.take("bonuses").map_or(Some(Vec::new()), |v| {
        errors.list("bonuses", v, &Bonus::ALL, |b| b.code())
    });

    let top_university_route = root.take("top_university_route").and_then(|v| {
        errors.choice(
            "top_university_route",
            v,
            &TopUniversityRoute::ALL,
            TopUniversityRoute::code,
        )
    });
    let top_university_name = root
        .take("top_university_name")
        .and_then(|v| errors.text("top_university_name", v, MAX_NAME_CHARS));
    let document_ids: Vec<&'static str> = DOCUMENTS.iter().map(|(_, spec)| spec.id).collect();
    let evidence_gathered = root.take("evidence_gathered").map_or(Vec::new(), |v| {
        errors
            .list("evidence_gathered", v, &document_ids, |id| id)
            .unwrap_or_default()
    });

    let dates = DateLimits { as_of, birth_date };
    let household = root
        .take("household")
        .and_then(|v| decode_household(v, dates, &mut errors));
    let residence = root
        .take("residence")
        .and_then(|v| decode_residence(v, dates, &mut errors));
    if let (Some(Some(residence)), Some(education)) = (&residence, education) {
        check_past_degrees(residence, education, &mut errors);
    }
    root.finish(&mut errors);

    match (
        errors.into_rejection(),
        category,
        age,
        education,
        multiple_degrees,
        experience_years,
        annual_salary_yen,
        research,
        qualifications,
        position,
        japanese,
        bonuses,
    ) {
        (
            None,
            Some(category),
            Some(age),
            Some(education),
            Some(multiple_degrees),
            Some(experience_years),
            Some(annual_salary_yen),
            Some(research),
            Some(qualifications),
            Some(position),
            Some(japanese),
            Some(bonuses),
        ) => Ok(Profile {
            as_of,
            category,
            age,
            birth_date,
            education,
            multiple_degrees,
            experience_years,
            annual_salary_yen,
            research: research.into_iter().collect(),
            qualifications,
            position,
            japanese,
            bonuses: bonuses.into_iter().collect(),
            top_university_route,
            top_university_name,
            evidence_gathered,
            household: household.flatten(),
            residence: residence.flatten(),
        }),
        (Some(rejection), ..) => Err(rejection),
        // Every `None` above pushed an error, so this arm is unreachable in practice; it
        // still answers with an error rather than a panic.
        _ => Err(Rejection::single(
            "",
            ErrorCode::Missing,
            "the profile is incomplete",
        )),
    }
}

/// Neither an age nor a birth date was given (an invalid one has its own error already).
fn age_not_given(errors: &Errors, birth_value: Option<&Value>) -> bool {
    birth_value.is_none() && !errors.has_field("age")
}

#[derive(Clone, Copy)]
struct DateLimits {
    as_of: Date,
    birth_date: Option<Date>,
}

/// `Some(None)`: present but invalid (errors pushed); the outer `None` of the caller's
/// `and_then` means absent or null.
fn decode_household(
    value: &Value,
    dates: DateLimits,
    errors: &mut Errors,
) -> Option<Option<Household>> {
    let members = errors.object("household", value)?;
    let before = errors.len();
    let mut fields = Fields::new("household", members, errors);
    let has_spouse = fields
        .take("has_spouse")
        .and_then(|v| errors.boolean("household.has_spouse", v));
    let spouse_annual_income_yen = fields
        .take("spouse_annual_income_yen")
        .and_then(|v| errors.yen("household.spouse_annual_income_yen", v));
    let children = match fields.take("children") {
        Some(Value::Array(items)) if items.len() > MAX_CHILDREN => {
            errors.push(
                "household.children",
                ErrorCode::TooMany,
                format!("at most {MAX_CHILDREN} children"),
            );
            Vec::new()
        }
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                decode_child(&format!("household.children[{i}]"), item, dates, errors)
            })
            .collect(),
        Some(other) => {
            errors.wrong_type("household.children", "an array", other);
            Vec::new()
        }
        None => Vec::new(),
    };
    let mut flag = |fields: &mut Fields, name: &str| {
        fields
            .take(name)
            .and_then(|v| errors.boolean(&format!("household.{name}"), v))
            .unwrap_or(false)
    };
    let pregnancy = flag(&mut fields, "pregnancy");
    let spouse_cannot_do_housework = flag(&mut fields, "spouse_cannot_do_housework");
    let spouse_japanese_or_pr = flag(&mut fields, "spouse_japanese_or_pr");
    let married_since = fields
        .take("married_since")
        .and_then(|v| errors.past_date("household.married_since", v, dates));
    fields.finish(errors);
    // V20: a person without a spouse has no spouse's income, housework or marriage.
    if has_spouse == Some(false) {
        let said = [
            (
                "spouse_annual_income_yen",
                spouse_annual_income_yen.is_some(),
            ),
            ("spouse_cannot_do_housework", spouse_cannot_do_housework),
            ("spouse_japanese_or_pr", spouse_japanese_or_pr),
            ("married_since", married_since.is_some()),
        ];
        for (name, _) in said.iter().filter(|(_, given)| *given) {
            errors.push(
                &format!("household.{name}"),
                ErrorCode::Contradiction,
                format!("{name} contradicts has_spouse false: there is no spouse"),
            );
        }
    }
    let household = Household {
        has_spouse,
        spouse_annual_income_yen,
        children,
        pregnancy,
        spouse_cannot_do_housework,
        spouse_japanese_or_pr,
        married_since,
    };
    Some((errors.len() == before).then_some(household))
}

fn decode_child(
    path: &str,
    value: &Value,
    dates: DateLimits,
    errors: &mut Errors,
) -> Option<Child> {
    let members = errors.object(path, value)?;
    let mut fields = Fields::new(path, members, errors);
    let birth = fields.take("birth_date");
    fields.finish(errors);
    let field = format!("{path}.birth_date");
    match birth {
        Some(v) => {
            let date = errors.date(&field, v)?;
            // A child not yet born is the `pregnancy` flag, not a future birth date.
            errors
                .not_after(&field, date, dates.as_of)
                .then_some(Child { birth_date: date })
        }
        None => {
            errors.missing(&field, "the child's birth date");
            None
        }
    }
}

fn decode_residence(
    value: &Value,
    dates: DateLimits,
    errors: &mut Errors,
) -> Option<Option<Residence>> {
    let members = errors.object("residence", value)?;
    let before = errors.len();
    let mut fields = Fields::new("residence", members, errors);
    let current_status = match fields.take("current_status") {
        Some(v) => errors.choice("residence.current_status", v, &Status::ALL, |s| s.code()),
        None => {
            errors.missing(
                "residence.current_status",
                "the current status of residence",
            );
            None
        }
    };
    let mut date = |fields: &mut Fields, name: &str| {
        fields
            .take(name)
            .and_then(|v| errors.past_date(&format!("residence.{name}"), v, dates))
    };
    let in_japan_since = date(&mut fields, "in_japan_since");
    let work_status_since = date(&mut fields, "work_status_since");
    let hsp_since = date(&mut fields, "hsp_since");
    let points_70_since = date(&mut fields, "points_70_since");
    let points_80_since = date(&mut fields, "points_80_since");
    let jskip_since = date(&mut fields, "jskip_since");
    let current_status_since = date(&mut fields, "current_status_since");
    let pr_since = date(&mut fields, "pr_since");
    let salary_1y_before_yen = fields
        .take("salary_1y_before_yen")
        .and_then(|v| errors.yen("residence.salary_1y_before_yen", v));
    let salary_3y_before_yen = fields
        .take("salary_3y_before_yen")
        .and_then(|v| errors.yen("residence.salary_3y_before_yen", v));
    let sheet_1y_before = fields
        .take("sheet_1y_before")
        .and_then(|v| decode_past_sheet("residence.sheet_1y_before", v, errors));
    let sheet_3y_before = fields
        .take("sheet_3y_before")
        .and_then(|v| decode_past_sheet("residence.sheet_3y_before", v, errors));
    fields.finish(errors);

    // A status of residence in Japan starts at the earliest on landing.
    if let Some(start) = in_japan_since {
        for (name, date) in [
            ("work_status_since", work_status_since),
            ("hsp_since", hsp_since),
            ("jskip_since", jskip_since),
            ("current_status_since", current_status_since),
            ("pr_since", pr_since),
        ] {
            if let Some(date) = date.filter(|d| *d < start) {
                errors.push(
                    &format!("residence.{name}"),
                    ErrorCode::BeforeInJapanSince,
                    format!("{name} {date} is before in_japan_since {start}: a status held in Japan starts on or after arrival"),
                );
            }
        }
    }
    if let Some(date) = hsp_since.filter(|d| *d < points_system_start()) {
        errors.push(
            "residence.hsp_since",
            ErrorCode::BeforeSchemeStart,
            format!(
                "hsp_since {date} is before the points system began on {}",
                points_system_start()
            ),
        );
    }
    if let Some(date) = jskip_since.filter(|d| *d < jskip_start()) {
        errors.push(
            "residence.jskip_since",
            ErrorCode::BeforeSchemeStart,
            format!(
                "jskip_since {date} is before J-Skip began on {} (V14)",
                jskip_start()
            ),
        );
    }
    if let Some(status) = current_status {
        let contradiction = |errors: &mut Errors, name: &str, why: &str| {
            errors.push(
                &format!("residence.{name}"),
                ErrorCode::Contradiction,
                format!(
                    "{name} contradicts current_status \"{}\": {why}",
                    status.code()
                ),
            );
        };
        if status == Status::OutsideJapan && in_japan_since.is_some() {
            contradiction(
                errors,
                "in_japan_since",
                "a person outside Japan has no current residence in Japan",
            );
        }
        if jskip_since.is_some() && !matches!(status, Status::Hsp1 | Status::Hsp2 | Status::Pr) {
            contradiction(
                errors,
                "jskip_since",
                "J-Skip is HSP(i) status; it leads to HSP(ii) or PR only",
            );
        }
        if pr_since.is_some() && status != Status::Pr {
            contradiction(
                errors,
                "pr_since",
                "pr_since is for a current permanent resident",
            );
        }
    }
    let residence = current_status.map(|current_status| Residence {
        current_status,
        in_japan_since,
        work_status_since,
        hsp_since,
        points_70_since,
        points_80_since,
        jskip_since,
        current_status_since,
        pr_since,
        salary_1y_before_yen,
        salary_3y_before_yen,
        sheet_1y_before: sheet_1y_before.flatten(),
        sheet_3y_before: sheet_3y_before.flatten(),
    });
    Some(residence.filter(|_| errors.len() == before))
}

/// A look-back date's sheet (V23): every member optional; research and bonuses as objects
/// `{ name: held }`, so that what is not said stays unknown.
fn decode_past_sheet(path: &str, value: &Value, errors: &mut Errors) -> Option<Option<PastSheet>> {
    let members = errors.object(path, value)?;
    let before = errors.len();
    let mut fields = Fields::new(path, members, errors);
    let field = |name: &str| format!("{path}.{name}");
    let education = fields
        .take("education")
        .and_then(|v| errors.choice(&field("education"), v, &Education::ALL, |e| e.code()));
    let multiple_degrees = fields
        .take("multiple_degrees")
        .and_then(|v| errors.boolean(&field("multiple_degrees"), v));
    let japanese = fields
        .take("japanese")
        .and_then(|v| errors.choice(&field("japanese"), v, &Japanese::ALL, |j| j.code()));
    let qualifications = fields
        .take("qualifications")
        .and_then(|v| {
            errors.integer(
                &field("qualifications"),
                v,
                0,
                u64::from(MAX_QUALIFICATIONS),
            )
        })
        .and_then(|n| u32::try_from(n).ok());
    let position = fields
        .take("position")
        .and_then(|v| errors.choice(&field("position"), v, &Position::ALL, |p| p.code()));
    let research = fields
        .take("research")
        .map(|v| errors.held(&field("research"), v, &Research::ALL, |r| r.code()));
    let bonuses = fields
        .take("bonuses")
        .map(|v| errors.held(&field("bonuses"), v, &Bonus::ALL, |b| b.code()));
    fields.finish(errors);
    let (research_known, research_held) = research.unwrap_or_default().into_iter().fold(
        (ResearchItems::default(), ResearchItems::default()),
        |(known, held), (item, is_held)| {
            (
                known.with(item),
                if is_held { held.with(item) } else { held },
            )
        },
    );
    let (bonuses_known, bonuses_held) = bonuses.unwrap_or_default().into_iter().fold(
        (Bonuses::default(), Bonuses::default()),
        |(known, held), (bonus, is_held)| {
            (
                known.with(bonus),
                if is_held { held.with(bonus) } else { held },
            )
        },
    );
    let sheet = PastSheet {
        education,
        multiple_degrees,
        japanese,
        qualifications,
        position,
        research_known,
        research_held,
        bonuses_known,
        bonuses_held,
    };
    Some((errors.len() == before).then_some(sheet))
}

/// The level of a degree, for "a degree once held is still held": graduate degrees are
/// one level, whatever their sheet row.
fn degree_level(education: Education) -> u8 {
    match education {
        Education::None => 0,
        Education::Bachelor => 1,
        Education::Master | Education::Professional | Education::MbaMot => 2,
        Education::Doctor => 3,
    }
}

/// A past sheet's degree cannot be higher than a later one (a degree is never lost), and its
/// +5 row needs a graduate degree then.
fn check_past_degrees(residence: &Residence, today: Education, errors: &mut Errors) {
    let sheets = [
        (
            "residence.sheet_3y_before",
            residence.sheet_3y_before.as_ref(),
        ),
        (
            "residence.sheet_1y_before",
            residence.sheet_1y_before.as_ref(),
        ),
    ];
    let mut later = today;
    for (path, sheet) in sheets.into_iter().rev() {
        let Some(sheet) = sheet else { continue };
        let then = sheet.education.unwrap_or(later);
        if degree_level(then) > degree_level(later) {
            errors.push(
                &format!("{path}.education"),
                ErrorCode::Contradiction,
                format!(
                    "{path}.education \"{}\" is a higher degree than the later \"{}\": a degree once held is still held",
                    then.code(),
                    later.code()
                ),
            );
        }
        if sheet.multiple_degrees == Some(true) && !then.is_graduate() {
            errors.push(
                &format!("{path}.multiple_degrees"),
                ErrorCode::Contradiction,
                format!(
                    "{path}.multiple_degrees needs two doctor/master/professional degrees, but the education then is \"{}\"",
                    then.code()
                ),
            );
        }
        later = then;
    }
}

/// The members of one JSON object, taken by name; whatever is left is an unknown field.
struct Fields<'a> {
    path: &'a str,
    members: &'a [(String, Value)],
    taken: Vec<bool>,
}

impl<'a> Fields<'a> {
    /// Reports every key after its first appearance as a duplicate (in one pass: an object's
    /// keys are checked in linear time, however many).
    fn new(path: &'a str, members: &'a [(String, Value)], errors: &mut Errors) -> Fields<'a> {
        let mut seen = HashSet::with_capacity(members.len());
        for (key, _) in members {
            if !seen.insert(key.as_str()) {
                errors.push(
                    &join(path, key),
                    ErrorCode::DuplicateField,
                    format!("\"{key}\" appears more than once"),
                );
            }
        }
        Fields {
            path,
            members,
            taken: vec![false; members.len()],
        }
    }

    /// The value of `name`; `None` when absent or `null` (null means "not given").
    fn take(&mut self, name: &str) -> Option<&'a Value> {
        let index = self.members.iter().position(|(key, _)| key == name)?;
        if let Some(flag) = self.taken.get_mut(index) {
            *flag = true;
        }
        match self.members.get(index) {
            Some((_, Value::Null)) | None => None,
            Some((_, value)) => Some(value),
        }
    }

    /// Names every member no field took (once per key, also for a duplicate).
    fn finish(self, errors: &mut Errors) {
        let taken: HashSet<&str> = self
            .members
            .iter()
            .zip(&self.taken)
            .filter(|(_, taken)| **taken)
            .map(|((key, _), _)| key.as_str())
            .collect();
        let mut reported = HashSet::new();
        for (key, _) in self.members {
            if !taken.contains(key.as_str()) && reported.insert(key.as_str()) {
                errors.push(
                    &join(self.path, key),
                    ErrorCode::UnknownField,
                    format!("\"{key}\" is not a field of this schema"),
                );
            }
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

#[derive(Default)]
struct Errors(Vec<FieldError>);

impl Errors {
    fn push(&mut self, field: &str, code: ErrorCode, message: impl Into<String>) {
        self.0.push(FieldError {
            field: field.to_owned(),
            code,
            message: message.into(),
        });
    }
    fn len(&self) -> usize {
        self.0.len()
    }
    fn has_field(&self, field: &str) -> bool {
        self.0.iter().any(|e| e.field == field)
    }
    fn into_rejection(self) -> Option<Rejection> {
        (!self.0.is_empty()).then_some(Rejection { errors: self.0 })
    }
    fn missing(&mut self, field: &str, what: &str) {
        self.push(
            field,
            ErrorCode::Missing,
            format!("{field} is required: {what}"),
        );
    }
    fn wrong_type(&mut self, field: &str, expected: &str, got: &Value) {
        self.push(
            field,
            ErrorCode::WrongType,
            format!("{field} must be {expected}, not {}", got.kind()),
        );
    }

    fn object<'v>(&mut self, field: &str, value: &'v Value) -> Option<&'v [(String, Value)]> {
        match value {
            Value::Object(members) if members.len() > MAX_MEMBERS => {
                self.push(
                    field,
                    ErrorCode::TooMany,
                    format!(
                        "{field} has at most {MAX_MEMBERS} members, not {}",
                        members.len()
                    ),
                );
                None
            }
            Value::Object(members) => Some(members),
            other => {
                self.wrong_type(field, "an object", other);
                None
            }
        }
    }

    /// A string of at most `max` characters, trimmed; empty is no value.
    fn text(&mut self, field: &str, value: &Value, max: usize) -> Option<String> {
        match value {
            Value::String(s) if s.chars().count() > max => {
                self.push(
                    field,
                    ErrorCode::TooLarge,
                    format!("{field} has at most {max} characters"),
                );
                None
            }
            Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
            other => {
                self.wrong_type(field, "a text", other);
                None
            }
        }
    }

    fn boolean(&mut self, field: &str, value: &Value) -> Option<bool> {
        match value {
            Value::Bool(b) => Some(*b),
            other => {
                self.wrong_type(field, "true or false", other);
                None
            }
        }
    }

    fn choice<T: Copy>(
        &mut self,
        field: &str,
        value: &Value,
        all: &[T],
        code: impl Fn(T) -> &'static str,
    ) -> Option<T> {
        let names = || {
            all.iter()
                .map(|t| format!("\"{}\"", code(*t)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match value {
            Value::String(s) => {
                let found = all.iter().copied().find(|t| code(*t) == s);
                if found.is_none() {
                    self.push(
                        field,
                        ErrorCode::UnknownValue,
                        format!("{field} \"{s}\" is not one of {}", names()),
                    );
                }
                found
            }
            other => {
                self.wrong_type(field, &format!("one of {}", names()), other);
                None
            }
        }
    }

    fn list<T: Copy>(
        &mut self,
        field: &str,
        value: &Value,
        all: &[T],
        code: impl Fn(T) -> &'static str + Copy,
    ) -> Option<Vec<T>> {
        let Value::Array(items) = value else {
            self.wrong_type(field, "an array of names", value);
            return None;
        };
        if items.len() > MAX_LIST {
            self.push(
                field,
                ErrorCode::TooMany,
                format!("at most {MAX_LIST} entries"),
            );
            return None;
        }
        let before = self.len();
        let found: Vec<T> = items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| self.choice(&format!("{field}[{i}]"), item, all, code))
            .collect();
        (self.len() == before).then_some(found)
    }

    /// An object `{ name: true|false }` of known names; unknown names and non-booleans are
    /// errors, each on its own member.
    fn held<T: Copy>(
        &mut self,
        field: &str,
        value: &Value,
        all: &[T],
        code: impl Fn(T) -> &'static str,
    ) -> Vec<(T, bool)> {
        let Some(members) = self.object(field, value) else {
            return Vec::new();
        };
        if members.len() > MAX_LIST {
            self.push(
                field,
                ErrorCode::TooMany,
                format!("at most {MAX_LIST} entries"),
            );
            return Vec::new();
        }
        let mut found = Vec::new();
        for (i, (key, member)) in members.iter().enumerate() {
            let path = join(field, key);
            if members.iter().take(i).any(|(earlier, _)| earlier == key) {
                self.push(
                    &path,
                    ErrorCode::DuplicateField,
                    format!("\"{key}\" appears more than once"),
                );
                continue;
            }
            let Some(item) = all.iter().copied().find(|t| code(*t) == key) else {
                self.push(
                    &path,
                    ErrorCode::UnknownField,
                    format!("\"{key}\" is not one of the names of {field}"),
                );
                continue;
            };
            match member {
                Value::Null => {}
                other => {
                    if let Some(held) = self.boolean(&path, other) {
                        found.push((item, held));
                    }
                }
            }
        }
        found
    }

    fn number(&mut self, field: &str, value: &Value) -> Option<f64> {
        match value {
            Value::Number(n) if n.is_finite() => Some(*n),
            Value::Number(_) => {
                self.push(
                    field,
                    ErrorCode::WrongType,
                    format!("{field} must be a finite number"),
                );
                None
            }
            other => {
                self.wrong_type(field, "a number", other);
                None
            }
        }
    }

    /// A whole number in `min..=max`.
    fn integer(&mut self, field: &str, value: &Value, min: u64, max: u64) -> Option<u64> {
        let n = self.number(field, value)?;
        if n < 0.0 && min == 0 {
            self.push(
                field,
                ErrorCode::Negative,
                format!("{field} cannot be negative ({n})"),
            );
            None
        } else if n.fract() != 0.0 {
            self.push(
                field,
                ErrorCode::NotInteger,
                format!("{field} must be a whole number ({n})"),
            );
            None
        } else if n < min as f64 {
            self.push(
                field,
                ErrorCode::TooSmall,
                format!("{field} must be at least {min} ({n})"),
            );
            None
        } else if n > max as f64 {
            self.push(
                field,
                ErrorCode::TooLarge,
                format!("{field} must be at most {max} ({n})"),
            );
            None
        } else {
            // In range and whole, so the conversion is exact.
            Some(n as u64)
        }
    }

    fn yen(&mut self, field: &str, value: &Value) -> Option<u64> {
        self.integer(field, value, 0, MAX_YEN)
    }

    fn years(&mut self, field: &str, value: &Value) -> Option<f64> {
        let n = self.number(field, value)?;
        if n < 0.0 {
            self.push(
                field,
                ErrorCode::Negative,
                format!("{field} cannot be negative ({n})"),
            );
            None
        } else if n > f64::from(MAX_AGE) {
            self.push(
                field,
                ErrorCode::TooLarge,
                format!("{field} must be at most {MAX_AGE} ({n})"),
            );
            None
        } else {
            Some(n)
        }
    }

    fn date(&mut self, field: &str, value: &Value) -> Option<Date> {
        match value {
            Value::String(s) => {
                let date = Date::parse(s);
                if date.is_none() {
                    self.push(
                        field,
                        ErrorCode::InvalidDate,
                        format!("{field} \"{s}\" is not a date of the form YYYY-MM-DD between {} and {}", Date::MIN, Date::MAX),
                    );
                }
                date
            }
            other => {
                self.wrong_type(field, "a date string \"YYYY-MM-DD\"", other);
                None
            }
        }
    }

    /// `false` (with an error) when `date` is after `as_of`.
    fn not_after(&mut self, field: &str, date: Date, as_of: Date) -> bool {
        if date > as_of {
            self.push(
                field,
                ErrorCode::InFuture,
                format!("{field} {date} is after the evaluation date {as_of}"),
            );
        }
        date <= as_of
    }

    /// A date in the person's past: not after `as_of`, not before the birth date.
    fn past_date(&mut self, field: &str, value: &Value, limits: DateLimits) -> Option<Date> {
        let date = self.date(field, value)?;
        if !self.not_after(field, date, limits.as_of) {
            return None;
        }
        if let Some(birth) = limits.birth_date.filter(|birth| date < *birth) {
            self.push(
                field,
                ErrorCode::BeforeBirth,
                format!("{field} {date} is before birth_date {birth}"),
            );
            return None;
        }
        Some(date)
    }
}
