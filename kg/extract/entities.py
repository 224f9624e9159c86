"""States, organisations, places and named instruments found by the reference gazetteer.

Longest match wins, but an instrument's name still names its author: the
Security Council in "Security Council resolution 1540 (2004)", the African Union
in "Constitutive Act of the African Union" — those inner names are mentions too.
"""

from __future__ import annotations

from ..document import Document
from .gazetteer import entity_matcher
from .matcher import Match
from .units import units

INNER_KINDS = {"organization", "state", "place"}


def listed_states(matcher, text: str, match) -> list:
    """A region whose name is a list of States ('Australia and New Zealand') as those States."""
    if match.entry.kind != "place":
        return []
    inner = [m for m in matcher.find(text[match.start : match.end], kinds={"state"})]
    if len(inner) < 2:
        return []
    return [Match(match.start + m.start, match.start + m.end, m.entry) for m in inner]


def extract_entities(doc: Document) -> None:
    matcher = entity_matcher()
    for unit in units(doc):
        text = unit.view.text
        for match in matcher.find(text):
            states = listed_states(matcher, text, match)
            for state in states:  # "Australia and New Zealand" names two States, not the M49 region
                doc.add_mention(unit.view, state.start, state.end, "state", state.entry.key,
                                part=unit.part.id, paragraph=unit.number)
            if states:
                continue
            doc.add_mention(unit.view, match.start, match.end, match.entry.kind, match.entry.key,
                            part=unit.part.id, paragraph=unit.number)
            if match.entry.kind == "instrument":
                for inner in matcher.find(text[match.start : match.end], kinds=INNER_KINDS):
                    doc.add_mention(unit.view, match.start + inner.start, match.start + inner.end,
                                    inner.entry.kind, inner.entry.key, part=unit.part.id, paragraph=unit.number)
