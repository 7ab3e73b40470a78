//! Scenario generator: randomized scam traces and ordinary days, from scripts.
//!
//! `scamguard gen [--seed N] [--scams N] [--benign N] OUT_DIR` writes one JSON Lines
//! trace per scenario and an `expect.json` that says, for each, what it is (scam or
//! ordinary day, its class, region and language), when money first moves or is
//! about to move, and which bank app a bank-app view should take as its own.
//!
//! The scripts are written from the classes of scams that police and regulators
//! describe (see docs/evaluation.md), not from the engine's rules: every timing,
//! app, channel, amount format and language is drawn at random, so a rule that
//! only fits one story will not fit the corpus. Traces are emitted as JSON values
//! (not as the engine's `Event` type) so the generator writes the trace format
//! itself, including fields an engine version may not know yet.
//!
//! Output is a pure function of the seed and the counts: the generator has its own
//! PRNG (SplitMix64) and reads no clock.

mod benign;
mod scams;
mod script;
mod world;

use crate::eval::{Expect, Kind};
use std::io::Write;
use std::path::Path;

pub use script::Rng;

/// One generated scenario.
#[derive(Debug, Clone)]
pub struct GenTrace {
    /// File stem, unique within a corpus: `scam-task-cn-00012`.
    pub name: String,
    /// One JSON object per event (with `t` and `type`), `t` non-decreasing.
    pub lines: Vec<serde_json::Value>,
    pub expect: Expect,
}

impl GenTrace {
    /// The trace as JSON Lines, `t` and `type` first on each line for readers.
    pub fn to_jsonl(&self) -> String {
        let mut s = String::new();
        for l in &self.lines {
            let (t, ty) = (&l["t"], &l["type"]);
            s.push_str(&format!("{{\"t\":{t},\"type\":{ty}"));
            if let serde_json::Value::Object(m) = l {
                for (k, v) in m.iter().filter(|(k, _)| *k != "t" && *k != "type") {
                    s.push_str(&format!(",{}:{v}", serde_json::Value::String(k.clone())));
                }
            }
            s.push_str("}\n");
        }
        s
    }
}

/// Scam classes the generator knows, in a fixed order (the corpus cycles through them).
pub fn scam_classes() -> &'static [&'static str] {
    scams::CLASSES
}

/// Ordinary-day classes, in a fixed order.
pub fn benign_classes() -> &'static [&'static str] {
    benign::CLASSES
}

/// Generates `scams` scam traces and `benign` ordinary days from `seed`.
/// Classes are taken in turn, so every class is present once the counts reach the
/// number of classes; each trace draws its own region, language, apps and timings.
pub fn generate(seed: u64, scams: usize, benign: usize) -> Vec<GenTrace> {
    let mut out = Vec::with_capacity(scams + benign);
    for i in 0..scams {
        // One stream per trace: adding traces does not change the earlier ones.
        let mut rng = Rng::stream(seed, 1, i as u64);
        let class = scams::CLASSES[i % scams::CLASSES.len()];
        out.push(scams::generate(class, i, &mut rng));
    }
    for i in 0..benign {
        let mut rng = Rng::stream(seed, 2, i as u64);
        let class = benign::CLASSES[i % benign::CLASSES.len()];
        out.push(benign::generate(class, i, &mut rng));
    }
    out
}

/// Generates a corpus into `dir` (created if needed): `<name>.jsonl` per trace and
/// `expect.json`. Returns the number of traces written.
pub fn write_corpus(dir: &Path, seed: u64, scams: usize, benign: usize) -> std::io::Result<usize> {
    std::fs::create_dir_all(dir)?;
    let traces = generate(seed, scams, benign);
    let mut expect = std::collections::BTreeMap::new();
    for tr in &traces {
        std::fs::write(dir.join(format!("{}.jsonl", tr.name)), tr.to_jsonl())?;
        expect.insert(tr.name.clone(), serde_json::to_string(&tr.expect).map_err(std::io::Error::other)?);
    }
    let mut f = std::io::BufWriter::new(std::fs::File::create(dir.join("expect.json"))?);
    // One entry per line: diffs of two corpora stay readable.
    writeln!(f, "{{")?;
    let n = expect.len();
    for (i, (k, v)) in expect.iter().enumerate() {
        let comma = if i + 1 < n { "," } else { "" };
        writeln!(f, "  {}: {}{comma}", serde_json::Value::String(k.clone()), v)?;
    }
    writeln!(f, "}}")?;
    f.flush()?;
    Ok(traces.len())
}

pub(crate) fn expect(kind: Kind, class: &str, s: &script::Script<'_>) -> Expect {
    Expect {
        kind,
        class: class.to_string(),
        region: s.region.code.to_string(),
        lang: s.lang_tag.to_string(),
        first_money_t: s.first_money(),
        bank_package: s.bank_package().map(str::to_string),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_corpus_and_other_seed_differs() {
        let a = generate(7, 40, 40);
        let b = generate(7, 40, 40);
        let c = generate(8, 40, 40);
        let text = |v: &[GenTrace]| v.iter().map(|t| t.to_jsonl()).collect::<String>();
        assert_eq!(text(&a), text(&b));
        assert_ne!(text(&a), text(&c));
    }

    #[test]
    fn every_class_appears_and_names_are_unique() {
        let v = generate(1, scams::CLASSES.len() * 2, benign::CLASSES.len() * 2);
        let names: std::collections::BTreeSet<_> = v.iter().map(|t| t.name.clone()).collect();
        assert_eq!(names.len(), v.len());
        for c in scams::CLASSES.iter().chain(benign::CLASSES) {
            assert!(v.iter().any(|t| &t.expect.class == c), "{c}");
        }
    }

    /// The generator's own bookkeeping of the first money step agrees with the
    /// evaluation's reading of the trace (for the lines this engine can read).
    #[test]
    fn expected_first_money_is_what_the_trace_says() {
        let mut checked = 0;
        for tr in generate(5, 240, 240) {
            let events: Result<Vec<crate::Event>, _> =
                crate::trace::TraceReader::new(tr.to_jsonl().as_bytes(), tr.name.as_str()).collect();
            let Ok(events) = events else { continue };
            assert_eq!(crate::eval::first_money_step(&events), tr.expect.first_money_t, "{}", tr.name);
            checked += 1;
        }
        assert!(checked > 300, "most traces are readable ({checked})");
    }

    /// The variety the generator promises (docs/evaluation.md) is really in a corpus.
    #[test]
    fn a_corpus_has_the_promised_variety() {
        let corpus = generate(11, 600, 600);
        let has = |pred: &dyn Fn(&GenTrace) -> bool, what: &str| {
            assert!(corpus.iter().any(pred), "no trace with {what}");
        };
        for region in ["cn", "hk", "tw", "sg", "in", "uk", "us", "au"] {
            for kind in [Kind::Scam, Kind::Benign] {
                has(&|t| t.expect.region == region && t.expect.kind == kind, region);
            }
        }
        for lang in ["zh-CN", "zh-HK", "zh-TW", "en-GB", "en-US", "en-IN", "en-SG", "en-AU"] {
            has(&|t| t.expect.lang == lang, lang);
        }
        let text = |t: &GenTrace, needle: &str| t.to_jsonl().contains(needle);
        // Lakh grouping (`18,44,999`): a digit, then groups of two, then three.
        let lakh = |t: &GenTrace| {
            let j = t.to_jsonl();
            let b = j.as_bytes();
            (0..b.len().saturating_sub(9)).any(|i| {
                let w = &b[i..i + 10];
                w[0].is_ascii_digit()
                    && w[1] == b','
                    && w[2..4].iter().all(u8::is_ascii_digit)
                    && w[4] == b','
                    && w[5..8].iter().all(u8::is_ascii_digit)
                    && !w[8].is_ascii_digit()
                    && w[8] != b','
            })
        };
        has(&lakh, "lakh grouping");
        for form in [
            "万\"",
            "．",
            "£",
            "₹",
            "HK$",
            "9,999.",
            "\"qr_scan\"",
            "\"drawdown\"",
            "\"verification\":\"failed\"",
            "\"peer\":\"service\"",
            "\"channel\":\"voip\"",
            "\"hidden\"",
            "\"flagged\"",
            "com.xq.meetpro2",
            "cn.gov.pbc.dcep",
            "\"call_state\"",
            "\"device_controlled\"",
            "\"payee_new\":true",
        ] {
            has(&|t| t.expect.kind == Kind::Scam && text(t, form), form);
        }
        // A look-alike meeting app installed by a browser.
        has(
            &|t| {
                t.lines.iter().any(|l| {
                    l["type"] == "app_installed"
                        && world::BROWSERS.contains(&l["installer"].as_str().unwrap_or_default())
                        && world::LOOKALIKE_MEETING.iter().any(|a| l["package"] == a.0)
                })
            },
            "a sideloaded look-alike",
        );
        let events = |t: &GenTrace| -> Vec<(u64, String, String)> {
            t.lines
                .iter()
                .map(|l| {
                    let s = |k: &str| l[k].as_str().unwrap_or_default().to_string();
                    (l["t"].as_u64().unwrap_or(0), s("type"), s("peer"))
                })
                .collect()
        };
        // Hang up and resume: money 31–90 minutes or a day after the scam call ended.
        let gap_after_call = |t: &GenTrace| -> Option<u64> {
            let money = t.expect.first_money_t?;
            let ev = events(t);
            let last_end = ev.iter().filter(|e| e.0 <= money && e.1 == "call_ended").map(|e| e.0).max()?;
            let on = ev.iter().any(|e| e.0 > last_end && e.0 <= money && e.1 == "call_started");
            (!on).then(|| money - last_end)
        };
        let scams: Vec<&GenTrace> = corpus.iter().filter(|t| t.expect.kind == Kind::Scam).collect();
        assert!(scams
            .iter()
            .any(|t| gap_after_call(t).is_some_and(|g| (31 * 60_000..=95 * 60_000).contains(&g))));
        assert!(scams.iter().any(|t| gap_after_call(t).is_some_and(|g| g >= 16 * 3_600_000)));
        // No call at all from a non-contact before the money.
        let stranger_call_before_money = |t: &GenTrace| {
            let money = t.expect.first_money_t.unwrap_or(0);
            events(t).iter().any(|e| e.0 <= money && e.1 == "call_started" && e.2 != "contact")
        };
        assert!(scams.iter().filter(|t| !stranger_call_before_money(t)).count() > scams.len() / 5);
        // A number saved, then calling as a contact.
        has(&|t| text(t, "contact_added") && t.expect.class == "recent-contact", "a recently saved caller");
        // Timings from seconds to days: a scam whose script lasts over a day.
        assert!(scams.iter().any(|t| {
            let ev = events(t);
            let first =
                ev.iter().find(|e| e.1 == "contact_added" || e.1 == "notification").map_or(0, |e| e.0);
            t.expect.first_money_t.is_some_and(|m| m > first + 24 * 3_600_000)
        }));
    }

    #[test]
    fn time_never_goes_back_and_scams_have_money() {
        for tr in generate(3, 400, 400) {
            let ts: Vec<u64> = tr.lines.iter().map(|l| l["t"].as_u64().expect("t")).collect();
            assert!(ts.windows(2).all(|w| w[0] <= w[1]), "{}", tr.name);
            assert!(tr.lines.iter().all(|l| l["type"].is_string()), "{}", tr.name);
            if tr.expect.kind == Kind::Scam {
                assert!(tr.expect.first_money_t.is_some(), "{}", tr.name);
            }
        }
    }
}
