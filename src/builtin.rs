//! The embedded data files, as the library ships them: build.rs validates each
//! file in `data/` and writes its JSON without the whitespace between tokens to
//! `OUT_DIR` (the files stay readable for people; the phone does not pay ~25 KB
//! of indentation in a size budget of 1.5 MB). Content and order are unchanged,
//! except where noted below (and checked by build.rs to mean the same).

pub const MODEL_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/model.json"));
pub const MESSAGES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/messages.json"));
pub const REGIONS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/regions.json"));
pub const VOCAB_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/vocab.json"));
/// `data/fold.tsv` without comments, its one-to-one traditional-to-simplified
/// lines as one `ts:` line of character pairs (`text::normalize::FoldTable::parse`).
pub const FOLD_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/fold.tsv"));
/// `data/catalog.tsv` without comments and without the source column (where each
/// package id was verified, for people); build.rs checks it holds the same rows.
pub const CATALOG_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/catalog.tsv"));
/// `data/chat.txt`, `data/codes.txt` and `data/bank_screen.txt` without their
/// comments; build.rs checks each parses the same as the file.
pub const CHAT_TXT: &str = include_str!(concat!(env!("OUT_DIR"), "/chat.txt"));
pub const CODES_TXT: &str = include_str!(concat!(env!("OUT_DIR"), "/codes.txt"));
pub const BANK_SCREEN_TXT: &str = include_str!(concat!(env!("OUT_DIR"), "/bank_screen.txt"));
