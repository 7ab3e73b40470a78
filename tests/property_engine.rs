//! Property tests over hostile event sequences (stable toolchain, always in CI).
//!
//! The same generator as the cargo-fuzz `event_sequence` target (fuzz/src/gen.rs),
//! driven by a seeded SplitMix64 instead of libFuzzer, so a failure names its seed
//! and replays exactly. Bounded to a few seconds in a debug build.

#[path = "../fuzz/src/gen.rs"]
mod gen;

use gen::{leaked, Gen, Rng};
use scamguard::engine::{MAX_FORWARD_JUMP_MS, NEW_EPOCH_BACKWARDS_MS};
use scamguard::trace::TraceReader;
use scamguard::{Engine, Event, EventKind, Warning};

/// A long line cut for a failure message.
fn short(s: &str) -> String {
    s.chars().take(400).collect()
}

/// Sequences per test and events per sequence: ~16k events, a few seconds in debug.
const SEQUENCES: u64 = 80;
const EVENTS: usize = 200;

fn warning_text(w: &Warning) -> String {
    let mut s = format!("{}\n{}\n{}\n", w.rule, w.title, w.message);
    for line in w.evidence.iter().chain(&w.actions) {
        s.push_str(line);
        s.push('\n');
    }
    s
}

fn assert_bounded(engine: &Engine, seed: u64) {
    let st = engine.state();
    assert!(st.shares.len() <= scamguard::state::MAX_SHARES, "seed {seed}: shares");
    assert!(st.installs.len() <= scamguard::state::MAX_INSTALLS, "seed {seed}: installs");
    assert!(st.grants.len() <= scamguard::state::MAX_GRANTS, "seed {seed}: grants");
    assert!(st.contacts_added.len() <= scamguard::state::MAX_CONTACTS_ADDED, "seed {seed}: contacts");
    assert!(st.demanded.len() <= scamguard::state::MAX_DEMANDED, "seed {seed}: demanded");
    for i in &st.installs {
        let n = i.label.as_deref().map_or(0, |l| l.chars().count());
        assert!(n <= scamguard::state::MAX_LABEL_CHARS, "seed {seed}: label of {n} chars kept");
    }
    assert!(engine.episode().signals.len() <= scamguard::episode::MAX_SIGNALS, "seed {seed}: signals");
    assert!(engine.snapshot().len() <= scamguard::snapshot::MAX_BYTES, "seed {seed}: snapshot size");
}

/// Feeds one random sequence; checks every output for canaries and bounds.
fn run_sequence(seed: u64, engine: &mut Engine) {
    let mut g = Gen::new(Rng(seed));
    for i in 0..EVENTS {
        let line = g.line();
        let Ok(event) = Event::from_json(&line) else { continue };
        match engine.observe(&event) {
            Ok(ws) => {
                for w in &ws {
                    let text = warning_text(w);
                    if let Some(c) = leaked(&text) {
                        panic!(
                            "seed {seed} event {i}: canary {c} in warning {text:?}\nline: {}",
                            short(&line)
                        );
                    }
                }
            }
            Err(e) => {
                let msg = e.to_string();
                assert!(
                    leaked(&msg).is_none(),
                    "seed {seed} event {i}: canary in error {msg:?}\nline: {}",
                    short(&line)
                );
                assert!(
                    !matches!(e, scamguard::Error::TimeWentBackwards { .. }),
                    "seed {seed} event {i}: time refused outside strict mode"
                );
            }
        }
        // The event's own Debug and to_json keep secrets out too (they reach logs);
        // to_json keeps visible text (screen, notification, SMS body) by design.
        let dbg = format!("{event:?}");
        assert!(leaked(&dbg).is_none(), "seed {seed} event {i}: canary in Debug {}", short(&dbg));
        // (Text typed into an amount field is kept as typed even when it is no
        // amount: finding 2 in docs/fuzzing.md, checked by the ignored test below.)
        if !matches!(
            event.kind,
            EventKind::ScreenText { .. }
                | EventKind::Notification { .. }
                | EventKind::SmsReceived { .. }
                | EventKind::TextEntered { field: scamguard::Field::Amount, .. }
        ) {
            let json = event.to_json();
            assert!(leaked(&json).is_none(), "seed {seed} event {i}: canary in to_json {}", short(&json));
        }
    }
    assert_bounded(engine, seed);
    let snap = engine.snapshot();
    assert!(leaked(&snap).is_none(), "seed {seed}: canary in snapshot");
}

#[test]
fn random_sequences_never_panic_leak_or_grow() {
    for seed in 0..SEQUENCES {
        let mut engine = Engine::new();
        if seed % 3 == 1 {
            engine.set_lang(scamguard::Lang::En);
        }
        run_sequence(seed, &mut engine);
    }
}

/// After any sequence of times, a plain well-formed event is accepted, and the
/// clock keeps moving: a call left open by the sequence ends by the model's
/// maximum call age when the observer's clock goes on for days.
#[test]

fn no_sequence_of_times_stops_the_engine_or_its_aging() {
    let ended = r#"{"t":0,"type":"call_state","active":false}"#;
    for seed in 0..SEQUENCES / 2 {
        let mut engine = Engine::new();
        run_sequence(seed, &mut engine);
        // A stranger call from a rebooted device clock, then a week of hourly events.
        let start = 5_000;
        let call =
            format!(r#"{{"t":{start},"type":"call_started","direction":"incoming","peer":"unknown"}}"#);
        engine.observe(&Event::from_json(&call).unwrap()).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
        assert!(engine.state().call.is_some(), "seed {seed}: the new call is not seen");
        let max_call = engine.model().calls.max_call_ms;
        let mut t = start;
        let mut ended_by_age = false;
        for _ in 0..(7 * 24) {
            t += 3_600_000;
            let e = format!(r#"{{"t":{t},"type":"app_foreground","package":"com.android.launcher"}}"#);
            engine.observe(&Event::from_json(&e).unwrap()).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
            if engine.state().call.is_none() {
                ended_by_age = true;
                break;
            }
        }
        assert!(
            ended_by_age,
            "seed {seed}: a call with no end was never reconciled over a week (max call age {max_call} ms): \
             the engine's clock stopped"
        );
        let _ = Event::from_json(ended).map(|e| engine.observe(&e));
        assert_bounded(&engine, seed);
    }
}

/// After any sequence of times, ordinary events are accepted again (never
/// "time went backwards" outside strict mode), from a rebooted clock or a sane one.
#[test]
fn no_sequence_of_times_makes_the_engine_refuse_events() {
    for seed in 0..SEQUENCES / 2 {
        let mut engine = Engine::new();
        run_sequence(seed, &mut engine);
        for t in [0, 5_000, 3_600_000, 1_700_000_000_000, u64::MAX] {
            let e = Event::from_json(&format!(r#"{{"t":{t},"type":"call_state","active":false}}"#)).unwrap();
            engine.observe(&e).unwrap_or_else(|e| panic!("seed {seed} t {t}: {e}"));
        }
        assert_bounded(&engine, seed);
    }
}

/// The two clock rules as the trace format states them, from a sane start.
#[test]
fn clock_epochs_and_jumps_are_bounded() {
    let mut engine = Engine::new();
    let ev = |t: u64| Event::from_json(&format!(r#"{{"t":{t},"type":"call_ended"}}"#)).unwrap();
    engine.observe(&ev(10 * 3_600_000)).unwrap();
    // A reboot: far backwards starts a new epoch, accepted.
    engine.observe(&ev(10 * 3_600_000 - NEW_EPOCH_BACKWARDS_MS - 1)).unwrap();
    engine.observe(&ev(1_000)).unwrap();
    // A wild jump to u64::MAX is accepted and bounded; later ordinary times still work.
    engine.observe(&ev(u64::MAX)).unwrap();
    engine.observe(&ev(2_000)).unwrap();
    engine.observe(&ev(2_000 + MAX_FORWARD_JUMP_MS)).unwrap();
}

/// Every error the trace reader reports names the line and the problem, never
/// the value: an unknown enum spelling may be a phone number typed in the wrong field.
#[test]

fn trace_errors_never_echo_values() {
    for seed in 0..SEQUENCES {
        let mut g = Gen::new(Rng(seed));
        let lines: Vec<String> = (0..EVENTS).map(|_| g.line()).collect();
        let text = lines.join("\n");
        for r in TraceReader::new(text.as_bytes(), "t.jsonl") {
            if let Err(e) = r {
                let msg = e.to_string();
                assert!(leaked(&msg).is_none(), "seed {seed}: canary in trace error {msg:?}");
            }
        }
    }
}

/// Text typed into an amount field that is no amount (a password typed in the
/// wrong field) must not come out of `Event::to_json`, which says it holds no
/// typed text other than amounts.
#[test]

fn to_json_drops_non_amount_text_in_amount_fields() {
    let line =
        r#"{"t":1,"type":"text_entered","package":"com.icbc","field":"amount","text":"Hunter2Passw0rd"}"#;
    let json = Event::from_json(line).unwrap().to_json();
    assert!(leaked(&json).is_none(), "{json}");
}

/// The smallest sequence found that freezes the clock: one event at `u64::MAX`
/// (a corrupt timestamp), then an ordinary device clock. Every later time maps to
/// `u64::MAX` (the epoch offset saturates), so nothing ages again: a call with
/// no end event stays "on" for ever.
#[test]

fn a_time_at_u64_max_does_not_freeze_aging() {
    let mut engine = Engine::new();
    let ev = |s: String| Event::from_json(&s).unwrap();
    engine.observe(&ev(format!(r#"{{"t":{},"type":"call_ended"}}"#, u64::MAX))).unwrap();
    engine
        .observe(&ev(r#"{"t":5000,"type":"call_started","direction":"incoming","peer":"unknown"}"#.into()))
        .unwrap();
    for h in 1..=48u64 {
        let t = 5_000 + h * 3_600_000;
        let front = format!(r#"{{"t":{t},"type":"app_foreground","package":"com.android.launcher"}}"#);
        engine.observe(&ev(front)).unwrap();
    }
    assert!(engine.state().call.is_none(), "the call is still on after 48 hours of device time");
}
