//! The consultation pack (issue #13): the evidence checklist (S1 疎明資料（基本例）), the tax
//! certificates' years, the filled sheet's marks, and the `.xlsx` the CLI writes, read back by
//! an independent reader (openpyxl) over generated profiles of each category.

mod common;

use std::process::{Command, Stdio};

use common::{assess, profile, strategies};
use hsp_pr::rules::decode::ErrorCode;
use hsp_pr::rules::sheet::{Purpose, fill};
use hsp_pr::rules::{Date, evaluate};
use serde_json::{Value as Json, json};

const BIN: &str = env!("CARGO_BIN_EXE_hsp-pr");

fn numbers(evidence: &hsp_pr::rules::evidence::EvidenceList) -> Vec<&'static str> {
    evidence.items.iter().map(|e| e.number).collect()
}

fn base(category: &str) -> Json {
    json!({ "as_of": "2026-12-01", "category": category, "age": 45, "annual_salary_yen": 20_000_000 })
}

#[test]
fn evidence_follows_the_items_that_score_in_the_official_order() {
    let a = assess(json!({
        "as_of": "2026-12-01", "category": "b", "age": 31, "education": "master", "multiple_degrees": true,
        "experience_years": 4, "annual_salary_yen": 6_500_000, "research": ["papers", "patent"],
        "qualifications": 1, "japanese": "n2",
        "bonuses": ["innovation_support", "sme", "rnd_over_3pct", "top_university", "jica_training"]
    }));
    assert_eq!(
        numbers(&a.evidence),
        ["①", "②", "③", "④", "⑥", "⑧", "⑨", "⑩", "⑫", "⑮", "⑰", "⑱"]
    );
    let of = |n: &str| a.evidence.items.iter().find(|e| e.number == n).expect(n);
    // ①: the transcript for two fields, and not needed with the JICA certificate.
    let notes: Vec<_> = of("①").notes.iter().map(|n| n.id).collect();
    assert_eq!(
        notes,
        [
            "transcript_for_different_fields",
            "not_required_with_jica_certificate"
        ]
    );
    assert_eq!(of("①").items, ["education", "multiple_degrees"]);
    // ②: still needed with JICA for the work points.
    assert_eq!(of("②").notes[0].id, "work_record_needed_with_jica");
    // ⑥: corresponding or first author only.
    assert_eq!(of("⑥").notes[0].id, "corresponding_or_first_author");
    // ⑩ proves both the SME addition and the R&D ratio's SME status; the alternatives of
    // the company's size are one group.
    assert_eq!(of("⑩").items, ["sme", "rnd_over_3pct"]);
    let size: Vec<_> = of("⑩")
        .documents
        .iter()
        .filter(|d| d.one_of == Some("sme_size"))
        .collect();
    assert_eq!(size.len(), 4);
    // ⑫: the business year rule and "with ⑩".
    assert!(of("⑫").notes.iter().any(|n| n.ja.contains("前事業年度")));
    // ⑮ for N2: the JLPT certificate only (a Japanese major is N1's way).
    let japanese: Vec<_> = of("⑮").documents.iter().map(|d| d.id).collect();
    assert_eq!(japanese, ["jlpt_certificate"]);
    // ⑰: the list's own note (check the latest rankings).
    assert_eq!(of("⑰").notes[0].id, "check_latest_rankings");
    // Every document keeps its name on the official sheet.
    assert!(
        a.evidence
            .items
            .iter()
            .flat_map(|e| &e.documents)
            .all(|d| !d.ja.is_empty())
    );
}

#[test]
fn an_item_that_scores_nothing_needs_no_evidence() {
    // N2 with a Japanese degree scores 0 (S1 note); the SME addition without ⑨ scores 0;
    // research in (c) scores 0; age has no evidence number.
    let a = assess(json!({
        "as_of": "2026-12-01", "category": "c", "age": 29, "annual_salary_yen": 9_000_000,
        "japanese": "n2", "research": ["patent"], "bonuses": ["japanese_university", "sme"]
    }));
    assert_eq!(numbers(&a.evidence), ["⑭"]);
    let none = assess(base("b"));
    assert!(numbers(&none.evidence).contains(&"③"));
}

#[test]
fn gathered_documents_are_kept_and_unknown_ones_refused() {
    let mut json = base("c");
    json["evidence_gathered"] = json!(["salary_document"]);
    let a = assess(json.clone());
    let salary = a
        .evidence
        .items
        .iter()
        .find(|e| e.number == "③")
        .expect("③");
    assert!(salary.documents[0].gathered);
    json["evidence_gathered"] = json!(["a_bank_statement"]);
    common::assert_errors(
        &common::rejection(json),
        &[("evidence_gathered[0]", ErrorCode::UnknownValue)],
    );
    let mut json = base("a");
    json["top_university_route"] = json!("league_table");
    json["top_university_name"] = json!("x".repeat(201));
    common::assert_errors(
        &common::rejection(json),
        &[
            ("top_university_route", ErrorCode::UnknownValue),
            ("top_university_name", ErrorCode::TooLarge),
        ],
    );
}

#[test]
fn the_tax_certificate_of_a_date_is_that_of_the_next_fiscal_year_issued_in_june() {
    // 住民税 of fiscal year N is on the income of N − 1, issued from June of N.
    let on = |as_of: &str| {
        let mut json = base("b");
        json["as_of"] = json!(as_of);
        assess(json).evidence.tax_years[0].clone()
    };
    let may = on("2026-05-31");
    assert_eq!(
        (may.income_year, may.certificate_year, may.reiwa),
        (2024, 2025, 7)
    );
    let june = on("2026-06-01");
    assert_eq!(
        (june.income_year, june.certificate_year, june.reiwa),
        (2025, 2026, 8)
    );
    assert_eq!(june.issued_from, Date::new(2026, 6, 1).expect("date"));
    assert!(!june.not_yet_issued);
    // The fast tracks' look-back dates: one and three years before applying.
    let a = assess(json!({
        "as_of": "2026-12-01", "category": "b", "age": 31, "education": "doctor", "experience_years": 8,
        "annual_salary_yen": 8_000_000, "japanese": "n1",
        "residence": { "current_status": "hsp1", "in_japan_since": "2020-04-01", "work_status_since": "2020-04-01",
                       "hsp_since": "2021-04-01" }
    }));
    let purposes: Vec<_> = a.evidence.tax_years.iter().map(|t| t.purpose).collect();
    assert_eq!(
        purposes,
        ["application", "hsp70_lookback", "hsp80_lookback"]
    );
    for year in &a.evidence.tax_years[1..] {
        assert_eq!(year.income_year, year.date.year());
        assert_eq!(year.certificate_year, year.date.year() + 1);
        assert_eq!(
            year.not_yet_issued,
            year.issued_from > year.application_date
        );
    }
}

#[test]
fn the_sheet_ticks_the_rows_that_score_and_the_pr_box_asked_for() {
    let p = profile(json!({
        "as_of": "2026-12-01", "category": "a", "age": 34, "education": "doctor", "experience_years": 7,
        "annual_salary_yen": 10_000_000, "research": ["grants", "other"], "japanese": "n1",
        "bonuses": ["top_university", "sme"], "top_university_route": "top_global", "top_university_name": "Kyoto University"
    }));
    let sheet = fill(&p, Purpose::Hsp);
    let ticked: Vec<_> = sheet
        .rows
        .iter()
        .filter(|r| r.ticked)
        .map(|r| r.cell)
        .collect();
    // ① doctor, ② 7 years (A's top band), ③ ¥10M+, age 30–34, research ⑤ and ⑦, ⑮-Ⅰ, ⑰ Ⅱ.
    // ⑩ without ⑨ scores nothing, so it is not ticked.
    assert_eq!(
        ticked,
        [
            "AF14", "AF20", "AF24", "AF33", "AF37", "AF41", "AF65", "AF77"
        ]
    );
    assert_eq!(sheet.total, evaluate(&p).points.total);
    assert_eq!(sheet.pr_cell, None);
    assert_eq!(
        sheet.top_university_name.as_deref(),
        Some("Kyoto University")
    );
    assert_eq!(fill(&p, Purpose::PrNow).pr_cell, Some("L92"));
    // Three years back: the person was 31 with 4 years of experience.
    let back = fill(&p, Purpose::Pr3YearsBefore);
    assert_eq!(back.pr_cell, Some("L94"));
    assert_eq!(back.points_date, Date::new(2023, 12, 1).expect("date"));
    assert!(
        back.rows.iter().any(|r| r.ticked && r.cell == "AF22"),
        "3 to 5 years then"
    );
    assert!(back.to_complete.contains(&"past_values_assumed"));
    // ⑰ without its way: scored, not ticked, and said.
    let mut json = json!({ "as_of": "2026-12-01", "category": "b", "age": 29, "annual_salary_yen": 4_000_000,
        "qualifications": 1, "bonuses": ["top_university", "investment_management", "rnd_over_3pct", "sme"] });
    let sheet = fill(&profile(json.clone()), Purpose::Hsp);
    assert!(sheet.to_complete.contains(&"top_university_route"));
    assert!(
        sheet
            .rows
            .iter()
            .all(|r| r.item != "top_university" || !r.ticked)
    );
    let cells: Vec<_> = sheet
        .rows
        .iter()
        .filter(|r| r.ticked)
        .map(|r| r.cell)
        .collect();
    // ⑧ one licence, ⑫ with the SME (⑩ itself needs ⑨), ㉑ in AG95.
    assert_eq!(cells, ["AF31", "AF35", "AF46", "AF58", "AG95"]);
    assert!(sheet.to_complete.contains(&"rnd_amounts"));
    json["category"] = json!("c");
    json["position"] = json!("director");
    let c = fill(&profile(json), Purpose::Hsp);
    assert_eq!(c.total_cell, "AI82");
    assert!(
        c.rows.iter().any(|r| r.ticked && r.cell == "AF33"),
        "director"
    );
    assert!(c.rows.iter().all(|r| r.item != "age"), "no age row in (c)");
}

/// The `.xlsx` of the CLI over generated profiles, read back by openpyxl: the total box is the
/// assessment's total, and the points the form prints on the ticked rows add up to it.
#[test]
fn the_cli_workbooks_read_back_add_up_to_the_assessment() {
    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = strategies::profile_json();
    let mut input = String::new();
    let mut profiles = Vec::new();
    while profiles.len() < 60 {
        let mut json = strategy.new_tree(&mut runner).expect("tree").current();
        json["as_of"] = json!("2026-12-01");
        if json["bonuses"]
            .as_array()
            .is_some_and(|b| b.iter().any(|x| x == "top_university"))
        {
            json["top_university_route"] =
                json!(["rankings", "top_global", "innovative_asia"][profiles.len() % 3]);
        }
        if hsp_pr::rules::decode(&common::value(json.clone()), common::today(), None).is_err() {
            continue;
        }
        input.push_str(&serde_json::to_string(&json).expect("line"));
        input.push('\n');
        profiles.push(json);
    }
    // One bad line in the middle: reported, and the batch goes on.
    input.push_str("{\"category\": \"z\"}\n");
    let dir = std::env::temp_dir().join(format!("hsp-pr-sheets-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut child = Command::new(BIN)
        .args(["sheet", "--jsonl", "-", "-o"])
        .arg(&dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("hsp-pr starts");
    std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), input.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("hsp-pr ends");
    assert_eq!(out.status.code(), Some(2), "one line was invalid");
    let reports: Vec<Json> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    assert_eq!(reports.len(), profiles.len() + 1);
    assert!(reports.last().expect("last")["errors"].is_array());
    let files: Vec<String> = reports[..profiles.len()]
        .iter()
        .map(|r| r["file"].as_str().expect("file").to_owned())
        .collect();
    let read = Command::new("python3")
        .arg("tests/e2e/read_sheet.py")
        .args(&files)
        .output()
        .expect("python3 runs");
    assert!(
        read.status.success(),
        "{}",
        String::from_utf8_lossy(&read.stderr)
    );
    let sheets: Vec<Json> = serde_json::from_slice(&read.stdout).expect("json");
    for ((json, sheet), report) in profiles.iter().zip(&sheets).zip(&reports) {
        let assessment = assess(json.clone());
        let total = assessment.points.total;
        assert_eq!(sheet["total"], json!(total), "total box of {json}");
        assert_eq!(report["total"], json!(total));
        let letter = json["category"].as_str().expect("category").to_uppercase();
        assert!(sheet["sheet"].as_str().expect("name").starts_with(&letter));
        // The printed points of the ticked rows, each points block once. Research in (a)
        // prints 20 / 25 for the group: the engine's research points stand for it.
        let research = assessment
            .points
            .items
            .iter()
            .find(|i| i.id == "research")
            .map_or(0, |i| i.points);
        let mut blocks = std::collections::BTreeSet::new();
        let mut sum = 0u64;
        let mut research_ticked = false;
        for mark in sheet["marks"].as_array().expect("marks") {
            if mark["column"] == "L" {
                continue;
            }
            let text = mark["text"].as_str().unwrap_or("");
            if ["特許", "競争的資金", "論文", "研究実績"]
                .iter()
                .any(|k| text.contains(k))
            {
                research_ticked = true;
                continue;
            }
            let row = mark["row"].as_u64().expect("row");
            if let Some(points) = mark["points"].as_u64()
                && blocks.insert((
                    points,
                    if text.contains("ランキング")
                        || text.contains("グローバル")
                        || text.contains("パートナー")
                    {
                        0
                    } else {
                        row
                    },
                ))
            {
                sum += points;
            }
        }
        if research_ticked {
            sum += u64::from(research);
        }
        assert_eq!(
            sum,
            u64::from(total),
            "the ticked rows of {json} add up to the total: {sheet}"
        );
        assert!(
            sheet["marks"]
                .as_array()
                .expect("marks")
                .iter()
                .all(|m| m["column"] != "L"),
            "no PR box"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_cli_sheet_command_reports_its_usage_errors() {
    let out = Command::new(BIN)
        .args(["sheet", "examples/profile.json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("-o FILE.xlsx"));
    let out = Command::new(BIN)
        .args([
            "sheet",
            "examples/profile.json",
            "-o",
            "/tmp/x.xlsx",
            "--for",
            "pr_someday",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("pr_1_year_before"));
    let file = std::env::temp_dir().join(format!("hsp-pr-sheet-{}.xlsx", std::process::id()));
    let out = Command::new(BIN)
        .args(["sheet", "examples/profile.json", "--for", "pr_now", "-o"])
        .arg(&file)
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Json = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(report["sheet"], "B");
    assert_eq!(report["total"], 70);
    let bytes = std::fs::read(&file).expect("the file");
    assert_eq!(&bytes[..2], b"PK", "a zip (xlsx) file");
    let _ = std::fs::remove_file(&file);
}
