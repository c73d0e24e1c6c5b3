//! `hsp-pr`: the command-line face of the rules (CONTRACT.md "The command-line tool").
//!
//! ```text
//! hsp-pr evaluate [FILE|-] [--as-of YYYY-MM-DD]
//! hsp-pr evaluate --jsonl [FILE|-] [--as-of YYYY-MM-DD]
//! hsp-pr sheet [FILE|-] -o FILE.xlsx [--for PURPOSE] [--as-of YYYY-MM-DD]
//! hsp-pr sheet --jsonl [FILE|-] -o FOLDER [--for PURPOSE] [--as-of YYYY-MM-DD]
//! ```
//! Exit 0 when every profile was valid, 2 when any was invalid, 1 on I/O or usage failure
//! (an output closed before every result was written included). Nothing here panics: the
//! streams are written with their errors handled, never with `println!`.

// As the library: no construct that can panic (README, Guarantees).
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects,
    clippy::unreachable,
    clippy::print_stdout,
    clippy::print_stderr
)]

use std::ffi::OsString;
use std::fs::File;
use std::io::{self, BufRead, BufReader, LineWriter, Read, Write};
use std::process::ExitCode;

use hsp_pr::rules::decode::ErrorCode;
use hsp_pr::rules::sheet::{Purpose, fill};
use hsp_pr::rules::{Date, Rejection, Value, assess, decode};

const USAGE: &str = "\
usage: hsp-pr evaluate [FILE|-] [--as-of YYYY-MM-DD]
       hsp-pr evaluate --jsonl [FILE|-] [--as-of YYYY-MM-DD]
       hsp-pr sheet [FILE|-] -o FILE.xlsx [--for PURPOSE] [--as-of YYYY-MM-DD]
       hsp-pr sheet --jsonl [FILE|-] -o FOLDER [--for PURPOSE] [--as-of YYYY-MM-DD]

Reads one profile (JSON) and writes its assessment (JSON); with --jsonl, one profile per
line in and one result per line out. Without FILE, or with -, reads standard input.
--as-of replaces each profile's as_of; without either, as_of is today's date in Japan.
A profile (a line with --jsonl) is at most 1 MiB; a line that is too long, not UTF-8 or
not JSON gets its own {\"errors\": [...]} line, and the batch goes on.
`sheet` writes the official point sheet (A, B or C by the category) filled in, as .xlsx;
with --jsonl, one file per line into FOLDER (0001.xlsx, 0002.xlsx …), and one JSON line per
profile on standard output: {\"line\", \"file\", \"sheet\", \"total\"} or {\"line\", \"errors\"}.
PURPOSE: hsp (default; no PR box ticked), pr_now, pr_1_year_before, pr_3_years_before (a PR
application: the points on the application date, or one or three years before it).
Exit status: 0 all profiles valid, 2 some profile invalid, 1 I/O or usage error (also
when the output closes before every result is written).";

/// The most bytes one profile may take: a line in `--jsonl` mode, the whole input otherwise.
/// A profile is under 2 KB; a longer input is refused with its own error, and in `--jsonl`
/// mode the batch goes on (the rest of the line is read past, not kept: memory stays flat).
const MAX_PROFILE_BYTES: usize = 1 << 20;

struct Options {
    /// `sheet`: write the filled sheet instead of the assessment.
    sheet: bool,
    output: Option<OsString>,
    purpose: Purpose,
    jsonl: bool,
    input: Option<OsString>,
    as_of: Option<Date>,
}

/// What the command line asks for: an evaluation, or the usage text.
enum Command {
    Evaluate(Options),
    Help,
}

fn parse_args(args: &[OsString]) -> Result<Command, String> {
    let text = |arg: &OsString| {
        arg.to_str()
            .map(str::to_owned)
            .ok_or_else(|| format!("the argument {arg:?} is not UTF-8 text"))
    };
    let mut rest = args.iter();
    let sheet = match rest.next().map(text).transpose()?.as_deref() {
        Some("evaluate") => false,
        Some("sheet") => true,
        Some("-h" | "--help") => return Ok(Command::Help),
        Some(other) => return Err(format!("unknown command \"{other}\"")),
        None => return Err("missing command".to_owned()),
    };
    let mut options = Options {
        sheet,
        output: None,
        purpose: Purpose::Hsp,
        jsonl: false,
        input: None,
        as_of: None,
    };
    while let Some(arg) = rest.next() {
        // A file name need not be UTF-8; every option is.
        let Some(flag) = arg.to_str() else {
            if options.input.is_some() {
                return Err(format!("unexpected argument {arg:?}"));
            }
            options.input = Some(arg.clone());
            continue;
        };
        match flag {
            "--jsonl" => options.jsonl = true,
            "-h" | "--help" => return Ok(Command::Help),
            "--as-of" => {
                let date = rest.next().ok_or("--as-of needs a date YYYY-MM-DD")?;
                options.as_of = Some(parse_date(&text(date)?)?);
            }
            "-o" | "--output" if sheet => {
                options.output = Some(
                    rest.next()
                        .ok_or("-o needs a file (a folder with --jsonl)")?
                        .clone(),
                );
            }
            "--for" if sheet => {
                let code = text(rest.next().ok_or("--for needs a purpose")?)?;
                options.purpose = Purpose::from_code(&code).ok_or_else(|| {
                    format!("--for \"{code}\" is not one of hsp, pr_now, pr_1_year_before, pr_3_years_before")
                })?;
            }
            flag if flag.starts_with("--as-of=") => {
                options.as_of = Some(parse_date(flag.trim_start_matches("--as-of="))?);
            }
            flag if flag.starts_with('-') && flag != "-" => {
                return Err(format!("unknown option \"{flag}\""));
            }
            _ if options.input.is_none() => options.input = Some(arg.clone()),
            extra => return Err(format!("unexpected argument \"{extra}\"")),
        }
    }
    if sheet && options.output.is_none() {
        return Err("sheet needs -o FILE.xlsx (a folder with --jsonl)".to_owned());
    }
    Ok(Command::Evaluate(options))
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).ok_or_else(|| format!("--as-of \"{text}\" is not a date YYYY-MM-DD"))
}

/// A message on standard error. Never a panic: a closed or full error stream loses the
/// message, not the run (`eprintln!` would abort).
fn warn(message: &str) {
    let _ = writeln!(io::stderr().lock(), "hsp-pr: {message}");
}

fn open_input(path: Option<&OsString>) -> io::Result<Box<dyn BufRead>> {
    match path {
        Some(path) if path != "-" => Ok(Box::new(BufReader::new(File::open(path)?))),
        _ => Ok(Box::new(BufReader::new(io::stdin()))),
    }
}

fn rejection_json(rejection: &Rejection, pretty: bool) -> String {
    let json = if pretty {
        serde_json::to_string_pretty(rejection)
    } else {
        serde_json::to_string(rejection)
    };
    // Serialising these plain structures cannot fail; answer with a fixed error if it did.
    json.unwrap_or_else(|_| {
        r#"{"errors":[{"field":"","code":"internal","message":"could not write the result"}]}"#
            .to_owned()
    })
}

/// One profile's bytes as a JSON value. Bytes that are not UTF-8 are not JSON text (RFC 8259
/// §8.1).
fn parse_bytes(bytes: &[u8]) -> Result<Value, Rejection> {
    match std::str::from_utf8(bytes) {
        Err(error) => Err(Rejection::single(
            "",
            ErrorCode::MalformedJson,
            format!(
                "not UTF-8 text (JSON is UTF-8): bad byte at {}",
                error.valid_up_to()
            ),
        )),
        Ok(text) if text.trim().is_empty() => Err(Rejection::single(
            "",
            ErrorCode::MalformedJson,
            "empty: expected one profile",
        )),
        Ok(text) => serde_json::from_str::<Value>(text).map_err(|error| {
            Rejection::single(
                "",
                ErrorCode::MalformedJson,
                format!("not valid JSON: {error}"),
            )
        }),
    }
}

/// One profile's bytes → its JSON result, and whether it was valid.
fn evaluate_bytes(bytes: &[u8], today: Date, as_of: Option<Date>, pretty: bool) -> (String, bool) {
    let outcome = parse_bytes(bytes).and_then(|value| assess(&value, today, as_of));
    let json = match &outcome {
        Ok(assessment) if pretty => serde_json::to_string_pretty(assessment).ok(),
        Ok(assessment) => serde_json::to_string(assessment).ok(),
        Err(_) => None,
    };
    match (json, outcome) {
        (Some(json), Ok(_)) => (json, true),
        (_, Err(rejection)) => (rejection_json(&rejection, pretty), false),
        (None, Ok(_)) => (
            rejection_json(
                &Rejection::single("", ErrorCode::MalformedJson, "could not write the result"),
                pretty,
            ),
            false,
        ),
    }
}

/// A filled sheet: the workbook's bytes, the sheet (A/B/C) and its total.
struct Sheet {
    bytes: Vec<u8>,
    sheet: &'static str,
    total: u32,
}

/// One profile's bytes → its filled sheet, or why not.
fn sheet_bytes(bytes: &[u8], today: Date, options: &Options) -> Result<Sheet, Rejection> {
    let profile = parse_bytes(bytes).and_then(|value| decode(&value, today, options.as_of))?;
    let filled = fill(&profile, options.purpose);
    let internal = |message: String| Rejection::single("", ErrorCode::MalformedJson, message);
    let json = serde_json::to_string(&filled).map_err(|e| internal(e.to_string()))?;
    let bytes = write_workbook(&json)
        .map_err(|e| internal(format!("could not write the workbook: {e}")))?;
    Ok(Sheet {
        bytes,
        sheet: filled.sheet,
        total: filled.total,
    })
}

/// The `.xlsx` of a filled sheet's JSON (the `sheet/` crate, native only: the wasm test
/// builds of this binary have no writer, and the widget loads its own).
#[cfg(not(target_arch = "wasm32"))]
fn write_workbook(json: &str) -> Result<Vec<u8>, String> {
    hsp_pr_sheet::xlsx::xlsx_from_json(json)
}

#[cfg(target_arch = "wasm32")]
fn write_workbook(_json: &str) -> Result<Vec<u8>, String> {
    Err("this build has no workbook writer".to_owned())
}

/// The line reporting one sheet written: `{"line", "file", "sheet", "total"}`.
fn sheet_report(line: Option<usize>, file: &std::path::Path, sheet: &Sheet) -> String {
    let mut report = serde_json::Map::new();
    if let Some(line) = line {
        report.insert("line".into(), line.into());
    }
    report.insert("file".into(), file.to_string_lossy().into_owned().into());
    report.insert("sheet".into(), sheet.sheet.into());
    report.insert("total".into(), sheet.total.into());
    serde_json::Value::Object(report).to_string()
}

/// The rejection of one line, with its number: `{"line", "errors"}`.
fn line_rejection(line: usize, rejection: &Rejection) -> String {
    let mut value = serde_json::to_value(rejection).unwrap_or_default();
    if let Some(members) = value.as_object_mut() {
        members.insert("line".into(), line.into());
    }
    value.to_string()
}

fn run_sheet_single(options: &Options, today: Date, output: &OsString) -> Result<bool, Failed> {
    let failed = |error| Failed { error, written: 0 };
    let bytes = read_all(options.input.as_ref()).map_err(failed)?;
    let outcome = if bytes.len() > MAX_PROFILE_BYTES {
        Err(too_large(bytes.len()))
    } else {
        sheet_bytes(&bytes, today, options)
    };
    match outcome {
        Ok(sheet) => {
            let path = std::path::Path::new(output);
            std::fs::write(path, &sheet.bytes).map_err(failed)?;
            writeln!(io::stdout().lock(), "{}", sheet_report(None, path, &sheet))
                .map_err(failed)?;
            Ok(true)
        }
        Err(rejection) => {
            writeln!(io::stdout().lock(), "{}", rejection_json(&rejection, true))
                .map_err(failed)?;
            warn("the profile is invalid; see \"errors\" above");
            Ok(false)
        }
    }
}

/// One workbook per line into the folder `output`, named by the line's number; a bad line
/// gets its errors on standard output and the batch goes on.
fn run_sheet_jsonl(options: &Options, today: Date, output: &OsString) -> Result<bool, Failed> {
    let folder = std::path::Path::new(output);
    std::fs::create_dir_all(folder).map_err(|error| Failed { error, written: 0 })?;
    run_lines(options, |number, line, length| {
        let outcome = if length > MAX_PROFILE_BYTES {
            Err(too_large(length))
        } else {
            sheet_bytes(line, today, options)
        };
        Ok(match outcome {
            Ok(sheet) => {
                let path = folder.join(format!("{number:04}.xlsx"));
                std::fs::write(&path, &sheet.bytes)?;
                (sheet_report(Some(number), &path, &sheet), true)
            }
            Err(rejection) => (line_rejection(number, &rejection), false),
        })
    })
}

/// The whole input, at most one byte past the limit (so a longer one is seen as too long).
fn read_all(path: Option<&OsString>) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let limit = u64::try_from(MAX_PROFILE_BYTES)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    open_input(path).and_then(|input| input.take(limit).read_to_end(&mut bytes))?;
    Ok(bytes)
}

fn too_large(bytes: usize) -> Rejection {
    Rejection::single(
        "",
        ErrorCode::TooLarge,
        format!(
            "{bytes} bytes: a profile is at most {MAX_PROFILE_BYTES} bytes (a real one is under 2 KB)"
        ),
    )
}

/// What went wrong, for the exit status: 1 when the input could not be read or the output
/// written (a closed pipe included), with what was done so far.
struct Failed {
    error: io::Error,
    written: usize,
}

fn run_single(options: &Options, today: Date) -> Result<bool, Failed> {
    let failed = |error| Failed { error, written: 0 };
    let bytes = read_all(options.input.as_ref()).map_err(failed)?;
    // Pretty output for a person reading one result.
    let (json, valid) = if bytes.len() > MAX_PROFILE_BYTES {
        (rejection_json(&too_large(bytes.len()), true), false)
    } else {
        evaluate_bytes(&bytes, today, options.as_of, true)
    };
    writeln!(io::stdout().lock(), "{json}").map_err(failed)?;
    if !valid {
        warn("the profile is invalid; see \"errors\" above");
    }
    Ok(valid)
}

/// One line of the input, at most `MAX_PROFILE_BYTES` of it kept in `line`; returns the
/// line's full length, or `None` at the end of the input.
fn read_line(input: &mut dyn BufRead, line: &mut Vec<u8>) -> io::Result<Option<usize>> {
    line.clear();
    let mut length = 0usize;
    let mut started = false;
    loop {
        let available = input.fill_buf()?;
        if available.is_empty() {
            return Ok(started.then_some(length));
        }
        started = true;
        let (chunk, used, ends) = match available.iter().position(|b| *b == b'\n') {
            Some(at) => (
                available.get(..at).unwrap_or(available),
                at.saturating_add(1),
                true,
            ),
            None => (available, available.len(), false),
        };
        if length.saturating_add(chunk.len()) <= MAX_PROFILE_BYTES {
            line.extend_from_slice(chunk);
        }
        length = length.saturating_add(chunk.len());
        input.consume(used);
        if ends {
            return Ok(Some(length));
        }
    }
}

/// Streams: one line in, one line out, so a file of any length runs in constant memory;
/// each result is written as soon as it is complete, for pipelines that read as they go.
/// No line stops the batch: a line that is not UTF-8, not JSON, empty or too long gets its
/// own `errors` line.
fn run_jsonl(options: &Options, today: Date) -> Result<bool, Failed> {
    run_lines(options, |_, line, length| {
        Ok(if length > MAX_PROFILE_BYTES {
            (rejection_json(&too_large(length), false), false)
        } else {
            evaluate_bytes(line, today, options.as_of, false)
        })
    })
}

/// The batch of `--jsonl`: each line of the input (its number, its bytes as kept, its full
/// length) answered by `answer` with its output line and whether it was valid. A line's
/// failure to be answered (a file that cannot be written) stops the batch as an I/O error.
fn run_lines(
    options: &Options,
    mut answer: impl FnMut(usize, &[u8], usize) -> io::Result<(String, bool)>,
) -> Result<bool, Failed> {
    let mut input =
        open_input(options.input.as_ref()).map_err(|error| Failed { error, written: 0 })?;
    let mut out = LineWriter::new(io::stdout().lock());
    let mut all_valid = true;
    let mut line = Vec::new();
    let mut number = 0usize;
    loop {
        let failed = |error| Failed {
            error,
            written: number,
        };
        let Some(length) = read_line(&mut input, &mut line).map_err(failed)? else {
            break;
        };
        number = number.saturating_add(1);
        let done = number.saturating_sub(1);
        let (json, valid) = answer(number, &line, length).map_err(|error| Failed {
            error,
            written: done,
        })?;
        if !valid {
            all_valid = false;
            warn(&format!("line {number} is invalid"));
        }
        out.write_all(json.as_bytes())
            .and_then(|()| out.write_all(b"\n"))
            .map_err(|error| Failed {
                error,
                written: done,
            })?;
    }
    out.flush().map_err(|error| Failed {
        error,
        written: number,
    })?;
    Ok(all_valid)
}

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let options = match parse_args(&args) {
        Ok(Command::Evaluate(options)) => options,
        Ok(Command::Help) => {
            return match writeln!(io::stdout().lock(), "{USAGE}") {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    warn(&format!("could not write the usage: {error}"));
                    ExitCode::from(1)
                }
            };
        }
        Err(message) => {
            warn(&format!("{message}\n{USAGE}"));
            return ExitCode::from(1);
        }
    };
    let today = Date::today_in_japan();
    let result = match (&options.output, options.sheet, options.jsonl) {
        (Some(output), true, true) => run_sheet_jsonl(&options, today, output),
        (Some(output), true, false) => run_sheet_single(&options, today, output),
        (_, _, true) => run_jsonl(&options, today),
        (_, _, false) => run_single(&options, today),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(2),
        // The output closed (`| head`) or failed: not every result reached it.
        Err(Failed { error, written }) if error.kind() == io::ErrorKind::BrokenPipe => {
            warn(&format!("the output was closed after {written} results"));
            ExitCode::from(1)
        }
        Err(Failed { error, written }) => {
            warn(&format!("{error} (after {written} results)"));
            ExitCode::from(1)
        }
    }
}
