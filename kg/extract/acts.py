"""Speech acts: what the authors do in each sentence of a paragraph (condemn, welcome…).

Verb forms come from kg/data/speech_acts.json. A form counts only when the
authors are its subject, which these rules read off the sentence (after
dropping adverbs such as "fermement", "also"):
- it opens the sentence (resolution style "Reaffirms…", the closing "Adoptée le…");
- a subject ("nous", "we", "the Ministers") stands right before it, possibly
  with an auxiliary ("avons", "have") or a reflexive pronoun in between;
- it continues a coordination ("… et décidons", "and reaffirm") after an act
  already taken in the same sentence;
- it follows "We, the Ministers …," when the sentence opens with a subject;
- it is the first verb after a definite subject that opens the sentence ("The
  Minister for Foreign Affairs of Norway thanked…").
A participle or gerund inside a clause ("le Plan adopté en 2011", "by
encouraging") is therefore not an act of the authors.
"""

from __future__ import annotations

import re
from functools import cache

from .. import reference
from ..document import Document, Edit, TextView
from .gazetteer import act_matcher
from .units import sentences

# "The Minister for Foreign Affairs of Norway thanked…", "Les ministres ont salué…": a definite
# subject naming someone, with no clause (no comma) before the verb.
NAMED_SUBJECT = re.compile(r"^(?:(?:The|Les|Le|La|L')\s*[A-ZÀ-ÖØ-Þa-zà-ÿ][^,;:]*"
                           r"|[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,3})$")  # or a name: "Pakistan condemns"


@cache
def grammar() -> dict[str, list[str]]:
    data = reference.speech_acts()
    out = {"subjects": [], "adverbs": [], "auxiliaries": [], "coordinators": []}
    for lang in ("fr", "en"):
        out["subjects"] += data.get(f"subjects_{lang}", [])
        out["adverbs"] += data.get(f"adverbs_{lang}", [])
        out["auxiliaries"] += reference.language(lang)["auxiliaries"]
        out["coordinators"] += reference.language(lang)["coordinators"]
    return {k: sorted({reference.fold(w) for w in v}, key=len, reverse=True) for k, v in out.items()}


@cache
def adverb_pattern() -> re.Pattern:
    words = "|".join(re.escape(w) for w in grammar()["adverbs"])
    return re.compile(rf"(?<!\w)(?:{words})(?!\w),?\s*", re.IGNORECASE)


def without_adverbs(view: TextView) -> TextView:
    folded = reference.fold(view.text)
    if len(folded) != len(view.text):  # folding changed lengths: match on the text itself
        folded = view.text.lower()
    edits = [Edit(m.start(), m.end(), "") for m in adverb_pattern().finditer(folded)]
    return view.rewrite(edits) if edits else view


def ends_with_any(text: str, words: list[str]) -> str | None:
    raw = reference.fold(text).rstrip()
    folded = raw.rstrip(" ,")
    for word in words:
        if word in ",;":
            if raw.endswith(word):  # "… procedures, agree to …": a comma coordinates too
                return word
        elif folded == word or folded.endswith(" " + word):
            return word
    return None


def strip_trailing(text: str, words: list[str]) -> str:
    """Remove auxiliaries and reflexive pronouns standing right before the verb."""
    changed = True
    while changed:
        changed = False
        word = ends_with_any(text, words)
        if word and reference.fold(text).rstrip(" ,") != word:
            folded = reference.fold(text).rstrip(" ,")
            text = text[: len(folded) - len(word)]
            changed = True
    return text


def is_participle(match) -> bool:
    """'supporting', 'réaffirmant': a participle continues a coordination only of participles."""
    last = match.entry.phrase.split()[-1].lower()
    return last.endswith(("ing", "ant"))


NON_FINITE_ENDINGS = ("ing", "ed", "ant", "é", "ée", "és", "ées", "ts", "tes")
FINITE_HEADS = {"are", "have", "has", "sommes", "avons", "ont", "sont"}


def is_infinitive(match) -> bool:
    """'d'appuyer' needs its own subject ('Nous continuerons d'appuyer'); after a comma it is a purpose."""
    words = match.entry.phrase.lower().split()
    return len(words) == 1 and words[0] in french_forms() and words[0].endswith(("er", "ir", "re"))


@cache
def french_forms() -> frozenset[str]:
    return frozenset(f.lower() for a in reference.speech_acts()["acts"] for f in a.get("forms_fr", []))


def is_finite(match) -> bool:
    """'réaffirmons', 'hereby reaffirm', 'are aware' — not 'conscients de', 'guided by', 'adopted'."""
    words = match.entry.phrase.lower().split()
    return words[0] in FINITE_HEADS or not words[-1].endswith(NON_FINITE_ENDINGS)


def acts_of_sentence(view: TextView) -> tuple[TextView, list[tuple[int, int, str]]]:
    """The sentence without adverbs, and (start, end, code) of every act the authors perform in it."""
    rules = grammar()
    cleaned = without_adverbs(view)
    text = cleaned.text
    opens_with_subject = ends_with_any(text.split(",")[0], rules["subjects"]) is not None and "," in text[:200]
    found: list[tuple] = []
    for match in act_matcher().find(text):
        before = text[: match.start].rstrip()
        head = strip_trailing(before, rules["auxiliaries"])
        accepted = (
            not before
            or ends_with_any(head, rules["subjects"]) is not None
            or (found and ends_with_any(head, rules["coordinators"]) is not None and match.entry.key != "adopt"
                and not is_infinitive(match)
                and (not is_participle(match) or is_participle(found[0][3])))
            or (opens_with_subject and not found and head.endswith(",") and is_finite(match))
            or (not found and match.entry.key != "adopt" and NAMED_SUBJECT.match(before) is not None)
        )
        if accepted:
            found.append((match.start, match.end, match.entry.key, match))
    return cleaned, [f[:3] for f in found]


def extract_acts(doc: Document) -> None:
    for part in doc.parts:
        if part.kind == "letter":
            continue
        for paragraph in part.paragraphs:
            codes: list[str] = []
            for start, end in sentences(paragraph.view):
                cleaned, found = acts_of_sentence(paragraph.view.slice(start, end))
                for act_start, act_end, code in found:
                    doc.add_mention(cleaned, act_start, act_end, "act", code, part=part.id, paragraph=paragraph.number)
                    if code not in codes:
                        codes.append(code)
            paragraph.acts = codes
