"""Phrase matchers built once per process from the reference data files."""

from __future__ import annotations

import re
from functools import cache

from .. import reference
from .matcher import PhraseMatcher

ACRONYM = re.compile(r"^[A-Z0-9][A-Za-z0-9-]*[A-Z0-9]$")


def names(entry: dict, *fields: str) -> list[str]:
    out: list[str] = []
    for field in fields:
        value = entry.get(field)
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            out.extend(value)
    return [n for n in out if n and n.strip()]


NAME_FIELDS = ("name_en", "name_fr", "variants_en", "variants_fr")


def add_all(matcher: PhraseMatcher, entries: list[dict], kind: str, key: str, fields: tuple[str, ...]) -> None:
    for entry in entries:
        for name in names(entry, *fields):
            matcher.add(name, kind, entry[key])


@cache
def entity_matcher() -> PhraseMatcher:
    """States, organisations, places and named instruments: the things a mention can name."""
    matcher = PhraseMatcher()
    add_all(matcher, reference.states(), "state", "iso3", ("formal_en", "formal_fr") + NAME_FIELDS)
    for org in reference.organizations():
        for acronym in names(org, "acronym", "acronyms_fr", "acronym_variants"):
            matcher.add(acronym, "organization", org["id"], case_sensitive=bool(ACRONYM.match(acronym)))
    add_all(matcher, reference.organizations(), "organization", "id", NAME_FIELDS)
    add_all(matcher, reference.places(), "place", "id", NAME_FIELDS)
    add_all(matcher, reference.instruments(), "instrument", "id", NAME_FIELDS)
    return matcher


@cache
def role_matcher() -> PhraseMatcher:
    matcher = PhraseMatcher()
    add_all(matcher, reference.roles(), "role", "id", ("label_en", "label_fr", "variants_en", "variants_fr"))
    return matcher


@cache
def act_matcher() -> PhraseMatcher:
    matcher = PhraseMatcher()
    add_all(matcher, reference.speech_acts()["acts"], "act", "code", ("forms_en", "forms_fr"))
    return matcher
