//! Parents (特定活動告示34号, RULES.md §4) and domestic workers (告示2号・2号の2・2号の3 and
//! the J-Skip type, §5): HSP benefits that permanent residents do not have.

use serde::Serialize;

use super::condition::{Condition, none_failed};
use super::date::Date;
use super::profile::{Bonus, Category, Profile, Status};
use super::source::Confidence;

/// §4: household income ≥ ¥8M (告示34).
pub const PARENTS_INCOME_YEN: u64 = 8_000_000;
/// §4 (A): a child under 7.
pub const PARENTS_CHILD_AGE: i32 = 7;
/// §5: household income ≥ ¥10M.
pub const WORKER_INCOME_YEN: u64 = 10_000_000;
/// §5: a second worker (金融人材型, J-Skip type) needs ≥ ¥30M.
pub const SECOND_WORKER_INCOME_YEN: u64 = 30_000_000;
/// §5 家庭事情型: a child under 13.
pub const WORKER_CHILD_AGE: i32 = 13;

/// "世帯年収" = the HSP's remuneration + the spouse's; nobody else's income counts (§4).
pub fn household_income_yen(profile: &Profile) -> u64 {
    let spouse = profile
        .household
        .as_ref()
        .and_then(|h| h.spouse_annual_income_yen)
        .unwrap_or(0);
    profile.annual_salary_yen.saturating_add(spouse)
}

/// The latest date on which a child now under `age` turns `age`; `None` without such a child.
fn last_child_reaches(profile: &Profile, age: i32) -> Option<Date> {
    profile
        .household
        .as_ref()?
        .children
        .iter()
        .map(|c| c.birth_date.add_years(age))
        .filter(|turns| *turns > profile.as_of)
        .max()
}

/// Whether the person holds HSP status now (V19: meeting the points is not holding the
/// status; the answer for anyone else is "once you hold HSP(i) or HSP(ii)").
/// `source` is the notice of the benefit asked about: 告示34 for parents (S9), 告示2号 for a
/// domestic worker (S8, S17).
fn hsp_status(profile: &Profile, source: &'static str) -> (Condition, Option<&'static str>) {
    match profile.status() {
        Some(Status::Hsp1 | Status::Hsp2) => (
            Condition::checked("hsp_status", true, source, Confidence::Med),
            None,
        ),
        Some(Status::Pr) => (
            Condition::checked("hsp_status", false, source, Confidence::Med),
            Some("permanent_residents_not_covered"),
        ),
        // Nothing said of the status: for the person to confirm; never a plain yes.
        None => (
            Condition::to_confirm("hsp_status", source, Confidence::Med),
            Some("current_status_missing"),
        ),
        Some(_) => (
            Condition::checked("hsp_status", false, source, Confidence::Med),
            Some("not_hsp"),
        ),
    }
}

/// The status named in `requires_status` (V19).
pub const REQUIRES_HSP: &str = "hsp1_or_hsp2";
/// The J-Skip domestic-worker type needs J-Skip status itself (V19).
pub const REQUIRES_JSKIP: &str = "jskip";

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Parents {
    /// Can bring a parent now, given the status held (V19).
    pub eligible: bool,
    /// The family conditions alone are met (what an HSP holder in this family would have).
    pub eligible_if_hsp: bool,
    /// The status the person must hold for the answer to be yes, when the family conditions
    /// are met but that status is not held: `hsp1_or_hsp2` (V19).
    pub requires_status: Option<&'static str>,
    /// The day the youngest child turns 7: renewal is refused from then (§4 end condition).
    /// `null` with a pregnancy: the stay lasts until 7 years after a birth whose date is
    /// not known yet (V18).
    pub until: Option<Date>,
    pub household_income_yen: u64,
    pub income_threshold_yen: u64,
    pub conditions: Vec<Condition>,
    pub reasons: Vec<&'static str>,
}

pub fn parents(profile: &Profile) -> Parents {
    let income = household_income_yen(profile);
    let household = profile.household.as_ref();
    let child_turns_7 = last_child_reaches(profile, PARENTS_CHILD_AGE);
    let pregnancy = household.is_some_and(|h| h.pregnancy);
    let (status, status_reason) = hsp_status(profile, "S8; S9; RULES §7; V19");
    let family = vec![
        Condition::checked(
            "household_income_8m",
            income >= PARENTS_INCOME_YEN,
            "S8; S9 (告示34)",
            Confidence::High,
        ),
        // V18: either ground suffices.
        Condition::checked(
            "child_under_7_or_pregnancy",
            child_turns_7.is_some() || pregnancy,
            "S8; S9 (告示34); V18",
            Confidence::High,
        ),
        Condition::to_confirm("live_together", "S8; S9 (告示34)", Confidence::High),
        Condition::to_confirm("one_side_only", "S9 (告示34)", Confidence::High),
        // V12: both the father and the mother of the same side is unconfirmed.
        Condition::to_confirm(
            "both_parents_of_one_side",
            "S9; V12",
            Confidence::Unverified,
        ),
        Condition::to_confirm("support_at_least_3_months", "S9", Confidence::Med),
    ];
    let eligible_if_hsp = none_failed(&family);
    let mut reasons: Vec<&'static str> = family
        .iter()
        .filter(|c| c.met == Some(false))
        .map(|c| c.id)
        .collect();
    reasons.extend(status_reason);
    // V18: the stay lasts while either ground holds; with a pregnancy the end is 7 years
    // after a birth whose date is not known yet, never an older child's 7th birthday.
    let until = if pregnancy { None } else { child_turns_7 };
    if eligible_if_hsp && pregnancy {
        reasons.push("until_seven_years_after_birth");
    }
    let eligible = eligible_if_hsp && status.met == Some(true);
    let mut conditions = vec![status];
    conditions.extend(family);
    Parents {
        eligible,
        eligible_if_hsp,
        requires_status: (eligible_if_hsp && !eligible).then_some(REQUIRES_HSP),
        until,
        household_income_yen: income,
        income_threshold_yen: PARENTS_INCOME_YEN,
        conditions,
        reasons,
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DomesticWorker {
    /// Can employ a foreign domestic worker now, given the status held (V19).
    pub eligible: bool,
    /// Some type would be open with the status it needs held (HSP; J-Skip for its type).
    pub eligible_if_hsp: bool,
    /// The status the person must hold for the answer to be yes, when the conditions are
    /// met but that status is not held: `hsp1_or_hsp2` (V19).
    pub requires_status: Option<&'static str>,
    /// The most workers the types open to this person allow, with the status each needs
    /// (0 when none is open).
    pub max_workers: u32,
    /// The most workers allowed now, given the status held (0 when not eligible).
    pub max_workers_now: u32,
    /// The end of the family-circumstances type: the youngest child turns 13. `null` with a
    /// pregnancy: the child to come keeps it open (V18, by the same reading).
    pub until: Option<Date>,
    pub household_income_yen: u64,
    /// Conditions on the worker and the household shared by every type.
    pub conditions: Vec<Condition>,
    pub types: Vec<WorkerType>,
    pub reasons: Vec<&'static str>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WorkerType {
    /// `family_circumstances` (家庭事情型), `accompanying` (入国帯同型), `financial` (金融人材型),
    /// `jskip` (特別高度人材型).
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Every condition of the type is met, the status it needs included.
    pub eligible: bool,
    /// Every condition is met once the status the type needs is held (J-Skip: the J-Skip
    /// criteria met, which is not holding J-Skip status, V19).
    pub eligible_once_held: bool,
    /// `jskip` for the J-Skip type when it would open once J-Skip status is held (V19).
    pub requires_status: Option<&'static str>,
    pub max_workers: u32,
    pub conditions: Vec<Condition>,
    pub source: &'static str,
    pub confidence: Confidence,
}

fn worker_type(
    kind: &'static str,
    max_workers: u32,
    conditions: Vec<Condition>,
    source: &'static str,
    confidence: Confidence,
) -> WorkerType {
    let eligible = none_failed(&conditions);
    WorkerType {
        kind,
        eligible,
        eligible_once_held: eligible,
        requires_status: None,
        max_workers,
        conditions,
        source,
        confidence,
    }
}

pub fn domestic_worker(profile: &Profile, jskip_criteria_met: bool) -> DomesticWorker {
    let income = household_income_yen(profile);
    let household = profile.household.as_ref();
    let child_turns_13 = last_child_reaches(profile, WORKER_CHILD_AGE);
    let pregnancy = household.is_some_and(|h| h.pregnancy);
    let spouse_cannot = household.is_some_and(|h| h.spouse_cannot_do_housework);
    let (status, status_reason) = hsp_status(profile, "S8; S17; RULES §7; V19");
    let income_10m = || {
        Condition::checked(
            "household_income_10m",
            income >= WORKER_INCOME_YEN,
            "S8 (告示2号); S17",
            Confidence::High,
        )
    };
    let conditions = vec![
        income_10m(),
        Condition::to_confirm("worker_age_18", "S8", Confidence::High),
        Condition::to_confirm("worker_language", "S8", Confidence::High),
        Condition::to_confirm("worker_pay_200k_month", "S8", Confidence::High),
        Condition::to_confirm("housework_for_employer_only", "S8", Confidence::High),
    ];
    let financial_business =
        profile.category != Category::A && profile.bonuses.has(Bonus::InvestmentManagement);
    // V19: the J-Skip type needs J-Skip status held, not only its criteria met.
    let jskip_held = profile
        .residence
        .as_ref()
        .is_some_and(|r| r.jskip_since.is_some() && r.current_status == Status::Hsp1);
    let income_30m = income >= SECOND_WORKER_INCOME_YEN;
    let financial_max = if income_30m { 2 } else { 1 };
    let mut jskip_type = worker_type(
        "jskip",
        2,
        vec![
            Condition::checked("jskip", jskip_held, "S5; V19", Confidence::Med),
            Condition::checked(
                "household_income_30m",
                income_30m,
                "S5; V3",
                Confidence::Med,
            ),
        ],
        "S5; V3",
        Confidence::Med,
    );
    jskip_type.eligible_once_held = income_30m && (jskip_held || jskip_criteria_met);
    jskip_type.requires_status =
        (jskip_type.eligible_once_held && !jskip_held).then_some(REQUIRES_JSKIP);
    let types = vec![
        worker_type(
            "family_circumstances",
            1,
            vec![
                income_10m(),
                Condition::checked(
                    "child_under_13_or_spouse_cannot_do_housework",
                    child_turns_13.is_some() || spouse_cannot,
                    "S8 (告示2号); S17",
                    Confidence::High,
                ),
            ],
            "S8 (告示2号); S17",
            Confidence::High,
        ),
        worker_type(
            "accompanying",
            1,
            vec![
                income_10m(),
                Condition::to_confirm(
                    "worker_employed_1_year_before_entry",
                    "S8 (告示2号の2)",
                    Confidence::High,
                ),
                Condition::to_confirm(
                    "worker_leaves_with_employer",
                    "S8 (告示2号の2)",
                    Confidence::High,
                ),
            ],
            "S8 (告示2号の2)",
            Confidence::High,
        ),
        worker_type(
            "financial",
            financial_max,
            vec![
                income_10m(),
                Condition::checked(
                    "investment_management_business",
                    financial_business,
                    "S17 (告示2号の3)",
                    Confidence::Med,
                ),
            ],
            "S17 (告示2号の3)",
            Confidence::Med,
        ),
        jskip_type,
    ];
    let shared = none_failed(&conditions);
    let most = |open: &dyn Fn(&WorkerType) -> bool| {
        types
            .iter()
            .filter(|t| open(t))
            .map(|t| t.max_workers)
            .max()
            .unwrap_or(0)
    };
    let eligible_if_hsp = shared && types.iter().any(|t| t.eligible_once_held);
    let holds_hsp = status.met == Some(true);
    let eligible = holds_hsp && shared && types.iter().any(|t| t.eligible);
    let requires_status = (eligible_if_hsp && !holds_hsp).then_some(REQUIRES_HSP);
    let mut reasons: Vec<&'static str> = conditions
        .iter()
        .filter(|c| c.met == Some(false))
        .map(|c| c.id)
        .collect();
    if shared && !eligible_if_hsp {
        reasons.push("no_worker_type_open");
    }
    let open: Vec<&str> = types
        .iter()
        .filter(|t| t.eligible_once_held)
        .map(|t| t.kind)
        .collect();
    if open == ["accompanying"] {
        // 入国帯同型 needs a worker already employed abroad for a year: say so plainly.
        reasons.push("only_accompanying_type");
    }
    // The family-circumstances type ends when the youngest child turns 13, unless the
    // spouse's situation or another type keeps it open; a child on the way keeps it open
    // for 13 years after a birth not dated yet.
    let ends = open.contains(&"family_circumstances")
        && !spouse_cannot
        && !open.iter().any(|k| matches!(*k, "financial" | "jskip"));
    if ends && pregnancy {
        reasons.push("until_thirteen_years_after_birth");
    }
    reasons.extend(status_reason);
    let mut all_conditions = vec![status];
    all_conditions.extend(conditions);
    DomesticWorker {
        eligible,
        eligible_if_hsp,
        requires_status,
        max_workers: if eligible_if_hsp {
            most(&|t| t.eligible_once_held)
        } else {
            0
        },
        max_workers_now: if eligible { most(&|t| t.eligible) } else { 0 },
        until: child_turns_13.filter(|_| ends && !pregnancy),
        household_income_yen: income,
        conditions: all_conditions,
        types,
        reasons,
    }
}
