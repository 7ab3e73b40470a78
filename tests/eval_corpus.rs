//! The detection targets of issue 7 on a fixed-seed generated corpus, held-out
//! (`test`) split, in both views:
//! - full view: at least 97% of scams warned at danger or above at or before the
//!   first money step, median lead at least 5 minutes, at most 1% of ordinary days
//!   with a danger or critical warning;
//! - bank view: at least 85% of the scams whose money passes through the bank app
//!   caught, at most 3% of ordinary days alarmed.
//!
//! The engine does not meet them yet: the tests assert the floors it reaches (see
//! the constants below) so that detection cannot silently get worse.
//!
//! The corpus is small enough for CI (300 scams + 300 ordinary days, generated
//! once per test binary under target/). Calibrate on
//! `scamguard eval --split train`; this test only reads the `test` half.

use scamguard::eval::{self, Report, Split, View};
use std::path::PathBuf;
use std::sync::OnceLock;

const SEED: u64 = 20_261_202;
const SCAMS: usize = 300;
const BENIGN: usize = 300;

fn corpus() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        // Under target/: regenerated on every run, never left in the system's temp dir.
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("eval-corpus-{SEED}"));
        let _ = std::fs::remove_dir_all(&dir);
        let n = scamguard::gen::write_corpus(&dir, SEED, SCAMS, BENIGN).expect("write the corpus");
        assert_eq!(n, SCAMS + BENIGN);
        dir
    })
}

fn report(view: View) -> &'static Report {
    static FULL: OnceLock<Report> = OnceLock::new();
    static BANK: OnceLock<Report> = OnceLock::new();
    let cell = if view == View::Full { &FULL } else { &BANK };
    cell.get_or_init(|| eval::evaluate(corpus(), view, Split::Test).expect("evaluate the corpus"))
}

/// The totals, the per-class lines, and the misses and false alarms by name.
fn explain(r: &Report) -> String {
    let mut s = format!("{}\n", r.summary());
    for (c, t) in &r.classes {
        s.push_str(&format!("  {c:<36} {}/{}\n", t.hits, t.traces - t.not_visible));
    }
    let wrong =
        |t: &&eval::TraceResult| (t.kind == eval::Kind::Scam && !t.caught && !t.not_visible) || t.false_alarm;
    // The first 40 by name; `scamguard eval` lists them all.
    for t in r.traces.iter().filter(wrong).take(40) {
        s.push_str(&format!(
            "  {} {}: first danger+ {:?}, money {:?}\n",
            if t.false_alarm { "FALSE ALARM" } else { "MISSED" },
            t.name,
            t.first_danger_t,
            t.money_t
        ));
    }
    s
}

#[test]
fn the_held_out_split_is_large_and_covers_every_class() {
    let r = report(View::Full);
    assert!(r.scams >= SCAMS * 2 / 5 && r.benign >= BENIGN * 2 / 5, "{}", r.summary());
    for class in scamguard::gen::scam_classes() {
        assert!(r.classes.contains_key(&format!("scam:{class}")), "scam class {class} in the test split");
    }
    for class in scamguard::gen::benign_classes() {
        assert!(
            r.classes.contains_key(&format!("benign:{class}")),
            "ordinary class {class} in the test split"
        );
    }
    // Most scams move money through a bank or wallet app, so the bank view is a real test.
    let bank = report(View::Bank);
    assert!(bank.not_visible * 4 <= bank.scams, "{}", bank.summary());
}

#[test]
fn every_generated_line_is_readable_by_the_engine() {
    let r = report(View::Full);
    assert_eq!(
        r.skipped_lines,
        0,
        "lines the engine could not read (new event types or amount forms):\n{}",
        {
            let mut v: Vec<String> = r
                .traces
                .iter()
                .filter(|t| t.skipped > 0)
                .map(|t| format!("{} ({})", t.name, t.skipped))
                .collect();
            v.truncate(20);
            v.join("\n")
        }
    );
}

/// Issue 7's targets, which the engine does not meet yet (see BENCHMARKS.md):
/// full view 97% caught, <= 1% false alarms, median lead >= 5 min; bank view 85%
/// caught, <= 3% false alarms. The tests below hold the engine to the floors it
/// reaches today on this held-out split, so a change that makes detection worse
/// fails CI; raise the floors as detection improves, never lower them quietly.
/// (The full-view floor went from 0.92 to 0.90 when the generator gained the
/// malware-app class: the same seed now draws a different test split, with more
/// boss-impersonation traces, 131/143 = 91.6%; the engine caught more than before on
/// every other corpus, see BENCHMARKS.md.) Session 3 (callback class, chat
/// contacts, new payees entered before the amount, paying into a task or investment
/// script): 137/144 = 95.1% full, 87/137 = 63.5% bank on this split. Session 5
/// (a sideload minutes before the payment ties it, in both views): 139/144 = 96.5%
/// full, 95/137 = 69.3% bank, no ordinary day alarmed.
const FULL_CAUGHT_FLOOR: f64 = 0.95;
const FULL_FALSE_ALARM_CEILING: f64 = 0.02;
const BANK_CAUGHT_FLOOR: f64 = 0.67;
const BANK_FALSE_ALARM_CEILING: f64 = 0.03;

#[test]
fn full_view_holds_its_floor() {
    let r = report(View::Full);
    assert!(
        r.caught_rate() >= FULL_CAUGHT_FLOOR && r.false_alarm_rate() <= FULL_FALSE_ALARM_CEILING,
        "floors: caught >= {FULL_CAUGHT_FLOOR}, false alarms <= {FULL_FALSE_ALARM_CEILING} (targets 0.97 / 0.01)\n{}",
        explain(r)
    );
}

#[test]
fn bank_view_holds_its_floor() {
    let r = report(View::Bank);
    assert!(
        r.caught_rate() >= BANK_CAUGHT_FLOOR && r.false_alarm_rate() <= BANK_FALSE_ALARM_CEILING,
        "floors: caught >= {BANK_CAUGHT_FLOOR} of what the bank sees, false alarms <= {BANK_FALSE_ALARM_CEILING} (targets 0.85 / 0.03)\n{}",
        explain(r)
    );
}
