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
usage: scamguard replay [--format text|json] [--lang zh-CN|zh-HK|en] [--region R[,R...]] [--lenient] [--restart-at N]
                        [--view full|bank [--bank-package PKG]] [FILE...]
       scamguard gen [--seed N] [--scams N] [--benign N] OUT_DIR
       scamguard eval [--view full|bank] [--split all|train|test] [--model FILE]
                      [--json] [--quiet] DIR
       scamguard check-rules FILE
       scamguard text [--source sms_unknown|sms_service|sms_contact|notification|chat|screen|browser] [TEXT...]
       scamguard rules
       scamguard pack keygen OUT_PREFIX
       scamguard pack sign --key FILE --serial N --expires UNIX_SECONDS [--min-engine V] MODEL
       scamguard pack verify --pub HEX [--now UNIX_SECONDS] [--floor SERIAL] SIGNED
       scamguard evidence verify [--pub HEX] FILE

replay       replays each trace (JSON Lines, see docs/trace-format.md) through a
             fresh engine; with no FILE, a built-in copy of the seed scam; '-' reads stdin.
             --format json prints one warning per line; text prints a timeline.
             --lenient skips bad lines with a message instead of stopping.
             --restart-at N snapshots the engine after N events and restores it into
             a new one (a process killed and restarted): the output must not change.
             --region sets the phone's regions, home first (cn hk tw sg in uk us au);
             without --lang, warnings are in the home region's language.
             --view bank replays only what a bank app alone would see (its own
             app: PKG, or the first bank/payment app with an amount).
gen          writes a randomized corpus of scam traces and ordinary days, one
             .jsonl per trace plus expect.json (defaults: seed 1, 1200 + 1200).
eval         replays every trace of DIR (listed in DIR/expect.json) through a fresh
             engine set to the trace's region: caught before the money moves, lead time, false alarms,
             cautions; per trace and in total (--quiet: totals only). --model
             evaluates a model file (docs/model.md) instead of the built-in one:
             tune on --split train, report --split test.
check-rules  validates a model file (JSON, docs/model.md) and lists its patterns.
text         reads each TEXT (or each line of stdin) as the engine would and prints its
             scam score and findings (class, strength, the words as written).
rules        lists the patterns of the built-in model.
pack         keygen writes OUT_PREFIX.key (secret seed, hex) and OUT_PREFIX.pub;
             sign prints a signed pack of MODEL; verify checks one against a public
             key, the clock and a serial floor, and validates the model inside.
evidence     verify checks an exported evidence record's hash chain and signature.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("replay") => run_replay(&args[1..]),
        Some("gen") => run_gen(&args[1..]),
        Some("eval") => run_eval(&args[1..]),
        Some("check-rules") => check_rules(&args[1..]),
        Some("text") => run_text(&args[1..]),
        Some("pack") => run_pack(&args[1..]),
        Some("evidence") => run_evidence(&args[1..]),
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

/// `scamguard text`: what the engine reads in a message, for testers and vendors
/// checking their own messages.
fn run_text(args: &[String]) -> ExitCode {
    use scamguard::text::{self, Source};
    let mut source = Source::SmsUnknown;
    let mut texts = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--source" => {
                source = match it.next().map(String::as_str) {
                    Some("sms_unknown") => Source::SmsUnknown,
                    Some("sms_service") => Source::SmsService,
                    Some("sms_contact") => Source::SmsContact,
                    Some("notification") => Source::Notification,
                    Some("chat") => Source::NotificationMessaging,
                    Some("screen") => Source::Screen,
                    Some("browser") => Source::BrowserPage,
                    _ => return usage_error(
                        "--source takes sms_unknown, sms_service, sms_contact, notification, chat, screen or browser",
                    ),
                }
            }
            _ => texts.push(a.clone()),
        }
    }
    if texts.is_empty() {
        texts = std::io::stdin().lines().map_while(Result::ok).filter(|l| !l.is_empty()).collect();
    }
    let mut out = std::io::stdout().lock();
    for t in &texts {
        let a = text::analyze(t, source);
        let found: Vec<String> =
            a.findings.iter().map(|f| format!("{:?} {:.2} \"{}\"", f.class, f.strength, f.word)).collect();
        if writeln!(out, "{:.2}\t{}", a.score, found.join("; ")).is_err() {
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("scamguard: {msg}\n{USAGE}");
    ExitCode::from(2)
}

fn run_replay(args: &[String]) -> ExitCode {
    let mut opts = Options::default();
    let mut files = Vec::new();
    let mut lang_given = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--format" => match it.next().map(String::as_str) {
                Some("json") => opts.format = Format::Json,
                Some("text") => opts.format = Format::Text,
                _ => return usage_error("--format takes text or json"),
            },
            "--lang" => match it.next().and_then(|l| Lang::from_wire(l)) {
                Some(l) => {
                    opts.lang = l;
                    lang_given = true;
                }
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
            "--restart-at" => match it.next().and_then(|v| v.parse::<usize>().ok()) {
                Some(n) if n > 0 => opts.restart_at = Some(n),
                _ => return usage_error("--restart-at takes a positive event count"),
            },
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
    // Without --lang, warnings speak the home region's language (en for uk, zh-HK
    // for hk and tw...), as the engine does on a phone set to that region.
    if let (false, Some(home)) = (lang_given, opts.regions.first()) {
        if let Some(l) = Lang::from_wire(scamguard::region::Regions::builtin().lang(*home)) {
            opts.lang = l;
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

fn read_file(path: &str) -> Result<String, ExitCode> {
    std::fs::read_to_string(path).map_err(|e| {
        eprintln!("scamguard: {path}: cannot read: {}", e.kind());
        ExitCode::FAILURE
    })
}

/// `--name value` pairs, and the positional arguments.
type Parsed<'a> = (Vec<(&'a str, &'a str)>, Vec<&'a str>);

/// `--name value` pairs and the remaining positional arguments.
fn flags<'a>(args: &'a [String], names: &[&'a str]) -> Result<Parsed<'a>, String> {
    let mut found = Vec::new();
    let mut rest = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if let Some(name) = names.iter().find(|n| **n == a.as_str()) {
            let v = it.next().ok_or_else(|| format!("{name} takes a value"))?;
            found.push((*name, v.as_str()));
        } else if a.starts_with("--") {
            return Err(format!("unknown option {a}"));
        } else {
            rest.push(a.as_str());
        }
    }
    Ok((found, rest))
}

fn get<'a>(found: &[(&str, &'a str)], name: &str) -> Option<&'a str> {
    found.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

fn run_pack(args: &[String]) -> ExitCode {
    use scamguard::pack;
    match args.first().map(String::as_str) {
        Some("keygen") => {
            let [_, prefix] = args else { return usage_error("pack keygen takes OUT_PREFIX") };
            let mut seed = [0u8; 32];
            // The OS's randomness, without a crate of its own for it.
            if std::fs::File::open("/dev/urandom")
                .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut seed))
                .is_err()
            {
                eprintln!("scamguard: cannot read /dev/urandom");
                return ExitCode::FAILURE;
            }
            let (secret, public) = pack::keypair_from_seed(seed);
            for (ext, text) in [("key", &secret), ("pub", &public)] {
                if let Err(e) = std::fs::write(format!("{prefix}.{ext}"), format!("{text}\n")) {
                    eprintln!("scamguard: {prefix}.{ext}: cannot write: {}", e.kind());
                    return ExitCode::FAILURE;
                }
            }
            println!("{public}");
            ExitCode::SUCCESS
        }
        Some("sign") => {
            let (f, rest) = match flags(&args[1..], &["--key", "--serial", "--expires", "--min-engine"]) {
                Ok(x) => x,
                Err(e) => return usage_error(&e),
            };
            let ([model], Some(key), Some(serial), Some(expires)) =
                (rest.as_slice(), get(&f, "--key"), get(&f, "--serial"), get(&f, "--expires"))
            else {
                return usage_error("pack sign needs --key, --serial, --expires and MODEL");
            };
            let (Ok(serial), Ok(expires)) = (serial.parse::<u64>(), expires.parse::<u64>()) else {
                return usage_error("--serial and --expires are whole numbers");
            };
            let (seed, json) = match (read_file(key), read_file(model)) {
                (Ok(k), Ok(m)) => (k, m),
                (Err(c), _) | (_, Err(c)) => return c,
            };
            if let Err(e) = scamguard::model::Model::from_json(&json) {
                eprintln!("scamguard: {model}: invalid model: {e}");
                return ExitCode::FAILURE;
            }
            match pack::sign(
                &json,
                seed.trim(),
                serial,
                expires,
                get(&f, "--min-engine").unwrap_or(env!("CARGO_PKG_VERSION")),
            ) {
                Ok(signed) => {
                    println!("{signed}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("scamguard: {key}: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Some("verify") => {
            let (f, rest) = match flags(&args[1..], &["--pub", "--now", "--floor"]) {
                Ok(x) => x,
                Err(e) => return usage_error(&e),
            };
            let ([file], Some(public)) = (rest.as_slice(), get(&f, "--pub")) else {
                return usage_error("pack verify needs --pub and SIGNED");
            };
            let now = match get(&f, "--now").map(str::parse::<u64>) {
                Some(Ok(n)) => n,
                Some(Err(_)) => return usage_error("--now is a whole number"),
                None => std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_secs())
                    .unwrap_or(0),
            };
            let floor = get(&f, "--floor").and_then(|v| v.parse().ok()).unwrap_or(0);
            let text = match read_file(file) {
                Ok(t) => t,
                Err(c) => return c,
            };
            let mut engine = scamguard::Engine::new();
            engine.set_pack_serial_floor(floor);
            if let Err(e) = engine.pin_pack_keys(&[public]) {
                eprintln!("scamguard: {e}");
                return ExitCode::FAILURE;
            }
            match engine.load_signed_model(&text, now) {
                Ok(()) => {
                    println!("ok: serial {}, {} patterns", engine.pack_serial(), engine.rule_ids().len());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("scamguard: {file}: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        _ => usage_error("pack takes keygen, sign or verify"),
    }
}

fn run_evidence(args: &[String]) -> ExitCode {
    if args.first().map(String::as_str) != Some("verify") {
        return usage_error("evidence takes verify");
    }
    let (f, rest) = match flags(&args[1..], &["--pub"]) {
        Ok(x) => x,
        Err(e) => return usage_error(&e),
    };
    let [file] = rest.as_slice() else { return usage_error("evidence verify takes one FILE") };
    let text = match read_file(file) {
        Ok(t) => t,
        Err(c) => return c,
    };
    match scamguard::record::Record::verify(&text, get(&f, "--pub")) {
        Ok(r) => {
            let signed = if r.sig.is_some() { "signed" } else { "unsigned" };
            println!("ok: {} entries, chain intact, {signed}", r.entries.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("scamguard: {file}: {e}");
            ExitCode::FAILURE
        }
    }
}
