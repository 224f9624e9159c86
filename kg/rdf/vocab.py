"""Namespaces. Our own terms are a ClosedNamespace, so a misspelt term fails at import time;
tests check that every term listed here is declared in ontology/kg.ttl."""

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD, ClosedNamespace

ONTOLOGY_IRI = "https://w3id.org/unkg/ontology"
ID_BASE = "https://w3id.org/unkg/id/"

KG = ClosedNamespace(
    uri=ONTOLOGY_IRI + "#",
    terms=[
        # classes
        "Document", "Letter", "Annex", "Declaration", "JointStatement", "Communique", "Statement", "OtherText",
        "Paragraph", "State", "Place", "Event", "Instrument", "Resolution", "DistributionRequest",
        "Mention", "Role", "SpeechAct", "DocumentKind", "Project",
        # document properties
        "documentKind", "symbol", "hasParagraph", "paragraphNumber", "paragraphKind", "text", "speechAct",
        "addresseeRole", "senderRole", "senderState", "signatory", "distribution",
        "gaSession", "agendaItem", "securityCouncil", "generalAssembly", "sourceFile", "place",
        # entity properties
        "acronym", "category", "resolved", "iso3", "iso2", "m49", "status", "placeType", "country",
        "role", "represents", "eventType", "participant", "chair", "instrumentType", "adoptedAt",
        # mention properties
        "mentionOf", "evokes", "inPart", "inParagraph", "mentionType",
    ],
)

NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
SCHEMA = Namespace("https://schema.org/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
EU_COUNTRY = Namespace("http://publications.europa.eu/resource/authority/country/")

PREFIXES = {
    "kg": KG, "id": Namespace(ID_BASE), "dcterms": DCTERMS, "foaf": FOAF, "org": ORG, "owl": OWL, "prov": PROV,
    "rdf": RDF, "rdfs": RDFS, "skos": SKOS, "xsd": XSD, "nif": NIF, "itsrdf": ITSRDF, "schema": SCHEMA,
    "eli": ELI, "eucountry": EU_COUNTRY,
}

__all__ = ["KG", "NIF", "ITSRDF", "SCHEMA", "ELI", "EU_COUNTRY", "PREFIXES", "ID_BASE", "ONTOLOGY_IRI",
           "DCTERMS", "FOAF", "ORG", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD"]
