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
