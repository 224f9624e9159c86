"""kg build INPUT... -o OUT.ttl — build each document into its own graph, validate, write."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import KgError, UsageError
from ..export import export, write_atomic
from ..pipeline import build_path
from ..read import expand_inputs
from ..validate import validate_graph


def register(sub) -> None:
    p = sub.add_parser("build", help="build documents (.txt, .pdf, folders) into a validated graph",
                       description="Each input is built on its own; a bad file is reported and skipped, the "
                                   "others still build. Exit 0 when every input built and conforms.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt or .pdf files, or folders of them")
    p.add_argument("-o", "--output", default="out/kg.ttl", help="graph file to write (default: out/kg.ttl); "
                   "the suffix picks the format (.ttl .nt .nq .trig .jsonld)")
    p.add_argument("--format", help="output format, when the suffix does not say")
    p.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    p.add_argument("--report", help="validation report file (default: OUTPUT with .validation.txt)")
    p.add_argument("--store", metavar="DIR", help="also load every built graph into the embedded store DIR, "
                   "each replacing its document's named graph")
    p.set_defaults(run=run)


def run(args) -> int:
    paths = expand_inputs(args.inputs)
    if not paths:
        raise UsageError(f"no .txt or .pdf files in {' '.join(args.inputs)}")
    built, failed = [], 0
    for path in paths:
        try:
            built.append(build_path(path))
        except KgError as exc:
            failed += 1
            print(f"kg: error: {exc}", file=sys.stderr)
    if not built:
        print(f"kg: nothing built ({failed} of {len(paths)} inputs failed)", file=sys.stderr)
        return 1
    output = Path(args.output)
    graphs = [(b.graph_iri, b.graph) for b in built]
    export(graphs, output, args.format)
    if args.store:
        from ..store.embedded import load_documents

        print(load_documents(args.store, built).line(), file=sys.stderr)
    invalid = 0
    if not args.no_validate:
        lines = []
        for b in built:
            conforms, violations = validate_graph(b.graph)
            invalid += not conforms
            lines += [f"{b.path}: {v.line()}" for v in violations]
            lines.append(f"{b.path}: {'conforms' if conforms else 'does not conform'}")
        report = Path(args.report) if args.report else output.with_suffix(".validation.txt")
        write_atomic(report, ("\n".join(lines) + "\n").encode("utf-8"))
        state = "all conform" if not invalid else f"{invalid} do not conform"
        print(f"validated {len(built)} graphs against shapes/: {state} (report: {report})", file=sys.stderr)
    triples = sum(len(b.graph) for b in built)
    print(f"built {len(built)} of {len(paths)} documents, {triples} triples → {output}", file=sys.stderr)
    return 1 if failed or invalid else 0
