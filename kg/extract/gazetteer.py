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


@cache
def entity_matcher() -> PhraseMatcher:
    """States, organisations, places and named instruments: the things a mention can name."""
    matcher = PhraseMatcher()
    for state in reference.states():
        for name in names(state, "name_en", "formal_en", "name_fr", "formal_fr", "variants_en", "variants_fr"):
            matcher.add(name, "state", state["iso3"])
    for org in reference.organizations():
        for acronym in names(org, "acronym", "acronyms_fr", "acronym_variants"):
            matcher.add(acronym, "organization", org["id"], case_sensitive=bool(ACRONYM.match(acronym)))
        for name in names(org, "name_en", "name_fr", "variants_en", "variants_fr"):
            matcher.add(name, "organization", org["id"])
    for place in reference.places():
        for name in names(place, "name_en", "name_fr", "variants_en", "variants_fr"):
            matcher.add(name, "place", place["id"])
    for instrument in reference.instruments():
        for name in names(instrument, "name_en", "name_fr", "variants_en", "variants_fr"):
            matcher.add(name, "instrument", instrument["id"])
    return matcher


@cache
def role_matcher() -> PhraseMatcher:
    matcher = PhraseMatcher()
    for role in reference.roles():
        for name in names(role, "label_en", "label_fr", "variants_en", "variants_fr"):
            matcher.add(name, "role", role["id"])
    return matcher


@cache
def act_matcher() -> PhraseMatcher:
    matcher = PhraseMatcher()
    for act in reference.speech_acts()["acts"]:
        for form in names(act, "forms_en", "forms_fr"):
            matcher.add(form, "act", act["code"])
    return matcher


@cache
def adjective_table() -> dict[str, str]:
    """Nationality adjective (folded) → ISO3, for 'Gouvernement turkmène', 'the Kazakh side'."""
    table: dict[str, str] = {}
    for state in reference.states():
        for adjective in names(state, "adjectives_en", "adjectives_fr"):
            table.setdefault(reference.fold(adjective), state["iso3"])
    return table
