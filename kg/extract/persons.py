"""Persons named in the text: "H.E. Mr. Erlan Idrissov, Minister for Foreign Affairs of
Kazakhstan", "S. E. M. Rashid Meredov, Ministre des affaires étrangères du Turkménistan",
"Ms. Jane Doe, Special Envoy of the Secretary-General".

A person is a run of capitalised name words after an honorific (from
kg/data/language.json), or before a comma and a role the role scheme knows; the
role that follows the name and the State named right after the role complete it.
Signatories come from the letter extractor, not from here.
"""

from __future__ import annotations

import re
from functools import cache

from .. import reference
from ..document import Document
from .gazetteer import entity_matcher, role_matcher
from .letter import strip_honorific
from .units import units

CAPITAL_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
NAME_WORD = rf"(?:{CAPITAL_WORD}|(?:al|el|bin|ibn|van|von|de|da|du|di|le|la)-?(?=\s+[A-ZÀ-ÖØ-Þ]))"
NAME = rf"{CAPITAL_WORD}(?:\s+{NAME_WORD}){{1,4}}"


@cache
def honorific_pattern() -> re.Pattern:
    words = reference.language("fr")["honorifics"] + reference.language("en")["honorifics"]
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?:(?<=\s)|^)(?:(?:{alternatives})\s+)+(?P<name>{NAME})")


@cache
def role_after_name() -> re.Pattern:
    return re.compile(rf"(?:(?<=\s)|^)(?P<name>{NAME}),\s+")


def is_entity_name(name: str) -> bool:
    """A State, body, place or role, or a name that contains one, is not a person's name."""
    return bool(entity_matcher().find(name)) or bool(role_matcher().find(name))


def role_and_state(text: str, after: int) -> tuple[object, object]:
    """The role right after a name (", Minister for…") and the first State named within the role phrase."""
    tail = text[after : after + 200]
    lead = re.match(r"\s*,\s*", tail)
    if not lead:
        return None, None
    roles = role_matcher().find(tail)
    role = roles[0] if roles and roles[0].start == lead.end() else None
    if role is None:
        return None, None
    rest = tail[role.end : role.end + 80]
    state = next((m for m in entity_matcher().find(rest) if m.entry.kind == "state" and m.start < 15), None)
    return role, state


def extract_persons(doc: Document) -> None:
    known = {p["name"] for p in doc.facts.get("persons", [])}
    for unit in units(doc):
        if unit.paragraph is not None and unit.paragraph.kind == "signature":
            continue
        text = unit.view.text
        candidates = [(m.start("name"), m.end("name"), True) for m in honorific_pattern().finditer(text)]
        for m in role_after_name().finditer(text):
            _, dropped = strip_honorific(m.group("name"))
            candidates.append((m.start("name") + dropped, m.end("name"), dropped > 0))
        taken: list[tuple[int, int]] = []
        for start, end, honoured in sorted(candidates, key=lambda c: (c[0], not c[2])):
            if any(s < end and start < e for s, e in taken):
                continue
            name = text[start:end]
            if is_entity_name(name):
                continue
            role, state = role_and_state(text, end)
            if not honoured and role is None:
                continue
            taken.append((start, end))
            doc.add_mention(unit.view, start, end, "person", name, part=unit.part.id, paragraph=unit.number)
            if name in known:
                continue
            known.add(name)
            doc.facts.setdefault("persons", []).append({
                "name": name, "role": role.entry.key if role else "",
                "state": state.entry.key if state else "", "mention": None})
