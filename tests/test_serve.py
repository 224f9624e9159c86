"""kg serve: a read-only SPARQL 1.1 Protocol endpoint over the embedded store, queried with
urllib as any client would. Every named query answers as the Turtle file does."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.export import export
from kg.pipeline import build_path
from kg.query import execute, load_named, named_query_names, normalise, render
from kg.sources import open_source
from kg.store.embedded import load_documents
from kg.store.serve import make_server

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_40d9d7b23b095542.txt"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve")
    document = build_path(SEED)
    export([(document.graph_iri, document.graph)], folder / "kg.ttl")
    load_documents(folder / "store", [document])
    return folder


@pytest.fixture(scope="module")
def endpoint(built):
    server = make_server(built / "store", "127.0.0.1", 0, verbose=False)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()


def call(url: str, data: bytes | None = None, method: str | None = None, **headers):
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def get(endpoint: str, query: str, **headers):
    return call(endpoint + "?" + urllib.parse.urlencode({"query": query}), **headers)


def json_rows(body: bytes) -> tuple[list[str], list[list[str]]]:
    data = json.loads(body)
    columns = data["head"]["vars"]
    return columns, [[b.get(c, {}).get("value", "") for c in columns] for b in data["results"]["bindings"]]


@pytest.mark.parametrize("name", named_query_names())
def test_named_queries_answer_like_the_turtle_file(endpoint, built, name):
    query = load_named(name)
    expected = render(*execute(open_source(built / "kg.ttl"), query), "csv")
    status, headers, body = get(endpoint, query.text)
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    columns, rows = json_rows(body)
    assert render(columns, normalise(columns, rows, query.list_columns), "csv") == expected


def test_post_form_and_direct_body(endpoint):
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    form = call(endpoint, urllib.parse.urlencode({"query": text}).encode(),
                **{"Content-Type": "application/x-www-form-urlencoded"})
    direct = call(endpoint, text.encode(), **{"Content-Type": "application/sparql-query"})
    assert form[0] == direct[0] == 200
    assert json_rows(form[2]) == json_rows(direct[2]) == json_rows(get(endpoint, text)[2])


@pytest.mark.parametrize("accept, media, start", [
    ("text/csv", "text/csv", b"n\r\n"),
    ("text/tab-separated-values", "text/tab-separated-values", b"?n\n"),
    ("application/sparql-results+xml", "application/sparql-results+xml", b"<?xml"),
    ("text/html;q=0.9, text/csv;q=0.5", "text/csv", b"n\r\n"),
    ("*/*", "application/sparql-results+json", b"{"),
])
def test_content_negotiation(endpoint, accept, media, start):
    status, headers, body = get(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", Accept=accept)
    assert status == 200 and headers["Content-Type"].startswith(media)
    assert body.startswith(start)


@pytest.mark.parametrize("accept, media", [(None, "text/turtle"), ("application/n-triples", "application/n-triples")])
def test_construct_returns_a_graph(endpoint, accept, media):
    headers = {"Accept": accept} if accept else {}
    status, got, body = get(endpoint, "CONSTRUCT { ?s a ?c } WHERE { ?s a ?c } LIMIT 3", **headers)
    assert status == 200 and got["Content-Type"].startswith(media) and body.strip()


def test_cors_and_preflight(endpoint):
    status, headers, _ = call(endpoint, method="OPTIONS", Origin="http://example.org",
                              **{"Access-Control-Request-Method": "POST"})
    assert status == 204 and headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    assert get(endpoint, "ASK {}")[1]["Access-Control-Allow-Origin"] == "*"


def test_updates_are_refused(endpoint, built):
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    assert call(endpoint, urllib.parse.urlencode({"update": update}).encode(),
                **{"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    assert call(endpoint, update.encode(), **{"Content-Type": "application/sparql-update"})[0] == 403
    status, _, body = get(endpoint, "ASK { <urn:a> <urn:b> <urn:c> }")
    assert json.loads(body)["boolean"] is False


def test_bad_query_is_400_with_the_parser_message(endpoint):
    status, _, body = get(endpoint, "SELEC ?x WHERE {}")
    assert status == 400 and b"SPARQL syntax error" in body and b"1:" in body


def test_unknown_path_and_missing_query(endpoint):
    assert call(endpoint.replace("/sparql", "/nothing"))[0] == 404
    assert call(endpoint)[0] == 400
