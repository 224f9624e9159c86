"""Dated events: meetings ("tenu à X le D", "held in X on D", "nous sommes réunis le D
à X") and adoptions ("adopté à X le D", "Adopted in X on D").

A date becomes an event when its sentence has a trigger word (kg/data/language.json);
the place is the place mention nearest to the date in that sentence, the
participants the states the sentence names. Events with the same day and place
are one event, whatever the sentence or document that reports them.
"""

from __future__ import annotations

import re
from functools import cache

from .. import reference
from ..document import Document
from .dates import find_dates
from .units import sentences, units


@cache
def triggers() -> list[tuple[re.Pattern, str]]:
    out = []
    for lang in ("fr", "en"):
        for kind, words in reference.language(lang)["event_triggers"].items():
            for word in words:
                out.append((re.compile(rf"(?<!\w){re.escape(reference.fold(word))}(?!\w)"), kind))
    return out


@cache
def meeting_nouns() -> list[str]:
    return sorted({reference.fold(w) for lang in ("fr", "en") for w in reference.language(lang)["meeting_nouns"]},
                  key=len, reverse=True)


def trigger_kind(folded: str, at: int) -> str | None:
    """The kind of the trigger nearest to position `at`, or None when the sentence has none."""
    best = None
    for pattern, kind in triggers():
        for m in pattern.finditer(folded):
            distance = abs(m.start() - at)
            if best is None or distance < best[0]:
                best = (distance, kind)
    return best[1] if best else None


def meeting_name(sentence: str) -> str:
    quoted = re.search(r"«\s*([^»]{5,250}?)\s*»|“([^”]{5,250})”|\"([^\"]{5,250})\"", sentence)
    if quoted:
        return next(g for g in quoted.groups() if g)
    folded = reference.fold(sentence)
    for noun in meeting_nouns():
        m = re.search(rf"(?<!\w){re.escape(noun)}(?!\w)", folded)
        if m:
            tail = sentence[m.start() :]
            return re.split(r",|\(| qui | which | held | tenu| that ", tail)[0].strip()
    return ""


def extract_events(doc: Document) -> None:
    events: dict[tuple[str, str], dict] = doc.facts.setdefault("events", {})
    for unit in units(doc):
        if unit.paragraph is None:
            continue
        view = unit.view
        unit_mentions = [m for m in doc.mentions if m.part == unit.part.id and view.starts and
                         view.starts[0] <= m.start and m.end <= view.ends[-1]]
        for s_start, s_end in sentences(view):
            sentence = view.text[s_start:s_end]
            folded = reference.fold(sentence)
            if len(folded) != len(sentence):
                folded = sentence.lower()
            src_start, src_end = view.source_span(s_start, s_end)
            in_sentence = [m for m in unit_mentions if src_start <= m.start and m.end <= src_end]
            for date in find_dates(sentence):
                kind = trigger_kind(folded, date.start)
                if kind is None:
                    continue
                date_src = view.source_span(s_start + date.start, s_start + date.end)[0]
                places = [m for m in in_sentence if m.kind == "place"]
                place = min(places, key=lambda m: abs(m.start - date_src), default=None)
                key = (date.iso, place.key if place else "")
                event = events.setdefault(key, {"date": date.iso, "end": date.iso_end, "place": key[1],
                                                "kind": kind, "name": "", "participants": set(),
                                                "instruments": set(), "part": unit.part.id,
                                                "paragraph": unit.number})
                if kind == "meeting":
                    event["kind"] = "meeting"
                    event["name"] = event["name"] or meeting_name(sentence)
                event["participants"] |= {m.key for m in in_sentence if m.kind == "state"}
                if kind == "adoption":
                    before = [m for m in in_sentence if m.kind == "instrument" and m.end <= date_src]
                    if before:
                        event["instruments"].add(before[-1].key)
                    elif unit.paragraph and unit.paragraph.kind in ("operative", "closing") and \
                            re.match(r"\s*(adopt|sign)", folded):
                        event["instruments"].add(f"part:{unit.part.id}")
