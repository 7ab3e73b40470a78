//! The number itself: digits, group separators and one decimal mark, read exactly
//! (no floating point) into hundredths of the currency unit. Rules: docs/amounts.md.

use super::{AmountError, Money, MAX_MINOR};
use std::borrow::Cow;

/// Most integer digits read (after leading zeros): 10^15 is above any transfer.
const MAX_INT_DIGITS: usize = 15;
/// Most significant fraction digits read: with the largest multiplier (亿, 10^8) and
/// hundredths, 10 decimals can still be whole minor units; more never can.
const MAX_FRAC_DIGITS: usize = 10;

/// `s` (ASCII digits, `.`, `,` and single spaces only; trimmed) times `scale`, in
/// minor units.
pub(crate) fn to_minor(s: &str, scale: u64) -> Result<Money, AmountError> {
    let b = s.as_bytes();
    if !b.iter().all(|&c| c.is_ascii_digit() || matches!(c, b'.' | b',' | b' '))
        || !b.iter().any(u8::is_ascii_digit)
    {
        return Err(AmountError::NotANumber);
    }
    // A number starts with a digit or a decimal point (".5") and ends with a digit or
    // a decimal point ("5."); never with a group separator.
    let (first, last) = (b[0], b[b.len() - 1]);
    if !(first.is_ascii_digit() || first == b'.') || !(last.is_ascii_digit() || last == b'.') {
        return Err(AmountError::NotANumber);
    }
    let count = |x: u8| b.iter().filter(|&&c| c == x).count();
    let (dots, commas, spaced) = (count(b'.'), count(b','), b.contains(&b' '));
    let space_groups = if spaced { Some(b' ') } else { None };

    // Which mark is the decimal point, and which separates groups of digits.
    let (decimal, group): (Option<usize>, Option<u8>) = match (s.rfind('.'), s.rfind(',')) {
        (Some(d), Some(c)) if d > c => {
            // "1,234.56": the last mark is the point, commas group.
            if dots > 1 || spaced {
                return Err(AmountError::NotANumber);
            }
            (Some(d), Some(b','))
        }
        (Some(_), Some(c)) => {
            // "1.234,56": European; the comma must be the only one and end in cents.
            if commas > 1 || spaced {
                return Err(AmountError::NotANumber);
            }
            if !(1..=2).contains(&(s.len() - c - 1)) {
                return Err(AmountError::Ambiguous);
            }
            (Some(c), Some(b'.'))
        }
        (None, Some(c)) => {
            // One comma followed by one or two digits cannot be a group separator
            // (groups have 3 digits): it is a decimal comma ("4 800,50", "12,5").
            if commas == 1 && (1..=2).contains(&(s.len() - c - 1)) {
                (Some(c), space_groups)
            } else if spaced {
                return Err(AmountError::NotANumber);
            } else {
                (None, Some(b','))
            }
        }
        (Some(d), None) => {
            // "1.234.567" is grouping in Europe and a typo elsewhere: refuse to guess.
            if dots > 1 {
                return Err(AmountError::Ambiguous);
            }
            (Some(d), space_groups)
        }
        (None, None) => (None, space_groups),
    };
    let (int, frac) = match decimal {
        Some(at) => (&s[..at], &s[at + 1..]),
        None => (s, ""),
    };
    if !frac.bytes().all(|c| c.is_ascii_digit()) || (int.is_empty() && frac.is_empty()) {
        return Err(AmountError::NotANumber);
    }
    let int = ungroup(int, group)?;
    let int = int.trim_start_matches('0');
    if int.len() > MAX_INT_DIGITS {
        return Err(AmountError::TooLarge);
    }
    let frac = frac.trim_end_matches('0');
    if frac.len() > MAX_FRAC_DIGITS {
        return Err(AmountError::TooManyDecimals);
    }
    exact_minor(int, frac, scale)
}

/// The digits of the integer part once its group separators are checked and removed.
/// Borrowed when there is nothing to remove (the common case: no allocation).
fn ungroup(int: &str, group: Option<u8>) -> Result<Cow<'_, str>, AmountError> {
    let sep = match group {
        Some(g) if int.as_bytes().contains(&g) => g as char,
        _ if int.bytes().all(|c| c.is_ascii_digit()) => return Ok(Cow::Borrowed(int)),
        _ => return Err(AmountError::NotANumber),
    };
    let groups: Vec<&str> = int.split(sep).collect();
    let digits_only = groups.iter().all(|g| !g.is_empty() && g.bytes().all(|c| c.is_ascii_digit()));
    let (head, tail) = groups.split_first().ok_or(AmountError::NotANumber)?;
    // A grouped number does not start with 0 ("0,500" is nobody's way to write 500).
    if !digits_only || head.starts_with('0') {
        return Err(AmountError::NotANumber);
    }
    // 1,234,567 (and 1 234 567, 1.234.567,00): threes after a head of one to three.
    let western = head.len() <= 3 && tail.iter().all(|g| g.len() == 3);
    // 12,34,567 (lakh and crore): a last three, twos before it, a head of one or two.
    let indian = sep == ','
        && head.len() <= 2
        && tail.split_last().is_some_and(|(last, mid)| last.len() == 3 && mid.iter().all(|g| g.len() == 2));
    if western || indian {
        Ok(Cow::Owned(groups.concat()))
    } else {
        Err(AmountError::NotANumber)
    }
}

/// `int.frac x scale` in hundredths, exactly, or why not.
fn exact_minor(int: &str, frac: &str, scale: u64) -> Result<Money, AmountError> {
    let digits = |s: &str| s.bytes().fold(0u128, |acc, c| acc * 10 + u128::from(c - b'0'));
    let denom = 10u128.pow(frac.len() as u32);
    // At most 10^15 * 10^10 * 10^8 * 100 = 10^35 < u128::MAX (3.4 * 10^38).
    let numer = (digits(int) * denom + digits(frac))
        .checked_mul(u128::from(scale) * 100)
        .ok_or(AmountError::TooLarge)?;
    if numer % denom != 0 {
        return Err(AmountError::TooManyDecimals);
    }
    let minor = numer / denom;
    if minor > MAX_MINOR as u128 {
        return Err(AmountError::TooLarge);
    }
    Ok(Money(minor as i64))
}
