"""SOURCE arguments: a graph file in any RDF syntax, or an embedded store folder."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from .errors import UsageError

SUFFIX_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE, ".turtle": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG, ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML, ".n3": ox.RdfFormat.N3,
}


def rdf_format(path: Path) -> ox.RdfFormat:
    fmt = SUFFIX_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UsageError(f"{path}: unknown RDF file type {path.suffix or '(none)'}; "
                         f"kg reads {', '.join(sorted(SUFFIX_FORMATS))} or a store folder")
    return fmt


def is_store(path: Path) -> bool:
    return path.is_dir()


def open_source(source: str | Path) -> ox.Store:
    """A pyoxigraph store over SOURCE: the embedded store itself, or a file loaded in memory."""
    path = Path(source)
    if not path.exists():
        raise UsageError(f"{source}: no such file or store")
    if is_store(path):
        from .store.embedded import open_read_only

        return open_read_only(path)
    store = ox.Store()
    try:
        store.load(path=str(path), format=rdf_format(path))
    except SyntaxError as exc:
        raise UsageError(f"{source}: not valid {path.suffix[1:]} RDF: {exc}") from None
    return store
