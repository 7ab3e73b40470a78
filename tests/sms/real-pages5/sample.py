"""Fixed-seed sampler for real-pages5 (helper sms10). Run: python3 tests/sms/real-pages5/sample.py
(the sampler itself: tests/sms/tools/sample_pages.py)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tools"))
from sample_pages import run  # noqa: E402

if __name__ == "__main__":
    run(HERE, seed=20261211, notes="NOTES-sms10.md")
