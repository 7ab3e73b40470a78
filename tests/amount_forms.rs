//! Every written form docs/amounts.md accepts, read to the exact minor unit and
//! currency; the forms it refuses, with their typed errors; and Display.

use scamguard::amount::{find_amounts_in_text, Amount, AmountError, Currency, Money};

const CNY: Option<Currency> = Some(Currency::CNY);
const HKD: Option<Currency> = Some(Currency::HKD);
const TWD: Option<Currency> = Some(Currency::TWD);
const SGD: Option<Currency> = Some(Currency::SGD);
const INR: Option<Currency> = Some(Currency::INR);
const GBP: Option<Currency> = Some(Currency::GBP);
const USD: Option<Currency> = Some(Currency::USD);
const AUD: Option<Currency> = Some(Currency::AUD);
const EUR: Option<Currency> = Some(Currency::EUR);
const JPY: Option<Currency> = Some(Currency::JPY);

fn check(cases: &[(&str, i64, Option<Currency>)]) {
    for &(text, minor, currency) in cases {
        let got = Amount::parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_eq!(got, Amount::new(Money(minor), currency), "{text:?}");
        assert_eq!(Money::parse(text), Ok(Money(minor)), "{text:?} through Money::parse");
    }
}

fn refuse(cases: &[(&str, AmountError)]) {
    for &(text, err) in cases {
        assert_eq!(Amount::parse(text), Err(err), "{text:?}");
    }
}

#[test]
fn mainland_forms() {
    check(&[
        ("19999.58", 1_999_958, None),
        ("¥19,999.58", 1_999_958, CNY),
        ("￥19999.58", 1_999_958, CNY),
        ("19,999.58元", 1_999_958, CNY),
        ("人民币 19,999.58 元", 1_999_958, CNY),
        ("RMB19999.58", 1_999_958, CNY),
        ("rmb 500", 50_000, CNY),
        ("CNY 500", 50_000, CNY),
        ("500 cny", 50_000, CNY),
        ("500块", 50_000, CNY),
        ("１９９９９．５８", 1_999_958, None),
        ("１９，９９９．５８元", 1_999_958, CNY),
        ("ＲＭＢ　５００", 50_000, CNY),
        ("1.9万", 1_900_000, None),
        ("1.9万元", 1_900_000, CNY),
        ("¥1.9万", 1_900_000, CNY),
        ("2.5千", 250_000, None),
        ("5千元", 500_000, CNY),
        ("1亿", 10_000_000_000, None),
        ("1.5千万", 1_500_000_000, None),
        ("3百万元", 300_000_000, CNY),
        ("2w", 2_000_000, None),
        ("1.23456万", 1_234_560, None),
        ("500。", 50_000, None),
        ("500.", 50_000, None),
        (".5", 50, None),
        ("007", 700, None),
    ]);
}

#[test]
fn hong_kong_taiwan_singapore_forms() {
    check(&[
        ("HK$500", 50_000, HKD),
        ("HK$ 1,500.50", 150_050, HKD),
        ("hk$500", 50_000, HKD),
        ("500 HK$", 50_000, HKD),
        ("HKD 500", 50_000, HKD),
        ("500港元", 50_000, HKD),
        ("港幣1.5萬", 1_500_000, HKD),
        ("NT$1,200", 120_000, TWD),
        ("NT$1,200元", 120_000, TWD),
        ("新臺幣3萬元", 3_000_000, TWD),
        ("TWD 999", 99_900, TWD),
        ("S$250.80", 25_080, SGD),
        ("SG$250.80", 25_080, SGD),
        ("SGD250.80", 25_080, SGD),
        ("250.80 SGD", 25_080, SGD),
        ("新加坡元100", 10_000, SGD),
        ("$500元", 50_000, None),
    ]);
}

#[test]
fn india_forms() {
    check(&[
        ("14,00,000", 140_000_000, None),
        ("₹14,00,000", 140_000_000, INR),
        ("₹ 1,40,00,000.50", 1_400_000_050, INR),
        ("Rs 5,000", 500_000, INR),
        ("Rs.5000", 500_000, INR),
        ("Rs. 5,000/-", 500_000, INR),
        ("RS.500", 50_000, INR),
        ("5000 Rs.", 500_000, INR),
        ("INR 2,50,000", 25_000_000, INR),
        ("inr 500", 50_000, INR),
        ("1.4 lakh", 14_000_000, None),
        ("₹1.4 lakh", 14_000_000, INR),
        ("1.5 lakhs", 15_000_000, None),
        ("2 Lakh rupees", 20_000_000, INR),
        ("3 lac", 30_000_000, None),
        ("2 crore", 2_000_000_000, None),
        ("Rs 3 cr", 3_000_000_000, INR),
        ("1.25 Crores", 1_250_000_000, None),
        ("0.5 lakh", 5_000_000, None),
        ("12,345", 1_234_500, None),
    ]);
}

#[test]
fn uk_us_australia_europe_forms() {
    check(&[
        ("£1,400", 140_000, GBP),
        ("£ 1,400.00", 140_000, GBP),
        ("GBP 1400", 140_000, GBP),
        ("1400 pounds", 140_000, GBP),
        ("$2,500", 250_000, None),
        ("$5k", 500_000, None),
        ("5k$", 500_000, None),
        ("5K", 500_000, None),
        ("US$2,500.99", 250_099, USD),
        ("USD 2500", 250_000, USD),
        ("2500 usd", 250_000, USD),
        ("$2,500 USD", 250_000, USD),
        ("500 dollars", 50_000, None),
        ("A$800", 80_000, AUD),
        ("AU$800", 80_000, AUD),
        ("AUD 800", 80_000, AUD),
        ("€99", 9_900, EUR),
        ("99€", 9_900, EUR),
        ("1.234,56 €", 123_456, EUR),
        ("1.234.567,89 EUR", 123_456_789, EUR),
        ("EUR 12,5", 1_250, EUR),
        ("1,5 crore", 1_500_000_000, None),
        ("JPY 5000", 500_000, JPY),
        ("¥5000 JPY", 500_000, JPY),
        ("5000円", 500_000, JPY),
        ("CHF 120", 12_000, Currency::from_code("CHF")),
        ("C$40", 4_000, Currency::from_code("CAD")),
    ]);
}

#[test]
fn spaces_as_group_separators() {
    check(&[
        ("4 800", 480_000, None),
        ("4\u{2009}800", 480_000, None),
        ("4\u{202F}800", 480_000, None),
        ("4\u{00A0}800,50", 480_050, None),
        ("4 800,50 €", 480_050, EUR),
        ("1 234 567.89", 123_456_789, None),
        ("£ 4 800.5", 480_050, GBP),
        ("1\u{200B}000", 100_000, None),
    ]);
}

#[test]
fn refused_forms_have_typed_errors() {
    use AmountError::*;
    refuse(&[
        ("", Empty),
        ("   ", Empty),
        ("元", Empty),
        ("HK$", Empty),
        ("万", NotANumber),
        ("abc", NotANumber),
        ("1,2,3", NotANumber),
        ("12,34.5", NotANumber),
        ("1,0000", NotANumber),
        ("0,500", NotANumber),
        ("1,,000", NotANumber),
        ("14 00 000", NotANumber),
        ("4 80", NotANumber),
        ("1 234,567", NotANumber),
        ("1,234 567", NotANumber),
        (",5", NotANumber),
        ("5,", NotANumber),
        ("1e5", NotANumber),
        ("1元5", NotANumber),
        ("1万5", NotANumber),
        ("5kk", NotANumber),
        ("5 km", NotANumber),
        ("ZZ$5", NotANumber),
        ("①②③", NotANumber),
        ("(500)", NotANumber),
        ("+500", NotANumber),
        ("five", NotANumber),
        ("5 all", NotANumber),
        ("-5", Negative),
        ("¥-5", Negative),
        ("- £5", Negative),
        ("1.234", TooManyDecimals),
        ("0.001", TooManyDecimals),
        ("1.2345678万", TooManyDecimals),
        ("99999999999999999999", TooLarge),
        ("1000000000001", TooLarge),
        ("10001亿", TooLarge),
        ("1.234.567", Ambiguous),
        ("1.234,567", Ambiguous),
        ("£5 USD", ConflictingCurrency),
        ("HK$5 人民币", ConflictingCurrency),
        ("¥5 HKD", ConflictingCurrency),
        ("$5 EUR", ConflictingCurrency),
        ("¥$5", ConflictingCurrency),
    ]);
    let long = format!("{}1", " ".repeat(200));
    assert_eq!(Amount::parse(&long), Err(TooLong));
}

#[test]
fn the_largest_amount_is_exact() {
    check(&[("1,000,000,000,000", 100_000_000_000_000, None), ("10000亿", 100_000_000_000_000, None)]);
}

#[test]
fn display_uses_the_currency_sign_and_its_grouping() {
    let show = |minor, c| Amount::new(Money(minor), c).to_string();
    assert_eq!(show(140_000, GBP), "£1,400.00");
    assert_eq!(show(140_000_000, INR), "₹14,00,000.00");
    assert_eq!(show(1_400_000_050, INR), "₹1,40,00,000.50");
    assert_eq!(show(99_900, INR), "₹999.00");
    assert_eq!(show(123_400, INR), "₹1,234.00");
    assert_eq!(show(50_000, HKD), "HK$500.00");
    assert_eq!(show(1_999_958, CNY), "¥19,999.58");
    assert_eq!(show(250_099, USD), "US$2,500.99");
    assert_eq!(show(120_000, TWD), "NT$1,200.00");
    assert_eq!(show(25_080, SGD), "S$250.80");
    assert_eq!(show(80_000, AUD), "A$800.00");
    assert_eq!(show(9_900, EUR), "€99.00");
    assert_eq!(show(500_000, JPY), "JPY 5,000.00");
    assert_eq!(show(5, None), "0.05");
    assert_eq!(show(100_000_000, None), "1,000,000.00");
}

#[test]
fn currency_codes() {
    assert_eq!(Currency::from_code("gbp"), GBP);
    assert_eq!(Currency::from_code("XYZ"), None);
    assert_eq!(Currency::from_code("RMB"), None, "not an ISO code");
    assert_eq!(Currency::from_code("GB"), None);
    assert_eq!(Currency::from_code("ＧＢＰ"), None);
    assert_eq!(Currency::INR.code(), "INR");
    assert_eq!(format!("{:?}", Currency::HKD), "HKD");
    assert_eq!(Amount::parse("500").map(|a| a.currency_or(Currency::SGD)), Ok(Currency::SGD));
    assert_eq!(Amount::parse("£500").map(|a| a.currency_or(Currency::SGD)), Ok(Currency::GBP));
}

#[test]
fn amounts_in_text_carry_their_currency() {
    let found = |t: &str| find_amounts_in_text(t);
    assert_eq!(
        found("您尾号8866账户转出人民币19,999.58元，余额¥12.00"),
        vec![Amount::new(Money(1_999_958), CNY), Amount::new(Money(1_200), CNY)]
    );
    assert_eq!(
        found("Rs. 49,999.00 debited from A/c XX1234; avl bal Rs.1,20,500.50"),
        vec![Amount::new(Money(4_999_900), INR), Amount::new(Money(12_050_050), INR)]
    );
    assert_eq!(found("Pay £1,400 today or a warrant is issued"), vec![Amount::new(Money(140_000), GBP)]);
    assert_eq!(
        found("HK$500 已存入，另 NT$1,200元"),
        vec![Amount::new(Money(50_000), HKD), Amount::new(Money(120_000), TWD)]
    );
    assert_eq!(found("a refund of $5k, reply now"), vec![Amount::new(Money(500_000), None)]);
    assert_eq!(found("win 2 lakh rupees now"), vec![Amount::new(Money(20_000_000), INR)]);
    assert_eq!(found("最高可借1.5万元，日息0.02%"), vec![Amount::new(Money(1_500_000), CNY)]);
    assert_eq!(found("转账 ４ ８００ 元"), vec![Amount::new(Money(480_000), CNY)]);
    assert_eq!(
        found("100 USD and 200 GBP"),
        vec![Amount::new(Money(10_000), USD), Amount::new(Money(20_000), GBP)]
    );
    // Bare numbers, codes and times are not money.
    assert!(found("取件码 3-2-1047，尾号8866").is_empty());
    assert!(found("会议号 531 820 774").is_empty());
    assert!(found("TOP 10 deals, ALL 50 items, earn 5k daily").is_empty());
    assert!(found("USDT 500").is_empty());
    // The full stop after an amount in running text is not a decimal point.
    assert_eq!(found("余额¥500。3天后到期"), vec![Amount::new(Money(50_000), CNY)]);
    // 元 belongs to the number before it, not to the next one.
    assert_eq!(found("共100元3次"), vec![Amount::new(Money(10_000), CNY)]);
    // A sum a seller asks for names no currency: the word before it says money.
    assert_eq!(found("两张联排580一张，一共1160，扫码付款"), vec![Amount::new(Money(116_000), None)]);
    assert_eq!(found("合计：2,380"), vec![Amount::new(Money(238_000), None)]);
    assert!(found("一共3个人，共计2天").is_empty());
}

#[test]
fn text_scanning_is_bounded() {
    let text = "¥1 ".repeat(1000);
    assert_eq!(find_amounts_in_text(&text).len(), 32);
}
