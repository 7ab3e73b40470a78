#!/usr/bin/env bash
# Builds libscamguard.so for the host, compiles the Java bindings and their JUnit 5
# tests, and runs the tests on the real JVM with -Xcheck:jni.
#
#   bindings/java/run-tests.sh            # from anywhere in the repo
#   CARGO_TARGET_DIR=/tmp/t bindings/java/run-tests.sh
#   JUNIT_JAR=/path/junit-platform-console-standalone.jar bindings/java/run-tests.sh
#
# JUNIT_DETAILS=tree lists every test (default: summary; failures are always shown).
# Then the create/close soak (run-soak.sh, 100,000 cycles; SG_SOAK_CYCLES=N to change, 0 to skip).
#
# Needs: cargo, a JDK (javac/java 11+), Debian's junit5 package
# (/usr/share/java/junit-platform-console-standalone.jar). Extra arguments are passed
# to the JUnit console launcher (e.g. --select-class org.scamguard.SeedScenarioTest
# instead of scanning the class path).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
target="${CARGO_TARGET_DIR:-$repo/target}"
case "$target" in /*) ;; *) target="$repo/$target" ;; esac
junit="${JUNIT_JAR:-/usr/share/java/junit-platform-console-standalone.jar}"
out="$target/java"

if [[ ! -f "$junit" ]]; then
    echo "run-tests.sh: JUnit console launcher not found at $junit (apt-get install junit5, or set JUNIT_JAR)" >&2
    exit 2
fi

echo "== cargo build --release (lib + scamguard binary) -> $target"
(cd "$repo" && CARGO_TARGET_DIR="$target" cargo build --release --quiet)
lib="$target/release/libscamguard.so"
bin="$target/release/scamguard"

echo "== javac --release 11"
rm -rf "$out/classes" "$out/test-classes"
mkdir -p "$out/classes" "$out/test-classes"
javac --release 11 -Xlint:all -Werror -d "$out/classes" $(find "$here/src/main/java" -name '*.java')
javac --release 11 -Xlint:all -Werror -d "$out/test-classes" -cp "$out/classes:$junit" \
    $(find "$here/src/test/java" -name '*.java')

if [[ $# -eq 0 ]]; then
    set -- --scan-classpath
fi

echo "== JUnit (java -Xcheck:jni)"
log="$out/junit.log"
set +e
java -Xcheck:jni \
    -Djava.util.logging.config.file="$here/src/test/resources/logging.properties" \
    -Djava.library.path="$target/release" \
    -Dscamguard.repo="$repo" \
    -Dscamguard.replay.bin="$bin" \
    -jar "$junit" \
    --class-path "$out/classes:$out/test-classes" \
    --disable-banner --details="${JUNIT_DETAILS:-summary}" --fail-if-no-tests \
    "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

if grep -q "WARNING in native method" "$log"; then
    echo "run-tests.sh: -Xcheck:jni reported problems (see 'WARNING in native method' above)" >&2
    exit 1
fi
if [[ $status -ne 0 ]]; then
    echo "run-tests.sh: JUnit failed (exit $status)" >&2
    exit "$status"
fi
# A green run is silent: no stack trace, panic or stray log line may reach the output.
if grep -qE '^\s+at [a-zA-Z]|Exception in thread|panicked at|^(WARNING|SEVERE):' "$log"; then
    echo "run-tests.sh: tests passed but printed stack traces or warnings (see above); a green run must be silent" >&2
    exit 1
fi
echo "run-tests.sh: all Java tests passed against $lib"

# Memory under engine churn: 100,000 create/close cycles with RSS flat within 10% (issue 10).
# SG_SOAK_CYCLES=0 skips it (e.g. while iterating on one test class).
if [[ "${SG_SOAK_CYCLES:-100000}" != 0 ]]; then
    echo "== create/close soak (${SG_SOAK_CYCLES:-100000} cycles, RSS within 10%)"
    bash "$here/run-soak.sh" "${SG_SOAK_CYCLES:-100000}"
fi
