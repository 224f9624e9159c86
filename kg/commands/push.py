"""kg push SOURCE --endpoint URL — replace each named graph of SOURCE on a remote triplestore."""

from __future__ import annotations

from rdflib import URIRef

from ..errors import UsageError
from ..graphs import DEFAULT_GRAPH, named_graphs
from ..store.remote import PROTOCOLS, Endpoint, push


def register(sub) -> None:
    p = sub.add_parser("push", help="send the named graphs of a graph file or store to a SPARQL server",
                       description="Each named graph replaces the graph of the same name on the server: "
                                   "one Graph Store Protocol PUT per graph, or with --protocol update "
                                   "DROP SILENT GRAPH + INSERT DATA. Credentials: KG_ENDPOINT_USER and "
                                   "KG_ENDPOINT_PASSWORD, or a netrc entry for the host.")
    p.add_argument("source", help="graph file (.trig, .nq keep graph names) or store folder")
    p.add_argument("--endpoint", required=True, metavar="URL",
                   help="graph store URL (gsp) or SPARQL update endpoint (update)")
    p.add_argument("--protocol", choices=sorted(PROTOCOLS), default="gsp")
    p.add_argument("--gsp-url", metavar="URL", help="graph store at another URL "
                   "(Virtuoso: http://HOST:8890/sparql-graph-crud-auth)")
    p.add_argument("--graph-param", default="graph", metavar="NAME",
                   help="query parameter naming the graph (default: graph; Virtuoso: graph-uri)")
    p.add_argument("--graph", metavar="IRI", help="graph name for triples outside named graphs "
                   "(a Turtle or N-Triples file)")
    p.add_argument("--chunk", type=int, default=5000, help="triples per INSERT DATA request (update)")
    p.add_argument("--retries", type=int, default=3, help="retries of a transient failure (default 3)")
    p.set_defaults(run=run)


def run(args) -> int:
    graphs = named_graphs(args.source)
    if any(name == DEFAULT_GRAPH for name, _ in graphs):
        if not args.graph:
            raise UsageError(f"{args.source}: has triples outside named graphs; name their graph with "
                             f"--graph IRI, or push a .trig/.nq file or a store folder")
        graphs = [(URIRef(args.graph) if name == DEFAULT_GRAPH else name, g) for name, g in graphs]
    if not graphs:
        raise UsageError(f"{args.source}: no triples to push")
    endpoint = Endpoint(args.endpoint, args.protocol, args.gsp_url, args.graph_param,
                        max(1, args.chunk), max(0, args.retries))
    print(push(graphs, endpoint).line())
    return 0
