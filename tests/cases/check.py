#!/usr/bin/env python3
"""Check the held-out case corpus (tests/cases): every trace line against the trace format
(docs/trace-format.md plus the additions: contact_added, call_state, payment_prompt, platform_risk,
peer `service`, `verification`, accessibility `tool`/`from_store`), and expect.json against the traces.

    python3 tests/cases/check.py          # problems, then counts per kind/class/region
    python3 tests/cases/check.py --quiet  # problems only

It checks the corpus, not the engine: it never runs the engine (the corpus is held out from tuning).
first_money_t is recomputed from each trace with the corpus rule (README.md): the first
text_entered with field `amount` in any app, transfer_started or payment_prompt; in a scam trace
also a `code`/`password` typed into a browser (a phishing page).

tests/cases2/check.py runs the same checks on tests/cases2 with the rule of docs/evaluation.md
(`main(here, rule="evaluation")`): the browser code counts only after an SMS with a link from a
non-contact, and every scam must have a money step.
"""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

ENUMS = {
    "direction": {"incoming", "outgoing"},
    "peer": {"contact", "unknown", "hidden", "flagged", "unverified", "service"},
    "channel": {"cellular", "voip"},
    "verification": {"passed", "failed", "none"},
    "setting": {"install_unknown_apps", "bank_notifications_off", "developer_options", "other"},
    "field": {"amount", "account", "password", "code", "other"},
    "sender_kind": {"contact", "unknown", "service"},
    "prompt_kind": {"qr_scan", "payment_code", "collect_request", "drawdown"},
    "risk_kind": {"screen_captured", "device_controlled", "display_cast", "voip_call"},
}
# type -> (required, optional); kinds: s string, b bool, a amount, e:<enum>
TYPES = {
    "call_started": ({"direction": "e:direction", "peer": "e:peer"},
                     {"channel": "e:channel", "app": "p", "number": "s", "verification": "e:verification"}),
    "call_ended": ({}, {}),
    "call_state": ({"active": "b"}, {}),
    "contact_added": ({}, {"number": "s"}),
    "app_foreground": ({"package": "p"}, {}),
    "app_installed": ({"package": "p"}, {"installer": "p", "label": "s"}),
    "app_removed": ({"package": "p"}, {}),
    "screen_share_started": ({}, {"package": "p"}),
    "screen_share_stopped": ({}, {"package": "p"}),
    "accessibility_enabled": ({"package": "p"}, {"tool": "b", "from_store": "b"}),
    "overlay_shown": ({"package": "p"}, {}),
    "setting_changed": ({"setting": "e:setting", "enabled": "b"}, {"package": "p"}),
    "text_entered": ({"package": "p", "field": "e:field", "text": "s"}, {}),
    "screen_text": ({"package": "p", "text": "s"}, {}),
    "notification": ({"package": "p", "text": "s"}, {"title": "s"}),
    "sms_received": ({"text": "s"}, {"sender": "s", "sender_kind": "e:sender_kind"}),
    "transfer_started": ({"amount": "a"}, {"package": "p", "currency": "c", "payee_new": "b", "payee": "s"}),
    "payment_prompt": ({"kind": "e:prompt_kind"}, {"package": "p", "amount": "a", "currency": "c"}),
    "platform_risk": ({"kind": "e:risk_kind"}, {"package": "p"}),
}
PKG = re.compile(r"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$")
CURRENCY = re.compile(r"^[A-Z]{3}$")
# Amounts as the corpus writes them in transfer_started/payment_prompt: a number or a plain decimal string
# (typed text keeps whatever the user typed; that is free text and only has to be a string).
AMOUNT = re.compile(r"^[^\d]{0,4}\d[\d,]*(\.\d{1,2})?$")
BROWSERS = {"com.android.chrome", "com.sec.android.app.sbrowser", "com.UCMobile", "com.android.browser",
            "com.huawei.browser", "com.tencent.mtt", "com.quark.browser", "com.vivo.browser", "com.heytap.browser",
            "com.mi.globalbrowser", "org.mozilla.firefox", "com.microsoft.emmx", "com.opera.browser",
            "com.baidu.searchbox", "sogou.mobile.explorer"}
REGIONS = {"cn", "hk", "tw", "sg", "in", "uk", "us", "au"}
LANGS = {"zh-CN", "zh-HK", "en"}
EXPECT_KEYS = {"kind", "class", "region", "lang", "first_money_t", "bank_package", "source"}


def check_value(where, key, kind, v, errs):
    if kind in ("s", "p", "c") or kind.startswith("e:"):
        if not isinstance(v, str):
            errs.append(f"{where}: {key} must be a string")
            return
        if kind == "p" and not PKG.match(v):
            errs.append(f"{where}: {key} is not an application id")
        if kind == "c" and not CURRENCY.match(v):
            errs.append(f"{where}: {key} is not an ISO currency code")
        if kind.startswith("e:") and v not in ENUMS[kind[2:]]:
            errs.append(f"{where}: {key} not one of {sorted(ENUMS[kind[2:]])}")
    elif kind == "b" and not isinstance(v, bool):
        errs.append(f"{where}: {key} must be a bool")
    elif kind == "a":
        ok = (isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0) or \
             (isinstance(v, str) and AMOUNT.match(v.strip()))
        if not ok:
            errs.append(f"{where}: {key} is not an amount")


def check_trace(path):
    errs, evs, last = [], [], None
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        for n, ln in enumerate(f, 1):
            if not ln.strip():
                continue
            where = f"{name}:{n}"
            try:
                e = json.loads(ln)
            except json.JSONDecodeError as x:
                errs.append(f"{where}: not JSON ({x.msg})")
                continue
            if not isinstance(e, dict) or "t" not in e or "type" not in e:
                errs.append(f"{where}: needs an object with t and type")
                continue
            if not isinstance(e["t"], int) or isinstance(e["t"], bool) or e["t"] < 0:
                errs.append(f"{where}: t must be a non-negative integer")
                continue
            if last is not None and e["t"] < last:
                errs.append(f"{where}: t goes backwards")
            last = e["t"]
            if e["type"] not in TYPES:
                errs.append(f"{where}: unknown type {e['type']!r}")
                continue
            req, opt = TYPES[e["type"]]
            for k in req:
                if k not in e:
                    errs.append(f"{where}: {e['type']} needs {k}")
            for k, kind in {**req, **opt}.items():
                if k in e:
                    check_value(where, k, kind, e[k], errs)
            if "note" in e and not isinstance(e["note"], str):
                errs.append(f"{where}: note must be a string")
            evs.append(e)
    return errs, evs


def first_money(kind, evs, rule="corpus"):
    """The first money step: `corpus` is this corpus' rule, `evaluation` that of docs/evaluation.md."""
    link = False
    for e in evs:
        ty = e["type"]
        if ty == "sms_received" and e.get("sender_kind", "unknown") != "contact" and (
            "http" in e["text"] or "www." in e["text"]
        ):
            link = True
        if ty in ("transfer_started", "payment_prompt"):
            return e["t"]
        if ty == "text_entered" and e["field"] == "amount":
            return e["t"]
        page_code = ty == "text_entered" and e["field"] in ("code", "password") and e["package"] in BROWSERS
        if page_code and (link if rule == "evaluation" else kind == "scam"):
            return e["t"]
    return None


def main(here=HERE, rule="corpus"):
    quiet = "--quiet" in sys.argv
    errs, traces = [], {}
    for name in sorted(os.listdir(here)):
        if name.endswith(".jsonl"):
            e, evs = check_trace(os.path.join(here, name))
            errs += e
            traces[name[:-6]] = evs
            if not evs:
                errs.append(f"{name}: no events")
            stem = name[:-6]
            if not re.fullmatch(r"(cn|hk|tw|sg|in|uk|us|au)-[a-z0-9-]+", stem):
                errs.append(f"{name}: name must be <region>-<short-name>")
    with open(os.path.join(here, "expect.json"), encoding="utf-8") as f:
        expect = json.load(f)
    for stem in sorted(set(traces) ^ set(expect)):
        errs.append(f"expect.json: {stem} is in only one of expect.json and the traces")
    counts = collections.Counter()
    for stem, x in sorted(expect.items()):
        if stem not in traces:
            continue
        w = f"expect.json[{stem}]"
        if set(x) != EXPECT_KEYS:
            errs.append(f"{w}: keys must be {sorted(EXPECT_KEYS)}")
            continue
        if x["kind"] not in ("scam", "benign"):
            errs.append(f"{w}: kind must be scam or benign")
        if x["region"] not in REGIONS or not stem.startswith(x["region"] + "-"):
            errs.append(f"{w}: region must be one of {sorted(REGIONS)} and prefix the file name")
        if x["lang"] not in LANGS:
            errs.append(f"{w}: lang must be one of {sorted(LANGS)}")
        if not isinstance(x["class"], str) or not x["class"]:
            errs.append(f"{w}: class must be a non-empty string")
        if not isinstance(x["source"], str) or len(x["source"]) < 10:
            errs.append(f"{w}: source must name the report")
        fm = first_money(x["kind"], traces[stem], rule)
        if x["first_money_t"] != fm:
            errs.append(f"{w}: first_money_t {x['first_money_t']} but the trace says {fm}")
        bp = x["bank_package"]
        if bp is not None:
            if not isinstance(bp, str) or not PKG.match(bp):
                errs.append(f"{w}: bank_package must be an application id or null")
            elif not any(e.get("package") == bp for e in traces[stem]):
                errs.append(f"{w}: bank_package does not occur in the trace")
        if rule == "evaluation" and x["kind"] == "scam" and fm is None:
            errs.append(f"{w}: a scam needs an on-device money step")
        counts[(x["kind"], x["class"], x["region"])] += 1
    for e in errs:
        print(e)
    scams = sum(v for k, v in counts.items() if k[0] == "scam")
    benign = sum(v for k, v in counts.items() if k[0] == "benign")
    if not quiet:
        for kind in ("scam", "benign"):
            by_class, by_region = collections.Counter(), collections.Counter()
            for (k, c, r), v in counts.items():
                if k == kind:
                    by_class[c] += v
                    by_region[r] += v
            print(f"{kind} by class:  " + ", ".join(f"{c} {v}" for c, v in sorted(by_class.items())))
            print(f"{kind} by region: " + ", ".join(f"{r} {v}" for r, v in sorted(by_region.items())))
    print(f"{'FAIL' if errs else 'ok'}: {scams} scam and {benign} benign traces, {len(errs)} problem(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    # `check.py [--quiet] [--rule evaluation] [DIR]`: any set's folder, with the
    # first-money rule of docs/evaluation.md when asked (the later sets' rule).
    args = [a for a in sys.argv[1:] if a != "--quiet"]
    rule = "corpus"
    if args[:1] == ["--rule"]:
        rule, args = args[1], args[2:]
    sys.exit(main(os.path.abspath(args[0]) if args else HERE, rule=rule))
