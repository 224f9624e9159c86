"""The ontology and the shapes are the source of truth: the build may emit only what they declare."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT
from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS, SH

from kg.query import load_named, named_query_names
from kg.rdf.vocab import KG

CONTRACT = {
    "documents": "document,kind,language,date,symbol,title",
    "letters": "letter,date,sender,sender_role,sender_state,addressee_role",
    "states": "iso3,name_en,name_fr,mentions",
    "organizations": "acronym,name_en,name_fr,mentions",
    "persons": "name,role,state",
    "events": "event,name,date,place,participants",
    "instruments": "instrument,name_en,date,symbol",
    "paragraphs": "document,number,acts,text",
    "distribution": "document,ga_session,agenda_items,security_council",
    "mentions": "document,paragraph,entity,surface,start,end",
}
PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "kg.ttl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    graph = Graph()
    for path in (ROOT / "shapes").glob("*.ttl"):
        graph.parse(path)
    return graph


def test_every_emitted_class_and_property_is_declared(seed_built, ontology):
    graph = seed_built.graph
    classes = {c for c in ontology.subjects(RDF.type, OWL.Class)}
    properties = {p for t in PROPERTY_TYPES for p in ontology.subjects(RDF.type, t)}
    emitted_classes = set(graph.objects(None, RDF.type))
    emitted_properties = set(graph.predicates()) - {RDF.type}
    assert emitted_classes - classes == set(), "classes emitted but not declared in ontology/kg.ttl"
    assert emitted_properties - properties == set(), "properties emitted but not declared in ontology/kg.ttl"


def test_every_emitted_node_is_covered_by_a_shape(seed_built, shapes):
    targets = set(shapes.objects(None, SH.targetClass))
    graph = seed_built.graph
    for cls in set(graph.objects(None, RDF.type)):
        for node in graph.subjects(RDF.type, cls):
            assert set(graph.objects(node, RDF.type)) & targets, f"{node} ({cls}) is not checked by any shape"


def test_every_shaped_class_is_declared(shapes, ontology):
    classes = set(ontology.subjects(RDF.type, OWL.Class))
    assert set(shapes.objects(None, SH.targetClass)) - classes == set()


def test_vocab_module_and_ontology_agree(ontology):
    declared = {str(s) for s in ontology.subjects() if str(s).startswith(str(KG))}
    listed = {str(uri) for uri in vars(KG)["_ClosedNamespace__uris"].values()}
    assert declared == listed


def test_own_terms_are_labelled_and_defined_in_english_and_french(ontology):
    for term in set(ontology.subjects()):
        if not str(term).startswith(str(KG)):
            continue
        for prop in (RDFS.label, RDFS.comment):
            languages = {o.language for o in ontology.objects(term, prop) if isinstance(o, Literal)}
            assert {"en", "fr"} <= languages, f"{term} lacks an English or French {prop}"


def test_every_shape_constraint_has_a_message(shapes):
    for prop_shape in shapes.objects(None, SH.property):
        assert shapes.value(prop_shape, SH.message) is not None, f"property shape on {shapes.value(prop_shape, SH.path)}"


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_named_query_header_is_the_contract(name):
    assert ",".join(load_named(name).columns) == CONTRACT[name]


def test_every_contract_query_is_shipped_and_commented():
    assert set(CONTRACT) <= set(named_query_names())
    for name in named_query_names():
        text = load_named(name).text
        assert re.match(r"^# \w+ — ", text), f"{name}.rq should open with a comment saying what it answers"
