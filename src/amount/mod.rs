//! Money amounts: parsing what people and apps write into exact minor units,
//! with the currency when the text names one.
//!
//! Money is never held in binary floating point: `19999.58` must stay exactly
//! 1_999_958 minor units, because "odd cents" are one of the signs of a dictated
//! "verification code" that is really a transfer amount (see [`Money::shape_score`]).
//! Every accepted form and its exact rule is in docs/amounts.md.

mod currency;
mod marks;
mod number;
mod shape;
mod text;

pub use currency::Currency;
pub use text::find_amounts_in_text;

use std::fmt;
use std::str::FromStr;

/// An amount of money in minor units: hundredths of the currency's main unit (fen,
/// cents, paise, pence), whatever the currency. Never negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(pub i64);

/// Largest amount accepted: one trillion units. Anything above is a typo or an attack
/// on our arithmetic, not a transfer.
pub(crate) const MAX_MINOR: i64 = 100_000_000_000_000;

/// Longest input read, in bytes: a decorated amount ("人民币 1,40,00,000.50 元") is far
/// shorter; anything longer is not an amount and is not scanned.
const MAX_INPUT_BYTES: usize = 128;

/// Why a string is not an amount. Carries no part of the input (which may be typed
/// text), so it is safe to log and to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AmountError {
    /// Nothing but spaces and currency marks.
    Empty,
    /// Not digits with valid separators and marks.
    NotANumber,
    /// A minus sign.
    Negative,
    /// More decimals than whole minor units allow (`1.234`, `1.2345678万`).
    TooManyDecimals,
    /// Above one trillion units.
    TooLarge,
    /// Separators that read two ways (`1.234.567` without a decimal comma; `1.234,567`).
    Ambiguous,
    /// Marks naming two currencies (`£5 USD`, `HK$5 人民币`).
    ConflictingCurrency,
    /// Longer than any amount is written (128 bytes).
    TooLong,
}

impl fmt::Display for AmountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AmountError::Empty => "empty amount",
            AmountError::NotANumber => "not a number",
            AmountError::Negative => "negative amount",
            AmountError::TooManyDecimals => "more decimals than whole cents",
            AmountError::TooLarge => "amount too large",
            AmountError::Ambiguous => "ambiguous separators",
            AmountError::ConflictingCurrency => "two different currencies",
            AmountError::TooLong => "too long for an amount",
        })
    }
}

impl std::error::Error for AmountError {}

/// An amount and, when the text said so, its currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Amount {
    pub money: Money,
    /// `None` when nothing named the currency (`500`) or only `$` did.
    pub currency: Option<Currency>,
}

impl Amount {
    pub fn new(money: Money, currency: Option<Currency>) -> Amount {
        Amount { money, currency }
    }

    /// Parses an amount as people and apps write it, in any region: `19999.58`,
    /// `¥19,999.58`, `１９９９９．５８元`, `RMB 500`, `1.5万`, `£1,400`, `₹14,00,000`,
    /// `Rs. 1.4 lakh`, `HK$500`, `4 800,50 €`, `US$5k`. Rules: docs/amounts.md.
    pub fn parse(input: &str) -> Result<Amount, AmountError> {
        if input.len() > MAX_INPUT_BYTES {
            return Err(AmountError::TooLong);
        }
        // What amount fields and transfers mostly carry ("3500.00"): nothing to fold,
        // trim or strip (no mark or multiplier is made of digits and dots), so the
        // general path below would hand it to `to_minor` as it is, only ~20x dearer.
        if is_plain_decimal(input) {
            return number::to_minor(input, 1).map(|money| Amount { money, currency: None });
        }
        Amount::parse_general(input)
    }

    /// Every form, marks and multipliers included; `parse` once the length is checked.
    fn parse_general(input: &str) -> Result<Amount, AmountError> {
        let norm: String = input.chars().filter_map(|c| fold(c, true)).collect();
        let mut s = norm.trim_matches(' ');
        if s.is_empty() {
            return Err(AmountError::Empty);
        }
        let mut found = marks::Marks::default();
        let mut negative = false;
        loop {
            s = s.trim_start_matches(' ');
            if let Some(rest) = s.strip_prefix('-') {
                negative = true;
                s = rest;
            } else if let Some((mark, rest)) = marks::take_prefix(s) {
                found.add(mark)?;
                s = rest;
            } else {
                break;
            }
        }
        // "Rs. 500/-": the Indian "and no paise" dash.
        s = s.strip_suffix("/-").unwrap_or(s);
        loop {
            s = s.trim_end_matches(' ');
            match marks::take_suffix(s) {
                Some((mark, rest)) => {
                    found.add(mark)?;
                    s = rest;
                }
                None => break,
            }
        }
        let (scale, s) = match marks::take_scale(s) {
            Some((k, rest)) => (k, rest.trim_end_matches(' ')),
            None => (1, s),
        };
        if s.is_empty() {
            return Err(if scale == 1 { AmountError::Empty } else { AmountError::NotANumber });
        }
        if negative {
            return Err(AmountError::Negative);
        }
        let money = number::to_minor(s, scale)?;
        Ok(Amount { money, currency: found.resolve()? })
    }

    /// The currency, or `default` (the region's) when the text did not name one.
    pub fn currency_or(self, default: Currency) -> Currency {
        self.currency.unwrap_or(default)
    }
}

impl FromStr for Amount {
    type Err = AmountError;
    fn from_str(s: &str) -> Result<Amount, AmountError> {
        Amount::parse(s)
    }
}

impl fmt::Display for Amount {
    /// `£1,400.00`, `₹14,00,000.00`, `HK$500.00`, `¥19,999.58`, `JPY 5,000.00`, and
    /// `1,400.00` without a currency: always a form that parses back to the same amount.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let indian = self.currency.is_some_and(Currency::indian_grouping);
        if let Some(c) = self.currency {
            match c.symbol() {
                Some(sign) => f.write_str(sign)?,
                None => write!(f, "{c} ")?,
            }
        }
        write_grouped(f, self.money, indian)
    }
}

impl Money {
    /// Whole yuan and fen.
    pub fn from_yuan_fen(yuan: i64, fen: i64) -> Money {
        Money(yuan * 100 + fen)
    }

    /// Minor units (fen for CNY).
    pub fn fen(self) -> i64 {
        self.0
    }

    /// Minor units: hundredths of the currency's main unit.
    pub fn minor_units(self) -> i64 {
        self.0
    }

    /// Parses an amount as [`Amount::parse`] does and keeps the number: `19999.58`,
    /// `¥19,999.58`, `１９９９９．５８元`, `RMB 500`, `1.5万`, `₹14,00,000`.
    pub fn parse(input: &str) -> Result<Money, AmountError> {
        Amount::parse(input).map(|a| a.money)
    }
}

impl FromStr for Money {
    type Err = AmountError;
    fn from_str(s: &str) -> Result<Money, AmountError> {
        Money::parse(s)
    }
}

impl fmt::Display for Money {
    /// `¥19,999.58`: always two decimals, grouped thousands.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("¥")?;
        write_grouped(f, *self, false)
    }
}

/// `19,999.58` (or `14,00,000.00` the Indian way): two decimals, grouped units.
fn write_grouped(f: &mut fmt::Formatter<'_>, m: Money, indian: bool) -> fmt::Result {
    let digits = (m.0 / 100).to_string();
    let n = digits.len();
    for (i, c) in digits.chars().enumerate() {
        let left = n - i; // digits from here to the end
                          // Indian: a comma before the last three digits, then every two (14,00,000).
        let boundary = if indian { left == 3 || (left > 3 && left % 2 == 1) } else { left % 3 == 0 };
        if i > 0 && boundary {
            f.write_str(",")?;
        }
        write!(f, "{c}")?;
    }
    write!(f, ".{:02}", m.0 % 100)
}

/// ASCII digits and dots only, at least one byte.
fn is_plain_decimal(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

/// Folds one character for parsing: full-width forms to ASCII (`１９９９９．５８`,
/// `ＲＭＢ`, `￥`), every kind of space (thin, narrow no-break, ideographic...) to
/// `' '`; drops invisible zero-width characters. `。` becomes a decimal point only in
/// a lone amount (`ideographic_point`), never in running text.
pub(crate) fn fold(c: char, ideographic_point: bool) -> Option<char> {
    Some(match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{FFE5}' => '¥',
        '\u{FFE1}' => '£',
        '\u{FE69}' => '$',
        '\u{2212}' => '-',
        '。' if ideographic_point => '.',
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => return None,
        c if c.is_whitespace() => ' ',
        c => c,
    })
}

/// Amounts written in free text (SMS, notifications, screen text), in order, without
/// their currencies (see [`find_amounts_in_text`]).
pub fn find_in_text(text: &str) -> Vec<Money> {
    find_amounts_in_text(text).into_iter().map(|a| a.money).collect()
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
    fn plain_decimals_parse_as_the_general_path_does() {
        // Every string of up to 5 bytes over digits and dots (with both kinds of
        // digit where it matters), then longer ones at every length limit.
        let alphabet = [b'0', b'1', b'5', b'9', b'.'];
        let mut cases: Vec<String> = Vec::new();
        let mut frontier = vec![String::new()];
        for _ in 0..5 {
            let mut next = Vec::new();
            for s in &frontier {
                for b in alphabet {
                    let mut t = s.clone();
                    t.push(char::from(b));
                    next.push(t);
                }
            }
            cases.extend(next.iter().cloned());
            frontier = next;
        }
        for int in [0, 1, 14, 15, 16, 17, 20] {
            for frac in [None, Some(0), Some(1), Some(2), Some(9), Some(10), Some(11), Some(13)] {
                for digit in ['0', '7'] {
                    let mut s = format!("1{}", digit.to_string().repeat(int));
                    if let Some(f) = frac {
                        s.push('.');
                        s.push_str(&"3".repeat(f));
                        s.push_str(&digit.to_string().repeat(3));
                    }
                    cases.push(s.clone());
                    cases.push(format!("000{s}"));
                }
            }
        }
        cases.push("9".repeat(MAX_INPUT_BYTES));
        let mut accepted = 0;
        for s in &cases {
            assert!(is_plain_decimal(s), "{s}");
            let general = Amount::parse_general(s);
            assert_eq!(Amount::parse(s), general, "{s}");
            accepted += usize::from(general.is_ok());
        }
        // The comparison means something only if both outcomes occur.
        assert!(accepted > 100 && accepted < cases.len() - 100, "{accepted} of {}", cases.len());
        for s in ["", " 5", "5 ", "5元", "¥5", "1,000", "1.5k", "-5", "１"] {
            assert!(!is_plain_decimal(s), "{s}");
        }
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
