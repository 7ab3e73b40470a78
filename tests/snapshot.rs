//! State that survives process death: kill-and-restore at every event of every
//! scam fixture gives the same warnings as an uninterrupted replay, and a bad
//! snapshot is refused without touching the engine.

use scamguard::{Engine, Error, Event, Warning};
use std::path::Path;

fn traces() -> Vec<(String, Vec<Event>)> {
    let mut out = Vec::new();
    for kind in ["scam", "benign"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(kind);
        let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        for f in files.into_iter().filter(|f| f.extension().is_some_and(|e| e == "jsonl")) {
            let text = std::fs::read_to_string(&f).unwrap();
            let events =
                text.lines().filter(|l| !l.trim().is_empty()).map(|l| Event::from_json(l).unwrap()).collect();
            out.push((f.file_name().unwrap().to_string_lossy().into_owned(), events));
        }
    }
    out
}

fn replay(events: &[Event], restart_at: Option<usize>) -> Vec<Warning> {
    let mut e = Engine::new();
    let mut out = Vec::new();
    for (i, ev) in events.iter().enumerate() {
        if restart_at == Some(i) {
            let snap = e.snapshot();
            e = Engine::new();
            e.restore(&snap).unwrap();
        }
        out.extend(e.observe(ev).unwrap());
    }
    out
}

#[test]
fn kill_and_restore_at_every_event_changes_nothing() {
    for (name, events) in traces() {
        let straight = replay(&events, None);
        for i in 0..events.len() {
            assert_eq!(replay(&events, Some(i)), straight, "{name}: restart before event {i}");
        }
    }
}

#[test]
fn snapshots_hold_no_typed_text_or_numbers() {
    let mut e = Engine::new();
    for line in [
        r#"{"t":0,"type":"call_started","direction":"incoming","peer":"unknown","number":"+86 171 0000 5566"}"#,
        r#"{"t":1000,"type":"contact_added","number":"13912345678"}"#,
        r#"{"t":2000,"type":"text_entered","package":"com.android.bankabc","field":"password","text":"Hunter2Passw0rd"}"#,
        r#"{"t":3000,"type":"text_entered","package":"com.android.bankabc","field":"account","text":"6222021234567890123"}"#,
        r#"{"t":4000,"type":"transfer_started","package":"com.android.bankabc","amount":"500","payee":"Zhang San 6222"}"#,
        r#"{"t":5000,"type":"sms_received","sender":"+86 1069 5555","text":"刷单返利 13800001111"}"#,
        // A long number behind a currency mark in a scam text is an account or an ID,
        // not a demanded fee: it must not be kept (found by the event_sequence fuzzer).
        r#"{"t":6000,"type":"sms_received","sender":"+86 1069 5555","text":"刷单返利，先垫付本金 ¥740219385"}"#,
    ] {
        e.observe(&Event::from_json(line).unwrap()).unwrap();
    }
    let snap = e.snapshot();
    for canary in [
        "5566",
        "13912345678",
        "Hunter2",
        "6222021234567890123",
        "Zhang San",
        "1069",
        "13800001111",
        "740219385",
    ] {
        assert!(!snap.contains(canary), "snapshot carries {canary}");
    }
}

#[test]
fn a_bad_snapshot_is_refused_and_the_engine_keeps_its_state() {
    let mut e = Engine::new();
    e.observe(
        &Event::from_json(r#"{"t":0,"type":"call_started","direction":"incoming","peer":"unknown"}"#)
            .unwrap(),
    )
    .unwrap();
    let good = e.snapshot();
    let truncated = &good[..good.len() / 2];
    let altered = good.replacen("call_unknown", "call_service", 1);
    let future = good.replacen("{\"v\":1", "{\"v\":99", 1);
    let huge = " ".repeat(scamguard::snapshot::MAX_BYTES + 1);
    for bad in [truncated, altered.as_str(), future.as_str(), "", "null", "{}", huge.as_str()] {
        let mut fresh = Engine::new();
        let err = fresh.restore(bad).unwrap_err();
        assert!(matches!(err, Error::Snapshot(_)), "{err}");
        assert!(fresh.state().call.is_none(), "a refused snapshot changes nothing");
        assert!(!err.to_string().contains("call_unknown"));
    }
    let mut fresh = Engine::new();
    fresh.restore(&good).unwrap();
    assert!(fresh.state().stranger_call_active());
}

#[test]
fn a_reported_call_the_engine_gave_up_on_survives_a_restart() {
    // The audio mode reported at the start of a day-long video call, the engine
    // stops waiting for its end after two hours, and the report comes again when
    // the bank app opens: restored in between, the call keeps its start.
    let lines = [
        r#"{"t":0,"type":"platform_risk","kind":"voip_call"}"#,
        r#"{"t":10800000,"type":"app_installed","package":"com.example.notes","installer":"com.android.vending"}"#,
        r#"{"t":18000000,"type":"platform_risk","kind":"voip_call"}"#,
        r#"{"t":18000000,"type":"app_foreground","package":"com.chinamworld.main"}"#,
        r#"{"t":18060000,"type":"text_entered","package":"com.chinamworld.main","field":"account","text":"6222 0000 1111 2222"}"#,
        r#"{"t":18120000,"type":"text_entered","package":"com.chinamworld.main","field":"amount","text":"80000"}"#,
    ];
    let events: Vec<Event> = lines.iter().map(|l| Event::from_json(l).unwrap()).collect();
    let straight = replay(&events, None);
    assert!(!straight.is_empty());
    for i in 0..events.len() {
        assert_eq!(replay(&events, Some(i)), straight, "restart before event {i}");
    }
}
