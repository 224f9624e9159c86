"""A read-only SPARQL 1.1 Protocol endpoint over the embedded store, standard library only.

GET /sparql?query=..., POST form-encoded query=... or an application/sparql-query body.
Answers are negotiated from the Accept header (SPARQL JSON by default), every answer carries
CORS headers so a browser page on another origin can query, and updates are refused (403):
the store is opened read-only, writing is kg build --store's job."""

from __future__ import annotations

import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox

from .embedded import open_read_only

PATH = "/sparql"
RESULT_TYPES = {  # SELECT and ASK; the first is the default
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/xml": ox.QueryResultsFormat.XML,
}
GRAPH_TYPES = {  # CONSTRUCT and DESCRIBE
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
}
CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": "Content-Type, Accept", "Access-Control-Max-Age": "86400"}
MAX_BODY = 10 * 1024 * 1024


def negotiate(accept: str | None, offered: dict) -> str:
    """The offered media type the Accept header likes best; the default when it likes none
    (lenient on purpose: many clients send */* or browser defaults)."""
    default = next(iter(offered))
    ranked = []
    for position, item in enumerate((accept or "").split(",")):
        media, *params = [p.strip() for p in item.split(";")]
        quality = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        ranked.append((-quality, position, media.lower()))
    for negative_quality, _, media in sorted(ranked):
        if negative_quality == 0:
            break
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            return default
    return default


class SparqlHandler(BaseHTTPRequestHandler):
    store: ox.Store  # set on the subclass make_server builds
    server_version = "kg-serve"

    def log_message(self, fmt, *args):  # one line per request on stderr, like http.server, but quiet in tests
        if getattr(self.server, "verbose", True):
            sys.stderr.write(f"{self.address_string()} {fmt % args}\n")

    def reply(self, status: int, body: bytes, media: str = "text/plain; charset=utf-8") -> None:
        self.send_response(status)
        for name, value in CORS.items():
            self.send_header(name, value)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def fail(self, status: int, message: str) -> None:
        self.reply(status, (message.strip() + "\n").encode("utf-8"))

    def do_OPTIONS(self):
        self.reply(204, b"")

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path != PATH:
            return self.fail(404, f"not found; the SPARQL endpoint is {PATH}")
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        self.dispatch(params.get("query", [None])[0], "update" in params)

    def do_POST(self):
        if urllib.parse.urlsplit(self.path).path != PATH:
            return self.fail(404, f"not found; the SPARQL endpoint is {PATH}")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self.fail(413, "request body too large")
        body = self.rfile.read(length).decode("utf-8", "replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/sparql-query":
            return self.dispatch(body, False)
        if media == "application/sparql-update":
            return self.dispatch(None, True)
        if media == "application/x-www-form-urlencoded":
            params = urllib.parse.parse_qs(body, keep_blank_values=True)
            return self.dispatch(params.get("query", [None])[0], "update" in params)
        self.fail(415, "POST application/x-www-form-urlencoded (query=...) or application/sparql-query")

    def dispatch(self, query: str | None, is_update: bool) -> None:
        if is_update:
            return self.fail(403, "this endpoint is read-only: SPARQL updates are refused")
        if not query:
            return self.fail(400, "missing query parameter")
        try:
            result = self.store.query(query, use_default_graph_as_union=True)
        except SyntaxError as exc:
            return self.fail(400, f"SPARQL syntax error: {exc}")
        except (OSError, ValueError) as exc:
            return self.fail(500, f"query failed: {exc}")
        self.answer(result)

    def answer(self, result) -> None:
        accept = self.headers.get("Accept")
        if isinstance(result, ox.QueryTriples):
            media = negotiate(accept, GRAPH_TYPES)
            data = result.serialize(format=GRAPH_TYPES[media])
        else:
            media = negotiate(accept, RESULT_TYPES)
            data = result.serialize(format=RESULT_TYPES[media])
        self.reply(200, data, f"{media}; charset=utf-8")


def make_server(store_path: str | Path, host: str = "127.0.0.1", port: int = 8000,
                verbose: bool = True) -> ThreadingHTTPServer:
    store = open_read_only(store_path)
    handler = type("StoreHandler", (SparqlHandler,), {"store": store})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    server.verbose = verbose
    return server
