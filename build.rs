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

// Phrase lists (src/phrases.rs) of chat apps' "someone new" notices (src/chat.rs)
// and of one-time code messages (src/codes.rs).
#[path = "src/phrases.rs"]
#[allow(dead_code)]
mod phrases;

// Chat apps' "someone new" phrases (src/chat.rs).
#[path = "src/chat.rs"]
#[allow(dead_code)]
mod chat;

// What banks' own screens say of the payee and the call (src/bank_screen.rs).
#[path = "src/bank_screen.rs"]
#[allow(dead_code)]
mod bank_screen;

// One-time code vocabulary (src/codes.rs).
#[path = "src/codes.rs"]
#[allow(dead_code)]
mod codes;

// The digit-run scanner src/codes.rs reads codes with (src/digits.rs).
#[path = "src/digits.rs"]
#[allow(dead_code)]
mod digits;

/// The modules above name the shipped data through `crate::builtin` (src/builtin.rs,
/// which includes what this script writes); here they read `data/` themselves.
#[allow(dead_code)]
mod builtin {
    pub const MODEL_JSON: &str = "";
    pub const MESSAGES_JSON: &str = "";
    pub const REGIONS_JSON: &str = "";
    pub const VOCAB_JSON: &str = "";
}

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

/// `json` without whitespace between tokens: strings (escapes included) are copied
/// as they are, so content and order do not change.
fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}

/// Writes the shipped copy of a validated data file (see src/builtin.rs).
fn ship(name: &str, json: &str) {
    let dir = std::env::var("OUT_DIR").unwrap_or_else(|_| fail(name, "OUT_DIR is not set"));
    let min = minify(json);
    // The shipped copy must mean exactly what the file says.
    let same = serde_json::from_str::<serde_json::Value>(&min).ok()
        == serde_json::from_str::<serde_json::Value>(json).ok();
    if !same {
        fail(name, "minified copy differs");
    }
    let path = std::path::Path::new(&dir).join(std::path::Path::new(name).file_name().unwrap_or_default());
    std::fs::write(&path, min)
        .unwrap_or_else(|e| fail(name, &format!("cannot write {}: {e}", path.display())));
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    for src in ["src/kinds.rs", "src/catalog.rs", "src/region.rs", "src/messages.rs", "src/model.rs"] {
        println!("cargo:rerun-if-changed={src}");
    }

    let model_json = read("data/model.json");
    let model = model::Model::from_json(&model_json).unwrap_or_else(|e| fail("data/model.json", &e));
    ship("data/model.json", &model_json);
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
    ship("data/regions.json", &regions);
    for src in ["src/text/normalize.rs", "src/text/vocab.rs"] {
        println!("cargo:rerun-if-changed={src}");
    }
    let fold = match normalize::FoldTable::parse(&read("data/fold.tsv")) {
        Ok(f) if f.is_empty() => fail("data/fold.tsv", "no entries"),
        Ok(f) => f,
        Err(e) => fail("data/fold.tsv", &e),
    };
    let vocab_json = read("data/vocab.json");
    if let Err(e) = vocab::Vocabulary::from_json(&vocab_json, &fold) {
        fail("data/vocab.json", &e);
    }
    ship("data/vocab.json", &vocab_json);
    for src in ["src/phrases.rs", "src/chat.rs", "src/codes.rs", "src/bank_screen.rs"] {
        println!("cargo:rerun-if-changed={src}");
    }
    if let Err(e) = chat::ChatPhrases::parse(&read("data/chat.txt")) {
        fail("data/chat.txt", &e);
    }
    if let Err(e) = codes::CodeWords::parse(&read("data/codes.txt")) {
        fail("data/codes.txt", &e);
    }
    if let Err(e) = bank_screen::BankScreens::parse(&read("data/bank_screen.txt")) {
        fail("data/bank_screen.txt", &e);
    }
    let msgs = read("data/messages.json");
    let messages = messages::Messages::from_json(&msgs).unwrap_or_else(|e| fail("data/messages.json", &e));
    ship("data/messages.json", &msgs);
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
