#!/usr/bin/env python3
"""Issue 8 item 5: would a small learned scorer beat structure + vocabulary on messages
from a collection it was not trained on? Logistic regression over hashed character
2-4-grams (2^13 buckets, the int8-sized model the issue allows), trained by plain SGD
(no numpy here), evaluated by collection: the 49 collections of tests/sms (each
directory one source) go round-robin into 5 folds, and each fold is scored by a model
trained on the other four. The alarm threshold comes from the training folds' genuine
messages only (their 99.5th percentile, 99.9th, their maximum, maximum + 1), as a
shipped model would have to fix it. The engine's own reading (`scamguard text`, flagged
at >= 0.5) is printed beside it, and "or" is either one flagging.

    python3 scripts/text-model-experiment.py [path/to/scamguard]   (about 10 minutes)

Result (session 33, BENCHMARKS.md "Learned text scorer"): on unseen collections the
model flags 12-27% of genuine messages at any threshold that keeps most of its recall,
against the engine's 1%; nothing ships.
"""
import collections, glob, math, os, random, subprocess, sys, unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
BIN = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'target/release/scamguard')
NB = 1 << 13

rows = []
for f in sorted(glob.glob(os.path.join(ROOT, 'tests/sms/**/*.tsv'), recursive=True)):
    grp = os.path.relpath(f, os.path.join(ROOT, 'tests/sms')).split(os.sep)[0]
    for ln in open(f, encoding='utf-8'):
        p = ln.rstrip('\n').split('\t')
        if len(p) >= 4 and p[0] in ('scam', 'ham'):
            rows.append((grp, 1 if p[0] == 'scam' else 0, p[2], p[3].replace('\\n', ' ')))


def norm(t):
    t = unicodedata.normalize('NFKC', t).lower()
    return ''.join('0' if c.isdigit() else c if (c.isalpha() or c in '/:.@%$£₹¥') else ' ' for c in t)


def fnv(s):
    h = 2166136261
    for b in s.encode():
        h = ((h ^ b) * 16777619) & 0xffffffff
    return h


def feats(t):
    t = ' ' + norm(t) + ' '
    return list({fnv(t[i:i + n]) % NB for n in (2, 3, 4) for i in range(len(t) - n + 1) if t[i:i + n].strip()})


X = [feats(r[3]) for r in rows]
Y = [r[1] for r in rows]


def train(idx, epochs=5, lr=0.2, l2=1e-4):
    w, b, idx = [0.0] * NB, 0.0, list(idx)
    for ep in range(epochs):
        random.Random(ep).shuffle(idx)
        for i in idx:
            z = b + sum(w[j] for j in X[i])
            g = 1 / (1 + math.exp(-max(-30, min(30, z)))) - Y[i]
            b -= lr * g * 0.1
            for j in X[i]:
                w[j] -= lr * (g + l2 * w[j])
    return w, b


engine = {}
by_source = collections.defaultdict(list)
for i, r in enumerate(rows):
    by_source[r[2]].append(i)
for src, idx in by_source.items():
    out = subprocess.run([BIN, 'text', '--source', 'chat' if src == 'notification_messaging' else src],
                         input=''.join(rows[i][3] + '\n' for i in idx), capture_output=True, text=True).stdout
    for i, line in zip(idx, out.split('\n')):
        engine[i] = float(line.split('\t')[0]) >= 0.5

groups = sorted({r[0] for r in rows})
fold = {g: k % 5 for k, g in enumerate(groups)}
tot = collections.Counter()
for k in range(5):
    test = [i for i, r in enumerate(rows) if fold[r[0]] == k]
    w, b = train([i for i, r in enumerate(rows) if fold[r[0]] != k])
    score = lambda i: b + sum(w[j] for j in X[i])
    ham = sorted(score(i) for i, r in enumerate(rows) if fold[r[0]] != k and not Y[i])
    for name, th in (('p99.5', ham[int(len(ham) * 0.995)]), ('p99.9', ham[int(len(ham) * 0.999)]),
                     ('max', ham[-1]), ('max+1', ham[-1] + 1.0)):
        for i in test:
            tot[(Y[i], name, 'model')] += score(i) > th
            tot[(Y[i], name, 'or')] += engine[i] or score(i) > th
    for i in test:
        tot[(Y[i], 'engine')] += engine[i]
        tot[(Y[i], 'n')] += 1
n_s, n_g = tot[(1, 'n')], tot[(0, 'n')]
print(f"engine: scams {tot[(1, 'engine')]}/{n_s}, genuine {tot[(0, 'engine')]}/{n_g}")
for name in ('p99.5', 'p99.9', 'max', 'max+1'):
    for who in ('model', 'or'):
        print(f"{who:5} at {name:6}: scams {tot[(1, name, who)]}/{n_s}, genuine {tot[(0, name, who)]}/{n_g}")
