"""The one place that mints IRIs. Every IRI comes from a content key — an ISO code, an
acronym, a document symbol or content hash, a paragraph number, a character span —
never from a counter or run order, so rebuilding never duplicates a node."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

from .vocab import ID_BASE


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def _iri(*parts: str) -> URIRef:
    return URIRef(ID_BASE + "/".join(quote(p, safe="-._~") for p in parts))


def document_key(source: str, symbols: list[str], language: str) -> str:
    """A symbol names the work in every language; the language picks the expression. No symbol: the text's hash."""
    if symbols:
        return f"{slug(symbols[0])}-{language}"
    return "sha256-" + hashlib.sha256(source.encode("utf-8")).hexdigest()[:20]


def document(key: str) -> URIRef:
    return _iri("doc", key)


def part(doc_iri: URIRef, part_id: str) -> URIRef:
    """'letter' is the document itself; 'annex-1' → …/annex/1; 'annex-1/text' → …/annex/1/text."""
    if part_id in ("letter", "text"):
        return doc_iri
    pieces = []
    for piece in part_id.split("/"):
        pieces += piece.split("-", 1) if piece.startswith("annex-") else [piece]
    return URIRef(str(doc_iri) + "/" + "/".join(pieces))


def paragraph(part_iri: URIRef, number: str, index: int) -> URIRef:
    return URIRef(f"{part_iri}/para/{number}" if number else f"{part_iri}/block/{index}")


def graph(doc_iri: URIRef) -> URIRef:
    return URIRef(f"{doc_iri}/graph")


def context(doc_iri: URIRef, length: int) -> URIRef:
    return URIRef(f"{doc_iri}/text#char=0,{length}")


def span(doc_iri: URIRef, start: int, end: int) -> URIRef:
    """RFC 5147 fragment on the document's text, as NIF 2.1 does."""
    return URIRef(f"{doc_iri}/text#char={start},{end}")


def state(iso3: str) -> URIRef:
    return _iri("state", iso3)


def organization(key: str) -> URIRef:
    if key.startswith("new:"):
        return _iri("org", "unresolved", slug(key[4:]))
    return _iri("org", key)


def place(key: str) -> URIRef:
    if key.startswith("new:"):
        return _iri("place", slug(key[4:]))
    return _iri("place", key)


def role(key: str) -> URIRef:
    return _iri("role", key)


def speech_act(code: str) -> URIRef:
    return _iri("act", code)


def document_kind(kind: str) -> URIRef:
    return _iri("kind", kind)


def scheme(name: str) -> URIRef:
    return _iri(name)


def instrument(key: str) -> URIRef:
    if key.startswith(("res:", "named:")):
        return _iri("instrument", slug(key.split(":", 1)[1]))
    return _iri("instrument", key)


def person(name: str) -> URIRef:
    return _iri("person", slug(name))


def event(date: str, place_key: str) -> URIRef:
    return _iri("event", date, place_key or "unplaced")


def distribution(doc_iri: URIRef) -> URIRef:
    return URIRef(f"{doc_iri}/distribution")


def project(carriers: list[str]) -> URIRef:
    """A joint project is known by who carries it out."""
    return _iri("project", "-".join(slug(c) for c in sorted(carriers)))


def mission(key: str) -> URIRef:
    """A State's permanent mission to the United Nations, keyed by the State's ISO code."""
    return _iri("org", "mission", slug(key))
