//! Where a text asks to be answered: a phone number to call back, a
//! premium-rate number, or a "text WORD to 80082" short code.
//!
//! A lure (a prize, a job paying by the day, a loan without checks, a casino
//! bonus) is harmless until it names a way to reach the sender outside the
//! service it claims to be. Prize SMS of the kind regulators warn about (UK
//! Citizens Advice, Trading Standards: "call 090… to claim") are answered by
//! a premium-rate number or a short code that charges per message; a phone
//! number alone is ordinary (banks print theirs in every alert), so only the
//! combinations in the scorer and `data/vocab.json` use it.
//!
//! Only ASCII digits are read: the text is the original, and full-width
//! digits are rare in the numbers senders want dialled.

/// How a text can be answered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Contact {
    /// A phone number (8 to 15 digits, separators allowed).
    pub phone: bool,
    /// A UK premium-rate or personal number: 11 digits starting 09, 0871-0873 or 070.
    pub premium: bool,
    /// A premium-rate number the text tells the reader to call ("call
    /// 09061…", "ring 0871…"): the prize-draw scam's request, which no
    /// genuine alert makes.
    pub call_premium: bool,
    /// "text/txt/send/reply WORD to 12345" (not STOP/HELP lines).
    pub shortcode: bool,
    /// A price per call or message ("150p/min", "£1.50/msg", "£3/wk"), read
    /// only when the text has a number or short code.
    pub priced: bool,
    /// Byte span of the first phone number, premium number or short code.
    pub span: Option<(usize, usize)>,
}

/// Words before "to NNNNN" that ask the reader to send a message.
const SEND_WORDS: [&[u8]; 5] = [b"text ", b"txt ", b"send ", b"reply ", b"sms "];
/// Keywords of opt-out and help lines ("text STOP to 60000").
const OPT_OUT: [&[u8]; 4] = [b"stop", b"help", b"unsubscribe", b"end"];
/// Verbs that ask the reader to dial the number that follows.
const CALL_WORDS: [&[u8]; 4] = [b"call", b"ring", b"dial", b"phone"];
/// Prices per minute, message or week, lower case.
const PRICES: [&[u8]; 11] = [
    b"p/min", b"ppm", b"/msg", b"p/msg", b"per msg", b"/wk", b"p/wk", b"p/day", b"std txt", b"std chg",
    b"to rcv",
];

/// Finds the ways `text` asks to be answered (already clipped by the caller).
pub fn find_contacts(text: &str) -> Contact {
    let b = text.as_bytes();
    let mut c = Contact::default();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let plus = b[i] == b'+' && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !(b[i].is_ascii_digit() || plus) {
            i += 1;
            continue;
        }
        // A number glued to a letter or another number is a code or an id
        // ("E123456789", "YT1234567"), after a currency sign an amount.
        let prev = if start > 0 { b[start - 1] } else { b' ' };
        let glued = prev.is_ascii_alphanumeric() || matches!(prev, b'$' | b'.' | b',' | b'/' | b'#' | b'_');
        let after_currency = text[..start].ends_with('£') || text[..start].ends_with('€');
        let (end, digits, first) = scan_number(b, if plus { i + 1 } else { i });
        i = end.max(start + 1);
        // A decimal or thousands separator right after: an amount (2,450.00).
        let amount =
            matches!(b.get(end), Some(b'.' | b',')) && b.get(end + 1).is_some_and(u8::is_ascii_digit);
        let next_alpha = b.get(end).is_some_and(|x| x.is_ascii_alphabetic() || *x == b'%');
        // A date and time ("2023-03-19 07:49:03", a traffic notice's time of
        // the offence) reads as ten digits with separators: a number that
        // opens with a year-month-day, or runs into a clock's colon, is a
        // date, not a number to call.
        let time = b.get(end) == Some(&b':') && b.get(end + 1).is_some_and(u8::is_ascii_digit);
        if glued || after_currency || amount || time || is_date(&b[start..end]) {
            continue;
        }
        // Seven digits are a city line without its area code ("如有疑问请咨询:
        // 3957856"): a number only where a dial word stands right before it.
        if (8..=15).contains(&digits) || (digits == 7 && dial_word_before(text, start)) {
            c.phone = true;
            let d = &first[..];
            let premium = digits == 11
                && (d.starts_with(b"09")
                    || d.starts_with(b"070")
                    || matches!(d, b"0871" | b"0872" | b"0873"));
            c.premium |= premium;
            c.call_premium |= premium && asks_to_call(b, start);
            if c.span.is_none() || premium {
                c.span = Some((start, end));
            }
        } else if (5..=6).contains(&digits) && !next_alpha && is_shortcode_request(b, start) {
            c.shortcode = true;
            c.span.get_or_insert((start, end));
        }
    }
    if !c.phone {
        if let Some(span) = number_taken_out(text) {
            c.phone = true;
            c.span.get_or_insert(span);
        }
    }
    // A price only matters next to a number to call or text.
    c.priced = c.span.is_some() && priced(b);
    c
}

/// Words that say a number to dial follows: 致电, 拨打, 电话, "call".
const DIAL_WORDS: [&str; 10] =
    ["致电", "致電", "拨打", "撥打", "电话", "電話", "热线", "熱線", "call ", "call:"];

/// Whether a dial word (or 咨询, "ask at") ends right before `at`, past at most a
/// colon and spaces.
fn dial_word_before(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', ':', '：']);
    DIAL_WORDS.iter().chain(&["咨询", "諮詢"]).any(|w| {
        let w = w.trim_end_matches([' ', ':']);
        before.len() >= w.len()
            && before.is_char_boundary(before.len() - w.len())
            && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
    })
}

/// "请致电××××××××咨询", "咨询电话……", "call ****": a page quoting a scam text
/// took the whole number out, as it takes out links. A dial word, then at most
/// one colon or space, then four or more mask characters (an ellipsis counts
/// three): the text asked to be called back. Returns the masks' byte span.
fn number_taken_out(text: &str) -> Option<(usize, usize)> {
    // Every text without a number comes here: most hold no run of masks at all
    // (four need two `x` in a row or a mark no text needs otherwise), and the
    // rest are read in place, ignoring case, without a lower-cased copy.
    let maybe =
        text.contains(['*', '×', '＊', '…']) || ["xx", "XX", "xX", "Xx"].iter().any(|m| text.contains(m));
    if !maybe {
        return None;
    }
    let b = text.as_bytes();
    for w in DIAL_WORDS {
        let at_word =
            |at: &usize| b[*at..].get(..w.len()).is_some_and(|x| x.eq_ignore_ascii_case(w.as_bytes()));
        for at in (0..b.len()).filter(at_word) {
            let mut start = at + w.len();
            let rest = &text[start..];
            if let Some(c) = rest.chars().next().filter(|c| matches!(c, ':' | '：' | ' ')) {
                start += c.len_utf8();
            }
            let (masks, len) = super::masks_at(&text[start..], |c| match c {
                'x' | 'X' | '*' | '×' | '＊' => 1,
                '…' => 3,
                _ => 0,
            });
            let end = start + len;
            // An ellipsis is also a pause ("刚打您电话……没接通"): taken out only
            // where nothing follows it in the clause.
            let pause = text[start..end].contains('…')
                && text[end..].chars().next().is_some_and(|c| c.is_alphanumeric());
            if masks >= 4 && !pause {
                return Some((start, end));
            }
        }
    }
    None
}

/// Whether a number is a date: it opens with `YYYY-MM-DD` or `YYYY/MM/DD`, or
/// is a day and month before the year (`DD-MM-YYYY`), with a year 19xx or 20xx.
fn is_date(n: &[u8]) -> bool {
    let d = |i: usize| n.get(i).is_some_and(u8::is_ascii_digit);
    let year_first = n.len() >= 10
        && matches!(&n[..2], b"19" | b"20")
        && d(2)
        && d(3)
        && matches!(n[4], b'-' | b'/')
        && d(5)
        && d(6)
        && n[7] == n[4]
        && d(8)
        && d(9);
    year_first || day_first(n)
}

/// A day or month, the other, then a year, nothing after: "30-04-2026",
/// "4-30-2026" (a loan's renewal date, a bill's due date).
fn day_first(n: &[u8]) -> bool {
    let mut parts = n.split(|&b| b == b'-' || b == b'/');
    let (Some(a), Some(b), Some(y), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let short = |p: &[u8]| (1..=2).contains(&p.len()) && p.iter().all(u8::is_ascii_digit);
    // One kind of separator: "30-04/2026" is no date.
    let one_kind = n[a.len()] == n[a.len() + b.len() + 1];
    short(a)
        && short(b)
        && one_kind
        && y.len() == 4
        && matches!(&y[..2], b"19" | b"20")
        && y.iter().all(u8::is_ascii_digit)
}

/// Reads a number from `i`: digits with single separators (space, dash,
/// brackets) between them. Returns the end, the digit count and up to the
/// first four digits.
fn scan_number(b: &[u8], mut i: usize) -> (usize, usize, [u8; 4]) {
    let mut digits = 0;
    let mut first = [0u8; 4];
    let mut end = i;
    while i < b.len() {
        let x = b[i];
        if x.is_ascii_digit() {
            if digits < 4 {
                first[digits] = x;
            }
            digits += 1;
            i += 1;
            end = i;
        } else if digits >= 4 && mask_len(&b[i..]).is_some() {
            // "1350120××××", "5048****": the pages that quote scam texts mask the
            // number's tail. Masks end a number; masks with digits after them
            // ("6222****1234") are a masked card or account, not a number to call.
            let (len, masks) = mask_len(&b[i..]).unwrap_or((0, 0));
            if masks >= 2 && !b.get(i + len).is_some_and(u8::is_ascii_alphanumeric) {
                digits += masks;
                end = i + len;
            }
            break;
        } else if matches!(x, b' ' | b'-' | b'(' | b')') {
            // Up to two separators ("555) 0188", " - ") before the next digit.
            let sep = |y: &u8| matches!(y, b' ' | b'-' | b'(' | b')');
            let j = if b.get(i + 1).is_some_and(sep) { i + 2 } else { i + 1 };
            if !b.get(j).is_some_and(u8::is_ascii_digit) {
                break;
            }
            i = j;
        } else {
            break;
        }
    }
    (end, digits, first)
}

/// The bytes and the count of mask characters (`x`, `X`, `*`, `×`) at the
/// start of `b`, if it starts with one.
fn mask_len(b: &[u8]) -> Option<(usize, usize)> {
    let (mut i, mut n) = (0, 0);
    loop {
        match b.get(i..) {
            Some([b'x' | b'X' | b'*', ..]) => i += 1,
            Some([0xC3, 0x97, ..]) => i += 2,
            _ => break,
        }
        n += 1;
    }
    (n > 0).then_some((i, n))
}

/// Whether the short number at `at` follows "text WORD to" or "send to
/// No:" (a send word within 40 bytes, "to" within the last 8), and the word
/// before "to" is not an opt-out keyword.
fn is_shortcode_request(b: &[u8], at: usize) -> bool {
    let from = at.saturating_sub(40);
    let before: Vec<u8> = b[from..at].iter().map(u8::to_ascii_lowercase).collect();
    let tail = before.len().saturating_sub(8);
    let Some(to) = before[tail..].windows(4).rposition(|w| w == b" to " || w == b" to:").map(|p| tail + p)
    else {
        return false;
    };
    let head = &before[..to];
    let word = head.rsplit(|&x| x == b' ').next().unwrap_or(&[]);
    if OPT_OUT.contains(&word) {
        return false;
    }
    let with_to = &before[..to + 1];
    SEND_WORDS.iter().any(|w| with_to.windows(w.len()).any(|x| x == *w))
}

/// Whether a call verb stands in the 24 bytes before the number at `at`
/// ("call 0906…", "CALL NOW 0906…", "call on 0905…", "call claim number 0906…").
fn asks_to_call(b: &[u8], at: usize) -> bool {
    let before = &b[at.saturating_sub(24)..at];
    CALL_WORDS.iter().any(|w| {
        before.windows(w.len()).enumerate().any(|(i, x)| {
            x.eq_ignore_ascii_case(w)
                // A word of its own: not "recall", "phones".
                && (i == 0 || !before[i - 1].is_ascii_alphabetic())
                && !before.get(i + w.len()).is_some_and(u8::is_ascii_alphabetic)
        })
    })
}

fn priced(b: &[u8]) -> bool {
    PRICES.iter().any(|p| {
        b.windows(p.len()).enumerate().any(|(i, w)| {
            w.eq_ignore_ascii_case(p)
                && !b.get(i + p.len()).is_some_and(u8::is_ascii_alphabetic)
                // "ppm" must follow a number ("150ppm"), not be a word part.
                && (p.len() > 3 || i > 0 && b[i - 1].is_ascii_digit())
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn premium_numbers_and_short_codes() {
        let c = find_contacts("To claim call 09061 701 461 now. 150p/min");
        assert!(c.phone && c.premium && c.priced);
        let c = find_contacts("Ring 0871 277 1510 today");
        assert!(c.premium && c.call_premium);
        // Named but not asked to be called, or asked after the number.
        assert!(!find_contacts("I'm on 07090 201529").call_premium);
        assert!(!find_contacts("From 09061 701 461: we recalled your order").call_premium);
        assert!(find_contacts("URGENT! To claim CALL NOW 09061702893.").call_premium);
        // A freephone number asked to be called is not premium.
        assert!(!find_contacts("Call 0800 298 6030 now").call_premium);
        let c = find_contacts("Reply WIN to 80082 to enter. £2.00/msg");
        assert!(c.shortcode && c.priced && !c.phone);
        assert_eq!(c.span.map(|(s, e)| &"Reply WIN to 80082 to enter. £2.00/msg"[s..e]), Some("80082"));
        for t in [
            "txt> CSH11 and send to 87575. Cost 150p/day",
            "Txt the word: CLAIM to No: 81010",
            "Text FA to 87121 to enter",
        ] {
            assert!(find_contacts(t).shortcode, "{t}");
        }
    }

    #[test]
    fn ordinary_numbers_are_not_premium() {
        // A Taiwanese mobile (10 digits from 09), a UK mobile, a freephone.
        for t in ["請撥 0912 345 678", "call me on 07700 900412", "Call 0800 298 6030"] {
            let c = find_contacts(t);
            assert!(c.phone && !c.premium, "{t}");
        }
        // Opt-out lines, amounts, ids, OTPs and dates are not contacts.
        for t in [
            "Text STOP to 60777 to opt out",
            "STOP to 60000 to opt out",
            "Rs 2,450.00 debited, balance 12350.60",
            "Order E123456789 shipped, parcel YT1234567",
            "Your code is 482913",
            "on 11/28 at 10:15",
            "card 6217 0033 5120 8876",
            "于2023-03-19 07:49:03在福华三路",
            "on 2024-05-12 at the branch",
            "renewal is due on 30-04-2026. Visit branch.",
            "due 4-30-2026",
        ] {
            let c = find_contacts(t);
            assert!(!c.phone && !c.premium && !c.shortcode, "{t}");
        }
        assert!(!find_contacts("shipping costs apply").priced);
        // The same shape with no year is still a number.
        assert!(find_contacts("call 12-34-5678 now").phone);
    }

    #[test]
    fn a_number_a_page_took_out_after_a_dial_word_is_a_number() {
        for t in ["請致電××××××××咨詢,聯系人×××", "逾期将从您名下账户扣除,咨询电话……", "Call: ****-****"]
        {
            assert!(find_contacts(t).phone, "{t}");
        }
        // A masked name or card is no number to call; a dial word with a name.
        for t in ["联系人×××", "尾号****1234的卡", "请致电客服中心", "call me later", "刚打您电话……没接通"]
        {
            assert!(!find_contacts(t).phone, "{t}");
        }
    }

    #[test]
    fn numbers_whose_tail_a_page_masked_are_numbers() {
        for t in ["如有疑問請咨詢1350120××××", "如需核查詳情,請撥打5048****", "call 0800 12xxxx now"]
        {
            assert!(find_contacts(t).phone, "{t}");
        }
        // A masked card or account (digits after the mask) and a short masked id are not.
        for t in ["您尾号6222****1234的卡消费3980元", "订单12**已发货", "卡号6222**"] {
            assert!(!find_contacts(t).phone, "{t}");
        }
    }

    #[test]
    fn seven_digits_only_after_a_dial_word() {
        for t in ["如有疑问请咨询:3957856", "请致电 3957856", "call: 3957856"] {
            assert!(find_contacts(t).phone, "{t}");
        }
        for t in ["订单号3957856", "your ref 3957856", "3957856 steps today"] {
            assert!(!find_contacts(t).phone, "{t}");
        }
    }

    #[test]
    fn phone_formats() {
        for t in
            ["call 1-877-555-0199", "致电 0755-86612234", "QQ 3389201475", "+65 8123 4409", "(929) 555 0188"]
        {
            assert!(find_contacts(t).phone, "{t}");
        }
    }
}
