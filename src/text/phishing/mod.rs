//! Structure of phishing text: links and official domains, and the numbers
//! a text asks to be called or texted on.

pub mod contact;

pub mod structure;

/// The run of mask characters that opens `s` (how a page quoting a scam text takes
/// out a number or an address: `××××`, `****`, `……`): what the run counts for, each
/// character weighed by `weight` (0 ends the run), and its length in bytes.
fn masks_at(s: &str, weight: impl Fn(char) -> usize) -> (usize, usize) {
    let mut count = 0;
    let mut len = 0;
    for c in s.chars() {
        match weight(c) {
            0 => break,
            w => count += w,
        }
        len += c.len_utf8();
    }
    (count, len)
}
