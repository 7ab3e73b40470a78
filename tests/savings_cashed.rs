//! Savings turned into cash before their time: a fixed or term deposit closed
//! early, unit trusts sold, a policy surrendered (data/bank_screen.txt
//! `[savings_broken]`, docs/model.md). "Digital arrest" and fake bank-officer
//! scripts have the victim cash in deposits, then move the money hours later; the
//! bank's own screen is one of the few things a bank app sees of it. People also
//! break a deposit for a flat or a hospital: alone it is their plan.

use scamguard::region::Region;
use scamguard::{Engine, Event, Level, Warning};

const MIN: u64 = 60_000;
const YONO: &str = "com.sbi.lotusintouch";

fn ev(json: &str) -> Event {
    Event::from_json(json).expect("event")
}

fn run(events: &[String]) -> Vec<Warning> {
    let mut e = Engine::new();
    e.set_regions(&[Region::In]).expect("region");
    events.iter().flat_map(|x| e.observe(&ev(x)).expect("observe")).collect()
}

fn top(events: &[String]) -> Option<Level> {
    run(events).into_iter().map(|w| w.level).max()
}

/// What a bank app sees of a fake officer's day: long calls nobody could check,
/// `screen` on its own app an hour later, and a very large transfer to a new payee
/// three hours after that.
fn officer_day(screen: Option<&str>) -> Vec<String> {
    let mut v = vec![
        r#"{"t":0,"type":"call_started","direction":"incoming","peer":"unverified"}"#.to_string(),
        format!(r#"{{"t":{},"type":"call_ended"}}"#, 40 * MIN),
        format!(r#"{{"t":{},"type":"app_foreground","package":"{YONO}"}}"#, 100 * MIN),
    ];
    if let Some(s) = screen {
        v.push(format!(r#"{{"t":{},"type":"screen_text","package":"{YONO}","text":"{s}"}}"#, 101 * MIN));
    }
    v.push(format!(
        r#"{{"t":{},"type":"text_entered","package":"{YONO}","field":"account","text":"50100xxxx2231"}}"#,
        280 * MIN
    ));
    v.push(format!(
        r#"{{"t":{},"type":"text_entered","package":"{YONO}","field":"amount","text":"12,00,000"}}"#,
        281 * MIN
    ));
    v
}

#[test]
fn a_deposit_broken_after_long_unchecked_calls_makes_the_large_transfer_an_alarm() {
    let broken = officer_day(Some(
        "Deposits · Close Fixed Deposit before maturity · Principal ₹12,00,000.00 · Proceed",
    ));
    let warnings = run(&broken);
    assert!(warnings.iter().any(|w| w.rule == "savings-cashed-during-scam"), "{warnings:?}");
    assert!(top(&broken) >= Some(Level::Danger), "{:?}", top(&broken));
    // The same calls and transfer without the deposit broken: a question only.
    let plain = officer_day(None);
    assert!(top(&plain) <= Some(Level::Caution), "{:?}", top(&plain));
    // Opening a deposit prints its terms, which is no break.
    let opened =
        officer_day(Some("Open Fixed Deposit · 1 year · 6.8% · Premature closure penalty 1% · Proceed"));
    assert!(top(&opened) <= Some(Level::Caution), "{:?}", top(&opened));
}

#[test]
fn a_deposit_broken_with_no_call_is_the_owners_own_plan() {
    // The down payment on a flat: the term deposit closed early, no call at all,
    // the builder paid the next day.
    let events = vec![
        format!(
            r#"{{"t":0,"type":"screen_text","package":"{YONO}","text":"Close FD prematurely · FD ****2281 · ₹25,00,000 · Confirm"}}"#
        ),
        format!(
            r#"{{"t":{},"type":"text_entered","package":"{YONO}","field":"account","text":"3920xxxx8812"}}"#,
            1440 * MIN
        ),
        format!(
            r#"{{"t":{},"type":"text_entered","package":"{YONO}","field":"amount","text":"25,00,000"}}"#,
            1441 * MIN
        ),
    ];
    assert!(top(&events) <= Some(Level::Caution), "{:?}", top(&events));
}
