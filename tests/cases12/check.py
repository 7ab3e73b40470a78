#!/usr/bin/env python3
"""tests/cases12 (session 12): `python3 tests/cases/check.py --rule evaluation tests/cases10`."""
import os, runpy, sys

here = os.path.dirname(os.path.abspath(__file__))
sys.argv[1:] = ["--rule", "evaluation", *[a for a in sys.argv[1:] if a == "--quiet"], here]
runpy.run_path(os.path.join(here, "..", "cases", "check.py"), run_name="__main__")
