"""The pipeline: read → clean → segment → extract → map. A pure function of one file,
so a worker process can build any document alone; nothing here holds a corpus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef

from .clean import clean
from .document import Document
from .errors import KgError, StageError
from .extract import EXTRACTORS
from .rdf import iri
from .rdf.mapping import map_document
from .read import read_document
from .segment import segment

STAGES: list[tuple[str, Callable[[Document], Document | None]]] = [
    ("clean", clean),
    ("segment", segment),
    *[(f"extract:{name}", extractor) for name, extractor in EXTRACTORS],
]


@dataclass
class Built:
    path: Path
    document_iri: URIRef
    graph_iri: URIRef
    graph: Graph
    document: Document


def run_stages(doc: Document) -> Document:
    for name, stage in STAGES:
        try:
            stage(doc)
        except KgError:
            raise
        except Exception as exc:  # a bug in a stage: say where, keep the traceback for --debug
            raise StageError(f"{doc.path}: stage {name} failed: {type(exc).__name__}: {exc}") from exc
    return doc


def build_path(path: str | Path) -> Built:
    doc = run_stages(read_document(Path(path)))
    try:
        document_iri, graph = map_document(doc)
    except Exception as exc:
        raise StageError(f"{doc.path}: stage map failed: {type(exc).__name__}: {exc}") from exc
    return Built(Path(path), document_iri, iri.graph(document_iri), graph, doc)
