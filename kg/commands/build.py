"""kg build INPUT... -o OUT.ttl — build each document into its own graph, validate, write."""

from __future__ import annotations

import sys
from pathlib import Path

from ..corpus import build_corpus
from ..errors import UsageError
from ..read import expand_inputs


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
    p.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                   help="worker processes (default 1); the output is the same bytes whatever N")
    p.set_defaults(run=run)


def run(args) -> int:
    paths = expand_inputs(args.inputs)
    if not paths:
        raise UsageError(f"no .txt or .pdf files in {' '.join(args.inputs)}")
    output = Path(args.output)
    report = Path(args.report) if args.report else output.with_suffix(".validation.txt")
    summary = build_corpus(paths, output, args.format, not args.no_validate, args.store, args.jobs, report)
    if not summary.built:
        print(f"kg: nothing built ({summary.failed} of {len(paths)} inputs failed)", file=sys.stderr)
        return 1
    if not args.no_validate:
        state = "all conform" if not summary.invalid else f"{summary.invalid} do not conform"
        print(f"validated {summary.built} graphs against shapes/: {state} (report: {report})", file=sys.stderr)
    print(f"built {summary.built} of {len(paths)} documents, {summary.triples} triples → {output}", file=sys.stderr)
    return 1 if summary.failed or summary.invalid else 0
