"""Triplestores: the embedded pyoxigraph store on disk (embedded), a remote SPARQL
endpoint fed over HTTP (remote), and a read-only SPARQL endpoint over the embedded
store (serve). Every store holds one named graph per document, plus the ontology
and reference data in graphs of their own, so a document can be replaced alone."""

from __future__ import annotations

GRAPH_BASE = "https://w3id.org/unkg/graph/"
ONTOLOGY_GRAPH = GRAPH_BASE + "ontology"
REFERENCE_GRAPH = GRAPH_BASE + "reference"
