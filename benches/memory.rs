//! Peak memory of replay against trace length (plain harness: criterion measures
//! time, not memory). Replays generated traces of growing length from files,
//! streaming, and prints the process's peak resident set after each: flat
//! figures mean memory does not grow with the trace.
//!
//! Run: `cargo bench --bench memory`

mod support;

use scamguard::replay::{self, Format, Options};
use std::io::{BufReader, BufWriter};

fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(str::to_string))
        .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse().ok()))
        .unwrap_or(0)
}

fn main() {
    // `cargo test --benches` runs bench targets with `--bench` absent; keep that quick.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    // `SCAMGUARD_WRITE_TRACE=PATH cargo bench --bench memory` writes the replay benchmark's
    // 1,000,000-event trace (the one `benches/engine.rs` replays) to PATH and stops, so the
    // CLI can be timed and profiled on exactly that input (scripts/perf-replay.sh).
    if let Some(path) = std::env::var_os("SCAMGUARD_WRITE_TRACE") {
        let mut w = BufWriter::new(std::fs::File::create(&path).expect("create"));
        support::write_trace(1_000_000, &mut w).expect("write");
        std::io::Write::flush(&mut w).expect("flush");
        return;
    }
    let dir = std::env::temp_dir().join(format!("scamguard-mem-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp dir");
    println!("{:>10}  {:>10}  {:>14}", "events", "warnings", "peak RSS (KiB)");
    for n in [10_000usize, 100_000, 1_000_000, 3_000_000] {
        let path = dir.join(format!("trace-{n}.jsonl"));
        {
            let mut w = BufWriter::new(std::fs::File::create(&path).expect("create"));
            support::write_trace(n, &mut w).expect("write");
        }
        let file = BufReader::new(std::fs::File::open(&path).expect("open"));
        let opts = Options { format: Format::Json, ..Options::default() };
        let s = replay::replay(file, "generated", opts, &mut std::io::sink(), &mut std::io::sink())
            .expect("replay");
        println!("{:>10}  {:>10}  {:>14}", s.events, s.warnings, peak_rss_kib());
        std::fs::remove_file(&path).ok();
    }
    std::fs::remove_dir_all(&dir).ok();
}
