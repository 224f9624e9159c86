"""The distribution request: "…comme document de la soixante et onzième session de
l'Assemblée générale, au titre du point 118 de l'ordre du jour, et du Conseil de
sécurité" / "…circulated as a document of the seventy-first session of the General
Assembly, under agenda items 35 and 118, and of the Security Council"."""

from __future__ import annotations

import re

from .. import reference
from ..document import Document
from .units import sentences

ITEM = r"\d{1,3}(?:\s?\(?[a-z]\))?"  # 68, 68 (b), 68 b)
ITEM_LIST = re.compile(rf"({ITEM}(?:\s*(?:,|et|and)\s*{ITEM})*)")


def number_words() -> dict[str, int]:
    table = {}
    for lang in ("fr", "en"):
        table.update({reference.fold(k): v for k, v in reference.language(lang)["numbers"].items()})
    return table


def parse_ordinal(words: list[str]) -> int | None:
    """'soixante et onzième' → 71, 'seventy-first' → 71, 'quatre-vingt-unième' → 81, '71st' → 71."""
    table = number_words()
    total, previous, seen = 0, 0, False
    for word in words:
        digits = re.match(r"^(\d{1,3})(?:e|ème|eme|st|nd|rd|th)?$", word)
        if digits:
            return int(digits.group(1))
        value = table.get(reference.fold(word))
        if value is None:
            continue
        if value == 20 and previous in (4,):  # quatre-vingt
            total += value * previous - previous
        elif value == 100:
            total = max(total, 1) * 100
        else:
            total += value
        previous, seen = value, True
    return total if seen and total > 0 else None


def session_number(text: str, session_at: int) -> str:
    before = re.split(r"\b(?:de la|du|of the|the|à la)\b", text[max(0, session_at - 60) : session_at])[-1]
    words = re.findall(r"[^\W_]+", before)
    number = parse_ordinal(words)
    return str(number) if number else ""


def normal_item(item: str) -> str:
    """'68 (b)', '68 b)', '68(b)' → '68(b)'."""
    number, letter = re.match(r"(\d+)\s?\(?([a-z])?", item).groups()
    return f"{number}({letter})" if letter else number


def agenda_items(sentence: str, lang_words: list[str]) -> list[str]:
    items: list[str] = []
    for word in lang_words:
        for m in re.finditer(rf"\b{re.escape(word)}\s+(?:de l'ordre du jour\s+)?", sentence):
            listed = ITEM_LIST.match(sentence, m.end())
            if listed:
                items += [normal_item(i) for i in re.findall(ITEM, listed.group(1))]
    return sorted(set(items), key=lambda i: (int(re.match(r"\d+", i).group()), i))


def masthead_session(doc: Document, letter, session_words: list[str]) -> str:
    """The session line of the UN masthead above the letter ("Seventy-second session")."""
    for block in doc.blocks:
        if block.view is letter.title:
            break
        for word in session_words:
            for m in re.finditer(rf"\b{word}\b", block.text, re.IGNORECASE):
                number = session_number(block.text, m.start())
                if number:
                    return number
    return ""


def extract_distribution(doc: Document) -> None:
    letter = doc.part("letter")
    if letter is None:
        return
    words = {k: [] for k in ("circulate", "session", "agenda_item", "security_council", "general_assembly")}
    for lang in ("fr", "en"):
        for key in words:
            words[key] += reference.language(lang)["distribution"][key]
    for paragraph in letter.paragraphs:
        text = paragraph.view.text
        for start, end in sentences(paragraph.view):
            sentence = text[start:end]
            folded = reference.fold(sentence)
            if not any(reference.fold(w) in folded for w in words["circulate"]):
                continue
            session_at = next((m.start() for w in words["session"] for m in re.finditer(rf"\b{w}\b", sentence)), None)
            session = session_number(sentence, session_at) if session_at is not None else ""
            items = agenda_items(sentence, words["agenda_item"])
            if not session and items:  # "au titre du point 34": the session is the masthead's
                session = masthead_session(doc, letter, words["session"])
            doc.facts["distribution"] = {
                "ga_session": session,
                "agenda_items": items,
                "security_council": any(reference.fold(w) in folded for w in words["security_council"]),
                "general_assembly": any(reference.fold(w) in folded for w in words["general_assembly"]),
                "paragraph": paragraph,
            }
            return
