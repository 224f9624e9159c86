"""The annexed text as an instrument: its English name, date and place, and where the
letter names it.

Its date and place come from its adoption clause ("Adoptée le D à X") or its
closing line ("Achgabat, le 13 juin 2017"). Its English name is its title when the
title is English; a French title of the form "Déclaration de/d' X" becomes
"X Declaration" with the place's English name; otherwise there is no English
name rather than a wrong one.
"""

from __future__ import annotations

import re

from .. import reference
from ..document import Document, Part
from .dates import find_dates
from .gazetteer import entity_matcher
from .matcher import PhraseMatcher
from .units import units

TEXT_KINDS = {"declaration", "joint-statement", "communique", "statement", "other"}
ENGLISH_HEAD = {"declaration": "Declaration", "communique": "Communiqué", "joint-statement": "Joint Statement",
                "statement": "Statement"}


def english_name(part: Part, lang: str) -> str:
    title = part.title.text if part.title else ""
    if not title:
        return ""
    if lang == "en":
        return title
    match = re.match(r"^(?:D[ée]claration|Communiqu[ée])\s+(?:de\s+la\s+|de\s+l'|de\s+|d')(.+)$", title)
    if match and part.kind in ENGLISH_HEAD:
        places = [m for m in entity_matcher().find(match.group(1)) if m.entry.kind == "place"]
        if places and places[0].start == 0:  # "Déclaration de Rabat sur …" is known as the Rabat Declaration
            place = reference.by_id("places.json")[places[0].entry.key]
            return f"{place['name_en']} {ENGLISH_HEAD[part.kind]}"
    return ""


def closing_date_place(doc: Document, part: Part) -> tuple[str, str]:
    for paragraph in reversed(part.paragraphs):
        if paragraph.number and paragraph.kind != "closing" and not paragraph.acts[:1] == ["adopt"]:
            continue
        dates = find_dates(paragraph.view.text)
        if not dates or len(paragraph.view.text) > 400:
            continue
        places = [m for m in entity_matcher().find(paragraph.view.text) if m.entry.kind == "place"]
        return dates[0].iso, places[0].entry.key if places else ""
    return "", ""


def extract_texts(doc: Document) -> None:
    titles = PhraseMatcher()
    for part in doc.parts:
        if part.kind not in TEXT_KINDS or part.title is None:
            continue
        part.date, part.place = closing_date_place(doc, part)
        doc.facts.setdefault("texts", {})[part.id] = {"name_en": english_name(part, doc.language),
                                                       "title": part.title.text}
        titles.add(part.title.text, "instrument", f"part:{part.id}")
    letter = doc.part("letter")
    if letter is None:
        return
    for unit in units(doc):
        if unit.part is not letter or unit.paragraph is None:
            continue
        for match in titles.find(unit.view.text):
            doc.add_mention(unit.view, match.start, match.end, "instrument", match.entry.key, part="letter",
                            paragraph=unit.number)
