//! Ordinary days that look like scams to a careless rule: the confusers of issue 7
//! (bank call-backs, helpdesks, family help with remote apps, work meetings,
//! deliberate loans, odd rent amounts, installs for unrelated reasons...).

use super::script::{Rng, Script};
use super::world;
use super::GenTrace;
use crate::eval::Kind;

pub const CLASSES: &[&str] = &[
    "bank-callback",
    "it-helpdesk",
    "courier-then-rent",
    "work-meeting-then-bill",
    "family-remote-help",
    "deliberate-loan",
    "new-landlord",
    "company-apk",
    "shopping-day",
    "bank-otp-balance",
    "contact-saved-calls-later",
    "family-voip-while-paying",
    "family-call-while-paying",
    "telemarketer-day",
    "qr-shopping",
    "courier-callback",
    "short-calls-new-payee",
    "new-chat-friend",
];

const ALL: &[&str] = &["cn", "cn", "cn", "hk", "tw", "sg", "in", "uk", "us", "au"];

pub fn generate(class: &str, index: usize, rng: &mut Rng) -> GenTrace {
    let mut s = Script::new(rng, ALL);
    world::noise(&mut s, 1, 8);
    match class {
        "bank-callback" => bank_callback(&mut s),
        "it-helpdesk" => it_helpdesk(&mut s),
        "courier-then-rent" => courier_then_rent(&mut s),
        "work-meeting-then-bill" => work_meeting(&mut s),
        "family-remote-help" => family_remote_help(&mut s),
        "deliberate-loan" => deliberate_loan(&mut s),
        "new-landlord" => new_landlord(&mut s),
        "company-apk" => company_apk(&mut s),
        "shopping-day" => shopping_day(&mut s),
        "bank-otp-balance" => bank_otp(&mut s),
        "contact-saved-calls-later" => contact_saved(&mut s),
        "family-voip-while-paying" => family_voip_paying(&mut s),
        "family-call-while-paying" => family_call_paying(&mut s),
        "telemarketer-day" => telemarketer(&mut s),
        "courier-callback" => courier_callback(&mut s),
        "short-calls-new-payee" => short_calls_new_payee(&mut s),
        "new-chat-friend" => new_chat_friend(&mut s),
        _ => qr_shopping(&mut s),
    }
    s.hang_up_if_on();
    s.mins(1, 60);
    world::noise(&mut s, 1, 6);
    let name = format!("benign-{class}-{}-{index:05}", s.region.code);
    let expect = super::expect(Kind::Benign, class, &s);
    GenTrace { name, lines: s.into_lines(), expect }
}

/// An ordinary payment to someone the bank knows (or a new one the user chose).
fn pay_known(s: &mut Script, app: &str, payee_new: bool) {
    s.fg(app);
    s.secs(10, 120);
    let fen = s.everyday_fen();
    let amt = s.amount(fen);
    let how = s.rng.range(0, 2);
    if how != 1 {
        s.typed(app, "amount", &amt);
        s.secs(5, 40);
    }
    if how != 0 {
        let plain = format!("{}.{:02}", fen / 100, fen % 100);
        s.transfer(app, &plain, payee_new);
    }
    if s.pct(40) {
        let code = s.rng.range(100_000, 999_999).to_string();
        let svc = s.pick(s.region.service_senders);
        let otp = s.say("otp", &[("code", &code)]);
        s.sms(svc, "service", &otp);
        s.secs(5, 30);
        s.typed(app, "code", &code);
    }
}

/// The owner pays someone new in their bank app: the payee's account typed in,
/// then the amount `fen` draws, then the transfer.
fn pay_new_payee(s: &mut Script, fen: impl FnOnce(&mut Script) -> u64) {
    let bank = bank(s);
    s.fg(bank);
    let acct = format!("6217 {:04} {:04}", s.rng.range(0, 9999), s.rng.range(0, 9999));
    s.typed(bank, "account", &acct);
    s.secs(10, 60);
    let fen = fen(s);
    let amt = s.amount(fen);
    s.typed(bank, "amount", &amt);
    s.secs(5, 30);
    let plain = format!("{}.{:02}", fen / 100, fen % 100);
    s.transfer(bank, &plain, true);
}

fn bank(s: &mut Script) -> &'static str {
    s.pick(s.region.banks)
}

fn store_install(s: &mut Script, app: &str, label: &str) {
    let store = s.pick(s.region.stores);
    s.install(app, store, label);
    s.secs(10, 60);
}

fn bank_callback(s: &mut Script) {
    let bank = bank(s);
    if s.pct(40) {
        let svc = s.pick(s.region.service_senders);
        let text = s.say("bank_notice", &[]);
        s.sms(svc, "service", &text);
        s.mins(1, 120);
    }
    if s.pct(70) {
        s.call(true, "service", None);
    } else {
        s.call_verified("contact", "passed");
    }
    s.mins(2, 9);
    s.end_call();
    if s.pct(50) {
        s.secs(30, 600);
    } else {
        s.hours(1, 5);
    }
    pay_known(s, bank, false);
}

fn it_helpdesk(s: &mut Script) {
    let (app, label) = s.pick(world::WORK_REMOTE_APPS);
    if s.pct(50) {
        // The ticket in the work chat says what the desk will do: connect remotely.
        let text = s.say("it_desk_msg", &[]);
        s.notif("com.microsoft.teams", "IT Service Desk", &text);
        s.mins(1, 20);
    }
    match s.rng.range(0, 2) {
        0 => s.call(true, "contact", None),
        1 => s.call(true, "unknown", None),
        _ => s.call(true, "contact", Some("com.microsoft.teams")),
    }
    s.mins(1, 5);
    if s.pct(70) {
        store_install(s, app, label);
    }
    s.fg(app);
    s.secs(20, 120);
    s.a11y(app, true);
    s.secs(5, 60);
    s.share_start(Some(app));
    s.mins(5, 30);
    s.share_stop(Some(app));
    s.session_over();
    s.end_call();
    if s.pct(40) {
        s.remove(app);
    }
    if s.pct(50) {
        s.hours(1, 4);
        let w = s.pick(s.region.wallets);
        let fen = s.everyday_fen() / 10;
        let amt = s.amount(fen);
        s.fg(w);
        s.prompt(w, "payment_code", Some(&amt));
    }
}

fn courier_then_rent(s: &mut Script) {
    let food = s.pct(50);
    if food {
        let app = s.pick(world::FOOD_APPS);
        s.fg(app);
        s.mins(20, 50);
    }
    s.call(true, "unknown", None);
    s.secs(15, 90);
    s.end_call();
    match s.rng.range(0, 2) {
        0 => s.mins(8, 40),
        1 => s.hours(1, 6),
        _ => s.mins(40, 90),
    }
    let bank = bank(s);
    s.fg(bank);
    // An odd amount just under a round one (3,999.50), like a code-like amount.
    let (lo, hi) = s.region.everyday_range;
    let thousands = s.rng.range((lo / 1000).max(1), (hi / 1000).max(1));
    let rent = thousands * 1000 * 100 - s.pick(&[50, 50, 1, 20]);
    let amt = s.amount(rent);
    s.typed(bank, "amount", &amt);
    s.secs(5, 30);
    let plain = format!("{}.{:02}", rent / 100, rent % 100);
    s.transfer(bank, &plain, false);
}

fn work_meeting(s: &mut Script) {
    let meeting = s.pick(world::WORK_MEETING_APPS);
    s.fg(meeting);
    s.secs(30, 300);
    if s.pct(30) {
        s.call(true, "contact", Some(meeting));
    }
    s.share_start(Some(meeting));
    s.mins(10, 60);
    s.share_stop(Some(meeting));
    if s.pct(30) {
        s.end_call();
    }
    s.mins(5, 120);
    let app = if s.pct(50) { bank(s) } else { s.pick(s.region.wallets) };
    let text = s.say("bill", &[]);
    s.notif(app, "", &text);
    s.secs(30, 600);
    pay_known(s, app, false);
}

fn family_remote_help(s: &mut Script) {
    let (app, label) = s.pick(world::FAMILY_REMOTE_APPS);
    let voip = s.pct(40);
    let chat = s.pick(s.region.chats);
    let incoming = s.pct(50);
    s.call(incoming, "contact", if voip { Some(chat) } else { None });
    s.mins(2, 10);
    store_install(s, app, label);
    s.fg(app);
    s.secs(30, 180);
    s.a11y(app, true);
    s.share_start(Some(app));
    s.mins(5, 25);
    s.share_stop(Some(app));
    s.session_over();
    s.end_call();
    if s.pct(50) {
        s.mins(1, 30);
        s.remove(app);
    }
    if s.pct(40) {
        s.hours(2, 8);
        let w = s.pick(s.region.wallets);
        pay_known(s, w, false);
    }
}

fn deliberate_loan(s: &mut Script) {
    // A consumer lender in mainland China; elsewhere the bank's own personal loan.
    let lender = s.region.code == "cn";
    let app = if lender { s.pick(world::LOAN_APPS) } else { bank(s) };
    if lender && s.pct(50) {
        store_install(s, app, world::label_of(app));
    }
    s.fg(app);
    let text = s.say("loan_page", &[]);
    s.screen(app, &text);
    s.mins(1, 10);
    let fen = s.rng.range(2, 30) * 1000 * 100;
    let amt = s.amount(fen);
    s.typed(app, "amount", &amt);
    s.secs(20, 120);
    s.prompt(app, "drawdown", Some(&amt));
    if s.pct(50) {
        s.hours(1, 24);
        let app = s.pick(world::SHOPPING_APPS);
        s.fg(app);
    }
}

fn new_landlord(s: &mut Script) {
    s.contact_added();
    if s.pct(50) {
        s.hours(2, 72);
    } else {
        s.mins(5, 90);
    }
    let text = s.say("landlord", &[]);
    let n = s.number();
    s.sms(&n, "contact", &text);
    s.mins(10, 240);
    pay_new_payee(s, |s| s.everyday_fen());
}

fn company_apk(s: &mut Script) {
    let browser = s.pick(world::BROWSERS);
    s.fg(browser);
    s.secs(20, 120);
    s.setting("install_unknown_apps", true, Some(browser));
    let (app, label) = s.pick(world::COMPANY_APKS);
    s.install(app, browser, label);
    s.secs(20, 120);
    s.fg(app);
    s.mins(5, 60);
    if s.pct(50) {
        s.setting("install_unknown_apps", false, Some(browser));
    }
    s.hours(1, 5);
    let w = s.pick(s.region.wallets);
    pay_known(s, w, false);
}

fn shopping_day(s: &mut Script) {
    let shop = s.pick(world::SHOPPING_APPS);
    for _ in 0..s.rng.range(2, 6) {
        let text = s.say("shop_notice", &[]);
        s.notif(shop, "", &text);
        s.mins(5, 120);
    }
    s.fg(shop);
    let text = s.say("shop_service", &[]);
    s.screen(shop, &text);
    s.mins(1, 20);
    let w = s.pick(s.region.wallets);
    s.fg(w);
    let fen = s.rng.range(20, 800) * 100 + s.rng.range(0, 99);
    let amt = s.amount(fen);
    if s.pct(50) {
        s.prompt(w, "payment_code", Some(&amt));
    } else {
        s.typed(w, "amount", &amt);
    }
}

fn bank_otp(s: &mut Script) {
    let bank = bank(s);
    let svc = s.pick(s.region.service_senders);
    let code = s.rng.range(100_000, 999_999).to_string();
    let otp = s.say("otp", &[("code", &code)]);
    s.sms(svc, "service", &otp);
    s.secs(5, 60);
    s.fg(bank);
    s.typed(bank, "code", &code);
    s.mins(1, 10);
    let fen = s.everyday_fen() * 3;
    let amt = s.amount(fen);
    let text = s.say("balance", &[("amt", &amt)]);
    s.sms(svc, "service", &text);
    if s.pct(40) {
        s.hours(1, 6);
        pay_known(s, bank, false);
    }
}

fn contact_saved(s: &mut Script) {
    s.contact_added();
    s.hours(5 * 24, 9 * 24);
    s.call(true, "contact", None);
    s.mins(2, 15);
    s.end_call();
    if s.pct(60) {
        s.mins(5, 240);
        let w = if s.pct(50) { bank(s) } else { s.pick(s.region.wallets) };
        let new_payee = s.pct(50);
        pay_known(s, w, new_payee);
    }
}

fn family_voip_paying(s: &mut Script) {
    let chat = s.pick(s.region.chats);
    let incoming = s.pct(50);
    s.call(incoming, "contact", Some(chat));
    s.mins(5, 40);
    let w = if s.pct(70) { s.pick(s.region.wallets) } else { bank(s) };
    pay_known(s, w, false);
    s.mins(1, 60);
    s.end_call();
}

fn family_call_paying(s: &mut Script) {
    let incoming = s.pct(50);
    s.call(incoming, "contact", None);
    s.mins(1, 10);
    let b = bank(s);
    let new_payee = s.pct(30);
    pay_known(s, b, new_payee);
    s.secs(30, 300);
    s.end_call();
}

fn telemarketer(s: &mut Script) {
    for _ in 0..s.rng.range(1, 3) {
        let peer = s.pick(&["unknown", "unknown", "flagged"]);
        s.call(true, peer, None);
        s.secs(10, 150);
        s.end_call();
        s.mins(30, 240);
    }
    let text = s.say("ad_sms", &[]);
    let n = s.number();
    s.sms(&n, "unknown", &text);
    s.hours(1, 5);
    if s.pct(60) {
        let w = s.pick(s.region.wallets);
        pay_known(s, w, false);
    }
}

fn qr_shopping(s: &mut Script) {
    let w = s.pick(s.region.wallets);
    for _ in 0..s.rng.range(2, 5) {
        s.fg(w);
        let fen = s.rng.range(5, 300) * 100 + s.rng.range(0, 99);
        let amt = s.amount(fen);
        s.prompt(w, "qr_scan", Some(&amt));
        s.mins(20, 180);
        if s.pct(30) {
            s.call(true, "unknown", None);
            s.secs(15, 60);
            s.end_call();
            s.mins(5, 60);
        }
    }
}

/// The courier texts the driver's number; the user rings the driver and gets
/// the delivery code; later an ordinary payment, maybe while waiting.
fn courier_callback(s: &mut Script) {
    let number = s.number();
    let text = s.say("courier_call_sms", &[("num", &number)]);
    let svc = s.pick(s.region.service_senders);
    s.sms(svc, "service", &text);
    s.mins(5, 180);
    s.dial(&number);
    s.secs(30, 180);
    let code = s.rng.range(1000, 9999).to_string();
    let otp = s.say("delivery_otp", &[("code", &code)]);
    let svc = s.pick(s.region.service_senders);
    s.sms(svc, "service", &otp);
    s.secs(20, 120);
    s.end_call();
    s.mins(5, 120);
    let bank = bank(s);
    let payee_new = s.pct(30);
    pay_known(s, bank, payee_new);
}

/// A solicitor, agent or tradie rings about a payment (a short call), the user
/// rings back to check, then pays a new payee a large sum: the owner's own deal.
fn short_calls_new_payee(s: &mut Script) {
    s.call(true, "unknown", None);
    s.mins(1, 7);
    s.end_call();
    s.mins(5, 120);
    if s.pct(60) {
        let n = s.number();
        s.dial(&n);
        s.mins(1, 6);
        s.end_call();
        s.mins(2, 60);
    }
    pay_new_payee(s, |s| s.scam_fen());
}

/// Someone new in the chats (a parent from school, a club's group), a friendly
/// chat, then the owner pays someone new: splitting a bill, a club fee, a
/// second-hand buy.
fn new_chat_friend(s: &mut Script) {
    let chat = s.pick(s.region.chats);
    let name = s.pick(&["Lily", "Tom", "张姐", "陳太"]);
    let text = s.say("friend_request", &[("name", name)]);
    s.notif(chat, "", &text);
    s.mins(2, 90);
    let text = s.say("new_friend_chat", &[]);
    s.notif(chat, name, &text);
    s.mins(10, 300);
    pay_new_payee(s, |s| s.everyday_fen() / s.pick(&[1, 2, 5]));
}
