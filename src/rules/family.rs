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

/// Whether the person holds HSP status now, or could (not a PR, and eligible on points).
/// `None` when we know nothing of their status.
fn hsp_status(profile: &Profile, hsp_eligible: bool) -> (Condition, Option<&'static str>) {
    let (met, reason) = match profile.status() {
        Some(Status::Hsp1 | Status::Hsp2) => (true, None),
        Some(Status::Pr) => (false, Some("permanent_residents_not_covered")),
        _ if hsp_eligible => (true, Some("assumes_hsp_status_granted")),
        _ => (false, Some("not_hsp")),
    };
    (
        Condition::checked("hsp_status", met, "S8; S9; RULES §7", Confidence::Med),
        reason,
    )
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Parents {
    /// Can bring a parent now, given the current status.
    pub eligible: bool,
    /// The family conditions alone are met (what an HSP holder in this family would have).
    pub eligible_if_hsp: bool,
    /// The day the youngest child turns 7: renewal is refused from then (§4 end condition).
    pub until: Option<Date>,
    pub household_income_yen: u64,
    pub income_threshold_yen: u64,
    pub conditions: Vec<Condition>,
    pub reasons: Vec<&'static str>,
}

pub fn parents(profile: &Profile, hsp_eligible: bool) -> Parents {
    let income = household_income_yen(profile);
    let household = profile.household.as_ref();
    let until = last_child_reaches(profile, PARENTS_CHILD_AGE);
    let pregnancy = household.is_some_and(|h| h.pregnancy);
    let (status, status_reason) = hsp_status(profile, hsp_eligible);
    let family = vec![
        Condition::checked(
            "household_income_8m",
            income >= PARENTS_INCOME_YEN,
            "S8; S9 (告示34)",
            Confidence::High,
        ),
        Condition::checked(
            "child_under_7_or_pregnancy",
            until.is_some() || pregnancy,
            "S8; S9 (告示34)",
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
    if eligible_if_hsp && until.is_none() && pregnancy {
        reasons.push("until_seven_years_after_birth");
    }
    let mut conditions = vec![status.clone()];
    conditions.extend(family);
    Parents {
        eligible: eligible_if_hsp && status.met == Some(true),
        eligible_if_hsp,
        until,
        household_income_yen: income,
        income_threshold_yen: PARENTS_INCOME_YEN,
        conditions,
        reasons,
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DomesticWorker {
    /// Can employ a foreign domestic worker now, given the current status.
    pub eligible: bool,
    pub eligible_if_hsp: bool,
    /// The most workers any open type allows (0 when none is open).
    pub max_workers: u32,
    /// The end of the family-circumstances type: the youngest child turns 13.
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
    pub eligible: bool,
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
    WorkerType {
        kind,
        eligible: none_failed(&conditions),
        max_workers,
        conditions,
        source,
        confidence,
    }
}

pub fn domestic_worker(
    profile: &Profile,
    hsp_eligible: bool,
    jskip_eligible: bool,
) -> DomesticWorker {
    let income = household_income_yen(profile);
    let household = profile.household.as_ref();
    let until = last_child_reaches(profile, WORKER_CHILD_AGE);
    let spouse_cannot = household.is_some_and(|h| h.spouse_cannot_do_housework);
    let (status, status_reason) = hsp_status(profile, hsp_eligible);
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
    let jskip_status = jskip_eligible
        || profile
            .residence
            .as_ref()
            .is_some_and(|r| r.jskip_since.is_some() && r.current_status == Status::Hsp1);
    let financial_max = if income >= SECOND_WORKER_INCOME_YEN {
        2
    } else {
        1
    };
    let types = vec![
        worker_type(
            "family_circumstances",
            1,
            vec![
                income_10m(),
                Condition::checked(
                    "child_under_13_or_spouse_cannot_do_housework",
                    until.is_some() || spouse_cannot,
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
        worker_type(
            "jskip",
            2,
            vec![
                Condition::checked("jskip", jskip_status, "S5", Confidence::Med),
                Condition::checked(
                    "household_income_30m",
                    income >= SECOND_WORKER_INCOME_YEN,
                    "S5; V3",
                    Confidence::Med,
                ),
            ],
            "S5; V3",
            Confidence::Med,
        ),
    ];
    let eligible_if_hsp = none_failed(&conditions) && types.iter().any(|t| t.eligible);
    let max_workers = types
        .iter()
        .filter(|t| t.eligible)
        .map(|t| t.max_workers)
        .max()
        .unwrap_or(0);
    let mut reasons: Vec<&'static str> = conditions
        .iter()
        .filter(|c| c.met == Some(false))
        .map(|c| c.id)
        .collect();
    if none_failed(&conditions) && !eligible_if_hsp {
        reasons.push("no_worker_type_open");
    }
    let open: Vec<&str> = types
        .iter()
        .filter(|t| t.eligible)
        .map(|t| t.kind)
        .collect();
    if open == ["accompanying"] {
        // 入国帯同型 needs a worker already employed abroad for a year: say so plainly.
        reasons.push("only_accompanying_type");
    }
    // The family-circumstances type ends when the youngest child turns 13, unless the
    // spouse's situation or another type keeps it open.
    let ends = open.contains(&"family_circumstances")
        && !spouse_cannot
        && !open.iter().any(|k| matches!(*k, "financial" | "jskip"));
    reasons.extend(status_reason);
    let eligible = eligible_if_hsp && status.met == Some(true);
    let mut all_conditions = vec![status];
    all_conditions.extend(conditions);
    DomesticWorker {
        eligible,
        eligible_if_hsp,
        max_workers: if eligible_if_hsp { max_workers } else { 0 },
        until: until.filter(|_| ends),
        household_income_yen: income,
        conditions: all_conditions,
        types,
        reasons,
    }
}
