"""Fixed-seed sampler shared by the quoted-page sets real-pages3 and real-pages4 (each
set's sample.py names its seed and notes and calls `run`). A set's split depends on the
splits that existed when it was drawn (texts already in another split are dropped), so an
older set's sampler (real-pages2) is kept as it ran and not re-run.

Reads pool.txt (LABEL<TAB>LANG<TAB>ADDRESS<TAB>TEXT, verbatim quotes from public pages),
keeps LABEL scam/ham, drops texts under 15 characters, duplicates (case and whitespace
folded) and any text already in another tests/sms split, draws up to 200 per label with a
fixed seed and splits each label 50/50 per language into dev.tsv / heldout.tsv (corpus format of
tests/sms/README.md). SOURCE is sms_unknown for every message (rule of real-mendeley).
"""
import random
import re
from pathlib import Path

CAP = 200
UK = re.compile(r"Evri|GOV[.\- ]?UK|\bNHS\b|Royal Mail|giffgaff|\bO2\b|Energy Bills? Support Scheme", re.I)
AU = re.compile(r"Bendigo|Optus|AusPost|CommB|Westpac|\bANZ\b|myGov|\bATO\b|\bAUD\b", re.I)
DEST = {"+1": "en-US", "+44": "en-UK", "+61": "en-AU", "+852": "en-HK", "+91": "en-IN", "+65": "en-SG"}


def norm(t):
    return re.sub(r"\s+", " ", t.replace("\\n", " ")).strip().lower()


def seen(here, mine):
    out = set()
    for p in here.parent.rglob("*"):
        if p.is_dir() or p.relative_to(here.parent).parts[0] in mine or p.suffix not in (".tsv", ".txt") or p.parent.name == "tools":
            continue
        for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
            if line and not line.startswith("#"):
                out.add(norm(line.split("\t")[-1]))
    return out


def lang(dest, text):
    if UK.search(text):
        return "en-UK"
    if AU.search(text):
        return "en-AU"
    return DEST.get(dest, "en-US")


def run(here, seed, notes):
    """Samples `here`/pool.txt into `here`/dev.tsv and heldout.tsv with `seed`; `notes` names
    the set's notes file for the header."""
    old = seen(here, {here.name})
    rows, keys = [], set()
    for line in (here / "pool.txt").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        label, lng, addr, text = line.split("\t", 3)
        k = norm(text)
        if label not in ("scam", "ham") or len(text) < 15 or k in keys or k in old:
            continue
        keys.add(k)
        rows.append((label, lng, text))
    rng = random.Random(seed)
    out = {"dev": [], "heldout": []}
    for want in ("scam", "ham"):
        part = [r for r in rows if r[0] == want]
        rng.shuffle(part)
        part = part[:CAP]
        # 50/50 per label and language: within each language, alternate the spare item
        # between the halves so neither half collects all odd leftovers.
        spare = 0
        for g in sorted({r[1] for r in part}):
            grp = [r for r in part if r[1] == g]
            cut = (len(grp) + (1 - spare)) // 2 if len(grp) % 2 else len(grp) // 2
            if len(grp) % 2:
                spare ^= 1
            out["dev"] += grp[:cut]
            out["heldout"] += grp[cut:]
    for half, lines in out.items():
        head = f"# LABEL\tLANG\tSOURCE\tTEXT — {half} half of {here.name}/pool.txt (sample.py, seed {seed}); source, licence and labelling: tests/sms/{here.name}/{notes}\n"
        body = "".join(f"{l}\t{g}\tsms_unknown\t{t}\n" for l, g, t in lines)
        (here / f"{half}.tsv").write_text(head + body, encoding="utf-8")
        print(half, len(lines), "scam", sum(r[0] == "scam" for r in lines), "ham", sum(r[0] == "ham" for r in lines))

