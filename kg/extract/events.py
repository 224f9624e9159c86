"""Dated events: meetings ("tenu à X le D", "held in X on D", "nous sommes réunis le D
à X", "paid an official visit to X from D1 to D2") and adoptions ("adopté à X le D",
"Adopted in X on D").

A date becomes an event when its sentence has a trigger word (kg/data/language.json).
Its place is the city named nearest to the date in that sentence (a region only when
no city is named); its participants are the States the sentence names, and those of
a following sentence that says who took part ("Y ont pris part…", "attended by…").
A State in parentheses after a city ("Addis-Abeba (Éthiopie)") locates, it does not
take part. An adoption dated within a meeting, with no city of its own, happened at
that meeting's place. Events with the same day and place are one event, whatever the
sentence or document that reports them.
"""

from __future__ import annotations

import re
from functools import cache

from .. import reference
from ..document import Document, Mention
from .dates import find_dates
from .gazetteer import entity_matcher
from .units import Unit, sentences, units

UNKNOWN_PLACE = re.compile(r"\b(?:in|at|à)\s+([A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ -][A-ZÀ-ÖØ-Þ][\w'’-]+){0,2})\s*,?\s*(?:on|le|les|du|from|the)?\s*$")


def _patterns(words: list[str]) -> list[re.Pattern]:
    return [re.compile(rf"(?<!\w){re.escape(reference.fold(w))}(?!\w)") for w in words]


@cache
def triggers() -> list[tuple[re.Pattern, str]]:
    out = []
    for lang in ("fr", "en"):
        for kind, words in reference.language(lang)["event_triggers"].items():
            out += [(pattern, kind) for pattern in _patterns(words)]
    return out


@cache
def participation() -> list[re.Pattern]:
    return _patterns(reference.language("fr")["participation"] + reference.language("en")["participation"])


@cache
def chair_words() -> list[re.Pattern]:
    return _patterns(reference.language("fr")["chair"] + reference.language("en")["chair"])


def chair_of(text: str, mentions: list[Mention], to_source) -> tuple[str, str] | None:
    """Who chairs: the first person, State or body named within 100 characters after 'chaired by'."""
    for pattern in chair_words():
        found = pattern.search(text)
        if found and found.end() < len(text):
            at = to_source(found.end())
            after = [m for m in mentions if at <= m.start <= at + 100 and m.kind in ("person", "state", "organization")]
            if after:
                chosen = min(after, key=lambda m: (m.kind != "person", m.start))
                return chosen.kind, chosen.key
    return None


@cache
def meeting_nouns() -> list[str]:
    return sorted({reference.fold(w) for lang in ("fr", "en") for w in reference.language(lang)["meeting_nouns"]},
                  key=len, reverse=True)


def folded(text: str) -> str:
    result = reference.fold(text)
    return result if len(result) == len(text) else text.lower()


def trigger_kind(text: str, at: int) -> str | None:
    """The kind of the trigger nearest to position `at`, or None when the sentence has none."""
    best = None
    for pattern, kind in triggers():
        for m in pattern.finditer(text):
            distance = abs(m.start() - at)
            if best is None or distance < best[0]:
                best = (distance, kind)
    return best[1] if best else None


def meeting_name(sentence: str) -> str:
    quoted = re.search(r"«\s*([^»]{5,250}?)\s*»|“([^”]{5,250})”|\"([^\"]{5,250})\"", sentence)
    if quoted:
        return next(g for g in quoted.groups() if g)
    low = reference.fold(sentence)
    for noun in meeting_nouns():
        m = re.search(rf"(?<!\w){re.escape(noun)}(?!\w)", low)
        if m:
            tail = sentence[m.start() :]
            return re.split(r"\(| qui | which | held | tenu| that |, (?:on|le|held|tenu)", tail)[0].strip(" ,")
    return ""


def place_kind(mention: Mention) -> str:
    if mention.key.startswith("new:"):
        return "city"  # named after "held in", where cities are named
    return reference.by_id("places.json")[mention.key].get("kind", "city")


def nearest_place(places: list[Mention], at: int) -> Mention | None:
    cities = [m for m in places if place_kind(m) == "city"]
    return min(cities or places, key=lambda m: abs(m.start - at), default=None)


def participants(doc: Document, mentions: list[Mention]) -> set[str]:
    """States named in a sentence, less those that only locate a city: 'Addis-Abeba (Éthiopie)'."""
    out = set()
    places = [m for m in mentions if m.kind == "place"]
    for m in mentions:
        if m.kind != "state":
            continue
        before = doc.source[max(0, m.start - 3) : m.start].rstrip()
        after = doc.source[m.end : m.end + 2].lstrip()
        locates = before.endswith("(") and after.startswith(")") and any(
            0 <= m.start - p.end <= 4 for p in places)
        if not locates:
            out.add(m.key)
    return out


class EventCollector:
    def __init__(self, doc: Document):
        self.doc = doc
        self.events: dict[tuple[str, str], dict] = doc.facts.setdefault("events", {})
        self.last_meeting: dict | None = None
        self.last_part = ""

    def unit_mentions(self, unit: Unit) -> list[Mention]:
        view = unit.view
        if not view.starts:
            return []
        return [m for m in self.doc.mentions if m.part == unit.part.id and view.starts[0] <= m.start
                and m.end <= view.ends[-1]]

    def collect(self, unit: Unit) -> None:
        view = unit.view
        mentions = self.unit_mentions(unit)
        if self.last_part != unit.part.id:  # the meeting a paragraph goes on about is in its own part
            self.last_meeting, self.last_part = None, unit.part.id
        last_meeting = self.last_meeting
        for s_start, s_end in sentences(view):
            sentence = view.text[s_start:s_end]
            text = folded(sentence)
            src_start, src_end = view.source_span(s_start, s_end)

            def to_source(i: int, base: int = s_start) -> int:
                return view.source_span(base + i, base + i + 1)[0]
            in_sentence = [m for m in mentions if src_start <= m.start and m.end <= src_end]
            dates = find_dates(sentence)
            kinds = [trigger_kind(text, date.start) for date in dates]
            takes_part = any(p.search(text) for p in participation())
            carried_over = last_meeting is not None and "meeting" not in kinds
            if carried_over:  # "The meeting … was attended by …": who took part in the last meeting
                if takes_part:
                    last_meeting["participants"] |= participants(self.doc, in_sentence)
                last_meeting["chair"] = last_meeting.get("chair") or chair_of(text, in_sentence, to_source)
            for date, kind in zip(dates, kinds):
                if kind is None:
                    continue
                at = view.source_span(s_start + date.start, s_start + date.end)[0]
                places = [m for m in in_sentence if m.kind == "place"]
                if not places:  # "held in Goa on 4 May": a city the reference data does not know
                    places = self.unknown_place(unit, view, s_start, sentence, date.start)
                event = self.event(unit, kind, date, nearest_place(places, at))
                if kind == "meeting":
                    event["kind"] = "meeting"
                    event["name"] = event["name"] or meeting_name(sentence)
                    event["chair"] = event.get("chair") or chair_of(text, in_sentence, to_source)
                    last_meeting = self.last_meeting = event
                if not (carried_over and takes_part):
                    event["participants"] |= participants(self.doc, in_sentence)
                if kind == "adoption":
                    self.adopted(event, unit, in_sentence, at, text)

    def unknown_place(self, unit: Unit, view, s_start: int, sentence: str, date_at: int) -> list[Mention]:
        window_start = max(0, date_at - 60)
        found = None
        for m in UNKNOWN_PLACE.finditer(sentence, window_start, date_at):
            found = m
        if found is None or entity_matcher().find(found.group(1)) or find_dates(found.group(1)):
            return []
        name = found.group(1)
        self.doc.facts.setdefault("new_places", {})[f"new:{name}"] = {"name": name}
        start = s_start + found.start(1)
        return [self.doc.add_mention(view, start, start + len(name), "place", f"new:{name}",
                                     part=unit.part.id, paragraph=unit.number)]

    def event(self, unit: Unit, kind: str, date, place: Mention | None) -> dict:
        key = (date.iso, place.key if place else "")
        return self.events.setdefault(key, {
            "date": date.iso, "end": date.iso_end, "place": key[1], "kind": kind, "name": "",
            "participants": set(), "instruments": set(), "part": unit.part.id, "paragraph": unit.number})

    def adopted(self, event: dict, unit: Unit, in_sentence: list[Mention], at: int, text: str) -> None:
        before = [m for m in in_sentence if m.kind == "instrument" and m.end <= at]
        if before:
            event["instruments"].add(before[-1].key)
        elif unit.paragraph and unit.paragraph.kind in ("operative", "closing") and re.match(r"\s*(adopt|sign|done|fait)", text):
            event["instruments"].add(f"part:{unit.part.id}")

    def place_adoptions_at_meetings(self) -> None:
        """An adoption with no city, dated within a meeting, took place where the meeting did."""
        for key, event in list(self.events.items()):
            if event["kind"] != "adoption" or (event["place"] and self.is_city(event["place"])):
                continue
            for other in self.events.values():
                if other["kind"] == "meeting" and other["place"] and \
                        other["date"] <= event["date"] <= (other["end"] or other["date"]):
                    del self.events[key]
                    merged = self.events.setdefault((event["date"], other["place"]), {**event, "place": other["place"]})
                    if merged is not event:
                        merged["participants"] |= event["participants"]
                        merged["instruments"] |= event["instruments"]
                    break

    @staticmethod
    def is_city(place_key: str) -> bool:
        return place_key.startswith("new:") or reference.by_id("places.json")[place_key].get("kind", "city") == "city"


def extract_events(doc: Document) -> None:
    collector = EventCollector(doc)
    for unit in units(doc):
        if unit.paragraph is not None:
            collector.collect(unit)
    collector.place_adoptions_at_meetings()
