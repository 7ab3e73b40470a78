//! Phishing texts arrive every day and most are ignored: what tells an ignored
//! lure from one that worked (its link followed in a browser), and a card typed
//! into an app the user installed from a store from one typed into a fake page
//! (docs/model.md, "Ignored lures").

mod common;

use scamguard::region::Region;
use scamguard::{Engine, Event, Level};

const MIN: u64 = 60_000;
const MONZO: &str = "co.uk.getmondo";
const CHROME: &str = "com.android.chrome";
const COURIER: &str = "com.dpd.yourdpd";

fn top(events: &[String]) -> Option<Level> {
    let mut engine = Engine::new();
    engine.set_regions(&[Region::Uk]).expect("region");
    events
        .iter()
        .flat_map(|e| engine.observe(&Event::from_json(e).expect("event")).expect("observe"))
        .map(|w| w.level)
        .max()
}

fn lure(t: u64) -> String {
    format!(
        r#"{{"t":{t},"type":"sms_received","sender":"+447700900203","sender_kind":"unknown","text":"RoyalMail: Your parcel is on hold due to an unpaid shipping fee. Visit royalmail-redelivery-uk.com"}}"#
    )
}

fn front(t: u64, pkg: &str) -> String {
    format!(r#"{{"t":{t},"type":"app_foreground","package":"{pkg}"}}"#)
}

fn typed(t: u64, pkg: &str, field: &str, text: &str) -> String {
    format!(r#"{{"t":{t},"type":"text_entered","package":"{pkg}","field":"{field}","text":"{text}"}}"#)
}

/// Ten minutes in, the lure; two hours later, a first payment to a new payee in
/// the bank's app. `before` comes before the lure, `between` after it.
fn pays_later(before: &[String], between: &[String]) -> Vec<String> {
    let mut v = before.to_vec();
    v.push(lure(10 * MIN));
    v.extend_from_slice(between);
    v.push(front(130 * MIN, MONZO));
    v.push(typed(131 * MIN, MONZO, "amount", "18.62"));
    v.push(common::transfer_to_new_payee(131 * MIN + 20_000, MONZO, "18.62", "GBP"));
    v
}

#[test]
fn a_lure_whose_link_was_never_opened_does_not_tie_a_later_payment() {
    let ignored = top(&pays_later(&[], &[]));
    assert!(ignored <= Some(Level::Caution), "{ignored:?}");
    // The same text, its link opened in the browser: the fee page's payment is
    // the lure's.
    let page = format!(
        r#"{{"t":{},"type":"screen_text","package":"{CHROME}","text":"royalmail-redelivery-uk.com Pay £1.45 redelivery fee"}}"#,
        12 * MIN
    );
    let followed = top(&pays_later(&[], &[front(12 * MIN, CHROME), page]));
    assert!(followed >= Some(Level::Danger), "{followed:?}");
    // A browser in front before the lure arrived followed nothing.
    let early = top(&pays_later(&[front(0, CHROME)], &[]));
    assert!(early <= Some(Level::Caution), "{early:?}");
}

#[test]
fn a_card_typed_into_a_store_app_is_its_own_checkout_not_a_phishing_page() {
    let installed = |installer: &str| {
        format!(
            r#"{{"t":{},"type":"app_installed","package":"{COURIER}","installer":"{installer}","label":"DPD"}}"#,
            60 * MIN
        )
    };
    let card = |installer: &str| {
        vec![
            lure(0),
            installed(installer),
            front(61 * MIN, COURIER),
            typed(62 * MIN, COURIER, "account", "5xxx xxxx xxxx 2210"),
        ]
    };
    // Installed from the Play Store: the courier's own duty payment.
    let store = top(&card("com.android.vending"));
    assert!(store <= Some(Level::Caution), "{store:?}");
    // The same "courier app" from a browser download is the lure's fake app.
    let fake = top(&card("com.android.chrome"));
    assert!(fake >= Some(Level::Danger), "{fake:?}");
    // A card typed into a web page after the lure is still what it is after.
    let page =
        top(&[lure(0), front(61 * MIN, CHROME), typed(62 * MIN, CHROME, "account", "5xxx xxxx xxxx 2210")]);
    assert!(page >= Some(Level::Danger), "{page:?}");
}

#[test]
fn a_card_typed_on_the_brands_own_site_after_ignoring_its_lure_is_the_users_errand() {
    // The fake toll text, then the real invoice paid on the toll road's own site
    // (its address shown, nothing else linked on the page).
    let toll = r#"FasTrak: You have an outstanding toll of $6.99. Pay by today to avoid a $50 late fee: https://fastrak-bayarea.xyz-pay.top/invoice"#;
    let sms = |t: u64| {
        format!(
            r#"{{"t":{t},"type":"sms_received","sender":"+639171234567","sender_kind":"unknown","text":"{toll}"}}"#
        )
    };
    let page = |t: u64, host: &str| {
        format!(
            r#"{{"t":{t},"type":"screen_text","package":"{CHROME}","text":"{host} — Pay a Toll Invoice. Enter your invoice number and license plate."}}"#
        )
    };
    let card = |t: u64| typed(t, CHROME, "account", "4xxx xxxx xxxx 2231");
    let visit = |host: &str, extra: &[String]| {
        let mut v = vec![sms(0)];
        v.extend_from_slice(extra);
        v.extend([front(60 * MIN, CHROME), page(61 * MIN, host), card(63 * MIN)]);
        top(&v)
    };
    // Nothing at all is said on the brand's own site an hour after the lure.
    assert_eq!(visit("bayareafastrak.org", &[]), None);
    // The lure's own page, even one that names the brand, is what the lure is after.
    let lure_page = visit("fastrak-bayarea.xyz-pay.top bayareafastrak.org", &[]);
    assert!(lure_page >= Some(Level::Caution), "{lure_page:?}");
    // The brand's own site with a stranger on the line reading along.
    let call =
        format!(r#"{{"t":{},"type":"call_started","direction":"incoming","peer":"unknown"}}"#, 59 * MIN);
    let guided = visit("bayareafastrak.org", &[call]);
    assert!(guided >= Some(Level::Danger), "{guided:?}");
}
