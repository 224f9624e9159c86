"""kg — a knowledge-graph builder for United Nations documents.

    >>> from kg.pipeline import build_path
    >>> built = build_path("seeds/000_40d9d7b23b095542.txt")   # doctest: +SKIP
    >>> built.graph_iri                                         # doctest: +SKIP
"""

__version__ = "0.1.0"
