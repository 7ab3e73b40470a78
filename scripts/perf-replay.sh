#!/usr/bin/env bash
# Replay throughput on the benchmark trace (the 1,000,000 events of benches/engine.rs's
# replay_1m), CLI end to end: `scamguard replay --format json TRACE > /dev/null`.
#   bash scripts/perf-replay.sh [RUNS] [OTHER_BINARY]
# Builds the release binary, writes the trace once (/tmp/scamguard-trace1m.jsonl, via
# SCAMGUARD_WRITE_TRACE in benches/memory.rs), then runs RUNS times (default 5) under
# `nice -n -5` and prints each run's wall and user time and the median. With
# OTHER_BINARY (e.g. a build of main), runs alternate between the two and their outputs
# must be byte-identical.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-5}"
other="${2:-}"
trace=/tmp/scamguard-trace1m.jsonl
cargo build --release --bin scamguard --quiet
bin=target/release/scamguard
if [ ! -s "$trace" ]; then
  SCAMGUARD_WRITE_TRACE="$trace" cargo bench --bench memory --quiet >/dev/null
fi
one() { # binary -> "wall user"
  /usr/bin/time -f '%e %U' -o /tmp/scamguard-time.$$ nice -n -5 "$1" replay --format json "$trace" > "/tmp/scamguard-out.$$.$(basename "$1")"
  cat /tmp/scamguard-time.$$
}
declare -a a b
for i in $(seq "$runs"); do
  a+=("$(one "$bin")")
  [ -n "$other" ] && b+=("$(one "$other")")
done
report() { # name times...
  local name=$1; shift
  printf '%s\n' "$@" | sort -n -k2 | awk -v n="$name" '{w[NR]=$1; u[NR]=$2} END {
    m=int((NR+1)/2); printf "%-10s median user %.2f s (%.2f M events/s of CPU), wall %.2f s; runs (wall user): ", n, u[m], 1/u[m], w[m] }'
  printf '[%s] ' "$@"; echo
}
report this "${a[@]}"
if [ -n "$other" ]; then
  report other "${b[@]}"
  cmp "/tmp/scamguard-out.$$.$(basename "$bin")" "/tmp/scamguard-out.$$.$(basename "$other")" && echo "outputs identical"
fi
rm -f /tmp/scamguard-time.$$ /tmp/scamguard-out.$$.*
