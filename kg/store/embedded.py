"""The embedded store: a pyoxigraph (RocksDB) folder on disk, one named graph per document.

Loading replaces each document's graph inside ONE SPARQL update, which pyoxigraph runs as
one transaction: rebuilding a document leaves neither duplicates nor triples of the old
build, and a crash mid-load leaves the store as it was before the load began."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from ..errors import StoreError, UsageError
from ..paths import ontology_dir
from ..rdf.reference import reference_graph
from . import ONTOLOGY_GRAPH, REFERENCE_GRAPH
from .quads import NamedGraphs, ntriples_lines, replace_update, replace_update_lines


@dataclass
class LoadSummary:
    path: Path
    documents: int
    triples: int  # triples sent: document graphs plus ontology and reference
    store_quads: int  # what the store holds afterwards
    store_graphs: int

    def line(self) -> str:
        return (f"store {self.path}: loaded {self.documents} document graphs ({self.triples} triples with "
                f"ontology and reference data); it now holds {self.store_quads} triples in "
                f"{self.store_graphs} named graphs")


def is_store_folder(path: Path) -> bool:
    """RocksDB writes CURRENT when it creates a database; an empty or foreign folder has none."""
    return (path / "CURRENT").is_file()


def open_read_only(path: str | Path) -> ox.Store:
    path = Path(path)
    if not is_store_folder(path):
        raise UsageError(f"{path}: not a kg store folder (no RocksDB database in it); "
                         f"create one with kg build INPUT --store {path}")
    try:
        return ox.Store.read_only(str(path))
    except OSError as exc:
        raise UsageError(f"{path}: cannot open the store: {_first_line(exc)}") from None


def open_writable(path: str | Path) -> ox.Store:
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise UsageError(f"{path}: is a file; --store needs a folder")
    if path.is_dir() and any(path.iterdir()) and not is_store_folder(path):
        raise UsageError(f"{path}: folder is not empty and is not a kg store; refusing to write into it")
    try:
        return ox.Store(str(path))
    except OSError as exc:  # most often: another process (kg serve, a second build) holds the lock
        raise StoreError(f"{path}: cannot open the store for writing: {_first_line(exc)}") from None


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:200]


def ontology_graph() -> Graph:
    graph = Graph()
    for path in sorted(ontology_dir().glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def context_graphs() -> NamedGraphs:
    return [(URIRef(ONTOLOGY_GRAPH), ontology_graph()), (URIRef(REFERENCE_GRAPH), reference_graph())]


def replace_graphs(store: ox.Store, graphs: NamedGraphs) -> None:
    try:
        store.update(replace_update(graphs))
    except (OSError, SyntaxError, ValueError) as exc:
        raise StoreError(f"store update failed, nothing was changed: {_first_line(exc)}") from None
    store.flush()


def load_graphs(path: str | Path, graphs: NamedGraphs, with_context: bool = True) -> LoadSummary:
    store = open_writable(path)
    everything = graphs + (context_graphs() if with_context else [])
    replace_graphs(store, everything)
    summary = LoadSummary(Path(path), len(graphs), sum(len(g) for _, g in everything),
                          len(store), sum(1 for _ in store.named_graphs()))
    del store  # release the RocksDB lock now, not at garbage collection
    return summary


def load_documents(path: str | Path, built: Iterable) -> LoadSummary:
    """Load pipeline.Built results: each document's graph replaces its named graph."""
    return load_graphs(path, [(b.graph_iri, b.graph) for b in built])


def load_ntriples(path: str | Path, graphs: list[tuple[str, list[str]]], with_context: bool = True) -> LoadSummary:
    """Load graphs given as N-Triples lines, in one transaction; the corpus build sends batches."""
    store = open_writable(path)
    documents = len(graphs)
    if with_context:
        graphs = graphs + [(str(iri), ntriples_lines(graph)) for iri, graph in context_graphs()]
    try:
        store.update(replace_update_lines(graphs))
    except (OSError, SyntaxError, ValueError) as exc:
        raise StoreError(f"store update failed, nothing was changed: {_first_line(exc)}") from None
    store.flush()
    summary = LoadSummary(Path(path), documents, sum(len(lines) for _, lines in graphs),
                          len(store), sum(1 for _ in store.named_graphs()))
    del store
    return summary
