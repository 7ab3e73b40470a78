#!/usr/bin/env bash
# Issue 11's size target: the arm64-v8a libscamguard.so "before region and text-model
# data". Builds arm64-v8a with the CI-only cross kit exactly as scripts/android-verify.sh
# does (profile android-release), then finds the packed data stream (src/builtin.rs,
# src/packed.rs) inside the .so and reports the size with and without the region and
# text-model files in it.
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
import glob, zlib
def shipped(name):
    # build.rs writes what it ships to OUT_DIR and packs it into shipped.z
    # (src/builtin.rs, src/packed.rs): the newest copy of any build is the one the
    # .so above holds.
    copies = glob.glob(f"target/**/build/scamguard-*/out/{name}", recursive=True)
    return open(max(copies, key=os.path.getmtime), 'rb').read() if copies else None
stream = shipped('shipped.z')
if stream is None or blob.count(stream) != 1:
    sys.exit("so-size: the packed data stream (shipped.z) was not found once in the .so")
# The stream's layout (src/packed.rs): u32 length + bytes per file, in this order.
order = ['model.json', 'messages.json', 'regions.json', 'vocab.json', 'fold.tsv',
         'catalog.tsv', 'chat.txt', 'codes.txt', 'bank_screen.txt']
def deflated(names):
    raw = b''.join(len(shipped(n)).to_bytes(4, 'little') + shipped(n) for n in names)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return len(c.compress(raw) + c.flush())
print(f"  packed data stream (shipped.z): {len(stream):,} bytes in the .so "
      f"({sum(len(shipped(n)) for n in order):,} bytes of text)")
removed = 0
for g, files in groups.items():
    names = [os.path.basename(f) for f in files]
    # What leaving the group out of the stream saves (zlib's deflate stands in for
    # miniz_oxide's, within a few per cent).
    saved = deflated(order) - deflated([n for n in order if n not in names])
    print(f"  {g:<14} {', '.join(files):<40} {sum(len(shipped(n)) for n in names):>8,} bytes as text, "
          f"~{saved:,} in the stream")
    if g != 'engine (kept)':
        removed += saved
print(f"before region and text-model data: {total - removed:,} bytes ({(total - removed) / 1e6:.3f} MB)")
PY
