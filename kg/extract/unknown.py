"""Organisations the reference data does not know, kept for review as unresolved.

Two rules: a capitalised name followed by its acronym in parentheses ("Central Asian
Water Forum (CAWF)"), and a United Nations body named by its head noun
("Centre … des Nations Unies …", "United Nations … Office"). Found names are
emitted without external identifiers and flagged, never guessed.
"""

from __future__ import annotations

import re

from .. import reference
from ..document import Document
from .gazetteer import entity_matcher
from .units import units

ACRONYM_AFTER = re.compile(r"\(([A-Z][A-Z0-9-]{1,9})\)")
CONNECTORS = {"of", "for", "the", "on", "and", "in", "de", "des", "du", "la", "le", "les", "pour", "et", "d", "l",
              "sur", "en", "to", "'", "-", "à", "aux", "au"}


def name_before(text: str, end: int) -> tuple[int, str] | None:
    words = list(re.finditer(r"[^\W_]+|'|-", text[:end]))
    start = None
    taken = 0
    for word in reversed(words):
        token = word.group()
        if token[:1].isupper():
            start = word.start()
        elif token.lower() not in CONNECTORS:
            break
        taken += 1
        if taken > 14:
            break
    if start is None:
        return None
    name = text[start:end].strip()
    while name.split() and name.split()[-1].lower() in CONNECTORS:
        name = name.rsplit(" ", 1)[0]
    return (start, name) if len(name.split()) >= 2 else None


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", reference.fold(text)).strip("-")[:60]


def extract_unknown_organizations(doc: Document) -> None:
    matcher = entity_matcher()
    for unit in units(doc):
        text = unit.view.text
        for m in ACRONYM_AFTER.finditer(text):
            acronym = m.group(1)
            if any(e.kind == "organization" for e in (x.entry for x in matcher.find(acronym))):
                continue
            if re.fullmatch(r"[IVXLC]+", acronym):  # a roman numeral, not an acronym
                continue
            found = name_before(text, m.start())
            if not found:
                continue
            start, name = found
            src = unit.view.source_span(start, start + len(name))
            overlapping = [x for x in doc.mentions if x.start < src[1] and src[0] < x.end and x.kind != "act"]
            if any(x.start < src[0] or x.end > src[1] or x.kind not in ("organization", "place", "state")
                   for x in overlapping):
                continue  # a known entity that is not inside the name: trust the reference data
            for inside in overlapping:  # "United Nations" inside "United Nations Office on … (UNOX)"
                if inside.kind != "state":  # "India-Brazil-South Africa Dialogue Forum" still names India
                    doc.mentions.remove(inside)
            key = f"new:{acronym}"
            doc.facts.setdefault("new_organizations", {})[key] = {
                "id": key, "acronym": acronym, "name": name, "lang": doc.language}
            doc.add_mention(unit.view, start, start + len(name), "organization", key,
                            part=unit.part.id, paragraph=unit.number)
            doc.add_mention(unit.view, m.start(1), m.end(1), "organization", key,
                            part=unit.part.id, paragraph=unit.number)
