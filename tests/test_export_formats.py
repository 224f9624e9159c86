"""Every registered exporter: deterministic bytes, a file a second parser reads back to the
same graphs (graph names kept where the format has them), a final newline, and a clear
error naming the valid formats for an unknown one."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, XSD

from kg.errors import ExportError, UsageError
from kg.export import EXPORTERS, export, format_for
from kg.pipeline import build_path

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_40d9d7b23b095542.txt"
KG = "https://w3id.org/unkg/ontology#"
ID = "https://w3id.org/unkg/id/"
NAMED = {"nquads", "trig", "jsonld"}  # formats that keep graph names
OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
              "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD}


def small_graphs() -> list[tuple[URIRef, Graph]]:
    """Two documents with the awkward terms: languages, datatypes, quotes, newlines, non-ASCII,
    a blank node, and a node both graphs share."""
    shared = URIRef(ID + "state/KAZ")
    graphs = []
    for n in (1, 2):
        doc = URIRef(f"{ID}doc/d{n}")
        g = Graph()
        g.add((doc, RDF.type, URIRef(KG + "Document")))
        g.add((doc, URIRef(KG + "symbol"), Literal(f"A/78/{n}")))
        g.add((doc, URIRef(KG + "text"), Literal(f'Letter "{n}"\nde la République du Kazakhstan', lang="fr")))
        g.add((doc, URIRef(KG + "paragraphCount"), Literal(n * 3)))
        g.add((doc, URIRef(KG + "securityCouncil"), Literal(n == 1)))
        g.add((doc, URIRef(KG + "date"), Literal("2023-10-0" + str(n), datatype=XSD.date)))
        g.add((doc, URIRef(KG + "mentions"), shared))
        note = BNode(f"note{n}")  # a fixed label: random ones would differ between runs by design
        g.add((doc, URIRef(KG + "note"), note))
        g.add((note, URIRef(KG + "text"), Literal("back\\slash and tab\t")))
        graphs.append((URIRef(f"{doc}/graph"), g))
    return graphs


@pytest.fixture(scope="module", params=["small", "seed"])
def graphs(request):
    if request.param == "small":
        return small_graphs()
    built = build_path(SEED)
    return [(built.graph_iri, built.graph)]


def union_of(graphs) -> Graph:
    merged = Graph()
    for _, g in graphs:
        merged += g
    return merged


def read_back(name: str, data: bytes) -> Dataset:
    rdflib_format = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig",
                     "jsonld": "json-ld"}[name]
    dataset = Dataset()
    dataset.parse(data=data.decode("utf-8"), format=rdflib_format)
    return dataset


@pytest.mark.parametrize("name", list(EXPORTERS))
def test_deterministic(graphs, name):
    write = EXPORTERS[name][1]
    assert write(graphs) == write(graphs)


@pytest.mark.parametrize("name", list(EXPORTERS))
def test_ends_with_one_newline(graphs, name):
    data = EXPORTERS[name][1](graphs)
    assert data.endswith(b"\n") and not data.endswith(b"\n\n")


@pytest.mark.parametrize("name", list(EXPORTERS))
def test_round_trip_with_rdflib(graphs, name):
    dataset = read_back(name, EXPORTERS[name][1](graphs))
    if name in NAMED:
        got = {str(g.identifier): g for g in dataset.graphs() if len(g)}
        assert set(got) == {str(iri) for iri, _ in graphs}
        for iri, graph in graphs:
            assert isomorphic(got[str(iri)], graph), f"{name}: graph {iri} changed"
    else:
        back = Graph()
        for triple in dataset.triples((None, None, None)):
            back.add(triple)
        assert isomorphic(back, union_of(graphs))


@pytest.mark.parametrize("name", list(EXPORTERS))
def test_pyoxigraph_reads_it(graphs, name):
    """A second, independent parser: the same number of quads, in the same graphs."""
    quads = list(ox.parse(EXPORTERS[name][1](graphs), format=OX_FORMATS[name]))
    if name in NAMED:
        per_graph = {}
        for quad in quads:
            per_graph[quad.graph_name.value] = per_graph.get(quad.graph_name.value, 0) + 1
        assert per_graph == {str(iri): len(g) for iri, g in graphs}
    else:
        assert len(set(quads)) == len(union_of(graphs))


HASH_SCRIPT = """
import hashlib, sys
sys.path.insert(0, sys.argv[1])
from tests.test_export_formats import small_graphs
from kg.export import EXPORTERS
for name, (_, write) in EXPORTERS.items():
    print(name, hashlib.sha256(write(small_graphs())).hexdigest())
"""


def test_same_bytes_whatever_the_hash_seed():
    root = str(Path(__file__).resolve().parents[1])
    outputs = {subprocess.run([sys.executable, "-c", HASH_SCRIPT, root], capture_output=True, text=True,
                              env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}, check=True).stdout
               for seed in ("1", "2", "3")}
    assert len(outputs) == 1, outputs


def test_jsonld_uses_the_shipped_context(tmp_path):
    path = tmp_path / "out.jsonld"
    export(small_graphs(), path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert "@context" in document and "@graph" in document


def test_unknown_format_names_the_valid_ones():
    with pytest.raises(UsageError) as caught:
        format_for(Path("out.ttl"), "rdfxml")
    assert all(name in str(caught.value) for name in EXPORTERS)
    with pytest.raises(UsageError) as caught:
        format_for(Path("out.xyz"))
    assert all(name in str(caught.value) for name in EXPORTERS)


def test_suffix_and_aliases():
    for name, (suffix, _) in EXPORTERS.items():
        assert format_for(Path("out" + suffix)) == name
    assert format_for(Path("x"), "TTL") == "turtle" and format_for(Path("x"), "json-ld") == "jsonld"


def test_export_is_atomic_on_failure(tmp_path):
    path = tmp_path / "out.ttl"
    path.write_bytes(b"previous\n")
    with pytest.raises(ExportError):
        export([(URIRef("urn:g"), None)], path)  # type: ignore[list-item]
    assert path.read_bytes() == b"previous\n" and [p.name for p in tmp_path.iterdir()] == ["out.ttl"]
