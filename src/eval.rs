//! Evaluation: replay every trace of a corpus through a fresh engine and count
//! what matters to a victim — was the scam warned about at `danger` or above
//! before the money moved, how long before, and how often an ordinary day raised
//! such a warning. Definitions in docs/evaluation.md.

use crate::catalog::Catalog;
use crate::engine::Engine;
use crate::event::{Event, EventKind, Millis};
use crate::kinds::{Category, Field, Level, SenderKind};
pub use crate::view::View;
use crate::view::{bank_view, default_bank_package};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// What a trace is, from the corpus' `expect.json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Scam,
    Benign,
}

/// One entry of `expect.json`. Other keys (a case's `source`, a `note`) are
/// ignored, as in traces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Expect {
    pub kind: Kind,
    /// The script or story class (`task`, `bank-callback`, ...).
    pub class: String,
    /// `cn`, `hk`, `tw`, `sg`, `in`, `uk`, `us`, `au`.
    pub region: String,
    /// Language of the trace's texts (`zh-CN`, `en-GB`, ...).
    pub lang: String,
    /// `t` of the first event that moves or is about to move money; `null` if none.
    pub first_money_t: Option<Millis>,
    /// The bank or wallet app the bank view takes as its own: where the victim's money
    /// leaves. `null`: the view's default (the first catalogued bank or payment app
    /// with an amount), and with none of those, no bank app at all.
    pub bank_package: Option<String>,
}

/// Which half of a corpus: calibrate on `train`, report `test`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Split {
    #[default]
    All,
    Train,
    Test,
}

impl Split {
    pub fn from_wire(s: &str) -> Option<Split> {
        match s {
            "all" => Some(Split::All),
            "train" => Some(Split::Train),
            "test" => Some(Split::Test),
            _ => None,
        }
    }

    /// Does the trace called `name` belong to this split? A hash of the name, so a
    /// trace stays in its half whatever else the corpus holds.
    pub fn contains(self, name: &str) -> bool {
        match self {
            Split::All => true,
            Split::Train => fnv1a(name) % 2 == 0,
            Split::Test => fnv1a(name) % 2 == 1,
        }
    }
}

fn fnv1a(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    // Fold the high bits in: the low bit of FNV alone follows the last byte's parity.
    h ^ (h >> 32)
}

/// The outcome of one trace in one view.
#[derive(Debug, Clone, Serialize)]
pub struct TraceResult {
    pub name: String,
    pub kind: Kind,
    pub class: String,
    pub region: String,
    /// Events replayed, and lines the engine could not read (counted, skipped).
    pub events: usize,
    pub skipped: usize,
    /// The money step this view measures against: `expect.first_money_t` in the full
    /// view, the first money step the bank app itself sees in the bank view.
    pub money_t: Option<Millis>,
    /// Bank view: the scam's money never passes through the bank app.
    pub not_visible: bool,
    /// Scam: danger or above at or before `money_t`.
    pub caught: bool,
    /// `money_t` minus the first danger+ warning, when caught.
    pub lead_ms: Option<u64>,
    pub first_danger_t: Option<Millis>,
    /// The id of that first danger+ warning (for reading a report, not for scoring).
    pub first_danger_rule: Option<String>,
    pub top: Option<Level>,
    pub cautions: usize,
    /// Any warning (caution included) at or before `money_t`.
    pub warned_before_money: bool,
    /// Benign: any danger or critical warning.
    pub false_alarm: bool,
}

/// Totals per class.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ClassTotals {
    pub traces: usize,
    /// Scams: caught; ordinary days: false alarms.
    pub hits: usize,
    pub not_visible: usize,
}

/// What an evaluation found.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub view: View,
    pub split: Split,
    pub scams: usize,
    pub caught: usize,
    /// Bank view: scams whose money never passes through the bank app (neither caught nor missed).
    pub not_visible: usize,
    pub median_lead_ms: Option<u64>,
    pub benign: usize,
    pub false_alarms: usize,
    pub scam_cautions: usize,
    pub benign_cautions: usize,
    pub skipped_lines: usize,
    /// `scam:<class>` / `benign:<class>`.
    pub classes: BTreeMap<String, ClassTotals>,
    /// `scam:<region>` / `benign:<region>`: does detection hold outside one country?
    pub regions: BTreeMap<String, ClassTotals>,
    pub traces: Vec<TraceResult>,
}

impl Report {
    /// Caught / visible scams (all scams in the full view).
    pub fn caught_rate(&self) -> f64 {
        ratio(self.caught, self.scams - self.not_visible)
    }

    pub fn false_alarm_rate(&self) -> f64 {
        ratio(self.false_alarms, self.benign)
    }

    /// The totals on one line.
    pub fn summary(&self) -> String {
        let visible = self.scams - self.not_visible;
        let lead = self.median_lead_ms.map_or("-".to_string(), duration);
        let nv = if self.view == View::Bank {
            format!(", {} not visible to the bank", self.not_visible)
        } else {
            String::new()
        };
        format!(
            "{} view, {} split: scams caught {}/{} ({:.1}%){nv}, median lead {lead}; \
             ordinary days with danger+ {}/{} ({:.1}%); cautions per scam {:.2}, per ordinary day {:.2}; \
             unreadable lines skipped {}",
            self.view.wire_name(),
            match self.split {
                Split::All => "all",
                Split::Train => "train",
                Split::Test => "test",
            },
            self.caught,
            visible,
            100.0 * self.caught_rate(),
            self.false_alarms,
            self.benign,
            100.0 * self.false_alarm_rate(),
            ratio(self.scam_cautions, self.scams),
            ratio(self.benign_cautions, self.benign),
            self.skipped_lines,
        )
    }

    /// Per trace, per class and in total, for a person.
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        for r in &self.traces {
            let outcome = match (r.kind, r.not_visible, r.caught, r.false_alarm) {
                (Kind::Scam, true, _, _) => "not-visible",
                (Kind::Scam, _, true, _) => "caught",
                (Kind::Scam, _, false, _) => "MISSED",
                (Kind::Benign, _, _, true) => "FALSE-ALARM",
                (Kind::Benign, _, _, false) => "quiet",
            };
            let lead = r.lead_ms.map_or("-".to_string(), duration);
            let top = r.top.map_or("none", |l| l.wire_name());
            let skipped = if r.skipped > 0 { format!(" skipped={}", r.skipped) } else { String::new() };
            let first = match (&r.first_danger_rule, r.first_danger_t) {
                (Some(rule), Some(t)) => format!(" first={rule}@{t}"),
                _ => String::new(),
            };
            s.push_str(&format!(
                "{:<48} {:<12} lead={:<9} top={:<8} cautions={}{first}{skipped}\n",
                r.name, outcome, lead, top, r.cautions
            ));
        }
        s.push_str("-- per class (scams: caught/visible; ordinary days: with danger+/total)\n");
        for (c, t) in &self.classes {
            s.push_str(&format!("{c:<36} {}/{}\n", t.hits, t.traces - t.not_visible));
        }
        s.push_str("-- per region\n");
        for (c, t) in &self.regions {
            s.push_str(&format!("{c:<36} {}/{}\n", t.hits, t.traces - t.not_visible));
        }
        s.push_str(&format!("== {}\n", self.summary()));
        s
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// `12m30s`, `2h05m`, `41s`.
pub fn duration(ms: u64) -> String {
    let s = ms / 1000;
    if s < 60 {
        format!("{s}s")
    } else if s < 3600 {
        format!("{}m{:02}s", s / 60, s % 60)
    } else {
        format!("{}h{:02}m", s / 3600, s / 60 % 60)
    }
}

/// Why an evaluation could not run.
#[derive(Debug)]
pub enum EvalError {
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    /// `expect.json` is not valid (the serde message, without values).
    Expect(String),
    /// An `expect.json` entry has no trace file.
    MissingTrace(String),
    /// A trace file has no `expect.json` entry.
    Unlisted(String),
}

impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EvalError::Io { path, error } => write!(f, "{}: {error}", path.display()),
            EvalError::Expect(m) => write!(f, "expect.json: {m}"),
            EvalError::MissingTrace(n) => write!(f, "expect.json lists {n} but there is no {n}.jsonl"),
            EvalError::Unlisted(n) => write!(f, "{n}.jsonl has no entry in expect.json"),
        }
    }
}

impl std::error::Error for EvalError {}

/// Reads `DIR/expect.json` and the `.jsonl` traces in `DIR` and its subfolders.
pub fn load_corpus(dir: &Path) -> Result<Vec<(String, Expect, PathBuf)>, EvalError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |error| EvalError::Io { path, error }
    };
    let expect_path = dir.join("expect.json");
    let text = std::fs::read_to_string(&expect_path).map_err(io(&expect_path))?;
    let expect: BTreeMap<String, Expect> = serde_json::from_str(&text).map_err(|e| {
        // Position and kind of the problem, never the offending value.
        EvalError::Expect(format!("invalid at line {} column {}", e.line(), e.column()))
    })?;
    let mut files = BTreeMap::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(d) = dirs.pop() {
        for entry in std::fs::read_dir(&d).map_err(io(&d))? {
            let p = entry.map_err(io(&d))?.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|e| e == "jsonl") {
                if let Some(stem) = p.file_stem().and_then(|s| s.to_str()) {
                    files.insert(stem.to_string(), p);
                }
            }
        }
    }
    if let Some(n) = files.keys().find(|n| !expect.contains_key(*n)) {
        return Err(EvalError::Unlisted(n.clone()));
    }
    expect
        .into_iter()
        .map(|(name, x)| match files.remove(&name) {
            Some(p) => Ok((name, x, p)),
            None => Err(EvalError::MissingTrace(name)),
        })
        .collect()
}

/// Reads a trace leniently: the lines this engine cannot read are counted and skipped.
pub fn read_trace(path: &Path) -> Result<(Vec<Event>, usize), EvalError> {
    let file =
        std::fs::File::open(path).map_err(|error| EvalError::Io { path: path.to_path_buf(), error })?;
    let mut events = Vec::new();
    let mut skipped = 0;
    for item in crate::trace::TraceReader::new(std::io::BufReader::new(file), path.display().to_string()) {
        match item {
            Ok(e) => events.push(e),
            Err(_) => skipped += 1,
        }
    }
    Ok((events, skipped))
}

/// The first money step of a trace: an amount typed into an `amount` field of any
/// app, a `transfer_started`, a payment prompt, or a code/password typed into a
/// browser after an SMS with a link from a non-contact.
pub fn first_money_step(events: &[Event]) -> Option<Millis> {
    let catalog = Catalog::builtin();
    let mut link_seen = false;
    for e in events {
        match &e.kind {
            EventKind::SmsReceived { sender_kind, text, .. }
                if *sender_kind != SenderKind::Contact
                    && (text.contains("http") || text.contains("www.")) =>
            {
                link_seen = true
            }
            EventKind::TextEntered { field: Field::Amount, .. }
            | EventKind::TransferStarted { .. }
            | EventKind::PaymentPrompt { .. } => return Some(e.t),
            EventKind::TextEntered { package, field: Field::Code | Field::Password, .. }
                if link_seen && catalog.is(package, Category::Browser) =>
            {
                return Some(e.t)
            }
            _ => {}
        }
    }
    None
}

/// Replays one trace (already read) in one view through `engine`, which should be
/// fresh (`Engine::new()`, or one built with the model under test).
pub fn evaluate_trace(
    name: &str,
    expect: &Expect,
    events: &[Event],
    skipped: usize,
    view: View,
    mut engine: Engine,
) -> TraceResult {
    // A phone knows its country: the engine runs with the trace's region (an
    // unknown region name leaves the engine's default).
    let _ = engine.set_regions_wire(std::slice::from_ref(&expect.region));
    match view {
        View::Full => finish(name, expect, events, skipped, expect.first_money_t, false, engine),
        View::Bank => {
            // A trace with no bank app of its own leaves the bank app only device-wide facts.
            let bank =
                expect.bank_package.clone().or_else(|| default_bank_package(events)).unwrap_or_default();
            let seen = bank_view(events, Some(&bank));
            let money_t = first_money_step(&seen);
            let not_visible = expect.kind == Kind::Scam && money_t.is_none();
            finish(name, expect, &seen, skipped, money_t, not_visible, engine)
        }
    }
}

fn finish(
    name: &str,
    expect: &Expect,
    events: &[Event],
    mut skipped: usize,
    money_t: Option<Millis>,
    not_visible: bool,
    mut engine: Engine,
) -> TraceResult {
    let mut first_danger_t = None;
    let mut first_danger_rule = None;
    let mut top = None;
    let mut cautions = 0;
    let mut first_warning_t: Option<Millis> = None;
    for e in events {
        let warnings = match engine.observe(e) {
            Ok(w) => w,
            Err(_) => {
                skipped += 1;
                continue;
            }
        };
        for w in warnings {
            first_warning_t.get_or_insert(w.t);
            top = top.max(Some(w.level));
            if w.level == Level::Caution {
                cautions += 1;
            } else if first_danger_t.is_none() {
                first_danger_t = Some(w.t);
                first_danger_rule = Some(w.rule);
            }
        }
    }
    let scam = expect.kind == Kind::Scam;
    let caught = scam && !not_visible && matches!((first_danger_t, money_t), (Some(d), Some(m)) if d <= m);
    TraceResult {
        name: name.to_string(),
        kind: expect.kind,
        class: expect.class.clone(),
        region: expect.region.clone(),
        events: events.len(),
        skipped,
        money_t,
        not_visible,
        caught,
        lead_ms: if caught { money_t.zip(first_danger_t).map(|(m, d)| m - d) } else { None },
        first_danger_t,
        first_danger_rule,
        top,
        cautions,
        warned_before_money: matches!((first_warning_t, money_t), (Some(w), Some(m)) if w <= m),
        false_alarm: !scam && first_danger_t.is_some(),
    }
}

/// Evaluates every trace of `dir` in `split` and `view` with the built-in model.
pub fn evaluate(dir: &Path, view: View, split: Split) -> Result<Report, EvalError> {
    evaluate_with(dir, view, split, &Engine::new)
}

/// The same with engines from `make` (one per trace), e.g. a model being tuned:
/// `evaluate_with(dir, view, Split::Train, &|| Engine::with_model(&json).unwrap_or_default())`.
pub fn evaluate_with(
    dir: &Path,
    view: View,
    split: Split,
    make: &dyn Fn() -> Engine,
) -> Result<Report, EvalError> {
    let mut results = Vec::new();
    for (name, expect, path) in load_corpus(dir)? {
        if !split.contains(&name) {
            continue;
        }
        let (events, skipped) = read_trace(&path)?;
        results.push(evaluate_trace(&name, &expect, &events, skipped, view, make()));
    }
    Ok(report(view, split, results))
}

/// Totals over trace results.
pub fn report(view: View, split: Split, traces: Vec<TraceResult>) -> Report {
    let mut classes: BTreeMap<String, ClassTotals> = BTreeMap::new();
    let mut regions: BTreeMap<String, ClassTotals> = BTreeMap::new();
    let mut leads = Vec::new();
    let mut r = Report {
        view,
        split,
        scams: 0,
        caught: 0,
        not_visible: 0,
        median_lead_ms: None,
        benign: 0,
        false_alarms: 0,
        scam_cautions: 0,
        benign_cautions: 0,
        skipped_lines: 0,
        classes: BTreeMap::new(),
        regions: BTreeMap::new(),
        traces: Vec::new(),
    };
    for t in &traces {
        let hit = match t.kind {
            Kind::Scam => t.caught,
            Kind::Benign => t.false_alarm,
        };
        for (map, key) in [(&mut classes, &t.class), (&mut regions, &t.region)] {
            let c = map.entry(format!("{}:{key}", kind_name(t.kind))).or_default();
            c.traces += 1;
            c.hits += usize::from(hit);
            c.not_visible += usize::from(t.not_visible);
        }
        r.skipped_lines += t.skipped;
        match t.kind {
            Kind::Scam => {
                r.scams += 1;
                r.scam_cautions += t.cautions;
                if t.not_visible {
                    r.not_visible += 1;
                } else if t.caught {
                    r.caught += 1;
                    leads.extend(t.lead_ms);
                }
            }
            Kind::Benign => {
                r.benign += 1;
                r.benign_cautions += t.cautions;
                r.false_alarms += usize::from(t.false_alarm);
            }
        }
    }
    leads.sort_unstable();
    r.median_lead_ms = leads.get(leads.len().saturating_sub(1) / 2).copied();
    r.classes = classes;
    r.regions = regions;
    r.traces = traces;
    r
}

fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Scam => "scam",
        Kind::Benign => "benign",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expect(kind: Kind, money: Option<u64>, bank: Option<&str>) -> Expect {
        Expect {
            kind,
            class: "c".into(),
            region: "cn".into(),
            lang: "zh-CN".into(),
            first_money_t: money,
            bank_package: bank.map(str::to_string),
        }
    }

    fn events(s: &str) -> Vec<Event> {
        s.lines().filter(|l| !l.trim().is_empty()).map(|l| Event::from_json(l).expect(l)).collect()
    }

    const SEED_LIKE: &str = r#"
{"t":0,"type":"call_started","direction":"incoming","peer":"unknown"}
{"t":60000,"type":"app_foreground","package":"com.tencent.wemeet.app"}
{"t":120000,"type":"screen_share_started","package":"com.tencent.wemeet.app"}
{"t":180000,"type":"app_foreground","package":"com.android.bankabc"}
{"t":240000,"type":"text_entered","package":"com.android.bankabc","field":"amount","text":"19999.58"}
"#;

    #[test]
    fn split_is_a_stable_half() {
        let names: Vec<String> = (0..1000).map(|i| format!("scam-task-cn-{i:05}")).collect();
        let train = names.iter().filter(|n| Split::Train.contains(n)).count();
        assert!((400..600).contains(&train), "{train}");
        assert!(names.iter().all(|n| Split::Train.contains(n) != Split::Test.contains(n)));
        assert!(Split::All.contains("x"));
        // Pinned: a corpus keeps its halves across versions (FNV-1a, folded).
        assert!(Split::Test.contains("seed-beiyongjin-refund") && Split::Test.contains("benign-work-day"));
        assert!(Split::Train.contains("benign-bank-callback-au-00195"));
    }

    #[test]
    fn money_steps_and_the_browser_code_rule() {
        let ev = events(SEED_LIKE);
        assert_eq!(first_money_step(&ev), Some(240000));
        let phish = events(
            r#"{"t":5,"type":"text_entered","package":"com.android.chrome","field":"code","text":"1"}
{"t":6,"type":"sms_received","sender_kind":"unknown","text":"ETC 失效 http://x.example"}
{"t":7,"type":"text_entered","package":"com.android.bankabc","field":"code","text":"1"}
{"t":8,"type":"text_entered","package":"com.android.chrome","field":"code","text":"1"}"#,
        );
        assert_eq!(first_money_step(&phish), Some(8));
        let qr = events(r#"{"t":3,"type":"payment_prompt","kind":"qr_scan","package":"com.tencent.mm"}"#);
        assert_eq!(first_money_step(&qr), Some(3));
    }

    #[test]
    fn a_scam_is_caught_only_by_danger_at_or_before_the_money() {
        let ev = events(SEED_LIKE);
        let r =
            evaluate_trace("s", &expect(Kind::Scam, Some(240000), None), &ev, 0, View::Full, Engine::new());
        assert_eq!(r.caught, r.first_danger_t.is_some_and(|d| d <= 240000));
        if r.caught {
            assert_eq!(r.lead_ms, Some(240000 - r.first_danger_t.unwrap_or(0)));
        }
        // Money at t=0 cannot be preceded by anything: never caught.
        let r0 = evaluate_trace("s", &expect(Kind::Scam, Some(0), None), &ev, 0, View::Full, Engine::new());
        assert!(!r0.caught && r0.lead_ms.is_none());
    }

    #[test]
    fn bank_view_scams_without_bank_money_are_not_visible() {
        let ev = events(SEED_LIKE);
        let r = evaluate_trace(
            "s",
            &expect(Kind::Scam, Some(240000), Some("com.icbc")),
            &ev,
            0,
            View::Bank,
            Engine::new(),
        );
        assert!(r.not_visible && !r.caught);
        let r =
            evaluate_trace("s", &expect(Kind::Scam, Some(240000), None), &ev, 0, View::Bank, Engine::new());
        assert!(!r.not_visible, "the default bank is ABC");
        assert_eq!(r.money_t, Some(240000));
        let rep = report(View::Bank, Split::All, vec![r]);
        assert_eq!(rep.scams, 1);
    }

    #[test]
    fn report_counts_and_median() {
        let mk = |kind, caught, lead, fa| TraceResult {
            name: "n".into(),
            kind,
            class: "c".into(),
            region: "cn".into(),
            events: 1,
            skipped: 1,
            money_t: None,
            not_visible: false,
            caught,
            lead_ms: lead,
            first_danger_t: None,
            first_danger_rule: None,
            top: None,
            cautions: 2,
            warned_before_money: caught,
            false_alarm: fa,
        };
        let r = report(
            View::Full,
            Split::Test,
            vec![
                mk(Kind::Scam, true, Some(10), false),
                mk(Kind::Scam, true, Some(30), false),
                mk(Kind::Scam, true, Some(20), false),
                mk(Kind::Scam, false, None, false),
                mk(Kind::Benign, false, None, true),
                mk(Kind::Benign, false, None, false),
            ],
        );
        assert_eq!((r.scams, r.caught, r.benign, r.false_alarms), (4, 3, 2, 1));
        assert_eq!(r.median_lead_ms, Some(20));
        assert_eq!((r.scam_cautions, r.skipped_lines), (8, 6));
        assert!((r.caught_rate() - 0.75).abs() < 1e-9);
        assert!(r.summary().contains("3/4"), "{}", r.summary());
        assert_eq!(r.classes["scam:c"].hits, 3);
        assert_eq!((r.regions["benign:cn"].traces, r.regions["benign:cn"].hits), (2, 1));
    }

    #[test]
    fn durations() {
        assert_eq!(duration(41_000), "41s");
        assert_eq!(duration(750_000), "12m30s");
        assert_eq!(duration(7_500_000), "2h05m");
    }
}
