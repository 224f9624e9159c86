"""Instruments the reference data does not know, named in English: a title-case name whose
head is an instrument noun ("the Baku Road Map", "its Five-Point Consensus", "the Santiago
Regional Action Plan on Women, Peace and Security").

Only English names: a French name gives no English name to answer with, and a guessed
translation would be worse than none. Heads and connectors are in kg/data/language.json.
"""

from __future__ import annotations

import re
from functools import cache

from .. import reference
from ..document import Document
from ..rdf.iri import slug
from .gazetteer import act_matcher
from .units import units

TOKEN = re.compile(r"[\w'’-]+|,")


@cache
def grammar() -> dict:
    language = reference.language("en")
    heads = sorted(language["instrument_heads"], key=lambda h: -len(h.split()))
    return {"heads": heads, "connectors": set(language["name_connectors"]), "articles": set(language["articles"])}


def capitalised(token: str) -> bool:
    return token[:1].isupper() or token.isdigit()


def phrases(text: str) -> list[tuple[int, int]]:
    """Spans of title-case phrases: capitalised words joined by connectors, or by commas in 'X, Y and Z'."""
    tokens = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
    rules = grammar()
    spans, i = [], 0
    while i < len(tokens):
        if not capitalised(tokens[i][2]) or tokens[i][2] in rules["articles"]:
            i += 1
            continue
        j = i
        while j + 1 < len(tokens):
            nxt = tokens[j + 1][2]
            if capitalised(nxt):
                j += 1
            elif nxt in rules["connectors"] and (k := _after_connectors(tokens, j + 1, rules)) is not None:
                j = k
            elif nxt == "," and _listing(tokens, j + 2):
                j += 2
            else:
                break
        spans.append((tokens[i][0], tokens[j][1]))
        i = j + 1
    return spans


def _after_connectors(tokens, k: int, rules) -> int | None:
    """'for the Future': connectors followed by a capitalised word; the index of that word."""
    while k < len(tokens) and tokens[k][2] in rules["connectors"]:
        k += 1
    return k if k < len(tokens) and capitalised(tokens[k][2]) and k > 0 else None


def _listing(tokens, k: int) -> bool:
    """', Peace and Security': after a comma, capitalised words up to 'and' and one more."""
    while k < len(tokens) and capitalised(tokens[k][2]):
        k += 1
    return k + 1 < len(tokens) and tokens[k][2] == "and" and capitalised(tokens[k + 1][2])


def instrument_kind(name: str) -> str:
    low = name.lower()
    for head, kind in (("strategy", "strategy"), ("plan", "plan-of-action"), ("agenda", "agenda"),
                       ("declaration", "declaration"), ("convention", "convention"), ("treaty", "treaty"),
                       ("charter", "charter"), ("programme", "programme"), ("program", "programme")):
        if head in low:
            return kind
    return "other"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading verb that opens a sentence ('Recalling the Paris Agreement')."""
    first = act_matcher().find(text[start:end])
    if first and first[0].start == 0:
        rest = re.match(r"\s*(?:the\s+|The\s+)?", text[start + first[0].end : end])
        start = start + first[0].end + rest.end()
    return start, end


def extract_named_instruments(doc: Document) -> None:
    if doc.language != "en":
        return
    heads = grammar()["heads"]
    for unit in units(doc):
        text = unit.view.text
        for start, end in phrases(text):
            start, end = trim(text, start, end)
            name = text[start:end]
            if not any(re.search(rf"\b{re.escape(h)}\b", name) for h in heads) or len(name.split()) < 2:
                continue
            src = unit.view.source_span(start, end)
            overlapping = [m for m in doc.mentions if m.start < src[1] and src[0] < m.end]
            if any(m.kind == "instrument" or (m.start <= src[0] and m.end >= src[1]) for m in overlapping):
                continue  # already known, or the whole phrase names something else
            key = f"named:{slug(name)}"
            doc.facts.setdefault("new_instruments", {})[key] = {
                "id": key, "kind": instrument_kind(name), "symbol": "", "date": "", "name_en": name, "name_fr": ""}
            doc.add_mention(unit.view, start, end, "instrument", key, part=unit.part.id, paragraph=unit.number)
