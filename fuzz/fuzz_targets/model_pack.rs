//! Arbitrary text as a model pack (docs/model.md): `Model::from_json` and
//! `Engine::load_model` accept or refuse, never panic; afterwards the engine
//! (with the new model or the old one) still takes events.
#![no_main]
use libfuzzer_sys::fuzz_target;
use scamguard::model::Model;
use scamguard::Engine;
use scamguard_fuzz::still_works;

fuzz_target!(|json: &str| {
    let parsed = Model::from_json(json);
    let mut engine = Engine::new();
    let loaded = engine.load_model(json);
    assert_eq!(parsed.is_ok(), loaded.is_ok());
    still_works(&mut engine);
});
