//! The words and signs written around a number to say it is money, and which
//! currency: `¥`, `HK$`, `Rs.`, `人民币`, `元`, `USD`... and the multipliers
//! `万`, `lakh`, `k`. The rules are in docs/amounts.md; this is their table.

use super::{AmountError, Currency};

/// What one mark says about the currency.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Mark {
    /// Names one currency (`£`, `HK$`, `INR`, `港元`).
    Code(Currency),
    /// `$` or "dollars": dollars (or pesos) of some country; which one, the mark does not say.
    Dollar,
    /// `¥`: the yuan in this library, unless `円`/`JPY` next to it says yen.
    Yen,
    /// `元`/`块`: the Chinese unit word. Alone it means CNY; `港元` or `NT$` beside it decide.
    Yuan,
}

/// Signs and Chinese names, matched literally (after full-width folding). Longer
/// entries win over shorter ones that they end or start with (`港元` over `元`).
const SIGNS: &[(&str, Mark)] = &[
    ("¥", Mark::Yen),
    ("元", Mark::Yuan),
    ("块", Mark::Yuan),
    ("塊", Mark::Yuan),
    ("圆", Mark::Yuan),
    ("圓", Mark::Yuan),
    ("$", Mark::Dollar),
    ("£", Mark::Code(Currency::GBP)),
    ("€", Mark::Code(Currency::EUR)),
    ("₹", Mark::Code(Currency::INR)),
    ("円", Mark::Code(Currency::JPY)),
    ("人民币", Mark::Code(Currency::CNY)),
    ("人民幣", Mark::Code(Currency::CNY)),
    ("港元", Mark::Code(Currency::HKD)),
    ("港币", Mark::Code(Currency::HKD)),
    ("港幣", Mark::Code(Currency::HKD)),
    ("新台币", Mark::Code(Currency::TWD)),
    ("新臺幣", Mark::Code(Currency::TWD)),
    ("新台幣", Mark::Code(Currency::TWD)),
    ("台币", Mark::Code(Currency::TWD)),
    ("台幣", Mark::Code(Currency::TWD)),
    ("臺幣", Mark::Code(Currency::TWD)),
    ("新加坡元", Mark::Code(Currency::SGD)),
    ("新币", Mark::Code(Currency::SGD)),
    ("新幣", Mark::Code(Currency::SGD)),
    ("美元", Mark::Code(Currency::USD)),
    ("美金", Mark::Code(Currency::USD)),
    ("澳元", Mark::Code(Currency::AUD)),
    ("澳币", Mark::Code(Currency::AUD)),
    ("澳幣", Mark::Code(Currency::AUD)),
    ("英镑", Mark::Code(Currency::GBP)),
    ("英鎊", Mark::Code(Currency::GBP)),
    ("欧元", Mark::Code(Currency::EUR)),
    ("歐元", Mark::Code(Currency::EUR)),
    ("卢比", Mark::Code(Currency::INR)),
    ("盧比", Mark::Code(Currency::INR)),
    ("日元", Mark::Code(Currency::JPY)),
    ("日圓", Mark::Code(Currency::JPY)),
];

/// Letters written straight before `$` (any case): `HK$`, `NT$`, `S$`...
const DOLLAR_PREFIXES: &[(&str, Currency)] = &[
    ("hk", Currency::HKD),
    ("nt", Currency::TWD),
    ("s", Currency::SGD),
    ("sg", Currency::SGD),
    ("a", Currency::AUD),
    ("au", Currency::AUD),
    ("us", Currency::USD),
    ("c", Currency::known(*b"CAD")),
    ("ca", Currency::known(*b"CAD")),
    ("nz", Currency::known(*b"NZD")),
    ("mop", Currency::known(*b"MOP")),
    ("r", Currency::known(*b"BRL")),
];

/// Whole words (any case). Three-letter ISO codes are handled apart.
const WORDS: &[(&str, Mark)] = &[
    ("rmb", Mark::Code(Currency::CNY)),
    ("yuan", Mark::Code(Currency::CNY)),
    ("rs", Mark::Code(Currency::INR)),
    ("rupee", Mark::Code(Currency::INR)),
    ("rupees", Mark::Code(Currency::INR)),
    ("dollar", Mark::Dollar),
    ("dollars", Mark::Dollar),
    ("pound", Mark::Code(Currency::GBP)),
    ("pounds", Mark::Code(Currency::GBP)),
    ("euro", Mark::Code(Currency::EUR)),
    ("euros", Mark::Code(Currency::EUR)),
];

/// Codes accepted in any case. Other ISO codes only in capitals, so that English
/// words which happen to be codes ("all", "top", "try", "mop") are not currencies.
pub(crate) const ANY_CASE_CODES: [Currency; 10] = [
    Currency::CNY,
    Currency::HKD,
    Currency::TWD,
    Currency::SGD,
    Currency::INR,
    Currency::GBP,
    Currency::USD,
    Currency::AUD,
    Currency::EUR,
    Currency::JPY,
];

/// Multipliers written after the number, as (sign, factor in whole units).
const SCALE_SIGNS: &[(&str, u64)] = &[
    ("万", 10_000),
    ("萬", 10_000),
    ("千", 1_000),
    ("仟", 1_000),
    ("百万", 1_000_000),
    ("百萬", 1_000_000),
    ("千万", 10_000_000),
    ("千萬", 10_000_000),
    ("亿", 100_000_000),
    ("億", 100_000_000),
];

/// Multiplier words (any case).
const SCALE_WORDS: &[(&str, u64)] = &[
    ("k", 1_000),
    ("w", 10_000), // chat shorthand for 万: "转2w"
    ("lakh", 100_000),
    ("lakhs", 100_000),
    ("lac", 100_000),
    ("lacs", 100_000),
    ("crore", 10_000_000),
    ("crores", 10_000_000),
    ("cr", 10_000_000),
];

/// The currency named by a whole word of ASCII letters, if any.
fn word_mark(word: &str) -> Option<Mark> {
    if let Some(&(_, m)) = WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)) {
        return Some(m);
    }
    let c = Currency::from_code(word)?;
    let capitals = word.bytes().all(|b| b.is_ascii_uppercase());
    (capitals || ANY_CASE_CODES.contains(&c)).then_some(Mark::Code(c))
}

fn dollar_prefix(letters: &str) -> Option<Currency> {
    DOLLAR_PREFIXES.iter().find(|(w, _)| w.eq_ignore_ascii_case(letters)).map(|&(_, c)| c)
}

/// Number of ASCII letters at the start of `s`.
pub(crate) fn leading_letters(s: &str) -> usize {
    s.bytes().take_while(u8::is_ascii_alphabetic).count()
}

/// Number of ASCII letters at the end of `s`.
pub(crate) fn trailing_letters(s: &str) -> usize {
    s.bytes().rev().take_while(u8::is_ascii_alphabetic).count()
}

/// A mark at the start of `s`, and what follows it.
pub(crate) fn take_prefix(s: &str) -> Option<(Mark, &str)> {
    let n = leading_letters(s);
    if n == 0 {
        let (sign, mark) =
            SIGNS.iter().filter(|(sign, _)| s.starts_with(sign)).max_by_key(|(x, _)| x.len())?;
        return Some((*mark, &s[sign.len()..]));
    }
    let (word, rest) = s.split_at(n);
    if let Some(rest) = rest.strip_prefix('$') {
        return dollar_prefix(word).map(|c| (Mark::Code(c), rest));
    }
    let mark = word_mark(word)?;
    // "Rs.500": the dot closes the abbreviation; it is not a decimal point.
    let rest = match rest.strip_prefix('.') {
        Some(r) if word.eq_ignore_ascii_case("rs") => r,
        _ => rest,
    };
    Some((mark, rest))
}

/// A mark at the end of `s`, and what precedes it.
pub(crate) fn take_suffix(s: &str) -> Option<(Mark, &str)> {
    if let Some(before) = s.strip_suffix('$') {
        let (head, letters) = before.split_at(before.len() - trailing_letters(before));
        // "500 HK$"; otherwise a plain "$" after letters that are not a country ("5k$").
        return Some(match dollar_prefix(letters) {
            Some(c) => (Mark::Code(c), head),
            _ => (Mark::Dollar, before),
        });
    }
    // "500 Rs.": the abbreviation's dot.
    let (body, dotted) = match s.strip_suffix('.') {
        Some(b) if trailing_letters(b) > 0 => (b, true),
        _ => (s, false),
    };
    let n = trailing_letters(body);
    if n == 0 {
        let (sign, mark) = SIGNS.iter().filter(|(sign, _)| s.ends_with(sign)).max_by_key(|(x, _)| x.len())?;
        return Some((*mark, &s[..s.len() - sign.len()]));
    }
    let (head, word) = body.split_at(body.len() - n);
    if dotted && !word.eq_ignore_ascii_case("rs") {
        return None;
    }
    word_mark(word).map(|m| (m, head))
}

/// A multiplier at the end of `s` (`万`, `lakh`, `k`), as a factor, and what precedes it.
pub(crate) fn take_scale(s: &str) -> Option<(u64, &str)> {
    let n = trailing_letters(s);
    if n > 0 {
        let (head, word) = s.split_at(s.len() - n);
        return SCALE_WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|&(_, k)| (k, head));
    }
    let (sign, k) = SCALE_SIGNS.iter().filter(|(sign, _)| s.ends_with(sign)).max_by_key(|(x, _)| x.len())?;
    Some((*k, &s[..s.len() - sign.len()]))
}

/// Length of a multiplier at the start of `s`, if any (for amounts in running text).
pub(crate) fn scale_prefix(s: &str) -> Option<usize> {
    let n = leading_letters(s);
    if n > 0 {
        return SCALE_WORDS.iter().any(|(w, _)| w.eq_ignore_ascii_case(&s[..n])).then_some(n);
    }
    SCALE_SIGNS.iter().filter(|(sign, _)| s.starts_with(sign)).map(|(x, _)| x.len()).max()
}

/// The marks found around one number, and the currency they agree on.
#[derive(Default, Debug)]
pub(crate) struct Marks {
    code: Option<Currency>,
    dollar: bool,
    yen: bool,
    yuan: bool,
}

impl Marks {
    pub(crate) fn add(&mut self, mark: Mark) -> Result<(), AmountError> {
        match mark {
            Mark::Code(c) => match self.code {
                Some(prev) if prev != c => return Err(AmountError::ConflictingCurrency),
                _ => self.code = Some(c),
            },
            Mark::Dollar => self.dollar = true,
            Mark::Yen => self.yen = true,
            Mark::Yuan => self.yuan = true,
        }
        Ok(())
    }

    /// The currency, `None` when only `$` (or nothing) was written, or a conflict
    /// (`£5 USD`, `¥5 HKD`, `$5 EUR`).
    pub(crate) fn resolve(&self) -> Result<Option<Currency>, AmountError> {
        if self.yen && self.dollar {
            return Err(AmountError::ConflictingCurrency);
        }
        if let Some(c) = self.code {
            let own_sign = [Currency::CNY, Currency::JPY, Currency::GBP, Currency::EUR, Currency::INR];
            if (self.yen && c != Currency::CNY && c != Currency::JPY)
                || (self.dollar && own_sign.contains(&c))
            {
                return Err(AmountError::ConflictingCurrency);
            }
            return Ok(Some(c));
        }
        if self.yen {
            return Ok(Some(Currency::CNY));
        }
        if self.dollar {
            // "$500" and even "$500元" (Taiwanese price tags): some dollar, the region decides.
            return Ok(None);
        }
        Ok(self.yuan.then_some(Currency::CNY))
    }
}
