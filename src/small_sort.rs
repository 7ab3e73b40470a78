//! A stable insertion sort for the engine's short lists (a warning's evidence, an
//! event's findings, a trie node's edges, the vocabulary's few dozen lists).
//!
//! Why not `slice::sort_by`: std's sorts are built for any length, and each call
//! site with its own element type and comparison instantiates a few kilobytes of
//! driftsort, quicksort and small-sort networks. A dozen of them were about 26 KB
//! of the arm64 library, where every byte counts against the size budget. These
//! lists hold tens of items at most, where insertion sort is as fast.

use std::cmp::Ordering;

/// Sorts `v` in place by `cmp`, keeping equal elements in their order (stable).
/// Quadratic: for lists of up to a few hundred items.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// [`sort_by`] on a key.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        // A small deterministic generator: many lengths, many ties.
        let mut seed = 12345u64;
        let mut next = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as u32
        };
        for len in 0..60 {
            let items: Vec<(u32, usize)> = (0..len).map(|i| (next() % 7, i)).collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |e| e.0);
            let mut theirs = items.clone();
            theirs.sort_by_key(|e| e.0);
            assert_eq!(ours, theirs, "len {len}");
            let mut rev = items.clone();
            sort_by(&mut rev, |a, b| b.0.cmp(&a.0));
            let mut want = items;
            want.sort_by_key(|e| std::cmp::Reverse(e.0));
            assert_eq!(rev, want, "len {len} reversed");
        }
    }
}
