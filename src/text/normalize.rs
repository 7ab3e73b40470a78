//! Text normalization before vocabulary matching.
//!
//! Scam text dodges plain substring filters with traditional characters
//! (凍結), full-width letters (ＯＴＰ), circled digits (①), look-alikes and
//! homophones (支浮宝, 薇信, 银彳亍, paypa1, Cyrillic а in "pаypal") and filler
//! between characters (贷 款, 贷*款). Normalization folds all of these into one
//! form, drops separators (remembering where they were, so English words can
//! still require word boundaries), and keeps for every output character the
//! byte span it came from, so a finding can show the text as the user saw it.
//!
//! std only: `build.rs` includes this file to validate `data/fold.tsv`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Multiply-shift hashing for char keys: the keys are our own table's, so
/// SipHash's protection against chosen keys buys nothing and costs a third
/// of the normalization time.
#[derive(Default, Clone, Copy)]
pub struct CharHasher(u64);

impl Hasher for CharHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
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

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<CharHasher>>;

const FILTER_BITS: usize = 4096;

/// A 4096-bit set of characters by their low bits: a cheap "certainly not
/// in the table" test before a hash lookup.
#[derive(Debug, Clone)]
pub struct CharFilter(Vec<u64>);

impl Default for CharFilter {
    fn default() -> Self {
        CharFilter(vec![0; FILTER_BITS / 64])
    }
}

impl CharFilter {
    pub fn insert(&mut self, c: char) {
        let bit = c as usize % FILTER_BITS;
        self.0[bit / 64] |= 1 << (bit % 64);
    }
    #[inline]
    pub fn may_contain(&self, c: char) -> bool {
        let bit = c as usize % FILTER_BITS;
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// The block with a dense folding table: CJK Unified Ideographs, all of
/// which are three bytes in UTF-8.
const CJK_LO: u32 = 0x4E00;
const CJK_HI: u32 = 0xA000;
const FAR: u16 = u16::MAX;

/// ASCII after case folding in the low 7 bits, or 0 for a separator
/// (letters, digits, `@` and `$` are kept); bit 7 marks the characters that
/// may stand for letters inside a word (0 1 3 4 5 7 @ $, see below).
const ASCII_FOLD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        let b = (i as u8).to_ascii_lowercase();
        if b.is_ascii_alphanumeric() || matches!(b, b'@' | b'$' | b'!' | b'|') {
            t[i] = b;
            if matches!(b, b'0' | b'1' | b'3' | b'4' | b'5' | b'7' | b'@' | b'$' | b'!' | b'|') {
                t[i] |= LOOKALIKE_BIT;
            }
        }
        i += 1;
    }
    t
};
const LOOKALIKE_BIT: u8 = 0x80;

/// One normalized character and where it came from in the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NChar {
    pub c: char,
    /// Byte range in the original text.
    pub start: u32,
    pub end: u32,
    /// A separator (space, punctuation, zero-width) was dropped just before
    /// this character, or it is the first one.
    pub gap: bool,
}

/// A folded sequence and its replacement.
type Seq = (Vec<char>, Vec<char>);

/// The folding table (`data/fold.tsv`).
#[derive(Debug, Clone, Default)]
pub struct FoldTable {
    single: FastMap<char, char>,
    single_filter: CharFilter,
    /// The same folding for the CJK block (U+4E00..U+9FFF), as a dense
    /// table indexed by `c - CJK_LO` (0 = unchanged): most characters of a
    /// Chinese text cost one load instead of a filter test and a hash probe.
    cjk: Vec<u16>,
    /// ASCII characters that start a folded sequence (`seq_filter`, exact).
    ascii_seq: [u64; 2],
    /// First character of a sequence -> (sequence, replacement), longest first.
    seqs: FastMap<char, Vec<Seq>>,
    seq_filter: CharFilter,
}

impl FoldTable {
    /// Parses `FROM<TAB>TO<TAB>KIND` lines (`#` comments, blank lines
    /// ignored), and the shipped copy's `ts:` lines of FROM TO character pairs
    /// (`ts:丟丢並并`, what `build.rs` writes: a third of the bytes). Errors name
    /// the line, never echo more than the table's own text.
    pub fn parse(tsv: &str) -> Result<FoldTable, String> {
        let mut t = FoldTable::default();
        let mut raw_single: Vec<(char, char)> = Vec::new();
        for (n, line) in tsv.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(pairs) = line.strip_prefix("ts:") {
                let chars: Vec<char> = pairs.chars().collect();
                if chars.len() % 2 != 0 {
                    return Err(format!("line {}: ts: needs FROM TO pairs", n + 1));
                }
                for p in chars.chunks(2) {
                    if fold_width_case(p[0]) != p[0] || p[0] == p[1] {
                        return Err(format!("line {}: a bad pair", n + 1));
                    }
                    if raw_single.iter().any(|(a, _)| *a == p[0]) {
                        return Err(format!("line {}: character folded twice", n + 1));
                    }
                    raw_single.push((p[0], p[1]));
                }
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let [from, to, kind] = cols[..] else {
                return Err(format!("line {}: expected FROM<TAB>TO<TAB>KIND", n + 1));
            };
            if from.is_empty() || to.is_empty() {
                return Err(format!("line {}: empty column", n + 1));
            }
            // FROM is looked up after case/width folding: an upper-case or
            // full-width FROM could never match.
            if from.chars().any(|c| fold_width_case(c) != c) {
                return Err(format!("line {}: FROM must be lower-case, half-width", n + 1));
            }
            let f: Vec<char> = from.chars().collect();
            let to_c: Vec<char> = to.chars().collect();
            match kind {
                "ts" | "look" if f.len() == 1 && to_c.len() == 1 => {
                    if f[0] == to_c[0] {
                        return Err(format!("line {}: maps a character to itself", n + 1));
                    }
                    if raw_single.iter().any(|(a, _)| *a == f[0]) {
                        return Err(format!("line {}: character folded twice", n + 1));
                    }
                    raw_single.push((f[0], to_c[0]));
                }
                "ts" | "look" => return Err(format!("line {}: {kind} maps one character to one", n + 1)),
                "seq" if f.len() >= 2 => {
                    let list = t.seqs.entry(f[0]).or_default();
                    if list.iter().any(|(s, _)| *s == f) {
                        return Err(format!("line {}: sequence listed twice", n + 1));
                    }
                    list.push((f, to_c));
                }
                "seq" => return Err(format!("line {}: seq needs two or more characters", n + 1)),
                _ => return Err(format!("line {}: unknown kind (ts, look, seq)", n + 1)),
            }
        }
        let direct: HashMap<char, char> = raw_single.iter().copied().collect();
        for (a, b) in raw_single {
            // Resolve one chain step (帳 -> 帐 -> 账); longer chains are errors.
            let c = direct.get(&b).copied().unwrap_or(b);
            if direct.contains_key(&c) || c == a {
                return Err(format!("folding of U+{:04X} chains more than once or loops", a as u32));
            }
            t.single.insert(a, c);
            t.single_filter.insert(a);
            if (CJK_LO..CJK_HI).contains(&(a as u32)) {
                if t.cjk.is_empty() {
                    t.cjk = vec![0; (CJK_HI - CJK_LO) as usize];
                }
                // A target that does not fit (outside the BMP, or U+FFFF
                // itself) is marked FAR and read from the map.
                let v = c as u32;
                t.cjk[(a as u32 - CJK_LO) as usize] = if v == 0 || v >= FAR as u32 { FAR } else { v as u16 };
            }
        }
        for &first in t.seqs.keys() {
            t.seq_filter.insert(first);
            if first.is_ascii() {
                t.ascii_seq[first as usize >> 6] |= 1 << (first as u32 & 63);
            }
        }
        for list in t.seqs.values_mut() {
            // Sequence sources are matched after single folding: a source
            // holding a folded-away character could never match.
            crate::small_sort::sort_by_key(list, |s| std::cmp::Reverse(s.0.len()));
        }
        for list in t.seqs.values() {
            for (s, _) in list {
                if s.iter().any(|c| t.single.contains_key(c)) {
                    return Err("a seq source holds a character that single folding changes".into());
                }
            }
        }
        Ok(t)
    }

    pub fn len(&self) -> usize {
        self.single.len() + self.seqs.values().map(Vec::len).sum::<usize>()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Normalizes `text` (the caller clips it). The result has one entry per
    /// kept character; separators are dropped and noted in `gap`.
    pub fn normalize(&self, text: &str) -> Vec<NChar> {
        let (mut out, mut scratch) = (Vec::new(), Vec::new());
        self.normalize_into(text, &mut out, &mut scratch);
        out
    }

    /// [`normalize`](Self::normalize) into caller-owned buffers (cleared
    /// first), so a caller that analyzes many texts allocates once.
    pub fn normalize_into(&self, text: &str, first: &mut Vec<NChar>, scratch: &mut Vec<NChar>) {
        first.clear();
        first.reserve(text.len() + 4);
        let mut gap = true;
        // Later passes run only when a character that needs them was seen:
        // the look-alike pass, and the sequence pass from the first place a
        // folded sequence could start.
        let mut lookalikes = false;
        let mut seq_from = usize::MAX;
        let bytes = text.as_bytes();
        let mut i = 0;
        // Bytes, not chars: ASCII (case folding only: no table entry folds
        // ASCII) and the CJK block (three-byte characters, dense table) are
        // decoded in place; everything else takes the general path.
        while i < bytes.len() {
            let b0 = bytes[i];
            if b0 < 0x80 {
                let t = ASCII_FOLD[b0 as usize];
                if t == 0 {
                    gap = true;
                } else {
                    lookalikes |= t & LOOKALIKE_BIT != 0;
                    let b = t & !LOOKALIKE_BIT;
                    if (self.ascii_seq[(b >> 6) as usize] >> (b & 63)) & 1 != 0
                        && seq_from == usize::MAX
                        && (gap || first.last().map_or(true, |p| !p.c.is_ascii_alphanumeric()))
                    {
                        seq_from = first.len();
                    }
                    first.push(NChar { c: b as char, start: i as u32, end: i as u32 + 1, gap });
                    gap = false;
                }
                i += 1;
                continue;
            }
            // E4..E9 lead the three-byte characters U+4000..U+9FFF; the
            // string is valid UTF-8, so two continuation bytes follow.
            if (0xE4..=0xE9).contains(&b0) && i + 2 < bytes.len() {
                let u = ((b0 as u32 & 0x0F) << 12)
                    | ((bytes[i + 1] as u32 & 0x3F) << 6)
                    | (bytes[i + 2] as u32 & 0x3F);
                if u >= CJK_LO {
                    let f = self.cjk.get((u - CJK_LO) as usize).copied().unwrap_or(0);
                    let c = match f {
                        // Unfolded: an ideograph, a word character.
                        0 => char::from_u32(u),
                        FAR => char::from_u32(u).map(|c| self.single.get(&c).copied().unwrap_or(c)),
                        f => char::from_u32(f as u32),
                    };
                    if let Some(c) = c.filter(|&c| f == 0 || is_word_char(c)) {
                        if self.seq_filter.may_contain(c) {
                            seq_from = seq_from.min(first.len());
                        }
                        first.push(NChar { c, start: i as u32, end: i as u32 + 3, gap });
                        gap = false;
                    } else {
                        gap = true;
                    }
                    i += 3;
                    continue;
                }
            }
            let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else { break };
            let (start, end) = (i as u32, (i + c.len_utf8()) as u32);
            i += c.len_utf8();
            if let Some(s) = enclosed(c) {
                for d in s.chars() {
                    first.push(NChar { c: d, start, end, gap });
                    gap = false;
                }
                continue;
            }
            let c = fold_width_case(c);
            let c =
                if self.single_filter.may_contain(c) { self.single.get(&c).copied().unwrap_or(c) } else { c };
            if is_word_char(c) || matches!(c, '@' | '$' | '!' | '|') {
                lookalikes |= matches!(c, '0' | '1' | '3' | '4' | '5' | '7' | '@' | '$' | '!' | '|');
                if self.seq_filter.may_contain(c) {
                    seq_from = seq_from.min(first.len());
                }
                first.push(NChar { c, start, end, gap });
                gap = false;
            } else {
                gap = true;
            }
        }
        if lookalikes {
            resolve_lookalike_symbols(first);
        }
        if seq_from >= first.len() {
            return;
        }
        // Most texts hold no folded sequence: then no second pass.
        let Some(mut i) = (seq_from..first.len())
            .find(|&i| self.seq_filter.may_contain(first[i].c) && self.seq_at(first, i).is_some())
        else {
            return;
        };
        let out = scratch;
        out.clear();
        out.extend_from_slice(&first[..i]);
        while i < first.len() {
            if let Some((len, to)) = self.seq_at(first, i) {
                let (start, end, gap) = (first[i].start, first[i + len - 1].end, first[i].gap);
                for (k, &c) in to.iter().enumerate() {
                    out.push(NChar { c, start, end, gap: gap && k == 0 });
                }
                i += len;
            } else {
                out.push(first[i]);
                i += 1;
            }
        }
        std::mem::swap(first, out);
    }

    fn seq_at<'a>(&'a self, s: &[NChar], i: usize) -> Option<(usize, &'a [char])> {
        let c = s[i].c;
        if !self.seq_filter.may_contain(c) || (c.is_ascii() && !starts_token(s, i)) {
            return None;
        }
        let list = self.seqs.get(&s[i].c)?;
        for (from, to) in list {
            let Some(window) = s.get(i..i + from.len()) else { continue };
            if !window.iter().zip(from).all(|(n, c)| n.c == *c) {
                continue;
            }
            // ASCII sources ("wx", "zfb") only as whole tokens, not inside a word.
            if from[0].is_ascii_alphanumeric() && !starts_token(s, i) {
                continue;
            }
            if from[from.len() - 1].is_ascii_alphanumeric() && !ends_token(s, i + from.len()) {
                continue;
            }
            return Some((from.len(), to));
        }
        None
    }
}

/// True when the character at `i` begins an ASCII token (nothing ASCII
/// alphanumeric glued before it).
pub fn starts_token(s: &[NChar], i: usize) -> bool {
    i == 0 || s[i].gap || !s[i - 1].c.is_ascii_alphanumeric()
}

/// True when an ASCII token ends before index `end`.
pub fn ends_token(s: &[NChar], end: usize) -> bool {
    end >= s.len() || s[end].gap || !s[end].c.is_ascii_alphanumeric()
}

/// Full-width ASCII to half-width, ideographic space to space, then lower case.
#[inline]
pub fn fold_width_case(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let u = c as u32;
    match u {
        0xFF01..=0xFF5E => char::from_u32(u - 0xFEE0).map_or(c, |c| c.to_ascii_lowercase()),
        0x3000 => ' ',
        // CJK and everything after it has no case: skip the Unicode tables.
        0x2E80.. => c,
        _ if c.is_uppercase() => {
            // Cyrillic/Greek capitals and the like; keep the character when
            // the lower case is not a single character.
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(x), None) => x,
                _ => c,
            }
        }
        _ => c,
    }
}

/// Letters, digits and CJK ideographs are kept; the rest separates.
#[inline]
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c as u32, 0x4E00..=0x9FFF) || (!c.is_ascii() && c.is_alphanumeric())
}

/// Circled, parenthesized and dotted numbers and circled letters, as plain text.
fn enclosed(c: char) -> Option<&'static str> {
    const DIGITS: [&str; 21] = [
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17",
        "18", "19", "20",
    ];
    const LETTERS: [&str; 26] = [
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
        "u", "v", "w", "x", "y", "z",
    ];
    let u = c as u32;
    if !(0x2460..=0x2793).contains(&u) {
        return None;
    }
    let d = |base: u32, first: usize| DIGITS.get((u - base) as usize + first).copied();
    match u {
        0x2460..=0x2473 => d(0x2460, 1),                                // ① .. ⑳
        0x2474..=0x2487 => d(0x2474, 1),                                // ⑴ .. ⒇
        0x2488..=0x249B => d(0x2488, 1),                                // ⒈ .. ⒛
        0x24EA => Some("0"),                                            // ⓪
        0x24F5..=0x24FE => d(0x24F5, 1),                                // ⓵ .. ⓾
        0x2776..=0x277F => d(0x2776, 1),                                // ❶ .. ❿
        0x2780..=0x2789 => d(0x2780, 1),                                // ➀ .. ➉
        0x278A..=0x2793 => d(0x278A, 1),                                // ➊ .. ➓
        0x24B6..=0x24CF => LETTERS.get((u - 0x24B6) as usize).copied(), // Ⓐ .. Ⓩ
        0x24D0..=0x24E9 => LETTERS.get((u - 0x24D0) as usize).copied(), // ⓐ .. ⓩ
        0x249C..=0x24B5 => LETTERS.get((u - 0x249C) as usize).copied(), // ⒜ .. ⒵
        _ => None,
    }
}

/// Digits and symbols inside Latin words are look-alike letters (paypa1,
/// amaz0n, g00gle, p@ypal, micro$oft, dev!ce, not!ced); digits in numbers (95588, 24小时,
/// OTP123456, 5pm) stay digits: a run of look-alike digits counts only right
/// after a letter and when no other digit follows. `@`/`$`/`!`/`|` that are
/// not between letters are separators.
fn resolve_lookalike_symbols(s: &mut Vec<NChar>) {
    fn lookalike(c: char) -> Option<char> {
        Some(match c {
            '0' => 'o',
            '1' => 'l', // 'i' inside a word, see below
            '3' => 'e',
            '4' => 'a',
            '5' => 's',
            '7' => 't',
            '@' => 'a',
            '$' => 's',
            '!' | '|' => 'i',
            _ => return None,
        })
    }
    let glued_letter = |s: &[NChar], i: usize| i < s.len() && !s[i].gap && s[i].c.is_ascii_lowercase();
    let mut i = 0;
    while i < s.len() {
        if !matches!(s[i].c, '0' | '1' | '3' | '4' | '5' | '7' | '@' | '$' | '!' | '|') {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < s.len() && !s[end].gap && lookalike(s[end].c).is_some() {
            end += 1;
        }
        let after_letter = i > 0 && !s[i].gap && s[i - 1].c.is_ascii_lowercase();
        let next_digit = end < s.len() && !s[end].gap && s[end].c.is_ascii_digit();
        let symbols_ok = s[i..end].iter().all(|n| n.c.is_ascii_digit()) || glued_letter(s, end);
        if after_letter && !next_digit && symbols_ok && end - i <= 3 {
            let inside_word = glued_letter(s, end);
            for n in &mut s[i..end] {
                // ver1fy, netfl1x (inside a word) but paypa1 (at the end).
                n.c = if n.c == '1' && inside_word { 'i' } else { lookalike(n.c).unwrap_or(n.c) };
            }
        } else {
            for k in i..end {
                if matches!(s[k].c, '@' | '$' | '!' | '|') {
                    // Not a look-alike: a separator, removed below.
                    s[k].c = '\u{0}';
                    if k + 1 < s.len() {
                        s[k + 1].gap = true;
                    }
                }
            }
        }
        i = end;
    }
    s.retain(|n| n.c != '\u{0}');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> FoldTable {
        FoldTable::parse(include_str!("../../data/fold.tsv")).expect("valid fold table")
    }

    fn norm(t: &FoldTable, s: &str) -> String {
        t.normalize(s).iter().map(|n| n.c).collect()
    }

    #[test]
    fn folds_traditional_width_case_and_enclosed_digits() {
        let t = table();
        assert_eq!(norm(&t, "您的帳戶已凍結"), "您的账户已冻结");
        assert_eq!(norm(&t, "ＯＴＰ１２３"), "otp123");
        assert_eq!(norm(&t, "验证码①②③"), "验证码123");
        assert_eq!(norm(&t, "轉賬匯款銀行驗證碼"), "转账汇款银行验证码");
    }

    #[test]
    fn folds_lookalikes_and_fillers() {
        let t = table();
        assert_eq!(norm(&t, "贷 款"), "贷款");
        assert_eq!(norm(&t, "贷*款"), "贷款");
        assert_eq!(norm(&t, "支浮宝"), "支付宝");
        assert_eq!(norm(&t, "加薇信"), "加微信");
        assert_eq!(norm(&t, "V信"), "微信");
        assert_eq!(norm(&t, "银彳亍"), "银行");
        assert_eq!(norm(&t, "刷単"), "刷单");
        assert_eq!(norm(&t, "绵費"), "免费");
        assert_eq!(norm(&t, "加扣扣"), "加qq");
        assert_eq!(norm(&t, "paypa1 amaz0n p@ypal g00gle ver1fy"), "paypalamazonpaypalgoogleverify");
        // '!' and '|' inside a word are an i; at a word's end they are punctuation.
        assert_eq!(norm(&t, "dev!ce not|ced Hi! you"), "devicenoticedhiyou");
        assert!(t.normalize("Hi! you")[2].gap);
        // Cyrillic а and о.
        assert_eq!(norm(&t, "pаypal amazоn"), "paypalamazon");
        // Cyrillic capitals read in lower case, and marked Latin letters.
        assert_eq!(norm(&t, "Тгuist ассоuпt Ьееп ÙŠÐТ"), "truistaccountbeenusdt");
    }

    #[test]
    fn numbers_stay_numbers() {
        let t = table();
        assert_eq!(norm(&t, "95588 24小时 OTP 123456"), "9558824小时otp123456");
        assert_eq!(norm(&t, "OTP123456"), "otp123456");
        assert_eq!(norm(&t, "mail me @ 5pm"), "mailme5pm");
    }

    #[test]
    fn ascii_sequences_only_as_tokens() {
        let t = table();
        assert_eq!(norm(&t, "加vx"), "加微信");
        assert_eq!(norm(&t, "vxyz"), "vxyz");
    }

    #[test]
    fn spans_point_at_the_original_text() {
        let t = table();
        let text = "請 勿 凍 結";
        let n = t.normalize(text);
        let last = n.last().expect("chars");
        assert_eq!(&text[last.start as usize..last.end as usize], "結");
        assert!(n[1].gap);
        let text = "①号";
        let n = t.normalize(text);
        assert_eq!(&text[n[0].start as usize..n[1].end as usize], "①号");
    }

    #[test]
    fn fast_paths_agree_with_the_general_path() {
        let t = table();
        // The general path alone, character by character.
        let general = |c: char| -> Option<char> {
            let c = fold_width_case(c);
            let c = t.single.get(&c).copied().unwrap_or(c);
            (is_word_char(c) || c == '@' || c == '$').then_some(c)
        };
        let mut sample: Vec<char> = (0u32..0x80).filter_map(char::from_u32).collect();
        sample.extend((0x4E00u32..0xA000).step_by(7).filter_map(char::from_u32));
        sample.extend(t.single.keys().copied());
        sample.extend("【】，。、；：？！「」『』（）《》…—·".chars());
        for c in sample {
            let text = format!("{c}");
            let want: Vec<char> = general(c).into_iter().collect();
            let got: Vec<char> = t.normalize(&text).iter().map(|n| n.c).collect();
            // A lone '@'/'$' is dropped by the look-alike pass, and sequence
            // starts may be rewritten: both are later passes, not folding.
            if matches!(c, '@' | '$') || t.seqs.contains_key(&c) {
                continue;
            }
            assert_eq!(got, want, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn rejects_broken_tables() {
        // The shipped copy's pairs line folds as the lines it replaces.
        let pairs = FoldTable::parse("ts:丟丢並并\n").unwrap();
        let lines = FoldTable::parse("丟\t丢\tts\n並\t并\tts\n").unwrap();
        assert_eq!(norm(&pairs, "丟並"), norm(&lines, "丟並"));
        assert_eq!(norm(&pairs, "丟並"), "丢并");
        assert!(FoldTable::parse("ts:丟丢並").is_err());
        assert!(FoldTable::parse("ts:丟丢丟并").is_err());
        assert!(FoldTable::parse("a\tb").is_err());
        assert!(FoldTable::parse("a\ta\tlook").is_err());
        assert!(FoldTable::parse("ab\tc\tlook").is_err());
        assert!(FoldTable::parse("a\tb\tlook\na\tc\tlook").is_err());
        assert!(FoldTable::parse("a\tb\tlook\nb\ta\tlook").is_err());
        assert!(FoldTable::parse("A\tb\tlook").is_err());
        assert!(FoldTable::parse("a\tb\tnope").is_err());
        assert!(FoldTable::parse("a\tb\tlook\nab\tc\tseq").is_err());
        assert_eq!(FoldTable::parse("# c\n\na\tb\tlook\nxy\tz\tseq").map(|t| t.len()), Ok(2));
    }
}
