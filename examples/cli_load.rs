//! The CLI under load (issue #6): one million profiles through `hsp-pr evaluate --jsonl`, one
//! line in ten invalid in one of three ways, in bounded memory, every line answered in order
//! and every error line correct. Run by `scripts/test.sh` against the release binary:
//! `cargo run --release --example cli_load [PATH_TO_HSP_PR] [LINES]`.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, ExitCode, Stdio};

/// Peak resident memory of a live process, in kB (Linux).
fn peak_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

/// Line `i`: valid, or one of three invalid kinds, and the error code expected for it.
fn line(i: usize) -> (String, Option<&'static str>) {
    match i % 10 {
        3 => ("{\"category\":".to_owned(), Some("malformed_json")),
        6 => (
            format!(
                "{{\"category\":\"x\",\"age\":{},\"annual_salary_yen\":1}}",
                20 + i % 50
            ),
            Some("unknown_value"),
        ),
        9 => (
            format!(
                "{{\"category\":\"b\",\"age\":30,\"annual_salary_yen\":-{}}}",
                i
            ),
            Some("negative"),
        ),
        _ => (
            format!(
                "{{\"category\":\"{}\",\"age\":{},\"education\":\"master\",\"experience_years\":{},\"annual_salary_yen\":{},\"residence\":{{\"current_status\":\"hsp1\",\"in_japan_since\":\"2020-01-01\",\"hsp_since\":\"2021-01-01\"}}}}",
                ["a", "b", "c"][i % 3],
                22 + i % 40,
                i % 7,
                3_000_000 + (i % 60) * 250_000
            ),
            None,
        ),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let binary = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "target/release/hsp-pr".to_owned());
    let lines: usize = args
        .get(2)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let Ok(mut child) = Command::new(&binary)
        .args(["evaluate", "--jsonl", "--as-of", "2026-11-26"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
    else {
        eprintln!("cli_load: cannot start {binary}");
        return ExitCode::from(1);
    };
    let pid = child.id();
    let (Some(mut stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
        return ExitCode::from(1);
    };
    let writer = std::thread::spawn(move || {
        let mut out = std::io::BufWriter::new(&mut stdin);
        for i in 0..lines {
            if writeln!(out, "{}", line(i).0).is_err() {
                return;
            }
        }
    });
    let mut failures = Vec::new();
    let mut answered = 0usize;
    let mut peaks = Vec::new();
    for (i, result) in BufReader::new(stdout).lines().enumerate() {
        let Ok(text) = result else { break };
        answered += 1;
        match line(i).1 {
            Some(code) => {
                let expected = format!("\"code\":\"{code}\"");
                if !text.starts_with("{\"errors\":") || !text.contains(&expected) {
                    failures.push(format!(
                        "line {}: expected {code}, got {}",
                        i + 1,
                        text.chars().take(120).collect::<String>()
                    ));
                }
            }
            None if !text.starts_with("{\"version\":1,") => {
                failures.push(format!("line {}: expected an assessment", i + 1));
            }
            None => {}
        }
        if (i + 1) % (lines / 10).max(1) == 0 {
            peaks.push(peak_kb(pid));
        }
        if failures.len() > 10 {
            break;
        }
    }
    let _ = writer.join();
    let status = child.wait().map(|s| s.code()).ok().flatten();
    if answered != lines {
        failures.push(format!("{answered} lines answered of {lines}"));
    }
    if status != Some(2) {
        failures.push(format!(
            "exit status {status:?}, expected 2 (some lines invalid)"
        ));
    }
    // Bounded: the peak after the first tenth hardly moves by the end (nothing accumulates).
    if let (Some(first), Some(last)) = (peaks.first(), peaks.last())
        && last.saturating_sub(*first) > 8 * 1024
    {
        failures.push(format!("peak memory grew from {first} kB to {last} kB"));
    }
    println!("cli_load: {answered} lines, peak memory per tenth (kB): {peaks:?}");
    for failure in &failures {
        println!("cli_load: FAIL {failure}");
    }
    let failed = usize::from(!failures.is_empty());
    println!("cli_load: {} passed, {failed} failed", 1 - failed);
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
