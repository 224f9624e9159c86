"""Every shape catches what it is for: a small graph that violates it, and the message a user reads."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, PROV, RDF, SKOS, XSD

from kg.rdf.vocab import DCTERMS, ITSRDF, KG, NIF, SCHEMA
from kg.validate import validate_graph

ID = "https://w3id.org/unkg/id/"


def first(graph: Graph, cls) -> URIRef:
    return sorted(graph.subjects(RDF.type, cls))[0]


def drop(graph: Graph, cls, prop):
    node = first(graph, cls)
    graph.remove((node, prop, None))


def replace(graph: Graph, cls, prop, value):
    node = first(graph, cls)
    graph.remove((node, prop, None))
    graph.add((node, prop, value))


def add_typed(graph: Graph, iri: str, cls):
    graph.add((URIRef(iri), RDF.type, cls))


MUTATIONS = {
    "DocumentShape": (lambda g: drop(g, KG.Document, KG.documentKind), "exactly one kind"),
    "DocumentShape/language": (lambda g: replace(g, KG.Document, DCTERMS.language, Literal("xx")), "ISO 639-1"),
    "LetterShape": (lambda g: g.add((first(g, KG.Letter), KG.senderState, URIRef(ID + "state/NOR"))) or
                    g.add((first(g, KG.Letter), KG.senderState, URIRef(ID + "state/KAZ"))), "at most one State"),
    "InstrumentShape": (lambda g: drop(g, KG.Instrument, KG.instrumentType), "one type"),
    "ResolutionShape": (lambda g: add_typed(g, ID + "instrument/x", KG.Resolution), "A/RES/"),
    "ParagraphShape": (lambda g: drop(g, KG.Paragraph, KG.text), "cleaned text"),
    "ContextShape": (lambda g: drop(g, NIF.Context, NIF.isString), "whole source text"),
    "MentionShape": (lambda g: replace(g, KG.Mention, NIF.endIndex, Literal(0, datatype=XSD.integer)),
                     "starts before it ends"),
    "StateShape": (lambda g: replace(g, KG.State, KG.iso3, Literal("Turkmenistan")), "alpha-3"),
    "OrganizationShape": (lambda g: drop(g, ORG.Organization, KG.resolved), "reference data knows"),
    "PersonShape": (lambda g: drop(g, FOAF.Person, FOAF.name), "one name"),
    "PlaceShape": (lambda g: replace(g, KG.Place, KG.placeType, Literal("planet")), "city, region"),
    "EventShape": (lambda g: drop(g, KG.Event, SCHEMA.startDate), "one start date"),
    "DistributionShape": (lambda g: replace(g, KG.DistributionRequest, KG.agendaItem, Literal("item 118")),
                          "agenda item is a number"),
    "ConceptShape": (lambda g: drop(g, SKOS.Concept, SKOS.inScheme), "one concept scheme"),
    "RoleShape": (lambda g: drop(g, KG.Role, SKOS.prefLabel), "English and one French"),
    "SpeechActShape": (lambda g: replace(g, KG.SpeechAct, SKOS.notation, Literal("praise")), "contract's codes"),
    "DocumentKindShape": (lambda g: replace(g, KG.DocumentKind, SKOS.notation, Literal("memo")), "letter, annex"),
    "ProjectShape": (lambda g: drop(g, KG.Project, PROV.wasAssociatedWith), "carried out by"),
    "MentionShape/entity": (lambda g: g.add((first(g, KG.Mention), ITSRDF.taIdentRef, URIRef(ID + "state/NOR")))
                            or g.add((first(g, KG.Mention), ITSRDF.taIdentRef, URIRef(ID + "state/KAZ"))),
                            "at most one entity"),
}


def test_the_seed_conforms(seed_built):
    conforms, violations = validate_graph(seed_built.graph)
    assert conforms, [v.line() for v in violations]


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_each_shape_reports_its_violation(seed_built, name):
    mutate, message = MUTATIONS[name]
    graph = Graph()
    for triple in seed_built.graph:
        graph.add(triple)
    mutate(graph)
    conforms, violations = validate_graph(graph)
    assert not conforms
    assert any(message in v.message for v in violations), [v.line() for v in violations][:5]


def test_every_shape_has_a_violating_example():
    from rdflib.namespace import SH

    from kg.validate import shapes_graph

    shapes = {str(s).rsplit("#", 1)[1] for s in shapes_graph().subjects(RDF.type, SH.NodeShape)}
    assert shapes <= {name.split("/")[0] for name in MUTATIONS}


def test_the_reference_data_graph_conforms():
    from kg.rdf.reference import reference_graph

    conforms, violations = validate_graph(reference_graph())
    assert conforms, [v.line() for v in violations][:10]
