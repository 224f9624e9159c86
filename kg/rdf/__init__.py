"""RDF layer: vocabulary, IRI minting, mapping a Document to its named graph."""
