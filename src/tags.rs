//! Short tags of private values that snapshots may keep: a phone number a message
//! wrote (`numbers`), the name of someone met online (`signals`, `met_online_asks`).
//! A tag is FNV-1a cut to a few bits: it matches the same value later, but each
//! tag stands for a whole bucket of values, so a stored one does not say which.

/// FNV-1a of `bytes`, mixed (MurmurHash3's 64-bit finalizer) and cut to its top
/// `bits`. Unmixed, FNV's top bits barely see the last bytes: 100,000 consecutive
/// phone numbers fell into 17,418 of the 2^20 tags instead of about 95,000, so a
/// number one digit off matched a callback number six times as often as it should.
pub fn fnv_tag(bytes: impl IntoIterator<Item = u8>, bits: u32) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    (h >> (64 - bits)) as u32
}

/// Bits kept of a name's hash. Few on purpose: a list of 50,000 given names and
/// surnames puts about a dozen in each of the 4,096 buckets, so a snapshot's tags
/// do not name the people the user met online; with the 64 kept, an unrelated name
/// matches one by chance about once in 64 lookups, and only a word of money from
/// it, days later, then a payment, would make that matter.
pub const NAME_TAG_BITS: u32 = 12;

/// The tag of a chat name ("Bill", "Huang Ping"): its lowercased words, one space
/// apart. `None` for an empty name.
pub fn name_tag(name: &str) -> Option<u32> {
    let words = name.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>();
    (!words.is_empty()).then(|| fnv_tag(words.join(" ").into_bytes(), NAME_TAG_BITS))
}

/// The tags a name is kept under: the whole name, and its first word alone when it
/// has more ("Anna Lin" on Messenger writes as "Anna" on WhatsApp). A first name
/// alone (a dating app shows no more) is also kept as a first name
/// ([`first_name_tag`]): "Meghna" on Tinder writes as "Meghna Reddy" on WhatsApp.
pub fn name_tags(name: &str) -> Vec<u32> {
    let mut tags = plain_name_tags(name);
    // A handle spells the name the chat app will show: "Daniel_R" in a game's
    // chat is "Daniel" on WhatsApp, "james.walker" is "James Walker".
    if let Some(spelled) = handle_name(name) {
        tags.extend(plain_name_tags(&spelled));
    }
    tags
}

/// The name a one-word handle spells ("Daniel_R" → "Daniel R", "james.walker" →
/// "james walker"): parts split at `_` or `.`, the first of them a word of two
/// letters or more. None for anything else.
fn handle_name(name: &str) -> Option<String> {
    let name = name.trim();
    if name.split_whitespace().count() != 1 || !name.contains(['_', '.']) {
        return None;
    }
    let parts: Vec<&str> = name.split(['_', '.']).filter(|p| !p.is_empty()).collect();
    let first = parts.first()?;
    (parts.len() >= 2 && first.chars().count() >= 2 && first.chars().all(char::is_alphabetic))
        .then(|| parts.join(" "))
}

fn plain_name_tags(name: &str) -> Vec<u32> {
    let mut words = name.split_whitespace();
    let first = words.next();
    let more = words.next().is_some();
    let mut tags: Vec<u32> =
        [Some(name), first.filter(|_| more)].into_iter().flatten().filter_map(name_tag).collect();
    if !more {
        tags.extend(first.and_then(first_name_tag));
    }
    tags
}

/// The key of a first name met alone, which a longer name starting with it
/// answers to. Apart from the first-word key of a longer name: "Daniel Reyes"
/// met online is not "Daniel Smith".
pub fn first_name_tag(first: &str) -> Option<u32> {
    name_tag(&format!("{first} *"))
}

/// The key someone met online is kept under once they give a phone number to go
/// on talking by text ("Could we text instead? My number is 0491 570 156"): the
/// number's tag (`numbers::number_tag`), past the range of name tags so the two
/// never meet. An SMS comes from a number, never from the name the app showed.
pub fn met_number_key(number_tag: u32) -> u32 {
    (1 << NAME_TAG_BITS) + number_tag
}

/// Whether `key` could be a key of someone met online: a [`name_tag`] or a
/// [`met_number_key`]. Snapshots are checked.
pub fn is_met_key(key: u32) -> bool {
    is_name_tag(key) || crate::numbers::is_tag(key - (1 << NAME_TAG_BITS))
}

/// Whether `tag` could be a [`name_tag`]: snapshots are checked.
pub fn is_name_tag(tag: u32) -> bool {
    tag < (1 << NAME_TAG_BITS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_tagged_by_its_words_whatever_their_case_and_spacing() {
        assert_eq!(name_tag("Huang  Ping"), name_tag("huang ping"));
        assert_ne!(name_tag("Bill"), name_tag("Bil l"));
        assert_eq!(name_tag(" "), None);
        assert_eq!(name_tags("Anna Lin"), [name_tag("anna lin").unwrap(), name_tag("anna").unwrap()]);
        // A first name alone is also kept as a first name, apart from "Anna"'s.
        assert_eq!(name_tags("Ryan"), [name_tag("ryan").unwrap(), first_name_tag("Ryan").unwrap()]);
        assert_ne!(first_name_tag("Anna"), name_tag("anna"));
        assert!(is_name_tag(name_tag("Bill").unwrap()) && !is_name_tag(1 << NAME_TAG_BITS));
    }

    #[test]
    fn tags_spread_over_their_bits_whatever_byte_differs() {
        use std::collections::HashSet;
        // 2,000 names in 4,096 buckets: about 1,580 distinct if spread evenly.
        let names: HashSet<u32> = (0..2000).map(|i| fnv_tag(format!("name{i}").into_bytes(), 12)).collect();
        assert!(names.len() > 1500 && names.iter().all(|&t| t < 4096), "{}", names.len());
        // 100,000 consecutive numbers in 2^20: about 95,400 distinct.
        let numbers: HashSet<u32> =
            (0..100_000u32).map(|i| fnv_tag((800_000_000 + i).to_string().into_bytes(), 20)).collect();
        assert!(numbers.len() > 94_000, "{}", numbers.len());
    }
}
