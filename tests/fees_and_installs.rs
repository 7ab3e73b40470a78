//! Two no-call scripts and their ordinary twins (docs/model.md): an app from
//! outside any store installed minutes before a payment (the task, loan or
//! "trading" app a link just delivered, then its top-up), and a deposit asked
//! for before the flat, the pet or the tickets have been seen.

use scamguard::view::bank_view;
use scamguard::{Engine, Event, Level, Warning};

const MIN: u64 = 60_000;
const WECHAT: &str = "com.tencent.mm";
const DBS: &str = "com.dbs.sg.dbsmbanking";

fn run(lines: &[String], bank: Option<&str>) -> Vec<Warning> {
    let events: Vec<Event> = lines.iter().map(|l| Event::from_json(l).expect("event")).collect();
    let events = match bank {
        Some(b) => bank_view(&events, Some(b)),
        None => events,
    };
    let mut engine = Engine::new();
    events.iter().flat_map(|e| engine.observe(e).expect("observe")).collect()
}

fn top(warnings: &[Warning]) -> Option<Level> {
    warnings.iter().map(|w| w.level).max()
}

fn installed(t: u64, installer: &str) -> String {
    format!(
        r#"{{"t":{t},"type":"app_installed","package":"com.hjsy.renwu","installer":"{installer}","label":"惠聚商城"}}"#
    )
}

fn qr(t: u64, amount: &str) -> String {
    format!(
        r#"{{"t":{t},"type":"payment_prompt","package":"{WECHAT}","kind":"qr_scan","amount":"{amount}"}}"#
    )
}

#[test]
fn a_payment_minutes_after_a_sideload_is_danger_even_in_the_bank_view() {
    let fresh = [installed(0, WECHAT), qr(6 * MIN, "500")];
    for bank in [None, Some(WECHAT)] {
        let w = run(&fresh, bank);
        assert!(top(&w) >= Some(Level::Danger), "{bank:?}: {w:?}");
        assert_eq!(w.last().map(|w| w.rule.as_str()), Some("money-after-sideload"));
    }
    // The same install three hours before the payment (a company's attendance app,
    // then lunch paid by QR) is a caution at most: the tie fades with the install.
    let old = [installed(0, WECHAT), qr(180 * MIN, "45")];
    assert!(top(&run(&old, Some(WECHAT))) <= Some(Level::Caution), "{:?}", run(&old, Some(WECHAT)));
    // From a store it is nothing at all.
    let store = [installed(0, "com.android.vending"), qr(6 * MIN, "500")];
    assert!(top(&run(&store, Some(WECHAT))) <= Some(Level::Caution));
}

fn chat(t: u64, text: &str) -> String {
    format!(r#"{{"t":{t},"type":"notification","package":"com.whatsapp","title":"Jason","text":"{text}"}}"#)
}

fn pay(t: u64) -> [String; 3] {
    [
        format!(
            r#"{{"t":{t},"type":"text_entered","package":"{DBS}","field":"account","text":"+65 8000 0000"}}"#
        ),
        format!(
            r#"{{"t":{},"type":"text_entered","package":"{DBS}","field":"amount","text":"300"}}"#,
            t + MIN
        ),
        format!(
            r#"{{"t":{},"type":"transfer_started","package":"{DBS}","amount":"300","currency":"SGD","payee_new":true}}"#,
            t + 2 * MIN
        ),
    ]
}

#[test]
fn a_deposit_before_the_viewing_is_the_rental_scams_ask() {
    let mut scam = vec![chat(0, "Many people want to view. I'm overseas now, pay $300 refundable viewing deposit to secure a slot and I will courier you the keys")];
    scam.extend(pay(20 * MIN));
    let w = run(&scam, None);
    let danger = w.iter().find(|w| w.level >= Level::Danger).expect("danger before the transfer");
    assert_eq!(danger.rule, "money-before-you-see-it");
    assert!(danger.t <= 21 * MIN, "{danger:?}");
    // The ordinary twin: a seller who meets the buyer and is paid at the door.
    let mut day = vec![chat(0, "Yes still available, come by at 7 and you can pay when you pick it up")];
    day.extend(pay(20 * MIN));
    assert!(top(&run(&day, None)) <= Some(Level::Caution), "{:?}", run(&day, None));
}

/// A new tutor rings from a number not in the contacts, then sends the fee on
/// WhatsApp from that number, and is paid: a stranger's short call that is over
/// and someone new in the chats, with nothing said that a scam says, is a caution
/// at most. The same day with a scam's ask in the chat is danger.
#[test]
fn a_new_tutor_who_rang_then_texted_is_not_a_scam_by_itself() {
    let day = |text: &str| {
        let mut v = vec![
            r#"{"t":0,"type":"call_started","direction":"incoming","peer":"unknown","number":"+65 8123 0000"}"#.to_string(),
            format!(r#"{{"t":{},"type":"call_ended"}}"#, 6 * MIN),
            format!(
                r#"{{"t":{},"type":"notification","package":"com.whatsapp","title":"+65 8123 0000","text":"{text}"}}"#,
                8 * MIN
            ),
        ];
        v.extend(pay(15 * MIN));
        v
    };
    let tutor =
        day("Hi, this is Ms Ho the piano teacher. PayNow to this number please, 3 lessons $320, thanks!");
    assert!(top(&run(&tutor, None)) <= Some(Level::Caution), "{:?}", run(&tutor, None));
    let scam =
        day("Hi, this is Ms Ho. I'm overseas now, pay the refundable deposit first to secure the slot");
    assert!(top(&run(&scam, None)) >= Some(Level::Danger), "{:?}", run(&scam, None));
}

const NATWEST: &str = "com.rbs.mobile.android.natwest";

/// What a bank app sees of a family member guiding a payment on a video call
/// (the call and the share of its own window, nothing else), then the payment.
fn guided(amount: &str, payee_line: &str) -> Vec<String> {
    vec![
        r#"{"t":0,"type":"call_started","direction":"incoming","peer":"contact","channel":"voip","app":"com.whatsapp"}"#.to_string(),
        format!(r#"{{"t":{},"type":"screen_share_started","package":"com.whatsapp"}}"#, 4 * MIN),
        format!(r#"{{"t":{},"type":"app_foreground","package":"{NATWEST}"}}"#, 5 * MIN),
        format!(r#"{{"t":{},"type":"text_entered","package":"{NATWEST}","field":"account","text":"60-xx-xx 1234xxxx"}}"#, 8 * MIN),
        format!(r#"{{"t":{},"type":"screen_text","package":"{NATWEST}","text":"{payee_line}"}}"#, 8 * MIN + 20_000),
        format!(r#"{{"t":{},"type":"text_entered","package":"{NATWEST}","field":"amount","text":"{amount}"}}"#, 9 * MIN),
    ]
}

#[test]
fn in_the_bank_view_a_guided_small_bill_or_a_council_is_not_a_safe_account() {
    let bank = Some(NATWEST);
    // A grandson teaching grandma to pay a £96 bill: a caution at most.
    let small = guided("96.50", "Confirmation of Payee: name matches J SMITH");
    assert!(top(&run(&small, bank)) <= Some(Level::Caution), "{:?}", run(&small, bank));
    // 8,000 (large in any currency) to an individual while guided on a call the bank cannot check is
    // what a "safe account" transfer looks like from inside the bank app.
    let large = guided("8000", "Confirmation of Payee: name matches J SMITH");
    assert!(top(&run(&large, bank)) >= Some(Level::Danger), "{:?}", run(&large, bank));
    // The same 8,000 to a council the bank's name check confirms is a bill.
    let council = guided("8000", "Confirmation of Payee: Name matches – SHEFFIELD CITY COUNCIL");
    assert!(top(&run(&council, bank)) <= Some(Level::Caution), "{:?}", run(&council, bank));
    // A warning that names HMRC confirms no payee.
    let warned = guided("8000", "Could this be a scam? HMRC will never ask you to pay by bank transfer");
    assert!(top(&run(&warned, bank)) >= Some(Level::Danger), "{:?}", run(&warned, bank));
}

#[test]
fn a_qr_code_scanned_soon_after_a_fee_was_named_pays_that_fee() {
    // The fake head teacher posts "资料费495元, scan the code below" and her QR
    // code; the parent scans it half an hour later, before any amount shows. The
    // same scan with no such text, or a day later, is an ordinary QR payment.
    let notice = |t: u64| {
        format!(
            r#"{{"t":{t},"type":"notification","package":"com.tencent.mobileqq","title":"新高一(3)班家长群","text":"班主任-王老师：@全体成员 麻烦各位家长交一下资料费490元、复印费5元，合并495元整，扫下方二维码支付，备注学生姓名"}}"#
        )
    };
    let scan = |t: u64| {
        format!(
            r#"{{"t":{t},"type":"payment_prompt","package":"com.eg.android.AlipayGphone","kind":"qr_scan"}}"#
        )
    };
    let soon = [notice(0), scan(35 * MIN)];
    let alone = [scan(35 * MIN)];
    let next_day = [notice(0), scan(26 * 60 * MIN)];
    assert!(top(&run(&soon, None)) >= Some(Level::Danger), "{:?}", top(&run(&soon, None)));
    assert_eq!(top(&run(&alone, None)), None);
    assert!(top(&run(&next_day, None)) <= Some(Level::Caution), "{:?}", top(&run(&next_day, None)));
}

const ICBC: &str = "com.icbc";
const WEMEET: &str = "com.tencent.wemeet.app";

/// A call, a meeting app installed during it (`Some(minute)`) or a month
/// before (`None`), then, the call long over, the bank app opened while a
/// screen share runs and a large sum sent to a new payee.
fn meeting_then_shared_bank(installed_at: Option<u64>, caller: &str) -> Vec<String> {
    let install = |t: u64| {
        format!(
            r#"{{"t":{t},"type":"app_installed","package":"{WEMEET}","installer":"com.huawei.appmarket","label":"腾讯会议"}}"#
        )
    };
    let mut lines = Vec::new();
    if installed_at.is_none() {
        lines.push(install(0));
    }
    lines.push(format!(
        r#"{{"t":{},"type":"call_started","direction":"incoming","peer":"{caller}","channel":"cellular","number":"+86 171 2036 8841"}}"#,
        1000 * MIN
    ));
    if let Some(m) = installed_at {
        lines.push(install(m * MIN));
    }
    lines.extend([
        format!(r#"{{"t":{},"type":"call_ended"}}"#, 1007 * MIN),
        format!(r#"{{"t":{},"type":"app_foreground","package":"{WEMEET}"}}"#, 1008 * MIN),
        format!(r#"{{"t":{},"type":"screen_share_started","package":"{WEMEET}"}}"#, 1009 * MIN),
        format!(r#"{{"t":{},"type":"app_foreground","package":"{ICBC}"}}"#, 1058 * MIN),
        format!(
            r#"{{"t":{},"type":"text_entered","package":"{ICBC}","field":"amount","text":"20600"}}"#,
            1060 * MIN
        ),
        format!(
            r#"{{"t":{},"type":"transfer_started","package":"{ICBC}","amount":"20600","currency":"CNY","payee_new":true}}"#,
            1061 * MIN
        ),
    ]);
    lines
}

#[test]
fn a_meeting_app_installed_during_a_call_anchors_a_shared_bank_session_in_the_bank_view() {
    // The bank sees a call it cannot check, a store install, then its own screen
    // shared by some app while 20,600 goes to a new payee: the "refund agent's"
    // meeting, as a bank app sees it.
    let w = run(&meeting_then_shared_bank(Some(1003), "unknown"), Some(ICBC));
    assert!(top(&w) >= Some(Level::Danger), "{w:?}");
    // The same meeting app installed a month ago (a work tool, the meeting a
    // colleague's): the bank's question, not its alarm.
    let w = run(&meeting_then_shared_bank(None, "unknown"), Some(ICBC));
    assert!(top(&w) <= Some(Level::Caution), "{w:?}");
    // Installed while a saved contact was on the line (family setting it up):
    // the contact is trusted and the install anchors nothing.
    let w = run(&meeting_then_shared_bank(Some(1003), "contact"), None);
    assert!(top(&w) <= Some(Level::Caution), "{w:?}");
}

fn typed(t: u64, field: &str, text: &str) -> String {
    format!(r#"{{"t":{t},"type":"text_entered","package":"com.icbc","field":"{field}","text":"{text}"}}"#)
}

/// The first money step is a stage of its own: the amount typed for a new payee
/// a day after an app came from outside any store is warned as loudly as the
/// confirmation that follows it, so the bank app can stop it before the
/// confirm button (the task app's "combined order" top-up, paid from the bank).
#[test]
fn the_amount_typed_for_a_new_payee_after_a_sideload_is_already_danger() {
    let day = 24 * 60 * MIN;
    let scam = [
        installed(0, "com.UCMobile"),
        format!(r#"{{"t":{},"type":"app_foreground","package":"com.icbc"}}"#, day),
        typed(day + MIN, "account", "6222 1429 2175 3883"),
        typed(day + 2 * MIN, "amount", "¥47,982.03"),
    ];
    for bank in [None, Some("com.icbc")] {
        let w = run(&scam, bank);
        assert!(top(&w) >= Some(Level::Danger), "{bank:?}: {w:?}");
    }
    // A store install, or a small sum (a first ¥68 to someone new): not danger.
    let store = [installed(0, "com.android.vending"), scam[1].clone(), scam[2].clone(), scam[3].clone()];
    assert!(top(&run(&store, Some("com.icbc"))) <= Some(Level::Caution));
    let small = [scam[0].clone(), scam[1].clone(), scam[2].clone(), typed(day + 2 * MIN, "amount", "¥68")];
    assert!(
        top(&run(&small, Some("com.icbc"))) <= Some(Level::Caution),
        "{:?}",
        run(&small, Some("com.icbc"))
    );
}
