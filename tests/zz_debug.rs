#[test]
fn dbg_trace() {
    let path = std::env::var("TRACE").unwrap_or_default();
    if path.is_empty() {
        return;
    }
    let text = std::fs::read_to_string(&path).unwrap();
    let mut e = scamguard::Engine::new();
    for l in text.lines().filter(|l| !l.trim().is_empty()) {
        let ev = scamguard::Event::from_json(l).unwrap();
        let w = e.observe(&ev).unwrap();
        let t = ev.t;
        let r = e.episode().risk(t, e.model());
        let sigs: Vec<String> =
            e.episode().signals.iter().map(|s| format!("{}={:.2}", s.id, s.value(t, e.model()))).collect();
        println!(
            "{} {:?} risk={:.2} stages={:?} chain={} {:?} => {:?}",
            t,
            ev.event_type(),
            r.total,
            r.stages.map(|x| (x * 100.0).round() / 100.0),
            r.chain,
            sigs,
            w.iter().map(|w| (w.level, w.rule.clone())).collect::<Vec<_>>()
        );
    }
}

#[test]
fn dbg_texts() {
    let path = std::env::var("TEXTS").unwrap_or_default();
    if path.is_empty() {
        return;
    }
    for l in std::fs::read_to_string(&path).unwrap().lines() {
        let a = scamguard::text::analyze(l, scamguard::text::Source::SmsUnknown);
        println!(
            "{:.2} {:?} | {}",
            a.score,
            a.findings.iter().map(|f| (f.class, (f.strength * 100.0).round() / 100.0)).collect::<Vec<_>>(),
            l
        );
    }
}

#[test]
fn dbg_timing() {
    if std::env::var("TIMING").is_err() {
        return;
    }
    let base = "支付宝 备用金 最高可借500元 立即开通 账单 余额宝 花呗 借呗 生活缴费 转账 收款 理财 保险 ";
    let text: String = base.chars().cycle().take(200).collect();
    let n = 20000;
    let t0 = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(scamguard::text::analyze(&text, scamguard::text::Source::Screen));
    }
    println!("analyze {:?}", t0.elapsed() / n);
    let mut e = scamguard::Engine::new();
    let t0 = std::time::Instant::now();
    for i in 0..n {
        let ev = scamguard::Event::new(
            1000 * i as u64,
            scamguard::EventKind::ScreenText {
                package: "com.eg.android.AlipayGphone".into(),
                text: text.clone(),
            },
        );
        std::hint::black_box(e.observe(&ev).unwrap());
    }
    println!("observe {:?}", t0.elapsed() / n);
    let plain: String = "今日推荐 热门 新闻 天气 ".chars().cycle().take(200).collect();
    let mut e = scamguard::Engine::new();
    let t0 = std::time::Instant::now();
    for i in 0..n {
        let ev = scamguard::Event::new(
            1000 * i as u64,
            scamguard::EventKind::ScreenText {
                package: "com.eg.android.AlipayGphone".into(),
                text: plain.clone(),
            },
        );
        std::hint::black_box(e.observe(&ev).unwrap());
    }
    println!("observe plain {:?}", t0.elapsed() / n);
    let t0 = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(scamguard::amount::find_amounts_in_text(&text));
    }
    println!("amounts {:?}", t0.elapsed() / n);
}
