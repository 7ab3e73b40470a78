//! Scam-text analysis benchmarks (criterion): `text::analyze` on 200, 2,000
//! and 20,000-character texts, and on a 2,000-character text with the
//! vocabulary grown by 1,000 and 10,000 generated words, to show the cost per
//! text is flat in vocabulary size (issue 11: within 1.3x at 10k words).
//!
//! Run: `cargo bench --bench text` (add `-- --quick` for a rougher run).
//! Instruction counts (steadier than time on a shared machine): see
//! `tests/text_cost.rs` (callgrind, same 200-character text).
//!
//! Measured 2026-12-02 (x86_64, release profile): 200 chars 70.2k
//! instructions per text before the issue-11 speed work, 45.2k after
//! (normalization alone 14.7k); criterion 6.8 µs per 200-char text,
//! 2,000 chars 64.9 µs with the built-in vocabulary and 59.5 µs with
//! 10,000 words added (flat in vocabulary size).

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use scamguard::text::{Analyzer, Source, TextClass};

/// A screen-text-like mix of Chinese and English with a few real hits.
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

/// Words that look like vocabulary (mixed Chinese/Latin, shared prefixes
/// with real words) so the automaton is exercised, not trivially skipped.
fn extra_words(n: usize) -> Vec<String> {
    let heads = ["积分", "账户", "安全", "退款", "verify", "account", "parcel", "刷单", "客服", "银行"];
    (0..n).map(|i| format!("{}{}号{}", heads[i % heads.len()], i, ["码", "卡", "x", "单"][i % 4])).collect()
}

fn by_length(c: &mut Criterion) {
    let a = Analyzer::builtin();
    let mut group = c.benchmark_group("text_analyze_length");
    for n in [200usize, 2_000, 20_000] {
        let t = text_of(n);
        group.throughput(Throughput::Elements(1));
        group.bench_function(format!("{n}_chars"), |b| {
            b.iter(|| black_box(a.analyze(black_box(&t), Source::Screen)))
        });
    }
    group.finish();
}

fn by_vocabulary(c: &mut Criterion) {
    let t = text_of(2_000);
    let short = text_of(200);
    let mut group = c.benchmark_group("text_analyze_vocabulary");
    for (name, extra) in [("default", 0usize), ("plus_1k", 1_000), ("plus_10k", 10_000)] {
        let a = if extra == 0 {
            Analyzer::builtin().clone()
        } else {
            Analyzer::with_extra_words(TextClass::Task, &extra_words(extra), 0.5)
        };
        group.bench_function(format!("{name}_2000_chars"), |b| {
            b.iter(|| black_box(a.analyze(black_box(&t), Source::Screen)))
        });
        group.bench_function(format!("{name}_200_chars"), |b| {
            b.iter(|| black_box(a.analyze(black_box(&short), Source::Screen)))
        });
    }
    group.finish();
}

criterion_group!(benches, by_length, by_vocabulary);
criterion_main!(benches);
