"""States, organisations, places and named instruments found by the reference gazetteer."""

from __future__ import annotations

from ..document import Document
from .gazetteer import entity_matcher
from .units import units


def extract_entities(doc: Document) -> None:
    matcher = entity_matcher()
    for unit in units(doc):
        for match in matcher.find(unit.view.text):
            doc.add_mention(unit.view, match.start, match.end, match.entry.kind, match.entry.key,
                            part=unit.part.id, paragraph=unit.number)
