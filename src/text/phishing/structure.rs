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
    let mut tok: Vec<u8> = Vec::new();
    let (mut start, mut has_dot) = (0usize, false);
    let take = |tok: &[u8], span: (usize, usize), links: &mut Links| {
        let Some(host) = host_of(tok, v) else { return };
        let official = v.official_domains.iter().any(|d| {
            host.len() >= d.len()
                && host.ends_with(d.as_bytes())
                && (host.len() == d.len() || host[host.len() - d.len() - 1] == b'.')
        });
        let short = v.short_links.iter().any(|d| host == d.as_bytes());
        if !links.any || (!official && !links.unofficial) {
            links.span = Some(span);
        }
        links.any = true;
        links.unofficial |= !official;
        links.short |= short;
    };
    for (i, c) in text.char_indices() {
        let b = match super::super::normalize::fold_width_case(c) {
            '。' | '．' => b'.',
            c if c.is_ascii() => c as u8,
            _ => b' ',
        };
        if token_byte(b) {
            if tok.is_empty() {
                start = i;
            }
            has_dot |= b == b'.';
            tok.push(b);
        } else if !tok.is_empty() {
            // Only tokens with a dot can be links: words are skipped cheaply.
            if has_dot {
                take(&tok, (start, i), &mut links);
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
    v.tlds.iter().any(|t| t.as_bytes() == last).then_some(host)
}
