//! Helpers shared by the integration tests: profiles from `json!`, one line per test.
#![allow(dead_code)]

pub mod histories;
pub mod strategies;

use hsp_pr::rules::decode::ErrorCode;
use hsp_pr::rules::{Assessment, Date, Profile, Rejection, Value, decode, evaluate};

#[track_caller]
pub fn date(text: &str) -> Date {
    Date::parse(text).unwrap_or_else(|| panic!("bad test date {text}"))
}

/// The default `as_of` of the tests.
pub fn today() -> Date {
    date("2026-11-26")
}

pub fn value(json: serde_json::Value) -> Value {
    serde_json::from_value(json).expect("every serde_json value converts")
}

#[track_caller]
pub fn profile(json: serde_json::Value) -> Profile {
    decode(&value(json), today(), None)
        .unwrap_or_else(|rejection| panic!("profile rejected: {rejection:?}"))
}

#[track_caller]
pub fn assess(json: serde_json::Value) -> Assessment {
    evaluate(&profile(json))
}

#[track_caller]
pub fn rejection(json: serde_json::Value) -> Rejection {
    match decode(&value(json), today(), None) {
        Ok(profile) => panic!("accepted, expected errors: {profile:?}"),
        Err(rejection) => rejection,
    }
}

/// Asserts that the rejection names exactly these (field, code) pairs, in any order.
#[track_caller]
pub fn assert_errors(rejection: &Rejection, expected: &[(&str, ErrorCode)]) {
    let mut got: Vec<(String, ErrorCode)> = rejection
        .errors
        .iter()
        .map(|e| (e.field.clone(), e.code))
        .collect();
    let mut want: Vec<(String, ErrorCode)> = expected
        .iter()
        .map(|(f, c)| ((*f).to_owned(), *c))
        .collect();
    got.sort_by(|a, b| a.0.cmp(&b.0));
    want.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(got, want, "errors: {:#?}", rejection.errors);
    assert!(rejection.errors.iter().all(|e| !e.message.is_empty()));
}

pub fn route<'a>(assessment: &'a Assessment, name: &str) -> &'a hsp_pr::rules::pr::Route {
    assessment
        .pr
        .routes
        .iter()
        .find(|r| r.route == name)
        .unwrap_or_else(|| panic!("no route {name}"))
}
