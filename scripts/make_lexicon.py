"""Regenerate kg/data/lexicon/{fr,en}.tsv from the wordfreq package.

The lexicon lets the cleaner decide whether two fragments split by a PDF
extractor ("terror isme") form one word. We ship a frozen list instead of
depending on wordfreq at run time: builds stay byte-identical whatever
wordfreq version a user has, and start-up stays cheap.

    pip install wordfreq && python scripts/make_lexicon.py
"""

from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "lexicon"
SIZE = 150_000  # words per language; the tail is around Zipf 1.9


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in ("fr", "en"):
        rows = []
        for word in top_n_list(lang, SIZE):
            if not any(c.isalpha() for c in word) or " " in word:
                continue
            rows.append(f"{word}\t{round(zipf_frequency(word, lang) * 100)}")
        header = f"# {lang} word list from wordfreq (CC BY-SA 4.0 data), word<TAB>Zipf frequency x 100\n"
        (OUT / f"{lang}.tsv").write_text(header + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
        print(lang, len(rows))


if __name__ == "__main__":
    main()
