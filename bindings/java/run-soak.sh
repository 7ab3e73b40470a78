#!/usr/bin/env bash
# Create/close soak on the real library: N cycles (default 100,000), VmRSS after each tenth;
# exits 1 if the resident set grew more than 10% over the run or -Xcheck:jni complained.
# run-tests.sh runs it after the JUnit suite (about 30 s on 2 cores); figures in the README.
#   bindings/java/run-soak.sh [cycles]      (honours CARGO_TARGET_DIR, default target/)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
target="${CARGO_TARGET_DIR:-$repo/target}"
case "$target" in /*) ;; *) target="$repo/$target" ;; esac
out="$target/java/soak-classes"

(cd "$repo" && CARGO_TARGET_DIR="$target" cargo build --release --lib --quiet)
rm -rf "$out" && mkdir -p "$out"
javac --release 11 -Xlint:all -Werror -d "$out" $(find "$here/src/main/java" "$here/src/bench/java" -name '*.java')
echo "machine: $(nproc) CPUs; java: $(java -version 2>&1 | head -1)"
# A fixed, pre-touched heap: RSS then measures native memory, threads and JIT code, not the
# heap pages the GC touches for the first time.
log="$target/java/soak.log"
set +e
java -Xms64m -Xmx64m -XX:+AlwaysPreTouch -Xcheck:jni -Djava.library.path="$target/release" -cp "$out" \
    org.scamguard.CreateCloseSoak "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
if grep -qE 'WARNING in native method|^\s+at [a-zA-Z]|Exception in thread|panicked at' "$log"; then
    echo "run-soak.sh: -Xcheck:jni warnings or stack traces (see above)" >&2
    exit 1
fi
exit "$status"
