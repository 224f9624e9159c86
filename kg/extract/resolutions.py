"""Resolutions cited by number: "résolution 2178 (2014)" → S/RES/2178 (2014),
"resolution 70/291" → A/RES/70/291, "résolutions 1267 (1999) et 1373 (2001)", "A/RES/60/288"."""

from __future__ import annotations

import re

from .. import reference
from ..document import Document
from .units import units

SC_ITEM = r"\d{1,4}\s?\(\d{4}\)"
GA_ITEM = r"\d{1,2}/\d{1,3}"
ITEM = rf"(?:{SC_ITEM}|{GA_ITEM})"
CITED = re.compile(rf"\b[Rr][ée]solutions?\s+(?:n[o°]s?\.?\s*)?({ITEM}(?:\s*(?:,|et|and)\s*{ITEM})*)")
SYMBOL = re.compile(r"\b([AS])/RES/(\d{1,4}(?:/\d{1,3})?)(?:\s?\((\d{4})\))?")


def symbol_of(item: str) -> str:
    item = re.sub(r"\s+", " ", item.strip())
    sc = re.fullmatch(r"(\d{1,4}) ?\((\d{4})\)", item)
    if sc:
        return f"S/RES/{sc.group(1)} ({sc.group(2)})"
    return f"A/RES/{item}"


def name_of(symbol: str, lang: str) -> str:
    number = symbol.split("/RES/")[1]
    if symbol.startswith("S/"):
        return f"Security Council resolution {number}" if lang == "en" else f"résolution {number} du Conseil de sécurité"
    return f"General Assembly resolution {number}" if lang == "en" else f"résolution {number} de l'Assemblée générale"


def known_by_symbol() -> dict[str, str]:
    return {i["symbol"]: i["id"] for i in reference.instruments() if i.get("symbol")}


def register(doc: Document, symbol: str) -> str:
    known = known_by_symbol().get(symbol)
    if known:
        return known
    key = f"res:{symbol}"
    year = re.search(r"\((\d{4})\)", symbol)
    doc.facts.setdefault("new_instruments", {})[key] = {
        "id": key, "kind": "resolution", "symbol": symbol, "date": "",
        "year": year.group(1) if year else "", "name_en": name_of(symbol, "en"), "name_fr": name_of(symbol, "fr")}
    return key


def overlaps(doc: Document, start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in doc.mentions if m.kind == "instrument")


def extract_resolutions(doc: Document) -> None:
    for unit in units(doc):
        text = unit.view.text
        for cited in CITED.finditer(text):
            for item in re.finditer(ITEM, cited.group(1)):
                start, end = cited.start(1) + item.start(), cited.start(1) + item.end()
                src = unit.view.source_span(start, end)
                if overlaps(doc, *src):
                    continue
                key = register(doc, symbol_of(item.group()))
                doc.add_mention(unit.view, start, end, "instrument", key, part=unit.part.id, paragraph=unit.number)
        for m in SYMBOL.finditer(text):
            symbol = f"{m.group(1)}/RES/{m.group(2)}" + (f" ({m.group(3)})" if m.group(3) else "")
            if overlaps(doc, *unit.view.source_span(m.start(), m.end())):
                continue
            key = register(doc, symbol)
            doc.add_mention(unit.view, m.start(), m.end(), "instrument", key, part=unit.part.id, paragraph=unit.number)
