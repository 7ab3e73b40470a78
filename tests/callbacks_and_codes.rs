//! Callback scripts and one-time codes read out on the phone, and the ordinary
//! days that look like them (docs/model.md, "Codes and callbacks").

use scamguard::region::Region;
use scamguard::{Engine, Event, Level};

fn ev(json: &str) -> Event {
    Event::from_json(json).expect("event")
}

const MIN: u64 = 60_000;
const BANK: &str = "com.chinamworld.main";

/// Every warning's (pattern, level) over `events`, for a phone set to `region`.
fn run(region: &str, events: &[String]) -> Vec<(String, Level)> {
    let mut engine = Engine::new();
    engine.set_regions(&[Region::from_wire(region).expect("region")]).expect("regions");
    events
        .iter()
        .flat_map(|e| engine.observe(&ev(e)).expect("observe"))
        .map(|w| (w.rule.clone(), w.level))
        .collect()
}

fn top(region: &str, events: &[String]) -> Option<Level> {
    run(region, events).into_iter().map(|(_, l)| l).max()
}

fn sms(t: u64, kind: &str, text: &str) -> String {
    format!(r#"{{"t":{t},"type":"sms_received","sender_kind":"{kind}","text":"{text}"}}"#)
}

fn call(t: u64, direction: &str, peer: &str, number: &str) -> String {
    format!(
        r#"{{"t":{t},"type":"call_started","direction":"{direction}","peer":"{peer}","number":"{number}"}}"#
    )
}

fn ended(t: u64) -> String {
    format!(r#"{{"t":{t},"type":"call_ended"}}"#)
}

fn amount(t: u64, text: &str) -> String {
    format!(r#"{{"t":{t},"type":"text_entered","package":"{BANK}","field":"amount","text":"{text}"}}"#)
}

fn account(t: u64) -> String {
    format!(
        r#"{{"t":{t},"type":"text_entered","package":"{BANK}","field":"account","text":"6222 0000 1111 2222"}}"#
    )
}

const OTP: &str = "Your one-time passcode is 81 44 20 to add a new payee. Never share it.";

#[test]
fn a_code_arriving_during_a_strangers_call_is_danger_before_any_money() {
    let events = [call(0, "incoming", "unknown", "+44 7700 900123"), sms(3 * MIN, "service", OTP)];
    let warnings = run("uk", &events);
    assert!(
        warnings.iter().any(|(p, l)| p == "code-during-stranger-call" && *l >= Level::Danger),
        "{warnings:?}"
    );
}

#[test]
fn a_code_with_no_stranger_on_the_line_or_a_code_meant_to_be_shared_is_quiet() {
    // The owner logging in, a courier's delivery code during the courier's call,
    // a code while talking to family: none is someone taking over the account.
    let alone = [sms(0, "service", OTP)];
    let courier = [
        call(0, "incoming", "unknown", "+44 7700 900555"),
        sms(MIN, "service", "Your OTP for delivery is 4821. Share it with the delivery partner only"),
    ];
    let family = [call(0, "incoming", "contact", "+44 7700 900777"), sms(MIN, "service", OTP)];
    for (name, events) in [("alone", &alone[..]), ("courier", &courier[..]), ("family", &family[..])] {
        assert!(top("uk", events) < Some(Level::Danger), "{name}: {:?}", run("uk", events));
    }
}

#[test]
fn a_code_its_sender_says_to_give_to_the_agent_serving_you_is_the_agents() {
    // A car-insurance renewal: the insurer's own identity check, which its SMS says to
    // read to the salesperson, arrives while that salesperson (an unsaved mobile) is on
    // the line. A bank's code in the same moment is still the caller's target.
    let insurer = "【中国人保】验证码：583016。您正在办理车险投保业务，该验证码用于投保人身份及手机号码真实性验证，请确认系本人投保后提供给为您服务的销售人员。";
    let bank = "【招商银行】您正在进行转账操作，验证码123456，请勿泄露给他人";
    let with =
        |text: &str| [call(0, "incoming", "unknown", "+86 139 0000 1234"), sms(2 * MIN, "service", text)];
    assert!(top("cn", &with(insurer)) < Some(Level::Danger), "{:?}", run("cn", &with(insurer)));
    assert!(top("cn", &with(bank)) >= Some(Level::Danger), "{:?}", run("cn", &with(bank)));
}

#[test]
fn dialling_the_number_a_text_gave_makes_the_callee_a_stranger() {
    // "If this wasn't you call our fraud team on ...": the victim dials, so there is
    // no unknown incoming call; the codes that follow are read to the scammer.
    let text = "NAB: A payment of $1,249.00 has been paused. If this wasn't you call our fraud team on 02 8000 1122.";
    let dialled = [
        sms(0, "service", text),
        call(MIN, "outgoing", "unknown", "02 8000 1122"),
        sms(
            4 * MIN,
            "service",
            "NAB: Your verification code is 662 901. NAB will never call you to ask for this code.",
        ),
    ];
    assert!(top("au", &dialled) >= Some(Level::Danger), "{:?}", run("au", &dialled));
    // The same code while on a call the user placed to some other number (a shop)
    // is their own business.
    let other = [
        sms(0, "service", text),
        call(MIN, "outgoing", "unknown", "02 9999 0000"),
        sms(
            4 * MIN,
            "service",
            "NAB: Your verification code is 662 901. NAB will never call you to ask for this code.",
        ),
    ];
    assert!(top("au", &other) < Some(Level::Danger), "{:?}", run("au", &other));
    // A number a saved contact texted (the plumber's mate) is theirs to give.
    let from_contact = [
        sms(0, "contact", "call Dave on 02 8000 1122 about the boiler"),
        call(MIN, "outgoing", "unknown", "02 8000 1122"),
        sms(4 * MIN, "service", "NAB: Your verification code is 662 901."),
    ];
    assert!(top("au", &from_contact) < Some(Level::Danger), "{:?}", run("au", &from_contact));
}

#[test]
fn an_unverified_service_call_only_claims_to_be_the_bank() {
    // Caller ID shows the bank's official number, the platform checked nothing:
    // paying a new payee during it is the spoofed-bank "safe account".
    let call_from = |verification: &str| {
        format!(
            r#"{{"t":0,"type":"call_started","direction":"incoming","peer":"service","number":"13 22 65","verification":"{verification}"}}"#
        )
    };
    let events = |v: &str| [call_from(v), account(6 * MIN), amount(7 * MIN, "17436")];
    assert!(top("au", &events("none")) >= Some(Level::Danger), "{:?}", run("au", &events("none")));
    // Verified, it is the bank's own call-back.
    assert!(top("au", &events("passed")) < Some(Level::Danger), "{:?}", run("au", &events("passed")));
    // The user dialling the official number is the real bank too.
    let dialled = [call(0, "outgoing", "unknown", "13 22 65"), account(6 * MIN), amount(7 * MIN, "17436")];
    assert!(top("au", &dialled) < Some(Level::Danger), "{:?}", run("au", &dialled));
}

#[test]
fn money_after_nothing_but_short_finished_calls_is_a_caution_at_most() {
    // The solicitor rings about completion, the buyer rings the firm back, then
    // pays the client account (a new payee, a large sum).
    let events = [
        call(0, "incoming", "unknown", "+44 1632 960111"),
        ended(5 * MIN),
        call(15 * MIN, "outgoing", "unknown", "+44 1632 960001"),
        ended(21 * MIN),
        account(25 * MIN),
        amount(26 * MIN, "45000"),
    ];
    assert_eq!(top("uk", &events), Some(Level::Caution), "{:?}", run("uk", &events));
    // The same payment while the caller is still on the line is the scam.
    let live =
        [call(0, "incoming", "unknown", "+44 1632 960111"), account(4 * MIN), amount(5 * MIN, "45000")];
    assert!(top("uk", &live) >= Some(Level::Danger), "{:?}", run("uk", &live));
}

#[test]
fn a_large_payment_to_a_new_payee_after_a_bosss_request_is_danger() {
    let boss = r#"{"t":0,"type":"notification","package":"com.tencent.mm","title":"陈总","text":"有笔85万的交易今天要付，收款方信息发你，尽快安排"}"#;
    let large = [boss.to_string(), account(30 * MIN), amount(31 * MIN, "850000")];
    assert!(top("cn", &large) >= Some(Level::Danger), "{:?}", run("cn", &large));
    // The same request, paid to a payee already saved, stays below danger.
    let saved = [boss.to_string(), amount(31 * MIN, "850000")];
    assert!(top("cn", &saved) < Some(Level::Danger), "{:?}", run("cn", &saved));
}

#[test]
fn installing_a_remote_tool_for_the_it_desk_is_not_yet_a_scam() {
    // A work chat asks to install TeamViewer QuickSupport, the desk calls on Teams
    // and shares the screen. Control talk and control, but nothing about money.
    let events = [
        r#"{"t":0,"type":"notification","package":"com.microsoft.teams","title":"Service Desk","text":"To enrol your phone we'll connect remotely. Install TeamViewer QuickSupport and share the ID"}"#.to_string(),
        r#"{"t":120000,"type":"app_installed","package":"com.teamviewer.quicksupport.market","installer":"com.android.vending"}"#.to_string(),
        r#"{"t":180000,"type":"call_started","direction":"incoming","peer":"unknown","channel":"voip","app":"com.microsoft.teams"}"#.to_string(),
        r#"{"t":240000,"type":"accessibility_enabled","package":"com.teamviewer.quicksupport.market","tool":false,"from_store":true}"#.to_string(),
        r#"{"t":270000,"type":"screen_share_started","package":"com.teamviewer.quicksupport.market"}"#.to_string(),
    ];
    assert!(top("au", &events) < Some(Level::Danger), "{:?}", run("au", &events));
    // With the bank app opened while the helper controls the phone, it is one.
    let mut bank = events.to_vec();
    bank.push(r#"{"t":400000,"type":"app_foreground","package":"org.westpac.bank"}"#.to_string());
    assert!(top("au", &bank) >= Some(Level::Danger), "{:?}", run("au", &bank));
}

#[test]
fn paying_into_a_task_script_is_danger_even_when_small() {
    // The first 100-yuan "order" of a task scam: a job text, then the commission
    // pitch in QQ, then the QR code.
    let job = r#"{"t":0,"type":"sms_received","sender_kind":"unknown","text":"您好，本店邀请您来兼职刷单，有手机便可，日结150-300，佣金当天返，咨询QQ:28012804"}"#;
    let pitch = r#"{"t":0,"type":"notification","package":"com.tencent.mobileqq","title":"客服-小琪","text":"截图收到，扫这个码付款，付完马上返本金+6%佣金"}"#;
    let qr = r#"{"t":300000,"type":"payment_prompt","package":"com.eg.android.AlipayGphone","kind":"qr_scan","amount":"100.00"}"#;
    let task = [job.to_string(), pitch.to_string(), qr.to_string()];
    assert!(top("cn", &task) >= Some(Level::Danger), "{:?}", run("cn", &task));
    // The same QR payment after an ordinary chat is a shop.
    let chat = r#"{"t":0,"type":"notification","package":"com.tencent.mobileqq","title":"小琪","text":"晚上一起吃饭吗"}"#;
    let plain = [chat.to_string(), qr.to_string()];
    assert!(top("cn", &plain) < Some(Level::Danger), "{:?}", run("cn", &plain));
}

/// "This is my new number, pay the supplier now": a boss's request to pay from a
/// number saved in the last day is danger on the message itself, minutes before the
/// bank app opens. The same request with no number saved lately, or one saved two
/// days before, is a caution until the money moves.
#[test]
fn a_request_to_pay_from_a_number_saved_today_is_danger_before_the_money() {
    let boss = |t: u64| {
        format!(
            r#"{{"t":{t},"type":"notification","package":"com.tencent.mobileqq","text":"小王，财务那边走不了，你先把钱转到这个账户，回头报销"}}"#
        )
    };
    let saved = |t: u64| format!(r#"{{"t":{t},"type":"contact_added","number":"+86 170 0000 5099"}}"#);
    let fresh = [saved(0), boss(40 * MIN)];
    assert_eq!(top("cn", &fresh), Some(Level::Danger), "{:?}", run("cn", &fresh));
    let none = [boss(40 * MIN)];
    assert!(top("cn", &none) <= Some(Level::Caution), "{:?}", run("cn", &none));
    let old = [saved(0), boss(48 * 60 * MIN)];
    assert!(top("cn", &old) <= Some(Level::Caution), "{:?}", run("cn", &old));
}

/// "Transfer your balance to the protected account we set up for you", read while a
/// call from the bank's own (spoofed) number is on: danger on the message, before the
/// bank app opens. The same words with no call on stay a caution until money moves.
#[test]
fn a_safe_account_message_during_any_call_is_danger() {
    let call = r#"{"t":0,"type":"call_started","channel":"cellular","direction":"incoming","number":"+61 491 570 935","peer":"service"}"#;
    let text = |t: u64| {
        format!(
            r#"{{"t":{t},"type":"notification","package":"com.whatsapp","text":"Transfer your balance to the protected account we set up for you"}}"#
        )
    };
    let during = [call.to_string(), text(4 * MIN)];
    assert_eq!(top("au", &during), Some(Level::Danger), "{:?}", run("au", &during));
    let alone = [text(4 * MIN)];
    assert!(top("au", &alone) <= Some(Level::Caution), "{:?}", run("au", &alone));
}

const CHROME: &str = "com.android.chrome";

fn page(t: u64, text: &str) -> String {
    format!(r#"{{"t":{t},"type":"screen_text","package":"{CHROME}","text":"{text}"}}"#)
}

fn typed(t: u64, field: &str, text: &str) -> String {
    format!(r#"{{"t":{t},"type":"text_entered","package":"{CHROME}","field":"{field}","text":"{text}"}}"#)
}

/// A bill's page, its card form, the bank's code SMS naming `code_sum`, the code typed.
fn card_page_then_code(bill: &str, code_sum: &str) -> Vec<String> {
    vec![
        format!(r#"{{"t":0,"type":"app_foreground","package":"{CHROME}"}}"#),
        page(MIN, &format!("Online payment. Amount due {bill}. Card number, expiry, CVV")),
        typed(2 * MIN, "account", "4966 0000 0000 2184"),
        sms(
            3 * MIN,
            "service",
            &format!("Your one-time password for an online purchase of {code_sum} is 662091."),
        ),
        typed(3 * MIN + 20_000, "code", "662091"),
    ]
}

fn rules(events: &[String]) -> Vec<(String, Level)> {
    run("hk", events)
}

#[test]
fn a_code_for_far_more_than_the_page_asked_is_danger_with_no_scam_text_at_all() {
    // A HK$38.60 water bill on the page, the bank's code for HK$8,460.00: the page
    // spends the card elsewhere. No SMS lure, no call: the code's own text is the evidence.
    let warnings = rules(&card_page_then_code("HK$38.60", "HK$8,460.00"));
    assert!(
        warnings.iter().any(|(p, l)| p == "code-for-a-bigger-payment" && *l >= Level::Danger),
        "{warnings:?}"
    );
}

#[test]
fn a_code_for_the_pages_own_total_or_in_another_currency_is_not_that_warning() {
    // A genuine checkout: the code names its own total (plus a small fee).
    for (bill, code) in [("HK$2,380.00", "HK$2,380.00"), ("HK$26.17", "HK$31.40")] {
        let warnings = rules(&card_page_then_code(bill, code));
        assert!(
            warnings.iter().all(|(p, _)| p != "code-for-a-bigger-payment"),
            "{bill} {code}: {warnings:?}"
        );
        assert!(warnings.iter().all(|(_, l)| *l < Level::Danger), "{bill} {code}: {warnings:?}");
    }
    // A shop abroad priced in dollars, the code in another currency the page never named.
    let warnings = rules(&card_page_then_code("USD 100.00", "INR 8,300.00"));
    assert!(warnings.iter().all(|(p, _)| p != "code-for-a-bigger-payment"), "{warnings:?}");
}

#[test]
fn the_pages_sum_and_the_codes_survive_a_snapshot() {
    let events = card_page_then_code("HK$38.60", "HK$8,460.00");
    let mut engine = Engine::new();
    engine.set_regions(&[Region::from_wire("hk").expect("region")]).expect("regions");
    for e in &events[..4] {
        engine.observe(&ev(e)).expect("observe");
    }
    let snap = engine.snapshot();
    let mut again = Engine::new();
    again.set_regions(&[Region::from_wire("hk").expect("region")]).expect("regions");
    again.restore(&snap).expect("restore");
    let warnings = again.observe(&ev(&events[4])).expect("observe");
    assert!(
        warnings.iter().any(|w| w.rule == "code-for-a-bigger-payment" && w.level >= Level::Danger),
        "{warnings:?}"
    );
}

#[test]
fn a_number_behind_a_currency_sign_is_no_sum_and_stays_out_of_the_snapshot() {
    // A phone or card number after "HK$" on a page or in a code's SMS is not a sum the
    // page asks for: it is not kept, so no snapshot can carry it.
    let mut engine = Engine::new();
    engine.set_regions(&[Region::from_wire("hk").expect("region")]).expect("regions");
    for e in [
        page(0, "Call HK$13812345678 to pay, card HK$4966000000002184"),
        sms(MIN, "service", "Your one-time password for HK$13812345678 is 662091."),
    ] {
        engine.observe(&ev(&e)).expect("observe");
    }
    let snap = engine.snapshot();
    for canary in ["13812345678", "4966000000002184", "1381234567800"] {
        assert!(!snap.contains(canary), "{canary} in {snap}");
    }
}

/// A tradesperson's invoice sent through a card processor's own invoice page
/// (Square, Stripe, Razorpay): the card and the bank's code typed there go to the
/// processor, not to a look-alike. A stranger's link to a page of its own, with
/// the same words, is still the phishing page.
#[test]
fn a_card_paid_on_a_processors_own_invoice_page_is_no_phishing_page() {
    let chrome = "com.android.chrome";
    let day = |host: &str| {
        vec![
            call(0, "incoming", "unknown", "0491 571 266"),
            ended(5 * MIN),
            sms(
                8 * MIN,
                "unknown",
                &format!("Sparkle Cleaning sent you an invoice for $540.00 due today. View and pay: https://{host}/pay-invoice/inv_0f3Kq8"),
            ),
            format!(r#"{{"t":{},"type":"app_foreground","package":"{chrome}"}}"#, 12 * MIN),
            format!(
                r#"{{"t":{},"type":"screen_text","package":"{chrome}","text":"{host}. Invoice #43 from Sparkle Cleaning. Amount due $540.00. Pay with card"}}"#,
                12 * MIN
            ),
            format!(r#"{{"t":{},"type":"text_entered","package":"{chrome}","field":"other","text":"4564 0000 0000 2281"}}"#, 13 * MIN),
            sms(13 * MIN + 20_000, "service", "Your one-time code is 482913 for a purchase of AUD 540.00. Never share this code."),
            format!(r#"{{"t":{},"type":"text_entered","package":"{chrome}","field":"code","text":"482913"}}"#, 14 * MIN),
        ]
    };
    assert!(top("au", &day("squareup.com")).is_none_or(|l| l < Level::Danger));
    assert!(top("au", &day("squareup-invoices.top")).is_some_and(|l| l >= Level::Danger));
}

/// A bank's debit alert names the bank and a number to call "if not done by you":
/// that footer is not a sign of a scam before the money left, so the alert of the
/// user's own payment (after a landlord's call and a son's message) stays quiet,
/// while the same alert after a real script still says the money may be gone.
#[test]
fn a_debit_alerts_own_footer_is_not_the_scam_it_reports() {
    const SBI: &str = "com.sbi.lotusintouch";
    let debit = format!(
        r#"{{"t":{},"type":"sms_received","sender":"SBIINB","sender_kind":"service","text":"{}"}}"#,
        24 * MIN,
        "Your A/c xxxx3391 debited INR 20,500.00 on transfer to LAKSHMI R***. If not done by you, call 1800 1234 -SBI"
    );
    let pay = |t: u64| {
        [
            format!(r#"{{"t":{t},"type":"app_foreground","package":"{SBI}"}}"#),
            format!(
                r#"{{"t":{},"type":"text_entered","package":"{SBI}","field":"amount","text":"20,500"}}"#,
                t + MIN
            ),
            format!(
                r#"{{"t":{},"type":"transfer_started","package":"{SBI}","amount":"20500","currency":"INR","payee_new":true}}"#,
                t + 2 * MIN
            ),
        ]
    };
    // The landlord rings from his mobile about the deposit the son asked for.
    let mut own = vec![call(0, "incoming", "unknown", "+91 98000 71234"), ended(4 * MIN)];
    own.extend(pay(20 * MIN));
    own.push(debit.clone());
    let warned = run("in", &own);
    assert!(warned.iter().all(|(_, l)| *l < Level::Danger), "{warned:?}");

    // A caller who says the account will be blocked and has a remote-access app put
    // on, its session left running after the call.
    let mut script = vec![
        call(0, "incoming", "unknown", "+91 98000 71234"),
        sms(MIN, "unknown", "Dear customer your SBI account will be blocked today, update KYC now"),
        format!(
            r#"{{"t":{},"type":"app_installed","package":"com.anydesk.anydeskandroid","installer":"com.android.vending"}}"#,
            2 * MIN
        ),
        format!(
            r#"{{"t":{},"type":"screen_share_started","package":"com.anydesk.anydeskandroid"}}"#,
            3 * MIN
        ),
        ended(15 * MIN),
    ];
    script.extend(pay(20 * MIN));
    script.push(debit);
    let warned = run("in", &script);
    assert!(warned.iter().any(|(p, l)| p == "money-left-during-scam" && *l == Level::Critical), "{warned:?}");
}

/// The bank's own "transfer done" notice of a payment the engine judged a moment
/// before stands by that judgement: a caution at the money (a daughter guiding her
/// mother's first FPS payment over a shared video call, as a bank app sees it) is
/// not turned into "money may already have gone to a scammer". The same notice after
/// a payment judged danger still says to stop it.
#[test]
fn the_notice_of_a_payment_judged_a_moment_ago_keeps_that_judgement() {
    const BOCHK: &str = "com.bochk.app.aos";
    let day = |amount: &str| {
        let raw = [
            r#"{"t":0,"type":"call_started","direction":"incoming","peer":"unknown","number":"+852 2450 0000"}"#.to_string(),
            r#"{"t":300000,"type":"call_ended"}"#.to_string(),
            r#"{"t":1380000,"type":"call_started","direction":"outgoing","peer":"contact","channel":"voip","app":"com.whatsapp"}"#.to_string(),
            r#"{"t":1680000,"type":"screen_share_started","package":"com.whatsapp"}"#.to_string(),
            format!(r#"{{"t":1740000,"type":"app_foreground","package":"{BOCHK}"}}"#),
            format!(r#"{{"t":1980000,"type":"text_entered","package":"{BOCHK}","field":"amount","text":"{amount}"}}"#),
            format!(r#"{{"t":2010000,"type":"transfer_started","package":"{BOCHK}","amount":"{amount}","currency":"HKD","payee_new":true}}"#),
            format!(r#"{{"t":2040000,"type":"notification","package":"{BOCHK}","title":"中銀香港","text":"轉賬成功 HKD{amount}.00"}}"#),
        ];
        let events: Vec<Event> = raw.iter().map(|j| ev(j)).collect();
        let seen = scamguard::view::bank_view(&events, Some(BOCHK));
        let mut engine = Engine::new();
        engine.set_regions(&[Region::from_wire("hk").expect("region")]).expect("regions");
        seen.iter()
            .flat_map(|e| engine.observe(e).expect("observe"))
            .map(|w| (w.rule, w.level))
            .collect::<Vec<_>>()
    };
    let small = day("1396");
    assert!(small.iter().all(|(_, l)| *l < Level::Danger), "{small:?}");
    let large = day("380000");
    let gate = large.iter().filter(|(p, _)| p != "money-left-during-scam").map(|(_, l)| *l).max();
    assert!(gate >= Some(Level::Danger), "{large:?}");
    assert!(large.iter().any(|(p, l)| p == "money-left-during-scam" && *l == Level::Critical), "{large:?}");
}
