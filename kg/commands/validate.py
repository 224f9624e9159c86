"""kg validate SOURCE — exit 0 conforms, 1 does not, 2 could not run."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import KgError
from ..graphs import union_graph
from ..validate import shapes_graph, validate_graph


def register(sub) -> None:
    p = sub.add_parser("validate", help="check a graph or store against the SHACL shapes",
                       description="Validate with pyshacl against shapes/. Exit 0: conforms; 1: does not; "
                                   "2: could not run.")
    p.add_argument("source", help="graph file or store folder")
    p.add_argument("--shapes", metavar="DIR", help="a folder of SHACL shapes in Turtle (default: shapes/)")
    p.set_defaults(run=run)


def run(args) -> int:
    try:
        graph = union_graph(args.source)
        shapes = shapes_graph(str(Path(args.shapes))) if args.shapes else None
        conforms, violations = validate_graph(graph, shapes)
    except KgError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return 2
    for violation in violations:
        print(violation.line())
    errors = sum(1 for v in violations if v.severity == "Violation")
    if conforms:
        print(f"conforms: {len(graph)} triples, {len(violations)} warnings")
        return 0
    print(f"does not conform: {errors} violations")
    return 1
