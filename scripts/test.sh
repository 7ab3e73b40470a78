#!/usr/bin/env bash
# Runs every test of the project on a Debian/Ubuntu machine with Rust installed:
#   formatting and lints, Rust unit + integration tests, benchmark builds,
#   the JUnit suite against the real host libscamguard.so (with -Xcheck:jni),
#   and the host tests of the Android mapping logic.
# Installs what is missing (a JDK, JUnit 5, rustfmt/clippy) first.
#
# Usage: bash scripts/test.sh        (from anywhere inside the repo)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { printf '\n==> %s\n' "$*"; }

# ---- what the tests need
JUNIT_JAR=/usr/share/java/junit-platform-console-standalone.jar
pkgs=()
command -v javac >/dev/null 2>&1 || pkgs+=(default-jdk-headless)
[ -f "$JUNIT_JAR" ] || pkgs+=(junit5)
if [ ${#pkgs[@]} -gt 0 ]; then
  sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
  log "installing ${pkgs[*]} (apt)"
  $sudo apt-get update -q
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${pkgs[@]}"
fi
if command -v rustup >/dev/null 2>&1; then
  for c in rustfmt clippy; do
    rustup component list --installed 2>/dev/null | grep -q "^$c" || rustup component add "$c"
  done
fi

# ---- Rust
log "cargo fmt --check"
cargo fmt --all -- --check
log "cargo clippy (all targets, warnings are errors)"
cargo clippy --all-targets --locked -- -D warnings
log "cargo test"
cargo test --locked
log "benchmarks build"
cargo bench --locked --no-run

# ---- Java bindings on the real JVM against the real .so
log "JUnit suite (bindings/java)"
bash bindings/java/run-tests.sh

# ---- Android mapping logic on the host JVM
log "Android host tests (android/)"
bash android/run-host-tests.sh

log "all tests passed"
