//! Engine benchmarks (criterion): construction, `observe` per event type, and
//! replay of a generated 1,000,000-event trace. Figures go in BENCHMARKS.md.
//!
//! Run: `cargo bench --bench engine` (add `-- --quick` for a faster, rougher run).

use criterion::{black_box, criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use scamguard::replay::{self, Format, Options};
use scamguard::{Engine, Event};

mod support;
use support::{templates, write_trace};

fn construction(c: &mut Criterion) {
    c.bench_function("engine_new", |b| b.iter(|| black_box(Engine::new())));
    // What the first engine of a process pays once on top: inflating the shipped
    // data (src/builtin.rs).
    c.bench_function("data_inflate_once", |b| {
        b.iter(|| black_box(scamguard::packed::unpack(scamguard::builtin::PACKED)))
    });
}

fn observe(c: &mut Criterion) {
    let mut group = c.benchmark_group("observe");
    for (name, template) in templates() {
        // Events are parsed outside the timed loop: this measures the engine alone.
        let mut engine = Engine::new();
        let mut t = 0u64;
        let events: Vec<Event> = (0..1024)
            .map(|i| Event::from_json(&template.replace("{t}", &i.to_string())).expect("valid"))
            .collect();
        let mut i = 0usize;
        group.bench_function(name, |b| {
            b.iter_batched(
                || {
                    let mut e = events[i % events.len()].clone();
                    t += 1000;
                    e.t = t;
                    i += 1;
                    e
                },
                |e| black_box(engine.observe(&e).expect("observe")),
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();
}

fn replay_1m(c: &mut Criterion) {
    const N: usize = 1_000_000;
    let mut trace = Vec::with_capacity(N * 160);
    write_trace(N, &mut trace).expect("generate");
    let mut group = c.benchmark_group("replay");
    group.sample_size(10);
    group.throughput(Throughput::Elements(N as u64));
    group.bench_function("1m_events_json", |b| {
        b.iter(|| {
            let opts = Options { format: Format::Json, ..Options::default() };
            let summary =
                replay::replay(&trace[..], "generated", opts, &mut std::io::sink(), &mut std::io::sink())
                    .expect("replay");
            assert_eq!(summary.events, N);
            black_box(summary.warnings)
        })
    });
    group.finish();
}

criterion_group!(benches, construction, observe, replay_1m);
criterion_main!(benches);
