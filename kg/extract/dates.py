"""Dates in French and English: "12 juillet 2017", "1er mars 2019", "12 July 2017",
"July 12, 2017", "du 5 au 8 août 2025", "5 and 6 May 2019", "30 November-2 December 2011"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from .. import reference


@dataclass(frozen=True)
class DateSpan:
    start: int
    end: int
    iso: str  # first day
    iso_end: str  # last day ("" for a single day)


@cache
def month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for lang in ("fr", "en"):
        table.update(reference.language(lang)["months"])
    return table


@cache
def patterns() -> tuple[re.Pattern, re.Pattern]:
    months = "|".join(sorted((re.escape(m) for m in month_table()), key=len, reverse=True))
    day = r"(?:1er|1ᵉʳ|\d{1,2}(?:st|nd|rd|th)?)"
    link = r"(?:\s*[-–]\s*|\s+(?:au|et|and|to)\s+)"
    day_first = re.compile(
        rf"(?:(?:du|from)\s+)?(?:(?P<d1>{day})(?:\s+(?P<m1>{months}))?{link})?"
        rf"(?P<d2>{day})\s+(?P<m2>{months})\s+(?P<y>\d{{4}})\b", re.IGNORECASE)
    month_first = re.compile(
        rf"\b(?P<m2>{months})\s+(?:(?P<d1>\d{{1,2}}){link})?(?P<d2>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b", re.IGNORECASE)
    return day_first, month_first


def day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def make_date(year: int, month: int, day: int) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


def find_dates(text: str) -> list[DateSpan]:
    found: list[DateSpan] = []
    taken: list[tuple[int, int]] = []
    for pattern in patterns():
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            months = month_table()
            year = int(m.group("y"))
            month2 = months[m.group("m2").lower()]
            last = make_date(year, month2, day_number(m.group("d2")))
            first = last
            if m.group("d1"):
                month1 = months[m.group("m1").lower()] if m.groupdict().get("m1") else month2
                first = make_date(year, month1, day_number(m.group("d1")))
            if not first or not last:
                continue
            start = m.start()
            lead = re.match(r"(?:du|from)\s+", m.group(), re.IGNORECASE)
            if lead:
                start += lead.end()
            found.append(DateSpan(start, m.end(), first, last if last != first else ""))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)
