"""SHACL validation with pyshacl against shapes/: a conformance flag and a report a person reads,
one violation per line — focus node, path, value, message."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import SH

from .paths import shapes_dir


@dataclass
class Violation:
    focus: str
    path: str
    value: str
    message: str
    severity: str

    def line(self) -> str:
        return f"{self.severity}: {self.focus} {self.path or '-'} = {self.value or '-'}: {self.message}"


@cache
def shapes_graph(folder: str | None = None) -> Graph:
    graph = Graph()
    for path in sorted(Path(folder or shapes_dir()).glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def short(term, graph: Graph) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(term)
        except Exception:
            return str(term)
    text = str(term)
    return text if len(text) <= 60 else text[:57] + "…"


def validate_graph(data: Graph, shapes: Graph | None = None) -> tuple[bool, list[Violation]]:
    from pyshacl import validate

    conforms, report, _ = validate(data, shacl_graph=shapes if shapes is not None else shapes_graph(),
                                   inference="none", advanced=True, allow_warnings=True)
    violations = []
    for result in report.subjects(SH.resultSeverity, None):
        severity = report.value(result, SH.resultSeverity)
        violations.append(Violation(
            focus=short(report.value(result, SH.focusNode), data),
            path=short(report.value(result, SH.resultPath), data),
            value=short(report.value(result, SH.value), data),
            message=str(report.value(result, SH.resultMessage) or ""),
            severity=str(severity).rsplit("#", 1)[-1],
        ))
    violations.sort(key=lambda v: (v.severity, v.focus, v.path, v.value, v.message))
    return conforms, violations
