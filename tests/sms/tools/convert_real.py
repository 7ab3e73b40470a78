"""Turns a sample of a public labelled SMS collection into tests/sms splits.

Usage: python3 tests/sms/tools/convert_real.py tests/sms/real-mendeley

Reads `<dir>/sample.txt` (`ID<TAB>LABEL<TAB>TEXT`, the collection's own id
and label, text as published) and writes `<dir>/dev.tsv` and
`<dir>/heldout.tsv` in the corpus format (tests/sms/README.md).

Label mapping (see the README): the collection's `smishing` -> `scam`,
`ham` -> `ham`; `spam` (advertising, premium-rate subscriptions) is
neither and is dropped, so an advert is neither a miss nor a false alarm.
Every message is scored as from an unknown sender (`sms_unknown`): the
collections do not say who sent what, and it is the strictest source for
false alarms. The halves are drawn by a fixed seed, so re-running gives
the same files.
"""
import random
import re
import sys
from pathlib import Path

MAP = {"smishing": "scam", "scam": "scam", "ham": "ham"}
IN = re.compile(r"\bRs\.?\s?\d|paytm|pyatm|\bkyc\b|fl1pkart|lakh|crore|yes bank|\brs\.", re.I)
AU = re.compile(r"\bNAB\b|commbank|\bATO\b|mygov", re.I)
US = re.compile(r"bankofamerica|\bUSPS\b|wells fargo", re.I)


def lang(text):
    if IN.search(text):
        return "en-IN"
    if AU.search(text):
        return "en-AU"
    if US.search(text):
        return "en-US"
    return "en-UK"


def main(d):
    d = Path(d)
    rows = []
    for line in (d / "sample.txt").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        mid, label, text = line.split("\t", 2)
        if label not in MAP:
            continue
        rows.append((int(mid), MAP[label], text))
    rows.sort()
    # Per label, a seeded shuffle then halves: both halves get the same mix.
    rng = random.Random(20261202)
    out = {"dev": [], "heldout": []}
    for want in ("scam", "ham"):
        part = [r for r in rows if r[1] == want]
        rng.shuffle(part)
        cut = (len(part) + 1) // 2
        for i, (mid, label, text) in enumerate(sorted(part[:cut]) + sorted(part[cut:])):
            half = "dev" if i < cut else "heldout"
            out[half].append(f"{label}\t{lang(text)}\tsms_unknown\t{text}")
    for half, lines in out.items():
        head = f"# LABEL\tLANG\tSOURCE\tTEXT — {half} half of sample.txt (convert_real.py); source and licence: tests/sms/README.md\n"
        (d / f"{half}.tsv").write_text(head + "\n".join(lines) + "\n", encoding="utf-8")
        print(half, len(lines), sum(1 for l in lines if l.startswith("scam")), "scam")


if __name__ == "__main__":
    main(sys.argv[1])
