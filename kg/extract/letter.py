"""The letter's own facts: date, addressee, sender, signatories and their roles.

The title says who wrote to whom ("Lettre datée du D adressée au R1 par le R2 de
S…", "Letter dated D from the R2 of S … addressed to the R1"): roles and states
are looked up in the segment that follows each keyword. Signature blocks give
the persons: "(Signé) Name" with the role line before it (French layout) or
after it (English layout), whichever the document uses.
"""

from __future__ import annotations

import re
from functools import cache

from .. import reference
from ..document import Block, Document, TextView
from ..segment import is_signature_line
from .dates import find_dates
from .gazetteer import entity_matcher, role_matcher

ROLE_LINE_MAX = 160


def keyword_positions(folded: str, words: list[str]) -> list[int]:
    out = []
    for word in words:
        for m in re.finditer(rf"(?<!\w){re.escape(reference.fold(word))}(?!\w)", folded):
            out.append(m.start())
    return out


def title_segments(title: str) -> dict[str, tuple[int, int]]:
    """Character ranges of the addressee and sender segments of a letter title."""
    folded = reference.fold(title)
    marks = []
    for lang in ("fr", "en"):
        language = reference.language(lang)
        marks += [(p, "addressee") for p in keyword_positions(folded, language["addressed"])]
        marks += [(p, "sender") for p in keyword_positions(folded, language["from"])]
    marks.sort()
    segments: dict[str, tuple[int, int]] = {}
    for index, (position, name) in enumerate(marks):
        if name in segments:
            continue  # "par la Chargée d'affaires par intérim": a second "par" does not end the segment
        following = [p for p, other in marks[index + 1 :] if other != name]
        segments[name] = (position, following[0] if following else len(title))
    return segments


def first_in(matches, segment: tuple[int, int] | None, kind: str):
    if not segment:
        return None
    return next((m for m in matches if m.entry.kind == kind and segment[0] <= m.start < segment[1]), None)


def last_in(matches, segment: tuple[int, int] | None, kind: str):
    """'le Représentant permanent adjoint, Chargé d'affaires par intérim': the last role is the capacity."""
    if not segment:
        return None
    inside = [m for m in matches if m.entry.kind == kind and segment[0] <= m.start < segment[1]]
    return inside[-1] if inside else None


def sender_mission(title: str, segment: tuple[int, int] | None) -> str:
    """'from the Permanent Mission of Kazakhstan to the United Nations' → that mission's name."""
    if not segment:
        return ""
    text = title[segment[0] : segment[1]]
    words = reference.language("fr")["mission"] + reference.language("en")["mission"]
    starts = [m.start() for w in words for m in [re.search(re.escape(w), text, re.IGNORECASE)] if m]
    return text[min(starts):].strip(" ,") if starts else ""


@cache
def honorifics() -> tuple[str, ...]:
    words = reference.language("fr")["honorifics"] + reference.language("en")["honorifics"]
    return tuple(sorted(set(words), key=len, reverse=True))


def strip_honorific(name: str) -> tuple[str, int]:
    """The name without its leading honorifics ('S. E. Mme', 'H.E. Mr.'), and how many characters went."""
    dropped = 0
    changed = True
    while changed:
        changed = False
        for word in honorifics():
            if name.startswith(word + " "):
                cut = len(word) + 1
                name, dropped, changed = name[cut:], dropped + cut, True
                break
    return name, dropped


def signature_name(block: Block) -> tuple[int, int] | None:
    """Span of the signatory's name in a '(Signé) Name' line."""
    text = block.text
    markers = reference.language("fr")["signed"] + reference.language("en")["signed"]
    marker = max((m for m in markers if text.startswith(m)), key=len, default=None)
    if marker is None:
        return None
    start = len(marker)
    while start < len(text) and text[start] in " :)":
        start += 1
    rest, dropped = strip_honorific(text[start:])
    start += dropped
    end = start + len(re.split(r"\s{2,}|,|\(|\bPermanent\b|\bRepr[ée]sentant", rest)[0].rstrip(" ."))
    return (start, end) if end > start else None


def role_lines_before(blocks: list[Block], index: int) -> bool:
    """Whether this document puts a signatory's role above the '(Signed)' line."""
    if index == 0:
        return False
    previous = blocks[index - 1]
    if is_signature_line(previous.text) or len(previous.text) > ROLE_LINE_MAX:
        return False
    return bool(role_matcher().find(previous.text))


def extract_letter(doc: Document) -> None:
    letter = doc.part("letter")
    if letter is None or letter.title is None:
        return
    title = letter.title
    dates = find_dates(title.text)
    facts = {"date": dates[0].iso if dates else "", "addressee_role": "", "sender_role": "", "sender_state": ""}
    if dates:
        letter.date = dates[0].iso
    segments = title_segments(title.text)
    roles = role_matcher().find(title.text)
    entities = entity_matcher().find(title.text)
    addressee = first_in(roles, segments.get("addressee"), "role")
    sender = last_in(roles, segments.get("sender"), "role")
    state = first_in(entities, segments.get("sender"), "state")
    if addressee:
        facts["addressee_role"] = addressee.entry.key
        doc.add_mention(title, addressee.start, addressee.end, "role", addressee.entry.key, part="letter")
    if sender:
        facts["sender_role"] = sender.entry.key
        doc.add_mention(title, sender.start, sender.end, "role", sender.entry.key, part="letter")
    if state:
        facts["sender_state"] = state.entry.key
    mission = sender_mission(title.text, segments.get("sender"))
    persons = extract_signatories(doc, letter.blocks, facts, letter.id)
    for part in doc.parts:
        if part.kind not in ("letter", "annex"):
            doc.facts.setdefault("persons", []).extend(extract_signatories(doc, part.blocks, {}, part.id))
    if mission and not persons:  # a note verbale comes from the mission itself
        facts["sender"] = mission
    if persons:
        facts["sender"] = persons[0]["name"]
        facts["sender_role"] = facts["sender_role"] or persons[0]["role"]
        facts["sender_state"] = facts["sender_state"] or persons[0]["state"]
    doc.facts["letter"] = facts
    doc.facts.setdefault("persons", []).extend(persons)


def extract_signatories(doc: Document, blocks: list[Block], facts: dict, part_id: str) -> list[dict]:
    signature_at = [i for i, b in enumerate(blocks) if is_signature_line(b.text)]
    if not signature_at:
        return []
    before = role_lines_before(blocks, signature_at[0])
    persons = []
    for index in signature_at:
        span = signature_name(blocks[index])
        if span is None:
            continue
        role_index = index - 1 if before else index + 1
        role_block = blocks[role_index] if 0 <= role_index < len(blocks) else None
        if role_block is not None and (is_signature_line(role_block.text) or len(role_block.text) > ROLE_LINE_MAX):
            role_block = None
        role, state = "", ""
        if role_block is not None:
            role_match = next(iter(reversed(role_matcher().find(role_block.text))), None)
            state_match = next((m for m in entity_matcher().find(role_block.text) if m.entry.kind == "state"), None)
            if role_match:
                role = role_match.entry.key
                doc.add_mention(role_block.view, role_match.start, role_match.end, "role", role, part=part_id)
            if state_match:
                state = state_match.entry.key  # its mention comes from the entity pass
        state = state or facts.get("sender_state", "")
        role = role or facts.get("sender_role", "")
        view: TextView = blocks[index].view
        name = view.text[span[0] : span[1]]
        mention = doc.add_mention(view, span[0], span[1], "person", name, part=part_id)
        persons.append({"name": name, "role": role, "state": state, "mention": mention, "signs": part_id})
    return persons
