"""Joint projects and who funds them: "le projet commun du Centre … et du Centre régional …,
qui est financé par l'Union européenne et la Norvège", "the joint project of UNODC and
UNDP, funded by Japan".

In a sentence that names a joint project (wording in kg/data/language.json), the
organisations named after the project words and before the funding words carry it
out, and the organisations and States named after the funding words fund it.
"""

from __future__ import annotations

import re
from functools import cache

from .. import reference
from ..document import Document
from .units import sentences, units


@cache
def wording() -> dict[str, list[re.Pattern]]:
    out = {"joint": [], "funded": []}
    for lang in ("fr", "en"):
        for key in out:
            out[key] += [re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.IGNORECASE)
                         for w in reference.language(lang)["projects"][key]]
    return out


def first(patterns: list[re.Pattern], text: str, start: int = 0) -> re.Match | None:
    found = [m for p in patterns for m in [p.search(text, start)] if m]
    return min(found, key=lambda m: m.start(), default=None)


CLAUSE_END = re.compile(r"[;.]|,\s+(?!(?:la|le|les|l'|the|de|du|des|and|et)\b)(?=[a-zà-ÿ])|,\s+(?:et|and)\s+(?=[a-zà-ÿ])(?!(?:la|le|les|l'|the)\b)")


def clause_end(sentence: str, start: int) -> int:
    """Where the funders' list ends: '…par l'Union européenne et la Norvège, et décidons…'."""
    match = CLAUSE_END.search(sentence, start)
    return match.start() if match else len(sentence)


def extract_projects(doc: Document) -> None:
    for unit in units(doc):
        if unit.paragraph is None:
            continue
        view = unit.view
        for s_start, s_end in sentences(view):
            sentence = view.text[s_start:s_end]
            joint = first(wording()["joint"], sentence)
            if joint is None:
                continue
            funded = first(wording()["funded"], sentence, joint.end())
            end_of_carriers = funded.start() if funded else len(sentence)
            end_of_funders = clause_end(sentence, funded.end()) if funded else 0
            base = view.source_span(s_start, s_end)[0] if s_end > s_start else 0
            spans = {name: view.source_span(s_start + a, s_start + b) if b > a else (base, base) for name, (a, b) in
                     {"carriers": (joint.end(), end_of_carriers),
                      "funders": (funded.end(), end_of_funders) if funded else (0, 0)}.items()}
            instruments = [m for m in doc.mentions if m.kind == "instrument"]
            in_span = {name: [m for m in doc.mentions if m.part == unit.part.id and a <= m.start and m.end <= b
                              and not any(i.start <= m.start and m.end <= i.end for i in instruments)]
                       for name, (a, b) in spans.items()}
            carriers = sorted({m.key for m in in_span["carriers"] if m.kind == "organization"})
            funders = sorted({(m.kind, m.key) for m in in_span["funders"] if m.kind in ("organization", "state")})
            if len(carriers) < 1:
                continue
            doc.facts.setdefault("projects", []).append({
                "carriers": carriers, "funders": funders, "part": unit.part.id, "paragraph": unit.number,
                "phrase": sentence[joint.start() : joint.end()]})
