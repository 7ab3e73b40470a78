//! What the engine trusts must be earned by a fact, not by words anyone can put
//! on a screen (session 9 review): a bank's menu is not a biller, an official
//! domain in an e-mail is not the official site, a counterparty's note in a
//! payment app is not the bank speaking, a "government app" that takes a stranger's
//! script is not the government, and a number the user dialled is not harmless
//! after half an hour on it. Each case is paired with the ordinary day it mimics.

mod lines;

use lines::{call, ended, notification, screen, top, transfer, typed, MIN};
use scamguard::region::Region;
use scamguard::text::{analyze, Source, TextClass};
use scamguard::Level;

const COMMBANK: &str = "com.commbank.netbank";
const ALIPAY: &str = "com.eg.android.AlipayGphone";
const CHROME: &str = "com.android.chrome";
const GMAIL: &str = "com.google.android.gm";
const CHASE: &str = "com.chase.sig.android";
const PHONEPE: &str = "com.phonepe.app";
const CCB: &str = "com.chinamworld.main";
const TRAFFIC_12123: &str = "com.tmri.app.main";

#[test]
fn a_banks_menu_naming_bpay_chooses_no_biller() {
    // A 20-minute stranger's call, then, as the line goes quiet, an account typed
    // and A$9,000 sent.
    let after = |menu: Option<&str>| {
        let mut events = vec![call(0, "incoming", "+61 2 5550 1234"), ended(20 * MIN)];
        events.extend(menu.map(|m| screen(21 * MIN + 30_000, COMMBANK, m)));
        events.push(typed(22 * MIN, COMMBANK, "account", "062000 12345678"));
        events.push(typed(23 * MIN, COMMBANK, "amount", "9000"));
        events.push(transfer(23 * MIN + 30_000, COMMBANK, "9000", "AUD"));
        events
    };
    let plain = top(Region::Au, &after(None));
    assert!(plain >= Some(Level::Danger), "{plain:?}");
    for menu in [
        "Pay & transfer · Pay someone · BPAY · Transfer between your accounts · Cardless cash",
        "Pay someone · Osko by BPAY · Enter BSB and account",
    ] {
        assert_eq!(top(Region::Au, &after(Some(menu))), plain, "{menu}");
    }
    // Alipay's home grid lists 生活缴费 beside 转账: still a transfer to a card.
    let grid = vec![
        call(0, "incoming", "+86 171 0000 1234"),
        ended(20 * MIN),
        screen(25 * MIN, ALIPAY, "扫一扫 收付款 出行 卡包 转账 信用卡还款 生活缴费 余额宝 花呗"),
        typed(26 * MIN, ALIPAY, "account", "6222021234567890123"),
        typed(27 * MIN, ALIPAY, "amount", "50000"),
    ];
    assert!(top(Region::Cn, &grid) >= Some(Level::Danger), "{:?}", top(Region::Cn, &grid));
    // Leaving a chosen biller for "Pay someone" forgets the biller.
    let left = vec![
        call(0, "incoming", "+61 2 5550 1234"),
        ended(20 * MIN),
        screen(21 * MIN, COMMBANK, "BPAY · New biller · Biller code 9xxxx · AUSTRALIANSUPER"),
        screen(22 * MIN, COMMBANK, "Pay someone · New payee · BSB and account number"),
        typed(23 * MIN, COMMBANK, "account", "062000 12345678"),
        typed(24 * MIN, COMMBANK, "amount", "9000"),
    ];
    assert!(top(Region::Au, &left) >= Some(Level::Danger), "{:?}", top(Region::Au, &left));
}

#[test]
fn a_friends_photos_and_a_news_warning_are_not_a_threat() {
    let friend = vec![
        notification(
            0,
            "com.whatsapp",
            "Sophie",
            "I have your pics from the wedding! Want me to send them to your contacts too?",
        ),
        notification(
            MIN,
            "com.whatsapp",
            "Sophie",
            "also you owe me 85 for the gift, BSB 062-000 acc 1234 5678",
        ),
        typed(60 * MIN, COMMBANK, "account", "062000 12345678"),
        typed(61 * MIN, COMMBANK, "amount", "85"),
        transfer(62 * MIN, COMMBANK, "85", "AUD"),
    ];
    assert!(top(Region::Au, &friend) < Some(Level::Danger), "{:?}", top(Region::Au, &friend));
    let news = vec![
        notification(
            0,
            "com.ss.android.article.news",
            "今日头条",
            "警方提醒：骗子以裸照、不雅视频敲诈，不给钱就发到你的通讯录，千万别转账",
        ),
        format!(r#"{{"t":{},"type":"payment_prompt","package":"{ALIPAY}","kind":"qr_scan"}}"#, 60 * MIN),
    ];
    assert_eq!(top(Region::Cn, &news), None);
    // The threat itself, with its demand, is still extortion.
    let threat = analyze("I have your pics. Pay me today or I post them", Source::NotificationMessaging);
    assert!(threat.finding(TextClass::Extortion).is_some_and(|f| f.strength >= 0.6), "{threat:?}");
}

#[test]
fn a_government_apps_id_vouches_only_for_the_government() {
    // A stranger's call, then a "fund check" page and 80,000 typed in an app that
    // carries 交管12123's id but whose install the observer never saw.
    let fake = vec![
        call(0, "incoming", "+86 171 0000 1234"),
        screen(10 * MIN, TRAFFIC_12123, "资金核查 请将名下资金转入国家安全账户进行清查 清查完毕后原路退回"),
        typed(11 * MIN, TRAFFIC_12123, "amount", "80000"),
    ];
    assert!(top(Region::Cn, &fake) >= Some(Level::Danger), "{:?}", top(Region::Cn, &fake));
    // The national anti-fraud app takes no payments: its name vouches for nothing.
    let antifraud = vec![
        call(0, "incoming", "+86 171 0000 1234"),
        screen(10 * MIN, "com.hicorenational.antifraud", "资金核查 请将名下资金转入国家安全账户进行清查"),
        typed(11 * MIN, "com.hicorenational.antifraud", "amount", "80000"),
    ];
    assert!(top(Region::Cn, &antifraud) >= Some(Level::Danger), "{:?}", top(Region::Cn, &antifraud));
}

#[test]
fn an_official_domain_in_an_email_does_not_make_its_number_official() {
    let invoice = |tail: &str| {
        vec![
            screen(
                0,
                GMAIL,
                &format!("PayPal: You've got an invoice. Amount due $599.99 for Norton LifeLock renewal. If you did not authorize this charge, call PayPal Billing Department +1 (808) 555-0199 to cancel and get a refund.{tail}"),
            ),
            call(5 * MIN, "outgoing", "+18085550199"),
            ended(25 * MIN),
            typed(27 * MIN, CHASE, "account", "021000021 123456789"),
            typed(28 * MIN, CHASE, "amount", "$2,000"),
        ]
    };
    let plain = top(Region::Us, &invoice(""));
    assert!(plain >= Some(Level::Danger), "{plain:?}");
    assert_eq!(top(Region::Us, &invoice(" View and pay invoice at paypal.com")), plain);
    // In a browser, a page at the body's own address prints the body's number.
    let page = analyze("StudentAid.gov · Loan servicer: MOHELA · 888-866-4352", Source::BrowserPage);
    assert!(page.official_page, "{page:?}");
    let mail = analyze("StudentAid.gov · Loan servicer: MOHELA · 888-866-4352", Source::Screen);
    assert!(!mail.official_page, "{mail:?}");
}

#[test]
fn a_counterpartys_note_in_a_payment_app_is_not_the_bank_speaking() {
    let collect = vec![
        notification(
            0,
            PHONEPE,
            "Payment request",
            "Rahul Sharma has requested ₹4,999. Note: OLX buyer payment - enter UPI PIN to receive money in your account",
        ),
        screen(45_000, PHONEPE, "Rahul Sharma requested ₹4,999 · Message: OLX buyer payment - enter UPI PIN to receive money · Pay · Decline"),
        format!(
            r#"{{"t":60000,"type":"payment_prompt","package":"{PHONEPE}","kind":"collect_request","amount":"4999","currency":"INR"}}"#
        ),
    ];
    assert!(top(Region::In, &collect) >= Some(Level::Danger), "{:?}", top(Region::In, &collect));
}

#[test]
fn half_an_hour_on_a_number_the_user_dialled_is_not_a_weak_call() {
    let dialled = |minutes: u64| {
        vec![
            call(0, "outgoing", "+8613501204471"),
            ended(minutes * MIN),
            typed(minutes * MIN + 2 * MIN, CCB, "account", "6222021234567890123"),
            typed(minutes * MIN + 3 * MIN, CCB, "amount", "4800"),
            transfer(minutes * MIN + 3 * MIN + 10_000, CCB, "4800", "CNY"),
        ]
    };
    assert!(top(Region::Cn, &dialled(25)) >= Some(Level::Danger), "{:?}", top(Region::Cn, &dialled(25)));
    // A two-minute call to a number from a bill, then a first payment under the
    // large amount: the user's own errand.
    assert!(top(Region::Cn, &dialled(2)) < Some(Level::Danger), "{:?}", top(Region::Cn, &dialled(2)));
}

#[test]
fn a_fee_page_that_never_showed_an_official_address_weighs_as_any_screen() {
    let page = |first: Option<&str>| {
        let mut events = Vec::new();
        events.extend(first.map(|f| screen(0, CHROME, f)));
        events.push(screen(2000, CHROME, "Linkt: Your toll invoice is overdue. Pay the outstanding toll of $3.95 now to avoid a $150 penalty. Enter card details"));
        events.push(typed(MIN, CHROME, "account", "4111 1111 1111 1111"));
        events.push(typed(90_000, CHROME, "code", "482913"));
        events
    };
    // Reached from a QR sticker or an ad: nothing else raised a lure.
    assert!(top(Region::Au, &page(None)) >= Some(Level::Danger), "{:?}", top(Region::Au, &page(None)));
    // The same page right after the toll road's own address: the user's bill.
    let own = page(Some("linkt.com.au · Pay a toll notice"));
    assert!(top(Region::Au, &own) < Some(Level::Danger), "{:?}", top(Region::Au, &own));
}

#[test]
fn a_receipt_with_a_number_to_call_is_not_a_callback_lure() {
    for text in [
        "Smile Dental: your card was charged $120 for today's appointment. Questions? Call 02 9876 5432",
        "Thanks for your order! Your card was charged $32.50 at Joe's Pizza. Questions about your order? Call 555-201-3344",
        "【物业】您本月物业费356元已从绑定银行卡扣款，如有疑问请致电物业服务中心 0755-26881234",
        // What is worth a call depends on the currency: 1,280 yuan of building
        // fees, NT$599 of phone bill, a dental deposit one may reschedule.
        "【物业】您本月物业费1280元已从绑定银行卡扣款，如有疑问请致电 0755-26881234",
        "台灣大哥大：您本期帳單NT$599已扣款成功，如有疑問請撥 0800-000-852",
        "Smile Dental: your card was charged $120 deposit for 3 Dec. To cancel or reschedule call 02 9876 5432",
    ] {
        let a = analyze(text, Source::SmsUnknown);
        assert!(a.finding(TextClass::Phishing).is_none(), "{text}: {a:?}");
    }
    for text in [
        "Your Amazon account was charged $499.99 for an iPhone. Not you? Call 1-888-555-0142",
        "已扣除你信用卡年费800元，如需核查请拨打13501204471",
        "【京东金融】您的白条年费299元将于明日扣除，如需关闭请致电 400-606-5500",
        "Norton 360: your plan renewed and $399.99 was charged to your account. To stop this payment call +1 808 555 0199",
    ] {
        let a = analyze(text, Source::SmsUnknown);
        let f = a.finding(TextClass::Phishing);
        assert!(f.is_some_and(|f| f.strength >= 0.5 && !f.word.is_empty()), "{text}: {a:?}");
    }
    // "Not you? Visit <a site that is not the bank's>" is phishing; "not you?
    // call us" or the brand's own site is how genuine alerts read.
    let lure = analyze(
        "BNZ: You have added a new payee to online banking. If you didn't make this change, please visit: bnz-verify-payee.com so we can verify you.",
        Source::SmsUnknown,
    );
    assert!(lure.finding(TextClass::Phishing).is_some_and(|f| f.strength >= 0.5), "{lure:?}");
    for text in [
        "Westpac: A new payee was added to your account. Not you? Call us on 132 032.",
        "Your Netflix payment of $15.99 was processed. Not you? Visit netflix.com/account",
    ] {
        let a = analyze(text, Source::SmsUnknown);
        assert!(a.finding(TextClass::Phishing).is_none_or(|f| f.strength < 0.35), "{text}: {a:?}");
    }
}

#[test]
fn a_threat_needs_what_the_extortioner_holds_and_everyday_if_nots_are_not_threats() {
    for text in [
        "快点下楼，不然我就先走了",
        "Let me know by tonight if you want the couch, or it goes to the next buyer",
        "You can't park there unless you pay at the machine",
        "hurry up or i post the group photo without you!",
    ] {
        let a = analyze(text, Source::NotificationMessaging);
        assert!(a.finding(TextClass::Extortion).is_none(), "{text}: {a:?}");
    }
    // Demands with an amount and no deadline are still threats.
    for text in [
        "I have your video. Pay 300 dollars or your family and friends will see it",
        "你的私密照在我手上，今天之内转2万，不然全部发到你的亲友群",
    ] {
        let a = analyze(text, Source::NotificationMessaging);
        assert!(a.finding(TextClass::Extortion).is_some_and(|f| f.strength >= 0.6), "{text}: {a:?}");
    }
    let paid = vec![
        notification(
            0,
            "com.tencent.mm",
            "小美",
            "你的私密照在我手上，今天之内转2万，不然全部发到你的亲友群",
        ),
        typed(10 * MIN, CCB, "account", "6222021234567890123"),
        typed(11 * MIN, CCB, "amount", "20000"),
    ];
    assert!(top(Region::Cn, &paid) >= Some(Level::Danger), "{:?}", top(Region::Cn, &paid));
}

#[test]
fn a_banks_own_scam_warning_is_not_scam_text() {
    let pay = |warning: &str| {
        vec![
            typed(20_000, COMMBANK, "account", "062000 12345678"),
            typed(40_000, COMMBANK, "amount", "240"),
            screen(50_000, COMMBANK, warning),
            transfer(60_000, COMMBANK, "240", "AUD"),
        ]
    };
    for warning in [
        "Before you pay: Has someone told you to move your money to a safe account? Asked you to download software like AnyDesk? Promised high returns on an investment? Stop. It could be a scam.",
        "Is this payment to a safe account? Stop – it's a scam.",
    ] {
        assert_eq!(top(Region::Au, &pay(warning)), None, "{warning}");
    }
}

#[test]
fn an_invoice_on_an_official_host_that_says_call_to_dispute_is_the_callback_lure() {
    let events = vec![
        screen(31_000, CHROME, "paypal.com/invoice/p/#INV2-7KQD · Norton LifeLock · Amount due $599.99 · Note from seller: If you did not authorize this charge, call PayPal Billing Department +1 (808) 555-0199 to cancel and get a refund · Pay Now"),
        call(5 * MIN, "outgoing", "+18085550199"),
        ended(25 * MIN),
        typed(27 * MIN, CHASE, "account", "021000021 123456789"),
        typed(28 * MIN, CHASE, "amount", "$2,000"),
    ];
    assert!(top(Region::Us, &events) >= Some(Level::Danger), "{:?}", top(Region::Us, &events));
}

#[test]
fn a_page_anyone_can_write_under_an_official_domain_gives_no_official_number() {
    let day = |page: &str| {
        vec![
            screen(31_000, CHROME, page),
            call(5 * MIN, "outgoing", "+18085550199"),
            ended(25 * MIN),
            typed(27 * MIN, CHASE, "account", "021000021 123456789"),
            typed(28 * MIN, CHASE, "amount", "$2,000"),
        ]
    };
    let lure = day("https://sites.google.com/view/amazon-refund-desk · Amazon Refund Desk · Refunds for cancelled orders · Call our refund team +1 (808) 555-0199");
    assert!(top(Region::Us, &lure) >= Some(Level::Danger), "{:?}", top(Region::Us, &lure));
    // The same words on the body's own host: the number is the body's.
    let own = day("https://www.amazon.com/gp/help/customer/contact-us · Amazon Refund Desk · Refunds for cancelled orders · Call our refund team +1 (808) 555-0199");
    assert!(top(Region::Us, &own) < top(Region::Us, &lure), "{:?}", top(Region::Us, &own));
}

#[test]
fn a_bill_handed_from_a_governments_own_site_to_the_bank_is_that_bill() {
    // A fake fuel-fee text the user did not tap; later the real fee on the
    // government's site, paid by transfer with the site's bill number.
    let day = |site: &str| {
        vec![
            format!(
                r#"{{"t":0,"type":"sms_received","sender":"+63 912 000 4410","sender_kind":"unknown","text":"【監理服務網】您的汽燃費逾期未繳，今日24點前未繳將移送強制執行，請點擊 https://mvdis-gov.top/pay 繳納"}}"#
            ),
            screen(
                200 * MIN,
                CHROME,
                &format!("{site} 監理服務網 · 汽燃費查詢及繳納 · 應繳 450 元 · 已逾期"),
            ),
            screen(210 * MIN, CHROME, "監理服務網 · 線上繳費 · 轉帳 · 銷帳編號 9xxxxxxxxxxx · 金額 450"),
            typed(212 * MIN, "com.esunbank", "account", "9xxxxxxxxxxx"),
            typed(213 * MIN, "com.esunbank", "amount", "450"),
        ]
    };
    let real = top(Region::Tw, &day("www.mvdis.gov.tw"));
    assert!(real < Some(Level::Danger), "{real:?}");
    // The look-alike site the text linked to is no government's.
    let fake = top(Region::Tw, &day("mvdis-gov.top"));
    assert!(fake >= Some(Level::Danger), "{fake:?}");
}

#[test]
fn a_redial_or_a_quick_call_home_leaves_the_long_call_on_record() {
    let after = |second: &[String]| {
        let mut events = vec![call(0, "outgoing", "+8613501204471"), ended(25 * MIN)];
        events.extend(second.iter().cloned());
        events.extend([
            typed(28 * MIN + 30_000, CCB, "account", "6222021234567890123"),
            typed(29 * MIN + 30_000, CCB, "amount", "4800"),
            transfer(29 * MIN + 40_000, CCB, "4800", "CNY"),
        ]);
        events
    };
    let redial = after(&[call(26 * MIN, "outgoing", "+8613501204471"), ended(28 * MIN)]);
    assert!(top(Region::Cn, &redial) >= Some(Level::Danger), "{:?}", top(Region::Cn, &redial));
    let home = after(&[
        r#"{"t":1560000,"type":"call_started","direction":"outgoing","peer":"contact"}"#.to_string(),
        ended(27 * MIN),
    ]);
    assert!(top(Region::Cn, &home) >= Some(Level::Danger), "{:?}", top(Region::Cn, &home));
}

#[test]
fn a_biller_directory_or_a_person_payee_form_chooses_no_biller() {
    for (region, bank, form) in [
        (
            Region::Us,
            CHASE,
            "Bill Pay · Add a company or person · Payee name · Account number · Payee address",
        ),
        (Region::Au, COMMBANK, "BPAY · Saved billers · Add new biller · Search billers"),
    ] {
        let events = vec![
            call(0, "incoming", "+1 808 555 0100"),
            ended(20 * MIN),
            screen(21 * MIN + 30_000, bank, form),
            typed(22 * MIN, bank, "account", "021000021 123456789"),
            typed(23 * MIN, bank, "amount", "9000"),
        ];
        assert!(top(region, &events) >= Some(Level::Danger), "{form}: {:?}", top(region, &events));
    }
}

#[test]
fn a_search_results_page_is_not_the_official_site() {
    let events = vec![
        screen(1000, CHROME, "google.com/search?q=linkt+pay+toll · Sponsored · Linkt · https://www.linkt.com.au · Pay your toll online"),
        screen(20_000, CHROME, "Linkt: Your toll invoice is overdue. Pay the outstanding toll of $3.95 now to avoid a $150 penalty. Enter card details"),
        typed(MIN, CHROME, "account", "4111 1111 1111 1111"),
        typed(90_000, CHROME, "code", "482913"),
    ];
    assert!(top(Region::Au, &events) >= Some(Level::Danger), "{:?}", top(Region::Au, &events));
}

#[test]
fn a_government_apps_safe_account_page_ties_its_payment() {
    let events = vec![
        call(0, "incoming", "+86 171 0000 1234"),
        ended(6 * MIN),
        screen(
            9 * MIN,
            TRAFFIC_12123,
            "违法处理 您有一笔保证金待缴 请先缴纳保证金5000元至安全账户 验证后原路退回",
        ),
        typed(10 * MIN, TRAFFIC_12123, "amount", "5000"),
    ];
    assert!(top(Region::Cn, &events) >= Some(Level::Danger), "{:?}", top(Region::Cn, &events));
}

#[test]
fn the_banks_number_saved_as_a_contact_is_still_only_caller_id() {
    // A "fraud team" rings as the NatWest number the user saved; during the call she
    // moves £19,960 to a new payee. Saving the number vouches for nothing a spoofer
    // cannot show; the platform's check does, and so does a family member's own number.
    const NATWEST: &str = "com.rbs.mobile.android.natwest";
    let saved_caller = |number: &str, verification: &str| {
        vec![
            format!(
                r#"{{"t":0,"type":"call_started","direction":"incoming","peer":"contact","number":"{number}"{verification}}}"#
            ),
            typed(10 * MIN, NATWEST, "account", "20-45-77 63019284"),
            typed(11 * MIN, NATWEST, "amount", "19960"),
            transfer(11 * MIN + 30_000, NATWEST, "19960.00", "GBP"),
        ]
    };
    let claimed = top(Region::Uk, &saved_caller("03457 888 444", ""));
    let checked = top(Region::Uk, &saved_caller("03457 888 444", r#","verification":"passed""#));
    let family = top(Region::Uk, &saved_caller("07700 900123", ""));
    assert!(claimed >= Some(Level::Danger), "{claimed:?}");
    assert!(checked < claimed, "{checked:?} vs {claimed:?}");
    assert!(family < claimed, "{family:?} vs {claimed:?}");
}

#[test]
fn a_fund_on_the_wallets_own_shelf_is_no_new_payee() {
    // Colleagues talk about where to keep savings ("高收益" among the words, a lure's
    // word); hours later the user buys a money-market fund in Alipay's wealth tab. The product
    // page shows the yield and risk rating a licensed shelf must disclose; the money
    // stays in the user's name. The same words, then 5,000 typed into a transfer to
    // an account, are what an investment scam's deposit looks like to the engine.
    const DINGTALK: &str = "com.alibaba.android.rimet";
    let after_chat = |page: &str| {
        vec![
            notification(0, DINGTALK, "市场部午饭群", "老陈：活期放货币基金就行，别买那些保本高收益的"),
            screen(8 * 60 * MIN, ALIPAY, page),
            typed(8 * 60 * MIN + 60_000, ALIPAY, "amount", "5000"),
            transfer(8 * 60 * MIN + 90_000, ALIPAY, "5000", "CNY"),
        ]
    };
    let fund =
        top(Region::Cn, &after_chat("理财 · 货币基金 · XX货币A · 七日年化 1.41% · 风险等级 低风险 · 买入"));
    let transfer_out = top(Region::Cn, &after_chat("转账到银行卡 · 收款人 张伟 · 6222 0212 3456 7890"));
    assert!(fund <= Some(Level::Caution), "{fund:?}");
    assert!(transfer_out >= Some(Level::Danger), "{transfer_out:?}");
}

#[test]
fn an_app_from_the_store_speaks_for_itself_until_someone_sent_the_user_there() {
    // The user installs a crypto exchange from Play on her own; its notice says
    // "you can now deposit", and she makes a first deposit from her bank. The app is
    // describing itself. The same app installed minutes after a stranger in the
    // chats said to, saying the same, is the stranger's platform.
    const EXCHANGE: &str = "co.example.exchange";
    const DBS: &str = "com.dbs.sg.dbsmbanking";
    let install = |t: u64| {
        format!(
            r#"{{"t":{t},"type":"app_installed","package":"{EXCHANGE}","installer":"com.android.vending","label":"Crypto Exchange"}}"#
        )
    };
    let deposit = |steered: bool| {
        let mut events = Vec::new();
        if steered {
            events.push(notification(
                0,
                "com.whatsapp",
                "+65 8123 4567",
                "Download this trading platform app and open an account with my invitation code",
            ));
        }
        events.extend([
            install(5 * MIN),
            notification(
                60 * MIN,
                EXCHANGE,
                "Crypto Exchange",
                "Identity verified. Crypto deposits are live: you can now deposit SGD via FAST.",
            ),
            typed(70 * MIN, DBS, "account", "072-00895-4"),
            typed(71 * MIN, DBS, "amount", "500"),
            transfer(71 * MIN + 30_000, DBS, "500.00", "SGD"),
        ]);
        events
    };
    let own = top(Region::Sg, &deposit(false));
    let sent = top(Region::Sg, &deposit(true));
    assert!(own <= Some(Level::Caution), "{own:?}");
    assert!(sent >= Some(Level::Danger), "{sent:?}");
}

#[test]
fn licensed_exchanges_and_brokers_speak_as_institutions() {
    // An exchange or broker already on the phone (no install on record) says a
    // deposit is ready; the user then pays it from the bank. A catalogued licensed
    // one is the institution talking; an unknown app saying the same is not vouched for.
    let deposit = |app: &str| {
        vec![
            notification(
                0,
                app,
                "Deposit",
                "Crypto deposits are live: you can now deposit SGD via FAST to start trading.",
            ),
            typed(10 * MIN, "com.dbs.sg.dbsmbanking", "account", "072-00895-4"),
            typed(11 * MIN, "com.dbs.sg.dbsmbanking", "amount", "500"),
            transfer(11 * MIN + 30_000, "com.dbs.sg.dbsmbanking", "500.00", "SGD"),
        ]
    };
    let unknown = top(Region::Sg, &deposit("co.example.exchange"));
    for licensed in ["co.mona.android", "com.okinc.okex.gp", "com.gemini.android.app"] {
        let got = top(Region::Sg, &deposit(licensed));
        assert!(got <= Some(Level::Caution) && got < unknown, "{licensed}: {got:?} vs {unknown:?}");
    }
}

#[test]
fn a_tax_paid_to_the_billers_the_bank_names_is_the_users_own_bill() {
    // A caller with no caller ID says a tax debt is overdue; she hangs up, rings the
    // ATO on its published number, reads the overdue amount on a page, and pays the
    // first instalment by BPAY to the biller the bank names "Tax Office Payments".
    // The same day ending in a transfer to an account someone gave is the scam.
    let day = |payee_screen: &str, account: &str| {
        vec![
            r#"{"t":0,"type":"call_started","direction":"incoming","peer":"hidden"}"#.to_string(),
            ended(100_000),
            call(5 * MIN, "outgoing", "1800 008 540"),
            ended(44 * MIN),
            screen(
                50 * MIN,
                CHROME,
                "ATO · Income tax account · Overdue $3,720.00 · Payment plan: 3 fortnightly instalments of $1,240.00 · How to pay: BPAY Biller code 75556 · Ref (PRN) 551 004 882 317 931",
            ),
            typed(53 * MIN, COMMBANK, "account", account),
            screen(53 * MIN + 10_000, COMMBANK, payee_screen),
            typed(54 * MIN, COMMBANK, "amount", "1240.00"),
            transfer(54 * MIN + 20_000, COMMBANK, "1240.00", "AUD"),
        ]
    };
    let bill = top(Region::Au, &day("Biller: Tax Office Payments (75556)", "75556"));
    let account =
        top(Region::Au, &day("Pay someone · New payee · BSB and account number", "062-000 12345678"));
    assert!(bill <= Some(Level::Caution), "{bill:?}");
    assert!(account >= Some(Level::Danger), "{account:?}");
}

#[test]
fn a_brands_fee_page_the_user_reached_alone_names_a_bill_not_a_demand() {
    // A courier's own duty page (its address shown), the card typed and the charge
    // approved in the bank app: the courier's clearance fee is its own business.
    let page = "fedex.com · FedEx Import Tool · Shipment 7xxxxxxx4418 · Duty $88.00 · \
                Ancillary clearance fee $24.64 · Total due $112.64";
    let pay = |start: Vec<String>| {
        let mut events = start;
        events.push(screen(10 * MIN, CHROME, page));
        events.push(typed(11 * MIN, CHROME, "account", "4xxx xxxx xxxx 2231"));
        events.push(transfer(12 * MIN, CHASE, "112.64", "USD"));
        events
    };
    let own = top(Region::Us, &pay(vec![]));
    assert!(own < Some(Level::Danger), "{own:?}");
    // The same page reached from a text whose link is not the courier's: a phishing
    // page shows the brand's address in its own text too, and speaks for the lure.
    let lure = r#"{"t": 0, "type": "sms_received", "sender": "+1 806 555 0187", "sender_kind": "unknown", "text": "FedEx: your parcel is held at customs. Pay the duty within 24 hours or it will be returned: https://fedex-duty-release.com/p/8Hq2"}"#;
    let lured = top(Region::Us, &pay(vec![lure.to_string()]));
    assert!(lured >= Some(Level::Danger), "{lured:?}");
}

#[test]
fn ringing_the_banks_own_number_checks_what_a_text_said_in_its_name() {
    // A decline alert from a sender the phone does not know, naming the bank and a
    // number; then a card and its one-time code typed into a booking page.
    let sms = |t: u64, text: &str| {
        format!(
            r#"{{"t": {t}, "type": "sms_received", "sender": "AX-ICICIT", "sender_kind": "unknown", "text": "{text}"}}"#
        )
    };
    let alert = "ICICI Bank Credit Card XX8810: transaction of EUR 612.00 declined as international \
                 online usage is disabled. Not you? Call 18001080.";
    let day = |call: Vec<String>| {
        let mut events = vec![sms(0, alert)];
        events.extend(call);
        events.push(typed(20 * MIN, CHROME, "account", "5xxx xxxx xxxx 8810"));
        events.push(typed(21 * MIN, CHROME, "code", "604215"));
        events
    };
    let unchecked = top(Region::In, &day(vec![]));
    assert!(unchecked >= Some(Level::Danger), "{unchecked:?}");
    // He rings ICICI's own toll-free number and talks for six minutes.
    let rang =
        |number: &str, minutes: u64| vec![call(2 * MIN, "outgoing", number), ended(2 * MIN + minutes * MIN)];
    let checked = top(Region::In, &day(rang("1800 1080", 6)));
    assert!(checked < Some(Level::Danger), "{checked:?}");
    // Ringing into a queue and hanging up, or ringing someone else's number, checks nothing.
    assert_eq!(top(Region::In, &day(rang("1800 1080", 1))), unchecked);
    assert!(top(Region::In, &day(rang("+91 98xxx 12345", 6))) >= Some(Level::Danger));
}

#[test]
fn a_checkout_page_names_its_price_and_the_wallet_to_pay_with() {
    // A thesis-check site's checkout names the price and "pay with Alipay"; a
    // QuickBooks invoice page offers "Pay with bank (ACH)": the way to pay, not a
    // brand the page pretends to be.
    for (text, source) in [
        ("知网个人查重服务 cx.cnki.net 学位论文检测 应付金额 ¥68.00 支付宝支付", Source::BrowserPage),
        ("connect.intuit.com · Kessler & Park CPAs LLC · Invoice 2291 · $650.00 · Pay with bank (ACH) or card", Source::BrowserPage),
    ] {
        let a = analyze(text, source);
        assert!(a.findings.iter().all(|f| f.strength < 0.35), "{text}: {:?}", a.findings);
    }
    // The brand as the page's subject is still the phishing page's claim.
    let fake =
        analyze("支付宝账户异常，请立即登录 zfb-verify.top 完成身份验证，逾期冻结", Source::SmsUnknown);
    assert!(
        fake.findings.iter().any(|f| f.class == TextClass::Phishing && f.strength >= 0.5),
        "{:?}",
        fake.findings
    );
}

#[test]
fn a_price_on_a_page_that_only_looks_like_phishing_is_a_bill_not_a_demand() {
    // A page whose only scam reading is "a brand and a link that is not the
    // brand's" names its own price; paying exactly that price is how anyone pays
    // a bill. A page that asks a deposit before a viewing still demands it.
    let pay = |page: &str, amount: &str| {
        vec![
            screen(0, CHROME, page),
            typed(MIN, ALIPAY, "amount", amount),
            transfer(MIN + 10_000, ALIPAY, amount, "CNY"),
        ]
    };
    let checkout = "shop-renew.cn 淘宝 会员续费 应付金额 ¥368.00 立即支付";
    assert!(analyze(checkout, Source::BrowserPage).findings.iter().any(|f| f.class == TextClass::Phishing));
    assert_eq!(top(Region::Cn, &pay(checkout, "368")), top(Region::Cn, &pay(checkout, "361")));
    let deposit = "房源实拍 看房前请先付订金 ¥3000.00 房东在外地";
    assert!(top(Region::Cn, &pay(deposit, "3000")) > top(Region::Cn, &pay(deposit, "2950")));
}

#[test]
fn a_bank_number_on_an_incoming_call_is_trusted_only_when_it_was_verified() {
    // The bank's real number on the screen is what spoofing shows: "Monzo's fraud
    // team" asks for two pending payments to be approved while on the line. Only
    // the platform's check of the number (`verification: passed`) makes the call
    // the bank's; a payment the user starts an hour after the call is the day.
    const MONZO: &str = "co.uk.getmondo";
    let service_call = |verification: &str| {
        format!(r#"{{"t":0,"type":"call_started","direction":"incoming","peer":"service"{verification}}}"#)
    };
    let approve = |verification: &str| {
        vec![
            service_call(verification),
            format!(
                r#"{{"t":{},"type":"payment_prompt","package":"{MONZO}","kind":"collect_request","amount":"5000.00","currency":"GBP"}}"#,
                4 * MIN
            ),
            ended(10 * MIN),
        ]
    };
    let later = |verification: &str| {
        vec![
            service_call(verification),
            ended(5 * MIN),
            typed(65 * MIN, MONZO, "amount", "275"),
            transfer(66 * MIN, MONZO, "275", "GBP"),
        ]
    };
    for claimed in ["", r#","verification":"none""#] {
        let during = top(Region::Uk, &approve(claimed));
        assert!(during >= Some(Level::Danger), "{claimed}: {during:?}");
        assert!(top(Region::Uk, &later(claimed)) < Some(Level::Danger), "{claimed}");
    }
    let verified = r#","verification":"passed""#;
    assert!(top(Region::Uk, &approve(verified)) < Some(Level::Danger));
    // The evidence says the number is only what the screen showed.
    let mut engine = scamguard::Engine::new();
    engine.set_regions(&[Region::Uk]).expect("region");
    engine.set_lang(scamguard::Lang::En);
    let warnings: Vec<_> = approve("")
        .iter()
        .flat_map(|e| engine.observe(&scamguard::Event::from_json(e).expect("event")).expect("observe"))
        .collect();
    let lines = warnings.iter().flat_map(|w| w.evidence.iter()).cloned().collect::<Vec<_>>().join("\n");
    assert!(lines.contains("caller ID can be faked"), "{lines}");
}

#[test]
fn a_large_sum_typed_while_the_banks_number_calls_unverified_is_danger_at_the_amount() {
    // "Wells Fargo's fraud team" on the line, the bank's number on the screen: a
    // few minutes in, $3,000 is typed for a Zelle "to yourself". The warning must
    // come at the amount, before the confirm button. A small sum typed during the
    // same call, or a large one while the verified bank calls, is not the script.
    let during = |verification: &str, amount: &str| {
        vec![
            format!(
                r#"{{"t":0,"type":"call_started","direction":"incoming","peer":"service"{verification}}}"#
            ),
            screen(4 * MIN, CHASE, "Send money with Zelle. Add recipient"),
            typed(7 * MIN, CHASE, "amount", amount),
        ]
    };
    let large = top(Region::Us, &during("", "3000"));
    assert!(large >= Some(Level::Danger), "{large:?}");
    assert!(top(Region::Us, &during("", "40")) < Some(Level::Danger));
    assert!(top(Region::Us, &during(r#","verification":"passed""#, "3000")) < Some(Level::Danger));
}
