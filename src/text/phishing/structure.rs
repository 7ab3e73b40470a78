//! Links in message text, and whether they go to a genuine service.
//!
//! A link is `scheme://host`, `www.host`, or a bare `name.tld` whose last label
//! is a known top-level domain (`t.cn/Ab3`, `etc-renzheng.top`, `12306.cn`).
//! Text is read through a lower-case, half-width ASCII view in which every
//! other character is a space, so `点击t.cn/A6ZX完成` yields `t.cn/a6zx`.

use super::super::vocab::{closing_bracket, host_under, Vocabulary, OPENING_BRACKETS};

/// What the links of a text look like.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Links {
    /// Any link at all.
    pub any: bool,
    /// A link to a host not on the official allow-list.
    pub unofficial: bool,
    /// A link through a known shortener.
    pub short: bool,
    /// An official link to a government's host (a `gov` or `mil` label:
    /// hketoll.gov.hk, mvdis.gov.tw, irs.gov), which no one else can publish on.
    pub government: bool,
    /// Byte span (original text) of the first link that is not official, or
    /// else of the first link.
    pub span: Option<(usize, usize)>,
    /// A link to a host that wears an official domain's name without being
    /// under it (`paypal.com.verify-id.top`, `myship-7-11.shop-tw.cc`,
    /// `sbi-kyc.in`): a look-alike, whatever the text around it says.
    pub lookalike: bool,
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

/// A character as a link byte: ASCII lower case, full-width forms folded,
/// `。`/`．` as dots; anything else is a space (a separator).
#[inline]
fn link_byte(c: char) -> u8 {
    if c.is_ascii() {
        return (c as u8).to_ascii_lowercase();
    }
    match super::super::normalize::fold_width_case(c) {
        '。' | '．' => b'.',
        c if c.is_ascii() => c as u8,
        _ => b' ',
    }
}

/// The next dot at or after byte `from`: `.`, `。` (E3 80 82) or `．`
/// (EF BC 8E). The wide dots are found by their last byte, a continuation
/// byte that few CJK characters share (their lead bytes E3/EF open all CJK
/// punctuation).
fn next_dot(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while i < bytes.len() {
        let p = i + bytes[i..].iter().position(|&b| b == b'.' || b == 0x82 || b == 0x8E)?;
        match bytes[p] {
            b'.' => return Some(p),
            0x82 if p >= from + 2 && bytes[p - 2..p] == [0xE3, 0x80] => return Some(p - 2),
            0x8E if p >= from + 2 && bytes[p - 2..p] == [0xEF, 0xBC] => return Some(p - 2),
            _ => i = p + 1,
        }
    }
    None
}

/// Finds the links of `text` (already clipped by the caller).
///
/// Every link has a dot, and most text has few: the scan jumps from dot to
/// dot and widens each one to its token (the run of link characters around
/// it), instead of reading every character.
pub fn find_links(text: &str, v: &Vocabulary) -> Links {
    // "sign-in[.]example[.]com", "hxxps://…": warnings and reports defang the
    // links they quote so nobody clicks them; the quoted message had a link.
    if text.contains("[.]") || text.contains("(.)") || text.contains("hxxp") || text.contains("http[s]") {
        return defanged(text, v);
    }
    scan_links(text, v)
}

/// [`scan_links`] of `text` with its links refanged (`[.]` and `(.)` to `.`,
/// `http[s]` to `https`, `hxxp` to `http`); spans point at `text`.
fn defanged(text: &str, v: &Vocabulary) -> Links {
    let mut plain = String::with_capacity(text.len());
    // Byte offset in `text` of every byte of `plain`, and of its end.
    let mut at: Vec<usize> = Vec::with_capacity(text.len() + 1);
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        let (keep, skip): (&str, usize) = if rest.starts_with(b"[.]") || rest.starts_with(b"(.)") {
            (".", 3)
        } else if rest.starts_with(b"http[s]") {
            ("https", 7)
        } else if rest.starts_with(b"hxxp") {
            ("http", 4)
        } else {
            let n = text[i..].chars().next().map_or(1, char::len_utf8);
            (&text[i..i + n], n)
        };
        plain.push_str(keep);
        at.extend(std::iter::repeat(i).take(keep.len()));
        i += skip;
    }
    at.push(text.len());
    let mut links = scan_links(&plain, v);
    links.span = links.span.map(|(s, e)| {
        // The end maps past the last kept byte's source.
        let end = if e == 0 { at[0] } else { at[e - 1] + 1 };
        let mut end = end;
        while !text.is_char_boundary(end) {
            end += 1;
        }
        (at[s], end)
    });
    links
}

fn scan_links(text: &str, v: &Vocabulary) -> Links {
    let mut links = Links::default();
    let mut tok: Vec<u8> = Vec::with_capacity(64);
    let is_tok = |c: char| token_byte(link_byte(c));
    let bytes = text.as_bytes();
    let mut from = 0usize;
    while let Some(dot) = next_dot(bytes, from) {
        // Widen left, not past the end of the previous token.
        let mut start = dot;
        while let Some(c) = text[from..start].chars().next_back() {
            if !is_tok(c) {
                break;
            }
            start -= c.len_utf8();
        }
        let mut end = dot;
        for c in text[dot..].chars() {
            if !is_tok(c) {
                break;
            }
            end += c.len_utf8();
        }
        if !written_as_a_name(&text[start..end]) {
            tok.clear();
            tok.extend(text[start..end].chars().map(link_byte));
            take(&tok, (start, end), text, v, &mut links);
        }
        // The dot is a token character, so `end` is past it; the fallback
        // only guards the slicing above against a future change of that.
        from = if end > dot { end } else { dot + text[dot..].chars().next().map_or(1, char::len_utf8) };
    }
    if !links.any {
        placeholder(text, v, &mut links);
    }
    if !links.any {
        scheme_without_host(text, &mut links);
    }
    links
}

/// A host written in capitals with no scheme, `www.` or path ("BOOKING.COM",
/// "BESTBUY.COM", "GOV.UK"): a card statement's merchant or a body's name, as bank
/// alerts and receipts print them ("declined at BOOKING.COM"), not an address to
/// open. A link someone wants tapped is written as one.
fn written_as_a_name(raw: &str) -> bool {
    let raw = raw.trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
    raw.bytes().any(|b| b.is_ascii_uppercase())
        && !raw.bytes().any(|b| b.is_ascii_lowercase() || b == b'/')
        && !raw.starts_with("WWW.")
}

/// "https://×××.×××/×××", "http://cdn……": a scheme whose address whoever quoted
/// the message masked or cut. The message had a link, and not a genuine
/// service's (nobody masks those).
fn scheme_without_host(text: &str, links: &mut Links) {
    let b = text.as_bytes();
    let is = |p: usize, n: usize, scheme: &[u8]| p >= n && b[p - n..p].eq_ignore_ascii_case(scheme);
    let scheme = b.windows(3).position(|w| w == b"://").and_then(|p| {
        let start = if is(p, 5, b"https") {
            p - 5
        } else if is(p, 4, b"http") {
            p - 4
        } else {
            return None;
        };
        // Masks or an ellipsis right after the scheme, or a word with no dot
        // ("https://scam-link-address"): the host was taken out. "Check the
        // address starts with https://" names a scheme, it is no link.
        let rest = &text[p + 3..];
        let word: &str = rest.split(|c: char| c.is_whitespace() || !c.is_ascii()).next().unwrap_or("");
        let placeholder = word.starts_with(|c: char| c.is_ascii_alphanumeric()) && !word.contains('.');
        let masked_host = rest.starts_with(['×', '*', '…', '＊']) || placeholder;
        masked_host.then_some((start, p + 3))
    });
    // "点击 ***.***.cn": the host masked label by label ("xxx.xxx.4000" is a
    // masked US number, so only `*` and `×` count).
    let masked = || {
        ["***.", "×××."]
            .iter()
            .find_map(|m| text.find(m).map(|at| (at, at + m.len())))
            .or_else(|| address_taken_out(text))
    };
    if let Some(span) = scheme.or_else(masked) {
        links.any = true;
        links.unofficial = true;
        links.span = Some(span);
    }
}

/// Verbs that send the reader to an address: 进, 登录, 访问, 打开, "visit".
const GO_WORDS: [&str; 8] = ["进", "進", "登录", "登入", "访问", "訪問", "打开", "visit "];

/// "請進******申換", "visit ****": a go-to verb, then four or more masks: the
/// address whoever quoted the message took out.
fn address_taken_out(text: &str) -> Option<(usize, usize)> {
    for w in GO_WORDS {
        for (at, _) in text.match_indices(w) {
            let start = at + w.len();
            let (n, len) = super::masks_at(&text[start..], |c| usize::from(matches!(c, '*' | '×' | '＊')));
            if n >= 4 {
                return Some((at, start + len));
            }
        }
    }
    None
}

/// A link taken out by whoever quoted the message (`[link]`, `[网址]`): the
/// message had one, and nobody quotes a genuine service's link that way. Every
/// placeholder opens with a bracket (checked when the vocabulary loads), so it
/// is looked for only where the text opens one: most texts have none, and a
/// text with a link never gets here.
fn placeholder(text: &str, v: &Vocabulary, links: &mut Links) {
    if v.link_placeholders.is_empty() && v.link_words.is_empty() {
        return;
    }
    let opens: Vec<usize> =
        text.char_indices().filter(|&(_, c)| OPENING_BRACKETS.contains(&c)).map(|(i, _)| i).collect();
    let listed = v.link_placeholders.iter().find_map(|p| {
        let p = p.as_bytes();
        opens
            .iter()
            .find(|&&at| text.as_bytes().get(at..at + p.len()).is_some_and(|w| w.eq_ignore_ascii_case(p)))
            .map(|&at| (at, at + p.len()))
    });
    let span =
        listed.or_else(|| opens.iter().find_map(|&at| link_note(&text[at..], v).map(|len| (at, at + len))));
    if let Some(span) = span {
        links.any = true;
        links.unofficial = true;
        links.span = Some(span);
    }
}

/// The longest bracketed note read as a placeholder, in characters.
const NOTE_CHARS: usize = 24;

/// The byte length of a bracketed note at the start of `s` that names a link
/// (`[url redacted]`, `[FAKE NZTA LINK]`, `(此处为链接)`). Only letters, spaces
/// and hyphens may stand inside: a template's `((call_url))`, a number or an
/// address in brackets is something else.
fn link_note(s: &str, v: &Vocabulary) -> Option<usize> {
    let mut chars = s.char_indices();
    let (_, open) = chars.next()?;
    let close = closing_bracket(open)?;
    for (n, (i, c)) in chars.enumerate() {
        if c == close {
            let inner = s[open.len_utf8()..i].to_lowercase();
            let named = v.link_words.iter().any(|w| {
                if w.is_ascii() {
                    inner.split([' ', '-']).any(|word| word == w)
                } else {
                    inner.contains(w.as_str())
                }
            });
            return named.then_some(i + close.len_utf8());
        }
        if n >= NOTE_CHARS || !(c.is_alphabetic() || c == ' ' || c == '-') {
            return None;
        }
    }
    None
}

fn take(tok: &[u8], span: (usize, usize), text: &str, v: &Vocabulary, links: &mut Links) {
    // An app package to download whose address whoever quoted it cut
    // ("http://cdn……XXshenqi.apk"): a sideload link from a host nobody can see,
    // as hidden as a shortener's. With its host in view it is read by its host
    // (a company's own download page is ordinary).
    let Some(host) = host_of(tok, v) else {
        let mut end = tok;
        while let [rest @ .., b'.' | b'?' | b'/' | b'#'] = end {
            end = rest;
        }
        if end.len() > 4 && end.ends_with(b".apk") {
            if !links.any || !links.unofficial {
                links.span = Some(span);
            }
            links.any = true;
            links.unofficial = true;
            links.short = true;
        }
        return;
    };
    let under_official = under_official(host, v);
    let official = under_official && !user_content(tok, host, v);
    if wears_mask(tok, host)
        || (!under_official && (wears_brand(host, v) || wears_own_name(host, text, span)))
    {
        if !links.lookalike {
            links.span = Some(span);
        }
        links.lookalike = true;
    }
    // A bare IPv4 address hides who runs the site, as a shortener does; so does a
    // throwaway name a machine made (`j28x69.com`, `fqd-92b7.com`).
    let short = v.short_set.contains(host) || is_ipv4(host) || (!official && machine_made(host));
    if !links.lookalike && (!links.any || (!official && !links.unofficial)) {
        links.span = Some(span);
    }
    links.any = true;
    links.unofficial |= !official;
    links.short |= short;
    links.government |= official && host.split(|&b| b == b'.').any(|l| l == b"gov" || l == b"mil");
}

/// Whether the link puts a name before its host with an `@`
/// (`https://www.unionbank.org_@bit.ly/x`): the reader sees the first name, the
/// browser opens the second. No genuine service writes its links that way.
fn wears_mask(tok: &[u8], host: &[u8]) -> bool {
    // `host` is a slice of `tok`: the byte before it is the `@`, and a name
    // stands before that (`@shop.sg` alone is a social-media handle).
    let at = (host.as_ptr() as usize).saturating_sub(tok.as_ptr() as usize);
    at >= 2 && tok[at - 1] == b'@' && (tok[at - 2].is_ascii_alphanumeric() || tok[at - 2] == b'_')
}

/// The shortest name a text and its host must share to count (`citi`, `ebay`).
const OWN_NAME_MIN: usize = 4;

/// Whether the host's registered name joins, with hyphens, a name the text itself
/// goes by to other words (`COMERICA: … visit alert-comerica.com`, `Bendigo …
/// bendigo-secure-online.com`): the sender named a firm and links to a site that
/// only wears its name. A firm's own site is its name alone (`comerica.com`);
/// the official list cannot name every credit union, the text can.
fn wears_own_name(host: &[u8], text: &str, span: (usize, usize)) -> bool {
    let Some(name) = registered_name(host) else {
        return false;
    };
    if !name.contains(&b'-') {
        return false;
    }
    // Words of the text outside the link itself.
    let outside = [text.get(..span.0).unwrap_or(""), text.get(span.1..).unwrap_or("")];
    let words = || outside.into_iter().flat_map(|s| s.split(|c: char| !c.is_ascii_alphanumeric()));
    name.split(|&b| b == b'-')
        .filter(|p| p.len() >= OWN_NAME_MIN && p.iter().all(u8::is_ascii_alphabetic))
        .any(|part| words().any(|w| w.as_bytes().eq_ignore_ascii_case(part)))
}

/// Second-level labels under which a country's registry sells names (co.uk,
/// com.au, gov.in): the name before them is the registered one.
const SECOND_LEVEL: &[&[u8]] = &[b"co", b"com", b"org", b"net", b"gov", b"ac", b"edu"];

/// Whether `host` is an official domain or under one: the host or any parent
/// domain of it is listed (a.b.icbc.com.cn -> icbc.com.cn).
fn under_official(host: &[u8], v: &Vocabulary) -> bool {
    v.official_set.contains(host)
        || host.iter().enumerate().any(|(i, &b)| b == b'.' && v.official_set.contains(&host[i + 1..]))
}

/// The name a host's owner registered: the label before the top-level domain, or
/// before a country's second level (`hsbc` in `hsbc.co.uk`, `amazon` in `amazon.de`);
/// none for a single label.
fn registered_name(host: &[u8]) -> Option<&[u8]> {
    let mut labels = host.rsplit(|&b| b == b'.');
    let (top, below) = (labels.next()?, labels.next()?);
    if top.len() == 2 && SECOND_LEVEL.contains(&below) {
        if let Some(name) = labels.next() {
            return Some(name);
        }
    }
    Some(below)
}

/// Whether `host` carries an official domain's registered name as a whole
/// label or hyphen-separated part (`paypal` in `paypal.com.verify.top` and in
/// `paypal-secure.net`, not in `paypalooza.com`; `7-11` in `myship-7-11.cc`).
fn wears_brand(host: &[u8], v: &Vocabulary) -> bool {
    // The brand's own names: a brand top-level domain (payme.hsbc) or the brand as
    // the whole registered name under a country's suffix (hsbc.co.uk, amazon.de).
    // Look-alikes put the name in a subdomain or beside other words instead.
    let is_brand = |l: &[u8]| v.brand_labels.iter().any(|b| &b[1..b.len() - 1] == l);
    let top = host.rsplit(|&b| b == b'.').next();
    if top.is_some_and(is_brand) || registered_name(host).is_some_and(is_brand) {
        return false;
    }
    let mut framed = Vec::with_capacity(host.len() + 2);
    framed.push(b'-');
    framed.extend(host.iter().map(|&b| if b == b'.' { b'-' } else { b }));
    framed.push(b'-');
    v.brand_labels.iter().any(|l| framed.windows(l.len()).any(|w| w == l.as_slice()))
}

/// Whether the link is a page anyone can write under an official domain
/// (a Google Sites page, a PayPal invoice with the seller's note): the host is
/// an entry's host or under it, and the path after the host opens with the
/// entry's path.
fn user_content(tok: &[u8], host: &[u8], v: &Vocabulary) -> bool {
    // `host` is a slice of `tok`; what follows it is the path.
    let after = (host.as_ptr() as usize).saturating_sub(tok.as_ptr() as usize) + host.len();
    let path = tok.get(after..).unwrap_or_default();
    v.user_content.iter().any(|u| {
        // `/sp` is the seller path, `/spring-sale` is not.
        let p = u.path.as_bytes();
        host_under(host, u.host.as_bytes())
            && path.starts_with(p)
            && (p.is_empty() || matches!(path.get(p.len()), None | Some(b'/' | b'?' | b'#' | b'.' | b'=')))
    })
}

/// Whether the registered name of `host` looks made by a machine for one
/// campaign: it mixes digits and letters, and a hyphen-separated part of it
/// has two or more letters and no vowel (`j28x69`, `qvmq42`, `fqd-92b7`,
/// `4nby-ygpb`). Names people choose are pronounceable even with digits
/// (`pizza4u`, `1800flowers`, `o2`, `web3`).
fn machine_made(host: &[u8]) -> bool {
    let Some(name) = registered_name(host) else {
        return false;
    };
    if !name.iter().any(u8::is_ascii_digit) || !name.iter().any(u8::is_ascii_alphabetic) {
        return false;
    }
    name.split(|&b| b == b'-').any(|part| {
        let letters = part.iter().filter(|b| b.is_ascii_alphabetic()).count();
        letters >= 2
            && !part.iter().any(|b| matches!(b.to_ascii_lowercase(), b'a' | b'e' | b'i' | b'o' | b'u'))
    })
}

/// `a.b.c.d` with 1-3 digits in each of four labels.
fn is_ipv4(host: &[u8]) -> bool {
    let mut n = 0;
    for label in host.split(|&b| b == b'.') {
        n += 1;
        if label.is_empty() || label.len() > 3 || !label.iter().all(u8::is_ascii_digit) {
            return false;
        }
    }
    n == 4
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
        // "登入：date-hk.club" (the full-width colon folds to ':', a token
        // byte) or "now:sg88win.com": a bare host starts after the last
        // colon before its first dot, at a letter or digit.
        let dot = tok.iter().position(|&b| b == b'.').unwrap_or(tok.len());
        let colon = tok[..dot].iter().rposition(|&b| b == b':').map_or(0, |p| p + 1);
        let lead = tok[colon..].iter().position(u8::is_ascii_alphanumeric).map_or(tok.len(), |p| colon + p);
        (&tok[lead..], false)
    };
    let host_end = rest.iter().position(|b| b"/:?#".contains(b)).unwrap_or(rest.len());
    let mut host = trim(&rest[..host_end]);
    if let Some(at) = host.iter().rposition(|&b| b == b'@') {
        // `https://www.unionbank.org_@bit.ly/3T1`: what stands before an `@` in
        // an address is a user name the browser drops, and the page is the
        // host after it. An address with a scheme, `www.` or a path is a link;
        // `name@bank.com` alone is an e-mail address, and so is `j.lee@bank.com/`
        // (a name before the `@`, not a host: its last label is no top-level domain).
        let shown = &host[..at];
        let shown_tld = shown.rsplit(|&b| b == b'.').next().filter(|_| shown.contains(&b'.'));
        if !(explicit
            || (rest.get(host_end) == Some(&b'/') && shown_tld.is_some_and(|l| v.tld_set.contains(l))))
        {
            return None;
        }
        host = &host[at + 1..];
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
    // A host under an official domain is one whatever its country code
    // (NZ Post's `nzp.st`): the list names it.
    (v.tld_set.contains(last) || under_official(host, v)).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Analyzer;

    /// The plain per-character scan the dot-anchored one replaces.
    fn reference(text: &str, v: &Vocabulary) -> Links {
        let mut links = Links::default();
        let (mut tok, mut start) = (Vec::new(), 0);
        let flush = |tok: &mut Vec<u8>, start: usize, end: usize, links: &mut Links| {
            if tok.contains(&b'.') {
                take(tok, (start, end), text, v, links);
            }
            tok.clear();
        };
        for (i, c) in text.char_indices() {
            let b = link_byte(c);
            if token_byte(b) {
                if tok.is_empty() {
                    start = i;
                }
                tok.push(b);
            } else if !tok.is_empty() {
                flush(&mut tok, start, i, &mut links);
            }
        }
        if !tok.is_empty() {
            flush(&mut tok, start, text.len(), &mut links);
        }
        links
    }

    #[test]
    fn a_scheme_whose_address_was_masked_is_a_link() {
        let v = Analyzer::builtin().vocabulary();
        for text in ["你还是自己去看吧。https://×××.×××/×××。", "點擊 http://…… 查看"]
        {
            let l = find_links(text, v);
            assert!(l.any && l.unofficial, "{text}");
            let (s, e) = l.span.expect("span");
            assert!(text[s..e].ends_with("://"), "{text}");
        }
        for text in
            ["点击 ***.***.cn 完成验证", "visit ×××.×××/pay", "你名下的医保已停用,请进******申换电子版使用"]
        {
            assert!(find_links(text, v).unofficial, "{text}");
        }
        for text in [
            "protocol name is not a link: ftp",
            "://",
            "p://x",
            "Check the address starts with https:// before you log in",
            "call xxx.xxx.4000",
        ] {
            assert!(!find_links(text, v).any, "{text}");
        }
    }

    #[test]
    fn an_app_package_to_download_is_a_hidden_link() {
        let v = Analyzer::builtin().vocabulary();
        let l = find_links("XXX看這個:http://cdn……XXshenqi.apk", v);
        assert!(l.any && l.unofficial && l.short, "{l:?}");
        let l = find_links("安装包地址: http://hr.example-corp.cn/app/kaoqin.apk", v);
        assert!(l.any && l.unofficial && !l.short, "{l:?}");
        assert!(!find_links("the file is report.pdf", v).any);
    }

    #[test]
    fn pages_anyone_can_write_are_not_the_body_s_own() {
        let v = Analyzer::builtin().vocabulary();
        for text in [
            "https://sites.google.com/view/amazon-refund-desk",
            "paypal.com/invoice/p/#INV2-7KQD",
            "www.paypal.com/request/abc",
            "https://answers.microsoft.com/en-us/windows/forum/1",
            "https://mp.weixin.qq.com/s/abc",
            "https://www.amazon.com/sp?seller=A1B2",
        ] {
            assert!(find_links(text, v).unofficial, "{text}");
        }
        for text in [
            "https://www.google.com/maps",
            "https://www.paypal.com/myaccount/summary",
            "https://www.amazon.com/spring-sale",
            "https://weixin.qq.com/",
            "https://support.microsoft.com/help",
        ] {
            let l = find_links(text, v);
            assert!(l.any && !l.unofficial, "{text}");
        }
    }

    #[test]
    fn an_official_host_is_a_link_whatever_its_country_code() {
        // NZ Post links its own short host `nzp.st`; São Tomé's code is in no TLD
        // list, but the official list names the host.
        let v = Analyzer::builtin().vocabulary();
        let l = find_links("Track parcel nzp.st/x7Yk Data rates may apply.", v);
        assert!(l.any && !l.unofficial, "{l:?}");
        assert!(!find_links("see notalink.st/x7Yk", v).any);
    }

    #[test]
    fn a_short_bracketed_note_naming_a_link_is_a_placeholder() {
        let v = Analyzer::builtin().vocabulary();
        // However the quoting page worded the note: listed or not.
        for text in [
            "fill in the online form [url redacted].",
            "Pay the fine now [FAKE NZTA LINK]",
            "update your billing information via: (with the link).",
            "请点击(此处为链接)领取",
            "詳情請見（釣魚網址）",
        ] {
            let l = find_links(text, v);
            assert!(l.any && l.unofficial, "{text}");
        }
        // A template's field, a number, an address or a note with no link noun is not.
        for text in [
            "start the visit ((call_url))",
            "call us (link 2 of 3)",
            "see (our_link)",
            "the offer (valid this week only)",
            "【中国银行】您的账户",
        ] {
            assert!(!find_links(text, v).any, "{text}");
        }
    }

    #[test]
    fn a_link_to_a_bare_address_counts_as_hidden() {
        let v = Analyzer::builtin().vocabulary();
        let l = find_links("Click:http://23.254.215.52 to fill out your form", v);
        assert!(l.any && l.unofficial && l.short);
        // A version number or a date is not a link.
        for text in ["update to 1.2.3.4 today", "on 12.03.2024 at 10.15"] {
            assert!(!find_links(text, v).any, "{text}");
        }
        assert!(!find_links("see https://example.co.uk/1.2.3.4", v).short);
    }

    #[test]
    fn a_throwaway_machine_made_name_hides_who_runs_the_site() {
        let v = Analyzer::builtin().vocabulary();
        for text in [
            "登陆j28x69.com兑换",
            "visit https://qvmq42.com now",
            "请访问fqd-92b7.com验证",
            "see 4nby-ygpb.top",
        ] {
            let l = find_links(text, v);
            assert!(l.any && l.unofficial && l.short, "{text}");
        }
        // Names people choose stay pronounceable, digits or not.
        for text in [
            "order at pizza4u.com",
            "see 1800flowers.com",
            "shop24.co.uk deals",
            "lkcoffee.cn/a1",
            "web3.site/x",
        ] {
            let l = find_links(text, v);
            assert!(l.any && !l.short, "{text}");
        }
    }

    /// The link `find_links` reads in a quoted message: one, not the sender's
    /// own, and its span a slice of `text` (panics otherwise).
    fn quoted_link<'t>(text: &'t str, v: &Vocabulary) -> &'t str {
        let l = find_links(text, v);
        assert!(l.any && l.unofficial, "{text}");
        let (a, b) = l.span.expect("span");
        &text[a..b]
    }

    #[test]
    fn a_link_taken_out_by_a_quote_is_still_a_link() {
        let v = Analyzer::builtin().vocabulary();
        for text in [
            "AustPost: your parcel is held, pay the fee at [link]",
            "Your parcel is waiting: [LINK]",
            "您的ETC已过期，请点击[网址]完成认证",
            "包裹地址有誤，請至【連結】更新",
        ] {
            assert!(quoted_link(text, v).chars().count() >= 3, "{text}");
        }
        for text in ["Meet at [the office] at 5", "见附件(报价单)", "no brackets at all"] {
            assert!(!find_links(text, v).any, "{text}");
        }
    }

    #[test]
    fn a_defanged_link_is_a_link() {
        let v = Analyzer::builtin().vocabulary();
        for text in [
            "verify here: http[s]://sign-amazon-activity[.]lnk.to/verify",
            "pay at hxxps://royalmail-fee[.]com/x",
            "visit evri(.)parcel-help(.)info now",
        ] {
            assert!(!quoted_link(text, v).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_host_after_a_colon_is_a_link() {
        let v = Analyzer::builtin().vocabulary();
        for text in ["即刻睇相：date-hk.club", "Register now:sg88win.com"] {
            let l = find_links(text, v);
            assert!(l.any && l.unofficial, "{text}");
        }
    }

    #[test]
    fn dot_anchored_scan_agrees_with_the_plain_scan() {
        let v = Analyzer::builtin().vocabulary();
        for text in [
            "",
            "no links here.",
            "点击t.cn/A6ZX完成。谢谢",
            "登录ｗｗｗ．ｉｃｂｃ．ｃｏｍ．ｃｎ查看。",
            "Pay at royalmail-fee.com today. Or www.royalmail.com. Or https://evil.top/x?y=1.",
            "a.b.c.d e.f 12306.cn。10086-jf.cc，bit.ly/abc",
            "mail me at a@b.com or visit amazon.co.uk.",
            "。。。...．．",
            "末尾的点.",
            // Characters whose last byte is that of a wide dot (丂 = E4 B8 82).
            "丂a.b丂。c．d丂",
            "即刻睇相：date-hk.club",
        ] {
            assert_eq!(find_links(text, v), reference(text, v), "{text}");
        }
    }
}
