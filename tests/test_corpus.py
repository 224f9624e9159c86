"""Corpus builds: streamed output, parallel workers, batched store loads — same answers as one by one."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from conftest import LETTERS, SEED, run_kg

from kg.corpus import build_corpus
from kg.query import execute, load_named
from kg.sources import open_source

INPUTS = [SEED] + sorted(LETTERS.glob("*.txt"))[:5]


def test_parallel_build_writes_the_same_bytes_as_sequential(tmp_path):
    one, two = tmp_path / "one.ttl", tmp_path / "two.ttl"
    assert run_kg("build", *INPUTS, "-o", one).returncode == 0
    assert run_kg("build", *INPUTS, "-o", two, "--jobs", "2").returncode == 0
    assert one.read_bytes() == two.read_bytes()


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".nq", ".trig", ".jsonld"])
def test_every_streamed_format_reads_back_with_every_document(tmp_path, suffix):
    out = tmp_path / f"corpus{suffix}"
    summary = build_corpus(INPUTS, out, None, validate=False, store=None, jobs=1, report_path=None)
    assert summary.built == len(INPUTS)
    store = ox.Store()
    store.load(path=str(out), format=ox.RdfFormat.from_extension(suffix[1:]))
    columns, rows = execute(store, load_named("letters"))
    assert len(rows) == len(INPUTS)
    assert out.read_bytes().endswith(b"\n") and not out.read_bytes().endswith(b"\n\n")


def test_batched_store_loads_answer_like_the_file(tmp_path):
    out, store = tmp_path / "c.ttl", tmp_path / "store"
    build_corpus(INPUTS, out, None, validate=False, store=str(store), jobs=1, report_path=None, batch=2)
    for name in ("states", "letters", "paragraphs", "mentions"):
        query = load_named(name)
        assert execute(open_source(store), query) == execute(open_source(out), query)
