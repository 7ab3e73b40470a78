//! Property tests over hostile inputs other than events (stable toolchain, in CI):
//! amounts, mutated snapshots, mutated signed packs and model packs. Same
//! generators and mutations as the cargo-fuzz targets (fuzz/src/gen.rs), driven
//! by a seeded PRNG, so a failure names its seed.

#[path = "../fuzz/src/gen.rs"]
mod gen;

use gen::{leaked, mutate, reseal_snapshot, Rng, Source};
use scamguard::amount::{find_amounts_in_text, Amount};
use scamguard::pack::{self, SignedPack};
use scamguard::{Engine, Event, Money};

/// A real engine state: the first scam fixture replayed (calls, installs, an episode).
fn busy_engine() -> Engine {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/scam");
    let trace =
        std::fs::read_to_string(dir.join("scam-customer-service-refund-bank-transfer.jsonl")).unwrap();
    let mut engine = Engine::new();
    for line in trace.lines().filter(|l| !l.trim().is_empty()) {
        engine.observe(&Event::from_json(line).unwrap()).unwrap();
    }
    assert!(engine.episode().is_open(), "the fixture leaves an episode open");
    engine
}

/// The engine still takes events and answers with warnings or nothing.
fn still_works(engine: &mut Engine, what: &str) {
    let t: u64 = 9_000_000_000;
    for line in [
        format!(r#"{{"t":{t},"type":"call_started","direction":"incoming","peer":"unknown"}}"#),
        format!(r#"{{"t":{},"type":"screen_share_started","package":"com.tencent.wemeet.app"}}"#, t + 1000),
        format!(r#"{{"t":{},"type":"transfer_started","amount":"19999.58"}}"#, t + 2000),
    ] {
        engine.observe(&Event::from_json(&line).unwrap()).unwrap_or_else(|e| panic!("{what}: {e}"));
    }
}

#[test]
fn random_strings_never_panic_the_amount_parsers() {
    let mut rng = Rng(1);
    const ALPHABET: &[&str] = &[
        "0", "1", "9", ".", ",", " ", "万", "千", "亿", "元", "¥", "￥", "$", "£", "€", "₹", "HK", "Rs",
        "lakh", "crore", "k", "m", "-", "+", "e", "１", "９", "．", "，", "\u{a0}", "\u{202f}", "'", "RMB",
        "CNY", "角", "分",
    ];
    for i in 0..20_000 {
        let input: String = match i % 3 {
            0 => (0..rng.below(24)).map(|_| *rng.pick(ALPHABET)).collect(),
            1 => gen::text(&mut rng, true),
            _ => "9".repeat(rng.below(40)) + *rng.pick(ALPHABET),
        };
        let a = Amount::parse(&input);
        let m = Money::parse(&input);
        // A parse that succeeds gives a non-negative amount both ways alike.
        if let (Ok(a), Ok(m)) = (&a, &m) {
            assert_eq!(a.money, *m, "{input:?}");
        }
        // Both fail alike, and `AmountError` is a `Copy` enum: it cannot carry the input.
        assert_eq!(a.err(), m.err(), "{input:?}");
        let _ = find_amounts_in_text(&input);
        let _ = scamguard::amount::find_in_text(&input);
    }
}

#[test]
fn mutated_snapshots_are_restored_or_refused_and_the_engine_goes_on() {
    let source = busy_engine();
    let real = source.snapshot();
    assert!(leaked(&real).is_none());
    let mut rng = Rng(2);
    let (mut refused, mut restored) = (0, 0);
    for i in 0..300 {
        let bad =
            if i % 2 == 0 { mutate(&mut rng, &real) } else { reseal_snapshot(&mut rng, &real).unwrap() };
        let mut engine = busy_engine_clone(&source);
        let before = engine.snapshot();
        match engine.restore(&bad) {
            Ok(()) => restored += 1,
            Err(e) => {
                refused += 1;
                assert!(leaked(&e.to_string()).is_none());
                assert_eq!(engine.snapshot(), before, "case {i}: a refused snapshot changed the engine");
            }
        }
        assert!(engine.snapshot().len() <= scamguard::snapshot::MAX_BYTES);
        still_works(&mut engine, &format!("case {i}"));
    }
    // Both paths were taken: plain mutations fail the checksum, resealed ones
    // reach the body's own checks and some still restore.
    assert!(refused > 100 && restored > 0, "refused {refused}, restored {restored}");
}

/// A fresh engine holding `source`'s state (through its own snapshot).
fn busy_engine_clone(source: &Engine) -> Engine {
    let mut e = Engine::new();
    e.restore(&source.snapshot()).unwrap();
    e
}

/// The fields a signature covers, decoded: equal means "the same pack".
fn meaning(text: &str) -> Option<(u64, u64, String, String, Vec<u8>)> {
    let p: SignedPack = serde_json::from_str(text).ok()?;
    Some((p.serial, p.expires, p.min_engine, p.model, pack::from_hex(&p.sig)?))
}

#[test]
fn mutated_signed_packs_are_refused_unless_unchanged() {
    let (seed, public) = pack::keypair_from_seed([7; 32]);
    let real = pack::sign(scamguard::model::builtin_json(), &seed, 5, 4_000_000_000, "0.1.0").unwrap();
    let keys = [pack::public_key(&public).unwrap()];
    let now = 1_800_000_000;
    let original = meaning(&real).unwrap();
    let mut engine = Engine::new();
    engine.pin_pack_keys(&[&public]).unwrap();
    let mut rng = Rng(3);
    let mut same = 0;
    for i in 0..400 {
        let bad = mutate(&mut rng, &real);
        let verdict = pack::verify(&bad, &keys, now, 0);
        if meaning(&bad).as_ref() == Some(&original) {
            same += 1;
            assert!(verdict.is_ok(), "case {i}: an equivalent pack was refused");
        } else {
            assert!(verdict.is_err(), "case {i}: a changed pack verified: {:?}", &bad[..bad.len().min(200)]);
            let err = engine.load_signed_model(&bad, now).unwrap_err();
            assert!(leaked(&err.to_string()).is_none());
            assert_eq!(engine.pack_serial(), 0, "case {i}: a refused pack changed the serial");
        }
    }
    let _ = same;
    // The engine kept the built-in model and still detects the seed case.
    still_works(&mut engine, "after refused packs");
    assert!(engine.episode_level().is_some(), "the built-in model stopped detecting");
    engine.load_signed_model(&real, now).unwrap();
    assert_eq!(engine.pack_serial(), 5);
}

#[test]
fn mutated_model_packs_load_or_are_refused_and_observe_goes_on() {
    let mut rng = Rng(4);
    let mut loaded = 0;
    for i in 0..80 {
        let bad = mutate(&mut rng, scamguard::model::builtin_json());
        let mut engine = busy_engine();
        match engine.load_model(&bad) {
            Ok(()) => loaded += 1,
            Err(e) => assert!(leaked(&e.to_string()).is_none()),
        }
        still_works(&mut engine, &format!("model case {i}"));
    }
    let _ = loaded;
}
