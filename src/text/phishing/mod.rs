//! Structure of phishing text: links and official domains.

pub mod structure;
