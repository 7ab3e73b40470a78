//! `scamguard gen` and `scamguard eval` as a user runs them.

use std::path::PathBuf;
use std::process::{Command, Output};

fn scamguard(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scamguard")).args(args).output().expect("run scamguard")
}

fn dir(name: &str) -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("eval-cli-{name}"));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn read_dir(d: &PathBuf) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = std::fs::read_dir(d)
        .expect("dir")
        .map(|e| {
            let p = e.expect("entry").path();
            (
                p.file_name().expect("name").to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).expect("read"),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn gen_is_deterministic_and_writes_traces_and_expectations() {
    let (a, b, c) = (dir("a"), dir("b"), dir("c"));
    for (d, seed) in [(&a, "9"), (&b, "9"), (&c, "10")] {
        let out =
            scamguard(&["gen", "--seed", seed, "--scams", "24", "--benign", "30", d.to_str().expect("path")]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let files = read_dir(&a);
    assert_eq!(files.len(), 24 + 30 + 1);
    assert_eq!(files, read_dir(&b), "same seed, same corpus");
    assert_ne!(files, read_dir(&c), "another seed, another corpus");
    let expect: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&files.iter().find(|(n, _)| n == "expect.json").expect("expect.json").1)
            .expect("expect.json is an object");
    assert_eq!(expect.len(), 54);
    let scams = expect.values().filter(|v| v["kind"] == "scam").count();
    assert_eq!(scams, 24);
    for (name, v) in &expect {
        let keys: Vec<&str> = v.as_object().expect("entry").keys().map(String::as_str).collect();
        assert_eq!(keys.len(), 6, "{name}: {keys:?}");
        if v["kind"] == "scam" {
            assert!(v["first_money_t"].is_u64(), "{name}: a scam moves money");
        }
    }
}

#[test]
fn eval_prints_per_trace_lines_totals_and_json() {
    let d = dir("eval");
    let path = d.to_str().expect("path");
    assert!(scamguard(&["gen", "--seed", "3", "--scams", "24", "--benign", "30", path]).status.success());
    let out = scamguard(&["eval", path]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).expect("utf8");
    assert_eq!(
        text.lines().filter(|l| l.starts_with("scam-") || l.starts_with("benign-")).count(),
        54,
        "{text}"
    );
    let total = text.lines().last().expect("a total line");
    assert!(total.starts_with("== full view, all split: scams caught ") && total.contains("/24"), "{total}");

    let out = scamguard(&["eval", "--view", "bank", "--split", "test", "--json", path]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    assert_eq!(v["view"], "bank");
    assert_eq!(v["split"], "test");
    let (scams, benign) = (v["scams"].as_u64().expect("scams"), v["benign"].as_u64().expect("benign"));
    assert_eq!(v["traces"].as_array().expect("traces").len() as u64, scams + benign);
    assert!(scams < 24 && benign < 30, "the test split is a part of the corpus");
    assert!(v["caught"].as_u64().expect("caught") + v["not_visible"].as_u64().expect("nv") <= scams);

    // Train and test partition the corpus.
    let count = |split: &str| {
        let out = scamguard(&["eval", "--split", split, "--json", path]);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        v["traces"].as_array().expect("traces").len()
    };
    assert_eq!(count("train") + count("test"), 54);
}

#[test]
fn eval_reports_a_broken_corpus_in_one_line() {
    let d = dir("broken");
    std::fs::create_dir_all(&d).expect("mkdir");
    let path = d.to_str().expect("path");
    let out = scamguard(&["eval", path]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("expect.json"));
    std::fs::write(d.join("expect.json"), "{}").expect("write");
    std::fs::write(d.join("stray.jsonl"), "").expect("write");
    let out = scamguard(&["eval", path]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).expect("utf8");
    assert!(err.contains("stray.jsonl has no entry in expect.json") && err.lines().count() == 1, "{err}");
    std::fs::write(d.join("expect.json"), r#"{"stray": {"kind": "scam", "secret": "13800000000"}}"#)
        .expect("w");
    let err = String::from_utf8(scamguard(&["eval", path]).stderr).expect("utf8");
    assert!(err.contains("expect.json: invalid") && !err.contains("13800000000"), "{err}");
}

/// A model file under test replaces the built-in one; the built-in model's own
/// file gives the built-in figures, a broken one stops with one line.
#[test]
fn eval_takes_a_model_file_to_tune() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let model = concat!(env!("CARGO_MANIFEST_DIR"), "/data/model.json");
    let builtin = scamguard(&["eval", "--quiet", fixtures]);
    let same = scamguard(&["eval", "--quiet", "--model", model, fixtures]);
    assert!(builtin.status.success() && same.status.success());
    assert_eq!(builtin.stdout, same.stdout);
    let d = dir("model");
    std::fs::create_dir_all(&d).expect("mkdir");
    let bad = d.join("bad-model.json");
    std::fs::write(&bad, "{}").expect("write");
    let out = scamguard(&["eval", "--model", bad.to_str().expect("path"), fixtures]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).expect("utf8");
    assert!(err.contains("invalid model") && err.lines().count() == 1, "{err}");
    assert_eq!(scamguard(&["eval", "--model"]).status.code(), Some(2));
}

#[test]
fn eval_and_gen_usage_errors_exit_2() {
    assert_eq!(scamguard(&["eval"]).status.code(), Some(2));
    assert_eq!(scamguard(&["eval", "--view", "tv", "x"]).status.code(), Some(2));
    assert_eq!(scamguard(&["eval", "--split", "half", "x"]).status.code(), Some(2));
    assert_eq!(scamguard(&["gen"]).status.code(), Some(2));
    assert_eq!(scamguard(&["gen", "--seed", "many", "x"]).status.code(), Some(2));
    assert_eq!(scamguard(&["gen", "a", "b"]).status.code(), Some(2));
}
