//! `scamguard`: replay device traces through the engine.
//!
//! Exit codes: 0 valid input, 1 bad input (one line on stderr), 2 bad usage.

use scamguard::eval::{self, Split, View};
use scamguard::kinds::Lang;
use scamguard::region::Region;
use scamguard::replay::{self, Format, Options};
use std::io::{BufReader, Write};
use std::process::ExitCode;

/// The seed case, replayed when no file is given.
const BUILTIN_NAME: &str = "seed-beiyongjin-refund (built-in)";
const BUILTIN_TRACE: &str = include_str!("../tests/fixtures/scam/seed-beiyongjin-refund.jsonl");

const USAGE: &str = "\
usage: scamguard replay [--format text|json] [--lang zh-CN|zh-HK|en] [--region R[,R...]] [--lenient]
                        [--view full|bank [--bank-package PKG]] [FILE...]
       scamguard gen [--seed N] [--scams N] [--benign N] OUT_DIR
       scamguard eval [--view full|bank] [--split all|train|test] [--model FILE]
                      [--json] [--quiet] DIR
       scamguard check-rules FILE
       scamguard rules

replay       replays each trace (JSON Lines, see docs/trace-format.md) through a
             fresh engine; with no FILE, a built-in copy of the seed scam; '-' reads stdin.
             --format json prints one warning per line; text prints a timeline.
             --lenient skips bad lines with a message instead of stopping.
             --region sets the phone's regions, home first (cn hk tw sg in uk us au).
             --view bank replays only what a bank app alone would see (its own
             app: PKG, or the first bank/payment app with an amount).
gen          writes a randomized corpus of scam traces and ordinary days, one
             .jsonl per trace plus expect.json (defaults: seed 1, 1200 + 1200).
eval         replays every trace of DIR (listed in DIR/expect.json) through a fresh
             engine set to the trace's region: caught before the money moves, lead time, false alarms,
             cautions; per trace and in total (--quiet: totals only). --model
             evaluates a model file (docs/model.md) instead of the built-in one:
             tune on --split train, report --split test.
check-rules  validates a rule pack (JSON) and lists its rule ids.
rules        lists the ids and levels of the built-in rules.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("replay") => run_replay(&args[1..]),
        Some("gen") => run_gen(&args[1..]),
        Some("eval") => run_eval(&args[1..]),
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
                None => return usage_error("--lang takes zh-CN, zh-HK or en"),
            },
            "--region" => {
                let list = it.next().map(|v| v.split(',').map(Region::from_wire).collect::<Option<Vec<_>>>());
                match list.flatten() {
                    Some(list) => {
                        // Each region once, in the order given (home first): at most eight.
                        opts.regions.clear();
                        for r in list {
                            if !opts.regions.contains(&r) {
                                opts.regions.push(r);
                            }
                        }
                    }
                    _ => return usage_error("--region takes regions among cn,hk,tw,sg,in,uk,us,au"),
                }
            }
            "--lenient" => opts.lenient = true,
            "--view" => match it.next().and_then(|v| View::from_wire(v)) {
                Some(v) => opts.view = v,
                None => return usage_error("--view takes full or bank"),
            },
            "--bank-package" => match it.next() {
                Some(p) if scamguard::catalog::is_package_name(p) => opts.bank_package = Some(p.clone()),
                _ => return usage_error("--bank-package takes an application id"),
            },
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
        replay::replay(BUILTIN_TRACE.as_bytes(), BUILTIN_NAME, opts.clone(), &mut out, &mut diag).map(|_| ())
    } else {
        files.iter().try_for_each(|f| {
            if f == "-" {
                replay::replay(std::io::stdin().lock(), "<stdin>", opts.clone(), &mut out, &mut diag)
                    .map(|_| ())
            } else {
                match std::fs::File::open(f) {
                    Ok(file) => {
                        replay::replay(BufReader::new(file), f, opts.clone(), &mut out, &mut diag).map(|_| ())
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

fn run_gen(args: &[String]) -> ExitCode {
    let (mut seed, mut scams, mut benign) = (1u64, 1200usize, 1200usize);
    let mut dir = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut number = |what: &str| it.next().and_then(|v| v.parse::<u64>().ok()).ok_or(what.to_string());
        let parsed = match a.as_str() {
            "--seed" => number("--seed takes a number").map(|n| seed = n),
            "--scams" => number("--scams takes a number").map(|n| scams = n as usize),
            "--benign" => number("--benign takes a number").map(|n| benign = n as usize),
            s if s.starts_with("--") => Err(format!("unknown option {s}")),
            _ if dir.is_none() => {
                dir = Some(a.clone());
                Ok(())
            }
            _ => Err("gen takes one OUT_DIR".to_string()),
        };
        if let Err(msg) = parsed {
            return usage_error(&msg);
        }
    }
    let Some(dir) = dir else {
        return usage_error("gen needs an OUT_DIR");
    };
    match scamguard::gen::write_corpus(std::path::Path::new(&dir), seed, scams, benign) {
        Ok(n) => {
            println!("wrote {n} traces and expect.json to {dir}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("scamguard: {dir}: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run_eval(args: &[String]) -> ExitCode {
    let (mut view, mut split, mut json, mut quiet) = (View::Full, Split::All, false, false);
    let mut dir = None;
    let mut model = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--view" => match it.next().and_then(|v| View::from_wire(v)) {
                Some(v) => view = v,
                None => return usage_error("--view takes full or bank"),
            },
            "--split" => match it.next().and_then(|v| Split::from_wire(v)) {
                Some(s) => split = s,
                None => return usage_error("--split takes all, train or test"),
            },
            "--model" => match it.next() {
                Some(f) => model = Some(f.clone()),
                None => return usage_error("--model takes a FILE"),
            },
            "--json" => json = true,
            "--quiet" => quiet = true,
            s if s.starts_with("--") => return usage_error(&format!("unknown option {s}")),
            _ if dir.is_none() => dir = Some(a.clone()),
            _ => return usage_error("eval takes one DIR"),
        }
    }
    let Some(dir) = dir else {
        return usage_error("eval needs a DIR");
    };
    let model_json = match &model {
        None => None,
        Some(file) => {
            let json = match std::fs::read_to_string(file) {
                Ok(j) => j,
                Err(e) => {
                    eprintln!("scamguard: {file}: cannot read: {e}");
                    return ExitCode::FAILURE;
                }
            };
            // Checked once here, so the per-trace engines below cannot fail.
            if let Err(e) = scamguard::Engine::with_model(&json) {
                eprintln!("scamguard: {file}: invalid model: {e}");
                return ExitCode::FAILURE;
            }
            Some(json)
        }
    };
    let make = || match &model_json {
        Some(json) => scamguard::Engine::with_model(json).unwrap_or_default(),
        None => scamguard::Engine::new(),
    };
    match eval::evaluate_with(std::path::Path::new(&dir), view, split, &make) {
        Ok(report) => {
            if json {
                println!("{}", report.to_json());
            } else if quiet {
                println!("{}", report.summary());
            } else {
                print!("{}", report.to_text());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("scamguard: {e}");
            ExitCode::FAILURE
        }
    }
}
