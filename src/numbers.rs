//! Phone numbers written in messages.
//!
//! "If this wasn't you, call our fraud team on 02 8000 1122", a pop-up's "call
//! Microsoft support", a parcel text's "call to reschedule": the callback is how
//! the scammer gets the victim on the line without calling them (so no unknown
//! incoming call, no carrier flag). A number the user dials soon after a message
//! from outside their contacts wrote it is remembered only as a keyed hash
//! (`state::number_hash`), like saved contacts.

use crate::state::number_hash;

/// At most this many numbers are taken from one text.
const MAX_PER_TEXT: usize = 4;

/// Keyed hashes of the phone numbers written in `text`: runs of 6 to 15 digits
/// with spaces, dashes, dots or brackets between groups, optionally after a `+`.
/// Money ("$1,249.00") and times are not numbers: a comma or a decimal part
/// ends the run.
pub fn numbers_in(text: &str) -> Vec<u64> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() && out.len() < MAX_PER_TEXT {
        let starts = b[i].is_ascii_digit() || (b[i] == b'+' && b.get(i + 1).is_some_and(u8::is_ascii_digit));
        // Not inside a word or another number ("A1234567", "12,345").
        let glued = i > 0 && (b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b',' | b'.' | b'$'));
        if !starts || glued {
            i += 1;
            continue;
        }
        let mut j = i + usize::from(b[i] == b'+');
        let mut digits = String::new();
        while j < b.len() {
            let c = b[j];
            if c.is_ascii_digit() {
                digits.push(char::from(c));
                j += 1;
            } else if is_sep(c) {
                // Up to two separators between groups: "+1 (888) 555-0142".
                let next = (j + 1..(j + 3).min(b.len())).find(|&k| !is_sep(b[k]));
                // "1,249.00": a decimal part is money, not a group of a number.
                let decimal = c == b'.' && !b.get(j + 3).is_some_and(u8::is_ascii_digit);
                match next {
                    Some(k) if b[k].is_ascii_digit() && !decimal => j = k,
                    _ => break,
                }
            } else {
                break;
            }
        }
        let money = matches!(b.get(j), Some(b',')) || (j < b.len() && b[j].is_ascii_alphabetic());
        if (6..=15).contains(&digits.len()) && !money {
            out.extend(number_hash(&digits));
        }
        i = j.max(i + 1);
    }
    out
}

fn is_sep(c: u8) -> bool {
    matches!(c, b' ' | b'-' | b'(' | b')' | b'.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str, number: &str) -> bool {
        numbers_in(text).contains(&number_hash(number).unwrap())
    }

    #[test]
    fn callback_numbers_are_found() {
        assert!(one("If this wasn't you call our fraud team on 02 8000 1122.", "0280001122"));
        assert!(one("Call Microsoft Support +1 (888) 555-0142 immediately", "+18885550142"));
        assert!(one("【顺丰】您的快件破损，请致电 400-811-1111 办理理赔", "4008111111"));
        assert!(one("Call 1800.555.0199 now", "18005550199"));
    }

    #[test]
    fn money_and_codes_inside_words_are_not_numbers() {
        assert!(numbers_in("A payment of $1,249.00 to PAYPAL has been paused").is_empty());
        assert!(numbers_in("Ref AB1234567 confirmed").is_empty());
        assert!(numbers_in("no digits at all").is_empty());
        assert!(numbers_in(&"1 ".repeat(10_000)).len() <= MAX_PER_TEXT);
    }
}
