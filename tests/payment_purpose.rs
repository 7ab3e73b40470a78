//! The bank's own question before a first payment, "What's this payment for?"
//! (UK banks, Taiwan's 關懷提問, remittance forms), and the user's answer on its
//! screen (data/bank_screen.txt `[purpose_*]`, docs/model.md). "Moving money to my
//! own account" after a call nobody vouched for is the safe-account script's answer;
//! "investment" is where an investment "mentor" sends the money. A screen that lists
//! every answer is a menu and says nothing. A bank app sees all of it.

use scamguard::region::Region;
use scamguard::{Engine, Event, Level};

const MIN: u64 = 60_000;
const NATWEST: &str = "com.rbs.mobile.android.natwest";

fn top(events: &[String]) -> Option<Level> {
    let mut e = Engine::new();
    e.set_regions(&[Region::Uk]).expect("region");
    events
        .iter()
        .flat_map(|x| e.observe(&Event::from_json(x).expect("event")).expect("observe"))
        .map(|w| w.level)
        .max()
}

/// `before` events, then a new payee, the purpose screen and £`amount` typed.
fn pay(before: &[String], screen: &str, amount: &str) -> Vec<String> {
    let t = 200 * MIN;
    let mut v = before.to_vec();
    v.push(format!(r#"{{"t":{t},"type":"app_foreground","package":"{NATWEST}"}}"#));
    v.push(format!(
        r#"{{"t":{},"type":"text_entered","package":"{NATWEST}","field":"account","text":"04-00-04 71830264"}}"#,
        t + MIN
    ));
    v.push(format!(
        r#"{{"t":{},"type":"screen_text","package":"{NATWEST}","text":"{screen}"}}"#,
        t + 2 * MIN
    ));
    v.push(format!(
        r#"{{"t":{},"type":"text_entered","package":"{NATWEST}","field":"amount","text":"{amount}"}}"#,
        t + 3 * MIN
    ));
    v
}

fn unverified_call() -> Vec<String> {
    vec![
        format!(r#"{{"t":{},"type":"call_started","direction":"incoming","peer":"unverified"}}"#, 150 * MIN),
        // Four minutes, three quarters of an hour before: alone it ties nothing.
        format!(r#"{{"t":{},"type":"call_ended"}}"#, 154 * MIN),
    ]
}

#[test]
fn an_investment_answer_ties_a_large_first_payment() {
    let answered = pay(&[], "What's this payment for? Investment or cryptocurrency", "8000");
    assert!(top(&answered) >= Some(Level::Danger), "{:?}", top(&answered));
    // The menu of every answer, or an ordinary one, says nothing.
    let menu = pay(
        &[],
        "What's this payment for? Paying family or friends · Buying goods or services · Investment",
        "8000",
    );
    assert!(top(&menu) < Some(Level::Danger), "{:?}", top(&menu));
    let goods = pay(&[], "What's this payment for? Buying goods or services", "8000");
    assert!(top(&goods) < Some(Level::Danger), "{:?}", top(&goods));
}

#[test]
fn moving_money_to_an_own_account_after_an_unvouched_call_is_the_safe_account() {
    let screen = "Why are you making this payment? Moving money to another account of mine";
    let after_call = pay(&unverified_call(), screen, "9500");
    assert!(top(&after_call) >= Some(Level::Danger), "{:?}", top(&after_call));
    // With no call before it, a new saver at another bank is the user's own move.
    let no_call = pay(&[], screen, "9500");
    assert!(top(&no_call) < Some(Level::Danger), "{:?}", top(&no_call));
    // The same call, then an ordinary answer: no safe account.
    let bill = pay(&unverified_call(), "Why are you making this payment? Paying a bill", "9500");
    assert!(top(&bill) < Some(Level::Danger), "{:?}", top(&bill));
}

#[test]
fn the_answer_is_shown_without_the_account_the_screen_names() {
    let mut e = Engine::new();
    e.set_regions(&[Region::Uk]).expect("region");
    let events = pay(&[], "Purpose of transfer: Investment. To 04-00-75 51827309", "8000");
    let warnings: Vec<_> = events
        .iter()
        .flat_map(|x| e.observe(&Event::from_json(x).expect("event")).expect("observe"))
        .collect();
    let evidence: Vec<&String> = warnings.iter().flat_map(|w| &w.evidence).collect();
    assert!(evidence.iter().any(|l| l.contains("Investment")), "{evidence:?}");
    assert!(evidence.iter().all(|l| !l.contains("51827309") && !l.contains("04-00-75")), "{evidence:?}");
}
