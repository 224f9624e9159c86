"""Segmentation: the parts of a letter of the genre, in French and English layouts."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED

from kg.clean import clean
from kg.document import Document
from kg.errors import InputError
from kg.read import read_document
from kg.segment import segment

ENGLISH = """Letter dated 3 May 2021 from the Permanent Representative of Norway
to the United Nations addressed to the Secretary-General

I have the honour to transmit the Oslo Declaration (see annex).

I should be grateful if you would have the present letter and its annex circulated as a document of the Security Council.

(Signed) Ola Nordmann
Permanent Representative

Annex to the letter dated 3 May 2021 from the Permanent Representative of Norway to the United Nations addressed to the Secretary-General

Oslo Declaration

We, the Ministers, meeting in Oslo,

1) We reaffirm our commitment.
2) We welcome the report.
3
. We thank Norway.

Oslo, 1 May 2021
"""


def segmented(text: str) -> Document:
    return segment(clean(Document(path=Path("t.txt"), source=text)))


def test_seed_parts_and_paragraphs():
    doc = segment(clean(read_document(SEED)))
    kinds = [(p.id, p.kind) for p in doc.parts]
    assert kinds == [("letter", "letter"), ("annex-1", "annex"), ("annex-1/text", "declaration")]
    text = doc.part("annex-1/text")
    assert text.title.text == "Déclaration d'Achgabat"
    numbers = [p.number for p in text.paragraphs if p.number]
    assert numbers == [str(n) for n in range(1, 12)]
    assert text.paragraphs[-1].kind == "closing"
    letter = doc.part("letter")
    assert [p.kind for p in letter.paragraphs] == ["body", "body", "signature"]


def test_english_layout_with_parenthesised_and_split_numbers():
    doc = segmented(ENGLISH)
    assert [p.kind for p in doc.parts] == ["letter", "annex", "declaration"]
    text = doc.part("annex-1/text")
    assert text.title.text == "Oslo Declaration"
    numbered = [p for p in text.paragraphs if p.number]
    assert [p.number for p in numbered] == ["1", "2", "3"]
    assert numbered[2].view.text == "We thank Norway."
    assert text.paragraphs[0].kind == "preamble"


def test_paragraph_views_map_back_to_the_source():
    doc = segmented(ENGLISH)
    for part in doc.parts:
        for paragraph in part.paragraphs:
            start, end = paragraph.view.source_span(0, len(paragraph.view))
            first_word = paragraph.view.text.split()[0]
            assert doc.source[start:].startswith(first_word)


def test_text_without_structure_is_not_a_un_document():
    with pytest.raises(InputError, match="does not look like"):
        segmented("Dear John,\nThanks for the lovely dinner.\nSee you soon.\n")


def test_original_language_note_is_not_the_title():
    text = ENGLISH.replace("Oslo Declaration\n\nWe, the Ministers", "[Original: Norwegian]\n\nOslo Declaration\n\nWe, the Ministers")
    doc = segmented(text)
    assert doc.part("annex-1/text").title.text == "Oslo Declaration"


@pytest.mark.parametrize("line, heading", [
    ("Annex", True), ("Annexe II", True), ("Annex to the letter dated 3 May 2021", True),
    ("Annexe à la lettre datée du 12 juillet 2017", True), ("Annex: Joint statement", True),
    ("annexe).", False), ("Annexes to the report are attached", False),
])
def test_annex_headings_are_told_from_wrapped_words(line, heading):
    from kg.segment import is_annex_line

    assert is_annex_line(line) is heading
