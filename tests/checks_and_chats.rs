//! What ordinary people do that a scam also does, and what tells them apart: a
//! relative's request for money checked by ringing them, money typed in a chat
//! app that also pays, a chat app opened during a work share (docs/model.md).

mod common;

use scamguard::{Engine, Event, Level};

const MIN: u64 = 60_000;
const CCB: &str = "com.chinamworld.main";
const WECHAT: &str = "com.tencent.mm";

fn top(events: &[String]) -> Option<Level> {
    let mut engine = Engine::new();
    events
        .iter()
        .flat_map(|e| engine.observe(&Event::from_json(e).expect("event")).expect("observe"))
        .map(|w| w.level)
        .max()
}

fn chat(t: u64, pkg: &str, title: &str, text: &str) -> String {
    format!(r#"{{"t":{t},"type":"notification","package":"{pkg}","title":"{title}","text":"{text}"}}"#)
}

fn call(t: u64, direction: &str) -> String {
    format!(r#"{{"t":{t},"type":"call_started","direction":"{direction}","peer":"contact"}}"#)
}

fn ended(t: u64) -> String {
    format!(r#"{{"t":{t},"type":"call_ended"}}"#)
}

fn typed(t: u64, pkg: &str, field: &str, text: &str) -> String {
    format!(r#"{{"t":{t},"type":"text_entered","package":"{pkg}","field":"{field}","text":"{text}"}}"#)
}

/// `request` at 0, `between` after it, then `account` typed in `bank` at `at` and
/// `amount` a minute later.
fn request_then_typed(
    request: String,
    between: &[String],
    bank: &str,
    at: u64,
    account: &str,
    amount: &str,
) -> Vec<String> {
    let mut v = vec![request];
    v.extend_from_slice(between);
    v.push(typed(at, bank, "account", account));
    v.push(typed(at + MIN, bank, "amount", amount));
    v
}

/// A cousin asks for the hospital deposit to his mother's card, then the payment.
fn cousin_asks(between: &[String]) -> Vec<String> {
    let ask =
        chat(0, WECHAT, "表哥", "在吗？我爸住院了，今天要手术，押金还差两万，能不能先借我一下，打我妈卡上");
    request_then_typed(ask, between, CCB, 30 * MIN, "6217 0000 0000 2290", "20000")
}

#[test]
fn a_relative_rung_back_has_checked_the_request() {
    // Unchecked, a relative's urgent request and a large payment to a new payee is
    // the hijacked-account script.
    assert!(top(&cousin_asks(&[])) >= Some(Level::Danger), "{:?}", top(&cousin_asks(&[])));
    // The user rings the cousin and talks for six minutes: a scammer behind his
    // account could not take that call.
    let rung = cousin_asks(&[call(3 * MIN, "outgoing"), ended(9 * MIN)]);
    assert!(top(&rung) <= Some(Level::Caution), "{:?}", top(&rung));
    // A contact who happens to call, or a call that does not get through, checks nothing.
    let called_in = cousin_asks(&[call(3 * MIN, "incoming"), ended(9 * MIN)]);
    assert!(top(&called_in) >= Some(Level::Danger), "{:?}", top(&called_in));
    let no_answer = cousin_asks(&[call(3 * MIN, "outgoing"), ended(3 * MIN + 10_000)]);
    assert!(top(&no_answer) >= Some(Level::Danger), "{:?}", top(&no_answer));
    // Ringing out into voicemail lasts a minute; a short chat call reaches whoever
    // holds the account, the scammer included ("bad network", a few seconds of a
    // face-swapped video).
    let voicemail = cousin_asks(&[call(3 * MIN, "outgoing"), ended(4 * MIN + 5_000)]);
    assert!(top(&voicemail) >= Some(Level::Danger), "{:?}", top(&voicemail));
    let chat_call = |minutes: u64| {
        cousin_asks(&[
            format!(
                r#"{{"t":{},"type":"call_started","direction":"outgoing","peer":"contact","channel":"voip","app":"{WECHAT}"}}"#,
                3 * MIN
            ),
            ended((3 + minutes) * MIN),
        ])
    };
    assert!(top(&chat_call(1)) >= Some(Level::Danger), "{:?}", top(&chat_call(1)));
    // Six minutes of talk on the chat app is a conversation nobody but the cousin
    // holds (`calls.contact_check.min_voip_ms`).
    assert!(top(&chat_call(6)) <= Some(Level::Caution), "{:?}", top(&chat_call(6)));
}

#[test]
fn a_chat_app_that_also_pays_is_not_a_bank_opened_during_a_share() {
    let share = |pkg: &str| {
        vec![
            chat(0, "com.tencent.wework", "产品组", "【会议提醒】周例会 10:00，腾讯会议 412-xxx-xxx，请各位准备本周进度"),
            r#"{"t":60000,"type":"call_started","direction":"outgoing","peer":"unknown","channel":"voip","app":"com.tencent.wemeet.app"}"#.to_string(),
            r#"{"t":90000,"type":"screen_text","package":"com.tencent.wemeet.app","text":"李经理 正在共享屏幕 · 第三季度门店数据复盘"}"#.to_string(),
            // Half an hour into the meeting the user presents, then opens another app.
            format!(r#"{{"t":{},"type":"screen_share_started","package":"com.tencent.wemeet.app"}}"#, 31 * MIN),
            format!(r#"{{"t":{},"type":"app_foreground","package":"{pkg}"}}"#, 32 * MIN),
        ]
    };
    let (wechat, alipay) = (top(&share(WECHAT)), top(&share("com.eg.android.AlipayGphone")));
    assert!(wechat < alipay, "{wechat:?} vs {alipay:?}");
}

#[test]
fn friend_requests_in_traditional_chinese_are_someone_new() {
    // Money typed into the chat app right after a stranger's friend request goes
    // to that stranger (a new payee): "lend me some" from someone new is louder
    // than from an old chat. The task script makes it a scam whoever sent it.
    let script = |request: bool, text: &str| {
        let mut v = Vec::new();
        if request {
            v.push(chat(0, WECHAT, "新的朋友", "港島置業 陳生 請求添加你為朋友"));
        }
        v.push(chat(5 * MIN, WECHAT, "陳生", text));
        v.push(typed(20 * MIN, WECHAT, "amount", "8000"));
        v
    };
    const TASK: &str = "做任务返佣金，先垫付本金，完成后本金和佣金一起返还";
    const ASK: &str = "在吗？帮我转一下，回头还你";
    assert!(top(&script(true, TASK)) >= Some(Level::Danger), "{:?}", top(&script(true, TASK)));
    assert!(top(&script(false, TASK)) >= Some(Level::Danger), "{:?}", top(&script(false, TASK)));
    let (with, without) = (top(&script(true, ASK)), top(&script(false, ASK)));
    assert!(with > without, "{with:?} vs {without:?}");
}

const MONZO: &str = "co.uk.getmondo";

fn screen(t: u64, pkg: &str, text: &str) -> String {
    format!(r#"{{"t":{t},"type":"screen_text","package":"{pkg}","text":"{text}"}}"#)
}

#[test]
fn the_banks_name_check_ties_a_payment_to_a_stranger() {
    // A seller met in the chats a minute ago, and the bank's name check fails: what
    // a purchase scam looks like; with a name that matches, it is a purchase.
    let sale = |check: &str| {
        vec![
            chat(
                0,
                "com.whatsapp",
                "+44 7700 900123",
                "Hi yes she's still available, send the deposit to hold her",
            ),
            typed(10 * MIN, MONZO, "account", "04-00-75 31220000"),
            screen(10 * MIN + 5_000, MONZO, check),
            typed(11 * MIN, MONZO, "amount", "£800"),
        ]
    };
    let mismatch = top(&sale("Name doesn't match. The account name is not J McAllister. Continue?"));
    let matched = top(&sale("Confirmation of Payee: name matches J MCALLISTER"));
    assert!(mismatch >= Some(Level::Danger), "{mismatch:?}");
    assert!(matched < mismatch, "{matched:?} vs {mismatch:?}");
    // The other ways UK banks word a failed check.
    for check in [
        "Confirmation of Payee · We can't confirm this account name",
        "The name you've entered doesn't match the account details",
        "This isn't a match. Check the name with the person you're paying",
    ] {
        assert_eq!(top(&sale(check)), mismatch, "{check}");
    }
}

#[test]
fn the_banks_own_call_check_settles_who_is_calling() {
    // What a bank app sees: a long call it cannot check, then a large transfer.
    let call_then_pay = |check: &str, amount: &str| {
        vec![
            r#"{"t":0,"type":"call_started","direction":"incoming","peer":"unverified"}"#.to_string(),
            screen(2 * MIN, "com.commbank.netbank", check),
            typed(24 * MIN, "com.commbank.netbank", "account", "062-000 12345678"),
            typed(25 * MIN, "com.commbank.netbank", "amount", amount),
        ]
    };
    let genuine = top(&call_then_pay("CallerCheck · Yes, you're speaking with CommBank", "9000"));
    let unknown = top(&call_then_pay("Accounts · Everyday account", "9000"));
    assert!(genuine <= Some(Level::Caution), "{genuine:?}");
    assert!(unknown >= Some(Level::Danger), "{unknown:?}");
    // A small payment during a call nobody could check is the day; during a call
    // the bank says is not its own, it is the script.
    let small = top(&call_then_pay("Accounts · Everyday account", "400"));
    let pretender = top(&call_then_pay("CallerCheck · We're not calling you right now", "400"));
    assert!(small <= Some(Level::Caution), "{small:?}");
    assert!(pretender >= Some(Level::Danger), "{pretender:?}");
    // Said before any call, "we're not calling you" is the app's help page.
    let idle = [screen(0, "com.commbank.netbank", "We're not calling you right now")];
    assert_eq!(top(&idle), None);
    // The bank's own warning names the words without vouching for the caller.
    let warning = top(&call_then_pay("If you are not sure you're speaking with us, hang up", "9000"));
    assert!(warning >= Some(Level::Danger), "{warning:?}");
    // An app the catalog does not list (here one whose id only says "bank") cannot
    // vouch for a call: a fake bank app can show any words.
    let fake = vec![
        r#"{"t":0,"type":"call_started","direction":"incoming","peer":"unverified"}"#.to_string(),
        screen(2 * MIN, "com.secure.mybank", "CallerCheck · Yes, you're speaking with your bank"),
        typed(24 * MIN, "com.commbank.netbank", "account", "062-000 12345678"),
        typed(25 * MIN, "com.commbank.netbank", "amount", "9000"),
    ];
    assert!(top(&fake) >= Some(Level::Danger), "{:?}", top(&fake));
}

/// "Dad it's Mei, my phone was stolen, send money to my friend's PayNow", from a
/// number the father does not have, then a payment to the friend.
fn daughter_asks(call_minutes: u64) -> Vec<String> {
    let wa = "com.whatsapp";
    let uob = "com.uob.mighty.app";
    vec![
        chat(0, wa, "+66 8x xxx x391", "Dad it's Mei!! my phone got stolen, using Jess's phone. can you send money to her PayNow, urgent"),
        format!(r#"{{"t":{},"type":"call_started","direction":"incoming","peer":"unknown","channel":"voip","app":"{wa}"}}"#, 2 * MIN),
        ended((2 + call_minutes) * MIN),
        typed(20 * MIN, uob, "account", "9xxx xx52"),
        typed(21 * MIN, uob, "amount", "400"),
    ]
}

#[test]
fn minutes_on_a_video_call_with_the_new_number_check_the_request() {
    // Seven minutes seeing and hearing her on the new number: the father checked.
    let checked = daughter_asks(7);
    assert!(top(&checked) <= Some(Level::Caution), "{:?}", top(&checked));
    // A one-minute call (a scammer's "bad line", a missed video call) checks nothing.
    let unchecked = daughter_asks(1);
    assert!(top(&unchecked) >= Some(Level::Danger), "{:?}", top(&unchecked));
}

#[test]
fn ringing_the_new_number_is_a_call_to_the_asker_not_to_a_number_a_text_gave() {
    // The mother places the video call herself, to the number that wrote as her
    // son: seeing him for minutes checks the request, and the call itself is no
    // callback scam's step. A one-minute call ("mic broken") still checks nothing.
    let wa = "com.whatsapp";
    let anz = "com.anz.android.gomoney";
    let asked = |call_minutes: u64| {
        vec![
            chat(0, wa, "+64 21 000 0417", "Hi Mum it's Jack, finally got a NZ sim, this is my new number. Can you ring me before 9? Flat bond thing"),
            format!(r#"{{"t":{},"type":"call_started","direction":"outgoing","peer":"unknown","channel":"voip","app":"{wa}","number":"+64210000417"}}"#, 3 * MIN),
            ended((3 + call_minutes) * MIN),
            chat(20 * MIN, wa, "+64 21 000 0417", "Bond top-up NZD 400, due Friday. Acc 12-3456-0123456-00, ref 7B Jack M"),
            typed(25 * MIN, anz, "account", "12-3456-0123456-00"),
            typed(26 * MIN, anz, "amount", "400"),
        ]
    };
    let checked = asked(12);
    assert!(top(&checked) <= Some(Level::Caution), "{:?}", top(&checked));
    let unchecked = asked(1);
    assert!(top(&unchecked) >= Some(Level::Danger), "{:?}", top(&unchecked));
}

const WHATSAPP: &str = "com.whatsapp";
const STARLING: &str = "com.starlingbank.android";

/// A sister stranded at an airport writes that her bank froze her card and asks
/// for the hotel money; the payment goes to her other account, a new payee.
fn sister_asks(between: &[String]) -> Vec<String> {
    let request = [
        chat(0, WHATSAPP, "Beth", "my Barclays card's been declined twice at the hotel desk, think they've frozen it. Could you send me £180 for the room? I'll pay you back Friday"),
        chat(20_000, WHATSAPP, "Beth", "send to my Chase one, 60-84-07 xxxx1936"),
    ];
    asked_then_paid(&request, between, "180")
}

/// `request`, then `between`, then £`amount` paid in Starling to the new payee
/// the request named.
fn asked_then_paid(request: &[String], between: &[String], amount: &str) -> Vec<String> {
    let mut v = request.to_vec();
    v.extend_from_slice(between);
    v.push(typed(9 * MIN, STARLING, "account", "608407 xxxx1936"));
    v.push(typed(10 * MIN, STARLING, "amount", amount));
    v.push(common::transfer_to_new_payee(10 * MIN + 30_000, STARLING, amount, "GBP"));
    v
}

#[test]
fn ringing_the_asker_checks_the_bank_words_in_her_request_too() {
    // Unchecked, a relative's request naming a frozen bank card, then money to a
    // new payee, is the hijacked-account script.
    assert!(top(&sister_asks(&[])) >= Some(Level::Danger), "{:?}", top(&sister_asks(&[])));
    // He rings her saved number and she confirms the account: her whole message is
    // checked, the bank she named included (`calls.contact_check.notification_signals`).
    let rung = sister_asks(&[call(2 * MIN, "outgoing"), ended(6 * MIN)]);
    assert!(top(&rung) <= Some(Level::Caution), "{:?}", top(&rung));
    // A phishing text from a stranger, its link opened, is not what the call was
    // about: ringing a relative afterwards checks her request, not the stranger's link.
    let mut phished = sister_asks(&[call(2 * MIN, "outgoing"), ended(6 * MIN)]);
    let opened = [
        r#"{"t":60000,"type":"sms_received","sender":"+447700900123","sender_kind":"unknown","text":"Barclays: your card has been frozen due to unusual activity. Verify now at barclays-secure-verify.com to avoid suspension"}"#,
        r#"{"t":70000,"type":"app_foreground","package":"com.android.chrome"}"#,
    ];
    for (i, e) in opened.iter().enumerate() {
        phished.insert(2 + i, e.to_string());
    }
    assert!(top(&phished) >= Some(Level::Danger), "{:?}", top(&phished));
}

#[test]
fn joining_a_group_on_the_chat_apps_own_screen_is_someone_new() {
    // tests/cases35 (a child scans a streamer's QR code into a "welfare group"):
    // the chat app's own screen says the user joined; no notification says so.
    // The group's "send a red packet" and the money typed in that app then go to
    // someone new, as after a friend request.
    let rest = [
        chat(2 * MIN, WECHAT, "粉丝福利群", "管理员：新人先发个红包排队，装备翻倍，今晚统一发货"),
        typed(5 * MIN, WECHAT, "amount", "800"),
    ];
    let mut joined = vec![screen(MIN, WECHAT, "你已通过扫描二维码加入群聊“粉丝福利群”")];
    joined.extend_from_slice(&rest);
    let alone = top(&rest);
    let after_join = top(&joined);
    assert!(after_join > alone && after_join == Some(Level::Critical), "{after_join:?} vs {alone:?}");
    // The same words on a shop's screen say nothing of anyone new.
    let mut shop = vec![screen(MIN, "com.taobao.taobao", "你已通过扫描二维码加入群聊“粉丝福利群”")];
    shop.extend_from_slice(&rest);
    assert_eq!(top(&shop), alone);
}

/// A shop rang and sent its FPS number; later the user pays it while someone on a
/// WhatsApp video call (`peer`) watches the shared screen.
fn guided_payment(peer: &str) -> Vec<String> {
    const ICBC: &str = "com.icbc.icbcasia";
    vec![
        r#"{"t":0,"type":"call_started","direction":"incoming","peer":"unknown","number":"+852 2540 0000"}"#
            .to_string(),
        ended(3 * MIN),
        chat(25 * MIN, "com.whatsapp", "+852 5400 0000", "陳太你好，燕盞共$2,680，今日下晝送到。FPS 1234567"),
        format!(
            r#"{{"t":{},"type":"call_started","direction":"incoming","peer":"{peer}","channel":"voip","app":"com.whatsapp"}}"#,
            45 * MIN
        ),
        format!(r#"{{"t":{},"type":"screen_share_started","package":"com.whatsapp"}}"#, 46 * MIN),
        typed(48 * MIN, ICBC, "account", "1234567"),
        typed(49 * MIN, ICBC, "amount", "2680"),
        format!(
            r#"{{"t":{},"type":"transfer_started","package":"{ICBC}","amount":"2680.00","currency":"HKD","payee_new":true}}"#,
            49 * MIN + 20_000
        ),
    ]
}

#[test]
fn a_son_guiding_a_payment_over_a_shared_screen_is_his_help_not_a_strangers_hands() {
    // tests/cases37 and 38 (Lucknow, North Point, Kochi): a son or daughter on a
    // saved contact's video call watches the screen while the parent pays a shop
    // that rang earlier. The shared screen is theirs: it neither links a chain nor
    // weighs as control at the money. A question at most.
    let son = top(&guided_payment("contact"));
    assert!(son <= Some(Level::Caution), "{son:?}");
    // The same screen shown to someone the phone does not know is the script.
    let stranger = top(&guided_payment("unknown"));
    assert!(stranger >= Some(Level::Danger), "{stranger:?}");
}

#[test]
fn a_sons_help_stays_his_after_a_phishing_text_nobody_opened() {
    // The same day began with a parcel phishing text whose link was never opened.
    // An ignored lure is set aside at the money, and the son's shared screen weighs
    // nothing there either: setting one aside must not bring the other back. (What
    // the text, the shop's call and the new chat raise before is not this test's.)
    let at_the_money = |peer: &str| {
        let text = r#"{"t":0,"type":"sms_received","sender":"+852 6000 0000","text":"【香港郵政】你的包裹因地址不全無法派送，請於24小時內更新地址：https://hkpost-hk.top/u"}"#;
        let mut engine = Engine::new();
        engine.observe(&Event::from_json(text).expect("event")).expect("observe");
        // The shop's day ten minutes later, paid in a catalogued bank's app (BOCHK).
        let day = guided_payment(peer);
        let mut top = None;
        for (i, line) in day.iter().enumerate() {
            let t: u64 = line[5..line.find(',').expect("t")].parse().expect("t");
            let line = line
                .replacen(&format!("\"t\":{t},"), &format!("\"t\":{},", t + 10 * MIN), 1)
                .replace("com.icbc.icbcasia", "com.bochk.app.aos");
            let ws = engine.observe(&Event::from_json(&line).expect("event")).expect("observe");
            // The last three lines are the payment: account, amount, transfer.
            if i + 3 >= day.len() {
                top = ws.iter().map(|w| w.level).chain(top).max();
            }
        }
        top
    };
    let son = at_the_money("contact");
    assert!(son <= Some(Level::Caution), "{son:?}");
    let stranger = at_the_money("unknown");
    assert!(stranger >= Some(Level::Danger), "{stranger:?}");
}

/// Dad asks in a chat for the band trip's balance; the payment follows, with
/// `between` after his message.
fn dad_asks(between: &[String]) -> Vec<String> {
    let request = [chat(
        0,
        WHATSAPP,
        "Dad",
        "Hey love can you pay Danny's band trip balance today? £285 due tonight. I'm on the road, only have the company card. I'll pay you back Friday",
    )];
    asked_then_paid(&request, between, "285")
}

#[test]
fn the_relative_on_the_line_while_paying_has_checked_his_request() {
    // tests/cases41 (Bakersfield): a video call to Dad's saved number, screen
    // shared, still on while the payment is made. Minutes on the line with him
    // check his request before the call ends, as they do after it.
    let video = |minutes: u64| {
        let start = 9 * MIN - minutes * MIN;
        [
            format!(
                r#"{{"t":{start},"type":"call_started","direction":"outgoing","peer":"contact","channel":"voip","app":"{WHATSAPP}"}}"#
            ),
            format!(r#"{{"t":{},"type":"screen_share_started","package":"{WHATSAPP}"}}"#, start + 30_000),
        ]
    };
    let on_the_line = dad_asks(&video(7));
    assert!(top(&on_the_line) <= Some(Level::Caution), "{:?}", top(&on_the_line));
    // A minute on the line is no check yet.
    let just_rung = dad_asks(&video(1));
    assert!(top(&just_rung) >= Some(Level::Danger), "{:?}", top(&just_rung));
}

const COMMBANK: &str = "com.commbank.netbank";

/// "Dad it's Liam, on Josh's phone" by SMS from a number the father does not
/// have, `between` after it, then the bill paid to a new payee.
fn son_texts_from_a_friends_phone(between: &[String]) -> Vec<String> {
    let sms = r#"{"t":0,"type":"sms_received","sender":"+61 491 570 313","sender_kind":"unknown","text":"Dad it's Liam, my screen's smashed, on Josh's phone. Res instalment is due today, $1460, can you pay it? Invoice in your email"}"#;
    request_then_typed(sms.to_string(), between, COMMBANK, 20 * MIN, "BPAY 348912 ref 2204718863", "1460.00")
}

fn dialled(t: u64, number: &str) -> String {
    format!(
        r#"{{"t":{t},"type":"call_started","direction":"outgoing","peer":"unknown","number":"{number}"}}"#
    )
}

#[test]
fn ringing_the_number_that_wrote_as_a_son_and_hearing_him_checks_the_request_and_the_call() {
    // tests/cases50 (Burnie): the father rings the number back and talks with his
    // son for seven minutes; the number is written the way the dialler shows it.
    let talked = son_texts_from_a_friends_phone(&[dialled(3 * MIN, "0491 570 313"), ended(10 * MIN)]);
    assert!(top(&talked) <= Some(Level::Caution), "{:?}", top(&talked));
    // Nobody answers (a minute of ringing): nothing is checked, and the call is a
    // stranger's number dialled just before paying.
    let unanswered = son_texts_from_a_friends_phone(&[dialled(3 * MIN, "0491 570 313"), ended(4 * MIN)]);
    assert!(top(&unanswered) >= Some(Level::Danger), "{:?}", top(&unanswered));
    // Seven minutes with another number (the "bank" the text did not name) are
    // not a talk with the son.
    let elsewhere = son_texts_from_a_friends_phone(&[dialled(3 * MIN, "0491 570 999"), ended(10 * MIN)]);
    assert!(top(&elsewhere) >= Some(Level::Danger), "{:?}", top(&elsewhere));
}

/// "Its Dad, dropped my phone in the bath, this is my new number" in WhatsApp
/// from an unsaved number, `between` after it, then the garage man paid.
fn dad_writes_from_a_new_number(between: &[String]) -> Vec<String> {
    let ask = chat(
        0,
        WHATSAPP,
        "+44 7700 900233",
        "Its Dad. Dropped my phone in the bath this is my new number. Garage door mans here, he wants £145 by bank transfer, can you do it son",
    );
    request_then_typed(ask, between, STARLING, 20 * MIN, "40-11-62 51880214", "145")
}

fn chat_call(t: u64, app: &str) -> String {
    format!(
        r#"{{"t":{t},"type":"call_started","direction":"outgoing","peer":"unknown","channel":"voip","app":"{app}"}}"#
    )
}

#[test]
fn a_chat_call_in_the_app_the_new_number_wrote_in_checks_it_and_the_number_saved_after() {
    // tests/cases41 (Leeds): six minutes on a WhatsApp call to the new number,
    // then the number saved as Dad.
    let saved = |t: u64| format!(r#"{{"t":{t},"type":"contact_added","number":"07700 900233"}}"#);
    let talked =
        dad_writes_from_a_new_number(&[chat_call(2 * MIN, WHATSAPP), ended(8 * MIN), saved(9 * MIN)]);
    assert!(top(&talked) <= Some(Level::Caution), "{:?}", top(&talked));
    // Saving the number without hearing him is what the "Hi Dad" script asks.
    let unheard = dad_writes_from_a_new_number(&[saved(9 * MIN)]);
    assert!(top(&unheard) >= Some(Level::Danger), "{:?}", top(&unheard));
    // Six minutes on a call in another chat app are with someone else.
    let other_app = dad_writes_from_a_new_number(&[
        chat_call(2 * MIN, "org.telegram.messenger"),
        ended(8 * MIN),
        saved(9 * MIN),
    ]);
    assert!(top(&other_app) >= Some(Level::Danger), "{:?}", top(&other_app));
}

#[test]
fn after_hearing_the_son_his_next_message_from_the_new_number_is_his() {
    // tests/cases57 (Inverness): "Mum it's Callum … my bank app was on it", a
    // WhatsApp call to the number, then the letting agent's details from it.
    let number = "+44 7700 900417";
    let day = |between: &[String]| {
        let mut v = vec![chat(
            0,
            WHATSAPP,
            number,
            "Mum it's Callum. Phone got nicked last night, this is Jamie's phone. Rent's due today and my bank app was on it, can you pay it for me?",
        )];
        v.extend_from_slice(between);
        v.push(chat(
            20 * MIN,
            WHATSAPP,
            number,
            "It's £475 to Kelvinside Lettings 80-22-60 10394418 ref FLAT 2/1. Thanks Mum",
        ));
        v.push(typed(25 * MIN, STARLING, "account", "80-22-60 10394418"));
        v.push(typed(26 * MIN, STARLING, "amount", "475.00"));
        v
    };
    // The first message alone may warn (a new number asking is the script until
    // the voice is heard); what counts is the payment's.
    let at_payment = |events: &[String]| {
        let mut engine = Engine::new();
        let levels: Vec<Vec<Level>> = events
            .iter()
            .map(|e| engine.observe(&Event::from_json(e).expect("event")).expect("observe"))
            .map(|ws| ws.into_iter().map(|w| w.level).collect())
            .collect();
        levels[levels.len() - 3..].iter().flatten().copied().max()
    };
    let heard = day(&[chat_call(2 * MIN, WHATSAPP), ended(13 * MIN)]);
    assert!(at_payment(&heard) <= Some(Level::Caution), "{:?}", at_payment(&heard));
    let unheard = day(&[]);
    assert!(at_payment(&unheard) >= Some(Level::Danger), "{:?}", at_payment(&unheard));
}

#[test]
fn ringing_the_old_saved_number_after_a_new_number_asks_checks_the_request() {
    // tests/cases63 (Changsha), cases6 (Hong Kong), cases61 (Changchun): the
    // father rings his son's saved number minutes after the text from the new one
    // and talks for five minutes; the son would have said it was not him. (The
    // contact check has done this since session 29; since session 32 the same call
    // is also a talk with the person who asked: see the next test.)
    let rang = son_texts_from_a_friends_phone(&[call(3 * MIN, "outgoing"), ended(8 * MIN)]);
    assert!(top(&rang) <= Some(Level::Caution), "{:?}", top(&rang));
    // The old number rings out into voicemail (a minute), or the son happens to
    // ring in: nobody was asked, nothing is checked.
    let voicemail = son_texts_from_a_friends_phone(&[call(3 * MIN, "outgoing"), ended(4 * MIN)]);
    assert!(top(&voicemail) >= Some(Level::Danger), "{:?}", top(&voicemail));
    let rang_in = son_texts_from_a_friends_phone(&[call(3 * MIN, "incoming"), ended(8 * MIN)]);
    assert!(top(&rang_in) >= Some(Level::Danger), "{:?}", top(&rang_in));
}

#[test]
fn the_new_number_saved_after_the_check_does_not_make_his_next_call_a_strangers() {
    // Changsha: checked on the old number, the new one saved, then the son's own
    // chat call (no number shown), then a stranger's short call (the care class),
    // then the payment to the class's company account.
    let sms = r#"{"t":0,"type":"sms_received","sender":"+86 139 0000 4417","sender_kind":"unknown","text":"爸，我是小军，公司给我配了个工作手机，这是新号码，上班时间打这个"}"#;
    let saved = r#"{"t":480000,"type":"contact_added","number":"+86 139 0000 4417"}"#;
    let son_call = format!(
        r#"{{"t":{},"type":"call_started","direction":"incoming","peer":"contact","channel":"voip","app":"{WECHAT}"}}"#,
        55 * MIN
    );
    let stranger =
        format!(r#"{{"t":{},"type":"call_started","direction":"incoming","peer":"unknown"}}"#, 89 * MIN);
    let day = |rung: bool| {
        let mut v = vec![sms.to_string()];
        if rung {
            v.extend([call(2 * MIN, "outgoing"), ended(6 * MIN)]);
        }
        v.extend([saved.to_string(), son_call.clone(), ended(61 * MIN), stranger.clone(), ended(92 * MIN)]);
        request_then_typed(
            chat(63 * MIN, WECHAT, "小军", "账户信息我发你"),
            &v,
            CCB,
            108 * MIN,
            "8001000033215577",
            "2800",
        )
    };
    assert!(top(&day(true)) <= Some(Level::Caution), "{:?}", top(&day(true)));
    // Not rung: the new number saved, then a "contact" calls in a chat app, then
    // a stranger, then money is the script of a saved scammer.
    assert!(top(&day(false)) >= Some(Level::Danger), "{:?}", top(&day(false)));
}

#[test]
fn minutes_on_a_chat_call_with_the_new_number_check_it_while_the_call_is_still_on() {
    // tests/cases62 (Hobart): the mother video-calls the daughter's new number and
    // shares her screen ten minutes in so the daughter can guide the bank's form;
    // the call ends after the share, the payment follows.
    let share = |t: u64| format!(r#"{{"t":{t},"type":"screen_share_started","package":"{WHATSAPP}"}}"#);
    let stop = |t: u64| format!(r#"{{"t":{t},"type":"screen_share_stopped","package":"{WHATSAPP}"}}"#);
    let talked = dad_writes_from_a_new_number(&[
        chat_call(MIN, WHATSAPP),
        share(11 * MIN),
        stop(14 * MIN),
        ended(16 * MIN),
    ]);
    assert!(top(&talked) <= Some(Level::Caution), "{:?}", top(&talked));
    // Shared two minutes into the call: not yet a talk, a stranger's hands.
    let early = dad_writes_from_a_new_number(&[
        chat_call(MIN, WHATSAPP),
        share(3 * MIN),
        stop(6 * MIN),
        ended(16 * MIN),
    ]);
    assert!(top(&early) >= Some(Level::Danger), "{:?}", top(&early));
}

#[test]
fn the_relatives_next_errand_under_the_saved_name_after_the_check_is_theirs() {
    // tests/cases6 (Hong Kong), cases95 (Kwun Tong): "Mum, new number, save it",
    // the daughter rings her mother's saved line and talks, saves the new number
    // as Mum, and Mum's chat then asks her to pay by FPS.
    let day = |checked: bool| {
        let mut v = vec![chat(
            0,
            WHATSAPP,
            "+852 6300 0000",
            "阿女，我係媽媽。舊電話壞咗，換咗新電話新號碼，你save咗佢啦",
        )];
        if checked {
            v.push(call(3 * MIN, "outgoing"));
            v.push(ended(10 * MIN));
        }
        v.push(r#"{"t":660000,"type":"contact_added","number":"+852 6300 0000"}"#.to_string());
        v.push(chat(30 * MIN, WHATSAPP, "媽媽", "今個月家用轉去呢個新號碼個轉數快得唔得？你幫我過數啦"));
        v.push(typed(40 * MIN, "com.bochk.app.aos", "amount", "3000"));
        v
    };
    assert!(top(&day(true)) <= Some(Level::Caution), "{:?}", top(&day(true)));
    // Saved without hearing her: the "Hi Mum" script's own step.
    assert!(top(&day(false)) >= Some(Level::Danger), "{:?}", top(&day(false)));
}
