//! Currencies: ISO 4217 codes, and the marks people write around amounts.

use std::fmt;

/// A currency, by its ISO 4217 code. Three ASCII capital letters, always one of
/// [`ISO_4217`], so a `Currency` is cheap to copy and compare and never invalid.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    pub const CNY: Currency = Currency::known(*b"CNY");
    pub const HKD: Currency = Currency::known(*b"HKD");
    pub const TWD: Currency = Currency::known(*b"TWD");
    pub const SGD: Currency = Currency::known(*b"SGD");
    pub const INR: Currency = Currency::known(*b"INR");
    pub const GBP: Currency = Currency::known(*b"GBP");
    pub const USD: Currency = Currency::known(*b"USD");
    pub const AUD: Currency = Currency::known(*b"AUD");
    pub const EUR: Currency = Currency::known(*b"EUR");
    pub const JPY: Currency = Currency::known(*b"JPY");

    /// A code from the table, checked when used in a constant (compilation fails on a typo).
    pub(crate) const fn known(code: [u8; 3]) -> Currency {
        let mut i = 0;
        while i < ISO_4217.len() {
            let c = ISO_4217[i];
            if c[0] == code[0] && c[1] == code[1] && c[2] == code[2] {
                return Currency(code);
            }
            i += 1;
        }
        panic!("not an ISO 4217 code")
    }

    /// The currency of an ISO 4217 code (`"GBP"`, `"gbp"`), or `None` for anything
    /// that is not an active code. `RMB`, though common, is not an ISO code: use
    /// [`Amount::parse`](super::Amount::parse) for what people write.
    pub fn from_code(code: &str) -> Option<Currency> {
        let b = code.as_bytes();
        if b.len() != 3 {
            return None;
        }
        let upper = [b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase(), b[2].to_ascii_uppercase()];
        ISO_4217.binary_search(&upper).ok().map(|_| Currency(upper))
    }

    /// The one currency `text` names by a code written in capitals as a word of
    /// its own ("Currency PLN", "gets 1,200.00 PLN"); `None` when it names none or
    /// several ("GBP 236.80 = PLN 1,200.00": which one is typed is not said).
    pub fn only_code_in(text: &str) -> Option<Currency> {
        let b = text.as_bytes();
        let mut found: Option<Currency> = None;
        let mut i = 0;
        while i + 3 <= b.len() {
            let word = b[i..i + 3].iter().all(u8::is_ascii_uppercase)
                && (i == 0 || !b[i - 1].is_ascii_alphabetic())
                && b.get(i + 3).map_or(true, |c| !c.is_ascii_alphabetic());
            if word {
                if let Some(c) = std::str::from_utf8(&b[i..i + 3]).ok().and_then(Currency::from_code) {
                    if found.is_some_and(|f| f != c) {
                        return None;
                    }
                    found = Some(c);
                }
                i += 3;
            } else {
                i += 1;
            }
        }
        found
    }

    /// The ISO 4217 code, e.g. `"HKD"`.
    pub fn code(&self) -> &str {
        // Only built from entries of ISO_4217, which are ASCII (checked at compile time).
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }

    /// The sign written before amounts of this currency by [`Amount`](super::Amount)'s
    /// `Display`, chosen so that it reads back as the same currency: `$` alone is
    /// ambiguous, so US dollars are `US$`; `¥` is the yuan in this library.
    pub fn symbol(self) -> Option<&'static str> {
        Some(match self {
            Currency::CNY => "¥",
            Currency::HKD => "HK$",
            Currency::TWD => "NT$",
            Currency::SGD => "S$",
            Currency::AUD => "A$",
            Currency::USD => "US$",
            Currency::GBP => "£",
            Currency::EUR => "€",
            Currency::INR => "₹",
            _ => return None,
        })
    }

    /// Whether amounts are grouped the Indian way (`14,00,000`) when displayed.
    pub(crate) fn indian_grouping(self) -> bool {
        self == Currency::INR
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Active ISO 4217 currency codes (fund codes, precious metals and test codes left out:
/// nobody transfers them from a phone), sorted for binary search. Source: ISO 4217
/// list one as published by SIX (current to 2025: ANG, CUC, HRK, ZWL withdrawn; VED,
/// XCG, ZWG added).
pub(crate) const ISO_4217: &[[u8; 3]] = &[
    *b"AED", *b"AFN", *b"ALL", *b"AMD", *b"AOA", *b"ARS", *b"AUD", *b"AWG", *b"AZN", *b"BAM", *b"BBD",
    *b"BDT", *b"BGN", *b"BHD", *b"BIF", *b"BMD", *b"BND", *b"BOB", *b"BRL", *b"BSD", *b"BTN", *b"BWP",
    *b"BYN", *b"BZD", *b"CAD", *b"CDF", *b"CHF", *b"CLP", *b"CNY", *b"COP", *b"CRC", *b"CUP", *b"CVE",
    *b"CZK", *b"DJF", *b"DKK", *b"DOP", *b"DZD", *b"EGP", *b"ERN", *b"ETB", *b"EUR", *b"FJD", *b"FKP",
    *b"GBP", *b"GEL", *b"GHS", *b"GIP", *b"GMD", *b"GNF", *b"GTQ", *b"GYD", *b"HKD", *b"HNL", *b"HTG",
    *b"HUF", *b"IDR", *b"ILS", *b"INR", *b"IQD", *b"IRR", *b"ISK", *b"JMD", *b"JOD", *b"JPY", *b"KES",
    *b"KGS", *b"KHR", *b"KMF", *b"KPW", *b"KRW", *b"KWD", *b"KYD", *b"KZT", *b"LAK", *b"LBP", *b"LKR",
    *b"LRD", *b"LSL", *b"LYD", *b"MAD", *b"MDL", *b"MGA", *b"MKD", *b"MMK", *b"MNT", *b"MOP", *b"MRU",
    *b"MUR", *b"MVR", *b"MWK", *b"MXN", *b"MYR", *b"MZN", *b"NAD", *b"NGN", *b"NIO", *b"NOK", *b"NPR",
    *b"NZD", *b"OMR", *b"PAB", *b"PEN", *b"PGK", *b"PHP", *b"PKR", *b"PLN", *b"PYG", *b"QAR", *b"RON",
    *b"RSD", *b"RUB", *b"RWF", *b"SAR", *b"SBD", *b"SCR", *b"SDG", *b"SEK", *b"SGD", *b"SHP", *b"SLE",
    *b"SOS", *b"SRD", *b"SSP", *b"STN", *b"SVC", *b"SYP", *b"SZL", *b"THB", *b"TJS", *b"TMT", *b"TND",
    *b"TOP", *b"TRY", *b"TTD", *b"TWD", *b"TZS", *b"UAH", *b"UGX", *b"USD", *b"UYU", *b"UZS", *b"VED",
    *b"VES", *b"VND", *b"VUV", *b"WST", *b"XAF", *b"XCD", *b"XCG", *b"XOF", *b"XPF", *b"YER", *b"ZAR",
    *b"ZMW", *b"ZWG",
];

// Checked when the crate compiles: sorted (binary search) and capital ASCII letters only
// (so `Currency::code` is valid UTF-8 and parsing can compare case-folded bytes).
const _: () = {
    let mut i = 0;
    while i < ISO_4217.len() {
        let c = ISO_4217[i];
        assert!(c[0].is_ascii_uppercase() && c[1].is_ascii_uppercase() && c[2].is_ascii_uppercase());
        if i > 0 {
            let p = ISO_4217[i - 1];
            let (a, b) = (
                (p[0] as u32) << 16 | (p[1] as u32) << 8 | p[2] as u32,
                (c[0] as u32) << 16 | (c[1] as u32) << 8 | c[2] as u32,
            );
            assert!(a < b, "ISO_4217 must be sorted and without duplicates");
        }
        i += 1;
    }
};

#[cfg(test)]
mod code_in_text {
    use super::Currency;

    #[test]
    fn only_one_code_written_as_a_word_counts() {
        assert_eq!(
            Currency::only_code_in("Transfer to Poland. Currency PLN"),
            Some(Currency::from_code("PLN").unwrap())
        );
        assert_eq!(
            Currency::only_code_in("You send £236.80. Piotr gets 1,200.00 PLN"),
            Currency::from_code("PLN")
        );
        assert_eq!(Currency::only_code_in("GBP 236.80 = PLN 1,200.00"), None);
        assert_eq!(Currency::only_code_in("SUPPLEMENTS and USDT"), None);
        assert_eq!(Currency::only_code_in("Pay someone new"), None);
        assert_eq!(Currency::only_code_in("usd 5"), None);
    }
}
