//! Money amounts: parsing what people and apps write into integer fen.
//!
//! Money is never held in binary floating point: `19999.58` must stay exactly
//! 1_999_958 fen, because "odd cents" are one of the strongest signals of a
//! dictated "verification code" that is really a transfer amount.

use once_cell::sync::Lazy;
use regex::Regex;
use std::fmt;

/// An amount of money in minor units (fen for CNY). Never negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(pub i64);

/// Largest amount accepted: one trillion yuan. Anything above is a typo or an attack
/// on our arithmetic, not a transfer.
const MAX_FEN: i64 = 100_000_000_000_000;

/// Why a string is not an amount.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmountError {
    Empty,
    NotANumber,
    Negative,
    TooManyDecimals,
    TooLarge,
}

impl fmt::Display for AmountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AmountError::Empty => "empty amount",
            AmountError::NotANumber => "not a number",
            AmountError::Negative => "negative amount",
            AmountError::TooManyDecimals => "more than two decimal places",
            AmountError::TooLarge => "amount too large",
        })
    }
}

impl std::error::Error for AmountError {}

impl Money {
    /// Whole yuan and fen.
    pub fn from_yuan_fen(yuan: i64, fen: i64) -> Money {
        Money(yuan * 100 + fen)
    }

    pub fn fen(self) -> i64 {
        self.0
    }

    /// Parses an amount as people and apps write it: `19999.58`, `¥19,999.58`,
    /// `１９９９９．５８元`, `RMB 500`, `1.5万`.
    pub fn parse(input: &str) -> Result<Money, AmountError> {
        let normalized = normalize(input);
        let s = strip_currency(&normalized);
        if s.is_empty() {
            return Err(AmountError::Empty);
        }
        let (number, scale) = match s.strip_suffix('万') {
            Some(rest) => (rest.trim(), 10_000i64),
            None => (s, 1),
        };
        if number.starts_with('-') {
            return Err(AmountError::Negative);
        }
        let number = strip_thousands(number)?;
        decimal_to_fen(&number, scale)
    }

    /// Whether this amount looks like a "code" dictated by a scammer: at least
    /// 1,000 yuan, not whole yuan, and within 1% below a round figure
    /// (19,999.58 next to 20,000; 49,999.37 next to 50,000).
    pub fn is_code_like(self) -> bool {
        let fen = self.0;
        if fen < 100_000 || fen % 100 == 0 {
            return false;
        }
        // The round figure above: the next multiple of 1,000 yuan.
        let step = 100_000;
        let round = (fen / step + 1) * step;
        let gap = round - fen;
        gap * 100 <= round
    }

    /// Whether this is whole hundreds of yuan (rent, a gift): ordinary amounts.
    pub fn is_round(self) -> bool {
        self.0 % 10_000 == 0
    }
}

impl fmt::Display for Money {
    /// `¥19,999.58`: always two decimals, grouped thousands.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let yuan = self.0 / 100;
        let fen = self.0 % 100;
        let digits = yuan.to_string();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        write!(f, "¥{grouped}.{fen:02}")
    }
}

/// Full-width digits and punctuation to ASCII; full-width yen sign to `¥`.
fn normalize(input: &str) -> String {
    input
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '．' | '。' => '.',
            '，' => ',',
            '￥' => '¥',
            '－' => '-',
            _ => c,
        })
        .collect()
}

/// Currency marks before or after the number (`¥`, `RMB`, `人民币`, `元`...), in any order.
fn strip_currency(mut s: &str) -> &str {
    const PREFIXES: [&str; 5] = ["RMB", "CNY", "rmb", "人民币", "¥"];
    const SUFFIXES: [&str; 5] = ["元", "块", "RMB", "CNY", "rmb"];
    loop {
        let before = s.len();
        for p in PREFIXES {
            s = s.strip_prefix(p).unwrap_or(s);
        }
        for x in SUFFIXES {
            s = s.strip_suffix(x).unwrap_or(s);
        }
        if s.len() == before {
            return s;
        }
    }
}

static THOUSANDS: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$").expect("static regex"));

/// `19,999.58` → `19999.58`; commas anywhere else are an error, not noise.
fn strip_thousands(s: &str) -> Result<std::borrow::Cow<'_, str>, AmountError> {
    if !s.contains(',') {
        return Ok(s.into());
    }
    if THOUSANDS.is_match(s) {
        Ok(s.replace(',', "").into())
    } else {
        Err(AmountError::NotANumber)
    }
}

/// Exact decimal → fen, multiplying by `scale` (1 or 10,000 for 万) first.
fn decimal_to_fen(s: &str, scale: i64) -> Result<Money, AmountError> {
    let (int_part, frac_part) = match s.split_once('.') {
        Some((i, f)) => (i, f),
        None => (s, ""),
    };
    if (int_part.is_empty() && frac_part.is_empty())
        || !int_part.bytes().all(|b| b.is_ascii_digit())
        || !frac_part.bytes().all(|b| b.is_ascii_digit())
        || (s.contains('.') && frac_part.is_empty() && int_part.is_empty())
    {
        return Err(AmountError::NotANumber);
    }
    // Keep at most 2 + log10(scale) fraction digits; beyond that it is not money.
    let allowed = if scale == 1 { 2 } else { 6 };
    let frac_trimmed = frac_part.trim_end_matches('0');
    if frac_trimmed.len() > allowed {
        return Err(AmountError::TooManyDecimals);
    }
    let int_part = int_part.trim_start_matches('0');
    if int_part.len() > 15 {
        return Err(AmountError::TooLarge);
    }
    let whole: i64 =
        if int_part.is_empty() { 0 } else { int_part.parse().map_err(|_| AmountError::TooLarge)? };
    // fraction as an integer over 10^6 (micro-yuan), exact
    let mut micro: i64 = 0;
    for (i, b) in frac_trimmed.bytes().enumerate() {
        micro += i64::from(b - b'0') * 10i64.pow(5 - i as u32);
    }
    let micro_total = whole
        .checked_mul(1_000_000)
        .and_then(|w| w.checked_add(micro))
        .and_then(|m| m.checked_mul(scale))
        .ok_or(AmountError::TooLarge)?;
    if micro_total % 10_000 != 0 {
        return Err(AmountError::TooManyDecimals);
    }
    let fen = micro_total / 10_000;
    if fen > MAX_FEN {
        return Err(AmountError::TooLarge);
    }
    Ok(Money(fen))
}

static IN_TEXT: Lazy<Regex> = Lazy::new(|| {
    // A currency sign before, or 元/块/万元 after: a bare number in a sentence
    // ("尾号8866", "取件码 3-2-1047") is not money.
    Regex::new(
        r"(?x)
        (?:[¥￥]|RMB|人民币)[\ \t]*(?P<a>[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?[\ \t]*万?)
        |
        (?P<b>[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?[\ \t]*万?)[\ \t]*(?:元|块)",
    )
    .expect("static regex")
});

/// Amounts written in free text (SMS, notifications, screen text), in order.
/// Only numbers marked as money count; unparseable matches are skipped.
pub fn find_in_text(text: &str) -> Vec<Money> {
    IN_TEXT
        .captures_iter(text)
        .filter_map(|c| c.name("a").or_else(|| c.name("b")))
        .filter_map(|m| Money::parse(m.as_str()).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> i64 {
        Money::parse(s).unwrap_or_else(|e| panic!("{s}: {e}")).0
    }

    #[test]
    fn parses_plain_and_decorated_amounts() {
        assert_eq!(p("19999.58"), 1_999_958);
        assert_eq!(p("500"), 50_000);
        assert_eq!(p("¥19,999.58"), 1_999_958);
        assert_eq!(p("￥ 3,500.00"), 350_000);
        assert_eq!(p("3500元"), 350_000);
        assert_eq!(p("RMB 12.5"), 1_250);
        assert_eq!(p("12.5 CNY"), 1_250);
        assert_eq!(p("人民币¥8元"), 800);
        assert_eq!(p("人民币20,000.00元"), 2_000_000);
        assert_eq!(p("0.01"), 1);
        assert_eq!(p(".5"), 50);
    }

    #[test]
    fn parses_full_width_and_wan() {
        assert_eq!(p("１９９９９．５８"), 1_999_958);
        assert_eq!(p("１９，９９９．５８元"), 1_999_958);
        assert_eq!(p("1.5万"), 1_500_000);
        assert_eq!(p("2万元"), 2_000_000);
        assert_eq!(p("1.23456万"), 1_234_560);
    }

    #[test]
    fn rejects_what_is_not_money() {
        assert_eq!(Money::parse(""), Err(AmountError::Empty));
        assert_eq!(Money::parse("元"), Err(AmountError::Empty));
        assert_eq!(Money::parse("abc"), Err(AmountError::NotANumber));
        assert_eq!(Money::parse("1,2,3"), Err(AmountError::NotANumber));
        assert_eq!(Money::parse("12,34.5"), Err(AmountError::NotANumber));
        assert_eq!(Money::parse("-5"), Err(AmountError::Negative));
        assert_eq!(Money::parse("1.234"), Err(AmountError::TooManyDecimals));
        assert_eq!(Money::parse("1.2345678万"), Err(AmountError::TooManyDecimals));
        assert_eq!(Money::parse("99999999999999999999"), Err(AmountError::TooLarge));
        assert_eq!(Money::parse("."), Err(AmountError::NotANumber));
        assert_eq!(Money::parse("1e5"), Err(AmountError::NotANumber));
        assert_eq!(
            Money::parse("1元5"),
            Err(AmountError::NotANumber),
            "currency marks only around the number"
        );
    }

    #[test]
    fn trailing_zero_decimals_are_fine() {
        assert_eq!(p("3500.000"), 350_000);
    }

    #[test]
    fn code_like_amounts() {
        assert!(Money(1_999_958).is_code_like());
        assert!(Money(4_999_937).is_code_like());
        assert!(!Money(2_000_000).is_code_like(), "round");
        assert!(!Money(350_000).is_code_like(), "rent");
        assert!(!Money(1_999_900).is_code_like(), "whole yuan");
        assert!(!Money(19_958).is_code_like(), "small");
        assert!(!Money(1_234_567).is_code_like(), "far from a round figure");
    }

    #[test]
    fn displays_grouped() {
        assert_eq!(Money(1_999_958).to_string(), "¥19,999.58");
        assert_eq!(Money(5).to_string(), "¥0.05");
        assert_eq!(Money(100_000_000).to_string(), "¥1,000,000.00");
    }

    #[test]
    fn finds_marked_amounts_in_text() {
        let found = find_in_text("您尾号8866账户转出人民币19,999.58元，余额¥12.00");
        assert_eq!(found, vec![Money(1_999_958), Money(1_200)]);
        assert!(find_in_text("取件码 3-2-1047，尾号8866").is_empty());
        assert_eq!(find_in_text("可用额度500.00元"), vec![Money(50_000)]);
        assert_eq!(find_in_text("最高可借1.5万元"), vec![Money(1_500_000)]);
    }
}
