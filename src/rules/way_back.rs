//! A PR holder going back to HSP (RULES.md §7.2; V5, V6, V17; S20, unconfirmed): the steps,
//! what ends when, and what it takes to come back to PR, each date from the checks
//! themselves. The return to PR is the PR check run on the same person as if the change to
//! HSP(i) were granted on `as_of` (nothing else changed): the rules' own answer, not a
//! table of its own.

use serde::Serialize;

use super::date::Date;
use super::hsp::{Hsp, Hsp2};
use super::pr;
use super::profile::{Profile, Status};
use super::source::Confidence;
use super::timeline::Timeline;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WayBack {
    /// An application to change to HSP(i) filed on `as_of` meets the points and the
    /// salary floor (V6, V17).
    pub hsp1_now: bool,
    /// The first day after `as_of` it would (the HSP check's own date), when closed now.
    pub hsp1_from: Option<Date>,
    /// HSP(ii) directly, on the past years of HSP(i) (V5).
    pub hsp2_directly: bool,
    /// Otherwise, HSP(ii) after 3 years in HSP(i) from a change granted on `as_of`, counting
    /// from the change only (earlier HSP(i) years are not added to the new ones: the late
    /// reading, as no text says they are).
    pub hsp2_after_change: Option<Date>,
    /// PR again, if the change were granted on `as_of`: the earliest day an application
    /// meets the conditions the engine checks (`as_of` itself when one would at once), and
    /// the route that gives it.
    pub pr_again_from: Option<Date>,
    pub pr_again_route: Option<&'static str>,
    /// That route's look-back rests on assumptions about the past sheet (V23): the date
    /// holds only if they do.
    pub pr_again_assumed: bool,
    /// The PR fee rule on `as_of` (V24): coming back costs a new PR application.
    pub pr_fee: &'static str,
    pub source: &'static str,
    pub confidence: Confidence,
}

pub fn way_back(profile: &Profile, hsp: &Hsp, hsp2: &Hsp2, fee: &'static str) -> Option<WayBack> {
    if profile.status() != Some(Status::Pr) {
        return None;
    }
    let as_of = profile.as_of;
    let hsp1_now = hsp.eligible;
    // The same person, holding HSP(i) from today: PR years end, HSP(i) years begin.
    let mut switched = profile.clone();
    if let Some(residence) = switched.residence.as_mut() {
        residence.current_status = Status::Hsp1;
        residence.hsp_since = Some(as_of);
        residence.pr_since = None;
        residence.points_70_since = None;
        residence.points_80_since = None;
        residence.jskip_since = None;
    }
    let timeline = Timeline::new(&switched);
    let again = hsp1_now.then(|| pr::check(&timeline));
    let best = again.as_ref().and_then(|again| {
        again
            .routes
            .iter()
            .filter_map(|r| {
                let day = if r.eligible_now {
                    Some(as_of)
                } else {
                    r.earliest_date
                }?;
                Some((day, r))
            })
            .min_by_key(|(day, _)| *day)
    });
    let pr_again_assumed = best.is_some_and(|(_, r)| {
        r.lookback
            .as_ref()
            .is_some_and(|l| !l.assumptions.is_empty() || l.salary_assumed)
    });
    let hsp2_after_change = (hsp1_now && !hsp2.eligible)
        .then(|| super::hsp::check_hsp2(&timeline).earliest_date)
        .flatten();
    Some(WayBack {
        hsp1_now,
        hsp1_from: hsp.eligible_from,
        hsp2_directly: hsp2.eligible,
        hsp2_after_change,
        pr_again_from: best.map(|(day, _)| day),
        pr_again_route: best.map(|(_, r)| r.route),
        pr_again_assumed,
        pr_fee: fee,
        source: "S20; V5; V6; V17; V24",
        confidence: Confidence::Unverified,
    })
}
