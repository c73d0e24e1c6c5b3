//! The `hsp-pr` command line (CONTRACT.md "The command-line tool"): files, stdin, `--jsonl`
//! with a mix of lines, `--as-of`, exit codes, and streaming in bounded memory.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_hsp-pr");
const EXAMPLE: &str = "examples/profile.json";

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("hsp-pr starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write");
    child.wait_with_output().expect("hsp-pr ends")
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}

fn lines(output: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect()
}

fn example_line() -> String {
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(EXAMPLE).expect("example")).expect("json");
    serde_json::to_string(&value).expect("line")
}

#[test]
fn evaluates_a_profile_file() {
    let out = run(&["evaluate", EXAMPLE], "");
    assert_eq!(out.status.code(), Some(0));
    let a = json(&out);
    assert_eq!(a["version"], 1);
    assert_eq!(a["rules_date"], "2026-12");
    assert_eq!(a["as_of"], "2026-11-26");
    assert_eq!(a["points"]["total"], 70);
    assert_eq!(a["points"]["items"][0]["source"], "S1 sheet B ①");
    assert_eq!(a["hsp"]["eligible"], true);
    assert_eq!(a["hsp2"]["earliest_date"], "2025-04-01");
    assert_eq!(a["parents"]["until"], "2030-05-01");
    let routes = a["pr"]["routes"].as_array().expect("routes");
    assert_eq!(routes[0]["route"], "general");
    assert_eq!(routes[0]["earliest_date"], "2031-04-01");
    assert_eq!(routes[1]["route"], "hsp70");
    // Open since the first day it was: three years after arrival, with the look-back then
    // reading 2021-04-01 on today's salary and Japanese, which it names (V23).
    assert_eq!(routes[1]["earliest_date"], "2024-04-01");
    assert_eq!(routes[1]["eligible_now"], true);
    let assumed: Vec<&str> = routes[1]["lookback_at_earliest"]["assumptions"]
        .as_array()
        .expect("assumptions")
        .iter()
        .map(|a| a["item"].as_str().expect("item"))
        .collect();
    assert_eq!(assumed, ["salary", "education", "japanese"]);
}

#[test]
fn reads_standard_input_with_or_without_a_dash() {
    let text = std::fs::read_to_string(EXAMPLE).expect("example");
    let from_file = json(&run(&["evaluate", EXAMPLE], ""));
    for args in [&["evaluate", "-"][..], &["evaluate"][..]] {
        let out = run(args, &text);
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(json(&out), from_file);
    }
}

#[test]
fn as_of_overrides_the_profile() {
    let out = run(&["evaluate", EXAMPLE, "--as-of", "2031-04-01"], "");
    let a = json(&out);
    assert_eq!(a["as_of"], "2031-04-01");
    assert_eq!(a["pr"]["routes"][0]["eligible_now"], true);
    let out = run(&["evaluate", "--as-of=2031-03-31", EXAMPLE], "");
    assert_eq!(json(&out)["pr"]["routes"][0]["eligible_now"], false);
}

#[test]
fn an_invalid_profile_lists_every_bad_field_and_exits_2() {
    let out = run(
        &["evaluate"],
        r#"{"category":"z","age":-3,"annual_salary_yen":1e12,"bonuses":["sme","magic"]}"#,
    );
    assert_eq!(out.status.code(), Some(2));
    let errors = json(&out)["errors"].as_array().expect("errors").clone();
    let fields: Vec<&str> = errors
        .iter()
        .map(|e| e["field"].as_str().expect("field"))
        .collect();
    assert_eq!(
        fields,
        ["category", "age", "annual_salary_yen", "bonuses[1]"]
    );
    assert!(
        errors
            .iter()
            .all(|e| e["code"].is_string() && e["message"].is_string())
    );
}

#[test]
fn malformed_json_is_an_invalid_profile() {
    for text in ["{", "", "not json", r#"{"category":"b",}"#, "{} {}"] {
        let out = run(&["evaluate"], text);
        assert_eq!(out.status.code(), Some(2), "{text:?}");
        assert_eq!(json(&out)["errors"][0]["code"], "malformed_json");
    }
}

#[test]
fn jsonl_answers_every_line_in_order() {
    let valid = example_line();
    let input = format!("{valid}\n{{\"category\":\"b\"}}\n{{oops\n\n{valid}\n");
    let out = run(&["evaluate", "--jsonl", "-"], &input);
    assert_eq!(out.status.code(), Some(2));
    let results = lines(&out);
    assert_eq!(results.len(), 5);
    assert_eq!(results[0]["points"]["total"], 70);
    assert_eq!(results[1]["errors"].as_array().map(Vec::len), Some(2));
    assert_eq!(results[2]["errors"][0]["code"], "malformed_json");
    assert_eq!(results[3]["errors"][0]["code"], "malformed_json");
    assert_eq!(results[4], results[0]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("line 2") && stderr.contains("line 3") && stderr.contains("line 4"));
}

#[test]
fn jsonl_all_valid_exits_0() {
    let input = format!("{}\n{}", example_line(), example_line());
    let out = run(&["evaluate", "--jsonl"], &input);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(lines(&out).len(), 2);
}

#[test]
fn io_and_usage_failures_exit_1() {
    assert_eq!(
        run(&["evaluate", "/no/such/file.json"], "").status.code(),
        Some(1)
    );
    assert_eq!(
        run(&["evaluate", "--frobnicate"], "").status.code(),
        Some(1)
    );
    assert_eq!(
        run(&["evaluate", "--as-of", "2026-02-30"], "")
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        run(&["evaluate", "a.json", "b.json"], "").status.code(),
        Some(1)
    );
    assert_eq!(run(&["score"], "").status.code(), Some(1));
    assert_eq!(run(&[], "").status.code(), Some(1));
    let help = run(&["--help"], "");
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("--jsonl"));
}

/// Peak resident memory of a live process, in kB (Linux).
fn peak_kb(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("proc status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM")
}

/// Batch mode streams: after 5,000 profiles (about 70 MB of output) the peak memory has grown
/// by far less than what holding the lines would take. Measured while the process is alive,
/// waiting for more input; nothing here depends on timing.
#[test]
fn jsonl_streams_in_bounded_memory() {
    let line = example_line() + "\n";
    let mut child = Command::new(BIN)
        .args(["evaluate", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("hsp-pr starts");
    let pid = child.id();
    let mut stdin = child.stdin.take().expect("stdin");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    // A writer thread, told how many lines to send, so that neither pipe can fill up while
    // the other side waits.
    let (send, batches) = std::sync::mpsc::channel::<usize>();
    let writer = std::thread::spawn(move || {
        for count in batches {
            for _ in 0..count {
                stdin.write_all(line.as_bytes()).expect("write");
            }
            stdin.flush().expect("flush");
        }
    });
    let mut feed = |count: usize| {
        send.send(count).expect("writer alive");
        // Each result is written when complete: read exactly one answer per line sent.
        let mut answer = String::new();
        for _ in 0..count {
            answer.clear();
            assert!(
                stdout.read_line(&mut answer).expect("read") > 0,
                "an answer per line"
            );
        }
    };
    feed(500);
    let early = peak_kb(pid);
    feed(4500);
    let late = peak_kb(pid);
    drop(send);
    writer.join().expect("writer");
    assert_eq!(
        stdout.lines().count(),
        0,
        "nothing beyond one answer per line"
    );
    assert!(child.wait().expect("ends").success());
    assert!(
        late.saturating_sub(early) < 16 * 1024,
        "peak grew from {early} kB to {late} kB"
    );
}

/// Runs the tool on raw bytes (which need not be UTF-8).
fn run_bytes(args: &[&std::ffi::OsStr], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("hsp-pr starts");
    let mut input = child.stdin.take().expect("stdin");
    let bytes = stdin.to_vec();
    // Written from another thread, so a tool that answers while reading cannot deadlock.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let output = child.wait_with_output().expect("hsp-pr ends");
    let _ = writer.join();
    output
}

fn os(text: &str) -> &std::ffi::OsStr {
    std::ffi::OsStr::new(text)
}

/// Issue #11: a line that is not UTF-8 gets its own `errors` line; the lines after it are
/// still evaluated.
#[test]
fn a_bad_utf8_line_does_not_stop_the_batch() {
    let good = example_line();
    let mut input = format!("{good}\n").into_bytes();
    input.extend_from_slice(b"{\"category\":\"b\xff\xfe\"}\n");
    input.extend_from_slice(format!("{good}\n").as_bytes());
    let out = run_bytes(&[os("evaluate"), os("--jsonl")], &input);
    assert_eq!(out.status.code(), Some(2));
    let results = lines(&out);
    assert_eq!(results.len(), 3);
    assert_eq!(results[0]["points"]["total"], 70);
    assert_eq!(results[1]["errors"][0]["code"], "malformed_json");
    assert!(
        results[1]["errors"][0]["message"]
            .as_str()
            .unwrap_or("")
            .contains("UTF-8")
    );
    assert_eq!(results[2]["points"]["total"], 70);
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2 is invalid"));
}

/// Issue #11: a line longer than 1 MiB is refused with `too_large` and not kept in memory;
/// the batch goes on. The whole input of single mode likewise.
#[test]
fn a_line_too_long_is_refused_and_the_batch_goes_on() {
    let good = example_line();
    let long = format!("{{\"category\":\"{}\"}}", "x".repeat(3 << 20));
    let input = format!("{good}\n{long}\n{good}\n");
    let out = run(&["evaluate", "--jsonl"], &input);
    assert_eq!(out.status.code(), Some(2));
    let results = lines(&out);
    assert_eq!(results.len(), 3);
    assert_eq!(results[1]["errors"][0]["code"], "too_large");
    assert_eq!(results[2]["points"]["total"], 70);
    // Single mode stops reading after 1 MiB: the rest of the input is not waited for.
    let single = run_bytes(&[os("evaluate")], long.as_bytes());
    assert_eq!(single.status.code(), Some(2));
    assert_eq!(json(&single)["errors"][0]["code"], "too_large");
}

/// Issue #11: no input or output condition panics, and the exit status says what happened.
#[test]
fn arguments_and_streams_never_crash_the_tool() {
    use std::os::unix::ffi::OsStrExt;
    // A file name that is not UTF-8 is a file name like any other (here: one that is missing).
    let odd = std::ffi::OsStr::from_bytes(b"/nonexistent/\xff\xfe.json");
    let out = run_bytes(&[os("evaluate"), odd], b"");
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A command or an option that is not UTF-8: a usage error.
    let out = run_bytes(&[std::ffi::OsStr::from_bytes(b"\xffevaluate")], b"");
    assert_eq!(out.status.code(), Some(1));
    let out = run_bytes(
        &[
            os("evaluate"),
            os("--as-of"),
            std::ffi::OsStr::from_bytes(b"\xff"),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    // The usage into a full device: a write error, exit 1, no abort.
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let status = Command::new(BIN)
        .arg("--help")
        .stdout(full)
        .stderr(Stdio::null())
        .status()
        .expect("runs");
    assert_eq!(status.code(), Some(1));
    // Results and warnings into a full device: the same.
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let full_err = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let status = Command::new(BIN)
        .args(["evaluate", EXAMPLE])
        .stdout(full)
        .stderr(full_err)
        .status()
        .expect("runs");
    assert_eq!(status.code(), Some(1));
}

/// Issue #11: an output closed before every result is written is a failure (exit 1), also
/// after invalid lines, and the tool says how many results it wrote.
#[test]
fn a_closed_output_exits_1() {
    let mut child = Command::new(BIN)
        .args(["evaluate", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let mut stdin = child.stdin.take().expect("stdin");
    let stdout = child.stdout.take().expect("stdout");
    let mut first = String::new();
    let feeder = std::thread::spawn(move || {
        // An invalid line, then valid ones until the tool stops reading.
        let _ = stdin.write_all(b"not json\n");
        let line = format!("{}\n", example_line());
        for _ in 0..100_000 {
            if stdin.write_all(line.as_bytes()).is_err() {
                break;
            }
        }
    });
    let mut reader = BufReader::new(stdout);
    reader.read_line(&mut first).expect("one line");
    assert!(first.contains("malformed_json"));
    drop(reader);
    let output = child.wait_with_output().expect("ends");
    let _ = feeder.join();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("the output was closed after"));
}
