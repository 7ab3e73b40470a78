//! Phone numbers written in messages.
//!
//! "If this wasn't you, call our fraud team on 02 8000 1122", a pop-up's "call
//! Microsoft support", a parcel text's "call to reschedule": the callback is how
//! the scammer gets the victim on the line without calling them (so no unknown
//! incoming call, no carrier flag). A number the user dials soon after a message
//! from outside their contacts wrote it is remembered only as a short tag
//! ([`number_tag`], `src/tags.rs`).

/// Bits kept of a number's hash. Short on purpose: a tag names about one number
/// in a million, so it matches a later call, but a stored tag cannot be turned
/// back into the number (each fits some hundred thousand numbers of a country).
/// That is why, unlike the keyed hashes of saved contacts, tags can live in
/// snapshots: a scam spanning a process restart keeps its callback number.
const TAG_BITS: u32 = 20;

/// The tag of a phone number: `tags::fnv_tag` of its last 9 digits (so `+61 2 8000 1122` and
/// `02 8000 1122`, or `+44 7700 900123` and `07700 900123`, are one number), cut
/// to `TAG_BITS`.
/// `None` for fewer than 6 digits (a short code is not a callback number).
pub fn number_tag(number: &str) -> Option<u32> {
    tag_of(number.as_bytes())
}

/// [`number_tag`] of bytes (a run of digits found in a text).
fn tag_of(number: &[u8]) -> Option<u32> {
    let digits: Vec<u8> = number.iter().copied().filter(u8::is_ascii_digit).collect();
    if digits.len() < 6 {
        return None;
    }
    Some(crate::tags::fnv_tag(digits[digits.len().saturating_sub(9)..].iter().copied(), TAG_BITS))
}

/// Whether `tag` could be a tag (`number_tag`'s range): snapshots are checked.
pub fn is_tag(tag: u32) -> bool {
    tag < (1 << TAG_BITS)
}

/// At most this many numbers are taken from one text.
const MAX_PER_TEXT: usize = 4;

/// Tags of the phone numbers written in `text`: runs of 6 to 15 digits
/// with spaces, dashes, dots or brackets between groups, optionally after a `+`.
/// Money ("$1,249.00") and times are not numbers: a comma or a decimal part
/// ends the run.
pub fn numbers_in(text: &str) -> Vec<u32> {
    let b = text.as_bytes();
    // Most texts hold no number at all: one counting pass settles them before the scan.
    if crate::digits::count(b) < 6 {
        return Vec::new();
    }
    crate::digits::runs(b, &NUMBER_RUNS)
        .filter(|r| {
            let money =
                matches!(b.get(r.end), Some(b',')) || b.get(r.end).is_some_and(u8::is_ascii_alphabetic);
            (6..=15).contains(&r.digits) && !money
        })
        // A run holds its digits and separators only, so its tag is the number's.
        .filter_map(|r| tag_of(&b[r.start..r.end]))
        .take(MAX_PER_TEXT)
        .collect()
}

/// A phone number's digits: a run may open with `+`, not inside a word or another
/// number ("A1234567", "12,345"), and up to two separators join its groups
/// ("+1 (888) 555-0142"), except a decimal part ("1,249.00" is money).
const NUMBER_RUNS: crate::digits::Rules = crate::digits::Rules {
    plus: true,
    may_start: |b, i| {
        !(i > 0 && (b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b',' | b'.' | b'$')))
    },
    joins: |b, j| {
        let c = b[j];
        if !is_sep(c) {
            return None;
        }
        let next = (j + 1..(j + 3).min(b.len())).find(|&k| !is_sep(b[k]));
        let decimal = c == b'.' && !b.get(j + 3).is_some_and(u8::is_ascii_digit);
        next.filter(|&k| b[k].is_ascii_digit() && !decimal)
    },
};

fn is_sep(c: u8) -> bool {
    matches!(c, b' ' | b'-' | b'(' | b')' | b'.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str, number: &str) -> bool {
        numbers_in(text).contains(&number_tag(number).unwrap())
    }

    #[test]
    fn callback_numbers_are_found() {
        assert!(one("If this wasn't you call our fraud team on 02 8000 1122.", "0280001122"));
        assert!(one("Call Microsoft Support +1 (888) 555-0142 immediately", "+18885550142"));
        assert!(one("【顺丰】您的快件破损，请致电 400-811-1111 办理理赔", "4008111111"));
        assert!(one("Call 1800.555.0199 now", "18005550199"));
    }

    #[test]
    fn tags_match_the_same_number_however_written_and_stay_short() {
        assert_eq!(number_tag("+61 2 8000 1122"), number_tag("02 8000 1122"));
        assert_eq!(number_tag("+44 7700 900123"), number_tag("07700 900123"));
        assert_eq!(number_tag("(02) 8000-1122"), number_tag("0280001122"));
        assert_ne!(number_tag("0280001122"), number_tag("0280001123"));
        assert!(number_tag("95588").is_none());
        assert!(number_tag("+44 7700 900123").is_some_and(is_tag));
    }

    #[test]
    fn money_and_codes_inside_words_are_not_numbers() {
        assert!(numbers_in("A payment of $1,249.00 to PAYPAL has been paused").is_empty());
        assert!(numbers_in("Ref AB1234567 confirmed").is_empty());
        assert!(numbers_in("no digits at all").is_empty());
        assert!(numbers_in(&"1 ".repeat(10_000)).len() <= MAX_PER_TEXT);
    }
}
