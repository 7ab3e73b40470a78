//! The engine's public API as bank apps and vendors use it (through JNI or not).

mod common;

use scamguard::{Category, Decision, Engine, Error, Event, EventKind, EventType, Level, Money};

fn ev(json: &str) -> Event {
    Event::from_json(json).unwrap_or_else(|e| panic!("{json}: {e}"))
}

fn stranger_call(t: u64) -> Event {
    ev(&format!(r#"{{"t":{t},"type":"call_started","direction":"incoming","peer":"unknown"}}"#))
}

fn share(t: u64) -> Event {
    ev(&format!(r#"{{"t":{t},"type":"screen_share_started","package":"com.example.unknownmeeting"}}"#))
}

#[test]
fn a_share_by_an_app_not_in_the_catalog_counts_the_same() {
    let mut e = Engine::new();
    e.observe(&stranger_call(0)).unwrap();
    // A stranger and a share, no aim in sight yet (an IT helpdesk looks the same): a caution.
    let w = e.observe(&share(300_000)).unwrap();
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].rule, "screen-share-during-stranger-call");
    assert_eq!(w[0].level, Level::Caution);
    // Then the bank app opens under the stranger's eyes: danger, before any amount.
    let w =
        e.observe(&ev(r#"{"t":360000,"type":"app_foreground","package":"com.android.bankabc"}"#)).unwrap();
    assert_eq!(w[0].rule, "bank-app-while-screen-shared");
    assert!(w[0].level >= Level::Danger, "{:?}", w[0].level);
}

#[test]
fn time_going_backwards_is_rejected_in_strict_mode_and_state_is_kept() {
    let mut e = Engine::new();
    e.set_strict_time(true);
    e.observe(&stranger_call(10_000)).unwrap();
    let err = e.observe(&share(5_000)).unwrap_err();
    assert_eq!(err, Error::TimeWentBackwards { last: 10_000, got: 5_000 });
    assert!(!e.state().sharing_active(), "the rejected event changed nothing");
    assert!(e.state().stranger_call_active());
    assert_eq!(e.observe(&share(310_000)).unwrap()[0].rule, "screen-share-during-stranger-call");
}

#[test]
fn no_sequence_of_times_stops_the_engine() {
    let mut e = Engine::new();
    e.observe(&stranger_call(10_000)).unwrap();
    // A wall-clock time by mistake, then u64::MAX, then the real clock again.
    e.observe(&ev(r#"{"t":1764000000000,"type":"call_ended"}"#)).unwrap();
    e.observe(&ev(&format!(r#"{{"t":{},"type":"call_ended"}}"#, u64::MAX))).unwrap();
    e.observe(&ev(r#"{"t":20000,"type":"call_ended"}"#)).unwrap();
    // A race between threads: a little backwards is clamped, not refused.
    e.observe(&ev(r#"{"t":19000,"type":"app_foreground","package":"com.tencent.mm"}"#)).unwrap();
    // And a real scam later is still seen: time keeps moving, so does the episode.
    e.observe(&stranger_call(30_000)).unwrap();
    e.observe(&share(330_000)).unwrap();
    let w =
        e.observe(&ev(r#"{"t":390000,"type":"app_foreground","package":"com.android.bankabc"}"#)).unwrap();
    assert!(w.iter().any(|w| w.level >= Level::Danger), "{w:?}");
}

#[test]
fn invalid_events_are_rejected_without_changing_state() {
    let mut e = Engine::new();
    let bad = Event::new(1, EventKind::AppForeground { package: " ".into() });
    assert!(matches!(e.observe(&bad), Err(Error::InvalidArgument(_))));
    assert!(e.state().foreground.is_none());
}

#[test]
fn assess_transfer_answers_without_consuming_the_warning() {
    let mut e = Engine::new();
    e.set_lang(scamguard::Lang::En);
    // No call, no sharing: a rent payment.
    let a = e
        .assess_transfer(0, Some("com.android.bankabc"), Money::parse("3500").unwrap(), "CNY", Some(false))
        .unwrap();
    assert_eq!(a.decision, Decision::Proceed);
    assert_eq!(a.level, None);
    assert!(a.reasons.is_empty());

    e.observe(&stranger_call(60_000)).unwrap();
    e.observe(&share(360_000)).unwrap();
    let a = e
        .assess_transfer(
            420_000,
            Some("com.android.bankabc"),
            Money::parse("19,999.58").unwrap(),
            "CNY",
            Some(true),
        )
        .unwrap();
    assert_eq!(a.decision, Decision::Stop);
    assert_eq!(a.level, Some(Level::Critical));
    assert_eq!(a.warnings[0].rule, "code-like-amount");
    assert_eq!(a.reasons.len(), a.warnings.len());
    // No repeat suppression was consumed: the transfer event still warns, twice over.
    for t in [421_000, 422_000] {
        let a = e
            .assess_transfer(t, Some("com.android.bankabc"), Money::parse("19999.58").unwrap(), "CNY", None)
            .unwrap();
        assert_eq!(a.level, Some(Level::Critical));
    }
    let w = e
        .observe(&ev(
            r#"{"t":423000,"type":"transfer_started","package":"com.android.bankabc","amount":"19999.58"}"#,
        ))
        .unwrap();
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].level, Level::Critical);
}

#[test]
fn a_short_stranger_call_long_ago_is_not_a_verdict() {
    let mut e = Engine::new();
    e.observe(&stranger_call(0)).unwrap();
    e.observe(&ev(r#"{"t":40000,"type":"call_ended"}"#)).unwrap();
    // Twenty minutes after a 40-second call (a courier), an odd rent amount: at most a caution.
    let a = e
        .assess_transfer(1_240_000, Some("cmb.pb"), Money::parse("3999.50").unwrap(), "CNY", Some(false))
        .unwrap();
    assert!(a.level.is_none_or(|l| l == Level::Caution), "{:?}", a.level);
    assert_eq!(a.decision, Decision::Proceed);
}

#[test]
fn a_long_stranger_call_makes_a_payment_dangerous() {
    let mut e = Engine::new();
    e.observe(&stranger_call(0)).unwrap();
    let a = e
        .assess_transfer(1_200_000, Some("cmb.pb"), Money::parse("800").unwrap(), "CNY", Some(true))
        .unwrap();
    assert!(a.level >= Some(Level::Danger), "{:?}", a.level);
    assert_ne!(a.decision, Decision::Proceed);
}

/// A model with one signal pattern per kind of event, to show a vendor's model loads.
fn tiny_model() -> String {
    let mut v: serde_json::Value = serde_json::from_str(scamguard::model::builtin_json()).unwrap();
    let keep: Vec<serde_json::Value> = v["patterns"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["id"] == "money-left-during-scam" || p["id"] == "money-in-scam-chain")
        .cloned()
        .collect();
    let mut patterns = keep;
    patterns.push(serde_json::json!({
        "id": "any-sign", "on": "signal",
        "title": {"zh-CN": "注意", "en": "Careful"}, "message": {"zh-CN": "注意", "en": "Careful"},
        "actions": ["stop_sharing"]}));
    v["patterns"] = serde_json::Value::Array(patterns);
    v.to_string()
}

#[test]
fn models_load_at_run_time_and_a_broken_one_changes_nothing() {
    let mut e = Engine::new();
    let before = e.rule_ids().len();
    let err = e.load_rules("{\"version\":2}").unwrap_err();
    assert!(matches!(err, Error::RulePack(ref m) if m.contains("missing field")), "{err}");
    assert_eq!(e.rule_ids().len(), before, "previous model stays in force");
    e.observe(&stranger_call(0)).unwrap();
    assert_eq!(e.observe(&share(300_000)).unwrap()[0].rule, "screen-share-during-stranger-call");

    e.load_model(&tiny_model()).unwrap();
    assert_eq!(e.rule_ids(), ["money-left-during-scam", "money-in-scam-chain", "any-sign"]);

    let mut fresh = Engine::with_model(&tiny_model()).unwrap();
    fresh.observe(&stranger_call(0)).unwrap();
    let w = fresh.observe(&share(300_000)).unwrap();
    assert_eq!(w[0].rule, "any-sign");
    assert_eq!(w[0].actions, ["立即停止屏幕共享，退出会议"]);
    assert!(matches!(Engine::with_model("nope"), Err(Error::RulePack(_))));
}

#[test]
fn money_in_an_app_the_catalog_does_not_know_still_counts() {
    let mut e = Engine::new();
    e.observe(&stranger_call(0)).unwrap();
    e.observe(&share(300_000)).unwrap();
    let w = e
        .observe(&ev(
            r#"{"t":360000,"type":"text_entered","package":"com.example.citybank","field":"amount","text":"5000"}"#,
        ))
        .unwrap();
    assert!(w[0].level >= Level::Danger, "{w:?}");
    e.add_app("com.example.citybank", Category::Bank, Some("City Bank")).unwrap();
    assert!(e.add_app("not a package", Category::Bank, None).is_err());
    let n = e.add_apps("com.example.a\tbank\tA\ncom.example.b\tpayment\n").unwrap();
    assert_eq!(n, 2);
    assert!(e.catalog().is("com.example.b", Category::Payment));
    assert!(e.add_apps("com.example.c\tnot-a-category\n").is_err());
    assert!(!e.catalog().is("com.example.c", Category::Bank), "all or nothing");
}

#[test]
fn every_event_type_round_trips_through_json() {
    let lines = [
        r#"{"t":1,"type":"call_started","direction":"outgoing","peer":"hidden","channel":"voip","app":"com.tencent.mm"}"#,
        r#"{"t":2,"type":"call_ended"}"#,
        r#"{"t":3,"type":"app_foreground","package":"a.b"}"#,
        r#"{"t":4,"type":"app_installed","package":"a.b","installer":"c.d","label":"X"}"#,
        r#"{"t":5,"type":"app_removed","package":"a.b"}"#,
        r#"{"t":6,"type":"screen_share_started","package":"a.b"}"#,
        r#"{"t":7,"type":"screen_share_stopped"}"#,
        r#"{"t":8,"type":"accessibility_enabled","package":"a.b"}"#,
        r#"{"t":9,"type":"overlay_shown","package":"a.b"}"#,
        r#"{"t":10,"type":"setting_changed","setting":"bank_notifications_off","package":"a.b","enabled":true}"#,
        r#"{"t":11,"type":"text_entered","package":"a.b","field":"code","text":"1234"}"#,
        r#"{"t":12,"type":"screen_text","package":"a.b","text":"备用金"}"#,
        r#"{"t":13,"type":"notification","package":"a.b","title":"T","text":"x"}"#,
        r#"{"t":14,"type":"sms_received","sender_kind":"service","text":"y"}"#,
        r#"{"t":15,"type":"transfer_started","package":"a.b","amount":"12.30","currency":"CNY","payee_new":true}"#,
        r#"{"t":16,"type":"contact_added"}"#,
        r#"{"t":17,"type":"call_state","active":false}"#,
        r#"{"t":18,"type":"payment_prompt","package":"a.b","kind":"qr_scan","amount":"50.00","currency":"CNY"}"#,
        r#"{"t":19,"type":"platform_risk","kind":"screen_captured"}"#,
        r#"{"t":20,"type":"accessibility_enabled","package":"a.b","tool":false,"from_store":true}"#,
        r#"{"t":21,"type":"call_started","direction":"incoming","peer":"service","verification":"passed"}"#,
    ];
    let mut seen = std::collections::BTreeSet::new();
    for line in lines {
        let e = ev(line);
        seen.insert(e.event_type());
        let back = ev(&e.to_json());
        let typed =
            matches!(e.kind, EventKind::TextEntered { field, .. } if field != scamguard::Field::Amount);
        if !typed {
            assert_eq!(back, e, "{line}");
        }
        let a: serde_json::Value = serde_json::from_str(line).unwrap();
        let b: serde_json::Value = serde_json::from_str(&e.to_json()).unwrap();
        for (k, v) in a.as_object().unwrap() {
            if k == "channel" || k == "sender_kind" || k == "currency" || (typed && k == "text") {
                continue;
            }
            assert_eq!(&b[k], v, "{line}: field {k}");
        }
    }
    assert_eq!(seen.len(), EventType::ALL.len(), "every type covered");
}

/// A tiny deterministic generator, so the property tests need no extra crate.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() as usize) % xs.len()]
    }
}

const APPS: &[&str] = &[
    "com.tencent.mm",
    "com.eg.android.AlipayGphone",
    "com.android.bankabc",
    "cmb.pb",
    "com.tencent.wemeet.app",
    "com.taobao.taobao",
    "com.ss.android.ugc.aweme",
    "com.pacf",
    "com.example.game",
];

/// Ordinary phone use: contacts calling, meetings with sharing, payments,
/// installs from the store, chatty notifications. Never a stranger's call.
fn ordinary_event(r: &mut Lcg, t: u64) -> String {
    let app = r.pick(APPS);
    match r.next() % 12 {
        0 => format!(r#"{{"t":{t},"type":"call_started","direction":"incoming","peer":"contact"}}"#),
        1 => format!(r#"{{"t":{t},"type":"call_ended"}}"#),
        2 | 3 => format!(r#"{{"t":{t},"type":"app_foreground","package":"{app}"}}"#),
        4 => format!(
            r#"{{"t":{t},"type":"app_installed","package":"{app}","installer":"com.huawei.appmarket"}}"#
        ),
        5 => format!(r#"{{"t":{t},"type":"screen_share_started","package":"com.tencent.wemeet.app"}}"#),
        6 => format!(r#"{{"t":{t},"type":"screen_share_stopped","package":"com.tencent.wemeet.app"}}"#),
        7 => format!(
            r#"{{"t":{t},"type":"text_entered","package":"{app}","field":"amount","text":"{}"}}"#,
            r.next() % 5000
        ),
        8 => format!(
            r#"{{"t":{t},"type":"notification","package":"{app}","text":"您有一条新消息，订单已发货"}}"#
        ),
        9 => format!(
            r#"{{"t":{t},"type":"sms_received","sender_kind":"service","text":"【银行】您的验证码是{}，请勿泄露"}}"#,
            r.next() % 999_999
        ),
        10 => {
            format!(r#"{{"t":{t},"type":"screen_text","package":"{app}","text":"今日推荐 热门 额度 查看"}}"#)
        }
        _ => format!(
            r#"{{"t":{t},"type":"transfer_started","package":"{app}","amount":"{}","payee_new":false}}"#,
            100 + r.next() % 3000
        ),
    }
}

#[test]
fn long_ordinary_use_stays_at_caution_or_below() {
    let mut r = Lcg(7);
    let mut e = Engine::new();
    let mut t = 0;
    let mut top = None;
    for _ in 0..20_000 {
        t += 1_000 + r.next() % 120_000;
        for w in e.observe(&ev(&ordinary_event(&mut r, t))).unwrap() {
            top = top.max(Some(w.level));
            assert!(w.level <= Level::Caution, "{} {} at {}", w.level, w.rule, w.t);
        }
    }
    let _ = top;
}

#[test]
fn memory_stays_bounded_whatever_the_stream() {
    let mut r = Lcg(42);
    let mut e = Engine::new();
    let mut t = 0;
    for i in 0..100_000u64 {
        t += r.next() % 50;
        let app = format!("com.flood.app{}", i % 5000);
        let json = match r.next() % 8 {
            0 => format!(
                r#"{{"t":{t},"type":"app_installed","package":"{app}","installer":"com.android.chrome"}}"#
            ),
            1 => format!(r#"{{"t":{t},"type":"accessibility_enabled","package":"{app}"}}"#),
            2 => format!(r#"{{"t":{t},"type":"screen_share_started","package":"{app}"}}"#),
            3 => format!(r#"{{"t":{t},"type":"call_started","direction":"incoming","peer":"unknown"}}"#),
            4 => format!(r#"{{"t":{t},"type":"overlay_shown","package":"{app}"}}"#),
            5 => format!(r#"{{"t":{t},"type":"transfer_started","amount":"1","package":"{app}"}}"#),
            6 => format!(r#"{{"t":{t},"type":"setting_changed","setting":"other","enabled":true}}"#),
            _ => format!(r#"{{"t":{t},"type":"sms_received","text":"安全账户 {i}"}}"#),
        };
        e.observe(&ev(&json)).unwrap();
    }
    let s = e.state();
    use scamguard::state::*;
    assert!(s.installs.len() <= MAX_INSTALLS);
    assert!(s.grants.len() <= MAX_GRANTS);
    assert!(s.shares.len() <= MAX_SHARES);
    assert!(s.contacts_added.len() <= MAX_CONTACTS_ADDED);
    assert!(e.episode().signals.len() <= scamguard::episode::MAX_SIGNALS);
}

#[test]
fn engine_is_send() {
    fn assert_send<T: Send>() {}
    assert_send::<Engine>();
}

/// Scam talk earlier in the episode raises what follows: the same share and
/// amount are a caution on a clean day and critical after a 刷单 message.
#[test]
fn scam_words_raise_the_level_of_what_follows() {
    let steps = |e: &mut Engine, t0: u64| -> Vec<scamguard::Warning> {
        let mut out = e.observe(&share(t0)).unwrap();
        out.extend(
            e.observe(&ev(&format!(
                r#"{{"t":{},"type":"text_entered","package":"com.android.bankabc","field":"amount","text":"2000"}}"#,
                t0 + 60_000
            )))
            .unwrap(),
        );
        out
    };
    let mut clean = Engine::new();
    let top = steps(&mut clean, 1_000).iter().map(|w| w.level).max();
    assert!(top <= Some(Level::Caution), "a share and a payment alone: {top:?}");

    let mut primed = Engine::new();
    let sms = r#"{"t":0,"type":"sms_received","sender_kind":"unknown","text":"刷单返利，先垫付后返还"}"#;
    let first = primed.observe(&ev(sms)).unwrap();
    assert_eq!(first[0].rule, "scam-words");
    assert_eq!(first[0].level, Level::Caution, "one scam text alone is a caution");
    let ws = steps(&mut primed, 1_000);
    let money = ws.iter().find(|w| w.rule == "money-while-screen-shared").expect("money warning");
    assert!(money.level >= Level::Danger, "{:?}", money.level);
    assert!(money.evidence.iter().any(|e| e.contains("刷单")), "{:?}", money.evidence);
}

#[test]
fn signed_models_only_once_keys_are_pinned() {
    use scamguard::pack;
    let (seed, public) = pack::keypair_from_seed([3; 32]);
    let (_, stranger) = pack::keypair_from_seed([4; 32]);
    let model = tiny_model();
    let now = 1_800_000_000;
    let mut e = Engine::new();
    let builtin = e.rule_ids().len();
    e.pin_pack_keys(&[&public]).unwrap();
    // Unsigned, or signed by another key: refused, the built-in model stays.
    assert!(matches!(e.load_model(&model), Err(Error::Pack(_))));
    let foreign = pack::sign(&model, &pack::keypair_from_seed([4; 32]).0, 2, now + 100, "0.1.0").unwrap();
    assert!(matches!(e.load_signed_model(&foreign, now), Err(Error::Pack(pack::PackError::BadSignature))));
    assert_eq!(e.rule_ids().len(), builtin);
    let _ = stranger;
    // Signed by the pinned key: loaded; an older or equal serial is refused.
    let v2 = pack::sign(&model, &seed, 2, now + 100, "0.1.0").unwrap();
    e.load_signed_model(&v2, now).unwrap();
    assert_eq!(e.rule_ids().len(), 3);
    assert_eq!(e.pack_serial(), 2);
    assert!(matches!(e.load_signed_model(&v2, now), Err(Error::Pack(pack::PackError::Rollback))));
    let expired = pack::sign(&model, &seed, 3, now - 1, "0.1.0").unwrap();
    assert!(matches!(e.load_signed_model(&expired, now), Err(Error::Pack(pack::PackError::Expired))));
    // A valid signature over a broken model: refused by validation, model in force stays.
    let broken = pack::sign("{\"version\":2}", &seed, 4, now + 100, "0.1.0").unwrap();
    assert!(matches!(e.load_signed_model(&broken, now), Err(Error::RulePack(_))));
    assert_eq!(e.pack_serial(), 2);
    // After a restart the app hands the serial back: no rollback.
    let mut again = Engine::new();
    again.pin_pack_keys(&[&public]).unwrap();
    again.set_pack_serial_floor(2);
    assert!(matches!(again.load_signed_model(&v2, now), Err(Error::Pack(pack::PackError::Rollback))));
}

#[test]
fn regions_choose_advice_currency_and_service_numbers() {
    use scamguard::region::Region;
    let scam = |e: &mut Engine| -> Vec<scamguard::Warning> {
        let mut out = Vec::new();
        for line in [
            r#"{"t":0,"type":"call_started","direction":"incoming","peer":"unknown"}"#,
            r#"{"t":300000,"type":"screen_share_started","package":"com.anydesk.anydeskandroid"}"#,
            r#"{"t":360000,"type":"app_foreground","package":"uk.co.hsbc.hsbcukmobilebanking"}"#,
            r#"{"t":420000,"type":"text_entered","package":"uk.co.hsbc.hsbcukmobilebanking","field":"amount","text":"4800"}"#,
        ] {
            out.extend(e.observe(&ev(line)).unwrap());
        }
        out
    };
    let mut uk = Engine::new();
    uk.set_lang(scamguard::Lang::En);
    uk.set_regions(&[Region::Uk]).unwrap();
    let w = scam(&mut uk);
    let last = w.last().expect("a warning at the money step");
    assert!(last.level >= Level::Danger, "{w:?}");
    assert!(
        last.evidence.iter().any(|l| l.contains('£')),
        "amounts in the home currency: {:?}",
        last.evidence
    );
    let uk_advice = last.actions.join(" ");
    let mut cn = Engine::new();
    cn.set_lang(scamguard::Lang::En);
    let cn_advice = scam(&mut cn).last().unwrap().actions.join(" ");
    assert!(cn_advice.contains("96110"), "{cn_advice}");
    assert!(!uk_advice.contains("96110") && uk_advice != cn_advice, "{uk_advice}");

    // The bank's official number calling, verified by the platform, is not a
    // stranger's call; the same caller ID unverified only claims to be the bank.
    let mut e = Engine::new();
    e.observe(&ev(
        r#"{"t":0,"type":"call_started","direction":"incoming","peer":"unknown","number":"+86 95555","verification":"passed"}"#,
    ))
    .unwrap();
    assert!(!e.state().stranger_call_active());
    let mut claimed = Engine::new();
    claimed
        .observe(&ev(
            r#"{"t":0,"type":"call_started","direction":"incoming","peer":"unknown","number":"+86 95555"}"#,
        ))
        .unwrap();
    assert!(claimed.state().stranger_call_active());
    assert!(e.set_regions(&[]).is_err());
    assert!(e.set_regions_wire(&["xx".to_string()]).is_err());
    e.set_regions_wire(&["hk".to_string(), "cn".to_string()]).unwrap();
    assert_eq!(e.regions(), [Region::Hk, Region::Cn]);
}

#[test]
fn an_episode_leaves_a_verifiable_record_of_warnings_and_choices() {
    use scamguard::record::Record;
    let mut e = Engine::new();
    assert!(e.record_choice(0, "dismissed").is_err(), "nothing to answer yet");
    e.observe(&stranger_call(0)).unwrap();
    e.observe(&ev(
        r#"{"t":60000,"type":"sms_received","text":"您的账户涉嫌洗钱，请配合资金核查转入安全账户"}"#,
    ))
    .unwrap();
    e.observe(&share(300_000)).unwrap();
    e.record_choice(310_000, "dismissed").unwrap();
    assert!(e.record_choice(310_000, "13800001111").is_err());
    let (seed, public) = scamguard::pack::keypair_from_seed([5; 32]);
    let json = e.export_record(Some(&seed)).unwrap();
    let r = Record::verify(&json, Some(&public)).unwrap();
    assert!(r.entries.iter().any(|x| x.kind == "warning"));
    assert_eq!(r.entries.last().unwrap().what, "dismissed");
    assert!(!json.contains("13800001111"));
}

#[test]
fn a_day_long_video_call_stays_on_but_a_lost_phone_call_ends() {
    let hourly = |e: &mut Engine, hours: u64| {
        for h in 1..=hours {
            let line = format!(
                r#"{{"t":{},"type":"app_foreground","package":"com.android.launcher"}}"#,
                h * 3_600_000
            );
            e.observe(&ev(&line)).unwrap();
        }
    };
    let mut voip = Engine::new();
    voip.observe(&ev(r#"{"t":0,"type":"call_started","direction":"incoming","peer":"unknown","channel":"voip","app":"com.whatsapp"}"#)).unwrap();
    hourly(&mut voip, 8);
    assert!(voip.state().stranger_call_active(), "a 'digital arrest' video call goes on for hours");
    let mut cell = Engine::new();
    cell.observe(&stranger_call(0)).unwrap();
    hourly(&mut cell, 8);
    assert!(cell.state().call.is_none(), "a phone call with a lost end is ended after the maximum call age");
}
