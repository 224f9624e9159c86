"""The objects that travel through the pipeline.

`Document.source` is the input text exactly as read (UTF-8, BOM dropped, line
endings untouched) and is never modified. Every other text is a `TextView`: a
string plus, for each of its characters, the span of `source` it stands for.
Views are derived from views (slice, rewrite, join), so a span found anywhere
maps back to source offsets, and `source[start:end]` is, by construction, the
surface a mention reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Edit:
    """Replace view[start:end] with `text` (which may be empty)."""

    start: int
    end: int
    text: str


class TextView:
    """A text whose characters each remember the source span they came from."""

    __slots__ = ("text", "starts", "ends")

    def __init__(self, text: str, starts: list[int], ends: list[int]):
        if not (len(text) == len(starts) == len(ends)):
            raise ValueError("a view needs one source span per character")
        self.text = text
        self.starts = starts
        self.ends = ends

    @classmethod
    def of_source(cls, source: str) -> TextView:
        return cls(source, list(range(len(source))), list(range(1, len(source) + 1)))

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"TextView({self.text[:40]!r}…)" if len(self.text) > 40 else f"TextView({self.text!r})"

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source offsets covered by view[start:end] (end exclusive)."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span {start}:{end} is outside a view of {len(self.text)} characters")
        return self.starts[start], self.ends[end - 1]

    def slice(self, start: int, end: int) -> TextView:
        return TextView(self.text[start:end], self.starts[start:end], self.ends[start:end])

    def strip(self) -> TextView:
        text = self.text
        left = len(text) - len(text.lstrip())
        right = len(text.rstrip())
        return self.slice(left, max(left, right))

    def rewrite(self, edits: list[Edit]) -> TextView:
        """Apply non-overlapping edits; inserted characters map to the span they replace."""
        text_parts: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        cursor = 0
        for edit in sorted(edits, key=lambda e: (e.start, e.end)):
            if edit.start < cursor:
                raise ValueError(f"overlapping edits at {edit.start}")
            text_parts.append(self.text[cursor : edit.start])
            starts.extend(self.starts[cursor : edit.start])
            ends.extend(self.ends[cursor : edit.start])
            if edit.text:
                span_start, span_end = self._span_for_insert(edit.start, edit.end)
                text_parts.append(edit.text)
                starts.extend([span_start] * len(edit.text))
                ends.extend([span_end] * len(edit.text))
            cursor = edit.end
        text_parts.append(self.text[cursor:])
        starts.extend(self.starts[cursor:])
        ends.extend(self.ends[cursor:])
        return TextView("".join(text_parts), starts, ends)

    def _span_for_insert(self, start: int, end: int) -> tuple[int, int]:
        if end > start:
            return self.starts[start], self.ends[end - 1]
        # a pure insertion sits between two characters: give it an empty span there
        at = self.ends[start - 1] if start > 0 else (self.starts[0] if self.starts else 0)
        return at, at

    @staticmethod
    def join(views: list[TextView], separator: str = " ") -> TextView:
        """Concatenate views; each separator character maps to the gap between its neighbours."""
        text_parts: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for index, view in enumerate(views):
            if index and separator:
                gap_start = ends[-1] if ends else 0
                gap_end = view.starts[0] if view.starts else gap_start
                gap_end = max(gap_start, gap_end)
                text_parts.append(separator)
                starts.extend([gap_start] * len(separator))
                ends.extend([gap_end] * len(separator))
            text_parts.append(view.text)
            starts.extend(view.starts)
            ends.extend(view.ends)
        return TextView("".join(text_parts), starts, ends)


@dataclass
class Block:
    """A run of lines that reads as one unit: a title, a paragraph, a signature line."""

    view: TextView
    first_line: int
    indent: int = 0
    gap_before: int = 0

    @property
    def text(self) -> str:
        return self.view.text


@dataclass
class Mention:
    """A span of the source that names something; `key` identifies what in its kind."""

    kind: str  # state | organization | person | place | instrument | role | date | act | event
    key: str
    start: int
    end: int
    surface: str
    part: str = ""  # id of the document part it sits in (letter, annex, declaration)
    paragraph: str = ""  # paragraph number when in a numbered paragraph
    extra: dict = field(default_factory=dict)


@dataclass
class Paragraph:
    number: str  # "" for an unnumbered paragraph
    view: TextView
    part: str
    acts: list[str] = field(default_factory=list)
    kind: str = "body"  # body | preamble | operative | closing


@dataclass
class Part:
    """A logical component of the input: the letter, an annex, the text annexed."""

    id: str  # "letter", "annex-1", "annex-1/text"
    kind: str  # letter | annex | declaration | joint-statement | communique | statement | other
    title: TextView | None = None
    date: str = ""
    place: str = ""  # place key of a "Place, date" line
    parent: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Document:
    """One input file on its way through the pipeline."""

    path: Path
    source: str
    language: str = ""
    clean: TextView | None = None
    lines: list = field(default_factory=list)  # clean.Line: view, indent, blank lines before
    blocks: list[Block] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    symbols: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    facts: dict = field(default_factory=dict)  # letter metadata, distribution, events, persons…

    def part(self, part_id: str) -> Part | None:
        return next((p for p in self.parts if p.id == part_id), None)

    def add_mention(self, view: TextView, start: int, end: int, kind: str, key: str, **extra) -> Mention:
        """Record what view[start:end] names, in source coordinates; refuses a span that does not line up."""
        source_start, source_end = view.source_span(start, end)
        surface = self.source[source_start:source_end]
        if not surface.strip():
            raise ValueError(f"empty mention of {kind} {key!r}")
        mention = Mention(kind, key, source_start, source_end, surface, **extra)
        self.mentions.append(mention)
        return mention
