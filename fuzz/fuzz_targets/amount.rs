//! Any string into the amount parsers: never panics; both parsers agree.
//! (`AmountError` is a `Copy` enum: it cannot carry the input, by type.)
#![no_main]
use libfuzzer_sys::fuzz_target;
use scamguard::amount::{find_amounts_in_text, find_in_text, Amount};
use scamguard::Money;

fuzz_target!(|input: &str| {
    let a = Amount::parse(input);
    let m = Money::parse(input);
    if let (Ok(a), Ok(m)) = (&a, &m) {
        assert_eq!(a.money, *m);
    }
    let _ = find_amounts_in_text(input);
    let _ = find_in_text(input);
});
