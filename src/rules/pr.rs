//! Permanent residence (永住許可): the routes of RULES.md §3 with their earliest dates, and
//! the general conditions as a checklist the person confirms (S10, V10).

use serde::Serialize;

use super::condition::Condition;
use super::date::Date;
use super::hsp::{passes, passes_mark};
use super::jskip;
use super::lookback::{Lookback, lookback};
use super::points::{PASS_MARK, PR_1_YEAR_MARK};
use super::profile::{Category, Residence, Status};
use super::source::Confidence;
use super::timeline::{Snapshot, Timeline};
use super::window::{Window, shifted, window};

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
    /// The application fee (V24).
    pub fee: Fee,
    /// Announced changes to the review that are not rules yet (V25).
    pub planned_changes: Vec<PlannedChange>,
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
    /// An application filed on `as_of` meets every condition the engine can check (V15).
    pub eligible_now: bool,
    /// CONTRACT.md "What the dates mean": open now, the first day of the unbroken run of
    /// days ending on `as_of` on which an application would have met the route; closed, the
    /// first day after `as_of` on which one would (the projection), or `null`.
    pub earliest_date: Option<Date>,
    /// Fast tracks: where a value changed on a day the profile does not give (between two
    /// look-back dates), `earliest_date` assumes the change came as late as it can (V23); this
    /// is the date if it came as early as it can, when that is earlier. On or before `as_of`
    /// for a closed route: it may be open already (reason
    /// `could_be_open_now_change_date_unknown`). `null` otherwise.
    pub could_be_as_early_as: Option<Date>,
    pub years_required: u32,
    /// For the fast tracks: `recognised` (item ア, a declared run) or `calculated` (item イ,
    /// the points on the application date and N years before), for an application on
    /// `as_of` when open, else on `earliest_date`.
    pub basis: Option<&'static str>,
    /// The look-back of item イ for an application on `as_of`.
    pub lookback: Option<Lookback>,
    /// The look-back for an application on `earliest_date` (when that is not `as_of`), with
    /// what it assumed (V23).
    pub lookback_at_earliest: Option<Lookback>,
    pub reasons: Vec<&'static str>,
    /// Checklist items this route does not require (spouse route: conduct and livelihood).
    pub exempt: Vec<&'static str>,
    pub source: &'static str,
    pub confidence: Confidence,
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
            could_be_as_early_as: None,
            years_required: years,
            basis: None,
            lookback: None,
            lookback_at_earliest: None,
            reasons: vec![reason],
            exempt: Vec::new(),
            source,
            confidence: Confidence::Med,
        }
    }
}

/// The special cases for HSP (S10 §2 items 6 and 7) date from the guideline's revision of
/// 2017-04-26 (the 1- and 3-year tracks for 70 and 80 points): no application by them can
/// predate it. Only a "since when" of a route open today can reach that far back.
pub fn hsp_tracks_start() -> Date {
    Date::new(2017, 4, 26).unwrap_or(Date::MIN)
}

/// A fast track: N years, a condition on the sheet of one date, and a declared run.
struct FastTrack {
    route: &'static str,
    years: i32,
    holds: fn(&Snapshot) -> bool,
    declared_since: Option<Date>,
    /// The declaration behind `declared_since` (`points_70_since` …), named as a fact.
    declared_field: &'static str,
    /// The points mark of the track; `None` for J-Skip (not points-based).
    mark: Option<u32>,
    /// The first day an application by the track can be filed.
    introduced: Date,
    not_met_now: &'static str,
    lookback_not_met: &'static str,
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

/// A fast track (S10 §2 items 6–8) judged on the application date D (V15): resided N years
/// by D, the mark met on D (the lead-in), and either the declared run has lasted N years by D
/// unbroken (item ア), or the mark was met on D − N years (item イ).
struct TrackRule<'t, 'p> {
    timeline: &'t Timeline<'p>,
    track: &'t FastTrack,
    start: Date,
    /// Item ア: recognised since the declared date, counted from arrival at the earliest.
    run_from: Option<Date>,
    /// The declaration covers the past; in the projection the run lasts while the mark
    /// holds, so it breaks on the first day from `as_of` on which it does not.
    run_breaks: Option<Date>,
}

impl<'t, 'p> TrackRule<'t, 'p> {
    fn new(timeline: &'t Timeline<'p>, track: &'t FastTrack, start: Date) -> TrackRule<'t, 'p> {
        let as_of = timeline.profile().as_of;
        let mut rule = TrackRule {
            timeline,
            track,
            start,
            run_from: track.declared_since.map(|since| since.max(start)),
            run_breaks: None,
        };
        rule.run_breaks = timeline
            .change_dates()
            .iter()
            .copied()
            .filter(|day| *day >= as_of)
            .find(|day| !rule.on(*day));
        rule
    }
    fn on(&self, day: Date) -> bool {
        (self.track.holds)(&self.timeline.snapshot(day))
    }
    fn resided(&self, day: Date) -> bool {
        self.start.add_years(self.track.years) <= day
    }
    fn recognised(&self, day: Date) -> bool {
        self.run_from
            .is_some_and(|from| from.add_years(self.track.years) <= day)
            && self.run_breaks.is_none_or(|breaks| day < breaks)
    }
    fn calculated(&self, day: Date) -> bool {
        self.on(day.add_years(self.track.years.saturating_neg()))
    }
    fn applies(&self, day: Date) -> bool {
        self.resided(day) && self.on(day) && (self.recognised(day) || self.calculated(day))
    }
    fn window(&self) -> Window {
        let years = self.track.years;
        let changes = self.timeline.change_dates();
        let mut candidates = changes
            .iter()
            .copied()
            .chain(shifted(changes, years))
            .chain([self.start.add_years(years)])
            .chain(self.run_from.map(|from| from.add_years(years)))
            .chain(self.run_breaks);
        let floor = self.start.add_years(years).max(self.track.introduced);
        window(
            self.timeline.profile().as_of,
            floor,
            &mut candidates,
            &|day| self.applies(day),
        )
    }
    /// The look-back of an application on `day`, with what it assumed.
    fn look_back(&self, day: Date) -> Lookback {
        let then = self
            .timeline
            .snapshot(day.add_years(self.track.years.saturating_neg()));
        let declared = match self.track.mark {
            Some(mark) => then.declared_points.is_some_and(|p| p >= mark),
            None => then.declared_jskip,
        };
        lookback(
            self.timeline,
            &then,
            self.track.mark.map(|_| then.card().total()),
            (self.track.holds)(&then),
            declared.then_some(self.track.declared_field),
        )
    }
}

fn fast_track(
    timeline: &Timeline,
    start: Date,
    track: FastTrack,
    mut reasons: Vec<&'static str>,
) -> Route {
    let as_of = timeline.profile().as_of;
    let rule = TrackRule::new(timeline, &track, start);
    let found = rule.window();
    // V23: where a value changed on an unknown day, the answer takes the late reading; the
    // early one says how much earlier the date could be.
    let hopeful = timeline.hopeful();
    let could_be = hopeful
        .as_ref()
        .and_then(|h| TrackRule::new(h, &track, start).window().earliest)
        .filter(|early| found.earliest.is_none_or(|day| *early < day));

    let now = rule.look_back(as_of);
    if !rule.on(as_of) {
        reasons.push(track.not_met_now);
    }
    if !rule.resided(as_of) {
        reasons.push(match track.years {
            1 => "residence_under_1_year",
            _ => "residence_under_3_years",
        });
    }
    if !now.met && !rule.recognised(as_of) {
        reasons.push(track.lookback_not_met);
    }
    let decisive = if found.open_now {
        Some(as_of)
    } else {
        found.earliest
    };
    let basis = decisive.map(|day| {
        if rule.recognised(day) {
            "recognised"
        } else {
            "calculated"
        }
    });
    let at_earliest = found
        .earliest
        .filter(|day| *day != as_of)
        .map(|day| rule.look_back(day));
    let decisive_lookback = if found.open_now {
        Some(&now)
    } else {
        at_earliest.as_ref()
    };
    if basis == Some("calculated")
        && decisive_lookback.is_some_and(|l| l.salary_assumed && !l.declared)
    {
        reasons.push("lookback_salary_assumed");
    }
    match found.earliest {
        Some(day) if day > as_of => reasons.push("projected_date"),
        None => reasons.push("not_reached_in_projection"),
        Some(_) => {}
    }
    match could_be {
        // Closed on the late reading, yet open now on the early one: it may be open already.
        Some(day) if day <= as_of && !found.open_now => {
            reasons.push("could_be_open_now_change_date_unknown")
        }
        Some(_) => reasons.push("could_be_earlier_change_date_unknown"),
        None => {}
    }
    Route {
        route: track.route,
        eligible_now: found.open_now,
        earliest_date: found.earliest,
        could_be_as_early_as: could_be,
        years_required: track.years.unsigned_abs(),
        basis,
        lookback: Some(now),
        lookback_at_earliest: at_earliest,
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
        could_be_as_early_as: None,
        years_required: 10,
        basis: None,
        lookback: None,
        lookback_at_earliest: None,
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
    if profile.has_spouse() == Some(false) {
        return Route::closed("spouse", 3, SOURCE, "no_spouse");
    }
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
        could_be_as_early_as: None,
        years_required: 3,
        basis: None,
        lookback: None,
        lookback_at_earliest: None,
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
        could_be_as_early_as: None,
        years_required: 5,
        basis: None,
        lookback: None,
        lookback_at_earliest: None,
        reasons,
        exempt: Vec::new(),
        source: SOURCE,
        confidence: Confidence::Med,
    }
}

const ROUTES: [(&str, u32, &str); 6] = [
    ("general", 10, "S10 §1 (3)ア"),
    ("hsp70", 3, "S10 §2 item 6; V15"),
    ("hsp80", 1, "S10 §2 item 7; V15"),
    ("jskip", 1, "S10 §2 item 8; V15"),
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
            let declared_70_field = match (residence.points_70_since, residence.points_80_since) {
                (Some(a), Some(b)) if b < a => "points_80_since",
                (None, Some(_)) => "points_80_since",
                _ => "points_70_since",
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
                        declared_field: declared_70_field,
                        mark: Some(PASS_MARK),
                        introduced: hsp_tracks_start(),
                        not_met_now: "points_below_70_now",
                        lookback_not_met: "lookback_points_below_70",
                        source: "S10 §2 item 6; V15",
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
                        declared_field: "points_80_since",
                        mark: Some(PR_1_YEAR_MARK),
                        introduced: hsp_tracks_start(),
                        not_met_now: "points_below_80_now",
                        lookback_not_met: "lookback_points_below_80",
                        source: "S10 §2 item 7; V15",
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
                        declared_field: "jskip_since",
                        mark: None,
                        introduced: jskip::start(),
                        not_met_now: "jskip_criteria_not_met_now",
                        lookback_not_met: "lookback_jskip_criteria_not_met",
                        source: "S10 §2 item 8; V15",
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
        // V21: the general route's 5 work years leave out 技能実習 and 特定技能1号.
        Condition::to_confirm(
            "work_years_exclude_technical_intern_and_ssw1",
            "S10 §1 (3)ア; V21",
            Confidence::High,
        ),
    ];
    // V11, V22: the 2025 business-manager criteria, for an HSP(i)(c) holder and for a
    // 経営・管理 holder alike.
    let business_manager = status == Some(Status::BusinessManager)
        || (profile.category == Category::C && status.is_some_and(Status::is_hsp));
    if business_manager {
        checklist.push(Condition::to_confirm(
            "business_manager_criteria_2025",
            "S18; V11; V22",
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
        fee: Fee::on(as_of),
        planned_changes: vec![PlannedChange {
            id: "pr_review_tightening_planned",
            announced: Date::new(2026, 1, 23).unwrap_or(Date::MIN),
            source: "V25",
            confidence: Confidence::Med,
        }],
    }
}

/// V24: the PR fee law has passed; the new amounts apply from a day set by cabinet order,
/// no later than 2027-03-31.
pub fn new_fee_deadline() -> Date {
    Date::new(2027, 3, 31).unwrap_or(Date::MAX)
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fee {
    /// `fee_10000_yen_rising_by_2027_03_31` before that day, `fee_set_by_cabinet_order`
    /// from it.
    pub rule_on_as_of: &'static str,
    /// The fee today where it is known (¥10,000 until the new fees apply).
    pub current_yen: Option<u64>,
    /// The law's cap for PR (¥300,000); change and renewal ¥100,000.
    pub cap_yen: u64,
    pub cap_change_or_renewal_yen: u64,
    /// The last day on which the new fees can start.
    pub new_fees_by: Date,
    pub source: &'static str,
    pub confidence: Confidence,
}

impl Fee {
    fn on(as_of: Date) -> Fee {
        let rising = as_of < new_fee_deadline();
        Fee {
            rule_on_as_of: if rising {
                "fee_10000_yen_rising_by_2027_03_31"
            } else {
                "fee_set_by_cabinet_order"
            },
            current_yen: rising.then_some(10_000),
            cap_yen: 300_000,
            cap_change_or_renewal_yen: 100_000,
            new_fees_by: new_fee_deadline(),
            source: "V8; V24",
            confidence: Confidence::Med,
        }
    }
}

/// A change announced but not in force: shown beside the checklist, never a condition (V25).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlannedChange {
    pub id: &'static str,
    pub announced: Date,
    pub source: &'static str,
    pub confidence: Confidence,
}
