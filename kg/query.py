"""Queries: named queries shipped in kg/queries/, SPARQL files or inline text, run with
pyoxigraph's SPARQL engine over a graph file or an embedded store.

Answers are normalised the way CONTRACT.md fixes them, so the same graph prints the
same bytes whatever engine answered: plain strings, list columns sorted, rows in
natural order.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from .errors import QueryError, UsageError

FORMATS = ("table", "csv", "json")


@dataclass
class NamedQuery:
    name: str
    text: str
    columns: list[str]
    list_columns: set[str]


def named_query_names() -> list[str]:
    folder = resources.files("kg") / "queries"
    return sorted(p.name[:-3] for p in folder.iterdir() if p.name.endswith(".rq"))


def load_named(name: str) -> NamedQuery:
    if name not in named_query_names():
        raise UsageError(f"no named query {name!r}; the named queries are: {', '.join(named_query_names())}")
    text = (resources.files("kg") / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    return parse_query_text(name, text)


def parse_query_text(name: str, text: str) -> NamedQuery:
    columns = re.search(r"^#!\s*columns:\s*(.+)$", text, re.M)
    lists = re.search(r"^#!\s*list-columns:\s*(.+)$", text, re.M)
    return NamedQuery(name, text, columns.group(1).strip().split(",") if columns else [],
                      set(lists.group(1).split()) if lists else set())


def term_text(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, (ox.NamedNode, ox.BlankNode)):
        return term.value
    return str(term)


def natural_key(row: list[str]):
    return [[(0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", cell)]
            for cell in row]


def normalise(columns: list[str], rows: list[list[str]], list_columns: set[str]) -> list[list[str]]:
    out = []
    for row in rows:
        out.append([" ".join(sorted(set(v.split()))) if c in list_columns else v for c, v in zip(columns, row)])
    unique = {tuple(r) for r in out}
    return sorted((list(r) for r in unique), key=natural_key)


def run_sparql(store: ox.Store, text: str, union: bool) -> tuple[list[str], list[list[str]]]:
    try:
        result = store.query(text, use_default_graph_as_union=union)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    except (OSError, ValueError) as exc:
        raise QueryError(f"query failed: {exc}") from None
    if isinstance(result, (bool, ox.QueryBoolean)):
        return ["result"], [["true" if bool(result) else "false"]]
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("only SELECT and ASK queries print tables; use kg export for graphs")
    columns = [v.value for v in result.variables]
    rows = [[term_text(solution[c]) for c in columns] for solution in result]
    return columns, rows


def execute(store: ox.Store, query: NamedQuery, union: bool = True) -> tuple[list[str], list[list[str]]]:
    columns, rows = run_sparql(store, query.text, union)
    if query.columns and columns != query.columns:
        raise QueryError(f"query {query.name} returns columns {columns}, its header promises {query.columns}")
    return columns, normalise(columns, rows, query.list_columns)


def render(columns: list[str], rows: list[list[str]], fmt: str) -> str:
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return buffer.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt == "table":
        widths = [min(60, max([len(c)] + [len(r[i]) for r in rows])) for i, c in enumerate(columns)]
        lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths))]
        lines.append("  ".join("-" * w for w in widths))
        for row in rows:
            lines.append("  ".join((v if len(v) <= w else v[: w - 1] + "…").ljust(w) for v, w in zip(row, widths)))
        return "\n".join(line.rstrip() for line in lines) + f"\n({len(rows)} rows)\n"
    raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def query_text_from(named: str | None, file: str | None, inline: str | None) -> NamedQuery:
    given = [x for x in (named, file, inline) if x]
    if len(given) != 1:
        raise UsageError("give exactly one of --named NAME, a SPARQL file (-f FILE) or -e 'SPARQL'")
    if named:
        return load_named(named)
    if file:
        path = Path(file)
        if not path.is_file():
            raise UsageError(f"{file}: no such SPARQL file")
        return parse_query_text(path.stem, path.read_text(encoding="utf-8"))
    return parse_query_text("inline", inline)
