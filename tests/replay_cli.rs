//! The `scamguard replay` command as a user runs it.

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn scamguard(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scamguard")).args(args).output().expect("run scamguard")
}

fn with_stdin(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_scamguard"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("write");
    child.wait_with_output().expect("wait")
}

fn temp_file(name: &str, content: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("scamguard-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let p = dir.join(name);
    std::fs::write(&p, content).expect("write");
    p
}

#[test]
fn builtin_replay_shows_the_seed_case_caught() {
    let out = scamguard(&["replay"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf8");
    assert!(text.contains("seed-beiyongjin-refund"));
    assert!(text.contains("[紧急]"), "a critical warning in the timeline");
    assert!(text.contains("screen-share-during-stranger-call"));
    assert!(!text.contains("171 0000 5566") && !text.contains("6222 0000"), "no number or account in output");
}

#[test]
fn a_home_region_sets_the_language_unless_one_is_given() {
    let json = |args: &[&str]| {
        let out = scamguard(args);
        assert!(out.status.success());
        String::from_utf8(out.stdout).expect("utf8")
    };
    assert!(json(&["replay", "--format", "json", "--region", "uk"]).contains(r#""lang":"en""#));
    assert!(json(&["replay", "--format", "json", "--region", "hk,cn"]).contains(r#""lang":"zh-HK""#));
    let given = json(&["replay", "--format", "json", "--region", "uk", "--lang", "zh-CN"]);
    assert!(given.contains(r#""lang":"zh-CN""#) && !given.contains(r#""lang":"en""#));
}

#[test]
fn json_output_is_exactly_the_spec_object() {
    let out = scamguard(&["replay", "--format", "json", "--lang", "en"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf8");
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() >= 5);
    let mut last_t = 0;
    for line in lines {
        let v: serde_json::Value = serde_json::from_str(line).expect("one JSON object per line");
        let obj = v.as_object().expect("object");
        let keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(sorted, ["actions", "evidence", "lang", "level", "message", "rule", "t", "title"]);
        assert!(["caution", "danger", "critical"].contains(&obj["level"].as_str().expect("level")));
        assert_eq!(obj["lang"], "en");
        assert!(!obj["evidence"].as_array().expect("evidence").is_empty());
        assert!(!obj["actions"].as_array().expect("actions").is_empty());
        let t = obj["t"].as_u64().expect("t");
        assert!(t >= last_t, "in order");
        last_t = t;
    }
}

#[test]
fn replays_files_and_stdin_alike() {
    let seed = common::fixtures().join("scam/seed-beiyongjin-refund.jsonl");
    let from_file = scamguard(&["replay", "--format", "json", seed.to_str().expect("path")]);
    let content = std::fs::read_to_string(&seed).expect("seed");
    let from_stdin = with_stdin(&["replay", "--format", "json", "-"], &content);
    let builtin = scamguard(&["replay", "--format", "json"]);
    assert!(from_file.status.success() && from_stdin.status.success());
    assert_eq!(from_file.stdout, from_stdin.stdout);
    assert_eq!(from_file.stdout, builtin.stdout, "the built-in copy is the fixture");
}

#[test]
fn bad_input_names_file_line_and_reason_in_one_line() {
    let cases = [
        ("notjson.jsonl", "{\"t\":0,\"type\":\"call_ended\"}\nnot json\n", ":2: "),
        ("missing.jsonl", "{\"type\":\"call_ended\"}\n", "missing field `t`"),
        ("unknown.jsonl", "{\"t\":0,\"type\":\"teleport\"}\n", "unknown event type"),
        ("wrongtype.jsonl", "{\"t\":0,\"type\":\"app_foreground\",\"package\":1}\n", "invalid type"),
        (
            "backwards.jsonl",
            "{\"t\":5,\"type\":\"call_ended\"}\n\n{\"t\":4,\"type\":\"call_ended\"}\n",
            ":3: t goes backwards",
        ),
        ("amount.jsonl", "{\"t\":0,\"type\":\"transfer_started\",\"amount\":\"a lot\"}\n", "invalid amount"),
        ("pkg.jsonl", "{\"t\":0,\"type\":\"app_foreground\",\"package\":\"\"}\n", "not a package name"),
    ];
    for (name, content, needle) in cases {
        let p = temp_file(name, content);
        let out = scamguard(&["replay", p.to_str().expect("path")]);
        assert_eq!(out.status.code(), Some(1), "{name}");
        let err = String::from_utf8(out.stderr).expect("utf8");
        assert_eq!(err.lines().count(), 1, "{name}: one line, got {err:?}");
        assert!(err.contains(name) && err.contains(needle), "{name}: {err}");
        assert!(!err.contains("panicked") && !err.contains("RUST_BACKTRACE"), "{err}");
    }
}

#[test]
fn lenient_mode_skips_bad_lines_with_a_message() {
    let p = temp_file(
        "lenient.jsonl",
        "{\"t\":0,\"type\":\"call_started\",\"direction\":\"incoming\",\"peer\":\"unknown\"}\ngarbage\n{\"t\":5,\"type\":\"screen_share_started\"}\n",
    );
    let out = scamguard(&["replay", "--lenient", "--format", "json", p.to_str().expect("path")]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("skipped"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("screen-share-during-stranger-call"));
}

#[test]
fn usage_errors_exit_2_and_missing_files_exit_1() {
    assert_eq!(scamguard(&[]).status.code(), Some(2));
    assert_eq!(scamguard(&["replay", "--format", "xml"]).status.code(), Some(2));
    assert_eq!(scamguard(&["replay", "--lang", "fr"]).status.code(), Some(2));
    let out = scamguard(&["replay", "/nonexistent/trace.jsonl"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot open"));
}

#[test]
fn check_rules_accepts_the_default_pack_and_rejects_a_broken_one() {
    let good = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/model.json");
    let out = scamguard(&["check-rules", good.to_str().expect("path")]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("code-like-amount"));
    let bad = temp_file("bad-model.json", "{\"version\":2}");
    let out = scamguard(&["check-rules", bad.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid model"));
}

#[test]
fn bank_view_replays_what_the_bank_app_sees() {
    let seed = common::fixtures().join("scam/seed-beiyongjin-refund.jsonl");
    let seed = seed.to_str().expect("path");
    let out = scamguard(&["replay", "--view", "bank", "--bank-package", "com.android.bankabc", seed]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).expect("utf8");
    assert!(text.contains("[bank view]"), "{text}");
    // Alipay's 备用金 page is another app's window: the bank app does not see it.
    let full = String::from_utf8(scamguard(&["replay", seed]).stdout).expect("utf8");
    // Timeline lines start with the event's clock, `h:mm:ss`.
    let is_clock = |w: &str| w.split(':').count() == 3 && w.split(':').all(|p| p.parse::<u32>().is_ok());
    let lines = |s: &str| s.lines().filter(|l| l.split_whitespace().next().is_some_and(is_clock)).count();
    assert!(lines(&text) < lines(&full), "the bank view has fewer events:\n{text}");
    // The default bank app is the first bank or payment app with an amount.
    let default = scamguard(&["replay", "--view", "bank", "--format", "json", seed]);
    assert!(default.status.success());
    assert_eq!(scamguard(&["replay", "--view", "phone"]).status.code(), Some(2));
    // The phone's regions: known names only, repeats allowed.
    let uk = scamguard(&["replay", "--region", "uk,cn,uk,cn,uk,cn,uk,cn,uk", "--view", "bank", seed]);
    assert!(uk.status.success(), "{}", String::from_utf8_lossy(&uk.stderr));
    assert_eq!(scamguard(&["replay", "--region", "uk,fr", seed]).status.code(), Some(2));
    assert_eq!(scamguard(&["replay", "--region"]).status.code(), Some(2));
    assert_eq!(
        scamguard(&["replay", "--view", "bank", "--bank-package", "not a package"]).status.code(),
        Some(2)
    );
}

#[test]
fn packs_are_signed_and_verified_from_the_command_line() {
    let model = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/model.json");
    let prefix = temp_file("vendor", "").with_extension("");
    let p = prefix.to_str().expect("path");
    let out = scamguard(&["pack", "keygen", p]);
    assert!(out.status.success());
    let public = std::fs::read_to_string(format!("{p}.pub")).expect("pub");
    let key = format!("{p}.key");
    let out = scamguard(&[
        "pack",
        "sign",
        "--key",
        &key,
        "--serial",
        "7",
        "--expires",
        "4000000000",
        model.to_str().expect("path"),
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let signed = temp_file("signed.json", &String::from_utf8_lossy(&out.stdout));
    let s = signed.to_str().expect("path");
    let ok = scamguard(&["pack", "verify", "--pub", public.trim(), "--now", "1800000000", s]);
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    assert!(String::from_utf8_lossy(&ok.stdout).contains("serial 7"));
    let old = scamguard(&["pack", "verify", "--pub", public.trim(), "--floor", "7", s]);
    assert_eq!(old.status.code(), Some(1));
    let expired = scamguard(&["pack", "verify", "--pub", public.trim(), "--now", "4000000001", s]);
    assert!(String::from_utf8_lossy(&expired.stderr).contains("expired"));
    let tampered = temp_file(
        "tampered.json",
        &std::fs::read_to_string(&signed).unwrap().replace("\\\"version\\\": 2", "\\\"version\\\":2"),
    );
    let bad = scamguard(&["pack", "verify", "--pub", public.trim(), tampered.to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(!String::from_utf8_lossy(&bad.stderr).contains(public.trim()), "no key echoed");
}

#[test]
fn evidence_records_verify_from_the_command_line() {
    let mut e = scamguard::Engine::new();
    for line in [
        r#"{"t":0,"type":"call_started","direction":"incoming","peer":"unknown"}"#,
        r#"{"t":60000,"type":"sms_received","text":"您的账户涉嫌洗钱，请配合资金核查转入安全账户"}"#,
        r#"{"t":300000,"type":"text_entered","package":"com.android.bankabc","field":"amount","text":"19999.58"}"#,
    ] {
        e.observe(&scamguard::Event::from_json(line).unwrap()).unwrap();
    }
    e.record_choice(301_000, "cancelled").unwrap();
    let (seed, public) = scamguard::pack::keypair_from_seed([2; 32]);
    let json = e.export_record(Some(&seed)).unwrap();
    let good = temp_file("record.json", &json);
    let out = scamguard(&["evidence", "verify", "--pub", &public, good.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let bad = temp_file("record-bad.json", &json.replace("cancelled", "proceeded"));
    let out = scamguard(&["evidence", "verify", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("changed"));
}

/// `--restart-at N` kills and restores the engine after N events: at every event of
/// every scam fixture, in both views, the warnings are those of an unbroken replay.
#[test]
fn restart_at_every_event_changes_no_warning() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/scam");
    let mut files: Vec<_> =
        std::fs::read_dir(dir).expect("fixtures").map(|e| e.expect("entry").path()).collect();
    files.sort();
    assert!(!files.is_empty());
    for f in files.iter().filter(|f| f.extension().is_some_and(|e| e == "jsonl")) {
        let path = f.to_str().expect("path");
        let lines =
            std::fs::read_to_string(f).expect("read").lines().filter(|l| !l.trim().is_empty()).count();
        for view in ["full", "bank"] {
            let whole = scamguard(&["replay", "--format", "json", "--view", view, path]);
            assert!(whole.status.success(), "{path}");
            assert!(!whole.stdout.is_empty() || view == "bank", "{path}: the fixture warns");
            for n in 1..=lines {
                let k = n.to_string();
                let cut =
                    scamguard(&["replay", "--format", "json", "--view", view, "--restart-at", &k, path]);
                assert!(cut.status.success(), "{path} restart at {n}");
                assert_eq!(whole.stdout, cut.stdout, "{path} [{view}] restart after event {n}");
            }
        }
    }
    let bad = scamguard(&["replay", "--restart-at", "0"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn a_typed_amount_is_shown_in_the_apps_own_currency() {
    // An app at home in one region types amounts in its currency wherever the
    // phone is set; an app at home everywhere, or unknown, takes the engine's.
    let trace = concat!(
        r#"{"t":0,"type":"text_entered","package":"com.uob.mighty.app","field":"amount","text":"300"}"#,
        "\n",
        r#"{"t":1000,"type":"text_entered","package":"com.example.unknownpay","field":"amount","text":"45"}"#,
        "\n",
        r#"{"t":2000,"type":"text_entered","package":"com.uob.mighty.app","field":"amount","text":"£12"}"#,
        "\n",
    );
    let out = with_stdin(&["replay", "--lang", "en", "-"], trace);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).expect("utf8");
    assert!(text.contains("S$300.00"), "{text}");
    assert!(text.contains("¥45.00"), "the engine's home currency for an unknown app: {text}");
    assert!(text.contains("£12.00"), "a currency the text names wins: {text}");
    assert!(!text.contains("¥300"), "{text}");
}
