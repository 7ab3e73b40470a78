//! Signed packs: the bytes mutate a real signed pack (the built-in model signed
//! with a test key) or are a pack themselves. A pack whose signed fields differ
//! from the original is refused by `pack::verify` and `load_signed_model`, and
//! the engine keeps its model and serial.
#![no_main]
use libfuzzer_sys::fuzz_target;
use scamguard::pack::{self, SignedPack};
use scamguard_fuzz::gen::{mutate, Bytes, Source};
use scamguard_fuzz::still_works;
use std::sync::OnceLock;

const NOW: u64 = 1_800_000_000;

struct Fixture {
    signed: String,
    public: String,
}

static REAL: OnceLock<Fixture> = OnceLock::new();

fn meaning(text: &str) -> Option<(u64, u64, String, String, Vec<u8>)> {
    let p: SignedPack = serde_json::from_str(text).ok()?;
    Some((p.serial, p.expires, p.min_engine, p.model, pack::from_hex(&p.sig)?))
}

fuzz_target!(|data: &[u8]| {
    let f = REAL.get_or_init(|| {
        let (seed, public) = pack::keypair_from_seed([7; 32]);
        let signed = pack::sign(scamguard::model::builtin_json(), &seed, 5, 4_000_000_000, "0.1.0").unwrap();
        Fixture { signed, public }
    });
    let mut src = Bytes::new(data);
    let text = if src.below(4) == 0 {
        String::from_utf8_lossy(data).into_owned()
    } else {
        mutate(&mut src, &f.signed)
    };
    let keys = [pack::public_key(&f.public).unwrap()];
    let same = meaning(&text).is_some() && meaning(&text) == meaning(&f.signed);
    let verdict = pack::verify(&text, &keys, NOW, 0);
    assert_eq!(verdict.is_ok(), same, "verify disagrees with the signed fields");
    let mut engine = scamguard::Engine::new();
    engine.pin_pack_keys(&[&f.public]).unwrap();
    let loaded = engine.load_signed_model(&text, NOW);
    if !same {
        assert!(loaded.is_err());
        assert_eq!(engine.pack_serial(), 0);
    }
    still_works(&mut engine);
});
