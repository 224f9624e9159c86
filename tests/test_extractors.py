"""Every registered extractor, on every test document: offsets line up, builds are deterministic.

A new extractor added to kg/extract/__init__.py is covered here without new test code.
"""

from __future__ import annotations

import pytest
from conftest import SEED, letter_files

from kg.export import to_turtle
from kg.extract import EXTRACTORS
from kg.pipeline import STAGES, build_path

DOCUMENTS = [SEED] + letter_files()


def test_every_extractor_is_a_pipeline_stage():
    stage_names = [name for name, _ in STAGES]
    assert [f"extract:{name}" for name, _ in EXTRACTORS] == [n for n in stage_names if n.startswith("extract:")]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_every_mention_points_at_its_surface(path):
    built = build_path(path)
    source = built.document.source
    kinds = set()
    for mention in built.document.mentions:
        assert source[mention.start : mention.end] == mention.surface, mention
        assert mention.surface.strip() == mention.surface or mention.kind == "act", mention
        kinds.add(mention.kind)
    assert {"state", "organization"} <= kinds


@pytest.mark.parametrize("path", DOCUMENTS[:6], ids=lambda p: p.stem)
def test_building_twice_gives_the_same_turtle(path):
    first, second = build_path(path), build_path(path)
    assert to_turtle([(first.graph_iri, first.graph)]) == to_turtle([(second.graph_iri, second.graph)])
