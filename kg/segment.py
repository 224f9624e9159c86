"""Segmentation stage: lines → blocks → the parts of a letter of the genre.

Layout rules, none about one document:
- a block starts at a numbered paragraph ("1.", "1)", or "1" with the dot on the
  next line), after more blank lines than the document's usual spacing, at an
  indented line after a finished sentence, and at signature and annex lines;
- the letter is the block titled "Lettre datée… / Letter dated…", its body runs
  to the signature blocks; each "Annexe / Annex" opens an annex whose first
  blocks are its title and the annexed text's own title; numbered paragraphs
  belong to the annexed text (or to the letter when there is no annex).
"""

from __future__ import annotations

import re
from collections import Counter

from . import reference
from .clean import Line
from .document import Block, Document, Paragraph, Part, TextView
from .errors import InputError

NUMBERED = re.compile(r"^\(?(\d{1,3})\s*[.)]\s+(?=\S)")
BARE_NUMBER = re.compile(r"^\d{1,3}$")
ANNEX_REST = re.compile(r"^(?:$|[IVX]+\b|\d+\b|[A-Z]\b|[.:]|to\b|à\b|au\b|aux\b|of\b|de\b|du\b|\()")
SENTENCE_END = re.compile(r"[.:;!?»\")]$")
SYMBOL = re.compile(r"\b([AS]/(?:RES/)?\d{1,4}/[\w./-]*\d|[AS]/\d{1,3}/L\.\d+|S/\d{4}/\d+)")

KIND_WORDS = {  # title words → kind of the annexed text, longest first
    "fr": [("déclaration commune", "joint-statement"), ("déclaration conjointe", "joint-statement"),
           ("déclaration du ministère", "statement"), ("déclaration du gouvernement", "statement"),
           ("déclaration de la présidence", "statement"), ("déclaration du porte-parole", "statement"),
           ("communiqué conjoint", "communique"),
           ("communiqué commun", "communique"), ("communiqué", "communique"), ("déclaration", "declaration"),
           ("résolution", "other"), ("programme", "other"), ("plan", "other")],
    "en": [("joint statement", "joint-statement"), ("joint declaration", "joint-statement"),
           ("joint communiqué", "communique"), ("joint communique", "communique"), ("communiqué", "communique"),
           ("communique", "communique"), ("declaration", "declaration"), ("statement", "statement"),
           ("resolution", "other"), ("programme", "other"), ("plan", "other")],
}


def starts_with_any(text: str, words: list[str]) -> bool:
    folded = reference.fold(text)
    return any(folded.startswith(reference.fold(w)) and (len(folded) == len(reference.fold(w))
               or not folded[len(reference.fold(w))].isalpha()) for w in words)


def words_for(key: str) -> list[str]:
    return reference.language("fr")[key] + reference.language("en")[key]


def is_signature_line(text: str) -> bool:
    return starts_with_any(text, words_for("signed"))


def is_annex_line(text: str) -> bool:
    """'Annex', 'Annexe II', 'Annex to the letter dated…', 'Enclosure' — a heading, not 'annexe).' wrapped."""
    if not text[:1].isupper() or not starts_with_any(text, words_for("annex_title")):
        return False
    first, _, rest = text.partition(" ")
    return first.endswith(":") or bool(ANNEX_REST.match(rest.strip()))


def is_original_note(text: str) -> bool:
    """'[Original: Russian]', 'Original : français' — the language the text was written in."""
    return starts_with_any(text.lstrip("["), [w.lstrip("[") for w in words_for("original")])


def is_letter_title(text: str) -> bool:
    return text[:1].isupper() and starts_with_any(text, words_for("letter_title")) and any(
        reference.fold(w) in reference.fold(text[:200]) for w in words_for("dated"))


def number_of(text: str) -> int | None:
    match = NUMBERED.match(text)
    return int(match.group(1)) if match else None


def merge_split_numbers(lines: list[Line]) -> list[Line]:
    """'1' alone on a line with '. Text' on the next is one numbered line."""
    merged: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following and BARE_NUMBER.match(line.view.text) and following.view.text[:1] in ".)":
            merged.append(Line(TextView.join([line.view, following.view], ""), line.indent, line.gap_before))
            index += 2
            continue
        merged.append(line)
        index += 1
    return merged


def blank_line_spacing(lines: list[Line]) -> int:
    """How many blank lines are mere layout: 1 when nearly every line is followed by one (PDF
    double spacing, where paragraphs run on across blank lines), else 0 (blank lines break)."""
    if len(lines) < 4:
        return 0
    touching = sum(1 for line in lines[1:] if line.gap_before == 0)
    return 1 if touching < 0.2 * (len(lines) - 1) and _wrapped(lines) else 0


def _wrapped(lines: list[Line]) -> bool:
    """Lines cut at a fixed width: most lines end mid-sentence."""
    open_ended = sum(1 for line in lines if not SENTENCE_END.search(line.view.text))
    return open_ended > 0.5 * len(lines)


def group_blocks(lines: list[Line]) -> list[Block]:
    if not lines:
        return []
    spacing = blank_line_spacing(lines)
    usual_indent = Counter(line.indent for line in lines).most_common(1)[0][0]
    lengths = sorted(len(line.view.text) for line in lines)
    full_width = lengths[int(0.9 * (len(lengths) - 1))]
    blocks: list[Block] = []
    current: list[Line] = []
    expected_number = 1

    def close():
        if current:
            view = TextView.join([line.view for line in current], " ")
            blocks.append(Block(view, 0, current[0].indent, current[0].gap_before))

    for line in lines:
        text = line.view.text
        previous = current[-1].view.text if current else ""
        number = number_of(text)
        numbered = number is not None and (number == expected_number or (number == 1 and expected_number > 1))
        finished = bool(SENTENCE_END.search(previous))
        starts = (
            not current
            or numbered
            or line.gap_before > spacing
            or (finished and (line.indent > usual_indent or len(previous) < 0.75 * full_width))
            or is_signature_line(text)
            or is_signature_line(previous)
            or is_annex_line(text)
            or is_letter_title(text)
            or (SYMBOL.match(text) is not None and len(text) < 60)
        )
        if numbered:
            expected_number = number + 1
        if starts:
            close()
            current = [line]
        else:
            current.append(line)
    close()
    return blocks


def kind_of_title(title: str, lang: str) -> str:
    folded = reference.fold(title)
    for other in ("fr", "en") if lang == "fr" else ("en", "fr"):
        for words, kind in KIND_WORDS[other]:
            words = reference.fold(words)
            if folded.startswith(words) or f" {words} " in f" {folded[:80]} ":
                return kind
    return "other"


def paragraph_of(block: Block, part: str) -> Paragraph:
    number = number_of(block.text)
    view = block.view
    if number is not None:
        skip = NUMBERED.match(block.text).end()
        return Paragraph(str(number), view.slice(skip, len(view)), part, kind="operative")
    return Paragraph("", view, part)


def segment(doc: Document) -> Document:
    lines = merge_split_numbers(doc.lines)
    doc.blocks = blocks = group_blocks(lines)
    for block in blocks[:8]:
        doc.symbols.extend(s for s in SYMBOL.findall(block.text) if s not in doc.symbols)
    letter_at = next((i for i, b in enumerate(blocks) if is_letter_title(b.text)), None)
    annex_at = [i for i, b in enumerate(blocks) if is_annex_line(b.text)]
    has_numbers = any(number_of(b.text) == 1 for b in blocks)
    if letter_at is None and not annex_at and not has_numbers:
        raise InputError(f"{doc.path}: does not look like a UN letter or declaration "
                         "(no letter title, no annex, no numbered paragraphs)")
    if letter_at is not None:
        end = annex_at[0] if annex_at else len(blocks)
        doc.parts.append(letter_part(blocks, letter_at, end))
    elif not annex_at:
        doc.parts.append(text_part(blocks, 0, len(blocks), "text", "", doc.language))
    for n, start in enumerate(annex_at, 1):
        end = annex_at[n] if n < len(annex_at) else len(blocks)
        parent = "letter" if letter_at is not None else ""
        annex = Part(f"annex-{n}", "annex", title=blocks[start].view, parent=parent, blocks=blocks[start:start + 1])
        doc.parts.append(annex)
        if start + 1 < end:
            doc.parts.append(text_part(blocks, start + 1, end, f"annex-{n}/text", annex.id, doc.language))
    check_complete(doc)
    return doc


def letter_part(blocks: list[Block], start: int, end: int) -> Part:
    part = Part("letter", "letter", title=blocks[start].view, blocks=blocks[start:end])
    body = blocks[start + 1 : end]
    for index, block in enumerate(body):
        if is_signature_line(block.text):
            continue
        paragraph = paragraph_of(block, part.id)
        if is_signature_role(body, index):
            paragraph.kind = "signature"
        part.paragraphs.append(paragraph)
    return part


def is_signature_role(blocks: list[Block], index: int) -> bool:
    """A short unpunctuated line next to a '(Signed)' line: the signatory's role."""
    block = blocks[index]
    near = any(is_signature_line(b.text) for b in blocks[max(0, index - 1) : index + 2])
    return near and len(block.text) < 160 and not block.text.endswith(".") and number_of(block.text) is None


def text_part(blocks: list[Block], start: int, end: int, part_id: str, parent: str, lang: str) -> Part:
    first_numbered = next((i for i in range(start, end) if number_of(blocks[i].text) is not None), end)
    title_blocks = [b for b in blocks[start:first_numbered] if len(b.text) < 250
                    and not SENTENCE_END.search(b.text) and not is_original_note(b.text)]
    title = title_blocks[0].view if title_blocks else None
    kind = kind_of_title(title.text, lang) if title else "other"
    part = Part(part_id, kind, title=title, parent=parent, blocks=blocks[start:end])
    own = blocks[start:end]
    last_numbered = max((i for i, b in enumerate(own) if number_of(b.text) is not None), default=-1)
    for index, block in enumerate(own):
        if (title is not None and block.view is title) or is_signature_line(block.text) or is_original_note(block.text):
            continue
        paragraph = paragraph_of(block, part_id)
        if is_signature_role(own, index):
            paragraph.kind = "signature"
        elif not paragraph.number:
            paragraph.kind = "closing" if 0 <= last_numbered < index else "preamble"
        part.paragraphs.append(paragraph)
    return part


def check_complete(doc: Document) -> None:
    """A letter that stops mid-sentence, or announces an annex it lacks, was cut off."""
    last = doc.blocks[-1].text if doc.blocks else ""
    letter = doc.part("letter")
    if letter and not any(p.kind == "annex" for p in doc.parts):
        body = " ".join(p.view.text for p in letter.paragraphs)
        if re.search(r"\b(annexe|annex|ci-joint|enclosed|attached)\b", body, re.I) and not any(
                is_signature_line(b.text) for b in letter.blocks):
            raise InputError(f"{doc.path}: looks truncated (the letter has no signature and its annex is missing)")
    trailing = set(words_for("trailing_words"))
    if last and len(last) > 40 and last[-1].isalpha() and last.split()[-1].lower() in trailing:
        raise InputError(f"{doc.path}: looks truncated (the text stops mid-sentence: …{last[-40:]!r})")
