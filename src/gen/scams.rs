//! Scam scripts. Each follows a class that police and regulators describe, with
//! every timing, app, channel, amount and wording drawn at random.

use super::script::{Rng, Script};
use super::world::{self, Tongue};
use super::GenTrace;
use crate::eval::Kind;

pub const CLASSES: &[&str] = &[
    "refund-credit-meeting",
    "fake-police",
    "bank-fraud-team",
    "tech-support",
    "task",
    "fake-loan",
    "investment",
    "boss-impersonation",
    "phishing-sms",
    "game-trading",
    "recent-contact",
    "spoofed-bank",
    "malware-app",
    "callback",
];

fn regions(class: &str) -> &'static [&'static str] {
    match class {
        "refund-credit-meeting" => &["cn", "cn", "cn", "hk", "tw", "sg"],
        "fake-police" => &["cn", "cn", "hk", "tw", "in", "in", "sg", "au"],
        "bank-fraud-team" => &["uk", "uk", "us", "au", "sg", "hk", "in"],
        "tech-support" => &["us", "uk", "au", "in", "sg", "cn"],
        "task" => &["cn", "cn", "in", "sg", "hk", "tw", "uk", "us"],
        "fake-loan" => &["cn", "cn", "in", "tw", "hk"],
        "investment" => &["cn", "hk", "tw", "sg", "us", "uk", "au", "in"],
        "boss-impersonation" => &["cn", "cn", "hk", "sg", "in", "uk"],
        "phishing-sms" => &["cn", "cn", "hk", "tw", "sg", "us", "uk", "au", "in"],
        "game-trading" => &["cn", "tw", "hk"],
        "recent-contact" => &["cn", "hk", "sg", "uk", "us"],
        "malware-app" => &["sg", "sg", "hk", "in", "au", "cn", "tw"],
        "callback" => &["uk", "au", "us", "in", "sg", "hk", "cn"],
        _ => &["uk", "us", "au", "cn", "hk", "sg", "in"],
    }
}

pub fn generate(class: &str, index: usize, rng: &mut Rng) -> GenTrace {
    let mut s = Script::new(rng, regions(class));
    world::noise(&mut s, 0, 5);
    match class {
        "refund-credit-meeting" => refund_credit_meeting(&mut s),
        "fake-police" => fake_police(&mut s),
        "bank-fraud-team" => bank_fraud_team(&mut s),
        "tech-support" => tech_support(&mut s),
        "task" => task(&mut s),
        "fake-loan" => fake_loan(&mut s),
        "investment" => investment(&mut s),
        "boss-impersonation" => boss(&mut s),
        "phishing-sms" => phishing(&mut s),
        "game-trading" => game_trading(&mut s),
        "recent-contact" => recent_contact(&mut s),
        "malware-app" => malware_app(&mut s),
        "callback" => callback(&mut s),
        _ => spoofed_bank(&mut s),
    }
    s.hang_up_if_on();
    s.mins(1, 30);
    world::noise(&mut s, 0, 3);
    let name = format!("scam-{class}-{}-{index:05}", s.region.code);
    let expect = super::expect(Kind::Scam, class, &s);
    GenTrace { name, lines: s.into_lines(), expect }
}

/// A stranger's call: cellular from an unknown/hidden/flagged number, or VoIP from
/// a non-contact in a chat or meeting app.
fn stranger_call(s: &mut Script) {
    if s.pct(30) {
        let app = s.pick(s.region.chats);
        s.call(true, "unknown", Some(app));
    } else {
        let peer = s.pick(&["unknown", "unknown", "unknown", "hidden", "flagged"]);
        s.call(true, peer, None);
    }
}

/// Someone new reaches the victim in a chat app (a friend request, a match, a
/// group invitation), as the chat app itself announces it.
fn friend_request(s: &mut Script, chat: &str) {
    let name = s.pick(&["Chen", "Alex", "Mia", "陈总", "王老师", "David"]);
    let text = s.say("friend_request", &[("name", name)]);
    s.notif(chat, "", &text);
    s.mins(1, 60);
}

/// The victim's bank (or wallet) for this trace.
fn bank(s: &mut Script) -> &'static str {
    s.pick(s.region.banks)
}

fn wallet(s: &mut Script) -> &'static str {
    s.pick(s.region.wallets)
}

/// A meeting app: a catalogued one from a store, or a look-alike sideloaded from a
/// browser or a cloud drive (after allowing unknown sources). Returns its package.
fn meeting_app(s: &mut Script) -> &'static str {
    if s.pct(65) {
        let app = s.pick(world::MEETING_APPS);
        if s.pct(60) {
            let store = s.pick(s.region.stores);
            s.install(app, store, world::label_of(app));
            s.step();
        }
        app
    } else {
        let (app, label) = s.app(world::LOOKALIKE_MEETING);
        sideload(s, app, label);
        app
    }
}

/// A sideloaded install: a browser, a cloud drive or a chat app delivers the APK.
fn sideload(s: &mut Script, app: &str, label: &str) {
    let via = if s.pct(60) { s.pick(world::BROWSERS) } else { s.pick(world::SIDELOAD_VIA) };
    s.fg(via);
    s.secs(10, 90);
    if s.pct(60) {
        s.setting("install_unknown_apps", true, Some(via));
        s.secs(5, 40);
    }
    s.install(app, via, label);
    s.secs(10, 120);
}

/// A remote-control app: a catalogued one from a store or a look-alike; then the
/// accessibility grant it needs and, often, a capture.
fn remote_control(s: &mut Script) -> &'static str {
    let app = if s.pct(70) {
        let app = s.pick(world::REMOTE_APPS);
        let store = s.pick(s.region.stores);
        s.install(app, store, world::label_of(app));
        app
    } else {
        let (app, label) = s.app(world::LOOKALIKE_REMOTE);
        sideload(s, app, label);
        app
    };
    s.step();
    s.fg(app);
    s.secs(20, 120);
    s.a11y(app, world::REMOTE_APPS.contains(&app));
    s.secs(5, 60);
    if s.pct(60) {
        s.share_start(Some(app));
    }
    app
}

/// Pays: the bank (or wallet) in front, maybe an account typed, then 1–3 payments,
/// each as a typed amount, a reported transfer, or both.
fn pay(s: &mut Script, bank: &str, new_payee: bool, code_like: bool) {
    if s.bank_package().map_or(true, |b| !world::region_banks_contain(s.region, b)) {
        s.payer(bank);
    }
    s.fg(bank);
    s.secs(10, 90);
    // A new payee's account has to be entered (typed or pasted) before any amount;
    // a saved one is picked from a list.
    if s.pct(if new_payee { 90 } else { 20 }) {
        let acct = account(s);
        s.typed(bank, "account", &acct);
        s.secs(10, 60);
    }
    let n = s.pick(&[1, 1, 1, 2, 2, 3]);
    for i in 0..n {
        let fen = if code_like && i == 0 { code_like_fen(s) } else { s.scam_fen() };
        let amount = s.amount(fen);
        let how = s.rng.range(0, 2);
        if how != 1 {
            s.typed(bank, "amount", &amount);
            s.secs(5, 40);
        }
        if how != 0 {
            let plain = format!("{}.{:02}", fen / 100, fen % 100);
            s.transfer(bank, &plain, new_payee);
        }
        if s.pct(50) {
            s.secs(10, 40);
            let code = s.rng.range(100_000, 999_999).to_string();
            s.typed(bank, "code", &code);
        }
        s.secs(20, 200);
    }
}

/// 19,999.58: just under a round amount, with cents — the "code" scammers dictate.
fn code_like_fen(s: &mut Script) -> u64 {
    let thousands = s.pick(&[5, 10, 20, 30, 50, 100]);
    let fen = thousands * 1000 * 100 - s.rng.range(1, 9999);
    if fen % 100 == 0 {
        fen - 1
    } else {
        fen
    }
}

fn account(s: &mut Script) -> String {
    let mut a = String::from("6222");
    for _ in 0..3 {
        a.push_str(&format!(" {:04}", s.rng.range(0, 9999)));
    }
    a
}

/// Hang up and resume: 35% of guided scams end the call before paying, then go
/// on 31–90 minutes later or the next day over chat.
fn maybe_resume(s: &mut Script, shared: Option<&str>) -> bool {
    if !s.pct(35) {
        return false;
    }
    if s.pct(50) {
        s.share_stop(shared);
    }
    s.end_call();
    if s.pct(50) {
        s.mins(31, 90);
    } else {
        s.hours(16, 30);
        let chat = s.pick(s.region.chats);
        let text = s.say("resume", &[]);
        s.notif(chat, "", &text);
        s.secs(30, 600);
        if s.pct(50) {
            s.call(true, "unknown", Some(chat));
            s.secs(30, 300);
        }
    }
    true
}

fn refund_credit_meeting(s: &mut Script) {
    let brand = s.pick(world::brands(s.tongue));
    // 15%: no call on the phone at all — first contact by SMS, the talking happens
    // inside the meeting app (issue 7, class 5).
    let no_call = s.pct(15);
    if !no_call {
        stranger_call(s);
        s.step();
    }
    if no_call || s.pct(50) {
        let no = s.rng.range(100_000_000, 999_999_999).to_string();
        let text = s.say("refund_sms", &[("brand", brand), ("no", &no)]);
        let sender = s.number();
        s.sms(&sender, "unknown", &text);
        s.step();
    }
    // The credit step: Alipay 备用金, a loan app, or a bank's credit line.
    let credit_app = if s.pct(60) { wallet(s) } else { s.pick(world::LOAN_APPS) };
    s.fg(credit_app);
    s.secs(20, 120);
    let text = s.say("credit_screen", &[]);
    s.screen(credit_app, &text);
    s.step();
    if s.pct(35) {
        let fen = s.rng.range(5, 50) * 100 * 100;
        let amt = s.amount(fen);
        if s.pct(50) {
            s.typed(credit_app, "amount", &amt);
        } else {
            s.prompt(credit_app, "drawdown", Some(&amt));
        }
        s.step();
    }
    let meeting = meeting_app(s);
    s.fg(meeting);
    s.secs(20, 120);
    s.share_start(Some(meeting));
    s.step();
    let resumed = maybe_resume(s, Some(meeting));
    let bank = bank(s);
    pay(s, bank, true, true);
    if !resumed {
        s.share_stop(Some(meeting));
        s.secs(5, 60);
        s.end_call();
    }
}

fn fake_police(s: &mut Script) {
    let india = s.region.code == "in";
    if india && s.pct(70) {
        // "Digital arrest": a courier's IVR, then a VoIP video call that lasts hours.
        s.call(true, "unknown", None);
        s.mins(1, 4);
        s.end_call();
        s.mins(1, 10);
        let app = s.pick(&["com.skype.raider", "com.whatsapp", "com.whatsapp"]);
        s.call(true, "unknown", Some(app));
    } else {
        stranger_call(s);
    }
    s.mins(2, 20);
    let text = s.say("police", &[]);
    let chat = s.pick(s.region.chats);
    if s.pct(50) {
        s.notif(chat, "", &text);
    } else {
        let link = s.link();
        let sms = format!("{text} {link}");
        let sender = s.number();
        s.sms(&sender, "unknown", &sms);
    }
    s.mins(5, 60);
    let mut shared = None;
    if s.pct(45) {
        shared = Some(remote_control(s));
    } else if s.pct(40) {
        let m = meeting_app(s);
        s.fg(m);
        s.share_start(Some(m));
        shared = Some(m);
    }
    s.mins(5, 90);
    let text = s.say("safe_account", &[]);
    s.notif(chat, "", &text);
    s.step();
    maybe_resume(s, shared);
    let bank = bank(s);
    pay(s, bank, true, false);
}

fn bank_fraud_team(s: &mut Script) {
    if s.pct(40) {
        let fen = s.everyday_fen();
        let amt = s.amount(fen);
        let text = s.say("fraud_alert_sms", &[("amt", &amt)]);
        let sender = s.number();
        s.sms(&sender, "unknown", &text);
        s.mins(1, 20);
    }
    match s.rng.range(0, 4) {
        0 => s.call_verified("contact", "failed"),
        1 => s.call(true, "service", None),
        2 => s.call(true, "flagged", None),
        _ => stranger_call(s),
    }
    s.mins(3, 25);
    let bank = bank(s);
    s.fg(bank);
    s.step();
    if s.pct(40) {
        let text = s.say("safe_account", &[]);
        let sender = s.number();
        s.sms(&sender, "unknown", &text);
        s.step();
    }
    maybe_resume(s, None);
    pay(s, bank, true, false);
    if s.pct(30) {
        // A second account "also at risk".
        let other = s.pick(s.region.banks);
        s.step();
        pay(s, other, true, false);
    }
}

fn tech_support(s: &mut Script) {
    let browser = s.pick(world::BROWSERS);
    match s.rng.range(0, 2) {
        0 => {
            // Pop-up in a browser, the victim dials the number on it.
            s.fg(browser);
            let text = s.say("tech_popup", &[]);
            s.screen(browser, &text);
            s.secs(20, 300);
            s.call(false, "unknown", None);
        }
        1 => stranger_call(s),
        // The call came on a landline: no call on the phone at all.
        _ => {
            let text = s.say("tech_popup", &[]);
            s.fg(browser);
            s.screen(browser, &text);
        }
    }
    s.mins(2, 15);
    let remote = remote_control(s);
    s.mins(3, 20);
    if s.pct(50) {
        s.overlay(remote);
        s.secs(10, 60);
    }
    let bank = bank(s);
    s.fg(bank);
    s.step();
    let text = s.say("tech_refund", &[]);
    s.screen(bank, &text);
    s.secs(30, 300);
    pay(s, bank, true, false);
}

fn task(s: &mut Script) {
    let chat = s.pick(s.region.chats);
    let link = s.link();
    let text = s.say("task_bait", &[("link", &link)]);
    if s.pct(50) {
        let sender = s.number();
        s.sms(&sender, "unknown", &text);
    } else {
        s.notif(chat, "", &text);
    }
    s.mins(2, 180);
    if s.pct(40) {
        friend_request(s, chat);
    }
    let (app, label) = s.app(world::TASK_APPS);
    sideload(s, app, label);
    s.fg(app);
    let text = s.say("task_screen", &[]);
    s.screen(app, &text);
    s.mins(2, 30);
    // A small first "order", then a rebate that makes it look real.
    let w = wallet(s);
    let fen = s.rng.range(50, 300) * 100;
    let amt = s.amount(fen);
    if s.pct(50) {
        s.typed(w, "amount", &amt);
    } else {
        s.prompt(w, "qr_scan", Some(&amt));
    }
    s.mins(5, 40);
    let back = s.amount(fen * 13 / 10);
    let text = s.say("rebate", &[("amt", &back)]);
    s.notif(w, "", &text);
    if s.pct(20) {
        s.step();
        s.call(true, "unknown", Some(chat));
        s.mins(2, 10);
        s.end_call();
    }
    if s.pct(50) {
        s.hours(1, 30);
    } else {
        s.mins(10, 60);
    }
    s.fg(app);
    let text = s.say("task_topup", &[]);
    s.screen(app, &text);
    s.step();
    let bank = bank(s);
    pay(s, bank, true, false);
}

fn fake_loan(s: &mut Script) {
    let link = s.link();
    let text = s.say("loan_bait", &[("link", &link)]);
    let sender = s.number();
    s.sms(&sender, "unknown", &text);
    s.mins(1, 240);
    let (app, label) = s.app(world::FAKE_LOAN_APPS);
    sideload(s, app, label);
    s.fg(app);
    s.step();
    if s.pct(50) {
        let fen = s.rng.range(3, 20) * 10_000 * 100;
        let amt = s.amount(fen);
        s.typed(app, "amount", &amt);
        s.step();
    }
    let acct = account(s);
    s.typed(app, "account", &acct);
    s.step();
    let fen = s.rng.range(500, 5000) * 100;
    let amt = s.amount(fen);
    let text = s.say("loan_unfreeze", &[("amt", &amt)]);
    s.screen(app, &text);
    if s.pct(30) {
        s.step();
        stranger_call(s);
        s.mins(2, 15);
        s.end_call();
    }
    s.mins(2, 300);
    let bank = bank(s);
    pay(s, bank, true, false);
}

fn investment(s: &mut Script) {
    let chat = s.pick(s.region.chats);
    if s.pct(50) {
        s.contact_added();
        s.mins(1, 60);
    } else if s.pct(60) {
        friend_request(s, chat);
    }
    for _ in 0..s.rng.range(1, 4) {
        let text = s.say("invest_chat", &[]);
        s.notif(chat, "", &text);
        s.hours(2, 16);
    }
    let (app, label) = s.app(world::TRADING_APPS);
    sideload(s, app, label);
    s.fg(app);
    let text = s.say("invest_deposit", &[]);
    s.screen(app, &text);
    s.step();
    let bank = bank(s);
    pay(s, bank, true, false);
    s.hours(3, 36);
    s.fg(app);
    let text = s.say("invest_withdraw", &[]);
    s.screen(app, &text);
    s.step();
    if s.pct(30) {
        s.call(true, "unknown", Some(chat));
        s.mins(2, 20);
        s.end_call();
    }
    pay(s, bank, true, false);
}

fn boss(s: &mut Script) {
    let chat = s.pick(s.region.chats);
    let teacher = s.pct(30);
    if s.pct(50) {
        s.contact_added();
    } else {
        friend_request(s, chat);
    }
    s.mins(1, 120);
    let text = s.say(if teacher { "teacher_fee" } else { "boss_urgent" }, &[]);
    s.notif(chat, "", &text);
    s.mins(1, 15);
    if s.pct(35) {
        // The "boss" was just saved: the chat app shows a contact.
        let peer = s.pick(&["contact", "unknown"]);
        s.call(true, peer, Some(chat));
        s.secs(15, 90);
        s.end_call();
        s.secs(30, 300);
    }
    if teacher {
        let w = wallet(s);
        s.fg(w);
        let fen = s.rng.range(20, 200) * 1000;
        let amt = s.amount(fen);
        s.prompt(w, "qr_scan", Some(&amt));
    } else {
        let bank = bank(s);
        pay(s, bank, true, false);
    }
}

fn phishing(s: &mut Script) {
    let link = s.link();
    let text = s.say("phish", &[("link", &link)]);
    let sender = s.number();
    s.sms(&sender, "unknown", &text);
    s.mins(1, 180);
    let browser = s.pick(world::BROWSERS);
    s.fg(browser);
    let text = s.say("phish_page", &[]);
    s.screen(browser, &text);
    s.secs(20, 180);
    let acct = account(s);
    s.typed(browser, "account", &acct);
    s.secs(10, 90);
    if s.pct(40) {
        let pw = format!("pw{}", s.rng.range(10_000, 99_999));
        s.browser_secret(browser, "password", &pw);
        s.secs(10, 60);
    }
    let code = s.rng.range(100_000, 999_999).to_string();
    let otp = s.say("otp", &[("code", &code)]);
    let svc = s.pick(s.region.service_senders);
    s.sms(svc, "service", &otp);
    s.secs(10, 90);
    if s.pct(70) {
        s.browser_secret(browser, "code", &code);
    } else {
        // A small "fee" paid on the page instead.
        let fen = s.rng.range(100, 3000);
        let amt = s.amount(fen);
        s.typed(browser, "amount", &amt);
    }
    s.secs(30, 600);
    if s.pct(50) {
        let bank = bank(s);
        let fen = s.scam_fen();
        let amt = s.amount(fen);
        let text = s.say("debit_notice", &[("amt", &amt)]);
        s.notif(bank, "", &text);
    }
}

fn game_trading(s: &mut Script) {
    let chat = s.pick(s.region.chats);
    let text = s.say("game_bait", &[]);
    s.notif(chat, "", &text);
    s.mins(2, 120);
    let app = if s.pct(60) {
        let (app, label) = s.app(world::GAME_TRADE_APPS);
        sideload(s, app, label);
        app
    } else {
        s.pick(world::BROWSERS)
    };
    s.fg(app);
    let fen = s.rng.range(200, 3000) * 100;
    let amt = s.amount(fen);
    let text = s.say("game_unfreeze", &[("amt", &amt)]);
    s.screen(app, &text);
    s.step();
    let w = wallet(s);
    s.fg(w);
    s.prompt(w, "qr_scan", Some(&amt));
    if s.pct(50) {
        s.mins(5, 60);
        s.fg(app);
        let fen2 = fen * 2;
        let amt2 = s.amount(fen2);
        let text = s.say("game_unfreeze", &[("amt", &amt2)]);
        s.screen(app, &text);
        s.step();
        s.prompt(w, "qr_scan", Some(&amt2));
    }
}

fn recent_contact(s: &mut Script) {
    // First contact asks the victim to save the number ("so you know it's me").
    if s.pct(50) {
        stranger_call(s);
        s.mins(1, 8);
        s.end_call();
    } else {
        let text = s.say("save_number", &[]);
        let sender = s.number();
        s.sms(&sender, "unknown", &text);
    }
    s.mins(1, 5);
    s.contact_added();
    if s.pct(50) {
        s.mins(5, 120);
    } else {
        s.hours(3, 20);
    }
    s.call(true, "contact", None);
    s.step();
    let text = s.say("credit_screen", &[]);
    let w = wallet(s);
    s.fg(w);
    s.screen(w, &text);
    s.step();
    let meeting = meeting_app(s);
    s.fg(meeting);
    s.share_start(Some(meeting));
    s.step();
    let resumed = maybe_resume(s, Some(meeting));
    let bank = bank(s);
    pay(s, bank, true, true);
    if !resumed {
        s.end_call();
    }
}

fn spoofed_bank(s: &mut Script) {
    if s.pct(50) {
        s.call_verified("contact", "failed");
    } else {
        s.call(true, "service", None);
    }
    s.mins(2, 20);
    let text = s.say("safe_account", &[]);
    if s.pct(50) {
        let sender = s.number();
        s.sms(&sender, "unknown", &text);
    } else {
        let chat = s.pick(s.region.chats);
        s.notif(chat, "", &text);
    }
    s.step();
    maybe_resume(s, None);
    let bank = bank(s);
    pay(s, bank, true, false);
    if s.tongue != Tongue::En && s.pct(30) {
        s.mins(1, 10);
        let other = s.pick(s.region.banks);
        pay(s, other, true, false);
    }
}

/// Banking malware (Singapore police's "malware-enabled scams"): an ad or a chat
/// sends a "booking", "courier" or "refund" app as an APK; it asks for
/// accessibility "to fill in your booking"; a small "deposit" is paid (or not),
/// and hours later, often at night, the app itself moves money to new payees.
fn malware_app(s: &mut Script) {
    let chat = s.pick(s.region.chats);
    let link = s.link();
    let text = s.say("malware_lure", &[("link", &link)]);
    s.notif(chat, "", &text);
    s.mins(1, 30);
    let (app, label) = s.app(world::MALWARE_APPS);
    sideload(s, app, label);
    s.fg(app);
    s.secs(20, 180);
    s.a11y(app, false);
    s.secs(30, 300);
    let bank = bank(s);
    if s.pct(60) {
        // The "deposit": small, to a new payee, paid by the victim.
        s.payer(bank);
        s.fg(bank);
        s.secs(10, 60);
        let fen = s.rng.range(2, 50) * 100;
        let amount = s.amount(fen);
        s.typed(bank, "amount", &amount);
        s.secs(5, 30);
        s.transfer(bank, &format!("{}.00", fen / 100), true);
    }
    s.hours(2, 30);
    if s.pct(50) {
        s.overlay(app);
        s.secs(10, 60);
    }
    pay(s, bank, true, false);
}

/// Callback scripts (Action Fraud, Scamwatch and FTC advisories): a text or a
/// browser pop-up raises an alarm and gives a number; the victim dials it; the
/// "fraud team" or "support" has them read out codes, install a remote tool or
/// move money to a "safe account". No unknown incoming call at all.
fn callback(s: &mut Script) {
    let number = s.number();
    let fen = s.everyday_fen();
    let amt = s.amount(fen);
    if s.pct(70) {
        let text = s.say("callback_sms", &[("amt", &amt), ("num", &number)]);
        // Sender IDs are spoofed into the bank's own thread as often as not.
        if s.pct(50) {
            let svc = s.pick(s.region.service_senders);
            s.sms(svc, "service", &text);
        } else {
            let sender = s.number();
            s.sms(&sender, "unknown", &text);
        }
    } else {
        let browser = s.pick(world::BROWSERS);
        s.fg(browser);
        let text = s.say("tech_popup_call", &[("num", &number)]);
        s.screen(browser, &text);
    }
    s.mins(1, 40);
    s.dial(&number);
    s.mins(1, 8);
    if s.pct(60) {
        let svc = s.pick(s.region.service_senders);
        let code = s.rng.range(100_000, 999_999).to_string();
        let text = s.say("otp", &[("code", &code)]);
        s.sms(svc, "service", &text);
        s.step();
    }
    let mut shared = None;
    if s.pct(35) {
        shared = Some(remote_control(s));
        s.step();
    }
    maybe_resume(s, shared);
    let bank = bank(s);
    pay(s, bank, true, false);
}
