//! Snapshots: the bytes mutate a real engine's snapshot (raw, and with the
//! checksum recomputed so the body's own checks are reached), or are taken as a
//! snapshot themselves. Restore accepts or refuses; a refused one leaves the
//! engine as it was; either way the engine keeps working.
#![no_main]
use libfuzzer_sys::fuzz_target;
use scamguard_fuzz::gen::{mutate, reseal_snapshot, Bytes, Source};
use scamguard_fuzz::{busy_engine, still_works};
use std::sync::OnceLock;

static REAL: OnceLock<String> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let real = REAL.get_or_init(|| busy_engine().snapshot());
    let mut src = Bytes::new(data);
    let text = match src.below(3) {
        0 => String::from_utf8_lossy(data).into_owned(),
        1 => mutate(&mut src, real),
        _ => match reseal_snapshot(&mut src, real) {
            Some(s) => s,
            None => return,
        },
    };
    let mut engine = scamguard_fuzz::engine();
    engine.restore(real).expect("a real snapshot restores");
    let before = engine.snapshot();
    if engine.restore(&text).is_err() {
        assert_eq!(engine.snapshot(), before, "a refused snapshot changed the engine");
    }
    still_works(&mut engine);
});
