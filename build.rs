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

// The short-list sort the text modules below use (src/small_sort.rs).
#[path = "src/small_sort.rs"]
#[allow(dead_code)]
mod small_sort;

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
/// which inflates what this script packs); here they read `data/` themselves.
#[allow(dead_code)]
mod builtin {
    pub fn model_json() -> &'static str {
        ""
    }
    pub fn messages_json() -> &'static str {
        ""
    }
    pub fn regions_json() -> &'static str {
        ""
    }
    pub fn vocab_json() -> &'static str {
        ""
    }
    pub fn fold_tsv() -> &'static str {
        ""
    }
    pub fn catalog_tsv() -> &'static str {
        ""
    }
    pub fn chat_txt() -> &'static str {
        ""
    }
    pub fn codes_txt() -> &'static str {
        ""
    }
    pub fn bank_screen_txt() -> &'static str {
        ""
    }
}

// The shipped data stream's format (src/packed.rs): packed here, read back with the
// library's own `unpack` and compared, so the phone reads exactly what was checked.
#[path = "src/packed.rs"]
mod packed;

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

/// `data/fold.tsv` as shipped: no comments, the one-to-one `ts` lines as one
/// `ts:` line of character pairs, the other lines as they are.
fn compact_fold(tsv: &str) -> String {
    let (mut pairs, mut rest) = (String::from("ts:"), String::new());
    for line in tsv.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
        match line.split('\t').collect::<Vec<_>>()[..] {
            [from, to, "ts"] if from.chars().count() == 1 && to.chars().count() == 1 => {
                pairs.push_str(from);
                pairs.push_str(to);
            }
            _ => {
                rest.push_str(line);
                rest.push('\n');
            }
        }
    }
    format!("{pairs}\n{rest}")
}

/// Every (from, to, kind) of a fold table in either form, sorted.
fn fold_entries(tsv: &str) -> Vec<(String, String, String)> {
    let mut v = Vec::new();
    for line in tsv.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
        if let Some(p) = line.strip_prefix("ts:") {
            let c: Vec<char> = p.chars().collect();
            v.extend(
                c.chunks(2).map(|p| {
                    (p[0].to_string(), p.get(1).map_or(String::new(), |c| c.to_string()), "ts".into())
                }),
            );
        } else if let [a, b, k] = line.split('\t').collect::<Vec<_>>()[..] {
            v.push((a.to_string(), b.to_string(), k.to_string()));
        }
    }
    v.sort();
    v
}

/// A data file without its comment lines and blank lines.
fn strip_comments(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
        .map(|l| format!("{l}\n"))
        .collect()
}

/// Writes a shipped file to `OUT_DIR` (see src/builtin.rs).
fn write_out(name: &str, text: &str) {
    let dir = std::env::var("OUT_DIR").unwrap_or_else(|_| fail(name, "OUT_DIR is not set"));
    let path = std::path::Path::new(&dir).join(std::path::Path::new(name).file_name().unwrap_or_default());
    std::fs::write(&path, text)
        .unwrap_or_else(|e| fail(name, &format!("cannot write {}: {e}", path.display())));
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
    for src in [
        "src/packed.rs",
        "src/kinds.rs",
        "src/catalog.rs",
        "src/region.rs",
        "src/messages.rs",
        "src/model.rs",
    ] {
        println!("cargo:rerun-if-changed={src}");
    }

    let model_json = read("data/model.json");
    let model = model::Model::from_json(&model_json).unwrap_or_else(|e| fail("data/model.json", &e));
    ship("data/model.json", &model_json);
    let tsv = read("data/catalog.tsv");
    let full = match catalog::Catalog::parse_strict(&tsv) {
        Ok(c) if c.is_empty() => fail("data/catalog.tsv", "no apps"),
        Ok(c) => c,
        Err(e) => fail("data/catalog.tsv", &e.to_string()),
    };
    // Shipped without comments and the source column (where each id was
    // verified is for people; the phone needs package, category, labels,
    // confidence, regions), checked to hold the same rows.
    let shipped: String = tsv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cells: Vec<&str> = l.split('\t').collect();
            let keep = cells.len().min(6);
            format!("{}\n", cells[..keep].join("\t"))
        })
        .collect();
    let same = catalog::Catalog::parse(&shipped).is_ok_and(|c| {
        c.len() == full.len()
            && shipped.lines().all(|l| {
                let p = l.split('\t').next().unwrap_or_default();
                c.categories(p) == full.categories(p)
                    && c.regions_of(p) == full.regions_of(p)
                    && c.get(p).map(|a| (a.label_zh(), a.label_en()))
                        == full.get(p).map(|a| (a.label_zh(), a.label_en()))
            })
    });
    if !same {
        fail("data/catalog.tsv", "shipped copy differs");
    }
    write_out("data/catalog.tsv", &shipped);
    let regions = read("data/regions.json");
    let table = region::Regions::from_json(&regions).unwrap_or_else(|e| fail("data/regions.json", &e));
    // Shipped without each number's name, source and confidence (for the people who
    // keep the file; the phone matches only the number), checked to read back the same.
    let mut slim: serde_json::Value =
        serde_json::from_str(&regions).unwrap_or_else(|e| fail("data/regions.json", &e.to_string()));
    if let Some(all) = slim.get_mut("regions").and_then(|r| r.as_object_mut()) {
        for region in all.values_mut() {
            if let Some(numbers) = region.get_mut("service_numbers").and_then(|n| n.as_array_mut()) {
                for n in numbers.iter_mut().filter_map(|n| n.as_object_mut()) {
                    for key in ["name", "source", "confidence"] {
                        n.remove(key);
                    }
                }
            }
        }
    }
    let slim = slim.to_string();
    match region::Regions::from_shipped_json(&slim) {
        Ok(back) if format!("{back:?}") == format!("{table:?}") => write_out("data/regions.json", &slim),
        _ => fail("data/regions.json", "shipped copy differs"),
    }
    for src in ["src/text/normalize.rs", "src/text/vocab.rs"] {
        println!("cargo:rerun-if-changed={src}");
    }
    let fold = match normalize::FoldTable::parse(&read("data/fold.tsv")) {
        Ok(f) if f.is_empty() => fail("data/fold.tsv", "no entries"),
        Ok(f) => f,
        Err(e) => fail("data/fold.tsv", &e),
    };
    let fold_tsv = read("data/fold.tsv");
    let fold_shipped = compact_fold(&fold_tsv);
    match normalize::FoldTable::parse(&fold_shipped) {
        Ok(f) if fold_entries(&fold_shipped) == fold_entries(&fold_tsv) && !f.is_empty() => {}
        _ => fail("data/fold.tsv", "the compact copy differs"),
    }
    write_out("data/fold.tsv", &fold_shipped);
    let vocab_json = read("data/vocab.json");
    let vocab =
        vocab::Vocabulary::from_json(&vocab_json, &fold).unwrap_or_else(|e| fail("data/vocab.json", &e));
    // The shipped copy packs each word list into one string (`word^45|word^30`,
    // vocab::Words) and drops the language tags (the matcher does not read them).
    let mut value: serde_json::Value =
        serde_json::from_str(&vocab_json).unwrap_or_else(|e| fail("data/vocab.json", &e.to_string()));
    for group in ["classes", "cues"] {
        for list in value[group].as_object_mut().into_iter().flat_map(|m| m.values_mut()) {
            let mut packed = Vec::new();
            for word in list.as_array().into_iter().flatten() {
                let pair = word
                    .as_array()
                    .map(|a| (a.first().and_then(|v| v.as_str()), a.get(1).and_then(|v| v.as_f64())));
                let (w, x) = match pair {
                    Some((Some(w), Some(x))) => (w, x),
                    _ => fail("data/vocab.json", "a word is not [word, weight, language]"),
                };
                if w.contains([vocab::PACKED_WORDS, vocab::PACKED_WEIGHT]) {
                    fail(
                        "data/vocab.json",
                        &format!("`{w}`: contains a character the shipped copy packs with"),
                    );
                }
                let hundredths = (x * 100.0).round();
                if (hundredths - x * 100.0).abs() > 1e-6 {
                    fail("data/vocab.json", &format!("`{w}`: weight must be in hundredths"));
                }
                packed.push(format!("{w}{}{}", vocab::PACKED_WEIGHT, hundredths as u32));
            }
            *list = serde_json::Value::String(packed.join(&vocab::PACKED_WORDS.to_string()));
        }
    }
    let vocab_shipped = value.to_string();
    match vocab::Vocabulary::from_json(&vocab_shipped, &fold) {
        Ok(v)
            if v.patterns == vocab.patterns
                && v.entries == vocab.entries
                && v.number_after == vocab.number_after
                && v.combos == vocab.combos => {}
        _ => fail("data/vocab.json", "the shipped copy differs"),
    }
    write_out("data/vocab.json", &vocab_shipped);
    for src in ["src/phrases.rs", "src/chat.rs", "src/codes.rs", "src/bank_screen.rs"] {
        println!("cargo:rerun-if-changed={src}");
    }
    // The phrase files ship without their comments (for people), each checked to
    // parse the same as the file.
    let chat_txt = read("data/chat.txt");
    let chat_shipped = strip_comments(&chat_txt);
    match (chat::ChatPhrases::parse(&chat_txt), chat::ChatPhrases::parse(&chat_shipped)) {
        (Ok(a), Ok(b)) if format!("{a:?}") == format!("{b:?}") => write_out("data/chat.txt", &chat_shipped),
        (Err(e), _) => fail("data/chat.txt", &e),
        _ => fail("data/chat.txt", "the shipped copy differs"),
    }
    let codes_txt = read("data/codes.txt");
    let codes_shipped = strip_comments(&codes_txt);
    match (codes::CodeWords::parse(&codes_txt), codes::CodeWords::parse(&codes_shipped)) {
        (Ok(a), Ok(b)) if format!("{a:?}") == format!("{b:?}") => write_out("data/codes.txt", &codes_shipped),
        (Err(e), _) => fail("data/codes.txt", &e),
        _ => fail("data/codes.txt", "the shipped copy differs"),
    }
    let screens_txt = read("data/bank_screen.txt");
    let screens_shipped = strip_comments(&screens_txt);
    match (bank_screen::BankScreens::parse(&screens_txt), bank_screen::BankScreens::parse(&screens_shipped)) {
        (Ok(a), Ok(b)) if format!("{a:?}") == format!("{b:?}") => {
            write_out("data/bank_screen.txt", &screens_shipped)
        }
        (Err(e), _) => fail("data/bank_screen.txt", &e),
        _ => fail("data/bank_screen.txt", "the shipped copy differs"),
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
    pack_shipped();
}

/// Packs the shipped copies written above into `OUT_DIR/shipped.z` (src/builtin.rs)
/// and checks the library's reader gets every one back byte for byte.
fn pack_shipped() {
    let dir = std::env::var("OUT_DIR").unwrap_or_else(|_| fail("shipped.z", "OUT_DIR is not set"));
    let dir = std::path::Path::new(&dir);
    let texts: Vec<String> = packed::FILES
        .iter()
        .map(|f| {
            std::fs::read_to_string(dir.join(f))
                .unwrap_or_else(|e| fail(f, &format!("shipped copy unreadable: {e}")))
        })
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    // Zopfli: plain deflate, ~5 KB smaller than miniz's best on this data, and every
    // byte of the .so counts against the arm64 budget; the library's own inflate reads it.
    let raw = packed::layout(&refs);
    let mut z = Vec::new();
    let options = zopfli::Options {
        iteration_count: std::num::NonZeroU64::MIN.saturating_add(4),
        ..Default::default()
    };
    zopfli::compress(options, zopfli::Format::Deflate, raw.as_slice(), &mut z)
        .unwrap_or_else(|e| fail("shipped.z", &format!("cannot deflate: {e}")));
    match packed::unpack(&z) {
        Some(back) if back.iter().map(|s| &**s).eq(refs.iter().copied()) => {}
        _ => fail("shipped.z", "the packed stream does not read back the same"),
    }
    std::fs::write(dir.join("shipped.z"), z)
        .unwrap_or_else(|e| fail("shipped.z", &format!("cannot write: {e}")));
}
