"""Graphs as SPARQL 1.1 Update text. N-Triples lines are valid SPARQL triples, so a
graph goes into INSERT DATA without a second serializer; the embedded store and the
remote update protocol share this so both write exactly the same triples."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import Graph, URIRef

NamedGraphs = list[tuple[URIRef, Graph]]


def ntriples_lines(graph: Graph) -> list[str]:
    """Sorted so a push sends the same requests for the same graph (easier to diff and retry)."""
    text = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    return sorted(line for line in text.splitlines() if line.strip())


def insert_data(graph_iri: str, lines: list[str]) -> str:
    body = "\n".join(lines)
    return f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}\n}} }}"


def drop_graph(graph_iri: str) -> str:
    return f"DROP SILENT GRAPH <{graph_iri}>"


def replace_update(graphs: NamedGraphs) -> str:
    """One update request that replaces every graph: drops first, then inserts.
    Run as one request it is one transaction in stores that make updates atomic."""
    return replace_update_lines([(str(iri), ntriples_lines(graph)) for iri, graph in graphs])


def replace_update_lines(graphs: list[tuple[str, list[str]]]) -> str:
    """The same, from graphs already written as N-Triples lines (what corpus workers send back)."""
    operations = [drop_graph(iri) for iri, _ in graphs]
    operations += [insert_data(iri, lines) for iri, lines in graphs if lines]
    return " ;\n".join(operations)


def chunked_updates(graph_iri: str, graph: Graph, chunk: int) -> Iterator[str]:
    """DROP then INSERT DATA in chunks of at most `chunk` triples, for servers that cap request size.
    Blank nodes are labelled per request, so a chunk keeps whole blank-node groups together only
    if the graph has none spanning chunks; kg graphs mint IRIs for every node (see kg/rdf/iri.py)."""
    lines = ntriples_lines(graph)
    yield drop_graph(graph_iri)
    for start in range(0, len(lines), chunk):
        yield insert_data(graph_iri, lines[start:start + chunk])
