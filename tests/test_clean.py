"""Cleaning: PDF noise repaired in a view whose every character maps back to the source."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.clean import clean, detect_language, should_join
from kg.document import Document, Edit, TextView


def cleaned(text: str) -> Document:
    from pathlib import Path

    return clean(Document(path=Path("t.txt"), source=text))


def test_space_before_apostrophe_and_split_words_are_repaired():
    doc = cleaned("Nous condamnons le terror isme et l ’Union \n européenne , qui s ’est tenu.\n")
    text = doc.clean.text
    assert "terrorisme" in text
    assert "l'Union" in text and "s'est" in text


def test_line_break_inside_a_split_word_is_repaired():
    doc = cleaned("la diplomatie préventi\nve en Asie centrale et la coopéra tion régionale\n")
    assert "préventive" in doc.clean.text
    assert "coopération" in doc.clean.text


def test_real_words_are_not_glued():
    assert not should_join("de", "venir", "fr")
    assert not should_join("the", "re", "en")
    assert should_join("coun", "ter", "en")


def test_spaced_hyphen_is_repaired():
    assert "ONU-Asie" in cleaned("dialogue ONU -Asie centrale\n").clean.text


def test_blank_lines_are_layout_not_text():
    doc = cleaned("Titre\n\n\nLigne un\n \nLigne deux\n")
    assert [line.view.text for line in doc.lines] == ["Titre", "Ligne un", "Ligne deux"]
    assert [line.gap_before for line in doc.lines] == [0, 2, 1]


def test_language_is_detected():
    assert detect_language("Nous, les ministres, avons adopté la déclaration et nous sommes réunis") == "fr"
    assert detect_language("We, the Ministers, have adopted the declaration and we met in the city") == "en"


def test_every_clean_span_maps_to_the_same_characters_in_the_source():
    source = "Le terror isme\r\n\r\nl ’Union \n européenne\n"
    doc = cleaned(source)
    view = doc.clean
    for i, ch in enumerate(view.text):
        start, end = view.source_span(i, i + 1)
        if ch.isalpha():
            assert source[start:end] == ch


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab ’'\n\r\t-éÉ«»  .1")), max_size=80))
def test_any_text_cleans_to_a_view_that_maps_back(text):
    doc = cleaned(text)
    view = doc.clean
    assert len(view.starts) == len(view.text) == len(view.ends)
    for i in range(len(view.text)):
        start, end = view.source_span(i, i + 1)
        assert 0 <= start <= end <= len(text)
    for i in range(1, len(view.text)):
        assert view.starts[i] >= view.starts[i - 1]


def test_rewrite_maps_inserted_text_to_the_replaced_span():
    view = TextView.of_source("a  b")
    new = view.rewrite([Edit(1, 3, " ")])
    assert new.text == "a b"
    assert new.source_span(0, 3) == (0, 4)


def test_page_furniture_is_dropped_and_the_sentence_reads_on():
    text = ("United Nations   A/78/845\nLetter dated 1 May 2024 from X\n\n6. Nous nous engageons à achever la\n\n"
            "2/4                 24-06871\n\n                 A/78/845\n\nmodernisation des ports.\n24-06871 (F)   150424\n"
            "*2406871*\n")
    doc = cleaned(text)
    lines = [line.view.text for line in doc.lines]
    assert "2/4 24-06871" not in lines and "A/78/845" not in lines and "*2406871*" not in lines
    assert lines[0] == "United Nations A/78/845"  # the masthead keeps its symbol
    assert doc.lines[lines.index("modernisation des ports.")].gap_before == 0


def test_hyphen_at_a_line_end():
    assert cleaned("la coopéra-\ntion régionale\n").lines[0].view.text == "la coopération régionale"
    assert cleaned("the counter-\nterrorism strategy\n").lines[0].view.text == "the counter-terrorism strategy"
    assert cleaned("Nuclear-Weapon-\nFree Zone\n").lines[0].view.text == "Nuclear-Weapon-Free Zone"
