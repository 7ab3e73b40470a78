//! Parsing never panics and its errors never carry the input (typed text, an amount
//! a user typed): random strings from a small deterministic generator, std only.

use scamguard::amount::{find_amounts_in_text, Amount, AmountError, Money};

/// xorshift64: deterministic, so a failure reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Pieces that exercise every branch of the parser, plus arbitrary characters.
const PIECES: &[&str] = &[
    "0",
    "1",
    "2",
    "5",
    "9",
    "00",
    "000",
    "12",
    "345",
    ",",
    ".",
    " ",
    "\u{2009}",
    "\u{202F}",
    "\u{00A0}",
    "-",
    "+",
    "$",
    "HK$",
    "NT$",
    "S$",
    "A$",
    "US$",
    "ZZ$",
    "¥",
    "￥",
    "元",
    "块",
    "万",
    "萬",
    "千",
    "亿",
    "百万",
    "£",
    "€",
    "₹",
    "円",
    "Rs",
    "Rs.",
    "/-",
    "INR",
    "GBP",
    "usd",
    "rmb",
    "RMB",
    "人民币",
    "港元",
    "新臺幣",
    "lakh",
    "lakhs",
    "crore",
    "cr",
    "k",
    "K",
    "w",
    "e",
    "a",
    "１",
    "９",
    "．",
    "，",
    "。",
    "ＲＭＢ",
    "\u{200B}",
    "①",
    "\n",
    "\t",
    "'",
    "(",
    ")",
    "é",
    "😀",
    "\u{FEFF}",
];

fn random_input(rng: &mut Rng) -> String {
    let mut s = String::new();
    for _ in 0..rng.below(12) {
        if rng.below(8) == 0 {
            // Any Unicode scalar value, not only the interesting ones.
            let c = char::from_u32(rng.below(0x3_0000) as u32).unwrap_or('?');
            s.push(c);
        } else {
            s.push_str(PIECES[rng.below(PIECES.len())]);
        }
    }
    s
}

const MESSAGES: &[&str] = &[
    "empty amount",
    "not a number",
    "negative amount",
    "more decimals than whole cents",
    "amount too large",
    "ambiguous separators",
    "two different currencies",
    "too long for an amount",
];

const NAMES: &[&str] = &[
    "Empty",
    "NotANumber",
    "Negative",
    "TooManyDecimals",
    "TooLarge",
    "Ambiguous",
    "ConflictingCurrency",
    "TooLong",
];

#[test]
fn errors_carry_no_data() {
    // A fieldless enum: nothing of the input can be stored in it.
    assert_eq!(std::mem::size_of::<AmountError>(), 1);
}

#[test]
fn random_strings_never_panic_and_errors_never_echo_the_input() {
    let mut rng = Rng(0x5EED_CAFE_F00D_0001);
    let (mut accepted, mut refused) = (0, 0);
    for _ in 0..100_000 {
        let input = random_input(&mut rng);
        match Amount::parse(&input) {
            Ok(a) => {
                accepted += 1;
                assert!(a.money.0 >= 0, "{input:?}");
                assert_eq!(Money::parse(&input), Ok(a.money));
                // Whatever was accepted reads back through its own display.
                assert_eq!(Amount::parse(&a.to_string()), Ok(a), "{input:?}");
            }
            Err(e) => {
                refused += 1;
                let (shown, debug) = (e.to_string(), format!("{e:?}"));
                assert!(MESSAGES.contains(&shown.as_str()), "{shown}");
                assert!(NAMES.contains(&debug.as_str()), "{debug}");
                if input.chars().any(|c| c.is_ascii_digit()) || input.chars().count() > 40 {
                    assert!(!shown.contains(input.as_str()) && !debug.contains(input.as_str()));
                }
                let wrapped = scamguard::Error::from(e).to_string();
                assert!(!wrapped.contains(input.trim()) || input.trim().len() < 3, "{wrapped}");
            }
        }
        // Scanning text never panics either.
        let _ = find_amounts_in_text(&input);
    }
    // The generator reaches both outcomes often enough to mean something.
    assert!(accepted > 1_000 && refused > 1_000, "accepted {accepted}, refused {refused}");
}

#[test]
fn long_random_texts_scan_without_panicking() {
    let mut rng = Rng(0xD1CE_0000_0000_0042);
    for _ in 0..500 {
        let text: String = (0..40).map(|_| random_input(&mut rng)).collect();
        assert!(find_amounts_in_text(&text).len() <= 32);
    }
}
