"""kg serve STORE [--host H] [--port P] — a read-only SPARQL endpoint over an embedded store."""

from __future__ import annotations

import sys

from ..errors import UsageError
from ..store.serve import PATH, make_server


def register(sub) -> None:
    p = sub.add_parser("serve", help="serve an embedded store as a read-only SPARQL 1.1 endpoint",
                       description="GET or POST SPARQL queries to http://HOST:PORT/sparql; results as SPARQL "
                                   "JSON (default), XML, CSV or TSV by Accept header. Updates are refused.")
    p.add_argument("store", help="embedded store folder (kg build --store DIR)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.set_defaults(run=run)


def run(args) -> int:
    try:
        server = make_server(args.store, args.host, args.port)
    except OSError as exc:  # port taken, address not available
        raise UsageError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
    host, port = server.server_address[:2]
    print(f"serving {args.store} read-only at http://{host}:{port}{PATH} (Ctrl-C stops)", file=sys.stderr)
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0
