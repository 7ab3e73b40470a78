//! Scaling of the per-event cost (issue 11 item 6): `observe` against catalog size,
//! screen-text length, and the text analysis against vocabulary size; plus one bulk
//! catalog load of 100,000 rows. Plain harness: criterion gives times only, and the
//! issue wants instruction counts beside them.
//!
//! - `cargo bench --bench scaling` prints the median wall time per operation of each
//!   case (31 batches of about 5 ms) and the mean CPU time over those batches.
//! - `SCALING_CASE=<name> SCALING_ITERS=<n> <bench binary> --bench` runs one case `n`
//!   times untimed (after one warm-up operation), for callgrind: `scripts/scaling.sh`
//!   runs every case with 0 and with `n` iterations and prints (difference / n) instructions per operation, so
//!   set-up (engine, catalog, vocabulary) is not counted.

mod support;

use scamguard::catalog::Catalog;
use scamguard::text::{Analyzer, Source, TextClass};
use scamguard::{Engine, Event, EventKind};
use std::hint::black_box;
use std::time::Instant;

/// `n` bulk rows (`package<TAB>category<TAB>label`), half banks, half loan apps.
fn rows(n: usize) -> String {
    let mut tsv = String::with_capacity(n * 40);
    for i in 0..n {
        tsv.push_str(&format!("com.vendor.app{i}\t{}\tApp {i}\n", if i % 2 == 0 { "bank" } else { "loan" }));
    }
    tsv
}

/// The screen-text mix of `benches/text.rs`, `chars` characters long.
fn text_of(chars: usize) -> String {
    let parts = [
        "【工商银行】尊敬的客户，您的积分即将清零，请登录 icbc-jf.top 兑换。",
        "今天天气不错，我们下午去公园散步，顺便买点水果回家。",
        "Your parcel is on hold, pay the redelivery fee at royalmail-fee.com today. ",
        "订单详情 商品名称 数量 单价 合计 配送方式 收货地址 联系电话 ",
        "Meeting notes: agenda, budget review, hiring plan, next steps. ",
    ];
    let mut s = String::new();
    let mut i = 0;
    while s.chars().count() < chars {
        s.push_str(parts[i % parts.len()]);
        i += 1;
    }
    s.chars().take(chars).collect()
}

/// Vocabulary-like words (as `benches/text.rs`).
fn extra_words(n: usize) -> Vec<String> {
    let heads = ["积分", "账户", "安全", "退款", "verify", "account", "parcel", "刷单", "客服", "银行"];
    (0..n).map(|i| format!("{}{}号{}", heads[i % heads.len()], i, ["码", "卡", "x", "单"][i % 4])).collect()
}

/// One case: its name and its set-up, which returns a closure doing one operation per
/// call (given its index). Set-up runs only for the cases measured.
type Case = (String, Box<dyn FnOnce() -> Box<dyn FnMut(u64)>>);

fn cases() -> Vec<Case> {
    let mut v: Vec<Case> = Vec::new();
    // observe(app_foreground) with the built-in catalog and with 10k / 100k rows added:
    // a vendor package is looked up each time (in the added rows when there are any).
    for extra in [0usize, 10_000, 100_000] {
        let name = format!("observe_app_foreground_catalog_plus_{extra}");
        v.push((
            name,
            Box::new(move || {
                let mut engine = Engine::new();
                if extra > 0 {
                    engine.add_apps(&rows(extra)).expect("rows");
                }
                let package = if extra > 0 {
                    format!("com.vendor.app{}", extra / 2)
                } else {
                    "com.android.bankabc".to_string()
                };
                let mut t = 0;
                Box::new(move |_| {
                    t += 1000;
                    let e = Event::new(t, EventKind::AppForeground { package: package.clone() });
                    black_box(engine.observe(&e).expect("observe"));
                })
            }),
        ));
    }
    // observe(screen_text) of a text never seen before (the cache cannot help), by length.
    for chars in [200usize, 2_000, 20_000] {
        let name = format!("observe_screen_text_{chars}_chars");
        v.push((
            name,
            Box::new(move || {
                let mut engine = Engine::new();
                let base = text_of(chars);
                let mut t = 0;
                Box::new(move |i| {
                    t += 1000;
                    // A different first character each time, same length in bytes.
                    let mut text = String::with_capacity(base.len() + 8);
                    text.push(char::from(b'a' + (i % 26) as u8));
                    text.push_str(&base[base.char_indices().nth(1).map_or(base.len(), |(p, _)| p)..]);
                    let e = Event::new(
                        t,
                        EventKind::ScreenText { package: "com.eg.android.AlipayGphone".into(), text },
                    );
                    black_box(engine.observe(&e).expect("observe"));
                })
            }),
        ));
    }
    // The text analysis of a 200-character text against vocabulary size (the engine
    // takes its vocabulary from the model; the analyzer is where its size shows).
    for (label, extra) in [("default", 0usize), ("plus_1k", 1_000), ("plus_10k", 10_000)] {
        v.push((
            format!("analyze_200_chars_vocabulary_{label}"),
            Box::new(move || {
                let a = if extra == 0 {
                    Analyzer::builtin().clone()
                } else {
                    Analyzer::with_extra_words(TextClass::Task, &extra_words(extra), 0.5)
                };
                let text = text_of(200);
                Box::new(move |_| {
                    black_box(a.analyze(black_box(&text), Source::Screen));
                })
            }),
        ));
    }
    // One bulk load of 100,000 rows into a catalog made from the built-in one. The
    // catalogs are kept (about 10 MB each, some 40 in a timed run) so that freeing one
    // is not counted as part of loading the next.
    v.push((
        "catalog_add_rows_100k".to_string(),
        Box::new(|| {
            let tsv = rows(100_000);
            let mut kept = Vec::new();
            Box::new(move |_| {
                let mut c = Catalog::builtin();
                black_box(c.add_rows(black_box(&tsv)).expect("rows"));
                kept.push(c);
            })
        }),
    ));
    v
}

/// This thread's time on a CPU so far, in ns (Linux `schedstat`; 0 elsewhere): on a
/// shared machine the wall time also counts waiting for a core.
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|n| n.parse().ok()))
        .unwrap_or(0)
}

fn show(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.1} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

fn main() {
    // `cargo test --benches` runs bench targets without `--bench`; keep that quick.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let only = std::env::var("SCALING_CASE").ok();
    let iters: Option<u64> = std::env::var("SCALING_ITERS").ok().and_then(|v| v.parse().ok());
    let all = cases();
    if let Some(name) = only {
        // Callgrind mode: one case, a fixed number of operations, no timing.
        let (_, make) = all.into_iter().find(|(n, _)| *n == name).expect("unknown SCALING_CASE");
        let mut f = make();
        // One operation first in every run (also with 0 iterations), so lazily built
        // tables (the text analyzer) are paid in the set-up, not in the count.
        f(0);
        for i in 1..=iters.unwrap_or(0) {
            f(i);
        }
        // Not dropped: freeing the kept catalogs would add to the count of the runs
        // with more operations. The process exits now anyway.
        std::mem::forget(f);
        return;
    }
    println!("{:<46} {:>12} {:>12} {:>12}", "case", "median wall", "mean CPU", "samples");
    for (name, make) in all {
        let mut f = make();
        // Warm up, then time batches of about 5 ms; the median batch, per operation.
        let mut probes: Vec<u64> = (0..5)
            .map(|k| {
                let probe = Instant::now();
                f(k);
                probe.elapsed().as_nanos().max(1) as u64
            })
            .collect();
        probes.sort_unstable();
        let once = probes[2];
        let per_batch = (5_000_000 / once).clamp(1, 10_000);
        let mut wall = Vec::new();
        let mut i = 5;
        // CPU time over the whole run: the kernel updates it at scheduler ticks, too
        // coarsely for one 5 ms batch.
        let cpu_start = cpu_ns();
        for _ in 0..31 {
            let start = Instant::now();
            for _ in 0..per_batch {
                f(i);
                i += 1;
            }
            wall.push(start.elapsed().as_nanos() as f64 / per_batch as f64);
        }
        let cpu = cpu_ns().saturating_sub(cpu_start) as f64 / (31 * per_batch) as f64;
        wall.sort_by(f64::total_cmp);
        let (w, c) = (show(wall[wall.len() / 2]), show(cpu));
        println!("{name:<46} {w:>12} {c:>12} {:>12}", format!("31 × {per_batch}"));
    }
}
