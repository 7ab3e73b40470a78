//! What an institution shows, the numbers it prints, the calls the user places
//! to it, and threats to publish someone's photos (docs/model.md): each pair is
//! the ordinary day and the scam that looks like it, told apart by one fact.

mod lines;

use lines::{call, ended, screen, top, transfer, typed, MIN};
use scamguard::region::Region;
use scamguard::text::{analyze, Source, TextClass};
use scamguard::{Engine, Event, Level};

const BOFA: &str = "com.infonow.bofa";
const CHROME: &str = "com.android.chrome";
const CATHAY: &str = "com.cathaybk.mymobibank.android";
const TRAFFIC_12123: &str = "com.tmri.app.main";
const MONZO: &str = "co.uk.getmondo";
const INSTAGRAM: &str = "com.instagram.android";

fn patterns(region: Region, events: &[String]) -> Vec<String> {
    let mut engine = Engine::new();
    engine.set_regions(&[region]).expect("region");
    events
        .iter()
        .flat_map(|e| engine.observe(&Event::from_json(e).expect("event")).expect("observe"))
        .filter(|w| w.level >= Level::Danger)
        .map(|w| w.rule.clone())
        .collect()
}

fn installed(t: u64, pkg: &str, installer: &str) -> String {
    format!(
        r#"{{"t":{t},"type":"app_installed","package":"{pkg}","installer":"{installer}","label":"交管12123"}}"#
    )
}

#[test]
fn a_banks_own_tax_page_is_not_scam_text() {
    // The bank's tax-payment form says 繳納 and 稅款 (words of fee scams); the bank
    // speaks there, and a first payment to the treasury follows.
    let day = [
        screen(
            0,
            CATHAY,
            "繳稅 · 綜合所得稅結算申報自繳稅款（15001）· 身分證字號 A12****789 · 繳納期限 5月31日",
        ),
        typed(MIN, CATHAY, "amount", "12384"),
        transfer(MIN + 1000, CATHAY, "12384", "TWD"),
    ];
    assert!(top(Region::Tw, &day) < Some(Level::Danger), "{:?}", top(Region::Tw, &day));
    // The same words in a chat the user reads are a stranger's, and still count.
    let analysis = analyze("繳納期限 5月31日，請先繳納保證金才能解凍", Source::NotificationMessaging);
    assert!(analysis.score > 0.0, "{analysis:?}");
}

#[test]
fn a_fine_paid_in_the_governments_own_app_goes_to_the_government() {
    // 交管12123 shows the fine (公安局 in the payee's name) and takes the payment.
    let fine = |installer: &str| {
        vec![
            installed(0, TRAFFIC_12123, installer),
            screen(
                5 * MIN,
                TRAFFIC_12123,
                "违法处理 · 超速未达20% · 罚款200元 · 记3分 · 处理机关：杭州市公安局交通警察支队",
            ),
            call(6 * MIN, "incoming", "+86 171 0000 1234"),
            ended(9 * MIN),
            transfer(10 * MIN, TRAFFIC_12123, "200", "CNY"),
        ]
    };
    let from_store = fine("com.xiaomi.market");
    assert!(top(Region::Cn, &from_store) < Some(Level::Danger), "{:?}", top(Region::Cn, &from_store));
    // A "12123" installed from a browser is not the government's: the same steps alarm.
    let sideloaded = fine(CHROME);
    assert!(top(Region::Cn, &sideloaded) >= Some(Level::Danger), "{:?}", top(Region::Cn, &sideloaded));
}

#[test]
fn a_number_on_an_official_page_is_the_bodys_own() {
    let page = "StudentAid.gov · My Aid · Loan servicer: MOHELA · 888-866-4352 · mohela.studentaid.gov";
    let a = analyze(page, Source::BrowserPage);
    assert!(a.official_page && a.finding(TextClass::LoanFee).is_none(), "{a:?}");
    // The same number on a page that links elsewhere is one to call back.
    let b = analyze("Loan servicer support · 888-866-4352 · mohela-help.top", Source::BrowserPage);
    assert!(!b.official_page, "{b:?}");
    // A look-alike that merely contains "gov" is not a .gov site.
    let c = analyze("Refund centre · studentaid-gov.com · call 888-866-4352", Source::BrowserPage);
    assert!(!c.official_page, "{c:?}");
}

/// The user looks up the servicer, calls it for 26 minutes, then pays the first
/// bill to it as a new biller `after` minutes later. `page` is where the number
/// came from.
fn first_bill_after(page: &str, direction: &str, after: u64) -> Vec<String> {
    vec![
        screen(0, CHROME, page),
        call(3 * MIN, direction, "888-866-4352"),
        ended(29 * MIN),
        typed((29 + after - 1) * MIN, BOFA, "account", "xxxxxx7730"),
        typed((29 + after) * MIN, BOFA, "amount", "214.60"),
    ]
}

fn first_bill(page: &str, direction: &str) -> Vec<String> {
    first_bill_after(page, direction, 11)
}

#[test]
fn a_call_the_user_placed_to_a_number_nothing_gave_ties_only_a_large_new_payee() {
    let official = "StudentAid.gov · My Aid · Loan servicer: MOHELA · 888-866-4352 · mohela.studentaid.gov";
    let dialled = first_bill(official, "outgoing");
    assert!(top(Region::Us, &dialled) < Some(Level::Danger), "{:?}", top(Region::Us, &dialled));
    // The stranger rang in instead, and the payment follows as the line goes
    // quiet: what they asked for.
    let rang_in = first_bill_after(official, "incoming", 3);
    assert!(top(Region::Us, &rang_in) >= Some(Level::Danger), "{:?}", top(Region::Us, &rang_in));
    // Paid ten minutes later, with nothing else on the phone, the call that rang
    // in is a question, not an alarm (tests/calls_that_are_over.rs).
    let later = first_bill(official, "incoming");
    assert_eq!(top(Region::Us, &later), Some(Level::Caution));
    // The number came from a page that is not the body's: the callback script.
    let lure =
        first_bill("Student loan forgiveness ends today! Call 888-866-4352 · loanrelief-now.top", "outgoing");
    assert!(top(Region::Us, &lure) >= Some(Level::Danger), "{:?}", top(Region::Us, &lure));
}

#[test]
fn a_threat_to_publish_photos_is_extortion_and_the_payment_is_stopped() {
    for (text, lang) in [
        (
            "I have your pic and screenshots of all your followers. Pay £5,000 now or I send it to everyone",
            "en",
        ),
        ("look what i just sent your followers. Send $500 NOW or everybody gets the full pic", "en"),
        ("你的裸聊视频已经录下来了，不给钱就发给你通讯录里的人", "zh"),
    ] {
        let a = analyze(text, Source::NotificationMessaging);
        assert!(a.finding(TextClass::Extortion).is_some(), "{lang}: {a:?}");
        assert!(a.score >= 0.5, "{lang}: {a:?}");
    }
    // Ordinary talk of sending things to everyone is not a threat.
    for text in ["Can you send it to everyone in the group chat?", "把照片发给你的家人看看吧，宝宝真可爱"]
    {
        let a = analyze(text, Source::NotificationMessaging);
        assert!(a.score < 0.5, "{text}: {a:?}");
    }
    let blackmail = [
        format!(
            r#"{{"t":0,"type":"notification","package":"{INSTAGRAM}","title":"sophie.r_x","text":"I have your pic and screenshots of all your followers, your mum, your course mates. Pay £5,000 now or I send it to everyone"}}"#
        ),
        typed(3 * MIN, MONZO, "account", "04-00-04 28391055"),
        typed(4 * MIN, MONZO, "amount", "600"),
    ];
    let fired = patterns(Region::Uk, &blackmail);
    assert_eq!(fired.first().map(String::as_str), Some("money-under-threat"), "{fired:?}");
}

#[test]
fn a_ceo_asking_by_email_for_a_payment_to_a_supplier_reads_as_a_boss_request() {
    let a = analyze(
        "Tim Hill: I need £10,000 sent to a supplier to secure a contract before the weekend. Don't ask questions, just get it paid.",
        Source::Notification,
    );
    assert!(a.finding(TextClass::BossRequest).is_some() && a.score >= 0.5, "{a:?}");
    let b = analyze(
        "Funds are recoverable subject to a legal retainer. Call your case officer today.",
        Source::Notification,
    );
    assert!(b.finding(TextClass::Recovery).is_some(), "{b:?}");
    let ordinary = analyze(
        "Reminder: the supplier invoice is due Friday, it's in the shared folder.",
        Source::Notification,
    );
    assert!(ordinary.score < 0.5, "{ordinary:?}");
}

#[test]
fn a_biller_from_the_banks_directory_is_a_bill_not_a_new_payee() {
    // Seen as a bank app sees it: a 41-minute call in some app's audio (a video
    // meeting with the adviser), then a first payment of A$5,000.
    const NAB: &str = "au.com.nab.mobile";
    let pay = |bank_line: &str| {
        vec![
            r#"{"t":0,"type":"platform_risk","kind":"voip_call"}"#.to_string(),
            ended(41 * MIN),
            screen(51 * MIN, NAB, bank_line),
            typed(52 * MIN, NAB, "account", "9xxxx 5xxxxxxxx3"),
            typed(53 * MIN, NAB, "amount", "5000"),
        ]
    };
    let biller = pay("BPAY · New biller · Biller code 9xxxx · AUSTRALIANSUPER");
    assert!(top(Region::Au, &biller) < Some(Level::Danger), "{:?}", top(Region::Au, &biller));
    // An account someone gave, typed by hand after the same call: a new payee.
    let account = pay("Pay someone · New payee · BSB and account number");
    assert!(top(Region::Au, &account) >= Some(Level::Danger), "{:?}", top(Region::Au, &account));
}

#[test]
fn a_licensed_brokers_deposit_page_is_the_firm_speaking() {
    // The user opened a brokerage account; its notice and deposit page say 入金, the
    // first deposit goes from the bank to the broker's client account.
    let deposit = |app: &str| {
        vec![
            format!(
                r#"{{"t":0,"type":"notification","package":"{app}","title":"富途牛牛","text":"恭喜！你的證券賬戶已開通，入金後即可交易"}}"#
            ),
            screen(
                MIN,
                app,
                "入金 · 銀行轉賬 · 收款賬戶名：Futu Securities International (Hong Kong) Limited",
            ),
            typed(4 * MIN, "com.hangseng.rbmobile", "account", "012-xxx-x-xxxxx6"),
            typed(5 * MIN, "com.hangseng.rbmobile", "amount", "20,000"),
        ]
    };
    let broker = deposit("cn.futu.trader");
    assert!(top(Region::Hk, &broker) < Some(Level::Danger), "{:?}", top(Region::Hk, &broker));
    // The same words from an app nobody lists (a "platform" a chat sent the user to).
    let platform = deposit("com.hkvip.trade");
    assert!(top(Region::Hk, &platform) >= Some(Level::Danger), "{:?}", top(Region::Hk, &platform));
}

#[test]
fn a_case_filed_is_a_court_notice_until_someone_says_you_are_the_suspect() {
    // 立案 ("case filed") alone is the court's own word in a claimant's case page;
    // a fake officer's script pairs it with a suspect and a safe account.
    const WECHAT: &str = "com.tencent.mm";
    let day = |page: &str| {
        [
            screen(0, WECHAT, page),
            call(80 * MIN, "incoming", "020-83001230"),
            ended(85 * MIN),
            transfer(150 * MIN, WECHAT, "25", "CNY"),
        ]
    };
    let court = top(
        Region::Cn,
        &day("人民法院在线服务 我的案件 房屋租赁合同纠纷 状态：已立案 待缴费 案件受理费 ¥25.00"),
    );
    assert!(court <= Some(Level::Caution), "{court:?}");
    let script = top(Region::Cn, &day("你涉嫌洗钱案，公安机关已立案，配合调查把资金转到安全账户"));
    assert!(script >= Some(Level::Danger), "{script:?}");
}

#[test]
fn a_scripts_own_words_tie_a_payment_to_a_biller() {
    // A biller is where a bill goes, whatever an overdue notice said; but a "tuition
    // agent" who pays the fees at a discount has the student pay his own biller code.
    const ANZ: &str = "com.anz.android.gomoney";
    let pay = |pkg: &str, title: &str, text: &str| {
        vec![
            lines::notification(0, pkg, title, text),
            screen(40 * MIN, ANZ, "Pay Bill (BPAY) · New biller"),
            typed(41 * MIN, ANZ, "account", "2xxxxx"),
            screen(41 * MIN + 20_000, ANZ, "Biller: XY EDU SERVICES"),
            typed(42 * MIN, ANZ, "amount", "9405"),
        ]
    };
    let agent = pay(
        "com.tencent.mobileqq",
        "留学生群",
        "[小雨代缴] 帮珀斯各大学同学代缴学费，9折，先交后付，学校系统查到已缴再转账，私聊",
    );
    assert!(top(Region::Au, &agent) >= Some(Level::Danger), "{:?}", top(Region::Au, &agent));
    let rates = pay(
        "com.google.android.gm",
        "City of Perth",
        "Your rates notice is overdue. Pay now by BPAY to avoid interest charges.",
    );
    assert!(top(Region::Au, &rates) < Some(Level::Danger), "{:?}", top(Region::Au, &rates));
}

#[test]
fn a_fee_to_get_lost_money_back_is_warned_as_the_second_scam() {
    // A "recovery agent" who answered the victim's post wants a case fee first
    // (Action Fraud, Which?; cases101): the warning names the second scam.
    let agent = [
        format!(
            r#"{{"t":0,"type":"notification","package":"{INSTAGRAM}","title":"fundtrace.recovery","text":"We traced the scammer's account. A case fee of £250 starts the chargeback, refundable on recovery"}}"#
        ),
        typed(40 * MIN, MONZO, "account", "20-32-06 41118771"),
        typed(41 * MIN, MONZO, "amount", "250"),
    ];
    let fired = patterns(Region::Uk, &agent);
    assert_eq!(fired.first().map(String::as_str), Some("money-to-recover-money"), "{fired:?}");
}
