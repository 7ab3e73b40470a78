//! Odd-cents sanity (issue 8 item 7): the shape of an amount separates dictated
//! "codes" from ordinary bills, and is never more than one input to a decision.

use scamguard::amount::Money;

fn m(s: &str) -> Money {
    Money::parse(s).unwrap()
}

const ORDINARY: &[&str] = &[
    "3,999.50", // rent with water
    "1,288.00",
    "2,560.75", // utility bill
    "128.80",
    "4,800.00",
    "12,000.00",
    "1,999.00", // a phone
    "1,999.99", // charm price
    "3,999.75",
    "5,432.17", // far from a round figure
    "459.00",
    "99.99",
    "19,999.00", // dictated maybe, but whole units: not a "code" by shape
    "20,000.00",
];

const DICTATED: &[&str] = &["19,999.58", "39,999.58", "49,999.99", "9,999.88", "9,998.88", "49,999.37"];

#[test]
fn ordinary_bills_score_low() {
    for s in ORDINARY {
        let score = m(s).shape_score();
        assert!(score < 0.3, "{s}: {score}");
    }
    for s in ["3,999.50", "1,288.00", "2,560.75", "128.80", "3,999.75", "5,432.17"] {
        assert!(!m(s).looks_dictated(), "{s}");
    }
}

#[test]
fn dictated_codes_score_high() {
    for s in DICTATED {
        let score = m(s).shape_score();
        assert!(score >= 0.7, "{s}: {score}");
        assert!(m(s).looks_dictated(), "{s}");
        assert!(m(s).is_code_like(), "{s}: the old name agrees");
    }
    assert_eq!(m("19,999.58").shape_score(), 1.0);
}

#[test]
fn score_is_graded_by_size_cents_and_nearness() {
    // Size: the same shape at 1,999.58 is weaker than at 19,999.58.
    assert!(m("1,999.58").shape_score() < m("4,999.58").shape_score());
    assert!(m("4,999.58").shape_score() < m("19,999.58").shape_score());
    // Cents: .50 and .99 weaker than .58.
    assert!(m("19,999.50").shape_score() < m("19,999.99").shape_score());
    assert!(m("19,999.99").shape_score() < m("19,999.58").shape_score());
    // Nearness: 0.3% below is weaker than 0.002% below; 2% below is nothing.
    assert!(m("19,940.58").shape_score() < m("19,999.58").shape_score());
    assert!(m("19,940.58").shape_score() > 0.0);
    assert_eq!(m("19,600.58").shape_score(), 0.0);
    assert_eq!(m("999.58").shape_score(), 0.0, "below 1,000 units");
}

#[test]
fn a_false_coarse_test_caps_the_score() {
    // Deterministic sweep: whenever looks_dictated is false, the score stays below 0.4,
    // so a caller that thresholds the score at 0.4 never contradicts the coarse test.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..200_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let money = Money((x % 1_000_000_000) as i64);
        let score = money.shape_score();
        assert!((0.0..=1.0).contains(&score), "{money:?}");
        if !money.looks_dictated() {
            assert!(score < 0.4, "{money:?}: {score}");
        }
    }
}

#[test]
fn round_amounts() {
    assert!(m("20,000").is_round());
    assert!(m("500").is_round());
    assert!(!m("450").is_round());
    assert!(!m("19,999.58").is_round());
    assert!(!m("100.50").is_round());
}
