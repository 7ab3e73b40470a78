//! Investing is the user's own until a stranger's pitch steers it: an exchange
//! installed after a chat pitched returns is the pitch at work, and a broker's own
//! in-app call is the broker (session 17, cases16).

mod lines;

use lines::{ended, notification, screen, top, transfer, typed, MIN};
use scamguard::region::Region;
use scamguard::{Engine, Event, Level};

#[test]
fn an_exchange_installed_after_a_chat_pitched_returns_is_the_pitch_at_work() {
    const HOUR: u64 = 60 * MIN;
    const BOFA: &str = "com.infonow.bofa";
    let install = |t: u64| {
        format!(
            r#"{{"t":{t},"type":"app_installed","package":"com.coinbase.android","installer":"com.android.vending","label":"Coinbase"}}"#
        )
    };
    // Three days after "try with a small amount", Coinbase from Play, and the bank
    // moves US$8,000 to it.
    let day = |first: String, with_install: bool| {
        let mut events = vec![first];
        if with_install {
            events.push(install(72 * HOUR));
        }
        events.push(typed(72 * HOUR + 20 * MIN, BOFA, "amount", "8000"));
        events.push(transfer(72 * HOUR + 21 * MIN, BOFA, "8000", "USD"));
        events
    };
    let pitch = notification(
        0,
        "com.whatsapp",
        "Jimmy",
        "Look at my ETH contract today, +18%. My uncle taught me, you could try with a small amount",
    );
    let pitched = top(Region::Us, &day(pitch.clone(), true));
    assert!(pitched >= Some(Level::Danger), "{pitched:?}");
    assert!(top(Region::Us, &day(pitch, false)) < pitched);
    // The same words read on a news page are the user's own research: the exchange
    // they then install is theirs.
    let news = screen(
        0,
        "com.android.chrome",
        "Markets: ETH contract trading up 18% today, analysts say try a small amount",
    );
    assert_eq!(top(Region::Us, &day(news.clone(), true)), top(Region::Us, &day(news, false)));
}

#[test]
fn a_call_inside_a_brokers_own_app_is_the_broker() {
    // A friend's tip in WeChat, the broker's app from the store, its video witness
    // for the new account: the broker's own line, not a stranger's.
    let tip = notification(
        0,
        "com.tencent.mm",
        "小周",
        "我最近定投红利ETF，你可以去开个户，先小额试试，华泰的涨乐就行",
    );
    let install = r#"{"t":2400000,"type":"app_installed","package":"com.lphtsccft","installer":"com.huawei.appmarket","label":"涨乐财富通"}"#;
    let witness = |app: &str| {
        format!(
            r#"{{"t":3360000,"type":"call_started","direction":"incoming","peer":"unknown","channel":"voip","app":"{app}"}}"#
        )
    };
    let day = |app: &str| vec![tip.clone(), install.to_string(), witness(app), ended(3360000 + 4 * MIN)];
    let broker = top(Region::Cn, &day("com.lphtsccft"));
    assert!(broker < Some(Level::Danger), "{broker:?}");
    // The same call from a chat app is whoever holds the account.
    assert!(top(Region::Cn, &day("com.tencent.mm")) > broker);
}

#[test]
fn a_saved_contacts_call_inside_a_banks_own_app_is_not_a_claimed_bank_call() {
    // Her relationship manager, saved in her contacts, rings through the bank's
    // own video line. The app placed the call, so there is no caller ID to spoof:
    // it does not merely claim to be the bank, as caller ID showing 95555 would.
    let ids = |line: &str| {
        let mut engine = Engine::new();
        engine.set_regions(&[Region::Cn]).expect("region");
        engine.observe(&Event::from_json(line).expect("event")).expect("observe");
        engine.episode().signals.iter().map(|s| s.id).collect::<Vec<_>>()
    };
    let in_app = ids(
        r#"{"t":0,"type":"call_started","direction":"incoming","peer":"contact","channel":"voip","app":"cmb.pb"}"#,
    );
    assert!(!in_app.contains(&"call_service_claimed"), "{in_app:?}");
    let caller_id =
        ids(r#"{"t":0,"type":"call_started","direction":"incoming","peer":"contact","number":"95555"}"#);
    assert!(caller_id.contains(&"call_service_claimed"), "{caller_id:?}");
}

#[test]
fn checking_the_regulators_list_of_trading_platforms_is_research_not_a_pitch() {
    // A colleague's tip, the SFC's list of licensed platforms read in Chrome, the
    // exchange from Play, and a day later HK$2,000 from her bank to the exchange:
    // "交易平台" on the regulator's page is not a stranger steering her.
    const HANGSENG: &str = "com.hangseng.rbmobile";
    let day = vec![
        screen(0, "com.android.chrome", "證券及期貨事務監察委員會 持牌虛擬資產交易平台名單 Hash Blockchain Limited HashKey Exchange"),
        r#"{"t":420000,"type":"app_installed","package":"com.hashkey.exchange","installer":"com.android.vending","label":"HashKey Exchange"}"#.to_string(),
        screen(24 * 60 * MIN, "com.hashkey.exchange", "法幣入金 HKD 只接受由本人名義銀行戶口轉賬 收款人 Hash Blockchain Limited"),
        typed(24 * 60 * MIN + 2 * MIN, HANGSENG, "amount", "2000"),
        transfer(24 * 60 * MIN + 3 * MIN, HANGSENG, "2000", "HKD"),
    ];
    let level = top(Region::Hk, &day);
    assert!(level < Some(Level::Danger), "{level:?}");
}

#[test]
fn a_brokers_own_deposit_page_speaks_for_the_broker_unless_a_pitch_brought_the_app() {
    // A broker from the store, its deposit page ("入金 ... 備註請填寫賬戶號碼": the
    // broker tells the user what to write in the remark), then the user's own bank
    // pays the broker: the user's investing. The same page in a broker installed
    // after a chat pitched returns is the pitch at work.
    const HOUR: u64 = 60 * MIN;
    const WEBULL: &str = "org.dayup.stocks";
    const HSBC: &str = "hk.com.hsbc.hsbchkmobilebanking";
    let install = |t: u64| {
        format!(
            r#"{{"t":{t},"type":"app_installed","package":"{WEBULL}","installer":"com.android.vending","label":"Webull"}}"#
        )
    };
    let deposit = |first: Option<String>| {
        let mut events: Vec<String> = first.into_iter().collect();
        events.extend([
            install(HOUR),
            screen(
                HOUR + 10 * MIN,
                WEBULL,
                "入金 港幣 轉數快 FPS 收款人：WEBULL SECURITIES LIMITED 備註請填寫賬戶號碼 HK9xxxxxxx",
            ),
            screen(
                30 * HOUR,
                WEBULL,
                "入金 港幣 轉數快 FPS 收款人：WEBULL SECURITIES LIMITED 備註請填寫賬戶號碼 HK9xxxxxxx",
            ),
            typed(30 * HOUR + MIN, HSBC, "amount", "20000"),
            transfer(30 * HOUR + 2 * MIN, HSBC, "20000", "HKD"),
        ]);
        events
    };
    let own = deposit(None);
    assert!(top(Region::Hk, &own) < Some(Level::Danger), "{:?}", top(Region::Hk, &own));
    let pitched = deposit(Some(notification(
        0,
        "com.whatsapp",
        "Mentor Lam",
        "跟住我嘅信號操作，保證每日收益5%，穩賺不賠，先入金2萬試吓",
    )));
    assert!(top(Region::Hk, &pitched) >= Some(Level::Danger), "{:?}", top(Region::Hk, &pitched));
}
