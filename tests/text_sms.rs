//! Scam-text detection on the labelled SMS corpus (tests/sms/, see its README).
//!
//! `dev/` is the split the vocabulary was tuned on; `heldout/` was written
//! after the vocabulary and never tuned on. Figures: `cargo test --test
//! text_sms -- --nocapture`.

use scamguard::text::eval::{evaluate, Report};

fn corpus(split: &str) -> Report {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/sms/");
    evaluate(format!("{dir}{split}")).expect("corpus readable")
}

fn show(split: &str, r: &Report) {
    println!("== {split} ==\n{r}");
    // Error lines only for the development split: held-out misses are not for tuning.
    if split == "dev" && std::env::var_os("SMS_ERRORS").is_some() {
        for (at, scam, score) in &r.errors {
            println!("{} {at} score {score:.2}", if *scam { "MISS" } else { "FP  " });
        }
    }
}

#[test]
fn dev_split_meets_the_target() {
    let r = corpus("dev");
    show("dev", &r);
    for (lang, c) in &r.groups {
        assert!(c.recall() >= 0.80, "{lang}: recall {:.3}", c.recall());
        assert!(c.fp_rate() <= 0.02, "{lang}: false positives {:.3}", c.fp_rate());
    }
}

/// What the held-out splits reach today (language, minimum recall, maximum
/// false-positive rate): below the 80% / 2% target except where
/// noted, asserted so a change cannot quietly make them worse. The gap is
/// reported in BENCHMARKS.md; do not tune data/vocab.json on these files.
const HELDOUT: [(&str, f64, f64); 3] = [("en", 0.70, 0.02), ("zh-CN", 0.45, 0.02), ("zh-Hant", 0.80, 0.04)];
const HELDOUT2: [(&str, f64, f64); 3] = [("en", 0.75, 0.02), ("zh-CN", 0.45, 0.02), ("zh-Hant", 0.50, 0.02)];

fn assert_floor(split: &str, floors: &[(&str, f64, f64)]) {
    let r = corpus(split);
    show(split, &r);
    for (lang, recall, fp) in floors {
        let c = r.groups.get(*lang).expect("language present");
        assert!(c.recall() >= *recall, "{split} {lang}: recall {:.3}", c.recall());
        assert!(c.fp_rate() <= *fp, "{split} {lang}: false positives {:.3}", c.fp_rate());
    }
}

#[test]
fn heldout_split_holds_its_floor() {
    assert_floor("heldout", &HELDOUT);
}

#[test]
fn heldout2_split_holds_its_floor() {
    assert_floor("heldout2", &HELDOUT2);
}
