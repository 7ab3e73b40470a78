//! Calls the observer cannot check, calls that ended a while ago, and payees
//! typed by hand: the evidence a bank app alone has (docs/model.md).

use scamguard::{Engine, Event, Level};

fn ev(json: &str) -> Event {
    Event::from_json(json).expect("event")
}

const MIN: u64 = 60_000;

/// The highest level the engine raised over `events`.
fn top(engine: &mut Engine, events: &[String]) -> Option<Level> {
    events.iter().flat_map(|e| engine.observe(&ev(e)).expect("observe")).map(|w| w.level).max()
}

fn top_of(events: &[String]) -> Option<Level> {
    top(&mut Engine::new(), events)
}

fn amount(t: u64, pkg: &str, text: &str) -> String {
    format!(r#"{{"t":{t},"type":"text_entered","package":"{pkg}","field":"amount","text":"{text}"}}"#)
}

fn unverified_call(t: u64) -> String {
    format!(r#"{{"t":{t},"type":"call_started","direction":"incoming","peer":"unverified"}}"#)
}

fn voip_mode(t: u64) -> String {
    format!(r#"{{"t":{t},"type":"platform_risk","kind":"voip_call"}}"#)
}

const BANK: &str = "com.chinamworld.main";

#[test]
fn a_long_unchecked_call_ties_a_large_payment_but_not_a_small_one() {
    let large = [unverified_call(0), amount(25 * MIN, BANK, "50000")];
    let small = [unverified_call(0), amount(25 * MIN, BANK, "68")];
    let short = [unverified_call(0), amount(3 * MIN, BANK, "50000")];
    assert!(top_of(&large) >= Some(Level::Danger), "{:?}", top_of(&large));
    assert!(top_of(&small) <= Some(Level::Caution), "{:?}", top_of(&small));
    assert!(top_of(&short) <= Some(Level::Caution), "{:?}", top_of(&short));
}

#[test]
fn a_small_top_up_to_a_typed_number_during_a_long_call_home_is_the_day() {
    // What a bank app sees of a son topping up his mother's phone while she is on
    // the line: a long call it cannot check, a number typed as the payee, ₹349.
    let payee = |t: u64| {
        format!(
            r#"{{"t":{t},"type":"text_entered","package":"{BANK}","field":"account","text":"98xxxxxx21"}}"#
        )
    };
    let small = [unverified_call(0), payee(20 * MIN), amount(21 * MIN, BANK, "349")];
    let large = [unverified_call(0), payee(20 * MIN), amount(21 * MIN, BANK, "80000")];
    assert!(top_of(&small) <= Some(Level::Caution), "{:?}", top_of(&small));
    assert!(top_of(&large) >= Some(Level::Danger), "{:?}", top_of(&large));
}

#[test]
fn the_phone_in_voip_audio_mode_is_a_call_until_it_ends() {
    // What a bank app sees of a WhatsApp "police" video call: the audio mode. Most
    // chat calls are with friends, so it weighs less than a phone call nobody
    // could check; a payee typed in during it is what makes it a transfer.
    let account = format!(
        r#"{{"t":{},"type":"text_entered","package":"{BANK}","field":"account","text":"6222 0000 1111 2222"}}"#,
        39 * MIN
    );
    let live = [voip_mode(0), account, amount(40 * MIN, BANK, "80000")];
    assert!(top_of(&live) >= Some(Level::Danger), "{:?}", top_of(&live));
    let no_payee = [voip_mode(0), amount(40 * MIN, BANK, "80000")];
    assert_eq!(top_of(&no_payee), Some(Level::Caution));
    // Ended (the observer reports the end): a payment two hours later is the owner's own.
    let ended =
        [voip_mode(0), r#"{"t":600000,"type":"call_ended"}"#.to_string(), amount(130 * MIN, BANK, "80000")];
    assert!(top_of(&ended) <= Some(Level::Caution), "{:?}", top_of(&ended));
    // Never reported ended: it does not stay a live call for a day.
    let forgotten = [voip_mode(0), amount(5 * 60 * MIN, BANK, "80000")];
    assert!(top_of(&forgotten) <= Some(Level::Caution), "{:?}", top_of(&forgotten));
}

#[test]
fn a_payee_typed_by_hand_is_a_new_payee() {
    let account = |t: u64| {
        format!(
            r#"{{"t":{t},"type":"text_entered","package":"{BANK}","field":"account","text":"6222 0000 1111 2222"}}"#
        )
    };
    let sideload =
        r#"{"t":0,"type":"app_installed","package":"com.rw.taskhub","installer":"com.android.chrome"}"#;
    let typed = [sideload.to_string(), account(30 * MIN), amount(31 * MIN, BANK, "8000")];
    let picked = [sideload.to_string(), amount(31 * MIN, BANK, "8000")];
    let stale = [sideload.to_string(), account(10 * MIN), amount(31 * MIN, BANK, "8000")];
    let typed_top = top_of(&typed);
    assert!(typed_top >= Some(Level::Danger), "{typed_top:?}");
    assert!(top_of(&picked) < typed_top, "{:?}", top_of(&picked));
    assert!(top_of(&stale) < typed_top, "{:?}", top_of(&stale));
}

#[test]
fn a_long_call_fades_after_hanging_up_instead_of_falling_off_a_cliff() {
    // The same payment at growing distances from a 40-minute stranger's call:
    // paying 31 minutes after is the same script as paying 29 minutes after, and
    // the call stops counting only hours later.
    let level_at = |ago_min: u64| {
        let t = 40 * MIN + ago_min * MIN;
        top_of(&[
            r#"{"t":0,"type":"call_started","direction":"incoming","peer":"unknown"}"#.to_string(),
            format!(r#"{{"t":{},"type":"call_ended"}}"#, 40 * MIN),
            format!(
                r#"{{"t":{t},"type":"transfer_started","package":"{BANK}","amount":"50000","payee_new":true}}"#
            ),
        ])
    };
    assert!(level_at(29) >= Some(Level::Danger), "{:?}", level_at(29));
    assert_eq!(level_at(31), level_at(29));
    assert!(level_at(12 * 60) < level_at(31), "{:?}", level_at(12 * 60));
}

/// Caller ID showing a bank's official number is what bank impersonators spoof:
/// without the platform's verification it only claims to be the bank, and a new
/// payee during that call is the script. Verified, it is the bank calling back.
#[test]
fn an_official_number_without_verification_only_claims_to_be_the_bank() {
    let run = |verification: &str| {
        let mut e = Engine::new();
        e.set_regions(&[scamguard::region::Region::Us]).expect("region");
        let call = format!(
            r#"{{"t":0,"type":"call_started","direction":"incoming","peer":"unknown","number":"+1 800 869 3557"{verification}}}"#
        );
        let pay = |t: u64| {
            format!(
                r#"{{"t":{t},"type":"transfer_started","package":"com.wf.wellsfargomobile","amount":"3500","currency":"USD","payee_new":true}}"#
            )
        };
        top(&mut e, &[call, pay(6 * MIN)])
    };
    assert!(run("") >= Some(Level::Danger), "{:?}", run(""));
    assert!(run(r#","verification":"none""#) >= Some(Level::Danger));
    assert!(
        run(r#","verification":"passed""#) <= Some(Level::Caution),
        "{:?}",
        run(r#","verification":"passed""#)
    );
}

/// The evidence line of the call in the loudest warning over `events`.
fn call_line(events: &[String]) -> Option<String> {
    let mut engine = Engine::new();
    engine.set_lang(scamguard::Lang::En);
    let warnings: Vec<_> = events.iter().flat_map(|e| engine.observe(&ev(e)).expect("observe")).collect();
    let loudest = warnings.iter().max_by_key(|w| w.level)?;
    loudest.evidence.iter().find(|l| l.contains("VoIP")).cloned()
}

#[test]
fn the_audio_mode_reported_again_is_the_same_call_still_on() {
    // A "digital arrest": the victim is kept on a video call all day. A bank app
    // sees the audio mode when the call starts (or when it first comes to the
    // front) and again each time it comes to the front.
    let account = |t: u64| {
        format!(
            r#"{{"t":{t},"type":"text_entered","package":"{BANK}","field":"account","text":"6222 0000 1111 2222"}}"#
        )
    };
    let day = 5 * 60 * MIN;
    let still_on = [voip_mode(0), voip_mode(day), account(day + MIN), amount(day + 2 * MIN, BANK, "80000")];
    assert!(top_of(&still_on) >= Some(Level::Danger), "{:?}", top_of(&still_on));
    let line = call_line(&still_on).expect("the call is in the evidence");
    assert!(line.contains("5 h ago") && line.contains("ongoing"), "{line}");
    // Its end was reported in between: the second report is a new call.
    let new_call = [
        voip_mode(0),
        r#"{"t":600000,"type":"call_ended"}"#.to_string(),
        voip_mode(day),
        account(day + MIN),
        amount(day + 2 * MIN, BANK, "80000"),
    ];
    let line = call_line(&new_call).expect("the call is in the evidence");
    assert!(!line.contains("h ago"), "{line}");
    // Reports keep a call alive past `calls.max_reported_voip_ms` (2 h) from its start.
    let heartbeat =
        [voip_mode(0), voip_mode(100 * MIN), voip_mode(200 * MIN), amount(210 * MIN, BANK, "80000")];
    let line = call_line(&heartbeat).expect("the call is in the evidence");
    assert!(line.contains("ongoing") && line.contains("3 h ago"), "{line}");
}

#[test]
fn a_collect_request_right_after_a_strangers_call_is_the_caller_asking_to_be_paid() {
    // The marketplace "buyer" rings, then sends a UPI collect request "so you can
    // receive": approving it pays him. A request after the user's own checkout
    // (a shop, a broker), an hour after the call, after a courier's one-minute call
    // or after the user rang a shop, is the day.
    const PAYTM: &str = "net.one97.paytm";
    let stranger = |t: u64| {
        format!(
            r#"{{"t":{t},"type":"call_started","direction":"incoming","peer":"unknown","number":"+91 63000 04410"}}"#
        )
    };
    let ended = |t: u64| format!(r#"{{"t":{t},"type":"call_ended"}}"#);
    let request = |t: u64| {
        format!(
            r#"{{"t":{t},"type":"payment_prompt","package":"{PAYTM}","kind":"collect_request","amount":"30000","currency":"INR"}}"#
        )
    };
    let after_call = [stranger(0), ended(3 * MIN), request(5 * MIN)];
    let during_call = [stranger(0), request(2 * MIN)];
    let hour_later = [stranger(0), ended(3 * MIN), request(70 * MIN)];
    let courier = [stranger(0), ended(MIN), request(2 * MIN)];
    let rang_shop = [
        r#"{"t":0,"type":"call_started","direction":"outgoing","peer":"unknown","number":"+91 80000 04410"}"#
            .to_string(),
        ended(4 * MIN),
        request(5 * MIN),
    ];
    let checkout = [
        r#"{"t":0,"type":"app_foreground","package":"com.zerodha.kite3"}"#.to_string(),
        amount(MIN, "com.zerodha.kite3", "30000"),
        request(2 * MIN),
    ];
    assert!(top_of(&after_call) >= Some(Level::Danger), "{:?}", top_of(&after_call));
    assert!(top_of(&during_call) >= Some(Level::Danger), "{:?}", top_of(&during_call));
    assert!(top_of(&hour_later) <= Some(Level::Caution), "{:?}", top_of(&hour_later));
    assert!(top_of(&checkout) <= Some(Level::Caution), "{:?}", top_of(&checkout));
    assert!(top_of(&courier) <= Some(Level::Caution), "{:?}", top_of(&courier));
    assert!(top_of(&rang_shop) <= Some(Level::Caution), "{:?}", top_of(&rang_shop));
}

/// What a bank app sees when the user rang a "helpline" they found by search and
/// is talked through paying: its own outgoing call nobody could check, a payee
/// typed by hand, a large sum. A question (danger), not a hold: it may be family
/// on the line. A short call, or a small sum, stays a caution at most.
#[test]
fn a_large_new_payee_typed_during_a_long_dialled_call_is_questioned() {
    let dialled =
        |t: u64| format!(r#"{{"t":{t},"type":"call_started","direction":"outgoing","peer":"unverified"}}"#);
    let payee = |t: u64| {
        format!(
            r#"{{"t":{t},"type":"text_entered","package":"{BANK}","field":"account","text":"6222 **** 0123"}}"#
        )
    };
    let long = [dialled(0), payee(12 * MIN), amount(13 * MIN, BANK, "60000")];
    assert_eq!(top_of(&long), Some(Level::Danger));
    let short = [dialled(0), payee(3 * MIN), amount(4 * MIN, BANK, "60000")];
    assert!(top_of(&short) <= Some(Level::Caution), "{:?}", top_of(&short));
    let small = [dialled(0), payee(12 * MIN), amount(13 * MIN, BANK, "300")];
    assert!(top_of(&small) <= Some(Level::Caution), "{:?}", top_of(&small));
}

/// A personal loan the user applied for, approved after the bank's short check
/// call and drawn in the bank's own app later, then a first payment to the
/// clinic it was for: the user's own borrowing. The same drawdown while a
/// stranger is on the line is the script's "raise the credit" step.
#[test]
fn a_loan_drawn_in_the_bank_app_after_a_short_call_is_the_users_own() {
    let stranger =
        |t: u64| format!(r#"{{"t":{t},"type":"call_started","direction":"incoming","peer":"unknown"}}"#);
    let ended = |t: u64| format!(r#"{{"t":{t},"type":"call_ended"}}"#);
    let drawdown = |t: u64| {
        format!(
            r#"{{"t":{t},"type":"payment_prompt","package":"{BANK}","kind":"drawdown","amount":"60000"}}"#
        )
    };
    let transfer = |t: u64| {
        format!(
            r#"{{"t":{t},"type":"transfer_started","package":"{BANK}","amount":"38000","payee_new":true}}"#
        )
    };
    let own = [
        stranger(0),
        ended(6 * MIN),
        drawdown(40 * MIN),
        amount(55 * MIN, BANK, "38000"),
        transfer(56 * MIN),
    ];
    assert!(top_of(&own) <= Some(Level::Caution), "{:?}", top_of(&own));
    let guided = [stranger(0), drawdown(20 * MIN), amount(25 * MIN, BANK, "38000"), transfer(26 * MIN)];
    assert!(top_of(&guided) >= Some(Level::Danger), "{:?}", top_of(&guided));
    // Forty minutes with the stranger, then the line "drops" and the caller rings
    // again for a minute: the long call is still the one on record, and the draw
    // after it is the script's.
    let redialled = [
        stranger(0),
        ended(40 * MIN),
        stranger(42 * MIN),
        ended(43 * MIN),
        drawdown(50 * MIN),
        amount(55 * MIN, BANK, "38000"),
        transfer(56 * MIN),
    ];
    assert!(top_of(&redialled) >= Some(Level::Danger), "{:?}", top_of(&redialled));
    // What a bank app sees of it, calls it could not check: the minute-long
    // redial leaves the draw as guided, and the payment as loud, as the long call
    // alone (`DeviceState::long_last_call`).
    let unchecked = |redial: bool| {
        let mut v = vec![unverified_call(0), ended(40 * MIN)];
        if redial {
            v.extend([unverified_call(42 * MIN), ended(43 * MIN)]);
        }
        v.extend([drawdown(50 * MIN), amount(55 * MIN, BANK, "38000"), transfer(56 * MIN)]);
        top_of(&v)
    };
    assert!(unchecked(false) >= Some(Level::Danger), "{:?}", unchecked(false));
    assert_eq!(unchecked(true), unchecked(false));
    // Half an hour on the phone with her mother before drawing it is no guided
    // session: a saved contact's call is not a stranger's script.
    let mother = [
        r#"{"t":0,"type":"call_started","direction":"outgoing","peer":"contact"}"#.to_string(),
        ended(30 * MIN),
        drawdown(40 * MIN),
        amount(55 * MIN, BANK, "38000"),
        transfer(56 * MIN),
    ];
    assert!(top_of(&mother) <= Some(Level::Caution), "{:?}", top_of(&mother));
}

/// What a UPI app alone sees of India's marketplace "buyer": a call it cannot
/// check, and during it a collect request the user approves ("enter your PIN to
/// receive the money"). Person-to-person collect requests are gone (NPCI, October
/// 2025), so one approved mid-call is the caller asking, whoever the caller is.
#[test]
fn a_collect_request_approved_while_an_unchecked_caller_is_on_the_line_is_the_caller_asking() {
    const GPAY: &str = "com.google.android.apps.nbu.paisa.user";
    let request = |t: u64| {
        format!(
            r#"{{"t":{t},"type":"payment_prompt","package":"{GPAY}","kind":"collect_request","amount":"2500","currency":"INR"}}"#
        )
    };
    let mut during = vec![unverified_call(0), request(4 * MIN)];
    let engine = || {
        let mut e = Engine::new();
        e.set_regions(&[scamguard::region::Region::In]).expect("region");
        e
    };
    assert!(top(&mut engine(), &during) >= Some(Level::Danger), "{:?}", top(&mut engine(), &during));
    // The same request with nobody on the line: a shop's or a biller's.
    assert!(top(&mut engine(), &[request(0)]) <= Some(Level::Caution));
    // The same request half an hour after the call ended.
    during.insert(1, format!(r#"{{"t":{},"type":"call_ended"}}"#, 3 * MIN));
    during[2] = request(33 * MIN);
    assert!(top(&mut engine(), &during) <= Some(Level::Caution), "{:?}", top(&mut engine(), &during));
}

/// A transfer abroad is typed in the recipient's currency, which the app's own
/// screen names ("Currency PLN"): 1,200 zloty to a brother's new account during a
/// family video call is about £237, not £1,200, and the large-sum ties stay off.
/// With no currency on screen the same figure is read in the app's home currency.
#[test]
fn an_amount_is_read_in_the_currency_the_app_screen_names() {
    const REVOLUT: &str = "com.revolut.revolut";
    let typed = |t: u64, field: &str, text: &str| {
        format!(
            r#"{{"t":{t},"type":"text_entered","package":"{REVOLUT}","field":"{field}","text":"{text}"}}"#
        )
    };
    let screen = |t: u64, text: &str| {
        format!(r#"{{"t":{t},"type":"screen_text","package":"{REVOLUT}","text":"{text}"}}"#)
    };
    let run = |with_screen: bool| {
        let mut events = vec![voip_mode(0), voip_mode(17 * MIN)];
        if with_screen {
            events.push(screen(17 * MIN, "Transfer. New recipient. Bank transfer to Poland. Currency PLN"));
        }
        events.push(typed(18 * MIN, "account", "PL27 1020 4900 0000 8102 3345 6611"));
        events.push(typed(19 * MIN, "amount", "1200"));
        let mut engine = Engine::new();
        engine.set_regions_wire(&["uk".to_string()]).expect("region");
        top(&mut engine, &events)
    };
    assert!(run(true) <= Some(Level::Caution), "{:?}", run(true));
    assert!(run(false) >= Some(Level::Danger), "{:?}", run(false));
}

/// A phishing text's link opened hours later: the code typed into the page it
/// leads to is the lure's, and the lure weighs as when it came, not as faded by
/// the night it waited ("your reward points expire today", opened next morning).
#[test]
fn a_code_typed_into_the_page_of_a_text_opened_next_morning_is_danger() {
    let hours = 60 * MIN;
    let events = [
        r#"{"t":0,"type":"sms_received","sender":"+91 70000 03318","sender_kind":"unknown","text":"Dear Customer, your SBI Reward Points worth Rs.5,899 are expiring today. Redeem now: https://sbi-rewardz.in/redeem"}"#.to_string(),
        format!(r#"{{"t":{},"type":"app_foreground","package":"com.google.android.apps.messaging"}}"#, 14 * hours),
        format!(r#"{{"t":{},"type":"app_foreground","package":"com.android.chrome"}}"#, 14 * hours + 30_000),
        format!(r#"{{"t":{},"type":"text_entered","package":"com.android.chrome","field":"code","text":"482915"}}"#, 14 * hours + 90_000),
    ];
    let mut engine = Engine::new();
    engine.set_regions_wire(&["in".to_string()]).expect("region");
    assert!(top(&mut engine, &events) >= Some(Level::Danger));
    // The same text never opened, then a code typed into a shop's page: no danger.
    let unopened = [
        events[0].clone(),
        events[2].clone().replace("com.android.chrome", "com.amazon.mShop.android.shopping"),
        events[3].clone().replace("com.android.chrome", "com.amazon.mShop.android.shopping"),
    ];
    assert!(top_of(&unopened) <= Some(Level::Caution), "{:?}", top_of(&unopened));
}

/// A first payment to a company the bank confirms by its registered name (PayNow's
/// "Registered name: … PTE. LTD.", a name check matching "… PTY LTD") after the
/// agency's calls are over is the agency's invoice: a question at most. Without the
/// bank's confirmation, or with the caller still on the line, it stays tied (a sum
/// a script collects: since session 31 a call's length ties only a large one).
#[test]
fn a_company_the_bank_confirms_by_its_register_is_not_tied_by_a_call_that_is_over() {
    let lines = |registered: bool, hung_up: bool| {
        let mut v = vec![
            r#"{"t":0,"type":"call_started","direction":"incoming","peer":"unknown"}"#.to_string(),
            r#"{"t":360000,"type":"call_ended"}"#.to_string(),
            r#"{"t":480000,"type":"notification","package":"com.whatsapp","title":"+65 9123 4567","text":"Hi Mdm Lim, as discussed attached 3 biodata of helpers with infant care experience. Interview can arrange tonight 8pm by WhatsApp video"}"#.to_string(),
            r#"{"t":34500000,"type":"call_started","direction":"incoming","peer":"unknown","channel":"voip","app":"com.whatsapp"}"#.to_string(),
        ];
        if hung_up {
            v.push(r#"{"t":36600000,"type":"call_ended"}"#.to_string());
        }
        v.push(r#"{"t":38340000,"type":"notification","package":"com.whatsapp","title":"+65 9123 4567","text":"Thank you for selecting Siti. To proceed with work permit application, deposit $1,500 via PayNow to our UEN 201812345K."}"#.to_string());
        v.push(r#"{"t":38730000,"type":"text_entered","package":"com.ocbc.mobile","field":"account","text":"201812345K"}"#.to_string());
        if registered {
            v.push(r#"{"t":38750000,"type":"screen_text","package":"com.ocbc.mobile","text":"PayNow to UEN 201812345K. Registered name: STARLIGHT MAID AGENCY PTE. LTD."}"#.to_string());
        }
        v.push(r#"{"t":38780000,"type":"text_entered","package":"com.ocbc.mobile","field":"amount","text":"1500"}"#.to_string());
        let mut engine = Engine::new();
        engine.set_regions_wire(&["sg".to_string()]).expect("region");
        top(&mut engine, &v)
    };
    assert!(lines(true, true) <= Some(Level::Caution), "{:?}", lines(true, true));
    assert!(lines(false, true) >= Some(Level::Danger), "{:?}", lines(false, true));
    assert!(lines(true, false) >= Some(Level::Danger), "{:?}", lines(true, false));
}

/// Australia's PayID lookup shows the registered name of the account holder ("PayID
/// name: … PTY LTD"): the same confirmation as a name check's match.
#[test]
fn a_payid_name_of_a_registered_company_is_the_banks_confirmation() {
    let lines = |confirmed: bool| {
        let mut v = vec![
            r#"{"t":0,"type":"call_started","direction":"incoming","peer":"unknown"}"#.to_string(),
            r#"{"t":360000,"type":"call_ended"}"#.to_string(),
            r#"{"t":34500000,"type":"call_started","direction":"incoming","peer":"unknown","channel":"voip","app":"com.whatsapp"}"#.to_string(),
            r#"{"t":36600000,"type":"call_ended"}"#.to_string(),
            r#"{"t":38340000,"type":"notification","package":"com.whatsapp","title":"+61 491 570 110","text":"Thanks for choosing us. To lock in the removal date, deposit $1,500 to our PayID accounts@metromovers.com.au"}"#.to_string(),
            r#"{"t":38730000,"type":"text_entered","package":"au.com.ingdirect.android","field":"account","text":"accounts@metromovers.com.au"}"#.to_string(),
        ];
        if confirmed {
            v.push(r#"{"t":38750000,"type":"screen_text","package":"au.com.ingdirect.android","text":"PayID name: METRO MOVERS PTY LTD. Check this is who you want to pay"}"#.to_string());
        }
        v.push(r#"{"t":38780000,"type":"text_entered","package":"au.com.ingdirect.android","field":"amount","text":"1500"}"#.to_string());
        let mut engine = Engine::new();
        engine.set_regions_wire(&["au".to_string()]).expect("region");
        top(&mut engine, &v)
    };
    assert!(lines(true) <= Some(Level::Caution), "{:?}", lines(true));
    assert!(lines(false) >= Some(Level::Danger), "{:?}", lines(false));
}
