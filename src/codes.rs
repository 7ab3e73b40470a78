//! Messages that carry a one-time code (a bank's OTP, a wallet's login code).
//!
//! A code is harmless alone: it is how banks check the owner. It matters when it
//! arrives while a stranger is on the line, because reading it out ("to verify
//! you", "to cancel the payment") is how fake bank, police and delivery callers
//! take over accounts and approve new payees. The words are data
//! (`data/codes.json`, checked at build time by this same code).

use std::sync::OnceLock;

/// The built-in code vocabulary.
pub const BUILTIN: &str = include_str!("../data/codes.txt");

/// What a code message looks like.
#[derive(Debug, Clone)]
pub struct CodeWords {
    /// Words that name a code ("验证码", "one-time passcode").
    code_words: Vec<String>,
    /// Words of codes meant to be shared (parcel pickup, a delivery rider).
    harmless: Vec<String>,
}

impl CodeWords {
    /// Parses and checks the vocabulary (`src/phrases.rs`: both lists present and
    /// non-empty, lower case, short).
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut lists = crate::phrases::parse("data/codes.txt", text, &["code_words", "harmless"])?;
        let harmless = lists.pop().unwrap_or_default();
        let code_words = lists.pop().unwrap_or_default();
        Ok(CodeWords { code_words, harmless })
    }

    /// Whether `text` gives the user a one-time code that is not meant to be shared.
    pub fn carries_code(&self, text: &str) -> bool {
        // A code message is short; a long screen is not one (and is not worth lowering).
        if text.len() > 600 || !has_code_digits(text) {
            return false;
        }
        let lower = text.to_ascii_lowercase();
        let named = self.code_words.iter().any(|w| contains_word(&lower, w));
        named && !self.harmless.iter().any(|w| lower.contains(w.as_str()))
    }
}

static WORDS: OnceLock<CodeWords> = OnceLock::new();

/// [`CodeWords::carries_code`] with the built-in vocabulary.
pub fn carries_code(text: &str) -> bool {
    WORDS
        .get_or_init(|| {
            CodeWords::parse(crate::builtin::codes_txt()).expect("data/codes.txt is checked at build time")
        })
        .carries_code(text)
}

/// An ASCII word ("otp") must stand alone ("hotpot" is not a code); CJK words
/// have no word boundaries to check.
fn contains_word(text: &str, word: &str) -> bool {
    if !word.is_ascii() {
        return text.contains(word);
    }
    let bytes = text.as_bytes();
    text.match_indices(word).any(|(i, m)| {
        let before = i.checked_sub(1).map(|j| bytes[j]);
        let after = bytes.get(i + m.len()).copied();
        !before.is_some_and(|b| b.is_ascii_alphanumeric())
            && !after.is_some_and(|b| b.is_ascii_alphanumeric())
    })
}

/// A run of 4 to 8 digits, allowing single spaces or dashes inside ("81 44 20"),
/// not part of a longer number (a card, an account, a phone number).
fn has_code_digits(text: &str) -> bool {
    let b = text.as_bytes();
    // Most texts hold no code: one counting pass settles them before the scan.
    if crate::digits::count(b) < 4 {
        return false;
    }
    crate::digits::runs(b, &CODE_RUNS).any(|r| {
        // Money ("£800.00", "1,200") is not a code.
        let money = matches!(b.get(r.end), Some(b'.' | b','))
            && b.get(r.end + 1).is_some_and(u8::is_ascii_digit)
            || r.start > 0 && matches!(b[r.start - 1], b'.' | b',' | b'$' | b'\xa3');
        (4..=8).contains(&r.digits) && !money
    })
}

/// A code's digits: any digit starts a run (what comes before is judged as money),
/// and a single space or dash between digits joins its groups.
const CODE_RUNS: crate::digits::Rules = crate::digits::Rules {
    plus: false,
    may_start: |_, _| true,
    joins: |b, j| {
        (matches!(b[j], b' ' | b'-') && b.get(j + 1).is_some_and(u8::is_ascii_digit)).then_some(j + 1)
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bank_codes_count() {
        assert!(carries_code(
            "Santander: Your One Time Passcode is 81 44 20 to set up a new payee of £800.00."
        ));
        assert!(carries_code("【招商银行】您正在进行转账操作，验证码123456，请勿泄露给他人"));
        // Hong Kong's banks call it a 一次性密碼 ("one-time password").
        assert!(carries_code(
            "恒生：閣下信用卡最後數字2184正進行網上交易HK$7,860.00，一次性密碼：662091。如非閣下本人操作，切勿提供。"
        ));
        assert!(carries_code(
            "Your HDFC Bank OTP for txn of INR 49,999 is 482913. Do not share it with anyone."
        ));
        assert!(carries_code("【中國銀行】驗證碼 8841 用於綁定新設備"));
    }

    #[test]
    fn codes_meant_to_be_shared_and_non_codes_do_not() {
        assert!(!carries_code("Your OTP for delivery is 4821. Share it with the delivery partner only"));
        assert!(!carries_code("【丰巢】取件码 802211，请凭取件码到柜机取件"));
        // An insurer's identity check, which it says to read to its own agent.
        assert!(!carries_code(
            "【中国人保】验证码：583016。您正在办理车险投保业务，该验证码用于投保人身份验证，请确认系本人投保后提供给为您服务的销售人员。"
        ));
        assert!(!carries_code("Your card ending 4821 was charged £12.50 at TESCO"));
        assert!(!carries_code("验证码已发送")); // no code in it
        assert!(!carries_code("Hotpot at 7? table for 1234 people lol")); // "otp" inside a word
        assert!(!carries_code("Your verification code was used on card 6222 0212 3456 7890 123"));
    }

    #[test]
    fn the_vocabulary_is_checked() {
        assert!(CodeWords::parse("[code_words]\notp\n").is_err()); // no harmless list
        assert!(CodeWords::parse("[code_words]\nOTP\n[harmless]\nx\n").is_err());
        assert!(CodeWords::parse(BUILTIN).is_ok());
    }
}
