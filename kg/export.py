"""RDF exporters, registered by name. Every writer is deterministic (the same graphs give the
same bytes) and every file is written atomically (a temporary file renamed into place),
so an interrupted run never leaves half a file.

Graphs travel as (graph IRI, rdflib Graph) pairs: formats with named graphs (TriG,
N-Quads, JSON-LD) keep them, triple formats (Turtle, N-Triples) write their union.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from .errors import ExportError, UsageError
from .rdf.vocab import PREFIXES

NamedGraphs = list[tuple[URIRef, Graph]]


def union(graphs: NamedGraphs) -> Graph:
    if len(graphs) == 1:
        return graphs[0][1]
    merged = Graph()
    for prefix, namespace in PREFIXES.items():
        merged.bind(prefix, namespace, override=True, replace=True)
    for _, graph in graphs:
        merged += graph
    return merged


def to_turtle(graphs: NamedGraphs) -> bytes:
    # rdflib ends Turtle with a blank line; every kg file ends with exactly one newline
    return union(graphs).serialize(format="turtle", encoding="utf-8").rstrip(b"\n") + b"\n"


def _sorted_lines(lines: Iterable[str]) -> bytes:
    return ("".join(sorted(set(lines)))).encode("utf-8")


def to_ntriples(graphs: NamedGraphs) -> bytes:
    text = union(graphs).serialize(format="nt", encoding="utf-8").decode("utf-8")
    return _sorted_lines(line + "\n" for line in text.splitlines() if line.strip())


def to_nquads(graphs: NamedGraphs) -> bytes:
    lines = []
    for graph_iri, graph in graphs:
        text = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
        for line in text.splitlines():
            if line.strip():
                lines.append(f"{line[:-2].rstrip()} <{graph_iri}> .\n")
    return _sorted_lines(lines)


def to_trig(graphs: NamedGraphs) -> bytes:
    prefixes: set[str] = set()
    blocks = []
    for graph_iri, graph in sorted(graphs, key=lambda pair: str(pair[0])):
        lines = graph.serialize(format="turtle", encoding="utf-8").decode("utf-8").splitlines()
        prefixes.update(line for line in lines if line.startswith("@prefix"))
        content = "\n".join(line for line in lines if not line.startswith("@prefix")).strip("\n")
        blocks.append(f"<{graph_iri}> {{\n{content}\n}}\n")
    return ("\n".join(sorted(prefixes)) + "\n\n" + "\n".join(blocks)).encode("utf-8")


def jsonld_context() -> dict:
    with (resources.files("kg") / "resources" / "context.jsonld").open(encoding="utf-8") as handle:
        return json.load(handle)


def to_jsonld(graphs: NamedGraphs) -> bytes:
    dataset = Dataset()
    for graph_iri, graph in graphs:
        named = dataset.graph(graph_iri)
        for triple in graph:
            named.add(triple)
    context = jsonld_context()["@context"]
    data = json.loads(dataset.serialize(format="json-ld", context=context, auto_compact=True))
    return (json.dumps(canonical_json(data), ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def canonical_json(value):
    """Sort every list so that the document does not depend on set iteration order."""
    if isinstance(value, dict):
        return {k: canonical_json(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [canonical_json(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


EXPORTERS: dict[str, tuple[str, Callable[[NamedGraphs], bytes]]] = {
    "turtle": (".ttl", to_turtle),
    "ntriples": (".nt", to_ntriples),
    "nquads": (".nq", to_nquads),
    "trig": (".trig", to_trig),
    "jsonld": (".jsonld", to_jsonld),
}
ALIASES = {"ttl": "turtle", "nt": "ntriples", "nq": "nquads", "json-ld": "jsonld", "json": "jsonld"}


def format_for(path: Path, fmt: str | None = None) -> str:
    if fmt:
        name = ALIASES.get(fmt.lower(), fmt.lower())
        if name not in EXPORTERS:
            raise UsageError(f"unknown format {fmt!r}; valid formats: {', '.join(EXPORTERS)}")
        return name
    for name, (suffix, _) in EXPORTERS.items():
        if path.suffix.lower() == suffix:
            return name
    if path.suffix.lower() == ".json":
        return "jsonld"
    raise UsageError(f"{path}: cannot tell the format from {path.suffix or 'no suffix'}; "
                     f"use --format with one of: {', '.join(EXPORTERS)}")


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def export(graphs: NamedGraphs, path: Path, fmt: str | None = None) -> str:
    name = format_for(path, fmt)
    try:
        data = EXPORTERS[name][1](graphs)
    except Exception as exc:
        raise ExportError(f"{path}: could not write {name}: {exc}") from exc
    write_atomic(path, data)
    return name


# Streaming: a corpus build writes each document's chunk as soon as it is built, so memory
# stays flat whatever the number of documents. Turtle and TriG get every kg prefix up front;
# a node shared by two documents (a State) is written in each document's chunk, which
# readers merge. JSON-LD has no streaming form here: its writer keeps the graphs until close.

def prefix_header() -> bytes:
    lines = [f"@prefix {prefix}: <{namespace}> ." for prefix, namespace in sorted(PREFIXES.items())]
    return ("\n".join(lines) + "\n\n").encode("utf-8")


def turtle_body(graph: Graph) -> str:
    text = graph.serialize(format="turtle", encoding="utf-8").decode("utf-8")
    return "\n".join(line for line in text.splitlines() if not line.startswith("@prefix")).strip("\n")


def ntriple_lines(graph: Graph) -> list[str]:
    text = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    return sorted({line + "\n" for line in text.splitlines() if line.strip()})


def document_chunk(name: str, graph_iri: URIRef, graph: Graph) -> bytes:
    """One document's part of a streamed file in format `name` (not jsonld)."""
    if name == "turtle":
        return (turtle_body(graph) + "\n\n").encode("utf-8")
    if name == "trig":
        return f"<{graph_iri}> {{\n{turtle_body(graph)}\n}}\n\n".encode()
    if name == "ntriples":
        return "".join(ntriple_lines(graph)).encode("utf-8")
    if name == "nquads":
        return "".join(f"{line[:-3].rstrip()} <{graph_iri}> .\n" for line in ntriple_lines(graph)).encode("utf-8")
    raise ExportError(f"{name} cannot be streamed")


class StreamWriter:
    """Writes a corpus file document by document into a temporary file, renamed on close."""

    def __init__(self, path: Path, fmt: str | None = None):
        self.path = path
        self.name = format_for(path, fmt)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, self.temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        self.out = os.fdopen(handle, "wb")
        self.kept: NamedGraphs = []
        if self.name in ("turtle", "trig"):
            self.out.write(prefix_header())

    @property
    def streams(self) -> bool:
        return self.name != "jsonld"

    def add_chunk(self, chunk: bytes) -> None:
        self.out.write(chunk)

    def add_graph(self, graph_iri: URIRef, graph: Graph) -> None:
        if self.streams:
            self.out.write(document_chunk(self.name, graph_iri, graph))
        else:
            self.kept.append((graph_iri, graph))

    def close(self) -> None:
        if self.kept:
            self.out.write(to_jsonld(self.kept))
        self.out.flush()
        os.fsync(self.out.fileno())
        self.out.close()
        self._trim_trailing_blank_line()
        os.replace(self.temporary, self.path)

    def _trim_trailing_blank_line(self) -> None:
        with open(self.temporary, "rb+") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            while size > 1:
                handle.seek(size - 2)
                if handle.read(2) != b"\n\n":
                    break
                size -= 1
            handle.truncate(size)

    def abort(self) -> None:
        if not self.out.closed:
            self.out.close()
        Path(self.temporary).unlink(missing_ok=True)
