#!/usr/bin/env bash
# Runs every cargo-fuzz target for a bounded time (docs/fuzzing.md).
#
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Needs a nightly toolchain (`rustup toolchain install nightly`) and cargo-fuzz
# (`cargo install cargo-fuzz`). Without them it says so and exits 0, so CI without
# nightly stays green; set FUZZ_REQUIRED=1 to make their absence an error.
# Seeds are read from fuzz/corpus/<target>/ (committed, small); what a run finds
# goes to fuzz/work/<target>/ (ignored by git) and is reused by the next run;
# a crash is written to fuzz/artifacts/<target>/ and the script exits 1.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"

secs="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(trace_reader event_sequence amount model_pack snapshot signed_pack)
fi

missing=""
rustup run nightly rustc --version >/dev/null 2>&1 || missing="a nightly toolchain"
cargo fuzz --version >/dev/null 2>&1 || missing="${missing:+$missing and }cargo-fuzz"
if [ -n "$missing" ]; then
    echo "fuzz: skipped, $missing not installed (see docs/fuzzing.md)"
    [ "${FUZZ_REQUIRED:-0}" = 1 ] && exit 1
    exit 0
fi

cargo +nightly fuzz build -O >/dev/null
status=0
for t in "${targets[@]}"; do
    mkdir -p "work/$t" "corpus/$t"
    log="$(mktemp)"
    # -rss_limit_mb: a leak or an unbounded list fails the run; -timeout: a hang does.
    if cargo +nightly fuzz run -O "$t" "work/$t" "corpus/$t" -- \
        -max_total_time="$secs" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 >"$log" 2>&1; then
        execs="$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')"
        rss="$(grep -m1 'stat::peak_rss_mb' "$log" | awk '{print $2}')"
        echo "fuzz: $t ok: ${execs:-?} executions in ${secs}s, peak RSS ${rss:-?} MB"
    else
        echo "fuzz: $t FAILED (log below; reproducer in fuzz/artifacts/$t/)"
        grep -m1 -A2 'panicked at' "$log" || true
        grep -A3 'Failing input' "$log" || tail -20 "$log"
        status=1
    fi
    rm -f "$log"
done
exit $status
