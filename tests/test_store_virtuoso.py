"""The store against a real Virtuoso: push the seed's graphs with the Graph Store Protocol,
ask every named query through Virtuoso's SPARQL endpoint, and require the same CSV bytes as
the embedded store gives. Also the failures a user meets: a wrong password, a closed port."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.query import execute, load_named, named_query_names, normalise, render
from kg.store.embedded import open_read_only
from tests.virtuoso import free_port, virtuoso  # noqa: F401  (the session fixture)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_40d9d7b23b095542.txt"


def kg(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=300)


def push_args(server, store: Path, *extra: str) -> list[str]:
    return ["push", str(store), "--endpoint", server.sparql_url, "--gsp-url", server.gsp_url,
            "--graph-param", "graph-uri", *extra]


def auth(server, password: str | None = None) -> dict:
    return {"KG_ENDPOINT_USER": server.user, "KG_ENDPOINT_PASSWORD": password or server.password,
            "NETRC": os.devnull}


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("seed")
    done = kg("build", str(SEED), "-o", str(folder / "kg.ttl"), "--store", str(folder / "store"))
    assert (folder / "store").is_dir(), done.stderr
    return folder / "store"


@pytest.fixture(scope="module")
def pushed(virtuoso, seed_store):  # noqa: F811
    done = kg(*push_args(virtuoso, seed_store), env=auth(virtuoso))
    assert done.returncode == 0, done.stderr
    return done


def virtuoso_select(server, text: str) -> tuple[list[str], list[list[str]]]:
    """SPARQL 1.1 Protocol: POST the query, read application/sparql-results+json into rows."""
    body = urllib.parse.urlencode({"query": text}).encode("utf-8")
    request = urllib.request.Request(server.sparql_url, data=body, headers={
        "Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=60) as response:
        data = json.load(response)
    columns = data["head"]["vars"]
    rows = [[b.get(c, {}).get("value", "") for c in columns] for b in data["results"]["bindings"]]
    return columns, rows


def test_push_reports_graphs_and_triples(pushed, seed_store):
    store = open_read_only(seed_store)
    graphs = sum(1 for _ in store.named_graphs())
    assert pushed.stdout.strip().startswith(f"pushed {graphs} graphs, {len(store)} triples to ")


def test_graphs_arrive_whole(virtuoso, pushed, seed_store):  # noqa: F811
    store = open_read_only(seed_store)
    for name in store.named_graphs():
        _, rows = virtuoso_select(virtuoso, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{name.value}> {{ ?s ?p ?o }} }}")
        expected = sum(1 for _ in store.quads_for_pattern(None, None, None, name))
        assert rows == [[str(expected)]], name.value


def test_push_twice_replaces(virtuoso, pushed, seed_store):  # noqa: F811
    assert kg(*push_args(virtuoso, seed_store), env=auth(virtuoso)).returncode == 0
    test_graphs_arrive_whole(virtuoso, pushed, seed_store)


@pytest.mark.parametrize("name", named_query_names())
def test_named_query_same_csv_as_embedded(virtuoso, pushed, seed_store, name):  # noqa: F811
    query = load_named(name)
    embedded = render(*execute(open_read_only(seed_store), query), "csv")
    columns, rows = virtuoso_select(virtuoso, query.text)
    assert columns == (query.columns or columns)
    remote = render(columns, normalise(columns, rows, query.list_columns), "csv")
    assert remote == embedded


def test_update_protocol(virtuoso, seed_store, pushed):  # noqa: F811
    done = kg("push", str(seed_store), "--endpoint", virtuoso.sparql_auth_url, "--protocol", "update",
              "--chunk", "300", env=auth(virtuoso))
    assert done.returncode == 0, done.stderr
    test_graphs_arrive_whole(virtuoso, pushed, seed_store)


def test_wrong_password_is_one_line(virtuoso, seed_store):  # noqa: F811
    wrong = "not-the-Password-42"
    done = kg(*push_args(virtuoso, seed_store), env=auth(virtuoso, wrong))
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "401" in done.stderr, done.stderr
    assert wrong not in done.stdout + done.stderr
    assert virtuoso.password not in done.stdout + done.stderr


def test_closed_port_is_one_line(seed_store):
    url = f"http://127.0.0.1:{free_port()}/sparql"
    done = kg("push", str(seed_store), "--endpoint", url, "--retries", "1")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "cannot reach" in done.stderr, done.stderr


def test_credentials_from_netrc(virtuoso, seed_store, tmp_path):  # noqa: F811
    netrc_file = tmp_path / "netrc"
    netrc_file.write_text(f"machine {virtuoso.host} login {virtuoso.user} password {virtuoso.password}\n")
    netrc_file.chmod(0o600)
    env = {"NETRC": str(netrc_file), "KG_ENDPOINT_USER": "", "KG_ENDPOINT_PASSWORD": ""}
    done = subprocess.run([sys.executable, "-m", "kg", *push_args(virtuoso, seed_store)], capture_output=True,
                          text=True, timeout=300, env={k: v for k, v in {**os.environ, **env}.items() if v})
    assert done.returncode == 0, done.stderr


def test_transient_failures_are_retried(seed_store):
    """A server that answers 503 twice, then accepts: the push succeeds after two back-offs."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    answers = [503, 503]

    class Flaky(BaseHTTPRequestHandler):
        def do_PUT(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(answers.pop(0) if answers else 204)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Flaky)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        done = kg("push", str(seed_store), "--endpoint", f"http://127.0.0.1:{server.server_address[1]}/data")
    finally:
        server.shutdown()
        server.server_close()
    assert done.returncode == 0 and done.stdout.startswith("pushed "), done.stderr
    assert not answers
