//! Structured: the bytes drive the generator (fuzz/src/gen.rs) into a sequence
//! of trace lines of every type, with adversarial times and texts and canary
//! secrets, all fed to one engine. Never panics, never refuses a time outside
//! strict mode, no canary in any warning or error, every list stays capped.
#![no_main]
use libfuzzer_sys::fuzz_target;
use scamguard::Event;
use scamguard_fuzz::gen::{leaked, Bytes, Gen};
use scamguard_fuzz::observe_checked;

fuzz_target!(|data: &[u8]| {
    let mut g = Gen::new(Bytes::new(data));
    let mut engine = scamguard_fuzz::engine();
    let mut n = 0;
    while !g.src.exhausted() && n < 512 {
        n += 1;
        if let Ok(event) = Event::from_json(&g.line()) {
            observe_checked(&mut engine, &event, true);
        }
    }
    let st = engine.state();
    assert!(st.installs.len() <= scamguard::state::MAX_INSTALLS);
    assert!(st.grants.len() <= scamguard::state::MAX_GRANTS);
    assert!(st.shares.len() <= scamguard::state::MAX_SHARES);
    assert!(st.contacts_added.len() <= scamguard::state::MAX_CONTACTS_ADDED);
    assert!(engine.episode().signals.len() <= scamguard::episode::MAX_SIGNALS);
    let snap = engine.snapshot();
    assert!(leaked(&snap).is_none(), "canary in a snapshot");
    assert!(snap.len() <= scamguard::snapshot::MAX_BYTES);
    // A snapshot always restores into a new engine.
    engine.restore(&snap).expect("an engine's own snapshot is refused");
});
