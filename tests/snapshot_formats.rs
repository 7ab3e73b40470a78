//! The snapshot format stays readable across builds. tests/fixtures/snapshots holds
//! snapshots written by the serde-derived writer (before the hand-written one, see
//! src/snapshot/json.rs): each names the trace and the event it was taken before,
//! and 08 holds every kind of fact with awkward floats, strings and integers. A
//! restore must give back the same state (its new snapshot has the same JSON body)
//! and the engine must go on as if it had never stopped. Broken snapshots (every
//! truncation, single-byte corruptions, hostile nesting) are refused without a panic.
//!
//! If the engine's own behaviour changes, a trace's later warnings may change with
//! it: the round trip of the body must not.

use scamguard::{Engine, Event};
use serde_json::Value;
use std::hash::Hasher;
use std::path::Path;

struct Fixture {
    name: String,
    trace: Option<(String, usize)>,
    snapshot: String,
}

fn fixtures() -> Vec<Fixture> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/snapshots");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let out: Vec<Fixture> = files
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "json"))
        .map(|f| {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
            let trace = v["trace"].as_str().map(|t| (t.to_string(), v["at"].as_u64().unwrap() as usize));
            Fixture {
                name: f.file_name().unwrap().to_string_lossy().into_owned(),
                trace,
                snapshot: v["snapshot"].as_str().unwrap().to_string(),
            }
        })
        .collect();
    assert!(out.len() >= 8, "fixtures missing");
    out
}

fn events(trace: &str) -> Vec<Event> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(trace)).unwrap();
    text.lines().filter(|l| !l.trim().is_empty()).map(|l| Event::from_json(l).unwrap()).collect()
}

/// The envelope and its body, both parsed.
fn parts(snap: &str) -> (Value, Value) {
    let env: Value = serde_json::from_str(snap).unwrap();
    let body: Value = serde_json::from_str(env["body"].as_str().unwrap()).unwrap();
    (env, body)
}

/// `body` sealed in an envelope the way the engine seals it.
fn sealed(body: &str) -> String {
    let mut h = scamguard::catalog::Fnv::default();
    h.write(b"scamguard-snapshot-v1");
    h.write(body.as_bytes());
    serde_json::json!({"v": 1, "sum": format!("{:016x}", h.finish()), "body": body}).to_string()
}

fn body_text(snap: &str) -> String {
    parts(snap).0["body"].as_str().unwrap().to_string()
}

#[test]
fn snapshots_of_the_serde_writer_restore_to_the_same_state() {
    for f in fixtures() {
        let mut e = Engine::new();
        e.restore(&f.snapshot).unwrap_or_else(|err| panic!("{}: {err}", f.name));
        let again = e.snapshot();
        let (env0, body0) = parts(&f.snapshot);
        let (env1, body1) = parts(&again);
        assert_eq!(body1, body0, "{}: the restored state writes another body", f.name);
        // Same envelope keys and version (the sum follows the body's bytes).
        let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
        assert_eq!(keys(&env1), keys(&env0), "{}", f.name);
        assert_eq!(env1["v"], env0["v"], "{}", f.name);
        // The same writer as before, to the byte: the fixtures pin it.
        assert_eq!(again, f.snapshot, "{}", f.name);
    }
}

#[test]
fn floats_come_back_bit_identical() {
    let f = fixtures().into_iter().find(|f| f.name.starts_with("08-")).unwrap();
    let mut e = Engine::new();
    e.restore(&f.snapshot).unwrap();
    let body = body_text(&f.snapshot);
    // The decimal texts as the old writer wrote them, read as f32 directly.
    let texts = |key: &str| -> Vec<f32> {
        body.split(&format!("\"{key}\":"))
            .skip(1)
            .map(|r| r.split(',').next().unwrap().parse().unwrap())
            .collect()
    };
    let signals = &e.episode().signals;
    assert_eq!(signals.len(), 16);
    for (s, (w, h)) in signals.iter().zip(texts("weight").into_iter().zip(texts("half_life_ms"))) {
        assert_eq!(s.weight.to_bits(), w.to_bits(), "{}", s.id);
        assert_eq!(s.half_life_ms.to_bits(), h.to_bits(), "{}", s.id);
    }
    // Awkward ones among them: a third, ten to the minus thirty, just under 100.
    let weights: Vec<u32> = signals.iter().map(|s| s.weight.to_bits()).collect();
    for w in [1.0f32 / 3.0, 1e-30, 99.99999, 3.4028235e-5] {
        assert!(weights.contains(&w.to_bits()), "{w}");
    }
}

#[test]
fn a_restored_engine_goes_on_as_if_it_never_stopped() {
    let mut checked = 0;
    for f in fixtures() {
        let Some((trace, at)) = &f.trace else { continue };
        let events = events(trace);
        let mut straight = Engine::new();
        let mut expected = Vec::new();
        for (i, ev) in events.iter().enumerate() {
            let w = straight.observe(ev).unwrap();
            if i >= *at {
                expected.push(w);
            }
        }
        let mut restored = Engine::new();
        restored.restore(&f.snapshot).unwrap();
        let got: Vec<_> = events[*at..].iter().map(|ev| restored.observe(ev).unwrap()).collect();
        assert_eq!(got, expected, "{}: {trace} from event {at}", f.name);
        assert_eq!(restored.snapshot(), straight.snapshot(), "{}", f.name);
        checked += 1;
    }
    assert!(checked >= 7);
}

#[test]
fn every_truncation_and_single_byte_corruption_is_refused() {
    for f in fixtures().into_iter().filter(|f| f.name.starts_with("01-") || f.name.starts_with("08-")) {
        let snap = &f.snapshot;
        for cut in (0..snap.len()).filter(|c| snap.is_char_boundary(*c)) {
            assert!(Engine::new().restore(&snap[..cut]).is_err(), "{}: cut at {cut}", f.name);
        }
        // Any byte changed anywhere: the envelope no longer parses, names another
        // version, or its sum no longer matches.
        let bytes = snap.as_bytes();
        for (i, &b) in bytes.iter().enumerate().filter(|(_, b)| b.is_ascii()) {
            for r in [b'"', b'\\', b'{', b'}', b'[', b']', b',', b':', b'0', b'7', b'a', b'u', b' ', b'\n'] {
                if r == b {
                    continue;
                }
                let mut bad = bytes.to_vec();
                bad[i] = r;
                let bad = String::from_utf8(bad).unwrap();
                assert!(Engine::new().restore(&bad).is_err(), "{}: byte {i} -> {}", f.name, r as char);
            }
        }
        // Every truncation of the body, sealed again: never valid JSON.
        let body = body_text(snap);
        for cut in (0..body.len()).filter(|c| body.is_char_boundary(*c)) {
            assert!(Engine::new().restore(&sealed(&body[..cut])).is_err(), "{}: body cut at {cut}", f.name);
        }
    }
}

#[test]
fn corrupt_bodies_sealed_again_are_restored_or_refused_never_a_panic() {
    let f = fixtures().into_iter().find(|f| f.name.starts_with("08-")).unwrap();
    let body = body_text(&f.snapshot);
    let (mut refused, mut restored) = (0, 0);
    for i in (0..body.len()).filter(|i| body.is_char_boundary(*i)) {
        for r in
            ["\"", "\\", "{", "}", "]", ",", "0", "9", "-", "e", ".", "n", "\\u", "\\ud800", "\u{1}", "é"]
        {
            let Some(rest) = body.get(i + 1..) else { continue };
            let bad = format!("{}{r}{rest}", &body[..i]);
            match Engine::new().restore(&sealed(&bad)) {
                Ok(()) => restored += 1,
                Err(e) => {
                    refused += 1;
                    assert!(matches!(e, scamguard::Error::Snapshot(_)), "{e}");
                }
            }
        }
    }
    assert!(refused > 1000 && restored > 0, "refused {refused}, restored {restored}");
}

#[test]
fn hostile_nesting_is_refused_without_overflowing_the_stack() {
    let good = fixtures().remove(0).snapshot;
    let deep = |open: &str, n: usize| open.repeat(n);
    for body in [
        deep("[", 100_000),
        deep("{\"a\":", 25_000),
        format!("{{\"signals\":{}", deep("[", 100_000)),
        format!("{}{}", deep("[", 100_000), deep("]", 100_000)),
    ] {
        let err = Engine::new().restore(&sealed(&body)).unwrap_err();
        assert!(err.to_string().contains("not a snapshot"), "{err}");
    }
    // The envelope itself.
    for text in [deep("[", 200_000), deep("{\"v\":", 40_000)] {
        assert!(Engine::new().restore(&text).is_err());
    }
    // Nesting the schema has: still restores.
    Engine::new().restore(&good).unwrap();
}
