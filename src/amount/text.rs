//! Amounts written in free text (SMS, notifications, screen text).
//!
//! Only numbers marked as money count: a currency sign, code or word right before
//! (`¥`, `Rs.`, `HK$`, `USD`) or after (`元`, `港元`, `€`, `rupees`), possibly with a
//! multiplier after the number (`1.5万元`, `2 lakh rupees`).
//! A bare number in a sentence ("尾号8866", "取件码 3-2-1047") is not money.

use super::marks::{self, Mark};
use super::{fold, Amount};

/// Most amounts reported from one text: enough for any real message, bounded for
/// a hostile one.
const MAX_FOUND: usize = 32;

/// Amounts written in free text, in order. Candidates that do not parse are skipped.
pub fn find_amounts_in_text(text: &str) -> Vec<Amount> {
    // Folded as `Amount::parse` folds, except that 。 stays a full stop: in running
    // text it ends a sentence ("余额500。3天后"), it is not a decimal point.
    let norm: String = text.chars().filter_map(|c| fold(c, false)).collect();
    let b = norm.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() && out.len() < MAX_FOUND {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let digits_end = number_end(b, i);
        let end = digits_end + scale_after(&norm[digits_end..]);
        let start = mark_before(&norm[..i]);
        let stop = mark_after(&norm[end..]).map(|n| end + n);
        let found = match (start, stop) {
            // "一共1160", "合计 1160": a sum a message asks for names no currency,
            // the word before it says it is money.
            (None, None) if ends_with_sum_word(&norm[..i]) && ends_sum(&norm[end..]) => {
                Amount::parse(&norm[i..end]).ok()
            }
            (None, None) => None,
            (s, e) => Amount::parse(&norm[s.unwrap_or(i)..e.unwrap_or(end)]).ok(),
        };
        out.extend(found);
        i = stop.unwrap_or(digits_end);
    }
    out
}

/// Words that say the number after them is a sum of money.
const SUM_WORDS: [&str; 6] = ["一共", "共计", "合计", "总共", "总计", "總共"];

/// The number ends the phrase ("一共1160，"), not counts something ("一共3个人").
fn ends_sum(after: &str) -> bool {
    after.chars().next().map_or(true, |c| {
        c.is_whitespace() || (c.is_ascii_punctuation() && c != '%') || "，。；！？、）".contains(c)
    })
}

fn ends_with_sum_word(before: &str) -> bool {
    let trimmed = before.trim_end_matches([' ', ':', '：']);
    SUM_WORDS.iter().any(|w| trimmed.ends_with(w))
}

/// Where a number starting at `i` ends: digits, joined by `,` or `.` before a digit,
/// or by a space before exactly three digits (`4 800`, not `500 3次`).
fn number_end(b: &[u8], mut i: usize) -> usize {
    let digit = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    while i < b.len() {
        i += match b[i] {
            c if c.is_ascii_digit() => 1,
            b',' | b'.' if digit(i + 1) => 1,
            b' ' if digit(i + 1) && digit(i + 2) && digit(i + 3) && !digit(i + 4) => 1,
            _ => break,
        };
    }
    i
}

/// Whether a mark found in running text may be trusted as a currency. Three-letter
/// codes other than the common ones are mostly capitalised English words there
/// ("TOP 10", "WIN 500 CUP"); the unit word 元 before a number belongs to the
/// number before it ("100元3次").
fn usable(mark: Mark, text: &str, before_number: bool) -> bool {
    match mark {
        Mark::Yuan => !before_number,
        Mark::Code(c) if text.starts_with(|ch: char| ch.is_ascii_alphabetic()) => {
            !(text.len() == 3 && text.bytes().all(|x| x.is_ascii_uppercase()))
                || marks::ANY_CASE_CODES.contains(&c)
        }
        _ => true,
    }
}

/// Start of a currency mark ending `before` (spaces allowed between), if any.
fn mark_before(before: &str) -> Option<usize> {
    let trimmed = before.trim_end_matches(' ');
    let (mark, head) = marks::take_suffix(trimmed)?;
    usable(mark, &trimmed[head.len()..], true).then_some(head.len())
}

/// Length of a multiplier starting `after` (`万`, ` lakh`, `k`), spaces before it included.
fn scale_after(after: &str) -> usize {
    let rest = after.trim_start_matches(' ');
    marks::scale_prefix(rest).map_or(0, |n| after.len() - rest.len() + n)
}

/// Length of a currency mark starting `after`, spaces before it included, if any.
fn mark_after(after: &str) -> Option<usize> {
    let rest = after.trim_start_matches(' ');
    let (mark, tail) = marks::take_prefix(rest)?;
    usable(mark, &rest[..rest.len() - tail.len()], false).then_some(after.len() - tail.len())
}
