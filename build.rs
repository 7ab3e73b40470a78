//! Validates the embedded data (rule pack, app catalog, messages) at build time
//! with the very code the library runs, so a broken data file fails the build
//! with a clear message instead of shipping.

#[path = "src/kinds.rs"]
#[allow(dead_code)]
mod kinds;

#[path = "src/catalog.rs"]
#[allow(dead_code)]
mod catalog;

#[path = "src/region.rs"]
#[allow(dead_code)]
mod region;

#[path = "src/messages.rs"]
#[allow(dead_code)]
mod messages;

#[path = "src/model.rs"]
#[allow(dead_code)]
mod model;

// Scam-text data (src/text): the folding table and the vocabulary.
#[path = "src/text/normalize.rs"]
#[allow(dead_code)]
mod normalize;

#[path = "src/text/vocab.rs"]
#[allow(dead_code)]
mod vocab;

// Chat apps' "someone new" phrases (src/chat.rs).
#[path = "src/chat.rs"]
#[allow(dead_code)]
mod chat;

// One-time code vocabulary (src/codes.rs).
#[path = "src/codes.rs"]
#[allow(dead_code)]
mod codes;

use std::process::exit;

fn fail(file: &str, msg: &str) -> ! {
    // cargo shows build-script stderr on failure; say which file and why.
    eprintln!("error: {file} is invalid: {msg}");
    exit(1);
}

fn read(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    std::fs::read_to_string(path).unwrap_or_else(|e| fail(path, &format!("cannot read: {e}")))
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    for src in ["src/kinds.rs", "src/catalog.rs", "src/region.rs", "src/messages.rs", "src/model.rs"] {
        println!("cargo:rerun-if-changed={src}");
    }

    let model_json = read("data/model.json");
    let model = model::Model::from_json(&model_json).unwrap_or_else(|e| fail("data/model.json", &e));
    let tsv = read("data/catalog.tsv");
    match catalog::Catalog::parse_strict(&tsv) {
        Ok(c) if c.is_empty() => fail("data/catalog.tsv", "no apps"),
        Ok(_) => {}
        Err(e) => fail("data/catalog.tsv", &e.to_string()),
    }
    let regions = read("data/regions.json");
    if let Err(e) = region::Regions::from_json(&regions) {
        fail("data/regions.json", &e);
    }
    for src in ["src/text/normalize.rs", "src/text/vocab.rs"] {
        println!("cargo:rerun-if-changed={src}");
    }
    let fold = match normalize::FoldTable::parse(&read("data/fold.tsv")) {
        Ok(f) if f.is_empty() => fail("data/fold.tsv", "no entries"),
        Ok(f) => f,
        Err(e) => fail("data/fold.tsv", &e),
    };
    if let Err(e) = vocab::Vocabulary::from_json(&read("data/vocab.json"), &fold) {
        fail("data/vocab.json", &e);
    }
    println!("cargo:rerun-if-changed=src/chat.rs");
    if let Err(e) = chat::ChatPhrases::from_json(&read("data/chat.json")) {
        fail("data/chat.json", &e);
    }
    println!("cargo:rerun-if-changed=src/codes.rs");
    if let Err(e) = codes::CodeWords::from_json(&read("data/codes.json")) {
        fail("data/codes.json", &e);
    }
    let msgs = read("data/messages.json");
    let messages = messages::Messages::from_json(&msgs).unwrap_or_else(|e| fail("data/messages.json", &e));
    // Every evidence line the model names must exist in every language.
    for (id, s) in &model.signals {
        if !messages.has_evidence(&s.evidence) {
            fail(
                "data/model.json",
                &format!("signal `{id}`: no evidence template `{}` in messages", s.evidence),
            );
        }
    }
    for key in model::EXTRA_EVIDENCE_KEYS {
        if !messages.has_evidence(key) {
            fail("data/messages.json", &format!("evidence template `{key}` is missing"));
        }
    }
}
