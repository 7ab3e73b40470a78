#!/usr/bin/env bash
# android-verify.sh - build and check the Android artifacts on a machine without the Android SDK/NDK.
#
# Run from the repo root (CI: .ci/run). Steps; those needing a CI-only tool of shared/ are
# skipped with a message when it is missing:
#   1. host tests of android/'s mapping logic (JDK + JUnit 5 only)
#   2. shared/android-xbuild: cross-build libscamguard.so for the four ABIs (profile
#      android-release: Cargo.toml's release profile (opt-level s, fat LTO, 1 codegen unit,
#      stripped) plus opt-level z and lld identical-code folding) and run check-elf.sh on them
#   3. aapt2 (Debian package `aapt`, installed with apt when missing) compiles and links the
#      resources and manifest of both artifacts against the real framework-res.apk (Debian
#      `android-framework-res`); gives R.txt and R.java
#   4. shared/android-stubs: compile the bank artifact (android/src/main/java + bindings/java),
#      the vendor artifact (android/vendor/src/main/java) and the two samples against the stub
#      android.jar (javac --release 11 -Werror); check-api.py --min-sdk 21 on all of them;
#      the samples' integration code stays under 30 (bank) / 60 (vendor) lines
#   5. the AARs (with aar-metadata.properties): target/android/scamguard-android.aar (bank,
#      with the .so files) and target/android/scamguard-android-vendor.aar; layout checks (the
#      bank AAR names no runtime permission and no service); a local Maven repository
#      target/android/maven (groupId org.scamguard, POM + AAR) and its check
#   6. size budgets: arm64-v8a libscamguard.so <= 1.5 MB, bank AAR <= 4 MB
# Exits non-zero on any failure.
# env: SG_SHARED_DIR       where android-xbuild/ and android-stubs/ are (default: shared/ beside
#                          the repo, or beside the main checkout of a git worktree)
#      SG_ANDROID_PROFILE  cargo profile for the .so (default android-release, defined below;
#                          any other name is used as Cargo.toml defines it)
#      SG_ANDROID_ABIS     ABIs to build (default all four)
#      SG_SKIP_HOST_TESTS=1  skip step 1
#      CARGO_TARGET_DIR    honoured by cargo as usual
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
find_shared() {
  [ -n "${SG_SHARED_DIR:-}" ] && { echo "$SG_SHARED_DIR"; return; }
  [ -d "$ROOT/../shared" ] && { (cd "$ROOT/../shared" && pwd); return; }
  # a git worktree (/work/wt/NAME) shares the main checkout's parent (/work/shared)
  local common
  common=$(git -C "$ROOT" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)
  if [ -n "$common" ] && [ -d "$(dirname "$common")/../shared" ]; then
    (cd "$(dirname "$common")/../shared" && pwd); return
  fi
  echo "$ROOT/../shared"
}
SHARED=$(find_shared)
XBUILD=$SHARED/android-xbuild
STUBS=$SHARED/android-stubs
PROFILE=${SG_ANDROID_PROFILE:-android-release}
# The size-tuned profile is defined here with cargo --config, so Cargo.toml (the Rust core's)
# stays as it is; a [profile.android-release] added there later is overridden by these keys.
# --icf=all folds identical functions even when their address is taken: Rust promises no
# unique function addresses (MSVC's /OPT:ICF does the same to every Windows release build),
# and it saves ~16 KB on arm64 over --icf=safe.
# Panic locations name their source file: the crates' paths in cargo's registry
# (/root/.cargo/registry/src/index.crates.io-<hash>/...) would ship the build machine's
# home directory in every .so and cost ~2 KB; they are shortened to /crates.
RUSTFLAGS_JSON='"-C", "link-arg=-Wl,--icf=all"'
for d in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
  if [ -d "$d" ]; then RUSTFLAGS_JSON+=", \"--remap-path-prefix\", \"${d%/}=/crates\""; fi
done
PROFILE_ARGS=()
if [ "$PROFILE" = android-release ]; then
  PROFILE_ARGS=(--config 'profile.android-release.inherits="release"'
                --config 'profile.android-release.opt-level="z"'
                --config "build.rustflags=[$RUSTFLAGS_JSON]")
fi
ABIS="arm64-v8a armeabi-v7a x86_64 x86"
OUT=target/android
JNI=$OUT/jniLibs
AAR=$OUT/scamguard-android.aar
VAAR=$OUT/scamguard-android-vendor.aar
MAVEN=$OUT/maven
GROUP=org.scamguard
VERSION=$(sed -n 's/^version *= *"\(.*\)"/\1/p' Cargo.toml | head -n 1)
SO_BUDGET=$((1536 * 1024))     # 1.5 MB
AAR_BUDGET=$((4 * 1024 * 1024)) # 4 MB
MIN_SDK=21
PACKAGE=org.scamguard.android
VPACKAGE=org.scamguard.android.vendor
FRAMEWORK_RES=/usr/share/android-framework-res/framework-res.apk
AAPT2=/usr/lib/android-sdk/build-tools/debian/aapt2
TOOL=android/scripts/aar_tool.py
# What the lean bank artifact must never merge into a bank's app (issue 9, item 12)
BANK_FORBIDDEN=(android.permission.READ_CONTACTS android.permission.READ_PHONE_STATE
  android.permission.READ_CALL_LOG android.permission.POST_NOTIFICATIONS
  android.permission.BIND_ACCESSIBILITY_SERVICE android.permission.BIND_NOTIFICATION_LISTENER_SERVICE
  android.permission.BIND_SCREENING_SERVICE android.permission.QUERY_ALL_PACKAGES)

failures=()
step() { echo; echo "== android-verify: $*"; }
fail() { echo "android-verify: FAIL: $*" >&2; failures+=("$*"); }
skip() { echo "android-verify: SKIP: $*"; }
size_of() { stat -c %s "$1"; }
mb() { awk -v b="$1" 'BEGIN { printf "%.2f MB", b / 1048576 }'; }
mkdir -p "$OUT"
rm -f "$AAR" "$VAAR"   # never report a stale AAR from an earlier run

# ---- 1. host tests (no SDK, no native library)
step "host tests (android/run-host-tests.sh)"
if [ "${SG_SKIP_HOST_TESTS:-0}" = 1 ]; then
  skip "SG_SKIP_HOST_TESTS=1"
elif ! BUILD_DIR=$ROOT/$OUT/host-tests android/run-host-tests.sh; then
  fail "host tests"
fi

# ---- 2. cross-build the .so files
step "cross-build libscamguard.so (${SG_ANDROID_ABIS:-$ABIS}, profile $PROFILE, API $MIN_SDK)"
have_so=0
if [ -x "$XBUILD/build.sh" ]; then
  rm -rf "$JNI"
  # --abi all builds the four ABIs one after another (the bulk of this script's time)
  abi_arg=all; [ -n "${SG_ANDROID_ABIS:-}" ] && abi_arg=${SG_ANDROID_ABIS// /,}
  # its progress (apt, pip, cargo) goes to a log, shown only when it fails: a green run reads clean
  if "$XBUILD/build.sh" --manifest-path Cargo.toml --abi "$abi_arg" --api "$MIN_SDK" \
       --profile "$PROFILE" --out "$JNI" -- "${PROFILE_ARGS[@]}" > "$OUT/xbuild.log" 2>&1; then
    have_so=1
    echo "android-verify: built $(ls "$JNI"/*/libscamguard.so | wc -l) libscamguard.so (log: $OUT/xbuild.log)"
    step "check-elf.sh"
    "$XBUILD/check-elf.sh" "$JNI"/*/libscamguard.so || fail "check-elf.sh (see the lines above)"
  else
    tail -n 40 "$OUT/xbuild.log" >&2
    fail "cross-build of libscamguard.so (last lines of $OUT/xbuild.log above)"
  fi
else
  skip "$XBUILD not found: .so files not built (a real build uses the NDK: see android/README.md)"
fi

# ---- 3. aapt2: compile and link resources + manifests against the real framework resources
step "aapt2 compile + link against framework-res.apk (both artifacts)"
if [ ! -x "$AAPT2" ] || [ ! -f "$FRAMEWORK_RES" ]; then
  sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
  echo "android-verify: installing aapt android-framework-res (apt)"
  { $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends aapt android-framework-res \
      || { $sudo apt-get update -q && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
           --no-install-recommends aapt android-framework-res; }; } > "$OUT/apt.log" 2>&1 \
    || { cat "$OUT/apt.log" >&2; }
fi
have_res=0
if [ -x "$AAPT2" ] && [ -f "$FRAMEWORK_RES" ]; then
  rm -rf "$OUT/res-bank" "$OUT/res-vendor"
  if python3 "$TOOL" link --aapt2 "$AAPT2" --framework "$FRAMEWORK_RES" --res android/src/main/res \
       --manifest android/src/main/AndroidManifest.xml --package "$PACKAGE" --min-sdk "$MIN_SDK" --out "$OUT/res-bank" \
     && python3 "$TOOL" link --aapt2 "$AAPT2" --framework "$FRAMEWORK_RES" --res android/vendor/src/main/res \
       --manifest android/vendor/src/main/AndroidManifest.xml --package "$VPACKAGE" --min-sdk "$MIN_SDK" --out "$OUT/res-vendor"; then
    have_res=1
  else
    fail "aapt2 link (see the lines above)"
  fi
else
  fail "aapt2 / framework-res.apk not installed (apt-get install aapt android-framework-res)"
fi

# ---- 4. compile the Android sources and samples against the stub android.jar, API-level lint
step "compile bank + vendor artifacts and samples against android-stubs"
have_classes=0
if [ ! -x "$STUBS/build.sh" ]; then
  skip "$STUBS not found: Android sources not compiled (a real build uses Gradle + the SDK)"
elif [ $have_res = 0 ]; then
  skip "needs R.java from aapt2 (step 3)"
elif ! JAR=$("$STUBS/build.sh" 2> "$OUT/stubs.log" | tail -n 1) || [ ! -f "$JAR" ]; then
  cat "$OUT/stubs.log" >&2
  fail "android-stubs/build.sh"
else
  javac_android() {   # OUT_DIR CLASSPATH SOURCE_DIR...
    local out=$1 cp=$2; shift 2
    rm -rf "$out"; mkdir -p "$out"
    find "$@" -name '*.java' > "$out.sources.txt"
    javac --release 11 -encoding UTF-8 -Xlint:all,-serial,-processing -Werror -cp "$cp" -d "$out" @"$out.sources.txt" \
      && echo "android-verify: compiled $(wc -l < "$out.sources.txt") Java files into $out"
  }
  if javac_android "$OUT/classes-bank" "$JAR" android/src/main/java bindings/java/src/main/java "$OUT/res-bank/gen" \
     && javac_android "$OUT/classes-vendor" "$JAR:$OUT/classes-bank" android/vendor/src/main/java "$OUT/res-vendor/gen" \
     && javac_android "$OUT/classes-samples" "$JAR:$OUT/classes-bank:$OUT/classes-vendor" android/samples; then
    have_classes=1
  else
    fail "javac against the stub android.jar"
  fi
  step "check-api.py --min-sdk $MIN_SDK (bank, vendor, samples)"
  "$STUBS/check-api.py" --min-sdk "$MIN_SDK" android/src/main/java android/vendor/src/main/java android/samples \
    && echo "android-verify: no unguarded API above $MIN_SDK" || fail "check-api.py"
  step "samples: integration code size"
  python3 "$TOOL" lines --max 29 android/samples/bank/src/main/java/org/scamguard/sample/bank/*.java || fail "bank sample over 30 lines"
  python3 "$TOOL" lines --max 59 android/samples/vendor/src/main/java/org/scamguard/sample/vendor/*.java || fail "vendor sample over 60 lines"
fi

# ---- 5. the AARs and the local Maven repository
step "assemble $AAR and $VAAR, local Maven repository $MAVEN"
rm -f "$AAR" "$VAAR"; rm -rf "$MAVEN"
if [ $have_classes = 1 ]; then
  abis_csv=${SG_ANDROID_ABIS:-$ABIS}; abis_csv=${abis_csv// /,}
  forbid=(); for f in "${BANK_FORBIDDEN[@]}"; do forbid+=(--forbid "$f"); done
  if [ $have_so = 1 ]; then
    python3 "$TOOL" assemble --manifest android/src/main/AndroidManifest.xml --classes "$OUT/classes-bank" \
        --jni "$JNI" --res android/src/main/res --rtxt "$OUT/res-bank/R.txt" --proguard android/consumer-rules.pro \
        --package "$PACKAGE" --min-sdk "$MIN_SDK" --out "$AAR" \
      && python3 "$TOOL" check "$AAR" --abis "$abis_csv" "${forbid[@]}" \
           --need org.scamguard.ScamGuard --need org.scamguard.android.ScamGuardAndroid \
           --need org.scamguard.android.BankAppGuard --need org.scamguard.android.WarningActivity \
      || fail "bank AAR"
  else
    skip "bank AAR needs the .so files (step 2)"
  fi
  python3 "$TOOL" assemble --manifest android/vendor/src/main/AndroidManifest.xml --classes "$OUT/classes-vendor" \
      --res android/vendor/src/main/res --rtxt "$OUT/res-vendor/R.txt" --proguard android/vendor/consumer-rules.pro \
      --package "$VPACKAGE" --min-sdk "$MIN_SDK" --out "$VAAR" \
    && python3 "$TOOL" check "$VAAR" --need org.scamguard.android.ScamGuardAccessibilityService \
         --need org.scamguard.android.ScamGuardCallScreeningService \
    || fail "vendor AAR"
  if [ -f "$AAR" ] && [ -f "$VAAR" ]; then
    bank_dep=$GROUP:scamguard-android:$VERSION
    python3 "$TOOL" maven --repo "$MAVEN" --group "$GROUP" --artifact scamguard-android --version "$VERSION" --aar "$AAR" \
      && python3 "$TOOL" maven --repo "$MAVEN" --group "$GROUP" --artifact scamguard-android-vendor --version "$VERSION" \
           --aar "$VAAR" --dep "$bank_dep" \
      && python3 "$TOOL" check-maven --repo "$MAVEN" --group "$GROUP" --artifact scamguard-android --version "$VERSION" \
      && python3 "$TOOL" check-maven --repo "$MAVEN" --group "$GROUP" --artifact scamguard-android-vendor \
           --version "$VERSION" --dep "$bank_dep" \
      || fail "local Maven repository"
  fi
else
  skip "the AARs need the compiled classes (step 4)"
fi

# ---- 6. size budgets
step "size budgets"
if [ $have_so = 1 ]; then
  for so in "$JNI"/*/libscamguard.so; do
    echo "android-verify: size $so $(size_of "$so") bytes ($(mb "$(size_of "$so")"))"
    # The build machine's paths stay out of what ships (the remap above).
    if [ "$PROFILE" = android-release ] && grep -q -a -F '/registry/src/' "$so"; then
      fail "$so names cargo's registry directory (--remap-path-prefix not applied)"
    fi
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
