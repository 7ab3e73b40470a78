//! `scamguard`: replay device traces through the engine.
//!
//! Exit codes: 0 valid input, 1 bad input (one line on stderr), 2 bad usage.

use scamguard::kinds::Lang;
use scamguard::replay::{self, Format, Options};
use std::io::{BufReader, Write};
use std::process::ExitCode;

/// The seed case, replayed when no file is given.
const BUILTIN_NAME: &str = "seed-beiyongjin-refund (built-in)";
const BUILTIN_TRACE: &str = include_str!("../tests/fixtures/scam/seed-beiyongjin-refund.jsonl");

const USAGE: &str = "\
usage: scamguard replay [--format text|json] [--lang zh-CN|en] [--lenient] [FILE...]
       scamguard check-rules FILE
       scamguard rules

replay       replays each trace (JSON Lines, see spec/trace-format.md) through a
             fresh engine; with no FILE, a built-in copy of the seed scam; '-' reads stdin.
             --format json prints one warning per line; text prints a timeline.
             --lenient skips bad lines with a message instead of stopping.
check-rules  validates a rule pack (JSON) and lists its rule ids.
rules        lists the ids and levels of the built-in rules.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("replay") => run_replay(&args[1..]),
        Some("check-rules") => check_rules(&args[1..]),
        Some("rules") => {
            let engine = scamguard::Engine::new();
            for p in &engine.model().patterns {
                println!("{:<40} {:?}", p.id, p.on);
            }
            ExitCode::SUCCESS
        }
        Some("-h") | Some("--help") | Some("help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => usage_error("expected a command"),
    }
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("scamguard: {msg}\n{USAGE}");
    ExitCode::from(2)
}

fn run_replay(args: &[String]) -> ExitCode {
    let mut opts = Options::default();
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--format" => match it.next().map(String::as_str) {
                Some("json") => opts.format = Format::Json,
                Some("text") => opts.format = Format::Text,
                _ => return usage_error("--format takes text or json"),
            },
            "--lang" => match it.next().and_then(|l| Lang::from_wire(l)) {
                Some(l) => opts.lang = l,
                None => return usage_error("--lang takes zh-CN or en"),
            },
            "--lenient" => opts.lenient = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            s if s.starts_with("--") => return usage_error(&format!("unknown option {s}")),
            _ => files.push(a.clone()),
        }
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut diag = std::io::stderr();
    let result = if files.is_empty() {
        replay::replay(BUILTIN_TRACE.as_bytes(), BUILTIN_NAME, opts, &mut out, &mut diag).map(|_| ())
    } else {
        files.iter().try_for_each(|f| {
            if f == "-" {
                replay::replay(std::io::stdin().lock(), "<stdin>", opts, &mut out, &mut diag).map(|_| ())
            } else {
                match std::fs::File::open(f) {
                    Ok(file) => {
                        replay::replay(BufReader::new(file), f, opts, &mut out, &mut diag).map(|_| ())
                    }
                    Err(e) => Err(replay::ReplayError::Input(scamguard::trace::TraceError {
                        file: f.clone(),
                        line: 0,
                        reason: format!("cannot open: {e}"),
                    })),
                }
            }
        })
    };
    let flushed = out.flush();
    match (result, flushed) {
        (Ok(()), Ok(())) => ExitCode::SUCCESS,
        (Err(e), _) => {
            eprintln!("scamguard: {e}");
            ExitCode::FAILURE
        }
        (Ok(()), Err(e)) => {
            eprintln!("scamguard: cannot write output: {e}");
            ExitCode::FAILURE
        }
    }
}

fn check_rules(args: &[String]) -> ExitCode {
    let [file] = args else {
        return usage_error("check-rules takes one FILE");
    };
    let json = match std::fs::read_to_string(file) {
        Ok(j) => j,
        Err(e) => {
            eprintln!("scamguard: {file}: cannot read: {e}");
            return ExitCode::FAILURE;
        }
    };
    match scamguard::model::Model::from_json(&json) {
        Ok(model) => {
            for p in &model.patterns {
                println!("{:<40} {:?}", p.id, p.on);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("scamguard: {file}: invalid model: {e}");
            ExitCode::FAILURE
        }
    }
}
