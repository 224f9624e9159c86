"""Push named graphs to a remote triplestore over HTTP, standard library only.

Two protocols: the SPARQL 1.1 Graph Store HTTP Protocol (one PUT per named graph, which
replaces it), and SPARQL 1.1 Update (DROP SILENT GRAPH then INSERT DATA in chunks) for
servers without a graph store. Credentials come from KG_ENDPOINT_USER/KG_ENDPOINT_PASSWORD
or a netrc entry for the host and are answered for Basic or Digest challenges (Virtuoso's
-auth endpoints use Digest). No message ever contains a credential."""

from __future__ import annotations

import http.client
import netrc
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from rdflib import Graph

from ..errors import StoreError
from .quads import NamedGraphs, chunked_updates, ntriples_lines

TRANSIENT_STATUS = {502, 503, 504}
TRANSIENT_ERRORS = (ConnectionResetError, ConnectionAbortedError, http.client.RemoteDisconnected,
                    socket.timeout, TimeoutError, http.client.IncompleteRead)


@dataclass
class Endpoint:
    url: str  # the SPARQL endpoint (update protocol) or graph store (gsp)
    protocol: str = "gsp"
    gsp_url: str | None = None  # a graph store at another path (Virtuoso: /sparql-graph-crud-auth)
    graph_param: str = "graph"  # Virtuoso's crud endpoint names it graph-uri
    chunk: int = 5000  # triples per INSERT DATA request
    retries: int = 3
    backoff: float = 0.5  # seconds before the first retry, doubled after each
    timeout: float = 120.0


@dataclass
class PushSummary:
    url: str
    protocol: str
    graphs: int
    triples: int

    def line(self) -> str:
        return f"pushed {self.graphs} graphs, {self.triples} triples to {self.url} ({self.protocol})"


def safe_url(url: str) -> str:
    """The URL as messages show it: any user:password@ removed."""
    parts = urllib.parse.urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1]
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def credentials(url: str) -> tuple[str, str] | None:
    user, password = os.environ.get("KG_ENDPOINT_USER"), os.environ.get("KG_ENDPOINT_PASSWORD")
    if user and password is not None:
        return user, password
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        entry = netrc.netrc(os.environ.get("NETRC")).authenticators(host)
    except (FileNotFoundError, netrc.NetrcParseError, OSError):
        return None
    if entry and entry[0] and entry[2] is not None:
        return entry[0], entry[2]
    return None


def make_opener(url: str) -> urllib.request.OpenerDirector:
    found = credentials(url)
    if not found:
        return urllib.request.build_opener()
    manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    manager.add_password(None, url, *found)
    # Digest is tried before Basic (handler order), each answers only its own challenge
    return urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(manager),
                                       urllib.request.HTTPBasicAuthHandler(manager))


def server_message(error: urllib.error.HTTPError) -> str:
    try:
        body = error.read().decode("utf-8", "replace")
    except OSError:
        body = ""
    text = re.sub(r"<[^>]+>", " ", body)  # servers often answer in HTML
    return " ".join(text.split())[:200]


def http_failure(url: str, error: urllib.error.HTTPError) -> StoreError:
    where = safe_url(url)
    if error.code == 401:
        return StoreError(f"{where}: HTTP 401: the endpoint refused the credentials (set KG_ENDPOINT_USER "
                          f"and KG_ENDPOINT_PASSWORD, or a netrc entry for the host)")
    if error.code == 403:
        return StoreError(f"{where}: HTTP 403: the user is not allowed to write to this endpoint")
    message = server_message(error)
    return StoreError(f"{where}: HTTP {error.code} {error.reason}" + (f": {message}" if message else ""))


def unreachable(url: str, error: BaseException) -> StoreError:
    reason = getattr(error, "reason", error)
    return StoreError(f"{safe_url(url)}: cannot reach the endpoint: {reason}")


def send(opener, endpoint: Endpoint, request: urllib.request.Request) -> bytes:
    """One request with bounded retries: only failures a second try can cure are retried."""
    url = request.full_url
    for attempt in range(endpoint.retries + 1):
        last = attempt == endpoint.retries
        try:
            with opener.open(request, timeout=endpoint.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as error:
            if error.code not in TRANSIENT_STATUS or last:
                raise http_failure(url, error) from None
        except urllib.error.URLError as error:
            if not isinstance(error.reason, TRANSIENT_ERRORS) or last:
                raise unreachable(url, error) from None
        except TRANSIENT_ERRORS as error:
            if last:
                raise unreachable(url, error) from None
        except OSError as error:
            raise unreachable(url, error) from None
        time.sleep(endpoint.backoff * 2 ** attempt)
    raise AssertionError("unreachable")


def gsp_target(endpoint: Endpoint, graph_iri: str) -> str:
    base = endpoint.gsp_url or endpoint.url
    joiner = "&" if "?" in base else "?"
    return base + joiner + urllib.parse.urlencode({endpoint.graph_param: graph_iri})


def put_graph(opener, endpoint: Endpoint, graph_iri: str, graph: Graph) -> None:
    # N-Triples is a subset of Turtle; text/turtle is the one type every graph store accepts
    body = ("\n".join(ntriples_lines(graph)) + "\n").encode("utf-8")
    request = urllib.request.Request(gsp_target(endpoint, graph_iri), data=body, method="PUT",
                                     headers={"Content-Type": "text/turtle; charset=utf-8"})
    send(opener, endpoint, request)


def update_graph(opener, endpoint: Endpoint, graph_iri: str, graph: Graph) -> None:
    for text in chunked_updates(graph_iri, graph, endpoint.chunk):
        body = urllib.parse.urlencode({"update": text}).encode("utf-8")
        request = urllib.request.Request(endpoint.url, data=body, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})
        send(opener, endpoint, request)


PROTOCOLS = {"gsp": put_graph, "update": update_graph}


def push(graphs: NamedGraphs, endpoint: Endpoint) -> PushSummary:
    write = PROTOCOLS[endpoint.protocol]
    opener = make_opener(endpoint.gsp_url if endpoint.protocol == "gsp" and endpoint.gsp_url else endpoint.url)
    for graph_iri, graph in graphs:
        write(opener, endpoint, str(graph_iri), graph)
    shown = endpoint.gsp_url if endpoint.protocol == "gsp" and endpoint.gsp_url else endpoint.url
    return PushSummary(safe_url(shown), endpoint.protocol, len(graphs), sum(len(g) for _, g in graphs))
