#!/usr/bin/env bash
# Issue 11's size target: the arm64-v8a libscamguard.so "before region and text-model
# data". Builds arm64-v8a with the CI-only cross kit exactly as scripts/android-verify.sh
# does (profile android-release), then finds each embedded data file (include_str!, so its
# bytes sit verbatim in .rodata) inside the .so and reports the size with and without them.
#   bash scripts/so-size.sh            (needs ../shared/android-xbuild; measurement only)
# env: SG_SHARED_DIR as android-verify.sh; SO=path skips the build and measures that file.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
so="${SO:-}"
if [ -z "$so" ]; then
  shared="${SG_SHARED_DIR:-}"
  if [ -z "$shared" ]; then
    common=$(git rev-parse --path-format=absolute --git-common-dir)
    for d in ../shared "$(dirname "$common")/../shared"; do [ -d "$d/android-xbuild" ] && shared=$d && break; done
  fi
  [ -x "$shared/android-xbuild/build.sh" ] || { echo "so-size: android-xbuild not found" >&2; exit 1; }
  out=target/android-size
  rm -rf "$out"; mkdir -p "$out"
  "$shared/android-xbuild/build.sh" --manifest-path Cargo.toml --abi arm64-v8a --api 21 \
    --profile android-release --out "$out" -- \
    --config 'profile.android-release.inherits="release"' \
    --config 'profile.android-release.opt-level="z"' \
    --config 'build.rustflags=["-C", "link-arg=-Wl,--icf=safe"]' > "$out/xbuild.log" 2>&1 \
    || { tail -n 30 "$out/xbuild.log" >&2; exit 1; }
  so="$out/arm64-v8a/libscamguard.so"
fi
python3 - "$so" <<'PY'
import os, sys
so = sys.argv[1]
blob = open(so, 'rb').read()
total = len(blob)
# Region data: regions.json (numbers, currencies, advice per region) and catalog.tsv (the
# apps of every region). Text-model data: vocab.json and fold.tsv. The rest is the
# engine's own (model.json, messages.json), counted as part of the 1.1 MB.
groups = {'region': ['data/regions.json', 'data/catalog.tsv'],
          'text model': ['data/vocab.json', 'data/fold.tsv'],
          'engine (kept)': ['data/model.json', 'data/messages.json']}
print(f"{so}: {total:,} bytes ({total / 1e6:.3f} MB)")
removed = 0
def minify(text):
    # build.rs ships JSON without whitespace between tokens (src/builtin.rs).
    out, in_str, esc = [], False, False
    for c in text:
        if in_str:
            out.append(c)
            if esc: esc = False
            elif c == '\\': esc = True
            elif c == '"': in_str = False
        elif c == '"':
            in_str = True; out.append(c)
        elif not c.isspace():
            out.append(c)
    return ''.join(out)
import glob
def shipped(f):
    # build.rs writes what it ships to OUT_DIR (src/builtin.rs): the newest copy of
    # any build is the one the .so above holds.
    copies = glob.glob(f"target/**/build/scamguard-*/out/{os.path.basename(f)}", recursive=True)
    return max(copies, key=os.path.getmtime) if copies else None
for g, files in groups.items():
    for f in files:
        copy = shipped(f)
        if copy:
            data = open(copy, 'rb').read()
        else:
            data = open(f, 'rb').read()
            if f.endswith('.json'):
                data = minify(data.decode('utf-8')).encode('utf-8')
        n = blob.count(data)
        print(f"  {g:<14} {f:<20} {len(data):>8,} bytes as shipped, found {n}x")
        if g != 'engine (kept)' and n:
            removed += len(data) * n
print(f"before region and text-model data: {total - removed:,} bytes ({(total - removed) / 1e6:.3f} MB)")
PY
