#!/usr/bin/env bash
# run-host-tests.sh - compile and run the host (JVM) tests of android/'s plain-Java mapping logic.
#
# Needs only a JDK 11+ and JUnit 5's console launcher (Debian: junit5). No Android SDK and no
# native library: the mapping classes use only org.scamguard value types (Event, Level, Warning).
# env: JUNIT_JAR       console launcher (default /usr/share/java/junit-platform-console-standalone.jar)
#      SCAMGUARD_JAVA_SRC  the Java API sources (default ../bindings/java/src/main/java)
#      BUILD_DIR       scratch dir (default ../target/android/host-tests)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"
JUNIT_JAR=${JUNIT_JAR:-/usr/share/java/junit-platform-console-standalone.jar}
API_SRC=${SCAMGUARD_JAVA_SRC:-../bindings/java/src/main/java}
BUILD=${BUILD_DIR:-../target/android/host-tests}

[ -f "$JUNIT_JAR" ] || { echo "run-host-tests: JUnit console launcher not found at $JUNIT_JAR (apt-get install junit5)" >&2; exit 2; }
[ -d "$API_SRC/org/scamguard" ] || { echo "run-host-tests: Java API sources not found in $API_SRC" >&2; exit 2; }

rm -rf "$BUILD"; mkdir -p "$BUILD/main" "$BUILD/test"
# Only the Java API (no native calls are made) and the framework-free mapping package.
find "$API_SRC" -name '*.java' > "$BUILD/main-sources.txt"
find src/main/java/org/scamguard/android/mapping -name '*.java' >> "$BUILD/main-sources.txt"
javac --release 11 -encoding UTF-8 -Xlint:all,-serial,-processing -d "$BUILD/main" @"$BUILD/main-sources.txt"
find src/test/java -name '*.java' > "$BUILD/test-sources.txt"
javac --release 11 -encoding UTF-8 -cp "$BUILD/main:$JUNIT_JAR" -d "$BUILD/test" @"$BUILD/test-sources.txt"

# The console launcher exits 1 when a test fails and 2 when none were found. Its summary table
# is kept; the closing line is the plain "N passed, N failed" that CI logs are read for.
set +e
java -Dscamguard.manifest=src/main/AndroidManifest.xml -Dscamguard.vendorManifest=vendor/src/main/AndroidManifest.xml \
  -jar "$JUNIT_JAR" --class-path "$BUILD/main:$BUILD/test" --select-package org.scamguard.android \
  --disable-banner --details=summary --fail-if-no-tests > "$BUILD/junit.txt" 2>&1
rc=$?
set -e
cat "$BUILD/junit.txt"
ok=$(sed -n 's/^\[ *\([0-9]*\) tests successful.*/\1/p' "$BUILD/junit.txt")
bad=$(sed -n 's/^\[ *\([0-9]*\) tests failed.*/\1/p' "$BUILD/junit.txt")
echo "android-host-tests: ${ok:-0} passed, ${bad:-0} failed"
exit $rc
