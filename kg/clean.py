"""Cleaning stage: repair PDF-extraction noise in a view that maps back to the source.

What it repairs, all as edits on a TextView so offsets survive:
- line endings, non-breaking and odd spaces, soft hyphens, ligatures, curly apostrophes;
- blank lines and trailing or repeated spaces (a line keeps its indent and the
  number of blank lines before it, which segmentation reads as layout);
- page furniture (page and job numbers, barcodes, the running header's symbol),
  dropped so that a sentence cut by a page break reads on;
- a space before an apostrophe or after an elided article ("l ’Union"), a
  space before a hyphen ("ONU -Asie");
- words split by a space or a line break ("terror isme"), rejoined only when the
  language's word list says the joined form is a word and the pieces are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import reference
from .document import Document, Edit, TextView
from .lexicon import zipf

CHARACTER_FIXES = {
    "\r\n": "\n", "\r": "\n", "\t": " ", "\f": "\n", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    "\u2007": " ", "\u200b": "", "\u00ad": "", "\ufeff": "", "’": "'", "‘": "'", "ʼ": "'",
    "ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "–": "–",
}
CHARACTER_PATTERN = re.compile("|".join(re.escape(k) for k in sorted(CHARACTER_FIXES, key=len, reverse=True)))
SPACE_BEFORE_APOSTROPHE = re.compile(r"(?<=\w) +(?=' ?\w)")
SPACE_AFTER_ELISION = re.compile(r"(?<=\b[lLdDjJmMnNsStTcC]') +(?=\w)|(?<=\b[qQ]u') +(?=\w)")
SPACE_BEFORE_HYPHEN = re.compile(r"(?<=\w) +(?=-\w)")
REPEATED_SPACES = re.compile(r" {2,}")
LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-\n(?=[^\W\d_])")
WORD_GAP = re.compile(r"(?<=\w)([ \n])(?=\w)")
WORD_BEFORE = re.compile(r"[^\W\d_]+$")
WORD_AFTER = re.compile(r"^[^\W\d_]+")

# A split is repaired when the joined word is this much (Zipf) more frequent
# than the rarer piece: "terror isme" (2.3 vs 4.3) joins, "de venir" (5.2 vs 5.1) does not.
SPLIT_MARGIN = 1.5


# Page furniture of UN PDFs: page numbers ("2/4"), job numbers ("24-06871 (F)", "GE.24-01234"),
# print dates ("150424"), barcodes ("*2406871*"), and the running header repeating the symbol.
FURNITURE_TOKEN = re.compile(r"^(?:\d{1,3}/\d{1,3}|\d{2}-\d{5}|\([A-Z]\)|\d{6}|\*\d{6,}\*|GE\.\d{2}-\d{4,6}"
                             r"|[AS]/(?:RES/)?\d+/[\w./-]*\d(?:[–-][AS]/\d+/[\w./-]*\d)?)$")
SYMBOL_TOKEN = re.compile(r"^[AS]/")


def is_furniture(text: str, seen_symbols: set[str]) -> bool:
    tokens = text.split()
    if not tokens or not all(FURNITURE_TOKEN.match(t) for t in tokens):
        return False
    symbols = {part for t in tokens if SYMBOL_TOKEN.match(t) for part in re.split(r"[–-](?=[AS]/)", t)}
    if symbols and not tokens[0][0].isdigit() and not symbols <= seen_symbols:
        seen_symbols.update(symbols)  # a symbol seen first is the masthead's: keep it
        return False
    return True


@dataclass
class Line:
    view: TextView
    indent: int
    gap_before: int  # blank lines before this one


def detect_language(text: str) -> str:
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    scores = {}
    for lang in ("fr", "en"):
        stop = set(reference.language(lang)["stopwords"])
        scores[lang] = sum(1 for w in words if w in stop)
    return max(sorted(scores), key=lambda lang: scores[lang])


def regex_edits(view: TextView, pattern: re.Pattern, replacement: str | None = None) -> TextView:
    edits = [Edit(m.start(), m.end(), replacement if replacement is not None else "") for m in pattern.finditer(view.text)]
    return view.rewrite(edits) if edits else view


def normalise_characters(view: TextView) -> TextView:
    edits = [Edit(m.start(), m.end(), CHARACTER_FIXES[m.group()]) for m in CHARACTER_PATTERN.finditer(view.text)]
    return view.rewrite(edits) if edits else view


def split_lines(view: TextView) -> list[Line]:
    lines: list[Line] = []
    blank = 0
    cursor = 0
    text = view.text
    seen_symbols: set[str] = set()
    after_furniture = False
    while cursor <= len(text):
        newline = text.find("\n", cursor)
        end = len(text) if newline < 0 else newline
        raw = view.slice(cursor, end)
        stripped = raw.text.strip()
        if stripped and is_furniture(stripped, seen_symbols):
            after_furniture = True  # a page break: what follows may continue the sentence before it
        elif stripped:
            seen_symbols.update(re.findall(r"[AS]/(?:RES/)?\d+/[\w./-]*\d", stripped))
            if after_furniture and stripped[:1].islower():
                blank = 0
            after_furniture = False
            indent = len(raw.text) - len(raw.text.lstrip(" "))
            line = raw.strip()
            for pattern in (SPACE_BEFORE_APOSTROPHE, SPACE_AFTER_ELISION, SPACE_BEFORE_HYPHEN):
                line = regex_edits(line, pattern)
            line = regex_edits(line, REPEATED_SPACES, " ")
            lines.append(Line(line, indent, blank))
            blank = 0
        else:
            blank += 1
        if newline < 0:
            break
        cursor = newline + 1
    return lines


def should_join(left: str, right: str, lang: str) -> bool:
    if not right[:1].islower() or len(left) + len(right) < 4:
        return False
    joined = zipf(left + right, lang)
    if joined == 0.0:
        return False
    return min(zipf(left, lang), zipf(right, lang)) < joined - SPLIT_MARGIN


def rejoin_split_words(lines: list[Line], lang: str) -> list[Line]:
    """Join fragments within a line and across a line break; merged lines keep the first one's layout."""
    joined = TextView.join([line.view for line in lines], "\n")
    text = joined.text
    edits: list[Edit] = []
    for cut in LINE_END_HYPHEN.finditer(text):  # "coopéra-\ntion" → "coopération", "counter-\nterrorism" keeps its hyphen
        left = WORD_BEFORE.search(text, max(0, cut.start() - 60), cut.start())
        right = WORD_AFTER.search(text[cut.end() : cut.end() + 60])
        split_word = left and right and right.group()[:1].islower() and min(
            zipf(left.group(), lang), zipf(right.group(), lang)) < 1.5
        edits.append(Edit(cut.start(), cut.end(), "") if split_word else Edit(cut.start() + 1, cut.end(), ""))
    for gap in WORD_GAP.finditer(text):
        left = WORD_BEFORE.search(text, max(0, gap.start() - 60), gap.start())
        right = WORD_AFTER.search(text[gap.end() : gap.end() + 60])
        if left and right and should_join(left.group(), right.group(), lang):
            edits.append(Edit(gap.start(), gap.end(), ""))
    if not edits:
        return lines
    removed_breaks = {i for e in edits for i in range(e.start, e.end) if text[i] == "\n"}
    repaired = joined.rewrite(edits)
    breaks, position = [], 0
    for line in lines[:-1]:
        position += len(line.view)
        breaks.append(position)
        position += 1
    layout = [lines[0]] + [lines[i + 1] for i, at in enumerate(breaks) if at not in removed_breaks]
    pieces = repaired.text.split("\n")
    result, cursor = [], 0
    for piece, line in zip(pieces, layout, strict=True):
        result.append(Line(repaired.slice(cursor, cursor + len(piece)), line.indent, line.gap_before))
        cursor += len(piece) + 1
    return result


def clean(doc: Document) -> Document:
    doc.language = detect_language(doc.source)
    view = normalise_characters(TextView.of_source(doc.source))
    lines = rejoin_split_words(split_lines(view), doc.language)
    doc.lines = lines
    doc.clean = TextView.join([line.view for line in lines], "\n")
    return doc
