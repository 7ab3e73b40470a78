"""Shared helpers for the corpus generators (tests/sms/tools/gen_*.py)."""
import random

R = random.Random(8)

def pick(xs):
    return R.choice(xs)

def amount(lo=100, hi=50000):
    return f"{R.randint(lo, hi)}.{R.randint(0, 99):02d}"

def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))

def date_zh():
    return f"{R.randint(1, 12)}月{R.randint(1, 28)}日"

def date_en():
    return f"{R.randint(1, 28)} {pick(['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'])}"

def slug(n=5):
    return "".join(R.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(n))

def fill(t, slots):
    out = t
    while "{" in out:
        i = out.index("{")
        j = out.index("}", i)
        key = out[i + 1:j]
        v = slots[key]
        v = v() if callable(v) else pick(v) if isinstance(v, list) else v
        out = out[:i] + v + out[j + 1:]
    return out

CIRCLED = {str(i): c for i, c in enumerate("⓪①②③④⑤⑥⑦⑧⑨")}

def evade_zh(s):
    """Spellings used to dodge filters, one or two at random."""
    subs = [("支付宝", "支浮宝"), ("微信", "薇信"), ("微信", "V信"), ("贷款", "贷 款"), ("银行", "银彳亍"),
            ("刷单", "刷単"), ("免费", "绵費"), ("退款", "退*款"), ("冻结", "凍結"), ("账户", "帳戶"),
            ("验证码", "驗證碼"), ("QQ", "扣扣"), ("安全账户", "安 全 账 户"), ("点击", "點擊")]
    R.shuffle(subs)
    n = 0
    for a, b in subs:
        if a in s and n < 2:
            s = s.replace(a, b, 1)
            n += 1
    if n == 0:
        s = "".join(CIRCLED.get(c, c) if R.random() < 0.3 else c for c in s)
    return s

def evade_en(s):
    subs = [("PayPal", "PayPa1"), ("Amazon", "Amaz0n"), ("account", "acc0unt"), ("verify", "ver1fy"),
            ("Netflix", "Netfl1x"), ("safe account", "safe-account"), ("parcel", "parceI")]
    R.shuffle(subs)
    for a, b in subs:
        if a in s:
            return s.replace(a, b, 1)
    return s.replace("o", "о", 1)  # Cyrillic o

def write(path, rows):
    seen = set()
    with open(path, "w", encoding="utf-8") as f:
        f.write("# LABEL\tLANG\tSOURCE\tTEXT — see tests/sms/README.md for sources and licences\n")
        for label, lang, src, text in rows:
            text = text.replace("\n", "\\n").replace("\t", " ")
            if text in seen:
                continue
            seen.add(text)
            f.write(f"{label}\t{lang}\t{src}\t{text}\n")
    return len(seen)
