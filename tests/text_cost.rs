//! Instruction count of `text::analyze` for callgrind (issue 11 item 2):
//!
//! ```text
//! cargo test --release --test text_cost --no-run
//! TEXT_COST_ITERS=0    valgrind --tool=callgrind --callgrind-out-file=/dev/null <bin> --ignored
//! TEXT_COST_ITERS=1000 valgrind --tool=callgrind --callgrind-out-file=/dev/null <bin> --ignored
//! ```
//!
//! (difference / 1000 = instructions per 200-character text). The text is
//! the benchmark's (`benches/text.rs`). The non-ignored test checks that
//! the input really holds hits, so the measured path is the full one.

use scamguard::text::normalize::FoldTable;
use scamguard::text::{analyze, Source};

/// The same mix as `benches/text.rs`.
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

#[test]
fn the_measured_text_takes_the_full_path() {
    let a = analyze(&text_of(200), Source::Screen);
    assert!(a.has_link);
    assert!(!a.findings.is_empty());
}

#[test]
#[ignore]
fn analyze_in_a_loop() {
    let n: usize = std::env::var("TEXT_COST_ITERS").ok().and_then(|v| v.parse().ok()).unwrap_or(0);
    let t = text_of(200);
    // Warm the lazily built analyzer so both runs pay its construction.
    let mut sink = analyze("warm", Source::Screen).findings.len();
    // TEXT_COST_PART=normalize measures the normalization step alone.
    if std::env::var("TEXT_COST_PART").as_deref() == Ok("normalize") {
        let fold = FoldTable::parse(include_str!("../data/fold.tsv")).expect("fold table");
        let (mut a, mut b) = (Vec::new(), Vec::new());
        for _ in 0..n {
            fold.normalize_into(std::hint::black_box(&t), &mut a, &mut b);
            sink += a.len();
        }
    } else {
        for _ in 0..n {
            sink += std::hint::black_box(analyze(std::hint::black_box(&t), Source::Screen)).findings.len();
        }
    }
    assert!(n == 0 || sink > 0);
}
