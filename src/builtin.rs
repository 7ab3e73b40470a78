//! The embedded data files, as the library ships them. build.rs validates each
//! file in `data/` with the code that reads it, writes the shipped copy (JSON
//! without the whitespace between tokens, text files without comments, changes
//! noted below and checked by build.rs to mean the same), and packs all nine into
//! one deflate stream, `shipped.z`: the files are ~130 KB of text that compress to
//! ~50 KB, and the arm64 budget is 1.5 MB. The first reader inflates the stream
//! once per process (~130 KB of heap, well under a millisecond); build.rs has
//! inflated the very same bytes and compared them, so the fallback below (empty
//! text, which every reader already handles as "no data") cannot happen in a build
//! that ran it.
//!
//! The stream's layout is src/packed.rs.

use once_cell::sync::Lazy;

/// The shipped files, in the order of `crate::packed::FILES`.
#[derive(Clone, Copy)]
enum Part {
    Model,
    Messages,
    Regions,
    Vocab,
    /// `data/fold.tsv` without comments, its one-to-one traditional-to-simplified
    /// lines as one `ts:` line of character pairs (`text::normalize::FoldTable::parse`).
    Fold,
    /// `data/catalog.tsv` without comments and without the source column (where
    /// each package id was verified, for people).
    Catalog,
    Chat,
    Codes,
    BankScreen,
}

/// The packed stream as embedded (its cost to inflate is in benches/engine.rs).
pub static PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/shipped.z"));

static FILES: Lazy<Vec<Box<str>>> = Lazy::new(|| crate::packed::unpack(PACKED).unwrap_or_default());

fn part(p: Part) -> &'static str {
    FILES.get(p as usize).map_or("", |s| s)
}

pub fn model_json() -> &'static str {
    part(Part::Model)
}
pub fn messages_json() -> &'static str {
    part(Part::Messages)
}
pub fn regions_json() -> &'static str {
    part(Part::Regions)
}
pub fn vocab_json() -> &'static str {
    part(Part::Vocab)
}
pub fn fold_tsv() -> &'static str {
    part(Part::Fold)
}
pub fn catalog_tsv() -> &'static str {
    part(Part::Catalog)
}
pub fn chat_txt() -> &'static str {
    part(Part::Chat)
}
pub fn codes_txt() -> &'static str {
    part(Part::Codes)
}
pub fn bank_screen_txt() -> &'static str {
    part(Part::BankScreen)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_is_there_and_not_empty() {
        for p in [
            Part::Model,
            Part::Messages,
            Part::Regions,
            Part::Vocab,
            Part::Fold,
            Part::Catalog,
            Part::Chat,
            Part::Codes,
            Part::BankScreen,
        ] {
            assert!(!part(p).is_empty(), "part {} is empty", p as usize);
        }
        assert!(model_json().starts_with('{') && catalog_tsv().contains('\t'));
        assert_eq!(crate::packed::FILES[Part::BankScreen as usize], "bank_screen.txt");
    }
}
