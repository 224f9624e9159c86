"""Named graphs out of any SOURCE (a graph file or the embedded store), as rdflib graphs."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from .rdf.vocab import PREFIXES
from .sources import open_source

DEFAULT_GRAPH = URIRef("urn:x-kg:default-graph")


def bound_graph() -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def named_graphs(source: str | Path) -> list[tuple[URIRef, Graph]]:
    store = open_source(source)
    data = _dump_quads(store)
    dataset = Dataset()
    dataset.parse(data=data, format="nquads")
    out = []
    for context in dataset.graphs():
        graph = bound_graph()
        for triple in context:
            graph.add(triple)
        if len(graph):
            name = context.identifier
            out.append((DEFAULT_GRAPH if str(name).startswith("urn:x-rdflib") else URIRef(name), graph))
    return sorted(out, key=lambda pair: str(pair[0]))


def _dump_quads(store: ox.Store) -> str:
    return store.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8")


def union_graph(source: str | Path) -> Graph:
    graph = bound_graph()
    for _, named in named_graphs(source):
        graph += named
    return graph
