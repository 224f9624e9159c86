"""Longest-match phrase lookup over tokens. Holds no domain knowledge: callers give the phrases.

Phrases are compared in folded form (case, accents and apostrophe style
ignored) except those marked case-sensitive (acronyms: "AU" is not "au").
A phrase that starts with a capital only matches text that does too, so the
name "Niger" does not fire on a lower-case common word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..reference import fold

TOKEN = re.compile(r"[^\W_]+|[^\w\s]")


@dataclass(frozen=True)
class Entry:
    kind: str
    key: str
    phrase: str
    case_sensitive: bool = False


@dataclass(frozen=True)
class Match:
    start: int  # character offsets in the searched text
    end: int
    entry: Entry


def tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


class PhraseMatcher:
    def __init__(self) -> None:
        self._index: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}

    def add(self, phrase: str, kind: str, key: str, case_sensitive: bool = False) -> None:
        words = tuple(t for _, _, t in tokens(phrase))
        if not words:
            return
        compare = words if case_sensitive else tuple(fold(w) for w in words)
        entry = Entry(kind, key, phrase, case_sensitive)
        bucket = self._index.setdefault(fold(words[0]), [])
        if all(existing != compare or e.kind != kind or e.key != key for existing, e in bucket):
            bucket.append((compare, entry))
            bucket.sort(key=lambda item: -len(item[0]))

    def find(self, text: str, kinds: set[str] | None = None) -> list[Match]:
        """Non-overlapping longest matches, left to right."""
        toks = tokens(text)
        folded = [fold(t) for _, _, t in toks]
        matches: list[Match] = []
        i = 0
        while i < len(toks):
            best = None
            for words, entry in self._index.get(folded[i], ()):
                if kinds is not None and entry.kind not in kinds:
                    continue
                n = len(words)
                if i + n > len(toks):
                    continue
                if entry.case_sensitive:
                    ok = tuple(t for _, _, t in toks[i : i + n]) == words
                else:
                    ok = tuple(folded[i : i + n]) == words
                    first = toks[i][2]
                    if ok and entry.phrase[:1].isupper() and not first[:1].isupper():
                        ok = False
                if ok and self._contiguous(text, toks, i, n):
                    best = Match(toks[i][0], toks[i + n - 1][1], entry)
                    break
            if best:
                matches.append(best)
                i += len(tokens(best.entry.phrase))
            else:
                i += 1
        return matches

    @staticmethod
    def _contiguous(text: str, toks, i: int, n: int) -> bool:
        """Tokens of one phrase are separated by at most one space (no sentence break inside)."""
        for k in range(i, i + n - 1):
            gap = text[toks[k][1] : toks[k + 1][0]]
            if len(gap) > 1 or gap not in ("", " "):
                return False
        return True
