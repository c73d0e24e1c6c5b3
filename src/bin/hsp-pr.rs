//! `hsp-pr`: the command-line face of the rules (CONTRACT.md "The command-line tool").
//!
//! ```text
//! hsp-pr evaluate [FILE|-] [--as-of YYYY-MM-DD]
//! hsp-pr evaluate --jsonl [FILE|-] [--as-of YYYY-MM-DD]
//! ```
//! Exit 0 when every profile was valid, 2 when any was invalid, 1 on I/O or usage failure.

use std::fs::File;
use std::io::{self, BufRead, BufReader, LineWriter, Read, Write};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use hsp_pr::rules::decode::ErrorCode;
use hsp_pr::rules::{Date, Rejection, Value, assess};

const USAGE: &str = "\
usage: hsp-pr evaluate [FILE|-] [--as-of YYYY-MM-DD]
       hsp-pr evaluate --jsonl [FILE|-] [--as-of YYYY-MM-DD]

Reads one profile (JSON) and writes its assessment (JSON); with --jsonl, one profile per
line in and one result per line out. Without FILE, or with -, reads standard input.
--as-of replaces each profile's as_of; without either, as_of is today's date in Japan.
Exit status: 0 all profiles valid, 2 some profile invalid, 1 I/O or usage error.";

struct Options {
    jsonl: bool,
    input: Option<String>,
    as_of: Option<Date>,
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut rest = args.iter();
    match rest.next().map(String::as_str) {
        Some("evaluate") => {}
        Some("-h" | "--help") => return Err(String::new()),
        Some(other) => return Err(format!("unknown command \"{other}\"")),
        None => return Err("missing command".to_owned()),
    }
    let mut options = Options {
        jsonl: false,
        input: None,
        as_of: None,
    };
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--jsonl" => options.jsonl = true,
            "-h" | "--help" => return Err(String::new()),
            "--as-of" => {
                let text = rest.next().ok_or("--as-of needs a date YYYY-MM-DD")?;
                options.as_of = Some(parse_date(text)?);
            }
            flag if flag.starts_with("--as-of=") => {
                options.as_of = Some(parse_date(flag.trim_start_matches("--as-of="))?);
            }
            flag if flag.starts_with('-') && flag != "-" => {
                return Err(format!("unknown option \"{flag}\""));
            }
            path if options.input.is_none() => options.input = Some(path.to_owned()),
            extra => return Err(format!("unexpected argument \"{extra}\"")),
        }
    }
    Ok(options)
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).ok_or_else(|| format!("--as-of \"{text}\" is not a date YYYY-MM-DD"))
}

/// Today's date in Japan (UTC+9): the rules are Japan's, and so is their calendar.
fn today_in_japan() -> Date {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = (seconds + 9 * 3600) / 86_400;
    let epoch = Date::new(1970, 1, 1).unwrap_or(Date::MIN);
    epoch.add_days(i64::try_from(days).unwrap_or(0))
}

fn open_input(path: Option<&str>) -> io::Result<Box<dyn BufRead>> {
    match path {
        None | Some("-") => Ok(Box::new(BufReader::new(io::stdin()))),
        Some(path) => Ok(Box::new(BufReader::new(File::open(path)?))),
    }
}

/// One profile text → its JSON result, and whether it was valid.
fn evaluate_text(text: &str, today: Date, as_of: Option<Date>, pretty: bool) -> (String, bool) {
    let outcome = match serde_json::from_str::<Value>(text) {
        Ok(value) => assess(&value, today, as_of),
        Err(error) => Err(Rejection::single(
            "",
            ErrorCode::MalformedJson,
            format!("not valid JSON: {error}"),
        )),
    };
    let json = match (&outcome, pretty) {
        (Ok(assessment), false) => serde_json::to_string(assessment),
        (Ok(assessment), true) => serde_json::to_string_pretty(assessment),
        (Err(rejection), false) => serde_json::to_string(rejection),
        (Err(rejection), true) => serde_json::to_string_pretty(rejection),
    };
    // Serialising these plain structures cannot fail; answer with a fixed error if it did.
    let json = json.unwrap_or_else(|_| {
        r#"{"errors":[{"field":"","code":"internal","message":"could not write the result"}]}"#
            .to_owned()
    });
    (json, outcome.is_ok())
}

fn run_single(options: &Options, today: Date) -> io::Result<bool> {
    let mut text = String::new();
    open_input(options.input.as_deref())?.read_to_string(&mut text)?;
    // Pretty output for a person reading one result.
    let (json, valid) = evaluate_text(&text, today, options.as_of, true);
    writeln!(io::stdout().lock(), "{json}")?;
    if !valid {
        eprintln!("hsp-pr: the profile is invalid; see \"errors\" above");
    }
    Ok(valid)
}

/// Streams: one line in, one line out, so a file of any length runs in constant memory;
/// each result is written as soon as it is complete, for pipelines that read as they go.
fn run_jsonl(options: &Options, today: Date) -> io::Result<bool> {
    let input = open_input(options.input.as_deref())?;
    let mut out = LineWriter::new(io::stdout().lock());
    let mut all_valid = true;
    for (index, line) in input.lines().enumerate() {
        let line = line?;
        let (json, valid) = if line.trim().is_empty() {
            let rejection = Rejection::single(
                "",
                ErrorCode::MalformedJson,
                "empty line: expected one profile",
            );
            (serde_json::to_string(&rejection).unwrap_or_default(), false)
        } else {
            evaluate_text(&line, today, options.as_of, false)
        };
        if !valid {
            all_valid = false;
            eprintln!("hsp-pr: line {} is invalid", index + 1);
        }
        out.write_all(format!("{json}\n").as_bytes())?;
    }
    out.flush()?;
    Ok(all_valid)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match parse_args(&args) {
        Ok(options) => options,
        Err(message) if message.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("hsp-pr: {message}\n{USAGE}");
            return ExitCode::from(1);
        }
    };
    let today = today_in_japan();
    let result = if options.jsonl {
        run_jsonl(&options, today)
    } else {
        run_single(&options, today)
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(2),
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("hsp-pr: {error}");
            ExitCode::from(1)
        }
    }
}
