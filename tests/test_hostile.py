"""Hostile input: whatever the text, a build gives a conforming graph or a KgError, never a crash,
and every mention's offsets point at its surface in the source.

Examples are derandomised (the same on every run, so CI is reproducible) and not shrunk
(shrinking a letter-sized failure takes minutes); run with --hypothesis-seed to explore more."""

from __future__ import annotations

from pathlib import Path

from conftest import LETTERS, SEED
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from kg.errors import KgError
from kg.pipeline import build_path
from kg.validate import validate_graph

SOURCES = [SEED.read_text(encoding="utf-8")] + [p.read_text(encoding="utf-8") for p in sorted(LETTERS.glob("*.txt"))[:4]]
NOISE = st.text(alphabet=st.sampled_from(list("  \n\r\t.,;:()«»’'-–1234567890aéZ(Signé)Annexe")), max_size=40)


@st.composite
def damaged(draw):
    text = draw(st.sampled_from(SOURCES))
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text)))
        end = min(len(text), start + draw(st.integers(0, 400)))
        text = text[:start] + draw(NOISE) + text[end:]
    return text


def check(tmp_path: Path, text: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8", newline="")
    try:
        built = build_path(path)
    except KgError as error:
        assert "\n" not in str(error)
        return
    source = built.document.source
    for mention in built.document.mentions:
        assert source[mention.start : mention.end] == mention.surface
    conforms, violations = validate_graph(built.graph)
    assert conforms, [v.line() for v in violations][:5]


@settings(max_examples=40, deadline=None, derandomize=True, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=damaged())
def test_damaged_letters_build_or_fail_cleanly(tmp_path, text):
    check(tmp_path, text)


@settings(max_examples=40, deadline=None, derandomize=True, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_arbitrary_text_builds_or_fails_cleanly(tmp_path, text):
    check(tmp_path, text)
