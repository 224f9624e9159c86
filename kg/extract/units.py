"""The pieces of text extractors read: part titles and paragraphs, with where they sit."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..document import Document, Paragraph, Part, TextView

SENTENCE_BREAK = re.compile(r"(?<=[.;!?])\s+(?=[«\"(]?[A-ZÀ-ÖØ-Þ0-9])")


@dataclass
class Unit:
    view: TextView
    part: Part
    paragraph: Paragraph | None  # None for a title

    @property
    def number(self) -> str:
        return self.paragraph.number if self.paragraph else ""


def units(doc: Document) -> Iterator[Unit]:
    for part in doc.parts:
        if part.title is not None:
            yield Unit(part.title, part, None)
        for paragraph in part.paragraphs:
            yield Unit(paragraph.view, part, paragraph)


def sentences(view: TextView) -> list[tuple[int, int]]:
    """Sentence spans in a paragraph; abbreviations like 'M.' or 'Mr.' before a capital are not breaks."""
    spans, start = [], 0
    for m in SENTENCE_BREAK.finditer(view.text):
        before = view.text[max(0, m.start() - 4) : m.start()]
        if re.search(r"(?:\b[A-Z]|\bMr|\bMs|\bDr|\bMrs|\bSt|\bNo|\bM)\.$", before):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(view.text)))
    return [(s, e) for s, e in spans if e > s]
