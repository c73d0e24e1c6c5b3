//! Permanent residence (永住許可): the routes of RULES.md §3 with their earliest dates, and
//! the general conditions as a checklist the person confirms (S10, V10).

use serde::Serialize;

use super::condition::Condition;
use super::date::Date;
use super::hsp::{passes, passes_mark};
use super::jskip;
use super::points::{PASS_MARK, PR_1_YEAR_MARK};
use super::profile::{Residence, Status};
use super::search::{first_date, run_end};
use super::source::Confidence;
use super::timeline::{Snapshot, Timeline};

/// V10: applications filed on or before 2027-03-31 may count a 3-year period of stay as the
/// longest; from 2027-04-01 the actual maximum is needed.
pub fn longest_period_cutoff() -> Date {
    Date::new(2027, 4, 1).unwrap_or(Date::MAX)
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Pr {
    pub already_permanent_resident: bool,
    /// The earliest date over every route (`null` when none is open).
    pub earliest_date: Option<Date>,
    pub routes: Vec<Route>,
    /// The general conditions (S10 §1), for the person to confirm.
    pub checklist: Vec<Condition>,
    pub longest_period_of_stay: LongestPeriod,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LongestPeriod {
    /// HSP(i) always has 5 years (V7) and HSP(ii) is indefinite: the condition is met.
    pub met_by_status: bool,
    /// `three_years_counts` (applications filed until 2027-03-31) or `maximum_required`.
    pub rule_on_as_of: &'static str,
    pub three_years_counts_until: Date,
    pub source: &'static str,
    pub confidence: Confidence,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Route {
    /// `general`, `hsp70`, `hsp80`, `jskip`, `spouse`, `long_term_resident`.
    pub route: &'static str,
    pub eligible_now: bool,
    /// The first date the residence-period part (and for the fast tracks the points on both
    /// dates) is met; `null` where the route is not open to this person.
    pub earliest_date: Option<Date>,
    pub years_required: u32,
    /// For the fast tracks: `recognised` (item ア, a declared run) or `calculated` (item イ,
    /// the points on the application date and N years before).
    pub basis: Option<&'static str>,
    /// The look-back of item イ for an application on `as_of`.
    pub lookback: Option<Lookback>,
    pub reasons: Vec<&'static str>,
    /// Checklist items this route does not require (spouse route: conduct and livelihood).
    pub exempt: Vec<&'static str>,
    pub source: &'static str,
    pub confidence: Confidence,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Lookback {
    pub date: Date,
    /// The total on that date (fast tracks by points); `null` for J-Skip.
    pub points: Option<u32>,
    /// Met, by the computed points or by the declared history.
    pub met: bool,
    /// The declared history (`points_70_since` …) covers that date.
    pub declared: bool,
    /// The salary of that date was not given: the check is unconfirmed.
    pub salary_assumed: bool,
    pub age_assumed: bool,
}

impl Route {
    fn closed(
        route: &'static str,
        years: u32,
        source: &'static str,
        reason: &'static str,
    ) -> Route {
        Route {
            route,
            eligible_now: false,
            earliest_date: None,
            years_required: years,
            basis: None,
            lookback: None,
            reasons: vec![reason],
            exempt: Vec::new(),
            source,
            confidence: Confidence::Med,
        }
    }
}

/// A fast track: N years, a condition on the sheet inputs, and a declared run start.
struct FastTrack {
    route: &'static str,
    years: i32,
    holds: fn(&Snapshot) -> bool,
    declared_since: Option<Date>,
    /// The points mark of the track; `None` for J-Skip (not points-based).
    mark: Option<u32>,
    not_met_now: &'static str,
    source: &'static str,
}

fn passes_80(snapshot: &Snapshot) -> bool {
    passes_mark(snapshot, PR_1_YEAR_MARK)
}

/// Continuous residence starts at `in_japan_since`; without it, at the earliest status
/// date given (a status in Japan starts on or after arrival), flagged as assumed.
fn residence_start(residence: &Residence, reasons: &mut Vec<&'static str>) -> Option<Date> {
    if residence.current_status == Status::OutsideJapan {
        return None;
    }
    if residence.in_japan_since.is_some() {
        return residence.in_japan_since;
    }
    let earliest = [
        residence.work_status_since,
        residence.hsp_since,
        residence.jskip_since,
        residence.current_status_since,
    ]
    .into_iter()
    .flatten()
    .min();
    if earliest.is_some() {
        reasons.push("in_japan_since_assumed_from_status_dates");
    }
    earliest
}

fn fast_track(
    timeline: &Timeline,
    start: Date,
    track: FastTrack,
    mut reasons: Vec<&'static str>,
) -> Route {
    let as_of = timeline.profile().as_of;
    let years = track.years.unsigned_abs();
    let recognised = track
        .declared_since
        .and_then(|since| run_end(timeline, since, Some(start), track.years, track.holds));
    let calculated = first_date(
        timeline,
        start.add_years(track.years),
        Some(track.years),
        track.holds,
    );
    // A calculated date that rests on an assumed past salary does not beat a declared run.
    let calculated_assumed = calculated.as_ref().is_some_and(|(_, then)| {
        then.as_ref()
            .is_some_and(|t| t.salary_assumed && t.declared_points.is_none() && !t.declared_jskip)
    });
    let (earliest_date, basis) = match (recognised, &calculated) {
        (Some(r), Some((c, _))) if c.date < r && !calculated_assumed => {
            (Some(c.date), Some("calculated"))
        }
        (Some(r), _) => (Some(r), Some("recognised")),
        (None, Some((c, _))) => (Some(c.date), Some("calculated")),
        (None, None) => (None, None),
    };
    if basis == Some("calculated") && calculated_assumed {
        reasons.push("lookback_salary_assumed");
    }
    let now = timeline.snapshot(as_of);
    let met_now = (track.holds)(&now);
    if !met_now {
        reasons.push(track.not_met_now);
    }
    if start.add_years(track.years) > as_of {
        reasons.push(match years {
            1 => "residence_under_1_year",
            _ => "residence_under_3_years",
        });
    }
    match earliest_date {
        Some(date) if date > as_of => reasons.push("projected_date"),
        None => reasons.push("not_reached_in_projection"),
        Some(_) => {}
    }
    let then = timeline.snapshot(as_of.add_years(track.years.saturating_neg()));
    let lookback = Lookback {
        date: then.date,
        points: track.mark.map(|_| then.card().total()),
        met: (track.holds)(&then),
        declared: match track.mark {
            Some(mark) => then.declared_points.is_some_and(|p| p >= mark),
            None => then.declared_jskip,
        },
        salary_assumed: then.salary_assumed,
        age_assumed: then.age_assumed,
    };
    Route {
        route: track.route,
        eligible_now: met_now && earliest_date.is_some_and(|d| d <= as_of),
        earliest_date,
        years_required: years,
        basis,
        lookback: Some(lookback),
        reasons,
        exempt: Vec::new(),
        source: track.source,
        confidence: Confidence::Med,
    }
}

fn general(
    residence: &Residence,
    start: Date,
    as_of: Date,
    mut reasons: Vec<&'static str>,
) -> Route {
    const SOURCE: &str = "S10 §1 (3)ア";
    let work_since = match (residence.work_status_since, residence.hsp_since) {
        (Some(since), _) => Some(since),
        (None, Some(since)) => {
            reasons.push("work_status_since_from_hsp_since");
            Some(since)
        }
        (None, None) if residence.current_status.is_work_or_residential() => {
            reasons.push("work_status_since_assumed_from_arrival");
            Some(start)
        }
        (None, None) => None,
    };
    let Some(work_since) = work_since else {
        return Route::closed("general", 10, SOURCE, "no_work_or_residential_status");
    };
    let earliest = start.add_years(10).max(work_since.add_years(5));
    if start.add_years(10) > as_of {
        reasons.push("residence_under_10_years");
    }
    if work_since.add_years(5) > as_of {
        reasons.push("work_status_under_5_years");
    }
    Route {
        route: "general",
        eligible_now: earliest <= as_of,
        earliest_date: Some(earliest),
        years_required: 10,
        basis: None,
        lookback: None,
        reasons,
        exempt: Vec::new(),
        source: SOURCE,
        confidence: Confidence::Med,
    }
}

fn spouse(
    timeline: &Timeline,
    residence: &Residence,
    start: Date,
    mut reasons: Vec<&'static str>,
) -> Route {
    const SOURCE: &str = "S10 §2 item 1";
    let profile = timeline.profile();
    let household = profile.household.as_ref();
    let married_to_national_or_pr = household.is_some_and(|h| h.spouse_japanese_or_pr)
        || residence.current_status == Status::SpouseOfJapanese;
    if !married_to_national_or_pr {
        return Route::closed("spouse", 3, SOURCE, "not_spouse_of_japanese_or_pr");
    }
    let Some(married) = household.and_then(|h| h.married_since) else {
        return Route::closed("spouse", 3, SOURCE, "married_since_missing");
    };
    let as_of = profile.as_of;
    if married.add_years(3) > as_of {
        reasons.push("marriage_under_3_years");
    }
    if start.add_years(1) > as_of {
        reasons.push("residence_under_1_year");
    }
    let earliest = married.add_years(3).max(start.add_years(1));
    Route {
        route: "spouse",
        eligible_now: earliest <= as_of,
        earliest_date: Some(earliest),
        years_required: 3,
        basis: None,
        lookback: None,
        reasons,
        // S10 §1 exemption: (1) conduct and (2) livelihood are not required.
        exempt: vec!["good_conduct", "independent_livelihood"],
        source: SOURCE,
        confidence: Confidence::Med,
    }
}

fn long_term_resident(
    residence: &Residence,
    start: Date,
    as_of: Date,
    mut reasons: Vec<&'static str>,
) -> Route {
    const SOURCE: &str = "S10 §2 item 2";
    if residence.current_status != Status::LongTermResident {
        return Route::closed("long_term_resident", 5, SOURCE, "not_long_term_resident");
    }
    let since = residence.current_status_since.unwrap_or_else(|| {
        reasons.push("status_since_assumed_from_arrival");
        start
    });
    let earliest = since.add_years(5);
    if earliest > as_of {
        reasons.push("long_term_resident_under_5_years");
    }
    Route {
        route: "long_term_resident",
        eligible_now: earliest <= as_of,
        earliest_date: Some(earliest),
        years_required: 5,
        basis: None,
        lookback: None,
        reasons,
        exempt: Vec::new(),
        source: SOURCE,
        confidence: Confidence::Med,
    }
}

const ROUTES: [(&str, u32, &str); 6] = [
    ("general", 10, "S10 §1 (3)ア"),
    ("hsp70", 3, "S10 §2 item 6"),
    ("hsp80", 1, "S10 §2 item 7"),
    ("jskip", 1, "S10 §2 item 8"),
    ("spouse", 3, "S10 §2 item 1"),
    ("long_term_resident", 5, "S10 §2 item 2"),
];

pub fn check(timeline: &Timeline) -> Pr {
    let profile = timeline.profile();
    let as_of = profile.as_of;
    let status = profile.status();
    let already = status == Some(Status::Pr);
    let mut shared_reasons = Vec::new();
    let start = match &profile.residence {
        Some(residence) if !already => residence_start(residence, &mut shared_reasons),
        _ => None,
    };
    let closed_reason = match (&profile.residence, already) {
        (_, true) => "already_permanent_resident",
        (None, _) => "residence_history_missing",
        (Some(r), _) if r.current_status == Status::OutsideJapan => "not_resident_in_japan",
        (Some(_), _) => "in_japan_since_missing",
    };
    let routes = match (&profile.residence, start) {
        (Some(residence), Some(start)) => {
            let r = || shared_reasons.clone();
            let declared_70 = match (residence.points_70_since, residence.points_80_since) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            vec![
                general(residence, start, as_of, r()),
                fast_track(
                    timeline,
                    start,
                    FastTrack {
                        route: "hsp70",
                        years: 3,
                        holds: passes,
                        declared_since: declared_70,
                        mark: Some(PASS_MARK),
                        not_met_now: "points_below_70_now",
                        source: "S10 §2 item 6",
                    },
                    r(),
                ),
                fast_track(
                    timeline,
                    start,
                    FastTrack {
                        route: "hsp80",
                        years: 1,
                        holds: passes_80,
                        declared_since: residence.points_80_since,
                        mark: Some(PR_1_YEAR_MARK),
                        not_met_now: "points_below_80_now",
                        source: "S10 §2 item 7",
                    },
                    r(),
                ),
                fast_track(
                    timeline,
                    start,
                    FastTrack {
                        route: "jskip",
                        years: 1,
                        holds: jskip::meets_on,
                        declared_since: residence.jskip_since,
                        mark: None,
                        not_met_now: "jskip_criteria_not_met_now",
                        source: "S10 §2 item 8",
                    },
                    r(),
                ),
                spouse(timeline, residence, start, r()),
                long_term_resident(residence, start, as_of, r()),
            ]
        }
        _ => ROUTES
            .iter()
            .map(|(route, years, source)| Route::closed(route, *years, source, closed_reason))
            .collect(),
    };

    let met_by_status = matches!(status, Some(Status::Hsp1 | Status::Hsp2));
    let rule_on_as_of = if as_of < longest_period_cutoff() {
        "three_years_counts"
    } else {
        "maximum_required"
    };
    let longest_period = if met_by_status {
        Condition::checked(
            "longest_period_of_stay",
            true,
            "S10 §1 (3)ウ; V7; V10",
            Confidence::Med,
        )
    } else {
        Condition::to_confirm(
            "longest_period_of_stay",
            "S10 §1 (3)ウ; V10",
            Confidence::Med,
        )
    };
    let mut checklist = vec![
        Condition::to_confirm("good_conduct", "S10 §1 (1)", Confidence::Med),
        Condition::to_confirm("independent_livelihood", "S10 §1 (2)", Confidence::Med),
        Condition::to_confirm("no_criminal_penalty", "S10 §1 (3)イ", Confidence::Med),
        Condition::to_confirm(
            "public_duties_paid_on_time",
            "S10 §1 (3)イ (2024-11-18 note)",
            Confidence::Med,
        ),
        longest_period,
        Condition::to_confirm(
            "landing_criteria_of_current_status",
            "S10 §1 (3)エ; V9",
            Confidence::Med,
        ),
        Condition::to_confirm("public_health", "S10 §1 (3)オ", Confidence::Med),
        Condition::to_confirm("guarantor", "S10 (tebiq card)", Confidence::Med),
    ];
    if profile.category == super::profile::Category::C && status.is_some_and(Status::is_hsp) {
        checklist.push(Condition::to_confirm(
            "business_manager_criteria_2025",
            "S18; V11",
            Confidence::Med,
        ));
    }
    Pr {
        already_permanent_resident: already,
        earliest_date: routes.iter().filter_map(|r| r.earliest_date).min(),
        routes,
        checklist,
        longest_period_of_stay: LongestPeriod {
            met_by_status,
            rule_on_as_of,
            three_years_counts_until: longest_period_cutoff().add_days(-1),
            source: "S10 §1 (3)ウ; V10",
            confidence: Confidence::Med,
        },
    }
}
