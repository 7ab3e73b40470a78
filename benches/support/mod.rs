//! Generated traces for the benchmarks: ordinary use with scam episodes mixed in.

#![allow(dead_code)]

use std::io::Write;

/// A 200-character screen text, the size the issue names for text events.
pub fn text200() -> String {
    let base = "支付宝 备用金 最高可借500元 立即开通 账单 余额宝 花呗 借呗 生活缴费 转账 收款 理财 保险 ";
    base.chars().cycle().take(200).collect()
}

/// One event of each type (plus an amount field), as JSON with `{t}` to fill.
pub fn templates() -> Vec<(&'static str, String)> {
    let text = text200();
    vec![
        ("call_started", r#"{"t":{t},"type":"call_started","direction":"incoming","peer":"contact"}"#.into()),
        ("call_ended", r#"{"t":{t},"type":"call_ended"}"#.into()),
        ("app_foreground", r#"{"t":{t},"type":"app_foreground","package":"com.android.bankabc"}"#.into()),
        ("app_installed", r#"{"t":{t},"type":"app_installed","package":"com.example.game","installer":"com.huawei.appmarket"}"#.into()),
        ("app_removed", r#"{"t":{t},"type":"app_removed","package":"com.example.game"}"#.into()),
        ("screen_share_started", r#"{"t":{t},"type":"screen_share_started","package":"com.tencent.wemeet.app"}"#.into()),
        ("screen_share_stopped", r#"{"t":{t},"type":"screen_share_stopped","package":"com.tencent.wemeet.app"}"#.into()),
        ("accessibility_enabled", r#"{"t":{t},"type":"accessibility_enabled","package":"com.google.android.marvin.talkback"}"#.into()),
        ("overlay_shown", r#"{"t":{t},"type":"overlay_shown","package":"com.example.chathead"}"#.into()),
        ("setting_changed", r#"{"t":{t},"type":"setting_changed","setting":"developer_options","enabled":true}"#.into()),
        ("text_entered", format!(r#"{{"t":{{t}},"type":"text_entered","package":"com.android.bankabc","field":"other","text":"{text}"}}"#)),
        ("text_entered_amount", r#"{"t":{t},"type":"text_entered","package":"com.android.bankabc","field":"amount","text":"3500.00"}"#.into()),
        ("screen_text", format!(r#"{{"t":{{t}},"type":"screen_text","package":"com.eg.android.AlipayGphone","text":"{text}"}}"#)),
        ("notification", format!(r#"{{"t":{{t}},"type":"notification","package":"com.tencent.mm","title":"群消息","text":"{text}"}}"#)),
        ("sms_received", format!(r#"{{"t":{{t}},"type":"sms_received","sender_kind":"service","text":"{text}"}}"#)),
        ("transfer_started", r#"{"t":{t},"type":"transfer_started","package":"com.android.bankabc","amount":"3500.00","payee_new":false}"#.into()),
    ]
}

const SCAM: [&str; 4] = [
    r#"{"t":{t},"type":"call_started","direction":"incoming","peer":"unknown"}"#,
    r#"{"t":{t},"type":"screen_share_started","package":"com.tencent.wemeet.app"}"#,
    r#"{"t":{t},"type":"text_entered","package":"com.android.bankabc","field":"amount","text":"19999.58"}"#,
    r#"{"t":{t},"type":"call_ended"}"#,
];

/// Writes `n` events, one every 500 ms; about one in fifty is a scam step.
pub fn write_trace<W: Write>(n: usize, out: &mut W) -> std::io::Result<()> {
    let ts = templates();
    let mut state = 12345u64;
    for i in 0..n {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let r = (state >> 33) as usize;
        let t = (i as u64) * 500;
        let line = if r % 50 == 0 { SCAM[(r / 50) % SCAM.len()] } else { ts[r % ts.len()].1.as_str() };
        writeln!(out, "{}", line.replace("{t}", &t.to_string()))?;
    }
    Ok(())
}
