//! A fast path for the common trace line: one flat JSON object whose keys are event
//! fields, whose strings carry no escapes, and whose numbers are plain integers.
//!
//! Replay spends most of its parsing time in serde's generic machinery (a visitor per
//! field, `Option` wrappers, a byte-at-a-time search for each string's end). This reader
//! handles only the subset traces actually use, and says `None` for anything else
//! (an escape, a float, `null`, an unknown or repeated key, a value of the wrong type,
//! a line the event checks would refuse): the caller then runs serde, which decides,
//! with its own error messages. So for every input the result is exactly serde's:
//! either this path returns the very event serde would, or it stays out of the way.
//! `tests` below and `tests/trace_fast_path.rs` hold it to that.

use super::{AmountField, Event, RawEvent};
use crate::amount::Money;
use crate::kinds::{Channel, Direction, Field, Peer, SenderKind, Setting, Verification};
use std::borrow::Cow;

/// Parses `line` (one JSON object, JSON whitespace around it allowed) when it is in the
/// simple subset; `None` means "ask serde".
pub(super) fn parse(line: &str) -> Option<Event> {
    parse_with(Parser { s: line.as_bytes(), src: Some(line), i: 0, recent: None })
}

/// As [`parse`], for a line not yet known to be UTF-8: each string is checked (or
/// found among `recent`, already checked), and every byte outside strings must be
/// one of the ASCII bytes of the subset, so `Some` means the whole line is UTF-8.
/// `None` also when a string is not UTF-8: the caller's own check then says so.
pub(crate) fn parse_bytes(line: &[u8], recent: &mut RecentTexts) -> Option<Event> {
    parse_with(Parser { s: line, src: None, i: 0, recent: Some(recent) })
}

/// The last few long strings a reader took (screen texts, messages), each checked to be
/// UTF-8 when first seen. An observer sends the same screen again and again, and
/// checking a 600-byte CJK text costs ~7,000 instructions where comparing it with one
/// seen before costs ~50 (issue 11: the check was a sixth of replay time).
#[derive(Debug, Default)]
pub(crate) struct RecentTexts {
    texts: Vec<String>,
    next: usize,
}

impl RecentTexts {
    const KEEP: usize = 4;
    /// Shorter strings are checked as they come: cheap, and too many to keep.
    const MIN_BYTES: usize = 64;
    /// Longer ones too: a bound on what the reader holds (4 x 16 KB).
    const MAX_BYTES: usize = 16 * 1024;

    /// A text kept here that `rest` starts with, followed by a quote. Kept texts hold
    /// no quote, backslash or control byte (they were read as simple strings), so that
    /// quote is where the string ends: no need to search for it.
    fn starting(&self, rest: &[u8]) -> Option<&String> {
        self.texts.iter().find(|t| rest.get(t.len()) == Some(&b'"') && rest.starts_with(t.as_bytes()))
    }

    /// An owned copy of `bytes` as text, or `None` when it is not UTF-8.
    fn text(&mut self, bytes: &[u8]) -> Option<String> {
        if !(Self::MIN_BYTES..=Self::MAX_BYTES).contains(&bytes.len()) {
            return std::str::from_utf8(bytes).ok().map(str::to_string);
        }
        if let Some(seen) = self.texts.iter().find(|t| t.as_bytes() == bytes) {
            return Some(seen.clone());
        }
        let text = std::str::from_utf8(bytes).ok()?.to_string();
        if self.texts.len() < Self::KEEP {
            self.texts.push(text.clone());
        } else {
            self.texts[self.next] = text.clone();
            self.next = (self.next + 1) % Self::KEEP;
        }
        Some(text)
    }
}

fn parse_with(mut p: Parser<'_, '_>) -> Option<Event> {
    let line_len = p.s.len();
    let mut raw = RawEvent::empty();
    // One bit per field: serde refuses a repeated field, so this path must not take one.
    let mut seen = 0u32;
    p.ws();
    p.eat(b'{')?;
    p.ws();
    if p.peek()? == b'}' {
        p.i += 1;
    } else {
        loop {
            p.ws();
            let (start, end) = p.string_span()?;
            let key = &p.s[start..end];
            p.ws();
            p.eat(b':')?;
            p.ws();
            let bit = raw.set(key, &mut p)?;
            if seen & bit != 0 {
                return None;
            }
            seen |= bit;
            p.ws();
            match p.next()? {
                b',' => continue,
                b'}' => break,
                _ => return None,
            }
        }
    }
    p.ws();
    if p.i != line_len {
        return None;
    }
    // The per-type checks (missing fields...) are serde's too; an error there is left
    // to serde so the message carries its position.
    raw.into_event::<serde_json::Error>().ok()
}

struct Parser<'a, 'r> {
    s: &'a [u8],
    /// The same line as text when it is known to be UTF-8: a string is then a slice of
    /// it (between two ASCII quotes, so on character boundaries) with no check of its
    /// own. `None`: each string is checked.
    src: Option<&'a str>,
    i: usize,
    /// Long strings seen lately (only for a line not yet checked).
    recent: Option<&'r mut RecentTexts>,
}

impl<'a> Parser<'a, '_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.i += 1;
        Some(b)
    }

    fn eat(&mut self, b: u8) -> Option<()> {
        (self.next()? == b).then_some(())
    }

    /// JSON's whitespace: space, tab, line feed, carriage return (nothing else).
    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.i += 1;
        }
    }

    /// Where the next string's content lies (without escapes or control characters).
    fn string_span(&mut self) -> Option<(usize, usize)> {
        self.eat(b'"')?;
        let start = self.i;
        let rest = &self.s[start..];
        // The closing quote; a backslash or a control character first means "not simple".
        let len = special(rest)?;
        if rest[len] != b'"' {
            return None;
        }
        self.i = start + len + 1;
        Some((start, start + len))
    }

    /// A string without escapes or control characters, borrowed from the line.
    fn string(&mut self) -> Option<&'a str> {
        let (start, end) = self.string_span()?;
        match self.src {
            Some(src) => src.get(start..end),
            None => std::str::from_utf8(&self.s[start..end]).ok(),
        }
    }

    /// The same, owned (an event's field).
    fn owned_string(&mut self) -> Option<String> {
        let Some(recent) = self.recent.as_deref() else {
            return self.string().map(str::to_string);
        };
        if self.peek() == Some(b'"') {
            if let Some(seen) = recent.starting(&self.s[self.i + 1..]) {
                self.i += seen.len() + 2;
                return Some(seen.clone());
            }
        }
        let (start, end) = self.string_span()?;
        let bytes = &self.s[start..end];
        self.recent.as_mut()?.text(bytes)
    }

    /// An unsigned integer as serde_json reads one for a `u64`: digits only, no
    /// leading zero, no fraction or exponent (those are floats, refused for `t`).
    fn u64(&mut self) -> Option<u64> {
        let start = self.i;
        let mut v: u64 = 0;
        while let Some(b @ b'0'..=b'9') = self.peek() {
            v = v.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
            self.i += 1;
        }
        let digits = self.i - start;
        if digits == 0 || (digits > 1 && self.s[start] == b'0') {
            return None;
        }
        if matches!(self.peek(), Some(b'.' | b'e' | b'E')) {
            return None;
        }
        Some(v)
    }

    fn bool(&mut self) -> Option<bool> {
        let rest = &self.s[self.i..];
        if rest.starts_with(b"true") {
            self.i += 4;
            Some(true)
        } else if rest.starts_with(b"false") {
            self.i += 5;
            Some(false)
        } else {
            None
        }
    }
}

/// Index of the first `"`, `\\` or control character (< 0x20) of `s`. Eight bytes at a
/// time: a text field is hundreds of bytes, and a byte-by-byte search was a third of
/// the parsing time. Bytes of multi-byte characters (0x80 and up) never match.
fn special(s: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = 0;
    while let Some(chunk) = s.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        let quote = w ^ (ONES * u64::from(b'"'));
        let backslash = w ^ (ONES * u64::from(b'\\'));
        // Classic "has a zero byte" / "has a byte below n" tests: exact about whether
        // some byte matches (which one is found below, byte by byte).
        let hit = ((quote.wrapping_sub(ONES) & !quote)
            | (backslash.wrapping_sub(ONES) & !backslash)
            | (w.wrapping_sub(ONES * 0x20) & !w))
            & HIGH;
        if hit != 0 {
            // Each test can flag a byte wrongly only above (after) a byte it flags
            // rightly (a borrow runs upwards), so the lowest flag is the first match.
            return Some(i + hit.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    s[i..].iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20).map(|p| i + p)
}

impl<'a> RawEvent<'a> {
    fn empty() -> RawEvent<'a> {
        RawEvent {
            t: None,
            kind: None,
            direction: None,
            peer: None,
            channel: None,
            app: None,
            number: None,
            package: None,
            installer: None,
            label: None,
            setting: None,
            enabled: None,
            field: None,
            text: None,
            title: None,
            sender: None,
            sender_kind: None,
            amount: None,
            currency: None,
            payee_new: None,
            payee: None,
            verification: None,
            tool: None,
            from_store: None,
            active: None,
            payment_or_risk: None,
        }
    }

    /// Reads the value of `key` into its field; returns the field's bit, `None` when the
    /// key is unknown or the value is not in the simple subset.
    /// The key is matched as bytes: only the ASCII names below are taken, so it needs no
    /// UTF-8 check of its own.
    fn set(&mut self, key: &[u8], p: &mut Parser<'a, '_>) -> Option<u32> {
        fn s(p: &mut Parser<'_, '_>) -> Option<String> {
            p.owned_string()
        }
        fn wire<T>(p: &mut Parser<'_, '_>, from: fn(&str) -> Option<T>) -> Option<T> {
            from(p.string()?)
        }
        let bit = match key {
            b"t" => {
                self.t = Some(p.u64()?);
                0
            }
            b"type" => {
                self.kind = Some(Cow::Borrowed(p.string()?));
                1
            }
            b"direction" => {
                self.direction = Some(wire(p, Direction::from_wire)?);
                2
            }
            b"peer" => {
                self.peer = Some(wire(p, Peer::from_wire)?);
                3
            }
            b"channel" => {
                self.channel = Some(wire(p, Channel::from_wire)?);
                4
            }
            b"app" => {
                self.app = Some(s(p)?);
                5
            }
            b"number" => {
                self.number = Some(s(p)?);
                6
            }
            b"package" => {
                self.package = Some(s(p)?);
                7
            }
            b"installer" => {
                self.installer = Some(s(p)?);
                8
            }
            b"label" => {
                self.label = Some(s(p)?);
                9
            }
            b"setting" => {
                self.setting = Some(wire(p, Setting::from_wire)?);
                10
            }
            b"enabled" => {
                self.enabled = Some(p.bool()?);
                11
            }
            b"field" => {
                self.field = Some(wire(p, Field::from_wire)?);
                12
            }
            b"text" => {
                self.text = Some(s(p)?);
                13
            }
            b"title" => {
                self.title = Some(s(p)?);
                14
            }
            b"sender" => {
                self.sender = Some(s(p)?);
                15
            }
            b"sender_kind" => {
                self.sender_kind = Some(wire(p, SenderKind::from_wire)?);
                16
            }
            b"amount" => {
                // Strings only (what traces write); a JSON number goes through serde's
                // exact float handling.
                self.amount = Some(AmountField(Money::parse(p.string()?).ok()?));
                17
            }
            b"currency" => {
                self.currency = Some(s(p)?);
                18
            }
            b"payee_new" => {
                self.payee_new = Some(p.bool()?);
                19
            }
            b"payee" => {
                self.payee = Some(s(p)?);
                20
            }
            b"verification" => {
                self.verification = Some(wire(p, Verification::from_wire)?);
                21
            }
            b"tool" => {
                self.tool = Some(p.bool()?);
                22
            }
            b"from_store" => {
                self.from_store = Some(p.bool()?);
                23
            }
            b"active" => {
                self.active = Some(p.bool()?);
                24
            }
            b"kind" => {
                self.payment_or_risk = Some(Cow::Borrowed(p.string()?));
                25
            }
            _ => return None,
        };
        Some(1 << bit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path either agrees with serde or declines.
    fn agrees(line: &str) -> bool {
        let serde: Result<Event, _> = serde_json::from_str(line);
        match parse(line) {
            Some(e) => serde.as_ref().ok() == Some(&e),
            None => true,
        }
    }

    fn takes(line: &str) -> bool {
        parse(line).is_some()
    }

    #[test]
    fn takes_the_common_lines_and_matches_serde() {
        for line in [
            r#"{"t":0,"type":"call_ended"}"#,
            r#" { "t" : 12 , "type" : "call_started", "direction":"incoming","peer":"unknown","number":"+86 138"} "#,
            r#"{"t":5,"type":"screen_text","package":"com.eg.android.AlipayGphone","text":"备用金 立即开通"}"#,
            r#"{"t":5,"type":"transfer_started","package":"a.b","amount":"¥19,999.58","payee_new":true}"#,
            r#"{"t":5,"type":"setting_changed","setting":"developer_options","enabled":false}"#,
            r#"{"t":5,"type":"payment_prompt","kind":"qr_scan","amount":"20"}"#,
        ] {
            assert!(takes(line), "{line}");
            assert!(agrees(line), "{line}");
        }
    }

    #[test]
    fn declines_what_only_serde_may_judge() {
        for line in [
            r#"{"t":1,"type":"call_ended","note":"x"}"#,         // unknown key
            r#"{"t":1,"t":2,"type":"call_ended"}"#,              // repeated key
            r#"{"t":1.0,"type":"call_ended"}"#,                  // float time
            r#"{"t":01,"type":"call_ended"}"#,                   // leading zero
            r#"{"t":-1,"type":"call_ended"}"#,                   // negative
            r#"{"t":18446744073709551616,"type":"call_ended"}"#, // beyond u64
            r#"{"t":1,"type":"screen_text","package":"a.b","text":"a\"b"}"#, // escape
            r#"{"t":1,"type":"app_foreground","package":null}"#, // null
            r#"{"t":1,"type":"app_foreground"}"#,                // missing field
            r#"{"t":1,"type":"teleport"}"#,                      // unknown type
            r#"{"t":1,"type":"transfer_started","amount":19999.58}"#, // number amount
            r#"{"t":1,"type":"transfer_started","amount":"lots"}"#, // bad amount
            r#"{"t":1,"type":"call_ended"} x"#,                  // trailing text
            r#"{"t":1,"type":"call_ended",}"#,                   // trailing comma
            "{\"t\":1,\"type\":\"sms_received\",\"text\":\"a\tb\"}", // raw control char
            "\u{3000}{\"t\":1,\"type\":\"call_ended\"}",         // non-JSON whitespace
        ] {
            assert!(!takes(line), "{line}");
            assert!(agrees(line), "{line}");
        }
    }

    #[test]
    fn special_finds_the_first_quote_backslash_or_control_byte() {
        let naive = |s: &[u8]| s.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20);
        let mut state = 7u64;
        for len in 0..40 {
            for _ in 0..200 {
                let s: Vec<u8> = (0..len)
                    .map(|_| {
                        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                        // Mostly ordinary bytes (ASCII and UTF-8 high bytes), sometimes a special one.
                        match (state >> 33) % 16 {
                            0 => b'"',
                            1 => b'\\',
                            2 => (state >> 40) as u8 % 0x20,
                            _ => 0x20 + (state >> 40) as u8 % 0xe0,
                        }
                    })
                    .collect();
                assert_eq!(special(&s), naive(&s), "{s:?}");
            }
        }
        assert_eq!(special("退款客服退款客服\"".as_bytes()), Some(24));
    }

    #[test]
    fn mutated_lines_never_disagree_with_serde() {
        // Deterministic mutations of valid lines: deleting, duplicating and replacing
        // bytes with JSON-significant ones.
        let seeds = [
            r#"{"t":1700,"type":"call_started","direction":"outgoing","peer":"flagged","channel":"voip","app":"com.tencent.mm","verification":"failed"}"#,
            r#"{"t":9,"type":"notification","package":"com.tencent.mm","title":"群消息","text":"退款 客服"}"#,
            r#"{"t":9,"type":"accessibility_enabled","package":"a.b","tool":true,"from_store":false}"#,
            r#"{"t":9,"type":"text_entered","package":"a.b","field":"amount","text":"3500.00"}"#,
            r#"{"t":9,"type":"platform_risk","kind":"screen_captured","package":"a.b"}"#,
            r#"{"t":9,"type":"call_state","active":false}"#,
        ];
        let alphabet = b"{}[]\":,0123456789.-etrufalsn \\\txyz";
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut rnd = |n: usize| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((state >> 33) as usize) % n
        };
        let mut checked = 0;
        for seed in seeds {
            assert!(takes(seed), "{seed}");
            for _ in 0..3000 {
                let mut b = seed.as_bytes().to_vec();
                for _ in 0..1 + rnd(3) {
                    let at = rnd(b.len());
                    match rnd(3) {
                        0 => {
                            b.remove(at);
                        }
                        1 => b.insert(at, alphabet[rnd(alphabet.len())]),
                        _ => b[at] = alphabet[rnd(alphabet.len())],
                    }
                }
                // The reader checks a line's UTF-8 before this path sees it.
                let Ok(line) = std::str::from_utf8(&b) else { continue };
                let fast = parse(line);
                let serde: Option<Event> = serde_json::from_slice(&b).ok();
                if let Some(e) = fast {
                    assert_eq!(Some(e), serde, "{}", String::from_utf8_lossy(&b));
                    checked += 1;
                }
            }
        }
        assert!(checked > 300, "the mutations should leave many lines valid ({checked})");
    }

    #[test]
    fn unchecked_bytes_are_taken_only_when_the_whole_line_is_utf8_and_serde_agrees() {
        // Lines with a long text (so the recent-texts memory is used), mutated with
        // bytes that break UTF-8 (lone continuation bytes, cut sequences, surrogates,
        // overlong forms) as well as JSON-significant ones; the memory is kept from
        // line to line, as the reader keeps it.
        let text = "您的账户存在风险，请立即联系客服处理退款事宜，不要告诉任何人。".repeat(2);
        let seeds = [
            format!(
                r#"{{"t":9,"type":"screen_text","package":"com.eg.android.AlipayGphone","text":"{text}"}}"#
            ),
            format!(
                r#"{{"t":9,"type":"notification","package":"com.tencent.mm","title":"群消息","text":"{text}"}}"#
            ),
            format!(r#"{{"t":9,"type":"sms_received","sender_kind":"unknown","text":"{text}"}}"#),
        ];
        let alphabet: &[u8] = b"{}\":,09.\\ \x80\xbf\xc0\xc3\xe0\xed\xef\xf0\xf4\xf5\xff";
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut rnd = |n: usize| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((state >> 33) as usize) % n
        };
        let mut recent = RecentTexts::default();
        let (mut taken, mut refused_bad_utf8) = (0, 0);
        for seed in &seeds {
            assert!(parse_bytes(seed.as_bytes(), &mut recent).is_some(), "{seed}");
            for _ in 0..2000 {
                let mut b = seed.as_bytes().to_vec();
                for _ in 0..1 + rnd(2) {
                    let at = rnd(b.len());
                    match rnd(3) {
                        0 => {
                            b.remove(at);
                        }
                        1 => b.insert(at, alphabet[rnd(alphabet.len())]),
                        _ => b[at] = alphabet[rnd(alphabet.len())],
                    }
                }
                let utf8 = std::str::from_utf8(&b).is_ok();
                let serde: Option<Event> = serde_json::from_slice(&b).ok();
                match parse_bytes(&b, &mut recent) {
                    Some(e) => {
                        assert!(utf8, "took a line that is not UTF-8: {:?}", String::from_utf8_lossy(&b));
                        assert_eq!(Some(e), serde, "{}", String::from_utf8_lossy(&b));
                        taken += 1;
                    }
                    None => refused_bad_utf8 += usize::from(!utf8),
                }
                // The unmutated line again: taken, from memory or not.
                assert!(parse_bytes(seed.as_bytes(), &mut recent).is_some());
            }
        }
        assert!(taken > 200 && refused_bad_utf8 > 1000, "{taken} taken, {refused_bad_utf8} not UTF-8");
        assert!(recent.texts.len() <= RecentTexts::KEEP);
    }
}
