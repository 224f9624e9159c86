"""Domain nodes from reference data: States, organisations, places, instruments and the
concepts of the role, speech-act and document-kind schemes. Each is mapped once per graph
with the labels the named queries print in English and French."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from .. import reference
from . import iri
from .vocab import DCTERMS, EU_COUNTRY, FOAF, KG, ORG, RDF, RDFS, SKOS, XSD


class EntityMapper:
    """Mixin: needs self.g (Graph), self.add, self.doc, self.lang and self.part_iris."""

    g: Graph

    def labels(self, node: URIRef, en: str, fr: str) -> None:
        for value, lang in ((en, "en"), (fr, "fr")):
            if value:
                self.add(node, RDFS.label, Literal(value, lang=lang))
                self.add(node, SKOS.prefLabel, Literal(value, lang=lang))

    def map_state(self, iso3: str) -> URIRef:
        node = iri.state(iso3)
        if (node, RDF.type, KG.State) in self.g:
            return node
        data = reference.by_id("states.json")[iso3]
        self.add(node, RDF.type, KG.State)
        self.labels(node, data["name_en"], data["name_fr"])
        self.add(node, KG.iso3, Literal(iso3))
        self.add(node, KG.iso2, Literal(data["iso2"]))
        if data.get("m49"):
            self.add(node, KG.m49, Literal(data["m49"]))
        self.add(node, KG.status, Literal(data.get("status", "member")))
        self.add(node, SKOS.exactMatch, EU_COUNTRY[iso3])
        return node

    def map_organization(self, key: str) -> URIRef:
        node = iri.organization(key)
        if (node, RDF.type, ORG.Organization) in self.g:
            return node
        self.add(node, RDF.type, ORG.Organization)
        if key.startswith("new:"):
            data = self.doc.facts.get("new_organizations", {}).get(key, {})
            self.add(node, KG.acronym, Literal(data.get("acronym", "")))
            lang = data.get("lang", self.lang)
            self.add(node, RDFS.label, Literal(data.get("name", key[4:]), lang=lang))
            self.add(node, SKOS.prefLabel, Literal(data.get("name", key[4:]), lang=lang))
            self.add(node, KG.resolved, Literal(False))
            return node
        data = reference.by_id("organizations.json")[key]
        self.labels(node, data["name_en"], data["name_fr"])
        if data.get("acronym"):
            self.add(node, KG.acronym, Literal(data["acronym"]))
        for acronym in data.get("acronyms_fr", []):
            self.add(node, SKOS.altLabel, Literal(acronym, lang="fr"))
        self.add(node, KG.category, Literal(data.get("category", "other")))
        self.add(node, KG.resolved, Literal(True))
        if data.get("parent"):
            parent = self.map_organization(data["parent"])
            self.add(node, ORG.subOrganizationOf, parent)
        return node

    def map_place(self, key: str) -> URIRef:
        node = iri.place(key)
        if (node, RDF.type, KG.Place) in self.g:
            return node
        if key.startswith("new:"):  # named in the text, unknown to the reference data: flagged for review
            name = key[4:]
            self.add(node, RDF.type, KG.Place)
            self.labels(node, name, name)
            self.add(node, KG.placeType, Literal("unresolved"))
            return node
        data = reference.by_id("places.json")[key]
        self.add(node, RDF.type, KG.Place)
        self.labels(node, data["name_en"], data["name_fr"])
        self.add(node, KG.placeType, Literal(data.get("kind", "city")))
        if data.get("m49"):
            self.add(node, KG.m49, Literal(data["m49"]))
        if data.get("country"):
            self.add(node, KG.country, self.map_state(data["country"]))
        return node

    def map_instrument(self, key: str) -> URIRef:
        if key.startswith("part:"):
            return self.part_iris.get(key[5:], self.doc_iri)
        node = iri.instrument(key)
        if (node, RDF.type, KG.Instrument) in self.g:
            return node
        data = self.doc.facts.get("new_instruments", {}).get(key) or reference.by_id("instruments.json")[key]
        self.add(node, RDF.type, KG.Instrument)
        if data.get("kind") == "resolution":
            self.add(node, RDF.type, KG.Resolution)
        self.labels(node, data.get("name_en", ""), data.get("name_fr", ""))
        self.add(node, KG.instrumentType, Literal(data.get("kind", "other")))
        if data.get("symbol"):
            self.add(node, KG.symbol, Literal(data["symbol"]))
        if data.get("date"):
            self.add(node, DCTERMS.date, Literal(data["date"], datatype=XSD.date))
        return node

    def map_concept(self, node: URIRef, scheme: str) -> URIRef:
        if (node, RDF.type, SKOS.Concept) in self.g:
            return node
        self.add(node, RDF.type, SKOS.Concept)
        self.add(node, SKOS.inScheme, iri.scheme(scheme))
        if scheme == "role":
            self.add(node, RDF.type, KG.Role)
            data = reference.by_id("roles.json")[str(node).rsplit("/", 1)[1]]
            self.labels(node, data["label_en"], data["label_fr"])
        elif scheme == "act":
            self.add(node, RDF.type, KG.SpeechAct)
            code = str(node).rsplit("/", 1)[1]
            data = next(a for a in reference.speech_acts()["acts"] if a["code"] == code)
            self.labels(node, data.get("label_en", code), data.get("label_fr", code))
            self.add(node, SKOS.notation, Literal(code))
        return node

    def map_kinds(self, kinds: list[str] | None = None) -> None:
        for kind in kinds if kinds is not None else sorted({p.kind for p in self.doc.parts}):
            node = iri.document_kind(kind)
            self.add(node, RDF.type, SKOS.Concept)
            self.add(node, RDF.type, KG.DocumentKind)
            self.add(node, SKOS.inScheme, iri.scheme("kind"))
            self.add(node, SKOS.notation, Literal(kind))

    def map_mission(self, name: str, iso3: str) -> URIRef:
        node = iri.mission(iso3 or name)
        self.add(node, RDF.type, ORG.Organization)
        self.add(node, SKOS.prefLabel, Literal(name, lang=self.lang))
        self.add(node, FOAF.name, Literal(name))
        self.add(node, KG.resolved, Literal(True))
        self.add(node, KG.category, Literal("permanent-mission"))
        return node
