//! Replays every fixture trace and checks it against `tests/fixtures/expect.json`:
//! scams are caught in time (danger or critical at or before the first money
//! step, the named rules by their moment), benign days stay quiet.

mod common;

use common::*;
use scamguard::{Event, EventKind, Field, Lang, Level};
use serde_json::Value;
use std::collections::BTreeSet;

fn expectations() -> serde_json::Map<String, Value> {
    let text = std::fs::read_to_string(fixtures().join("expect.json")).expect("expect.json");
    match serde_json::from_str(&text).expect("expect.json is JSON") {
        Value::Object(m) => m,
        _ => panic!("expect.json must be an object"),
    }
}

fn stem(p: &std::path::Path) -> String {
    p.file_stem().and_then(|s| s.to_str()).expect("name").to_string()
}

#[test]
fn every_fixture_has_expectations_and_enough_of_each_kind() {
    let exp = expectations();
    let scams = traces("scam");
    let benign = traces("benign");
    assert!(scams.len() >= 10, "at least 10 scam traces");
    assert!(benign.len() >= 10, "at least 10 benign traces");
    let files: BTreeSet<String> = scams.iter().chain(&benign).map(|p| stem(p)).collect();
    let keys: BTreeSet<String> = exp.keys().cloned().collect();
    assert_eq!(files, keys, "fixtures and expect.json must list the same traces");
}

#[test]
fn scams_are_caught_before_the_money_moves() {
    let exp = expectations();
    let mut failures = Vec::new();
    for path in traces("scam") {
        let name = stem(&path);
        let e = &exp[&name];
        assert_eq!(e["kind"], "scam", "{name}");
        let warnings = run(&read_events(&path), Lang::ZhCn);
        let first_money = e["first_money_t"].as_u64().expect("scam has a money step");
        if !warnings.iter().any(|w| w.level >= Level::Danger && w.t <= first_money) {
            failures.push(format!("{name}: no danger/critical warning by t={first_money}"));
        }
        for m in e["must"].as_array().expect("must") {
            let rule = m["rule"].as_str().expect("rule");
            let lvl = level(m["level"].as_str().expect("level")).expect("a level");
            let by = m["by_t"].as_u64().expect("by_t");
            if !warnings.iter().any(|w| w.rule == rule && w.level >= lvl && w.t <= by) {
                let got: Vec<String> =
                    warnings.iter().map(|w| format!("{}@{}:{}", w.rule, w.t, w.level)).collect();
                failures.push(format!("{name}: expected {rule} ≥ {lvl} by t={by}; got {got:?}"));
            }
        }
        let top = warnings.iter().map(|w| w.level).max();
        let want = level(e["max_level"].as_str().expect("max_level"));
        if top != want {
            failures.push(format!("{name}: highest level {top:?}, expected {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn benign_days_stay_quiet() {
    let exp = expectations();
    let mut failures = Vec::new();
    for path in traces("benign") {
        let name = stem(&path);
        let e = &exp[&name];
        assert_eq!(e["kind"], "benign", "{name}");
        let max = level(e["max_level"].as_str().expect("max_level"));
        assert!(max <= Some(Level::Caution), "{name}: benign traces allow at most caution");
        for w in run(&read_events(&path), Lang::ZhCn) {
            if Some(w.level) > max {
                failures.push(format!("{name}: {} {} at t={}", w.level, w.rule, w.t));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn seed_case_is_caught_as_the_issue_describes() {
    let events = read_events(&fixtures().join("scam/seed-beiyongjin-refund.jsonl"));
    let warnings = run(&events, Lang::ZhCn);
    let share =
        events.iter().find(|e| matches!(e.kind, EventKind::ScreenShareStarted { .. })).expect("share");
    let share_warning = warnings.iter().find(|w| w.t == share.t).expect("a warning when the share starts");
    assert_eq!(share_warning.rule, "screen-share-during-stranger-call");
    assert_eq!(share_warning.level, Level::Danger);
    let bank_amount = events
        .iter()
        .find(|e| matches!(&e.kind, EventKind::TextEntered { package, field: Field::Amount, .. } if package == "com.android.bankabc"))
        .expect("amount in the bank app");
    let w = warnings.iter().find(|w| w.t == bank_amount.t).expect("a warning when the amount is typed");
    assert_eq!(w.level, Level::Critical);
    let code = warnings.iter().find(|w| w.rule == "code-like-amount").expect("19999.58 flagged");
    assert!(code.evidence.iter().any(|e| e.contains("¥19,999.58")), "{:?}", code.evidence);
    // The whole chain is in the last warning's evidence, starting with the call.
    assert!(
        code.evidence[0].contains("陌生") || code.evidence[0].contains("不在通讯录"),
        "{:?}",
        code.evidence
    );
    // When the bank reports money gone, the advice turns to stopping the payment.
    let gone = warnings.iter().find(|w| w.rule == "money-left-during-scam").expect("money-left warning");
    assert_eq!(gone.level, Level::Critical);
    assert!(gone.actions.iter().any(|a| a.contains("110")), "{:?}", gone.actions);
    // One episode from first warning to last.
    let episodes: BTreeSet<u64> = warnings.iter().map(|w| w.episode).collect();
    assert_eq!(episodes.len(), 1, "{episodes:?}");
}

#[test]
fn no_rule_repeats_within_an_episode_at_the_same_level() {
    for path in traces("scam").into_iter().chain(traces("benign")) {
        let warnings = run(&read_events(&path), Lang::En);
        for (i, a) in warnings.iter().enumerate() {
            for b in &warnings[i + 1..] {
                let repeat = a.rule == b.rule && a.episode == b.episode && b.level <= a.level;
                assert!(
                    !repeat || b.t - a.t >= 600_000,
                    "{}: {} repeated at {} and {}",
                    path.display(),
                    a.rule,
                    a.t,
                    b.t
                );
            }
        }
    }
}

/// Raw phone numbers, senders, payees and typed text (other than amounts) never
/// reach a warning.
#[test]
fn warnings_carry_no_private_text() {
    for path in traces("scam").into_iter().chain(traces("benign")) {
        let events = read_events(&path);
        let secrets: Vec<String> =
            events.iter().flat_map(secrets_of).filter(|s| s.chars().count() >= 4).collect();
        for lang in [Lang::ZhCn, Lang::En] {
            for w in run(&events, lang) {
                let all =
                    format!("{} {} {} {}", w.title, w.message, w.evidence.join(" "), w.actions.join(" "));
                for s in &secrets {
                    assert!(!all.contains(s.as_str()), "{}: warning {} leaks {s:?}", path.display(), w.rule);
                }
            }
        }
    }
}

fn secrets_of(e: &Event) -> Vec<String> {
    match &e.kind {
        EventKind::CallStarted { number: Some(n), .. } => vec![n.clone(), n.replace(' ', "")],
        EventKind::SmsReceived { sender: Some(s), .. } => vec![s.clone()],
        EventKind::TransferStarted { payee: Some(p), .. } => vec![p.clone()],
        EventKind::TextEntered { field, text, .. } if *field != Field::Amount => vec![text.clone()],
        _ => vec![],
    }
}

#[test]
fn english_warnings_are_english() {
    let events = read_events(&fixtures().join("scam/seed-beiyongjin-refund.jsonl"));
    let warnings = run(&events, Lang::En);
    assert!(!warnings.is_empty());
    for w in &warnings {
        assert_eq!(w.lang, Lang::En);
        assert!(w.title.is_ascii(), "{}", w.title);
        assert!(w.actions.iter().all(|a| a.is_ascii()), "{:?}", w.actions);
    }
}
