//! Runs of digits in a text: the one scanner behind one-time codes (`codes`:
//! "81 44 20") and phone numbers written in messages (`numbers`: "+1 (888)
//! 555-0142"). Each reader brings its own rules for where a run may start and
//! what joins its groups, and judges the runs found (money, length) itself.

/// How a reader's runs start and join.
pub struct Rules {
    /// A run may open with a `+` right before its first digit ("+44 7700 900123").
    pub plus: bool,
    /// Whether a run may start at `i` (its `+` or first digit), judging by what comes
    /// before it. A refused start moves the scan on by one byte only, so the digits
    /// after it are offered again, each judged by the byte before it.
    pub may_start: fn(&[u8], usize) -> bool,
    /// At a byte `j` inside a run that is not a digit: the index (after `j`) of the
    /// digit the run goes on with, or `None` where the run ends.
    pub joins: fn(&[u8], usize) -> Option<usize>,
}

/// A run of digits: `text[start..end]` (with its `+` and separators), `digits` digits.
/// `end` is where the run stopped (`text.len()` or the byte that ended it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    pub start: usize,
    pub end: usize,
    pub digits: usize,
}

/// The runs of digits of `text` under `rules`, left to right. The next run is
/// looked for after the end of the last one.
pub fn runs<'a>(text: &'a [u8], rules: &'a Rules) -> Runs<'a> {
    Runs { b: text, rules, i: 0 }
}

/// The iterator of [`runs`].
pub struct Runs<'a> {
    b: &'a [u8],
    rules: &'a Rules,
    i: usize,
}

impl Iterator for Runs<'_> {
    type Item = Run;

    fn next(&mut self) -> Option<Run> {
        let b = self.b;
        loop {
            // Skip in one search to the next byte that could start a run (texts are
            // mostly not digits: a byte-by-byte loop cost five times as much).
            let k = b
                .get(self.i..)?
                .iter()
                .position(|&c| c.is_ascii_digit() || (self.rules.plus && c == b'+'))?;
            let i = self.i + k;
            let first = i + usize::from(b[i] == b'+');
            if !b.get(first).is_some_and(u8::is_ascii_digit) || !(self.rules.may_start)(b, i) {
                self.i = i + 1;
                continue;
            }
            let mut j = first;
            let mut digits = 0;
            while j < b.len() {
                if b[j].is_ascii_digit() {
                    digits += 1;
                    j += 1;
                } else {
                    match (self.rules.joins)(b, j) {
                        // Only forward: a rule that pointed back would loop forever.
                        Some(k) if k > j => j = k,
                        _ => break,
                    }
                }
            }
            self.i = j.max(i + 1);
            return Some(Run { start: i, end: j, digits });
        }
    }
}

/// How many ASCII digits `text` holds: one pass the compiler vectorizes, which
/// settles most texts (they hold too few digits for a run) before any scan.
pub fn count(text: &[u8]) -> usize {
    text.iter().filter(|c| c.is_ascii_digit()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anywhere(_: &[u8], _: usize) -> bool {
        true
    }

    fn dash(b: &[u8], j: usize) -> Option<usize> {
        (b[j] == b'-').then_some(j + 1)
    }

    fn found(text: &str, rules: &Rules) -> Vec<(usize, usize, usize)> {
        runs(text.as_bytes(), rules).map(|r| (r.start, r.end, r.digits)).collect()
    }

    #[test]
    fn runs_join_by_the_rules_and_start_after_the_last() {
        let rules = Rules { plus: false, may_start: anywhere, joins: dash };
        assert_eq!(found("a 12-34 b 5", &rules), vec![(2, 7, 4), (10, 11, 1)]);
        assert_eq!(found("12 34", &rules), vec![(0, 2, 2), (3, 5, 2)]);
        // A dash that ends the text ends the run where the next digit would be.
        assert_eq!(found("12-", &rules), vec![(0, 3, 2)]);
        assert!(found("no digits", &rules).is_empty());
        assert!(found("", &rules).is_empty());
    }

    #[test]
    fn a_plus_opens_a_run_only_before_a_digit_and_refused_starts_move_one_byte() {
        let plus = Rules { plus: true, may_start: anywhere, joins: |_, _| None };
        assert_eq!(found("+44 +x 7", &plus), vec![(0, 3, 2), (7, 8, 1)]);
        let no_plus = Rules { plus: false, ..plus };
        assert_eq!(found("+44", &no_plus), vec![(1, 3, 2)]);
        // After a letter nothing starts: "A12" offers '1' (refused) then '2' (allowed).
        let not_after_letter = Rules {
            plus: false,
            may_start: |b, i| i == 0 || !b[i - 1].is_ascii_alphabetic(),
            joins: |_, _| None,
        };
        assert_eq!(found("A12", &not_after_letter), vec![(2, 3, 1)]);
    }

    #[test]
    fn a_rule_pointing_back_ends_the_run() {
        let back = Rules { plus: false, may_start: anywhere, joins: |_, j| Some(j - 1) };
        assert_eq!(found("1-2", &back), vec![(0, 1, 1), (2, 3, 1)]);
        assert_eq!(count(b"a1b22c333"), 6);
    }
}
