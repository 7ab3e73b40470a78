//! Links in message text, and whether they go to a genuine service.
//!
//! A link is `scheme://host`, `www.host`, or a bare `name.tld` whose last label
//! is a known top-level domain (`t.cn/Ab3`, `etc-renzheng.top`, `12306.cn`).
//! Text is read through a lower-case, half-width ASCII view in which every
//! other character is a space, so `点击t.cn/A6ZX完成` yields `t.cn/a6zx`.

use super::super::vocab::Vocabulary;

/// What the links of a text look like.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Links {
    /// Any link at all.
    pub any: bool,
    /// A link to a host not on the official allow-list.
    pub unofficial: bool,
    /// A link through a known shortener.
    pub short: bool,
    /// Byte span (original text) of the first link that is not official, or
    /// else of the first link.
    pub span: Option<(usize, usize)>,
}

/// Bytes that may appear in a link token, as a 128-bit set.
const TOKEN: u128 = {
    let mut set = 0u128;
    let extra = b"./:-_?=&%#~+@";
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        if b.is_ascii_alphanumeric() {
            set |= 1 << i;
        }
        i += 1;
    }
    let mut k = 0;
    while k < extra.len() {
        set |= 1 << extra[k];
        k += 1;
    }
    set
};

#[inline]
fn token_byte(b: u8) -> bool {
    b < 128 && TOKEN & (1 << b) != 0
}

/// Finds the links of `text` (already clipped by the caller).
pub fn find_links(text: &str, v: &Vocabulary) -> Links {
    // Every link has a dot (host names) or a full-width/ideographic one.
    if !text.bytes().any(|b| b == b'.') && !text.contains(['。', '．']) {
        return Links::default();
    }
    let mut links = Links::default();
    // The current token, one byte per character, and its byte range.
    let mut tok: Vec<u8> = Vec::with_capacity(64);
    let (mut start, mut has_dot) = (0usize, false);
    let take = |tok: &[u8], span: (usize, usize), links: &mut Links| {
        let Some(host) = host_of(tok, v) else { return };
        // The host or any parent domain of it (a.b.icbc.com.cn -> icbc.com.cn).
        let official = v.official_set.contains(host)
            || host.iter().enumerate().any(|(i, &b)| b == b'.' && v.official_set.contains(&host[i + 1..]));
        let short = v.short_set.contains(host);
        if !links.any || (!official && !links.unofficial) {
            links.span = Some(span);
        }
        links.any = true;
        links.unofficial |= !official;
        links.short |= short;
    };
    // Bytes, not chars: links are ASCII. Of the other characters only the
    // full-width forms (U+FF01..U+FF5E: EF BC xx / EF BD xx) and the
    // ideographic full stop (U+3002: E3 80 82) can be part of one; every
    // other non-ASCII character separates, and its continuation bytes
    // (0x80..0xBF) are skipped.
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let lead = bytes[i];
        let at = i;
        let b = if lead < 0x80 {
            i += 1;
            lead.to_ascii_lowercase()
        } else {
            let len = match lead {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0.. => 4,
                _ => 1,
            };
            i += len;
            if lead == 0xEF || lead == 0xE3 {
                let c = text[at..].chars().next().unwrap_or(' ');
                match super::super::normalize::fold_width_case(c) {
                    '。' | '．' => b'.',
                    c if c.is_ascii() => c as u8,
                    _ => b' ',
                }
            } else {
                b' '
            }
        };
        if token_byte(b) {
            if tok.is_empty() {
                start = at;
            }
            has_dot |= b == b'.';
            tok.push(b);
        } else if !tok.is_empty() {
            // Only tokens with a dot can be links: words are skipped cheaply.
            if has_dot {
                take(&tok, (start, at), &mut links);
            }
            tok.clear();
            has_dot = false;
        }
    }
    if has_dot {
        take(&tok, (start, text.len()), &mut links);
    }
    links
}

/// The host of a token that is a link, lower-case ASCII.
fn host_of<'a>(tok: &'a [u8], v: &Vocabulary) -> Option<&'a [u8]> {
    let trim = |s: &'a [u8]| {
        let mut s = s;
        while let [rest @ .., b'.' | b':' | b'-' | b'?' | b'#'] = s {
            s = rest;
        }
        s
    };
    let find = |s: &[u8], pat: &[u8]| s.windows(pat.len()).position(|w| w == pat);
    let (rest, explicit) = if let Some(p) = find(tok, b"://") {
        (&tok[p + 3..], true)
    } else if let Some(p) = find(tok, b"www.") {
        (&tok[p..], true)
    } else {
        (tok, false)
    };
    let host_end = rest.iter().position(|b| b"/:?#".contains(b)).unwrap_or(rest.len());
    let host = trim(&rest[..host_end]);
    if host.contains(&b'@') {
        // An e-mail address, not a link.
        return None;
    }
    if explicit {
        return (!host.is_empty()).then_some(host);
    }
    let mut labels = host.split(|&b| b == b'.');
    let first = labels.next()?;
    let last = host.rsplit(|&b| b == b'.').next()?;
    if first.is_empty() || last.len() < 2 || !host.contains(&b'.') {
        return None;
    }
    if host.split(|&b| b == b'.').any(|l| l.is_empty()) {
        return None;
    }
    v.tld_set.contains(last).then_some(host)
}
