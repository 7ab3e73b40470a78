"""Fixed-seed sampler for real-uci (helper smsreal). Run: python3 tests/sms/real-uci/sample.py

Reads pool_*.txt (ORIG<TAB>LABEL<TAB>TEXT, transcribed from the UCI SMS Spam Collection),
keeps LABEL scam/ham, drops texts under 15 characters, duplicates (case and whitespace
folded) and any text already in another tests/sms split, draws up to 150 per label with a
fixed seed and splits each label 50/50 into dev.tsv / heldout.tsv (corpus format of
tests/sms/README.md). SOURCE is sms_unknown for every message (rule of real-mendeley).
"""
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261203
MINE = {"real-uci", "real-ncsu", "real-pages"}  # the sets of helper smsreal, drawn independently
CAP = 150
# Best-known origin: the collection's ham is NUS SMS Corpus (Singapore students), Tagg's UK
# corpus and SMS Spam Corpus v0.1; its spam is UK (Grumbletext). Singlish particles and places
# mark en-SG, Indian English markers en-IN, everything else en-UK (a heuristic, see NOTES).
SG = re.compile(r"\b(lor|lah|leh|lei|liao|meh|mah|hor|ah|wat|dun|haf|neva|noe|oso|tmr|juz|jus|ü|orchard|toa payoh|sim lim|amk|yck|lido|mt faber|sch)\b", re.I)
IN = re.compile(r"\b(da|pa|dear|sir|machan|lacs|lakh|wipro|birla|chennai|madurai|delhi|sathy|rto|ana|na|dane|antha)\b", re.I)


def norm(t):
    return re.sub(r"\s+", " ", t.replace("\\n", " ")).strip().lower()


def seen():
    out = set()
    for p in HERE.parent.rglob("*"):
        if p.is_dir() or p.relative_to(HERE.parent).parts[0] in MINE or p.suffix not in (".tsv", ".txt") or p.parent.name == "tools":
            continue
        for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
            if line and not line.startswith("#"):
                out.add(norm(line.split("\t")[-1]))
    return out


def lang(label, text):
    if label == "scam":
        return "en-UK"
    if SG.search(text):
        return "en-SG"
    if IN.search(text):
        return "en-IN"
    return "en-UK"


def main():
    old = seen()
    rows, keys = [], set()
    lines = []
    for pool in sorted(HERE.glob("pool_*.txt")):
        lines += pool.read_text(encoding="utf-8").splitlines()
    for line in lines:
        if not line or line.startswith("#"):
            continue
        orig, label, text = line.split("\t", 2)
        k = norm(text)
        if label not in ("scam", "ham") or len(text) < 15 or k in keys or k in old:
            continue
        keys.add(k)
        rows.append((label, lang(label, text), text))
    rng = random.Random(SEED)
    out = {"dev": [], "heldout": []}
    for want in ("scam", "ham"):
        part = [r for r in rows if r[0] == want]
        rng.shuffle(part)
        part = part[:CAP]
        cut = (len(part) + 1) // 2
        out["dev"] += part[:cut]
        out["heldout"] += part[cut:]
    for half, lines in out.items():
        head = f"# LABEL\tLANG\tSOURCE\tTEXT — {half} half of real-uci/pool_*.txt (sample.py, seed {SEED}); source, licence and labelling: tests/sms/NOTES-smsreal.md\n"
        body = "".join(f"{l}\t{g}\tsms_unknown\t{t}\n" for l, g, t in lines)
        (HERE / f"{half}.tsv").write_text(head + body, encoding="utf-8")
        print(half, len(lines), "scam", sum(r[0] == "scam" for r in lines), "ham", sum(r[0] == "ham" for r in lines))


if __name__ == "__main__":
    main()
