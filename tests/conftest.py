"""Shared fixtures. Paths are relative to the repository, the CLI runs as `python -m kg`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_40d9d7b23b095542.txt"
DATA = Path(__file__).resolve().parent / "data"
LETTERS = DATA / "letters"


def run_kg(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)


@pytest.fixture(scope="session")
def seed_built():
    from kg.pipeline import build_path

    return build_path(SEED)


@pytest.fixture(scope="session")
def seed_ttl(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed") / "seed.ttl"
    result = run_kg("build", SEED, "-o", out)
    assert result.returncode == 0, result.stderr
    return out


def letter_files() -> list[Path]:
    return sorted(LETTERS.glob("*.txt")) if LETTERS.is_dir() else []
