//! Replays every fixture trace in both views — the phone-wide observer (`full`)
//! and a bank app alone (`bank`) — and checks classes of behaviour, not rule ids:
//! every scam is warned at danger or above at or before its first money step, no
//! ordinary day gets a danger or critical warning, and the seed case keeps its
//! two moments (danger by the screen share, critical at 19999.58).

mod common;

use common::*;
use scamguard::eval::{self, Expect, Kind, Split, View};
use scamguard::view::bank_view;
use scamguard::{Event, EventKind, Field, Lang, Level};
use std::collections::{BTreeMap, BTreeSet};

const VIEWS: [View; 2] = [View::Full, View::Bank];

fn expectations() -> BTreeMap<String, Expect> {
    let text = std::fs::read_to_string(fixtures().join("expect.json")).expect("expect.json");
    serde_json::from_str(&text).expect("expect.json: one entry per trace, in the corpus format")
}

fn stem(p: &std::path::Path) -> String {
    p.file_stem().and_then(|s| s.to_str()).expect("name").to_string()
}

/// The events one view replays.
fn in_view(events: &[Event], expect: &Expect, view: View) -> Vec<Event> {
    match view {
        View::Full => events.to_vec(),
        View::Bank => bank_view(events, expect.bank_package.as_deref()),
    }
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
    for p in &scams {
        assert_eq!(exp[&stem(p)].kind, Kind::Scam, "{}", p.display());
    }
    for p in &benign {
        assert_eq!(exp[&stem(p)].kind, Kind::Benign, "{}", p.display());
    }
}

/// expect.json's first_money_t is what the trace says (the evaluation's definition).
#[test]
fn first_money_steps_match_the_traces() {
    let exp = expectations();
    for path in traces("scam").into_iter().chain(traces("benign")) {
        let e = &exp[&stem(&path)];
        assert_eq!(eval::first_money_step(&read_events(&path)), e.first_money_t, "{}", path.display());
    }
}

/// Full view: every scam has a danger+ warning at or before the first money step.
/// Bank view (calls unverified, no text, no other apps): every fixture's bank app
/// sees the scam's money and at least two thirds are caught at danger+ before it. A
/// bank alone cannot tell a 5-minute scam call or a VoIP-guided task scam from a
/// family call; BENCHMARKS.md has the bank-view figures.
#[test]
fn scams_are_caught_before_the_money_moves_in_both_views() {
    let mut failures = Vec::new();
    for view in VIEWS {
        let report = eval::evaluate(&fixtures(), view, Split::All).expect("fixtures evaluate");
        let scams = report.traces.iter().filter(|r| r.kind == Kind::Scam).count();
        let caught = report.traces.iter().filter(|r| r.kind == Kind::Scam && r.caught).count();
        if view == View::Bank && caught * 3 < scams * 2 {
            failures.push(format!("bank view: only {caught} of {scams} scams caught"));
        }
        for r in report.traces.iter().filter(|r| r.kind == Kind::Scam) {
            if view == View::Bank && !r.caught && !r.not_visible {
                continue;
            }
            if r.not_visible {
                failures.push(format!(
                    "{} view: {}: its bank app sees no money step",
                    view.wire_name(),
                    r.name
                ));
            } else if !r.caught {
                failures.push(format!(
                    "{} view: {}: first danger+ at {:?}, money at {:?}",
                    view.wire_name(),
                    r.name,
                    r.first_danger_t,
                    r.money_t
                ));
            }
            assert_eq!(r.skipped, 0, "{}: every fixture line is readable", r.name);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn ordinary_days_raise_no_danger_in_either_view() {
    let exp = expectations();
    let mut failures = Vec::new();
    for view in VIEWS {
        for path in traces("benign") {
            let name = stem(&path);
            let events = in_view(&read_events(&path), &exp[&name], view);
            for w in run(&events, Lang::ZhCn) {
                if w.level >= Level::Danger {
                    failures.push(format!(
                        "{} view: {name}: {} {} at t={}",
                        view.wire_name(),
                        w.level,
                        w.rule,
                        w.t
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn seed_case_danger_by_the_share_and_critical_at_19999_58() {
    let name = "seed-beiyongjin-refund";
    let exp = &expectations()[name];
    let events = read_events(&fixtures().join(format!("scam/{name}.jsonl")));
    let share =
        events.iter().find(|e| matches!(e.kind, EventKind::ScreenShareStarted { .. })).expect("share").t;
    let code = events
        .iter()
        .find(|e| matches!(&e.kind, EventKind::TextEntered { field: Field::Amount, text, .. } if text == "19999.58"))
        .expect("the 19999.58 amount")
        .t;
    for view in VIEWS {
        let warnings = run(&in_view(&events, exp, view), Lang::ZhCn);
        let v = view.wire_name();
        if view == View::Full {
            assert!(
                warnings.iter().any(|w| w.level >= Level::Danger && w.t <= share),
                "full view: danger by the screen share at t={share}: {warnings:?}"
            );
        }
        let at_code = warnings.iter().find(|w| w.t == code && w.level == Level::Critical);
        let w = at_code.unwrap_or_else(|| panic!("{v} view: critical at 19999.58 (t={code}): {warnings:?}"));
        assert!(w.evidence.iter().any(|e| e.contains("19,999.58")), "{v} view: {:?}", w.evidence);
    }
}

/// No nagging: a caution or danger does not repeat within 10 minutes of the same
/// episode. A critical may: each new money step is gated again.
#[test]
fn no_rule_repeats_within_an_episode_at_the_same_level() {
    for path in traces("scam").into_iter().chain(traces("benign")) {
        let warnings = run(&read_events(&path), Lang::En);
        for (i, a) in warnings.iter().enumerate() {
            for b in &warnings[i + 1..] {
                let repeat = a.rule == b.rule
                    && a.episode == b.episode
                    && b.level <= a.level
                    && a.level < Level::Critical;
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
/// reach a warning, in either view.
#[test]
fn warnings_carry_no_private_text() {
    let exp = expectations();
    for path in traces("scam").into_iter().chain(traces("benign")) {
        let all_events = read_events(&path);
        let secrets: Vec<String> =
            all_events.iter().flat_map(secrets_of).filter(|s| s.chars().count() >= 4).collect();
        for view in VIEWS {
            let events = in_view(&all_events, &exp[&stem(&path)], view);
            for lang in [Lang::ZhCn, Lang::En] {
                for w in run(&events, lang) {
                    let all =
                        format!("{} {} {} {}", w.title, w.message, w.evidence.join(" "), w.actions.join(" "));
                    for s in &secrets {
                        assert!(
                            !all.contains(s.as_str()),
                            "{}: warning {} leaks {s:?}",
                            path.display(),
                            w.rule
                        );
                    }
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
