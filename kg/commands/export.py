"""kg export SOURCE --format FORMAT -o FILE"""

from __future__ import annotations

from pathlib import Path

from ..export import EXPORTERS, export
from ..graphs import named_graphs


def register(sub) -> None:
    p = sub.add_parser("export", help="write a graph or store in another RDF format",
                       description=f"Formats: {', '.join(EXPORTERS)} (or taken from the output suffix).")
    p.add_argument("source", help="graph file or store folder")
    p.add_argument("-o", "--output", required=True, help="file to write")
    p.add_argument("--format", help=f"one of {', '.join(EXPORTERS)}")
    p.set_defaults(run=run)


def run(args) -> int:
    graphs = named_graphs(args.source)
    name = export(graphs, Path(args.output), args.format)
    triples = sum(len(g) for _, g in graphs)
    print(f"wrote {args.output} ({name}, {len(graphs)} graphs, {triples} triples)")
    return 0
