"""Reference data: the package's knowledge of the world, loaded once per process.

Files live in kg/data/ (see kg/data/README.md for sources). Code asks for them
by name; nothing here knows a particular state, body or document.
"""

from __future__ import annotations

import json
import os
import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path


def data_path(name: str):
    """A data file: from $KG_DATA_DIR when it holds one (a user's own reference data), else the package's."""
    override = os.environ.get("KG_DATA_DIR")
    if override and (Path(override) / name).exists():
        return Path(override) / name
    return resources.files("kg") / "data" / name


@cache
def load(name: str) -> dict:
    with data_path(name).open(encoding="utf-8") as handle:
        return json.load(handle)


def language(lang: str) -> dict:
    return load("language.json")[lang]


def states() -> list[dict]:
    return load("states.json")["states"]


def places() -> list[dict]:
    return load("places.json")["places"]


def organizations() -> list[dict]:
    return load("organizations.json")["organizations"]


def roles() -> list[dict]:
    return load("roles.json")["roles"]


def speech_acts() -> dict:
    return load("speech_acts.json")


def instruments() -> list[dict]:
    return load("instruments.json")["instruments"]


@cache
def by_id(name: str) -> dict[str, dict]:
    key = {"states.json": "iso3"}.get(name, "id")
    section = {"states.json": "states", "places.json": "places", "organizations.json": "organizations",
               "roles.json": "roles", "instruments.json": "instruments"}[name]
    return {entry[key]: entry for entry in load(name)[section]}


def fold(text: str) -> str:
    """The comparison form of a name: accents, case and apostrophe style ignored."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())
