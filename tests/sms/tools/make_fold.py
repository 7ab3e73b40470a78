#!/usr/bin/env python3
"""Regenerates the traditional->simplified part of data/fold.tsv.

Source: OpenCC's TSCharacters.txt, HKVariantsRev.txt, TWVariantsRev.txt
(Apache-2.0, https://github.com/BYVoid/OpenCC), as shipped in the PyPI package
opencc-purepy. Only characters whose simplified form is one of the 3,755 common
characters of GB2312 level 1 are kept: that covers scam text while keeping the
table (embedded in the .so) small. The hand-written look-alike part of fold.tsv
(below the marker line) is kept as it is.

Usage: pip install opencc-purepy && python3 tests/sms/tools/make_fold.py
"""
import os
import sys

import opencc_purepy

D = os.path.join(os.path.dirname(opencc_purepy.__file__), "dicts")
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "..", "data", "fold.tsv")
MARK = "# --- hand-written look-alikes below (kept by make_fold.py) ---"


def level1():
    s = set()
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                s.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return s


def pairs(name):
    for line in open(os.path.join(D, name), encoding="utf-8"):
        a, b = line.rstrip("\n").split("\t")
        yield a, b.split(" ")[0]


common = level1()
table = {}
for name in ["HKVariantsRev.txt", "TWVariantsRev.txt"]:
    for a, b in pairs(name):
        if len(a) == 1 and len(b) == 1:
            table[a] = b
for a, b in pairs("TSCharacters.txt"):
    if len(a) == 1 and len(b) == 1 and a != b:
        table[a] = b
# Variants first fold to the traditional standard form; chase to simplified.
ts = dict(pairs("TSCharacters.txt"))
out = {}
for a, b in table.items():
    b = ts.get(b, b)
    if a != b and b in common and len(b) == 1:
        out[a] = b

tail = ""
if os.path.exists(OUT):
    text = open(OUT, encoding="utf-8").read()
    if MARK in text:
        tail = text[text.index(MARK):]
with open(OUT, "w", encoding="utf-8") as f:
    f.write("# Folding table for src/text/normalize.rs: FROM<TAB>TO<TAB>KIND.\n")
    f.write("# KIND ts = traditional->simplified (generated from OpenCC, Apache-2.0, by\n")
    f.write("# tests/sms/tools/make_fold.py); look = a look-alike or homophone used to dodge\n")
    f.write("# filters; seq = a multi-character sequence. FROM is matched after case and\n")
    f.write("# width folding. Validated by build.rs.\n")
    for a in sorted(out):
        f.write(f"{a}\t{out[a]}\tts\n")
    f.write(tail if tail else MARK + "\n")
print(len(out), "ts pairs", file=sys.stderr)
