"""The contract's scorer on the seed and on our own test letters (French and English).

Runs ../shared/eval/score.py exactly as the evaluation does: it builds the input
with `kg`, runs the named queries and compares them with the gold file.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from conftest import LETTERS, ROOT, SEED, letter_files

SCORER = ROOT.parent / "shared" / "eval" / "score.py"
SEED_GOLD = ROOT.parent / "shared" / "eval" / "gold" / "seed.json"
KG = f"{sys.executable} -m kg"

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason=f"the contract's scorer is not at {SCORER}")


def score(gold, document) -> tuple[float, str]:
    result = subprocess.run([sys.executable, str(SCORER), "--kg", KG, str(gold), str(document)],
                            capture_output=True, text=True, timeout=600, cwd=ROOT)
    found = re.search(r"^score: ([0-9.]+)$", result.stdout, re.M)
    assert found, result.stdout + result.stderr
    return float(found.group(1)), result.stdout


def test_seed_scores_at_least_095():
    value, report = score(SEED_GOLD, SEED)
    assert value >= 0.95, report
    assert re.search(r"^mention offsets\s+1\.00", report, re.M), report
    assert re.search(r"^shacl\s+1\.00", report, re.M), report


@pytest.mark.parametrize("document", letter_files(), ids=lambda p: p.stem)
def test_own_letters_score_at_least_090(document):
    gold = LETTERS / f"{document.stem}.json"
    value, report = score(gold, document)
    assert value >= 0.90, report
    assert re.search(r"^mention offsets\s+1\.00", report, re.M), report


def test_there_are_four_french_and_four_english_letters():
    names = [p.name for p in letter_files()]
    assert sum(n.startswith("fr_") for n in names) >= 4
    assert sum(n.startswith("en_") for n in names) >= 4
