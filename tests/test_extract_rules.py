"""Extraction rules that need no reference data: dates, ordinals, agenda items, resolutions."""

from __future__ import annotations

import pytest

from kg.extract.dates import find_dates
from kg.extract.distribution import agenda_items, parse_ordinal, session_number
from kg.extract.resolutions import CITED, symbol_of


@pytest.mark.parametrize("text, first, last", [
    ("Lettre datée du 12 juillet 2017, adressée", "2017-07-12", ""),
    ("le 1er mars 2019 à Douchanbé", "2019-03-01", ""),
    ("held in Tashkent on 5 and 6 May 2019.", "2019-05-05", "2019-05-06"),
    ("tenue à Douchanbé du 5 au 8 août 2025", "2025-08-05", "2025-08-08"),
    ("on July 12, 2017 in New York", "2017-07-12", ""),
    ("from 30 November to 2 December 2011", "2011-11-30", "2011-12-02"),
    ("le 13 juin 2017, à Achgabat", "2017-06-13", ""),
    ("on 1st April 2020", "2020-04-01", ""),
])
def test_dates_in_both_languages(text, first, last):
    dates = find_dates(text)
    assert len(dates) == 1
    assert (dates[0].iso, dates[0].iso_end) == (first, last)


def test_impossible_dates_are_not_dates():
    assert find_dates("le 31 février 2017") == []


@pytest.mark.parametrize("words, number", [
    ("soixante et onzième", 71), ("soixante-douzième", 72), ("quatre-vingtième", 80),
    ("quatre-vingt-unième", 81), ("seventy-first", 71), ("seventy-second", 72), ("eightieth", 80),
    ("71st", 71), ("soixante-dix-huitième", 78), ("quatre-vingt-dix-neuvième", 99),
])
def test_session_ordinals(words, number):
    import re

    assert parse_ordinal(re.findall(r"[^\W_]+", words)) == number


def test_session_and_agenda_items_from_the_distribution_formula():
    fr = ("comme document de la soixante et onzième session de l'Assemblée générale, "
          "au titre des points 35 et 118 de l'ordre du jour, et du Conseil de sécurité.")
    assert session_number(fr, fr.index("session")) == "71"
    assert agenda_items(fr, ["point", "points"]) == ["35", "118"]
    en = "as a document of the seventy-second session, under agenda items 35, 68 (b) and 118, and of"
    assert agenda_items(en, ["item", "items"]) == ["35", "68(b)", "118"]


@pytest.mark.parametrize("text, symbols", [
    ("la résolution 2178 (2014) du Conseil", ["S/RES/2178 (2014)"]),
    ("resolution 70/291 of the General Assembly", ["A/RES/70/291"]),
    ("résolutions 1267 (1999), 1373 (2001) et 2178 (2014)", ["S/RES/1267 (1999)", "S/RES/1373 (2001)",
                                                          "S/RES/2178 (2014)"]),
])
def test_resolutions_cited_by_number(text, symbols):
    import re

    found = []
    for cited in CITED.finditer(text):
        found += [symbol_of(m.group()) for m in re.finditer(r"\d{1,4}\s?\(\d{4}\)|\d{1,2}/\d{1,3}", cited.group(1))]
    assert found == symbols


def test_the_seed_joint_project_and_its_funders(seed_ttl):
    from conftest import run_kg

    result = run_kg("query", seed_ttl, "--named", "projects", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = result.stdout.splitlines()
    assert rows[0] == "project,name_en,carriers,funders"
    assert rows[1].endswith("Joint project of UNCCT and UNRCCA,UNCCT UNRCCA,EU NOR")
