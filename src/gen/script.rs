//! The PRNG and the trace builder the scripts write with.

use super::world::{self, Region, Tongue};
use serde_json::{json, Map, Value};

/// SplitMix64: tiny, fast, good enough for test data, and the same on every platform.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// An independent stream for item `index` of a family: the seed and the index
    /// both go through the SplitMix finaliser, so neighbouring streams do not
    /// overlap (a plain `seed ^ index * step` would be the same stream shifted).
    pub fn stream(seed: u64, family: u64, index: u64) -> Rng {
        Rng(mix(mix(seed) ^ mix(family.wrapping_mul(0x1_0000_0001) ^ index.rotate_left(17))))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }

    /// Uniform in `lo..=hi` (the modulo bias is irrelevant at these ranges).
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        if hi <= lo {
            return lo;
        }
        lo + self.next_u64() % (hi - lo + 1)
    }

    /// True with probability `percent`/100.
    pub fn pct(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next_u64() % items.len() as u64) as usize]
    }
}

/// The SplitMix64 output function: a bijective 64-bit mixer.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

pub const SEC: u64 = 1000;
pub const MIN: u64 = 60 * SEC;
pub const HOUR: u64 = 60 * MIN;

/// A trace being written: the clock, the events, and what the expectations need.
pub struct Script<'r> {
    pub rng: &'r mut Rng,
    pub t: u64,
    pub region: &'static Region,
    pub tongue: Tongue,
    /// `zh-CN`, `zh-HK`, `zh-TW`, `en-GB`, ...
    pub lang_tag: &'static str,
    lines: Vec<Value>,
    first_money: Option<u64>,
    bank: Option<String>,
    phishing_link_seen: bool,
    in_call: bool,
    /// A remote-control app holds an accessibility grant (until it is removed).
    controlled: Option<String>,
    /// The number last saved as a contact: a later call from "a contact" is that number.
    saved: Option<String>,
}

impl<'r> Script<'r> {
    /// A script in a random region (from `regions`) and one of its languages,
    /// starting at a random time of the device's uptime.
    pub fn new(rng: &'r mut Rng, regions: &[&str]) -> Script<'r> {
        let code = *rng.pick(regions);
        let region = world::region(code);
        let (tongue, lang_tag) = *rng.pick(region.langs);
        let t = rng.range(0, 10 * HOUR);
        Script {
            rng,
            t,
            region,
            tongue,
            lang_tag,
            lines: Vec::new(),
            first_money: None,
            bank: None,
            phishing_link_seen: false,
            controlled: None,
            in_call: false,
            saved: None,
        }
    }

    pub fn into_lines(self) -> Vec<Value> {
        self.lines
    }

    pub fn first_money(&self) -> Option<u64> {
        self.first_money
    }

    pub fn bank_package(&self) -> Option<&str> {
        self.bank.as_deref()
    }

    // ---- the clock ----

    pub fn secs(&mut self, lo: u64, hi: u64) {
        self.t += self.rng.range(lo * SEC, hi * SEC);
    }

    pub fn mins(&mut self, lo: u64, hi: u64) {
        self.t += self.rng.range(lo * MIN, hi * MIN);
    }

    pub fn hours(&mut self, lo: u64, hi: u64) {
        self.t += self.rng.range(lo * HOUR, hi * HOUR);
    }

    /// A pause between two steps of a guided session: mostly seconds to a few
    /// minutes, sometimes long.
    pub fn step(&mut self) {
        match self.rng.range(0, 9) {
            0..=3 => self.secs(5, 60),
            4..=7 => self.secs(60, 240),
            8 => self.mins(4, 12),
            _ => self.mins(12, 25),
        }
    }

    // ---- random picks in the script's world ----

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        *self.rng.pick(items)
    }

    pub fn pct(&mut self, p: u64) -> bool {
        self.rng.pct(p)
    }

    /// A look-alike app and its label in the script's language.
    pub fn app(
        &mut self,
        table: &[(&'static str, &'static str, &'static str)],
    ) -> (&'static str, &'static str) {
        let (pkg, zh, en) = *self.rng.pick(table);
        (pkg, if self.tongue == Tongue::En { en } else { zh })
    }

    /// A text of `key` in the script's language, with `{brand}`-style slots filled from `slots`.
    pub fn say(&mut self, key: &str, slots: &[(&str, &str)]) -> String {
        let options = world::texts(key, self.tongue);
        let mut s = self.rng.pick(options).to_string();
        for (k, v) in slots {
            s = s.replace(&format!("{{{k}}}"), v);
        }
        s
    }

    /// A fictitious phone number in the region's drama/test ranges.
    pub fn number(&mut self) -> String {
        let digits = self.region.number_digits;
        let n = self.rng.range(0, 10u64.pow(digits) - 1);
        format!("{}{n:0width$}", self.region.number_prefix, width = digits as usize)
    }

    /// A phishing-style link (fictitious domains on reserved TLD-like names).
    pub fn link(&mut self) -> String {
        let host = self.pick(world::LINK_HOSTS);
        let path = self.rng.range(100, 99999);
        format!("http://{host}/{path}")
    }

    // ---- events ----

    fn push(&mut self, ty: &str, fields: Value) {
        let mut m = Map::new();
        m.insert("t".into(), json!(self.t));
        m.insert("type".into(), json!(ty));
        if let Value::Object(f) = fields {
            m.extend(f);
        }
        self.lines.push(Value::Object(m));
    }

    /// The app the victim's money leaves from, for the bank view: by default the
    /// first bank or wallet with a money step; a script names it when the loss
    /// happens elsewhere (a small wallet payment first, the large transfer later).
    pub fn payer(&mut self, pkg: &str) {
        self.bank = Some(pkg.to_string());
    }

    fn money(&mut self, pkg: Option<&str>) {
        self.first_money.get_or_insert(self.t);
        if let Some(p) = pkg {
            if self.bank.is_none() && world::is_finance(p) {
                self.bank = Some(p.to_string());
            }
        }
    }

    /// `call_started`; `channel` is `cellular` or `voip` (then `app` names the VoIP app).
    pub fn call(&mut self, incoming: bool, peer: &str, app: Option<&str>) {
        let mut f = json!({
            "direction": if incoming { "incoming" } else { "outgoing" },
            "peer": peer,
            "channel": if app.is_some() { "voip" } else { "cellular" },
        });
        self.in_call = true;
        if let Some(a) = app {
            f["app"] = json!(a);
        } else if let (Some(n), "contact") = (self.saved.take(), peer) {
            f["number"] = json!(n);
        } else {
            f["number"] = json!(self.number());
        }
        self.push("call_started", f);
    }

    /// The user dials `number` (not a contact).
    pub fn dial(&mut self, number: &str) {
        self.in_call = true;
        self.push(
            "call_started",
            json!({"direction": "outgoing", "peer": "unknown", "channel": "cellular", "number": number}),
        );
    }

    /// A call with a verification field (`passed`, `failed`, `none`).
    pub fn call_verified(&mut self, peer: &str, verification: &str) {
        let number = self.number();
        self.in_call = true;
        self.push(
            "call_started",
            json!({"direction": "incoming", "peer": peer, "channel": "cellular",
                   "verification": verification, "number": number}),
        );
    }

    /// Ends the current call; nothing when no call is on (a script whose call
    /// happened off the phone, e.g. inside a meeting app, still says "hang up").
    pub fn end_call(&mut self) {
        if self.in_call {
            self.in_call = false;
            self.push("call_ended", json!({}));
        }
    }

    /// The observer missed `call_ended`; its next snapshot says no call is on.
    pub fn call_state_idle(&mut self) {
        self.in_call = false;
        self.push("call_state", json!({ "active": false }));
    }

    /// Ends the call if one is on (a script may leave its caller on the line).
    pub fn hang_up_if_on(&mut self) {
        if self.in_call {
            self.secs(5, 120);
            self.end_call();
        }
    }

    pub fn contact_added(&mut self) {
        let n = self.number();
        self.saved = Some(n.clone());
        self.push("contact_added", json!({ "number": n }));
    }

    /// An app comes to the front. A bank app that asks Play Integrity while a
    /// remote-control app is active learns that the device is controlled (half of
    /// the banks integrate it).
    pub fn fg(&mut self, pkg: &str) {
        self.push("app_foreground", json!({ "package": pkg }));
        if self.controlled.is_some() && world::is_finance(pkg) && self.pct(50) {
            self.platform_risk("device_controlled");
        }
    }

    pub fn install(&mut self, pkg: &str, installer: &str, label: &str) {
        self.push("app_installed", json!({ "package": pkg, "installer": installer, "label": label }));
    }

    pub fn remove(&mut self, pkg: &str) {
        if self.controlled.as_deref() == Some(pkg) {
            self.controlled = None;
        }
        self.push("app_removed", json!({ "package": pkg }));
    }

    pub fn share_start(&mut self, pkg: Option<&str>) {
        self.push("screen_share_started", pkg.map_or(json!({}), |p| json!({ "package": p })));
    }

    pub fn share_stop(&mut self, pkg: Option<&str>) {
        self.push("screen_share_stopped", pkg.map_or(json!({}), |p| json!({ "package": p })));
    }

    /// A helper's remote session is over: the platform no longer reports the
    /// device as controlled (the accessibility grant itself stays).
    pub fn session_over(&mut self) {
        self.controlled = None;
    }

    pub fn a11y(&mut self, pkg: &str, from_store: bool) {
        self.controlled = Some(pkg.to_string());
        self.push(
            "accessibility_enabled",
            json!({ "package": pkg, "tool": false, "from_store": from_store }),
        );
    }

    pub fn overlay(&mut self, pkg: &str) {
        self.push("overlay_shown", json!({ "package": pkg }));
    }

    pub fn setting(&mut self, setting: &str, enabled: bool, pkg: Option<&str>) {
        let mut f = json!({ "setting": setting, "enabled": enabled });
        if let Some(p) = pkg {
            f["package"] = json!(p);
        }
        self.push("setting_changed", f);
    }

    /// Typing into a field; an `amount` is a money step wherever it is typed.
    pub fn typed(&mut self, pkg: &str, field: &str, text: &str) {
        if field == "amount" {
            self.money(Some(pkg));
        }
        self.push("text_entered", json!({ "package": pkg, "field": field, "text": text }));
    }

    /// A code or password typed into a browser page: a money step after a phishing link.
    pub fn browser_secret(&mut self, browser: &str, field: &str, text: &str) {
        if self.phishing_link_seen {
            self.money(None);
        }
        self.push("text_entered", json!({ "package": browser, "field": field, "text": text }));
    }

    pub fn screen(&mut self, pkg: &str, text: &str) {
        self.push("screen_text", json!({ "package": pkg, "text": text }));
    }

    pub fn notif(&mut self, pkg: &str, title: &str, text: &str) {
        let mut f = json!({ "package": pkg, "text": text });
        if !title.is_empty() {
            f["title"] = json!(title);
        }
        self.push("notification", f);
    }

    /// An SMS; a link in an SMS from a non-contact arms the browser-code money step.
    pub fn sms(&mut self, sender: &str, kind: &str, text: &str) {
        if kind != "contact" && text.contains("http") {
            self.phishing_link_seen = true;
        }
        self.push("sms_received", json!({ "sender": sender, "sender_kind": kind, "text": text }));
    }

    pub fn transfer(&mut self, pkg: &str, amount: &str, payee_new: bool) {
        self.money(Some(pkg));
        let currency = self.region.currency;
        self.push(
            "transfer_started",
            json!({ "package": pkg, "amount": amount, "currency": currency, "payee_new": payee_new }),
        );
    }

    /// A screen that is about to move money (`qr_scan`, `payment_code`, `collect_request`, `drawdown`).
    pub fn prompt(&mut self, pkg: &str, kind: &str, amount: Option<&str>) {
        self.money(Some(pkg));
        let mut f = json!({ "package": pkg, "kind": kind });
        if let Some(a) = amount {
            f["amount"] = json!(a);
            f["currency"] = json!(self.region.currency);
        }
        self.push("payment_prompt", f);
    }

    pub fn platform_risk(&mut self, kind: &str) {
        self.push("platform_risk", json!({ "kind": kind }));
    }

    // ---- amounts ----

    /// An amount as a person or an app would write it in this region: grouped or
    /// not, full-width digits, `万`, lakh grouping, currency signs.
    pub fn amount(&mut self, fen: u64) -> String {
        let yuan = fen / 100;
        let cents = fen % 100;
        let plain = if cents == 0 && self.pct(50) { yuan.to_string() } else { format!("{yuan}.{cents:02}") };
        let grouped = format!("{}.{cents:02}", group3(yuan));
        let sign = self.region.sign;
        match self.region.code {
            "cn" | "tw" | "hk" => match self.rng.range(0, 5) {
                0 => plain,
                1 => grouped,
                2 => fullwidth(&plain),
                3 if yuan % 100 == 0 && cents == 0 && yuan >= 10_000 && self.region.code == "cn" => wan(yuan),
                4 => format!("{sign}{}", group3(yuan)),
                _ => format!("{sign}{grouped}"),
            },
            "in" => match self.rng.range(0, 2) {
                0 => plain,
                1 => lakh(yuan),
                _ => format!("{sign}{}", lakh(yuan)),
            },
            _ => match self.rng.range(0, 2) {
                0 => plain,
                1 => grouped,
                _ if cents == 0 => format!("{sign}{}", group3(yuan)),
                _ => format!("{sign}{grouped}"),
            },
        }
    }

    /// A scam-sized amount for the region, in minor units.
    pub fn scam_fen(&mut self) -> u64 {
        let (lo, hi) = self.region.scam_range;
        let whole = self.rng.range(lo, hi);
        match self.rng.range(0, 3) {
            // Round: 5,000 / 48,000.
            0 => whole / 1000 * 1000 * 100,
            // "Code-like": just under a round thousand, with cents (19,999.58).
            1 => (whole / 1000 * 1000).max(1000) * 100 - self.rng.range(1, 9999),
            // Limits: 4,999 / 49,999.
            2 => ((whole / 5000).max(1) * 5000 - 1) * 100,
            _ => whole * 100,
        }
    }

    /// An everyday amount (rent, bills, paying a friend back) in minor units.
    pub fn everyday_fen(&mut self) -> u64 {
        let (lo, hi) = self.region.everyday_range;
        let whole = self.rng.range(lo, hi);
        match self.rng.range(0, 3) {
            0 => whole * 100,
            1 => whole * 100 + self.rng.range(1, 99),
            // Odd rent: 3,999.50.
            2 => (whole / 1000 * 1000).max(1000) * 100 - 50,
            _ => whole / 10 * 10 * 100,
        }
    }
}

fn group3(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Indian grouping: 14,00,000.
fn lakh(n: u64) -> String {
    let s = n.to_string();
    if s.len() <= 3 {
        return s;
    }
    let (head, tail) = s.split_at(s.len() - 3);
    let mut out = String::new();
    for (i, c) in head.chars().enumerate() {
        if i > 0 && (head.len() - i) % 2 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{out},{tail}")
}

fn fullwidth(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + 0xFF10).unwrap_or(c),
            '.' => '．',
            ',' => '，',
            _ => c,
        })
        .collect()
}

/// 19000 → `1.9万`; only called for multiples of 100.
fn wan(yuan: u64) -> String {
    let w = yuan / 10_000;
    let frac = yuan % 10_000 / 100;
    match frac {
        0 => format!("{w}万"),
        f if f % 10 == 0 => format!("{w}.{}万", f / 10),
        f => format!("{w}.{f:02}万"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amount_shapes() {
        assert_eq!(group3(1_234_567), "1,234,567");
        assert_eq!(group3(999), "999");
        assert_eq!(lakh(1_400_000), "14,00,000");
        assert_eq!(lakh(50_000), "50,000");
        assert_eq!(fullwidth("19999.58"), "１９９９９．５８");
        assert_eq!(wan(19_000), "1.9万");
        assert_eq!(wan(15_300), "1.53万");
        assert_eq!(wan(20_000), "2万");
    }

    #[test]
    fn rng_is_deterministic_and_in_range() {
        let mut a = Rng::new(42);
        let mut b = Rng::new(42);
        for _ in 0..1000 {
            let x = a.range(3, 7);
            assert_eq!(x, b.range(3, 7));
            assert!((3..=7).contains(&x));
        }
    }
}
