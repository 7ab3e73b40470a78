//! Event lines for the integration tests that build traces by hand, and the
//! strongest warning an engine set to one region gives them.
// Each test crate uses its own subset.
#![allow(dead_code)]

use scamguard::region::Region;
use scamguard::{Engine, Event, Level};

pub const MIN: u64 = 60_000;

/// The strongest warning of `events` replayed in a fresh engine set to `region`.
pub fn top(region: Region, events: &[String]) -> Option<Level> {
    let mut engine = Engine::new();
    engine.set_regions(&[region]).expect("region");
    events
        .iter()
        .flat_map(|e| engine.observe(&Event::from_json(e).expect("event")).expect("observe"))
        .map(|w| w.level)
        .max()
}

pub fn screen(t: u64, pkg: &str, text: &str) -> String {
    format!(r#"{{"t":{t},"type":"screen_text","package":"{pkg}","text":"{text}"}}"#)
}

pub fn typed(t: u64, pkg: &str, field: &str, text: &str) -> String {
    format!(r#"{{"t":{t},"type":"text_entered","package":"{pkg}","field":"{field}","text":"{text}"}}"#)
}

pub fn call(t: u64, direction: &str, number: &str) -> String {
    format!(
        r#"{{"t":{t},"type":"call_started","direction":"{direction}","peer":"unknown","number":"{number}"}}"#
    )
}

pub fn ended(t: u64) -> String {
    format!(r#"{{"t":{t},"type":"call_ended"}}"#)
}

pub fn transfer(t: u64, pkg: &str, amount: &str, currency: &str) -> String {
    format!(
        r#"{{"t":{t},"type":"transfer_started","package":"{pkg}","amount":"{amount}","currency":"{currency}","payee_new":true}}"#
    )
}

pub fn notification(t: u64, pkg: &str, title: &str, text: &str) -> String {
    format!(r#"{{"t":{t},"type":"notification","package":"{pkg}","title":"{title}","text":"{text}"}}"#)
}
