//! Finding a rule pack's vocabulary words in text, fast, with no regex engine.
//!
//! Words are plain strings. One pass over the text serves every list: a
//! 4096-bit filter on each character's low bits rejects almost every position
//! at the cost of a bit test, and only characters that start some word are
//! looked up. This keeps a 200-character text well under a microsecond without
//! the literal-search machinery of `regex` (which would cost the Android
//! library ~200 KB).

use std::collections::HashMap;

const FILTER_BITS: usize = 4096;

/// All lists of a pack, indexed together.
#[derive(Debug, Clone, Default)]
pub struct Vocabularies {
    names: Vec<String>,
    words: Vec<(usize, String)>,
    /// First char → indexes into `words`, in list order then word order.
    by_first: HashMap<char, Vec<usize>>,
    filter: Vec<u64>,
}

impl Vocabularies {
    pub fn new<'a>(lists: impl IntoIterator<Item = (&'a String, &'a Vec<String>)>) -> Vocabularies {
        let mut v = Vocabularies { filter: vec![0; FILTER_BITS / 64], ..Vocabularies::default() };
        for (list, (name, words)) in lists.into_iter().enumerate() {
            v.names.push(name.clone());
            for w in words {
                let Some(first) = w.chars().next() else { continue };
                v.by_first.entry(first).or_default().push(v.words.len());
                v.words.push((list, w.clone()));
                let bit = first as usize % FILTER_BITS;
                v.filter[bit / 64] |= 1 << (bit % 64);
            }
        }
        v
    }

    pub fn names(&self) -> &[String] {
        &self.names
    }

    pub fn index_of(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n == name)
    }

    /// For each list, the leftmost word of it found in `text` (at the same
    /// position, the word listed first).
    pub fn scan<'t>(&self, text: &'t str) -> Vec<Option<&'t str>> {
        let mut hits: Vec<Option<&'t str>> = vec![None; self.names.len()];
        let mut left = self.names.len();
        for (i, c) in text.char_indices() {
            let bit = c as usize % FILTER_BITS;
            if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
                continue;
            }
            let Some(candidates) = self.by_first.get(&c) else { continue };
            let rest = &text[i..];
            for &w in candidates {
                let (list, word) = &self.words[w];
                if hits[*list].is_none() && rest.starts_with(word.as_str()) {
                    hits[*list] = Some(&rest[..word.len()]);
                    left -= 1;
                    if left == 0 {
                        return hits;
                    }
                }
            }
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab(lists: &[(&str, &[&str])]) -> Vocabularies {
        let owned: Vec<(String, Vec<String>)> =
            lists.iter().map(|(n, ws)| (n.to_string(), ws.iter().map(|w| w.to_string()).collect())).collect();
        Vocabularies::new(owned.iter().map(|(n, w)| (n, w)))
    }

    #[test]
    fn finds_the_leftmost_word_per_list() {
        let v = vocab(&[("a", &["备用金", "借款"]), ("b", &["退款", "客服"]), ("c", &["zoom"])]);
        let hits = v.scan("客服说借款后退款，备用金");
        assert_eq!(hits, vec![Some("借款"), Some("客服"), None]);
        assert_eq!(v.index_of("b"), Some(1));
        assert_eq!(v.scan(""), vec![None, None, None]);
    }

    #[test]
    fn prefers_the_word_listed_first_at_one_position() {
        let v = vocab(&[("a", &["注销", "注销账户"])]);
        assert_eq!(v.scan("请注销账户"), vec![Some("注销")]);
        let v = vocab(&[("a", &["注销账户", "注销"])]);
        assert_eq!(v.scan("请注销账户"), vec![Some("注销账户")]);
    }

    #[test]
    fn filter_collisions_do_not_match_wrongly() {
        // 'A' (65) and U+1041 share the low 12 bits.
        let v = vocab(&[("a", &["Apple"])]);
        assert_eq!(v.scan("\u{1041}pple Apple"), vec![Some("Apple")]);
        assert_eq!(v.scan("\u{1041}pple"), vec![None]);
    }
}
