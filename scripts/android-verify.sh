#!/usr/bin/env bash
# android-verify.sh - build and check the Android artifacts on a machine without the Android SDK/NDK.
#
# Run from the repo root (CI: .ci/run). Steps, each skipped with a message when its CI-only tool
# in ../shared is missing:
#   1. host tests of android/'s mapping logic (JDK + JUnit 5 only)
#   2. ../shared/android-xbuild: cross-build libscamguard.so for the four ABIs (profile
#      android-release: Cargo.toml's release profile (opt-level s, fat LTO, 1 codegen unit,
#      stripped) plus opt-level z and lld identical-code folding) and run check-elf.sh on them
#   3. ../shared/android-stubs: compile every Java source under android/src/main/java plus
#      bindings/java against the stub android.jar; run check-api.py --min-sdk 21
#   4. assemble target/android/scamguard.aar (android/scripts/aar_tool.py) and check its layout
#   5. size budgets: arm64-v8a libscamguard.so <= 1.5 MB, AAR <= 4 MB
# Exits non-zero on any failure.
# env: SG_ANDROID_PROFILE  cargo profile for the .so (default android-release, defined below;
#                          any other name is used as Cargo.toml defines it)
#      SG_ANDROID_ABIS     ABIs to build (default all four)
#      SG_SKIP_HOST_TESTS=1  skip step 1
#      CARGO_TARGET_DIR    honoured by cargo as usual
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
SHARED=${SG_SHARED_DIR:-$ROOT/../shared}
XBUILD=$SHARED/android-xbuild
STUBS=$SHARED/android-stubs
PROFILE=${SG_ANDROID_PROFILE:-android-release}
# The size-tuned profile is defined here with cargo --config, so Cargo.toml (the Rust core's)
# stays as it is; a [profile.android-release] added there later is overridden by these keys.
PROFILE_ARGS=()
if [ "$PROFILE" = android-release ]; then
  PROFILE_ARGS=(--config 'profile.android-release.inherits="release"'
                --config 'profile.android-release.opt-level="z"'
                --config 'build.rustflags=["-C", "link-arg=-Wl,--icf=safe"]')
fi
ABIS="arm64-v8a armeabi-v7a x86_64 x86"
OUT=target/android
JNI=$OUT/jniLibs
CLASSES=$OUT/classes
AAR=$OUT/scamguard.aar
SO_BUDGET=$((1536 * 1024))     # 1.5 MB
AAR_BUDGET=$((4 * 1024 * 1024)) # 4 MB
MIN_SDK=21
PACKAGE=org.scamguard.android

failures=()
step() { echo; echo "== android-verify: $*"; }
fail() { echo "android-verify: FAIL: $*" >&2; failures+=("$*"); }
skip() { echo "android-verify: SKIP: $*"; }
size_of() { stat -c %s "$1"; }
mb() { awk -v b="$1" 'BEGIN { printf "%.2f MB", b / 1048576 }'; }
mkdir -p "$OUT"
rm -f "$AAR"   # never report a stale AAR from an earlier run

# ---- 1. host tests (no SDK, no native library)
step "host tests (android/run-host-tests.sh)"
if [ "${SG_SKIP_HOST_TESTS:-0}" = 1 ]; then
  skip "SG_SKIP_HOST_TESTS=1"
elif ! BUILD_DIR=$ROOT/$OUT/host-tests android/run-host-tests.sh; then
  fail "host tests"
fi

# ---- 2. cross-build the .so files
step "cross-build libscamguard.so ($ABIS, profile $PROFILE, API $MIN_SDK)"
have_so=0
if [ -x "$XBUILD/build.sh" ]; then
  rm -rf "$JNI"
  # --abi all builds the four ABIs one after another (the bulk of this script's time)
  abi_arg=all; [ -n "${SG_ANDROID_ABIS:-}" ] && abi_arg=${SG_ANDROID_ABIS// /,}
  if "$XBUILD/build.sh" --manifest-path Cargo.toml --abi "$abi_arg" --api "$MIN_SDK" \
       --profile "$PROFILE" --out "$JNI" -- "${PROFILE_ARGS[@]}"; then
    have_so=1
    step "check-elf.sh"
    "$XBUILD/check-elf.sh" "$JNI"/*/libscamguard.so || fail "check-elf.sh (see the lines above)"
  else
    fail "cross-build of libscamguard.so"
  fi
else
  skip "$XBUILD not found: .so files not built (a real build uses the NDK: see android/README.md)"
fi

# ---- 3. compile the Android sources against the stub android.jar, API-level lint
step "compile android/src/main/java + bindings/java against android-stubs"
have_classes=0
if [ -x "$STUBS/build.sh" ]; then
  if JAR=$("$STUBS/build.sh" | tail -n 1) && [ -f "$JAR" ]; then
    rm -rf "$CLASSES" "$OUT/gen"
    # R.java stands in for what aapt2 generates (non-final ids, as for any library)
    python3 android/scripts/aar_tool.py rjava --res android/src/main/res --package "$PACKAGE" --out "$OUT/gen"
    mkdir -p "$CLASSES"
    find android/src/main/java bindings/java/src/main/java "$OUT/gen" -name '*.java' > "$OUT/sources.txt"
    if javac --release 11 -encoding UTF-8 -Xlint:all,-serial,-processing -cp "$JAR" \
         -d "$CLASSES" @"$OUT/sources.txt"; then
      have_classes=1
      echo "android-verify: compiled $(wc -l < "$OUT/sources.txt") Java files"
    else
      fail "javac against the stub android.jar"
    fi
    step "check-api.py --min-sdk $MIN_SDK android/src/main/java"
    "$STUBS/check-api.py" --min-sdk "$MIN_SDK" android/src/main/java || fail "check-api.py"
  else
    fail "android-stubs/build.sh"
  fi
else
  skip "$STUBS not found: Android sources not compiled (a real build uses Gradle + the SDK)"
fi

# ---- 4. the AAR
step "assemble $AAR"
if [ $have_so = 1 ] && [ $have_classes = 1 ]; then
  rm -f "$AAR"
  if python3 android/scripts/aar_tool.py assemble --manifest android/src/main/AndroidManifest.xml \
       --classes "$CLASSES" --jni "$JNI" --res android/src/main/res --proguard android/consumer-rules.pro \
       --package "$PACKAGE" --min-sdk "$MIN_SDK" --out "$AAR"; then
    abis_csv=${SG_ANDROID_ABIS:-$ABIS}; abis_csv=${abis_csv// /,}
    python3 android/scripts/aar_tool.py check "$AAR" --abis "$abis_csv" || fail "AAR layout"
  else
    fail "AAR assembly"
  fi
else
  skip "AAR needs both the .so files (step 2) and the compiled classes (step 3)"
fi

# ---- 5. size budgets
step "size budgets"
if [ $have_so = 1 ]; then
  for so in "$JNI"/*/libscamguard.so; do
    echo "android-verify: size $so $(size_of "$so") bytes ($(mb "$(size_of "$so")"))"
  done
  arm64=$JNI/arm64-v8a/libscamguard.so
  if [ -f "$arm64" ]; then
    s=$(size_of "$arm64")
    [ "$s" -le $SO_BUDGET ] || fail "arm64-v8a libscamguard.so is $(mb "$s"), budget 1.50 MB"
  fi
fi
if [ -f "$AAR" ]; then
  s=$(size_of "$AAR")
  echo "android-verify: size $AAR $s bytes ($(mb "$s"))"
  [ "$s" -le $AAR_BUDGET ] || fail "AAR is $(mb "$s"), budget 4.00 MB"
fi

echo
if [ ${#failures[@]} -gt 0 ]; then
  echo "android-verify: ${#failures[@]} failure(s):" >&2
  printf '  - %s\n' "${failures[@]}" >&2
  exit 1
fi
echo "android-verify: OK"
