//! Shared by the fuzz targets: the input generator (also used by the stable
//! property tests in tests/property_*.rs) and the checks every target makes.

pub mod gen;

use scamguard::{Engine, Event, Warning};

/// Every string of a warning a person or a log may see.
pub fn warning_text(w: &Warning) -> String {
    let mut s = format!("{}\n{}\n{}\n", w.rule, w.title, w.message);
    for line in w.evidence.iter().chain(&w.actions) {
        s.push_str(line);
        s.push('\n');
    }
    s
}

/// Feeds one event; panics (a fuzz finding) on a time refused outside strict
/// mode and, with `canaries` (the generator put them only in private fields),
/// on a canary in any output. Raw bytes may put a canary in an amount field,
/// where showing it is the point of a warning: those targets pass `false`.
pub fn observe_checked(engine: &mut Engine, event: &Event, canaries: bool) {
    match engine.observe(event) {
        Ok(ws) if !canaries => drop(ws),
        Ok(ws) => {
            for w in &ws {
                let text = warning_text(w);
                if let Some(c) = gen::leaked(&text) {
                    panic!("canary {c} in a warning: {text}");
                }
            }
        }
        Err(e) => {
            if let Some(c) = gen::leaked(&e.to_string()).filter(|_| canaries) {
                panic!("canary {c} in an error");
            }
            assert!(
                !matches!(e, scamguard::Error::TimeWentBackwards { .. }),
                "time refused outside strict mode"
            );
        }
    }
    if let Some(c) = gen::leaked(&format!("{event:?}")).filter(|_| canaries) {
        panic!("canary {c} in an event's Debug");
    }
}

/// The engine for one fuzz input: built once per process (the built-in model and
/// catalog take milliseconds to build), `reset()` before each input so inputs stay
/// independent. The guard holds the lock for the input's run.
pub fn engine() -> std::sync::MutexGuard<'static, Engine> {
    static ENGINE: std::sync::OnceLock<std::sync::Mutex<Engine>> = std::sync::OnceLock::new();
    let mut e =
        ENGINE.get_or_init(|| std::sync::Mutex::new(Engine::new())).lock().unwrap_or_else(|p| p.into_inner());
    e.reset();
    e.set_lang(scamguard::Lang::ZhCn);
    e
}

/// A busy engine state (a scam fixture replayed), for the snapshot target.
pub const SEED_TRACE: &str =
    include_str!("../../tests/fixtures/scam/scam-customer-service-refund-bank-transfer.jsonl");

pub fn busy_engine() -> Engine {
    let mut engine = Engine::new();
    for line in SEED_TRACE.lines().filter(|l| !l.trim().is_empty()) {
        if let Ok(e) = Event::from_json(line) {
            let _ = engine.observe(&e);
        }
    }
    engine
}

/// The engine still takes ordinary events.
pub fn still_works(engine: &mut Engine) {
    for line in [
        r#"{"t":9000000000,"type":"call_started","direction":"incoming","peer":"unknown"}"#,
        r#"{"t":9000001000,"type":"screen_share_started","package":"com.tencent.wemeet.app"}"#,
        r#"{"t":9000002000,"type":"transfer_started","amount":"19999.58"}"#,
    ] {
        engine
            .observe(&Event::from_json(line).expect("valid line"))
            .expect("the engine refuses ordinary events");
    }
}
