#!/usr/bin/env python3
"""Check the ninth held-out case corpus (tests/cases10): the checks of tests/cases/check.py
(every trace line against docs/trace-format.md, expect.json against the traces), with the
first-money rule of docs/evaluation.md, as tests/cases2/check.py does: the first text_entered with
field `amount` in any app, transfer_started or payment_prompt, or a `code`/`password` typed into a
browser after an SMS with a link from a non-contact. Every scam must have one.

    python3 tests/cases10/check.py          # problems, then counts per kind/class/region
    python3 tests/cases10/check.py --quiet  # problems only

It checks the corpus, not the engine: it never runs the engine (the corpus is held out and blind).
"""
import importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("cases_check", os.path.join(HERE, "..", "cases", "check.py"))
cases_check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cases_check)

if __name__ == "__main__":
    sys.exit(cases_check.main(HERE, rule="evaluation"))
