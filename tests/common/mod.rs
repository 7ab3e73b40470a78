//! Helpers shared by the integration tests: fixtures live in `tests/fixtures`
//! (never `../shared`: users do not have it).

#![allow(dead_code)]

use scamguard::trace::TraceReader;
use scamguard::{Engine, Event, Lang, Level, Warning};
use std::path::{Path, PathBuf};

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Every `.jsonl` under `tests/fixtures/<dir>`, sorted.
pub fn traces(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(fixtures().join(dir))
        .expect("fixture dir")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    v.sort();
    v
}

pub fn read_events(path: &Path) -> Vec<Event> {
    let file = std::fs::File::open(path).expect("fixture");
    TraceReader::new(std::io::BufReader::new(file), path.display().to_string())
        .map(|r| r.unwrap_or_else(|e| panic!("{e}")))
        .collect()
}

pub fn run(events: &[Event], lang: Lang) -> Vec<Warning> {
    let mut engine = Engine::new();
    engine.set_lang(lang);
    events.iter().flat_map(|e| engine.observe(e).expect("observe")).collect()
}

pub fn level(s: &str) -> Option<Level> {
    if s == "none" {
        None
    } else {
        Some(Level::from_wire(s).unwrap_or_else(|| panic!("bad level {s}")))
    }
}

/// A `transfer_started` event to a payee the bank has never paid before.
pub fn transfer_to_new_payee(t: u64, package: &str, amount: &str, currency: &str) -> String {
    format!(
        r#"{{"t":{t},"type":"transfer_started","package":"{package}","amount":"{amount}","currency":"{currency}","payee_new":true}}"#
    )
}
