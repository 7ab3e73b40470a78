//! Exactness: every accepted form of a random amount reads back to the exact minor
//! units (and currency), never through floating point.

use scamguard::amount::{Amount, Currency, Money};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// `units` grouped by threes with `sep`.
fn western(units: i64, sep: &str) -> String {
    let d = units.to_string();
    let mut out = String::new();
    for (i, c) in d.chars().enumerate() {
        if i > 0 && (d.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// `units` grouped the Indian way: last three, then twos.
fn indian(units: i64) -> String {
    let d = units.to_string();
    if d.len() <= 3 {
        return d;
    }
    let (head, last) = d.split_at(d.len() - 3);
    let mut out = String::new();
    for (i, c) in head.chars().enumerate() {
        if i > 0 && (head.len() - i) % 2 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{out},{last}")
}

fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' | '.' | ',' => char::from_u32(c as u32 + 0xFEE0).unwrap_or(c),
            c => c,
        })
        .collect()
}

/// `minor` written with a multiplier of 10^`exp` units: "1.234567万" and the like.
fn scaled(minor: i64, exp: u32, word: &str) -> String {
    let per = 10i64.pow(exp + 2); // minor units per multiplier
    let frac_digits = (exp + 2) as usize;
    let frac = format!("{:0w$}", minor % per, w = frac_digits);
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        format!("{}{word}", minor / per)
    } else {
        format!("{}.{frac}{word}", minor / per)
    }
}

#[test]
fn every_form_reads_back_exactly() {
    let mut rng = Rng(0x0DD_CE17_5EED);
    let currencies = [
        None,
        Some(Currency::CNY),
        Some(Currency::HKD),
        Some(Currency::TWD),
        Some(Currency::SGD),
        Some(Currency::INR),
        Some(Currency::GBP),
        Some(Currency::USD),
        Some(Currency::AUD),
        Some(Currency::EUR),
        Some(Currency::JPY),
        Currency::from_code("CHF"),
    ];
    for round in 0..5_000u64 {
        // Spread over magnitudes: 0.01 up to a trillion units.
        let digits = 1 + rng.next() % 15; // up to the limit, 10^14 minor units
        let minor = (rng.next() % 10u64.pow(digits as u32)).min(100_000_000_000_000) as i64;
        let money = Money(minor);
        let (units, cents) = (minor / 100, minor % 100);
        let currency = currencies[(round % currencies.len() as u64) as usize];
        let amount = Amount::new(money, currency);

        // Display reads back to the same amount, currency included.
        assert_eq!(Amount::parse(&amount.to_string()), Ok(amount), "{amount}");

        let dec = format!("{units}.{cents:02}");
        let mut forms = vec![
            dec.clone(),
            format!("{}.{cents:02}", western(units, ",")),
            format!("{}.{cents:02}", western(units, " ")),
            format!("{}.{cents:02}", western(units, "\u{202F}")),
            format!("{},{cents:02}", western(units, "\u{2009}")),
            format!("{},{cents:02}", western(units, ".")),
            format!("{}.{cents:02}", indian(units)),
            full_width(&dec),
            scaled(minor, 4, "万"),
            scaled(minor, 8, "亿"),
            scaled(minor, 3, "k"),
            scaled(minor, 5, " lakh"),
            scaled(minor, 7, " crore"),
            format!("¥{dec}"),
            format!("{dec} 元"),
            format!("Rs. {}/-", indian(units) + &format!(".{cents:02}")),
        ];
        if cents == 0 {
            forms.push(western(units, ","));
            forms.push(indian(units));
        }
        for form in &forms {
            assert_eq!(Money::parse(form), Ok(money), "{form:?}");
        }
    }
}
