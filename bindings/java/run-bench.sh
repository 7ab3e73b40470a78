#!/usr/bin/env bash
# JNI benchmark: release build of libscamguard.so, then bench/JniBench (warm-up, medians).
#   bindings/java/run-bench.sh            (honours CARGO_TARGET_DIR, default target/)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
target="${CARGO_TARGET_DIR:-$repo/target}"
case "$target" in /*) ;; *) target="$repo/$target" ;; esac
out="$target/java/bench-classes"

(cd "$repo" && CARGO_TARGET_DIR="$target" cargo build --release --lib --quiet)
rm -rf "$out" && mkdir -p "$out"
javac --release 11 -d "$out" $(find "$here/src/main/java" "$here/src/bench/java" -name '*.java')
echo "machine: $(nproc) CPUs, $(lscpu | sed -n 's/^Model name: *//p')"
echo "java: $(java -version 2>&1 | head -2 | tail -1)"
java -Djava.library.path="$target/release" -cp "$out" org.scamguard.JniBench
