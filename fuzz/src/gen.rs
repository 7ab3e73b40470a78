//! Hostile inputs for scamguard, shared by the cargo-fuzz targets (bytes from
//! libFuzzer) and the stable property tests (bytes from a seeded PRNG), so both
//! explore the same space: every event type of docs/trace-format.md, adversarial
//! times, long / unicode / control-character strings, bad enum values and wrong
//! field types, and "canary" secrets that must never come back out.
//!
//! Only std, serde_json and scamguard: the property tests include this file with `#[path]`.

#![allow(dead_code)]

use serde_json::{json, Map, Value};

/// Where the choices come from.
pub trait Source {
    /// The next byte; a fuzz input that ran out gives zeros.
    fn byte(&mut self) -> u8;

    fn below(&mut self, n: usize) -> usize {
        if n <= 1 {
            return 0;
        }
        let v = u32::from_le_bytes([self.byte(), self.byte(), self.byte(), self.byte()]) as usize;
        v % n
    }

    fn u64(&mut self) -> u64 {
        let mut b = [0u8; 8];
        for x in &mut b {
            *x = self.byte();
        }
        u64::from_le_bytes(b)
    }

    fn flip(&mut self) -> bool {
        self.byte() & 1 == 1
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A fuzz input read front to back.
pub struct Bytes<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Bytes<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Bytes { data, pos: 0 }
    }

    pub fn exhausted(&self) -> bool {
        self.pos >= self.data.len()
    }
}

impl Source for Bytes<'_> {
    fn byte(&mut self) -> u8 {
        let b = self.data.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        b
    }
}

/// SplitMix64: tiny, deterministic, good enough to drive a generator.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

impl Source for Rng {
    fn byte(&mut self) -> u8 {
        self.next_u64() as u8
    }
    fn u64(&mut self) -> u64 {
        self.next_u64()
    }
}

/// Secrets fed into private fields (numbers, senders, payees, typed passwords,
/// codes, account numbers). None may appear in a warning, a snapshot or an error.
/// Each is long or odd enough never to occur by chance in the engine's own text
/// (generated amounts stay below 8 integer digits, see [`Gen::amount`]).
pub const CANARIES: &[&str] = &[
    "13987654321",
    "+8613511112222",
    "6222021234567890123",
    "6217000011112222333",
    "Hunter2Passw0rd",
    "740219385",
    "Zq8vCanaryPayee",
    "王小明卡号尾号",
];

const PACKAGES: &[&str] = &[
    "com.eg.android.AlipayGphone",
    "com.tencent.mm",
    "com.tencent.wemeet.app",
    "com.oray.sunlogin",
    "com.icbc",
    "com.chinamworld.main",
    "com.android.vending",
    "com.android.browser",
    "com.baidu.netdisk",
    "us.zoom.videomeetings",
    "com.unknown.loan.app",
    "a.b",
];

const SCAM_TEXTS: &[&str] = &[
    "备用金",
    "【上海市公安局】您涉嫌一起洗钱案件，请配合办案民警调查，切勿向他人透露。",
    "您的快递丢失，理赔请添加客服 http://t.cn/abc 立即处理",
    "最高人民检察院 刑事拘留通知书 冻结管制令",
    "Your parcel is held. Pay the fee now at http://bit.ly/x",
    "HMRC: you owe tax, call now or face arrest",
    "刷单返利 日结 佣金",
    "共享屏幕 会议号 123 456 789",
    "退款 客服 淘宝 天猫",
    "注銷校園貸 影響徵信",
];

const AMOUNTS: &[&str] = &[
    "19999.58",
    "¥19,999.58",
    "１９９９９．５８元",
    "1.5万",
    "£4,800",
    "₹14,00,000",
    "Rs 1.4 lakh",
    "HK$500",
    "4 800,50 €",
    "0",
    "0.01",
    "-5",
    "1e9",
    "NaN",
    "",
    "１２３４",
    "5万5千",
    "99999999.999",
    "¥",
    "万",
];

/// A bad value for an enum field or a field of the wrong type.
fn bad_value(s: &mut impl Source) -> Value {
    match s.below(7) {
        0 => json!(s.pick(CANARIES)),
        1 => json!(s.u64()),
        2 => json!(-1),
        3 => Value::Null,
        4 => json!([s.pick(CANARIES)]),
        5 => json!({"x": s.pick(CANARIES)}),
        _ => json!(1.5e300),
    }
}

/// Strings an attacker or a broken observer might send; with `secrets`, scam
/// texts that carry a canary (a number or account in an SMS must not be echoed).
pub fn text(s: &mut impl Source, secrets: bool) -> String {
    match s.below(9) {
        0 => s.pick(SCAM_TEXTS).to_string(),
        1 if secrets => format!("{} {}", s.pick(SCAM_TEXTS), s.pick(CANARIES)),
        1 => format!("{} {}", s.pick(SCAM_TEXTS), s.pick(PACKAGES)),
        2 => String::new(),
        3 => {
            // Long: up to ~20 KB, a repeated scam phrase (text caps and matching cost).
            let n = 1 + s.below(400);
            s.pick(SCAM_TEXTS).repeat(n)
        }
        4 => {
            // Arbitrary code points (no surrogates: Rust strings cannot hold them).
            let n = s.below(64);
            (0..n).filter_map(|_| char::from_u32(s.u64() as u32 % 0x11_0000)).collect()
        }
        5 => "\u{0}\u{200b}\u{feff}\u{202e}\r\n\t\"\\".to_string(),
        6 => "ｈｔｔｐ：／／ｘ．ｃｎ 退款 客服 ".repeat(1 + s.below(20)),
        7 => s.pick(AMOUNTS).to_string(),
        _ => s.pick(PACKAGES).to_string(),
    }
}

fn package(s: &mut impl Source) -> Value {
    match s.below(12) {
        0 => json!(""),
        1 => json!("x".repeat(300 + s.below(3000))),
        2 => json!("com.evil app with spaces"),
        // Wrong types only: a package is the caller's, not a secret, and may be shown.
        3 => json!([1, 2]),
        4 => json!(s.u64()),
        _ => json!(s.pick(PACKAGES)),
    }
}

/// An amount field: mostly valid forms, below 8 integer digits so no generated
/// amount can contain a canary; sometimes a password typed where an amount goes
/// (refused, and the refusal must not echo it). A number typed there is an
/// amount, which a warning may show: no numeric canary goes here.
fn amount(s: &mut impl Source) -> Value {
    match s.below(6) {
        0 => json!(s.below(10_000_000)),
        1 => json!(format!("{}.{:02}", s.below(10_000_000), s.below(100))),
        2 => json!(s.pick(AMOUNTS)),
        3 => json!(s.pick(&["Hunter2Passw0rd", "Zq8vCanaryPayee"])),
        4 => json!(s.below(10_000_000) as f64 / 7.0),
        _ => json!(*s.pick(&[json!(-1), json!(null), json!([5]), json!(1.5e300), json!(u64::MAX)])),
    }
}

/// A currency code: any ISO code, unknown, empty, too long or of the wrong type.
fn currency(s: &mut impl Source) -> Value {
    match s.below(12) {
        0 => json!(""),
        1 => json!("CNYCNYCNY"),
        2 => json!(7),
        3 => json!("XXX"),
        _ => json!(s.pick(&["CNY", "GBP", "USD", "INR", "HKD", "SGD", "AUD", "TWD"])),
    }
}

fn secret(s: &mut impl Source) -> Value {
    json!(s.pick(CANARIES))
}

fn one_of(s: &mut impl Source, good: &[&str]) -> Value {
    if s.below(10) == 0 {
        bad_value(s)
    } else {
        json!(s.pick(good))
    }
}

/// A generator of trace lines with adversarial times.
pub struct Gen<S> {
    pub src: S,
    last_t: u64,
}

impl<S: Source> Gen<S> {
    pub fn new(src: S) -> Self {
        Gen { src, last_t: 0 }
    }

    /// Mostly forward, sometimes backwards a little or a lot, u64::MAX, huge jumps.
    pub fn time(&mut self) -> u64 {
        let s = &mut self.src;
        let last = self.last_t;
        let t = match s.below(16) {
            0 => last,
            1 => last.saturating_sub(1 + s.below(1_000) as u64),
            2 => last.saturating_sub(600_001 + s.below(100_000_000) as u64),
            3 => u64::MAX,
            4 => u64::MAX - s.below(1_000) as u64,
            5 => 0,
            6 => last.saturating_add(40 * 24 * 3_600_000),
            7 => i64::MAX as u64,
            8 => s.u64(),
            9 => 1_700_000_000_000 + s.below(1_000_000) as u64, // wall clock by mistake
            10 => last.saturating_add(3 * 3_600_000),
            _ => last.saturating_add(s.below(600_000) as u64),
        };
        self.last_t = t;
        t
    }

    /// One event line of any type (sometimes broken on purpose).
    pub fn line(&mut self) -> String {
        let t = self.time();
        let s = &mut self.src;
        let mut o = Map::new();
        // u64::MAX does not fit i64 but is valid JSON; a negative `t` is not valid.
        o.insert("t".into(), if s.below(40) == 0 { bad_value(s) } else { json!(t) });
        // Every event type the engine knows, and one it does not.
        let known = scamguard::EventType::ALL;
        let ty = if s.below(known.len() + 1) == known.len() { "teleport" } else { s.pick(known).wire_name() };
        o.insert("type".into(), if s.below(60) == 0 { json!(s.pick(CANARIES)) } else { json!(ty) });
        let mut put = |k: &str, v: Value| {
            o.insert(k.into(), v);
        };
        match ty {
            "call_started" => {
                put("direction", one_of(s, &["incoming", "outgoing"]));
                put("peer", one_of(s, &["contact", "unknown", "hidden", "flagged", "unverified", "service"]));
                if s.flip() {
                    put("channel", one_of(s, &["cellular", "voip"]));
                }
                if s.flip() {
                    put("app", package(s));
                }
                if s.flip() {
                    put("number", secret(s));
                }
                if s.flip() {
                    put("verification", one_of(s, &["passed", "failed", "none"]));
                }
            }
            "app_foreground" | "app_removed" | "overlay_shown" => put("package", package(s)),
            "app_installed" => {
                put("package", package(s));
                if s.flip() {
                    put("installer", package(s));
                }
                if s.flip() {
                    put("label", json!(text(s, false)));
                }
            }
            "screen_share_started" | "screen_share_stopped" if s.flip() => put("package", package(s)),
            "accessibility_enabled" => {
                put("package", package(s));
                if s.flip() {
                    put("tool", json!(s.flip()));
                }
                if s.flip() {
                    put("from_store", json!(s.flip()));
                }
            }
            "setting_changed" => {
                put(
                    "setting",
                    one_of(
                        s,
                        &["install_unknown_apps", "bank_notifications_off", "developer_options", "other"],
                    ),
                );
                if s.flip() {
                    put("package", package(s));
                }
                put("enabled", json!(s.flip()));
            }
            "text_entered" => {
                put("package", package(s));
                let field = *s.pick(&["amount", "account", "password", "code", "other"]);
                put("field", if s.below(10) == 0 { bad_value(s) } else { json!(field) });
                // Secrets go into private fields; amounts into the amount field.
                let v = if field == "amount" { amount(s) } else { secret(s) };
                put("text", v);
            }
            "screen_text" => {
                put("package", package(s));
                put("text", json!(text(s, true)));
            }
            "notification" => {
                put("package", package(s));
                if s.flip() {
                    put("title", json!(text(s, true)));
                }
                put("text", json!(text(s, true)));
            }
            "sms_received" => {
                if s.flip() {
                    put("sender", secret(s));
                }
                if s.flip() {
                    put("sender_kind", one_of(s, &["contact", "unknown", "service"]));
                }
                put("text", json!(text(s, true)));
            }
            "transfer_started" => {
                if s.flip() {
                    put("package", package(s));
                }
                put("amount", amount(s));
                if s.flip() {
                    put("currency", currency(s));
                }
                if s.flip() {
                    put("payee_new", json!(s.flip()));
                }
                if s.flip() {
                    put("payee", secret(s));
                }
            }
            "contact_added" if s.flip() => put("number", secret(s)),
            "call_state" => put("active", if s.below(10) == 0 { bad_value(s) } else { json!(s.flip()) }),
            "payment_prompt" => {
                if s.flip() {
                    put("package", package(s));
                }
                put("kind", one_of(s, &["qr_scan", "payment_code", "collect_request", "drawdown"]));
                if s.flip() {
                    put("amount", amount(s));
                }
                if s.flip() {
                    put("currency", currency(s));
                }
            }
            "platform_risk" => {
                put(
                    "kind",
                    one_of(s, &["screen_captured", "device_controlled", "display_cast", "voip_call"]),
                );
                if s.flip() {
                    put("package", package(s));
                }
            }
            _ => {}
        }
        if s.below(20) == 0 {
            // An unknown extra key: ignored (forward compatibility).
            o.insert("note".into(), json!(text(s, true)));
        }
        if s.below(30) == 0 {
            // A missing required field.
            let keys: Vec<String> = o.keys().cloned().collect();
            let k = &keys[s.below(keys.len())];
            o.remove(k);
        }
        let line = Value::Object(o).to_string();
        match s.below(50) {
            0 => {
                // Truncated (on a char boundary: this is a &str).
                let mut n = s.below(line.len() + 1);
                while !line.is_char_boundary(n) {
                    n -= 1;
                }
                line[..n].to_string()
            }
            1 => format!("{line}{}", s.pick(CANARIES)), // trailing junk
            _ => line,
        }
    }
}

/// Does any canary occur in `out`? Returns the first one found.
pub fn leaked(out: &str) -> Option<&'static str> {
    CANARIES.iter().copied().find(|c| out.contains(c))
}

/// Mutates bytes the way a crash, a bad disk or an attacker would: flips, cuts,
/// insertions, deletions, digit changes, duplicated slices. The result is text
/// (invalid UTF-8 is replaced), since every API takes `&str`.
pub fn mutate(s: &mut impl Source, original: &str) -> String {
    let mut b = original.as_bytes().to_vec();
    for _ in 0..1 + s.below(4) {
        let n = b.len();
        match s.below(8) {
            0 if n > 0 => {
                let i = s.below(n);
                b[i] ^= 1 << s.below(8);
            }
            1 => b.truncate(s.below(n + 1)),
            2 => {
                let i = s.below(n + 1);
                let bytes = [s.byte(), b'"', b'{', b'}', b'9', b'-', b','];
                b.insert(i, bytes[s.below(bytes.len())]);
            }
            3 if n > 0 => {
                let i = s.below(n);
                let len = s.below(n - i + 1).min(64);
                b.drain(i..i + len);
            }
            4 => {
                // Change one digit: counts, times and serials are where logic hides.
                let digits: Vec<usize> = (0..n).filter(|&i| b[i].is_ascii_digit()).collect();
                if !digits.is_empty() {
                    let i = digits[s.below(digits.len())];
                    b[i] = b'0' + s.below(10) as u8;
                }
            }
            5 if n > 0 => {
                let i = s.below(n);
                let len = s.below(n - i + 1).min(256);
                let slice = b[i..i + len].to_vec();
                let at = s.below(n + 1);
                b.splice(at..at, slice);
            }
            6 => {
                let i = s.below(n + 1);
                let big = ["18446744073709551615", "-1", "1e999", "null", "\\u0000", "\\ud800"];
                let x = big[s.below(big.len())].as_bytes().to_vec();
                b.splice(i..i, x);
            }
            _ => {}
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

/// A snapshot whose body was changed and whose checksum was recomputed, so the
/// body's own validation is what gets tested (the checksum is an integrity
/// check against corruption, not a defence against a forger).
pub fn reseal_snapshot(s: &mut impl Source, snapshot: &str) -> Option<String> {
    use std::hash::Hasher;
    let mut env: Map<String, Value> = serde_json::from_str(snapshot).ok()?;
    let body = env.get("body")?.as_str()?.to_string();
    let body = mutate(s, &body);
    let mut h = scamguard::catalog::Fnv::default();
    h.write(b"scamguard-snapshot-v1");
    h.write(body.as_bytes());
    env.insert("sum".into(), json!(format!("{:016x}", h.finish())));
    env.insert("body".into(), json!(body));
    Some(Value::Object(env).to_string())
}
