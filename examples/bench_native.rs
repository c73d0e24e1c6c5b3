//! Native throughput of the rules, on one core: full assessments per second, points-only
//! scoring per second, and a 100,000-line JSONL file for timing the CLI. Prints JSON.
//! Run by `bash scripts/bench.sh`; alone: `cargo run --release --example bench_native`.

use std::hint::black_box;
use std::io::Write;
use std::time::Instant;

use hsp_pr::rules::{Date, Profile, Value, decode, evaluate, total_points};

/// A deterministic spread of profiles over categories, ages, degrees, salaries and histories.
fn profiles(count: usize) -> Vec<Value> {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |modulo: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % modulo
    };
    (0..count)
        .map(|_| {
            let category = ["a", "b", "c"][next(3) as usize];
            let age = 22 + next(40);
            let education = ["none", "bachelor", "master", "professional", "mba_mot", "doctor"][next(6) as usize];
            let text = format!(
                r#"{{"category":"{category}","age":{age},"education":"{education}","experience_years":{},"annual_salary_yen":{},"japanese":"{}","bonuses":{},"household":{{"spouse_annual_income_yen":{},"children":[{{"birth_date":"20{:02}-0{}-15"}}]}},"residence":{{"current_status":"{}","in_japan_since":"20{:02}-04-01","hsp_since":"2022-04-01"}}}}"#,
                next(age.saturating_sub(15) + 1),
                3_000_000 + next(30) * 500_000,
                ["none", "n2", "n1"][next(3) as usize],
                ["[]", r#"["innovation_support","sme"]"#, r#"["japanese_university"]"#][next(3) as usize],
                next(8) * 1_000_000,
                15 + next(11),
                1 + next(9),
                ["hsp1", "work", "hsp2"][next(3) as usize],
                12 + next(10),
            );
            serde_json::from_str(&text).unwrap_or(Value::Null)
        })
        .collect()
}

fn per_second(count: usize, seconds: f64) -> f64 {
    count as f64 / seconds
}

fn main() {
    let today = Date::new(2026, 11, 26).unwrap_or(Date::MIN);
    let values = profiles(10_000);
    let decoded: Vec<Profile> = values
        .iter()
        .filter_map(|v| decode(v, today, None).ok())
        .collect();

    let rounds = 20;
    let start = Instant::now();
    for _ in 0..rounds {
        for profile in &decoded {
            black_box(evaluate(black_box(profile)));
        }
    }
    let assessments = per_second(decoded.len() * rounds, start.elapsed().as_secs_f64());

    let rounds = 500;
    let start = Instant::now();
    for _ in 0..rounds {
        for profile in &decoded {
            black_box(total_points(black_box(profile)));
        }
    }
    let points = per_second(decoded.len() * rounds, start.elapsed().as_secs_f64());

    let start = Instant::now();
    for value in &values {
        black_box(
            decode(black_box(value), today, None)
                .map(|p| evaluate(&p))
                .is_ok(),
        );
    }
    let decode_and_assess = per_second(values.len(), start.elapsed().as_secs_f64());

    // Issue #11: one object of 100,000 keys (a 1.1 MB line), read and refused in one pass.
    let mut line = String::from("{");
    for i in 0..100_000 {
        line.push_str(&format!(r#""k{i}":{i},"#));
    }
    line.push_str(r#""category":"b"}"#);
    let start = Instant::now();
    let refused = serde_json::from_str::<Value>(&line)
        .ok()
        .is_some_and(|value| decode(&value, today, None).is_err());
    let keys_ms = start.elapsed().as_secs_f64() * 1000.0;
    assert!(refused, "100,000 keys must be refused");

    // The CLI's input: 100,000 lines.
    let path = std::path::Path::new("target/bench/profiles.jsonl");
    let _ = std::fs::create_dir_all("target/bench");
    if let Ok(mut file) = std::fs::File::create(path).map(std::io::BufWriter::new) {
        for i in 0..100_000 {
            if let Some(value) = values.get(i % values.len()) {
                let _ = writeln!(file, "{}", value.to_json());
            }
        }
    }
    println!(
        r#"{{"valid_profiles":{},"assessments_per_second":{assessments:.0},"points_per_second":{points:.0},"decode_and_assess_per_second":{decode_and_assess:.0},"decode_100000_keys_ms":{keys_ms:.1},"jsonl":"{}"}}"#,
        decoded.len(),
        path.display()
    );
}
