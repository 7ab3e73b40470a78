#!/usr/bin/env bash
# Issue 11 item 6: per-operation instruction counts (callgrind) of every case of
# benches/scaling.rs, beside `cargo bench --bench scaling`'s times.
#   bash scripts/scaling.sh [ITERS]     (default 200; needs valgrind)
# Each case runs under callgrind with 0 and with ITERS operations; the difference
# divided by ITERS is the cost of one operation without the set-up.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
iters="${1:-200}"
bin=$(cargo bench --bench scaling --no-run --message-format=json 2>/dev/null \
  | sed -n 's/.*"executable":"\([^"]*scaling[^"]*\)".*/\1/p' | tail -1)
[ -x "$bin" ] || { echo "scaling bench binary not found" >&2; exit 1; }
count() { # case iters -> total instructions
  SCALING_CASE="$1" SCALING_ITERS="$2" valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    "$bin" --bench 2>&1 | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
cases="observe_app_foreground_catalog_plus_0 observe_app_foreground_catalog_plus_10000
observe_app_foreground_catalog_plus_100000 observe_screen_text_200_chars observe_screen_text_2000_chars
observe_screen_text_20000_chars analyze_200_chars_vocabulary_default analyze_200_chars_vocabulary_plus_1k
analyze_200_chars_vocabulary_plus_10k catalog_add_rows_100k"
printf '%-46s %14s\n' case "instr/op"
for c in $cases; do
  n="$iters"
  [ "$c" = catalog_add_rows_100k ] && n=2   # one op is 100,000 rows
  base=$(count "$c" 0)
  with=$(count "$c" "$n")
  printf '%-46s %14s\n' "$c" "$(( (with - base) / n ))"
done
