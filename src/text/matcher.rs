//! Multi-pattern matching over normalized characters whose per-text cost does
//! not grow with the number of words: an Aho-Corasick automaton (trie +
//! failure links + output links), built once.
//!
//! Written here rather than taken from the `aho-corasick` crate: that crate's
//! byte-oriented DFA/NFA and prefilters cost far more code than the ~150 lines
//! a char automaton needs. Transitions out of the root go through dense id
//! tables (a hash map for rare characters); the others are short per-state
//! edge lists. A 4096-bit filter of every
//! character used by any word sends text characters that start nothing and
//! continue nothing straight back to the root without a lookup (the old
//! matcher's first-character prefilter, generalized).
//!
//! std only.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const FILTER_BITS: usize = 4096;
const NONE: u32 = u32::MAX;
const CJK_LO: u32 = 0x4E00;
const CJK_HI: u32 = 0xA000;

/// Multiply-shift hasher for the packed (state, char) keys: the keys are
/// already well spread, SipHash's resistance to chosen keys is not needed
/// (the words are ours, not the input's).
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_u32(&mut self, k: u32) {
        self.0 = (k as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 ^= self.0 >> 29;
    }
    fn write_u64(&mut self, k: u64) {
        self.0 = (k ^ (k >> 29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 ^= self.0 >> 32;
    }
}

type Goto = HashMap<u64, u32, BuildHasherDefault<KeyHasher>>;

fn key(state: u32, c: char) -> u64 {
    ((state as u64) << 21) | c as u64
}

/// A built automaton over a fixed list of patterns.
#[derive(Debug, Clone)]
pub struct Matcher {
    /// Transitions out of state `s`: `edges[edge_start[s]..edge_start[s + 1]]`,
    /// (char, next state). Most states have one or two, so a short scan
    /// beats a hash probe; the root's many go through the id tables below.
    edge_start: Vec<u32>,
    edges: Vec<(char, u32)>,
    /// Characters used by some pattern -> dense id, and the root's
    /// transitions by that id: the root is where the scan spends most of its
    /// time, so it costs one lookup instead of a probe and a failure walk.
    ids: HashMap<char, u32, BuildHasherDefault<KeyHasher>>,
    root: Vec<u32>,
    /// `ids` for ASCII and for the CJK block (U+4E00..U+9FFF) as dense
    /// tables (id + 1, 0 = none): the characters of nearly every text, one
    /// load instead of a hash probe. 42 KB.
    ascii_ids: Vec<u16>,
    cjk_ids: Vec<u16>,
    fail: Vec<u32>,
    /// Pattern ending exactly at this state, or NONE.
    out: Vec<u32>,
    /// Nearest state on the failure chain that has an output, or NONE.
    out_link: Vec<u32>,
    lens: Vec<u32>,
    filter: Vec<u64>,
}

impl Matcher {
    /// Builds the automaton. Pattern `i` of `patterns` is reported as `i`;
    /// empty patterns never match; for duplicate patterns only the first is
    /// reported (callers merge duplicates beforehand).
    pub fn new<P: AsRef<[char]>>(patterns: &[P]) -> Matcher {
        let mut goto = Goto::default();
        let mut m = Matcher {
            edge_start: Vec::new(),
            edges: Vec::new(),
            ids: HashMap::default(),
            root: Vec::new(),
            ascii_ids: vec![0; 128],
            cjk_ids: Vec::new(),
            fail: vec![0],
            out: vec![NONE],
            out_link: vec![NONE],
            lens: Vec::with_capacity(patterns.len()),
            filter: vec![0; FILTER_BITS / 64],
        };
        let mut children: Vec<Vec<(char, u32)>> = vec![Vec::new()];
        for (id, p) in patterns.iter().enumerate() {
            let p = p.as_ref();
            m.lens.push(p.len() as u32);
            if p.is_empty() {
                continue;
            }
            let mut s = 0u32;
            for &c in p {
                let bit = c as usize % FILTER_BITS;
                m.filter[bit / 64] |= 1 << (bit % 64);
                s = match goto.get(&key(s, c)) {
                    Some(&n) => n,
                    None => {
                        let n = m.fail.len() as u32;
                        goto.insert(key(s, c), n);
                        children[s as usize].push((c, n));
                        children.push(Vec::new());
                        m.fail.push(0);
                        m.out.push(NONE);
                        m.out_link.push(NONE);
                        n
                    }
                };
            }
            if m.out[s as usize] == NONE {
                m.out[s as usize] = id as u32;
            }
        }
        for &(c, n) in &children[0] {
            let next = m.ids.len() as u32;
            let id = *m.ids.entry(c).or_insert(next);
            if m.root.len() <= id as usize {
                m.root.resize(id as usize + 1, 0);
            }
            m.root[id as usize] = n;
            // Ids that do not fit the dense tables stay in the map only.
            if let Ok(dense) = u16::try_from(id + 1) {
                let u = c as u32;
                if u < 0x80 {
                    m.ascii_ids[u as usize] = dense;
                } else if (CJK_LO..CJK_HI).contains(&u) {
                    if m.cjk_ids.is_empty() {
                        m.cjk_ids = vec![0; (CJK_HI - CJK_LO) as usize];
                    }
                    m.cjk_ids[(u - CJK_LO) as usize] = dense;
                }
            }
        }
        // Breadth-first: a state's failure target is always shallower.
        let mut queue = std::collections::VecDeque::new();
        for &(_, n) in &children[0] {
            queue.push_back(n);
        }
        while let Some(s) = queue.pop_front() {
            for &(c, n) in &children[s as usize] {
                let mut f = m.fail[s as usize];
                let target = loop {
                    if let Some(&t) = goto.get(&key(f, c)) {
                        break t;
                    }
                    if f == 0 {
                        break 0;
                    }
                    f = m.fail[f as usize];
                };
                m.fail[n as usize] = target;
                m.out_link[n as usize] =
                    if m.out[target as usize] != NONE { target } else { m.out_link[target as usize] };
                queue.push_back(n);
            }
        }
        for list in &mut children {
            crate::small_sort::sort_by_key(list, |e| e.0);
            m.edge_start.push(m.edges.len() as u32);
            m.edges.extend_from_slice(list);
        }
        m.edge_start.push(m.edges.len() as u32);
        m
    }

    /// The transition out of `s` (not the root) on `c`.
    #[inline]
    fn step(&self, s: u32, c: char) -> Option<u32> {
        let (a, b) = (self.edge_start[s as usize] as usize, self.edge_start[s as usize + 1] as usize);
        let list = &self.edges[a..b];
        if list.len() <= 8 {
            list.iter().find(|e| e.0 == c).map(|e| e.1)
        } else {
            // Sorted: a state many words branch from stays logarithmic.
            list.binary_search_by_key(&c, |e| e.0).ok().map(|i| list[i].1)
        }
    }

    /// The root's transition on `c` (0: none).
    #[inline]
    fn root_step(&self, c: char) -> u32 {
        let u = c as u32;
        let dense = if u < 0x80 {
            self.ascii_ids[u as usize]
        } else if (CJK_LO..CJK_HI).contains(&u) {
            self.cjk_ids.get((u - CJK_LO) as usize).copied().unwrap_or(0)
        } else {
            return self.ids.get(&c).map_or(0, |&id| self.root[id as usize]);
        };
        match dense {
            0 if self.ids.len() >= u16::MAX as usize => {
                self.ids.get(&c).map_or(0, |&id| self.root[id as usize])
            }
            0 => 0,
            d => self.root[d as usize - 1],
        }
    }

    /// Number of automaton states (for sizing reports).
    pub fn states(&self) -> usize {
        self.fail.len()
    }

    /// Calls `f(pattern, start, end)` for every occurrence of every pattern in
    /// `text` (char indexes, `end` exclusive), in order of `end`.
    pub fn scan(&self, text: impl Iterator<Item = char>, mut f: impl FnMut(usize, usize, usize)) {
        let mut s = 0u32;
        for (i, c) in text.enumerate() {
            let bit = c as usize % FILTER_BITS;
            if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
                s = 0;
                continue;
            }
            while s != 0 {
                if let Some(n) = self.step(s, c) {
                    s = n;
                    break;
                }
                s = self.fail[s as usize];
            }
            if s == 0 {
                s = self.root_step(c);
            }
            let mut o = if self.out[s as usize] != NONE { s } else { self.out_link[s as usize] };
            while o != NONE {
                let id = self.out[o as usize] as usize;
                let len = self.lens[id] as usize;
                f(id, i + 1 - len, i + 1);
                o = self.out_link[o as usize];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pats(words: &[&str]) -> Vec<Vec<char>> {
        words.iter().map(|w| w.chars().collect()).collect()
    }

    fn all(m: &Matcher, text: &str) -> Vec<(usize, usize, usize)> {
        let mut v = Vec::new();
        m.scan(text.chars(), |p, s, e| v.push((p, s, e)));
        v
    }

    #[test]
    fn finds_overlapping_and_nested_words() {
        let m = Matcher::new(&pats(&["he", "she", "his", "hers"]));
        assert_eq!(all(&m, "ushers"), vec![(1, 1, 4), (0, 2, 4), (3, 2, 6)]);
        let m = Matcher::new(&pats(&["注销", "注销账户", "账户"]));
        assert_eq!(all(&m, "请注销账户"), vec![(0, 1, 3), (1, 1, 5), (2, 3, 5)]);
    }

    #[test]
    fn agrees_with_naive_search() {
        let words = ["安全账户", "账户", "全账", "刷单", "单", "a", "ab", "bab", "退款", "款"];
        let m = Matcher::new(&pats(&words));
        let text = "安全账户刷单退款abab退款单安全账 bab";
        let chars: Vec<char> = text.chars().collect();
        let mut naive = Vec::new();
        for end in 1..=chars.len() {
            for (id, w) in words.iter().enumerate() {
                let w: Vec<char> = w.chars().collect();
                if end >= w.len() && chars[end - w.len()..end] == w[..] {
                    naive.push((id, end - w.len(), end));
                }
            }
        }
        let mut got = all(&m, text);
        got.sort_by_key(|&(id, s, e)| (e, id, s));
        naive.sort_by_key(|&(id, s, e)| (e, id, s));
        assert_eq!(got, naive);
    }

    #[test]
    fn empty_inputs_and_filter_collisions() {
        let m = Matcher::new(&pats(&["", "Apple"]));
        assert!(all(&m, "").is_empty());
        // 'A' (65) and U+1041 share the filter bit: the lookup still decides.
        assert!(all(&m, "\u{1041}pple").is_empty());
        assert_eq!(all(&m, "\u{1041}pple Apple"), vec![(1, 6, 11)]);
        let none: Vec<Vec<char>> = Vec::new();
        assert!(all(&Matcher::new(&none), "anything").is_empty());
    }
}
