"""The reference data as RDF: every State, place, organisation, role, speech act and named
instrument kg knows, mapped exactly as document graphs map them. The embedded store
keeps it in a named graph of its own, so a query can list what the corpus never mentions."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import Graph

from .. import reference
from ..document import Document
from . import iri
from .mapping import KIND_CLASS, Mapper

KINDS = sorted(KIND_CLASS)


@lru_cache(maxsize=1)
def reference_graph() -> Graph:
    mapper = Mapper(Document(path=Path("reference"), source=""))
    for state in reference.states():
        mapper.map_state(state["iso3"])
    for place in reference.places():
        mapper.map_place(place["id"])
    for organization in reference.organizations():
        mapper.map_organization(organization["id"])
    for instrument in reference.instruments():
        mapper.map_instrument(instrument["id"])
    for role in reference.roles():
        mapper.map_concept(iri.role(role["id"]), "role")
    for act in reference.speech_acts()["acts"]:
        mapper.map_concept(iri.speech_act(act["code"]), "act")
    mapper.map_kinds(KINDS)
    return mapper.g
