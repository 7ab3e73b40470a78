//! Evaluation on a labelled SMS corpus (`tests/sms/`).
//!
//! A corpus directory holds `*.tsv` files, one message per line:
//! `LABEL<TAB>LANG<TAB>SOURCE<TAB>TEXT` with LABEL `scam` or `ham`, LANG a
//! tag such as `zh-CN`, `zh-Hant`, `en-UK`, SOURCE `sms_unknown`,
//! `sms_service` or `sms_contact`, and TEXT with `\n` for line breaks.
//! Lines starting with `#` are comments. A message counts as flagged when
//! its score is at least [`SCAM_THRESHOLD`].

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use super::{analyze, Source, SCAM_THRESHOLD};

/// Counts for one language group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub scam: usize,
    pub caught: usize,
    pub ham: usize,
    pub false_alarms: usize,
}

impl Counts {
    /// Share of scam messages flagged (1 when there are none).
    pub fn recall(&self) -> f64 {
        if self.scam == 0 {
            1.0
        } else {
            self.caught as f64 / self.scam as f64
        }
    }

    /// Share of ordinary messages flagged (0 when there are none).
    pub fn fp_rate(&self) -> f64 {
        if self.ham == 0 {
            0.0
        } else {
            self.false_alarms as f64 / self.ham as f64
        }
    }

    fn add(&mut self, o: &Counts) {
        self.scam += o.scam;
        self.caught += o.caught;
        self.ham += o.ham;
        self.false_alarms += o.false_alarms;
    }
}

/// Per-language results; languages are grouped as `zh-CN`, `zh-Hant` and
/// `en` (all English regions), with the regions also listed one by one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub threshold: f32,
    /// Language group (`zh-CN`, `zh-Hant`, `en`) -> counts.
    pub groups: BTreeMap<String, Counts>,
    /// Exact tag (`en-UK`, `zh-HK`, ...) -> counts.
    pub tags: BTreeMap<String, Counts>,
    /// Texts missed or wrongly flagged, with their line reference
    /// (`file:line`) for tuning on the development split only.
    pub errors: Vec<(String, bool, f32)>,
}

impl Report {
    pub fn total(&self) -> Counts {
        let mut t = Counts::default();
        for c in self.groups.values() {
            t.add(c);
        }
        t
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "threshold: score >= {}", self.threshold)?;
        writeln!(f, "| language | scam | recall | ordinary | false positives |")?;
        writeln!(f, "|---|---|---|---|---|")?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, c: &Counts| {
            writeln!(
                f,
                "| {name} | {} | {:.1}% ({}) | {} | {:.1}% ({}) |",
                c.scam,
                100.0 * c.recall(),
                c.caught,
                c.ham,
                100.0 * c.fp_rate(),
                c.false_alarms
            )
        };
        for (name, c) in &self.groups {
            row(f, name, c)?;
        }
        for (name, c) in &self.tags {
            row(f, &format!("  {name}"), c)?;
        }
        row(f, "all", &self.total())
    }
}

/// Why a corpus could not be read. Never carries message text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EvalError {
    Io(String),
    /// `file:line` of a malformed line and what is wrong with it.
    Line(String, &'static str),
    Empty,
}

impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EvalError::Io(e) => write!(f, "cannot read corpus: {e}"),
            EvalError::Line(at, why) => write!(f, "{at}: {why}"),
            EvalError::Empty => write!(f, "no messages in corpus"),
        }
    }
}

impl std::error::Error for EvalError {}

fn group(lang: &str) -> &str {
    if lang.starts_with("en") {
        "en"
    } else if lang == "zh-CN" {
        "zh-CN"
    } else {
        "zh-Hant"
    }
}

fn source(s: &str) -> Option<Source> {
    Some(match s {
        "sms_unknown" => Source::SmsUnknown,
        "sms_service" => Source::SmsService,
        "sms_contact" => Source::SmsContact,
        "notification" => Source::Notification,
        "notification_messaging" => Source::NotificationMessaging,
        "screen" => Source::Screen,
        "browser" => Source::BrowserPage,
        _ => return None,
    })
}

/// Scores every message of every `*.tsv` file in `dir`.
pub fn evaluate(dir: impl AsRef<Path>) -> Result<Report, EvalError> {
    let mut files: Vec<_> = std::fs::read_dir(dir.as_ref())
        .map_err(|e| EvalError::Io(e.kind().to_string()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    let mut report = Report { threshold: SCAM_THRESHOLD, ..Report::default() };
    for path in files {
        score_file(&mut report, &path)?;
    }
    if report.groups.is_empty() {
        return Err(EvalError::Empty);
    }
    Ok(report)
}

/// Scores every message of one `*.tsv` file (a half of a real collection,
/// kept apart from its other half).
pub fn evaluate_file(path: impl AsRef<Path>) -> Result<Report, EvalError> {
    let mut report = Report { threshold: SCAM_THRESHOLD, ..Report::default() };
    score_file(&mut report, path.as_ref())?;
    if report.groups.is_empty() {
        return Err(EvalError::Empty);
    }
    Ok(report)
}

fn score_file(report: &mut Report, path: &Path) -> Result<(), EvalError> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let body = std::fs::read_to_string(path).map_err(|e| EvalError::Io(e.kind().to_string()))?;
    for (n, line) in body.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = format!("{name}:{}", n + 1);
        let mut cols = line.splitn(4, '\t');
        let (Some(label), Some(lang), Some(src), Some(text)) =
            (cols.next(), cols.next(), cols.next(), cols.next())
        else {
            return Err(EvalError::Line(at, "expected LABEL, LANG, SOURCE, TEXT"));
        };
        let scam = match label {
            "scam" => true,
            "ham" => false,
            _ => return Err(EvalError::Line(at, "label must be scam or ham")),
        };
        let src = source(src).ok_or(EvalError::Line(at.clone(), "unknown source"))?;
        let text = text.replace("\\n", "\n");
        let score = analyze(&text, src).score;
        let flagged = score >= SCAM_THRESHOLD;
        for c in [
            report.groups.entry(group(lang).to_string()).or_default(),
            report.tags.entry(lang.to_string()).or_default(),
        ] {
            if scam {
                c.scam += 1;
                c.caught += flagged as usize;
            } else {
                c.ham += 1;
                c.false_alarms += flagged as usize;
            }
        }
        if flagged != scam {
            report.errors.push((at, scam, score));
        }
    }
    Ok(())
}
