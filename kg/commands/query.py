"""kg query SOURCE (--named NAME | -f FILE | -e SPARQL) [--format table|csv|json]"""

from __future__ import annotations

import sys

from ..query import FORMATS, execute, query_text_from, render
from ..sources import open_source


def register(sub) -> None:
    p = sub.add_parser("query", help="run a named query, a SPARQL file or inline SPARQL on a graph or store",
                       description="Run SPARQL on a graph file (Turtle, N-Triples, N-Quads, TriG, JSON-LD) "
                                   "or an embedded store folder.")
    p.add_argument("source", help="graph file or store folder")
    p.add_argument("query_file", nargs="?", help="a SPARQL file (same as -f)")
    p.add_argument("--named", "-n", metavar="NAME", help="a query shipped in kg/queries/NAME.rq")
    p.add_argument("-f", "--file", metavar="FILE", help="a SPARQL query file")
    p.add_argument("-e", "--execute", metavar="SPARQL", help="SPARQL text")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(run=run)


def run(args) -> int:
    query = query_text_from(args.named, args.file or args.query_file, args.execute)
    store = open_source(args.source)
    columns, rows = execute(store, query)
    sys.stdout.write(render(columns, rows, args.format))
    return 0
