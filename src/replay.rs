//! Replaying a trace: events in, warnings out, as a timeline for a person or as
//! the spec's JSON lines.

use crate::engine::Engine;
use crate::event::{Event, EventKind};
use crate::kinds::{Lang, Level};
use crate::region::Region;
use crate::trace::{TraceError, TraceReader};
use crate::view::{bank_view, View};
use crate::warning::Warning;
use std::fmt;
use std::io::{BufRead, Write};

/// Output format of a replay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A readable timeline.
    Text,
    /// One warning per line, exactly as the spec's warning object.
    Json,
}

#[derive(Debug, Clone)]
pub struct Options {
    pub lang: Lang,
    pub format: Format,
    /// Skip bad lines (with a message on the error stream) instead of stopping.
    pub lenient: bool,
    /// Replay everything (`Full`) or only what a bank app would see (`Bank`).
    pub view: View,
    /// The bank view's own app; `None`: the first catalogued bank or payment app
    /// with an amount.
    pub bank_package: Option<String>,
    /// The engine's active regions (home first); empty: the engine's default.
    pub regions: Vec<Region>,
    /// After this many events: snapshot, drop the engine, restore into a new one
    /// (what a process killed and restarted does); the warnings must not change.
    pub restart_at: Option<usize>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lang: Lang::ZhCn,
            format: Format::Text,
            lenient: false,
            view: View::Full,
            bank_package: None,
            regions: Vec::new(),
            restart_at: None,
        }
    }
}

/// Why a replay stopped.
#[derive(Debug)]
pub enum ReplayError {
    Input(TraceError),
    Output(std::io::Error),
}

impl fmt::Display for ReplayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReplayError::Input(e) => write!(f, "{e}"),
            ReplayError::Output(e) => write!(f, "cannot write output: {e}"),
        }
    }
}

impl std::error::Error for ReplayError {}

impl From<std::io::Error> for ReplayError {
    fn from(e: std::io::Error) -> Self {
        ReplayError::Output(e)
    }
}

/// What a replay saw. Counts only: a replay streams, and memory must not grow
/// with the length of the trace.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub events: usize,
    pub skipped: usize,
    pub warnings: usize,
    pub highest: Option<Level>,
}

/// Replays one trace through a fresh engine, writing to `out`; bad lines go to
/// `diag` when lenient.
pub fn replay<R: BufRead, W: Write, D: Write>(
    input: R,
    name: &str,
    opts: Options,
    out: &mut W,
    diag: &mut D,
) -> Result<Summary, ReplayError> {
    let fresh = || -> Result<Engine, ReplayError> {
        let mut engine = Engine::new();
        engine.set_lang(opts.lang);
        if !opts.regions.is_empty() {
            // At most one of each of the eight regions (main.rs parses them), so this holds.
            engine.set_regions(&opts.regions).map_err(|e| {
                ReplayError::Input(TraceError { file: name.to_string(), line: 0, reason: e.to_string() })
            })?;
        }
        // A trace is a record: a time going backwards is a mistake in it, not a reboot.
        engine.set_strict_time(true);
        Ok(engine)
    };
    let mut engine = fresh()?;
    let mut summary = Summary::default();
    let mut reader = TraceReader::new(input, name);
    if opts.format == Format::Text {
        let view = if opts.view == View::Bank { " [bank view]" } else { "" };
        writeln!(out, "== {name}{view}")?;
    }
    // The bank view needs the whole trace (its default bank app is the first one
    // with money), so it reads everything first; the full view streams.
    let mut buffered = std::collections::VecDeque::new();
    if opts.view == View::Bank {
        let mut all = Vec::new();
        for item in reader.by_ref() {
            match item {
                Ok(e) => all.push(e),
                Err(e) if opts.lenient => {
                    writeln!(diag, "skipped {e}")?;
                    summary.skipped += 1;
                }
                Err(e) => return Err(ReplayError::Input(e)),
            }
        }
        buffered.extend(bank_view(&all, opts.bank_package.as_deref()));
    }
    loop {
        let item = if opts.view == View::Bank {
            match buffered.pop_front() {
                Some(e) => Ok(e),
                None => break,
            }
        } else {
            match reader.next() {
                Some(item) => item,
                None => break,
            }
        };
        let event = match item {
            Ok(e) => e,
            Err(e) if opts.lenient => {
                writeln!(diag, "skipped {e}")?;
                summary.skipped += 1;
                continue;
            }
            Err(e) => return Err(ReplayError::Input(e)),
        };
        let warnings = match engine.observe(&event) {
            Ok(w) => w,
            Err(e) => {
                // In the bank view the line number is that of the trace's end: the
                // event was derived from the whole trace.
                let err = TraceError { file: name.to_string(), line: reader.line(), reason: e.to_string() };
                if opts.lenient {
                    writeln!(diag, "skipped {err}")?;
                    summary.skipped += 1;
                    continue;
                }
                return Err(ReplayError::Input(err));
            }
        };
        summary.events += 1;
        match opts.format {
            Format::Json => {
                for w in &warnings {
                    writeln!(out, "{}", w.to_json())?;
                }
            }
            Format::Text => {
                writeln!(out, "{:>9}  {}", clock(event.t), brief(&engine, &event))?;
                for w in &warnings {
                    write_warning(&engine, w, out)?;
                }
            }
        }
        summary.warnings += warnings.len();
        summary.highest = summary.highest.max(warnings.iter().map(|w| w.level).max());
        if opts.restart_at == Some(summary.events) {
            let saved = engine.snapshot();
            engine = fresh()?;
            engine.restore(&saved).map_err(|e| {
                ReplayError::Input(TraceError {
                    file: name.to_string(),
                    line: reader.line(),
                    reason: e.to_string(),
                })
            })?;
        }
    }
    if opts.format == Format::Text {
        let m = engine.messages();
        let top = summary.highest.map(|l| m.timeline(&format!("level_{l}"), opts.lang, &[]));
        let line = m.timeline(
            "summary",
            opts.lang,
            &[
                ("events", &summary.events.to_string()),
                ("warnings", &summary.warnings.to_string()),
                ("top", &top.unwrap_or_else(|| m.timeline("none", opts.lang, &[]))),
            ],
        );
        writeln!(out, "-- {line}\n")?;
    }
    Ok(summary)
}

/// `h:mm:ss` of the trace clock.
fn clock(t: u64) -> String {
    let s = t / 1000;
    format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

fn write_warning<W: Write>(engine: &Engine, w: &Warning, out: &mut W) -> std::io::Result<()> {
    let m = engine.messages();
    let lang = w.lang;
    let bar = match w.level {
        Level::Caution => "!",
        Level::Danger => "!!",
        Level::Critical => "!!!",
    };
    let level = m.timeline(&format!("level_{}", w.level), lang, &[]);
    writeln!(out, "{bar:>9}  [{level}] {}  ({})", w.title, w.rule)?;
    writeln!(out, "{:>9}  {}", "", w.message)?;
    writeln!(out, "{:>9}  {}:", "", m.timeline("evidence", lang, &[]))?;
    for e in &w.evidence {
        writeln!(out, "{:>9}    - {e}", "")?;
    }
    writeln!(out, "{:>9}  {}:", "", m.timeline("actions", lang, &[]))?;
    for a in &w.actions {
        writeln!(out, "{:>9}    - {a}", "")?;
    }
    Ok(())
}

use crate::amount::{Amount, Currency};

/// One line about an event, with no phone number and no typed text (amounts aside).
pub fn brief(engine: &Engine, event: &Event) -> String {
    let m = engine.messages();
    let lang = engine.lang();
    let tl = |key: &str, args: &[(&str, &str)]| m.timeline(key, lang, args);
    let app = |p: &Option<String>| engine.app_name(p.as_deref());
    // The same word the evidence chain would name for this event.
    let words = match engine.scam_word(event) {
        Some(w) => tl("words_found", &[("word", &w)]),
        None => String::new(),
    };
    let len = |text: &str| text.chars().count().to_string();
    let key = event.event_type().wire_name();
    match &event.kind {
        EventKind::CallStarted { direction, peer, channel, .. } => tl(
            key,
            &[
                ("channel", &m.word(&format!("channel_{channel}"), lang)),
                ("direction", &tl(direction.wire_name(), &[])),
                ("peer", &m.word(&format!("peer_{peer}"), lang)),
            ],
        ),
        EventKind::CallEnded => tl(key, &[]),
        EventKind::AppForeground { package }
        | EventKind::AppRemoved { package }
        | EventKind::AccessibilityEnabled { package, .. }
        | EventKind::OverlayShown { package } => tl(key, &[("app", &engine.label(package))]),
        EventKind::AppInstalled { package, installer, label } => {
            let name = label.clone().unwrap_or_else(|| engine.label(package));
            tl(key, &[("app", &name), ("installer", &app(installer))])
        }
        EventKind::ScreenShareStarted { package } | EventKind::ScreenShareStopped { package } => {
            tl(key, &[("app", &app(package))])
        }
        EventKind::SettingChanged { setting, enabled, .. } => tl(
            key,
            &[("setting", setting.wire_name()), ("enabled", &tl(if *enabled { "on" } else { "off" }, &[]))],
        ),
        EventKind::TextEntered { package, field, text } => {
            let what = match (field, Amount::parse(text)) {
                (crate::kinds::Field::Amount, Ok(a)) => {
                    let shown = Amount::new(a.money, Some(a.currency_or(engine.app_currency(package))));
                    tl("typed_amount", &[("amount", &shown.to_string())])
                }
                _ => tl("typed_hidden", &[]),
            };
            tl(
                key,
                &[
                    ("app", &engine.label(package)),
                    ("field", &tl(&format!("field_{field}"), &[])),
                    ("what", &what),
                ],
            )
        }
        EventKind::ScreenText { package, text } | EventKind::Notification { package, text, .. } => {
            tl(key, &[("app", &engine.label(package)), ("len", &len(text)), ("words", &words)])
        }
        EventKind::SmsReceived { sender_kind, text, .. } => tl(
            key,
            &[("sender", &tl(&format!("sender_{sender_kind}"), &[])), ("len", &len(text)), ("words", &words)],
        ),
        EventKind::TransferStarted { package, amount, payee_new, currency, .. } => {
            let payee = if *payee_new == Some(true) { m.word("payee_new", lang) } else { String::new() };
            let code = Currency::from_code(currency).unwrap_or(engine.currency());
            let shown = Amount::new(*amount, Some(code)).to_string();
            tl(key, &[("app", &app(package)), ("amount", &shown), ("payee", &payee)])
        }
        EventKind::PaymentPrompt { package, kind, .. } => {
            tl(key, &[("app", &app(package)), ("kind", kind.wire_name())])
        }
        EventKind::PlatformRisk { kind, .. } => tl(key, &[("kind", kind.wire_name())]),
        EventKind::ContactAdded { .. } => tl(key, &[]),
        EventKind::CallState { active } => {
            tl(key, &[("enabled", &tl(if *active { "on" } else { "off" }, &[]))])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRACE: &str = r#"{"t":0,"type":"call_started","direction":"incoming","peer":"unknown","number":"13912345678"}
{"t":1000,"type":"text_entered","package":"com.android.bankabc","field":"account","text":"6222000011112222"}
{"t":2000,"type":"sms_received","sender":"10690000","sender_kind":"unknown","text":"请转到安全账户 6222000011112222"}
{"t":3000,"type":"text_entered","package":"com.android.bankabc","field":"amount","text":"19999.58"}
"#;

    fn text(lang: Lang) -> String {
        let mut out = Vec::new();
        let opts = Options { lang, ..Options::default() };
        let s = replay(TRACE.as_bytes(), "t", opts, &mut out, &mut std::io::sink()).expect("valid");
        assert_eq!(s.events, 4);
        assert_eq!(s.highest, Some(Level::Critical));
        String::from_utf8(out).expect("utf8")
    }

    #[test]
    fn the_timeline_hides_numbers_and_typed_text_but_shows_amounts() {
        for lang in [Lang::ZhCn, Lang::En] {
            let out = text(lang);
            assert!(!out.contains("13912345678") && !out.contains("10690000"), "{out}");
            assert!(!out.contains("6222000011112222"), "{out}");
            assert!(out.contains("¥19,999.58"), "{out}");
            assert!(out.contains("安全账户"), "vocabulary words are shown: {out}");
        }
        assert!(text(Lang::En).contains("[CRITICAL]"));
        assert!(text(Lang::ZhCn).contains("[紧急]"));
    }

    #[test]
    fn lenient_replay_counts_skipped_lines() {
        let input = "{\"t\":0,\"type\":\"call_ended\"}\nnope\n{\"t\":1,\"type\":\"call_ended\"}\n";
        let mut diag = Vec::new();
        let opts = Options { lenient: true, format: Format::Json, ..Options::default() };
        let s = replay(input.as_bytes(), "x", opts, &mut std::io::sink(), &mut diag).expect("lenient");
        assert_eq!((s.events, s.skipped), (2, 1));
        assert!(String::from_utf8_lossy(&diag).contains("x:2:"));
        let strict = Options { format: Format::Json, ..Options::default() };
        let err =
            replay(input.as_bytes(), "x", strict, &mut std::io::sink(), &mut std::io::sink()).unwrap_err();
        assert!(err.to_string().starts_with("x:2: "), "{err}");
    }
}
