"""The embedded store: rebuilding replaces a document's graph (no duplicates, no leftovers),
a load killed midway leaves the previous state, and a store folder is a SOURCE like a file."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.errors import UsageError
from kg.pipeline import build_path
from kg.query import named_query_names
from kg.store import ONTOLOGY_GRAPH, REFERENCE_GRAPH
from kg.store.embedded import load_documents, load_graphs, open_read_only

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_40d9d7b23b095542.txt"


def kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=300)


def count(store_path: Path) -> int:
    return len(open_read_only(store_path))


@pytest.fixture(scope="module")
def seed():
    return build_path(SEED)


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory):
    """The seed built by the command line into a Turtle file and a store."""
    folder = tmp_path_factory.mktemp("cli")
    done = kg("build", str(SEED), "-o", str(folder / "kg.ttl"), "--store", str(folder / "store"))
    assert done.returncode == 0, done.stderr
    assert "store " in done.stderr and "1 document graphs" in done.stderr
    return folder


def test_rebuild_keeps_the_triple_count(tmp_path, seed):
    store = tmp_path / "store"
    first = load_documents(store, [seed]).store_quads
    second = load_documents(store, [build_path(SEED)]).store_quads
    assert first == second == count(store)
    graphs = {g.value for g in open_read_only(store).named_graphs()}
    assert graphs == {str(seed.graph_iri), ONTOLOGY_GRAPH, REFERENCE_GRAPH}


def test_rebuild_leaves_no_leftovers(tmp_path, seed):
    store = tmp_path / "store"
    load_documents(store, [seed])
    before = count(store)
    smaller = Graph()
    for triple in list(seed.graph)[: len(seed.graph) // 2]:
        smaller.add(triple)
    load_graphs(store, [(seed.graph_iri, smaller)])
    assert count(store) == before - len(seed.graph) + len(smaller)


def test_cli_rebuild_twice_same_count(cli_store):
    before = count(cli_store / "store")
    done = kg("build", str(SEED), "-o", str(cli_store / "again.ttl"), "--store", str(cli_store / "store"))
    assert done.returncode == 0, done.stderr
    assert count(cli_store / "store") == before


# The child prepares exactly the update load_graphs sends, says "go", then runs it: the kill
# lands inside pyoxigraph's transaction, not in Python before it.
CHILD = """
import sys
import time
from rdflib import Graph, Literal, URIRef
import pyoxigraph as ox
from kg.store.embedded import context_graphs
from kg.store.quads import replace_update
graph = Graph()
for i in range(int(sys.argv[3])):
    graph.add((URIRef(f"https://w3id.org/unkg/id/test/{i}"), URIRef("https://w3id.org/unkg/ontology#text"),
               Literal(f"paragraph {i}")))
text = replace_update([(URIRef(sys.argv[2]), graph)] + context_graphs())
store = ox.Store(sys.argv[1])
print("go", flush=True)
started = time.monotonic()
store.update(text)
print("committed", time.monotonic() - started, flush=True)
store.flush()
"""


def start_child(store: Path, graph_iri: str, triples: int) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(store), graph_iri, str(triples)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "go"
    return child


def test_kill_midway_keeps_the_previous_state(tmp_path, seed):
    store = tmp_path / "store"
    load_documents(store, [seed])
    before = count(store)
    triples = 80000
    # time the update on a copy, then kill the real one a third of the way through the same work
    shutil.copytree(store, tmp_path / "copy")
    timed = start_child(tmp_path / "copy", str(seed.graph_iri), triples)
    word, duration = timed.stdout.readline().split()
    assert word == "committed" and timed.wait(timeout=300) == 0
    assert count(tmp_path / "copy") != before  # the load does change the store when left to finish
    child = start_child(store, str(seed.graph_iri), triples)
    time.sleep(float(duration) / 3)
    assert child.poll() is None, "the load finished before the kill; raise the triple count"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert not child.stdout.read(), "the kill came after the commit; the test proves nothing"
    assert count(store) == before
    writable = ox.Store(str(store))  # the lock went with the process: the store opens for writing too
    assert len(writable) == before


def test_store_is_a_source_for_query(cli_store):
    for name in named_query_names():
        from_store = kg("query", str(cli_store / "store"), "--named", name, "--format", "csv")
        from_file = kg("query", str(cli_store / "kg.ttl"), "--named", name, "--format", "csv")
        assert from_store.returncode == 0, from_store.stderr
        assert from_store.stdout == from_file.stdout, name


def test_store_is_a_source_for_export(cli_store, tmp_path):
    done = kg("export", str(cli_store / "store"), "-o", str(tmp_path / "out.nq"))
    assert done.returncode == 0, done.stderr
    dataset = ox.Dataset(ox.parse(path=str(tmp_path / "out.nq"), format=ox.RdfFormat.N_QUADS))
    assert len(dataset) == count(cli_store / "store")
    graphs = {q.graph_name.value for q in dataset}
    assert {ONTOLOGY_GRAPH, REFERENCE_GRAPH} <= graphs and len(graphs) == 3


def test_store_is_a_source_for_validate(cli_store):
    from_store = kg("validate", str(cli_store / "store"))
    from_file = kg("validate", str(cli_store / "kg.ttl"))
    assert from_store.returncode == from_file.returncode == 0, from_store.stdout + from_store.stderr


def test_a_folder_that_is_not_a_store(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(UsageError, match="not a kg store"):
        open_read_only(tmp_path)
    done = kg("query", str(tmp_path), "--named", "documents")
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "not a kg store" in done.stderr


def test_build_refuses_a_foreign_folder(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.tex").write_text("keep me")
    done = kg("build", str(SEED), "-o", str(tmp_path / "kg.ttl"), "--store", str(tmp_path / "mine"))
    assert done.returncode == 2 and "not a kg store" in done.stderr
    assert (tmp_path / "mine" / "thesis.tex").read_text() == "keep me"
