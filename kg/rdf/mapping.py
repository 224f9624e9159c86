"""Mapping stage: a Document becomes the RDF graph of its own named graph.

Two layers, joined by links: the lexical layer (the text as a NIF context, its
parts and paragraphs with offsets, a nif:Phrase per mention) and the domain
layer (states, organisations, persons, places, events, instruments). Entities
carry the labels the named queries print, in English and French, so a graph
answers on its own without the reference data.
"""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, URIRef

from ..document import Document, Mention, Part
from . import iri
from .entities import EntityMapper
from .vocab import (
    DCTERMS,
    FOAF,
    ITSRDF,
    KG,
    NIF,
    PREFIXES,
    PROV,
    RDF,
    SCHEMA,
    SKOS,
    XSD,
)

KIND_CLASS = {"letter": KG.Letter, "annex": KG.Annex, "declaration": KG.Declaration,
              "joint-statement": KG.JointStatement, "communique": KG.Communique, "statement": KG.Statement,
              "other": KG.OtherText}
TEXT_KINDS = {"declaration", "joint-statement", "communique", "statement", "other"}


def new_graph() -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


class Mapper(EntityMapper):
    def __init__(self, doc: Document):
        self.doc = doc
        self.g = new_graph()
        self.doc_iri = iri.document(iri.document_key(doc.source, doc.symbols, doc.language))
        self.part_iris = {p.id: iri.part(self.doc_iri, p.id) for p in doc.parts}
        top = doc.parts[0].id if doc.parts else "letter"
        self.part_iris.setdefault("letter", self.doc_iri)
        self.top = top
        self.lang = doc.language

    def add(self, s, p, o) -> None:
        if isinstance(s, BNode) or isinstance(o, BNode):
            raise ValueError("kg mints IRIs for every node; a blank node is a bug")
        self.g.add((s, p, o))

    def text(self, value: str, lang: str | None = None) -> Literal:
        return Literal(value, lang=lang)

    # lexical layer -------------------------------------------------------------------
    def map_context(self) -> URIRef:
        source = self.doc.source
        ctx = iri.context(self.doc_iri, len(source))
        self.add(ctx, RDF.type, NIF.Context)
        self.add(ctx, RDF.type, NIF.OffsetBasedString)
        self.add(ctx, NIF.isString, Literal(source))
        self.add(ctx, NIF.beginIndex, Literal(0, datatype=XSD.integer))
        self.add(ctx, NIF.endIndex, Literal(len(source), datatype=XSD.integer))
        self.add(ctx, KG.sourceFile, Literal(self.doc.path.name))
        self.add(ctx, NIF.sourceUrl, self.doc_iri)
        self.context = ctx
        return ctx

    def map_part(self, part: Part) -> None:
        node = self.part_iris[part.id]
        self.add(node, RDF.type, KG.Document)
        self.add(node, RDF.type, KIND_CLASS[part.kind])
        self.add(node, KG.documentKind, iri.document_kind(part.kind))
        self.add(node, DCTERMS.language, Literal(self.lang))
        self.add(node, PROV.wasDerivedFrom, self.context)
        if part.title is not None:
            self.add(node, DCTERMS.title, self.text(part.title.text, self.lang))
        if part.date:
            self.add(node, DCTERMS.date, Literal(part.date, datatype=XSD.date))
        if part.place:
            self.add(node, KG.place, iri.place(part.place))
            self.map_place(part.place)
        if part.parent:
            parent = self.part_iris[part.parent]
            self.add(node, DCTERMS.isPartOf, parent)
            self.add(parent, DCTERMS.hasPart, node)
        if part.id == self.top:
            for symbol in self.doc.symbols:
                self.add(node, KG.symbol, Literal(symbol))
        if part.kind in TEXT_KINDS:
            self.add(node, RDF.type, KG.Instrument)
            info = self.doc.facts.get("texts", {}).get(part.id, {})
            if info.get("name_en"):
                self.add(node, SKOS.prefLabel, Literal(info["name_en"], lang="en"))
            if part.title is not None and not (self.lang == "en" and info.get("name_en")):
                self.add(node, SKOS.prefLabel, Literal(part.title.text, lang=self.lang))
            elif part.title is None and not info.get("name_en"):  # an untitled text still needs a name
                self.add(node, SKOS.prefLabel, Literal(f"untitled {part.kind} ({part.id})", lang="en"))
            self.add(node, KG.instrumentType, Literal(part.kind))
        for index, paragraph in enumerate(part.paragraphs):
            self.map_paragraph(node, paragraph, index)

    def map_paragraph(self, part_iri: URIRef, paragraph, index: int) -> None:
        node = iri.paragraph(part_iri, paragraph.number, index)
        start, end = paragraph.view.source_span(0, len(paragraph.view)) if len(paragraph.view) else (0, 0)
        self.add(node, RDF.type, KG.Paragraph)
        self.add(node, RDF.type, NIF.Paragraph)
        self.add(part_iri, KG.hasParagraph, node)
        self.add(node, DCTERMS.isPartOf, part_iri)
        self.add(node, NIF.referenceContext, self.context)
        self.add(node, NIF.beginIndex, Literal(start, datatype=XSD.integer))
        self.add(node, NIF.endIndex, Literal(end, datatype=XSD.integer))
        self.add(node, KG.text, self.text(paragraph.view.text, self.lang))
        self.add(node, KG.paragraphKind, Literal(paragraph.kind))
        if paragraph.number:
            self.add(node, KG.paragraphNumber, Literal(int(paragraph.number), datatype=XSD.integer))
        for code in paragraph.acts:
            self.add(node, KG.speechAct, iri.speech_act(code))
            self.map_concept(iri.speech_act(code), "act")
        self.paragraph_iris[(paragraph.part, paragraph.number or f"#{index}")] = node
        self.paragraph_by_view[id(paragraph.view)] = node

    def map_mention(self, mention: Mention) -> URIRef | None:
        target = self.entity(mention)
        if target is None:
            return None
        node = iri.span(self.doc_iri, mention.start, mention.end)
        self.add(node, RDF.type, NIF.Phrase)
        self.add(node, RDF.type, NIF.OffsetBasedString)
        self.add(node, RDF.type, KG.Mention)
        self.add(node, NIF.referenceContext, self.context)
        self.add(node, NIF.beginIndex, Literal(mention.start, datatype=XSD.integer))
        self.add(node, NIF.endIndex, Literal(mention.end, datatype=XSD.integer))
        self.add(node, NIF.anchorOf, Literal(mention.surface))
        self.add(node, KG.mentionType, Literal(mention.kind))
        self.add(node, KG.inPart, self.part_iris.get(mention.part, self.doc_iri))
        if mention.paragraph:
            para = self.paragraph_iris.get((mention.part, mention.paragraph))
            if para is not None:
                self.add(node, KG.inParagraph, para)
        self.add(node, KG.mentionOf, target)
        if mention.kind == "act":
            self.add(node, KG.evokes, target)
        elif mention.kind != "role":
            self.add(node, ITSRDF.taIdentRef, target)
        return node

    # domain layer ---------------------------------------------------------------------
    def entity(self, mention: Mention) -> URIRef | None:
        kind, key = mention.kind, mention.key
        if kind == "state":
            return self.map_state(key)
        if kind == "organization":
            return self.map_organization(key)
        if kind == "place":
            return self.map_place(key)
        if kind == "instrument":
            return self.map_instrument(key)
        if kind == "person":
            return iri.person(key)
        if kind == "role":
            return self.map_concept(iri.role(key), "role")
        if kind == "act":
            return self.map_concept(iri.speech_act(key), "act")
        return None

    def map_letter(self) -> None:
        facts = self.doc.facts.get("letter")
        if not facts:
            return
        letter = self.part_iris["letter"]
        if facts.get("addressee_role"):
            self.add(letter, KG.addresseeRole, self.map_concept(iri.role(facts["addressee_role"]), "role"))
        if facts.get("sender_role"):
            self.add(letter, KG.senderRole, self.map_concept(iri.role(facts["sender_role"]), "role"))
        if facts.get("sender_state"):
            self.add(letter, KG.senderState, self.map_state(facts["sender_state"]))
        signatories = [p for p in self.doc.facts.get("persons", []) if p.get("signs") == "letter"]
        if signatories:
            self.add(letter, DCTERMS.creator, iri.person(signatories[0]["name"]))
        elif facts.get("sender"):  # a note verbale: the mission writes, no person signs
            self.add(letter, DCTERMS.creator, self.map_mission(facts["sender"], facts.get("sender_state", "")))

    def map_persons(self) -> None:
        for person in self.doc.facts.get("persons", []):
            node = iri.person(person["name"])
            self.add(node, RDF.type, FOAF.Person)
            self.add(node, FOAF.name, Literal(person["name"]))
            if person["role"]:
                self.add(node, KG.role, self.map_concept(iri.role(person["role"]), "role"))
            if person["state"]:
                self.add(node, KG.represents, self.map_state(person["state"]))
            if person.get("signs"):
                self.add(self.part_iris[person["signs"]], KG.signatory, node)

    def map_distribution(self) -> None:
        facts = self.doc.facts.get("distribution")
        if not facts:
            return
        letter = self.part_iris["letter"]
        node = iri.distribution(letter)
        self.add(node, RDF.type, KG.DistributionRequest)
        self.add(letter, KG.distribution, node)
        if facts["ga_session"]:
            self.add(node, KG.gaSession, Literal(int(facts["ga_session"]), datatype=XSD.integer))
        for item in facts["agenda_items"]:
            self.add(node, KG.agendaItem, Literal(item))
        self.add(node, KG.securityCouncil, Literal(bool(facts["security_council"])))
        self.add(node, KG.generalAssembly, Literal(bool(facts["general_assembly"] or facts["ga_session"])))
        para = self.paragraph_by_view.get(id(facts["paragraph"].view))
        if para is not None:
            self.add(node, PROV.wasDerivedFrom, para)

    def map_events(self) -> None:
        for (date, place), event in sorted(self.doc.facts.get("events", {}).items()):
            node = iri.event(date, place)
            self.add(node, RDF.type, KG.Event)
            self.add(node, KG.eventType, Literal(event["kind"]))
            self.add(node, SCHEMA.startDate, Literal(date, datatype=XSD.date))
            if event.get("end"):
                self.add(node, SCHEMA.endDate, Literal(event["end"], datatype=XSD.date))
            if place:
                self.add(node, SCHEMA.location, self.map_place(place))
            if event["name"]:
                self.add(node, SCHEMA.name, Literal(event["name"], lang=self.lang))
            for iso3 in sorted(event["participants"]):
                self.add(node, KG.participant, self.map_state(iso3))
            if event.get("chair"):
                kind, key = event["chair"]
                chair = {"person": lambda k: iri.person(k), "state": self.map_state,
                         "organization": self.map_organization}[kind](key)
                self.add(node, KG.chair, chair)
            for key in sorted(event["instruments"]):
                instrument = self.map_instrument(key)
                self.add(instrument, KG.adoptedAt, node)
                if not list(self.g.objects(instrument, DCTERMS.date)) and not key.startswith("part:"):
                    self.add(instrument, DCTERMS.date, Literal(date, datatype=XSD.date))
            para = self.paragraph_iris.get((event["part"], event["paragraph"]))
            if para is not None:
                self.add(node, PROV.wasDerivedFrom, para)

    def map_projects(self) -> None:
        for project in self.doc.facts.get("projects", []):
            node = iri.project(project["carriers"])
            self.add(node, RDF.type, KG.Project)
            acronyms = [self.acronym(key) for key in project["carriers"]]
            self.add(node, SKOS.prefLabel, Literal("Joint project of " + " and ".join(acronyms), lang="en"))
            self.add(node, SKOS.prefLabel, Literal("Projet commun de " + " et ".join(acronyms), lang="fr"))
            for key in project["carriers"]:
                self.add(node, PROV.wasAssociatedWith, self.map_organization(key))
            for kind, key in project["funders"]:
                funder = self.map_state(key) if kind == "state" else self.map_organization(key)
                self.add(node, SCHEMA.funder, funder)
            para = self.paragraph_iris.get((project["part"], project["paragraph"]))
            if para is not None:
                self.add(node, PROV.wasDerivedFrom, para)

    def acronym(self, key: str) -> str:
        node = self.map_organization(key)
        return str(self.g.value(node, KG.acronym) or self.g.value(node, SKOS.prefLabel) or key)

    def run(self) -> Graph:
        self.paragraph_iris: dict = {}
        self.paragraph_by_view: dict = {}
        self.map_context()
        self.map_kinds()
        for part in self.doc.parts:
            self.map_part(part)
        for mention in self.doc.mentions:
            node = self.map_mention(mention)
            if node is not None and mention.kind == "instrument":
                target = self.map_instrument(mention.key)
                part = self.part_iris.get(mention.part, self.doc_iri)
                if target != part:
                    self.add(part, DCTERMS.references, target)
        self.map_letter()
        self.map_persons()
        self.map_distribution()
        self.map_events()
        self.map_projects()
        return self.g


def map_document(doc: Document) -> tuple[URIRef, Graph]:
    mapper = Mapper(doc)
    graph = mapper.run()
    return mapper.doc_iri, graph
