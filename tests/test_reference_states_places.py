"""Checks on the reference data kg/data/states.json and kg/data/places.json."""

import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).parent.parent / "kg" / "data"
ARTICLES = {"le", "la", "l'", "les", ""}
# The United Nations takes no position on the capital of these States; their capital is null.
NO_CAPITAL = {"ISR", "PSE"}


@pytest.fixture(scope="module")
def states():
    return json.loads((DATA / "states.json").read_text(encoding="utf-8"))["states"]


@pytest.fixture(scope="module")
def places():
    return json.loads((DATA / "places.json").read_text(encoding="utf-8"))["places"]


def names(entry):
    return {s.casefold() for s in [entry["name_en"], entry["name_fr"], *entry["variants_en"], *entry["variants_fr"]]}


def test_195_states(states):
    assert len(states) == 195
    status = [s["status"] for s in states]
    assert status.count("member") == 193
    assert status.count("observer") == 2
    assert {s["iso3"] for s in states if s["status"] == "observer"} == {"VAT", "PSE"}
    assert [s["iso3"] for s in states] == sorted(s["iso3"] for s in states)


def test_codes_unique_and_well_formed(states):
    for key, pattern in (("iso3", r"[A-Z]{3}"), ("iso2", r"[A-Z]{2}"), ("m49", r"\d{3}")):
        values = [s[key] for s in states]
        assert len(values) == len(set(values)), key
        assert all(re.fullmatch(pattern, v) for v in values), key


def test_codes_match_pycountry(states):
    pycountry = pytest.importorskip("pycountry")
    for s in states:
        c = pycountry.countries.get(alpha_3=s["iso3"])
        assert c is not None, s["iso3"]
        assert (c.alpha_2, c.numeric) == (s["iso2"], s["m49"]), s["iso3"]
    palestine = next(s for s in states if s["iso3"] == "PSE")
    holy_see = next(s for s in states if s["iso3"] == "VAT")
    assert (palestine["iso2"], palestine["m49"]) == ("PS", "275")
    assert (holy_see["iso2"], holy_see["m49"]) == ("VA", "336")


def test_state_fields(states):
    for s in states:
        for key in ("name_en", "name_fr", "formal_en", "formal_fr"):
            assert isinstance(s[key], str) and s[key].strip(), (s["iso3"], key)
        assert s["article_fr"] in ARTICLES, s["iso3"]
        for key in ("variants_en", "variants_fr", "adjectives_en", "adjectives_fr"):
            assert isinstance(s[key], list) and all(isinstance(v, str) and v.strip() for v in s[key])
        for v in [s["formal_en"], *s["variants_en"]]:
            assert not v.lower().startswith("the "), (s["iso3"], v)
        for v in [s["formal_fr"], *s["variants_fr"]]:
            assert not re.match(r"(?i)((le|la|les) |l')", v), (s["iso3"], v)
        assert all(a == a.lower() for a in s["adjectives_fr"]), s["iso3"]


def test_some_un_names(states):
    by = {s["iso3"]: s for s in states}
    assert by["IRN"]["name_en"] == "Iran (Islamic Republic of)"
    assert by["IRN"]["formal_en"] == "Islamic Republic of Iran"
    assert by["TUR"]["name_en"] == "Türkiye" and by["TUR"]["formal_fr"] == "République de Türkiye"
    assert by["KGZ"]["name_fr"] == "Kirghizistan" and by["KGZ"]["formal_fr"] == "République kirghize"
    assert by["NLD"]["name_en"] == "Netherlands (Kingdom of the)"
    assert (by["KAZ"]["article_fr"], by["NOR"]["article_fr"], by["UZB"]["article_fr"], by["USA"]["article_fr"]) == (
        "le", "la", "l'", "les")
    assert by["CUB"]["article_fr"] == "" and by["ISR"]["article_fr"] == ""


def test_capitals_exist(states, places):
    ids = {p["id"] for p in places if p["kind"] == "city"}
    for s in states:
        if s["iso3"] in NO_CAPITAL:
            assert s["capital"] is None
        else:
            assert s["capital"] in ids, (s["iso3"], s["capital"])
    capitals = [s["capital"] for s in states if s["capital"]]
    assert len(capitals) == len(set(capitals))
    city_country = {p["id"]: p["country"] for p in places if p["kind"] == "city"}
    for s in states:
        if s["capital"]:
            assert city_country[s["capital"]] == s["iso3"], s["iso3"]


def test_no_name_shared_between_states(states):
    owner = {}
    for s in states:
        for n in names(s):
            assert n not in owner, f"{n!r}: {owner[n]} and {s['iso3']}"
            owner[n] = s["iso3"]


def test_place_ids_and_names(places):
    ids = [p["id"] for p in places]
    assert len(ids) == len(set(ids))
    for p in places:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", p["id"]), p["id"]
        assert p["kind"] in {"city", "region", "subregion", "area"}, p["id"]
        assert p["name_en"].strip() and p["name_fr"].strip(), p["id"]
        assert isinstance(p["variants_en"], list) and isinstance(p["variants_fr"], list)
    owner = {}
    for p in places:
        for n in names(p):
            assert n not in owner, f"{n!r}: {owner[n]} and {p['id']}"
            owner[n] = p["id"]


def test_m49_regions(places):
    codes = [p["m49"] for p in places if p["kind"] in {"region", "subregion"}]
    assert all(isinstance(c, str) and re.fullmatch(r"\d{3}", c) for c in codes)
    assert len(codes) == len(set(codes))
    by = {p["id"]: p for p in places}
    expected = {"world": "001", "africa": "002", "americas": "019", "asia": "142", "europe": "150",
                "oceania": "009", "central-asia": "143", "southern-asia": "034", "western-asia": "145",
                "eastern-europe": "151", "western-africa": "011", "eastern-africa": "014", "middle-africa": "017",
                "northern-africa": "015", "southern-africa": "018", "south-america": "005",
                "central-america": "013", "caribbean": "029", "northern-america": "021",
                "latin-america-and-the-caribbean": "419", "sub-saharan-africa": "202", "eastern-asia": "030",
                "south-eastern-asia": "035", "northern-europe": "154", "southern-europe": "039",
                "western-europe": "155", "australia-and-new-zealand": "053", "melanesia": "054",
                "micronesia": "057", "polynesia": "061"}
    for pid, code in expected.items():
        assert by[pid]["m49"] == code, pid
    for p in places:
        if p["kind"] in {"city", "area"}:
            assert "m49" not in p, p["id"]


def test_place_names_distinct_from_state_names(states, places):
    state_names = set().union(*(names(s) for s in states))
    for p in places:
        clash = names(p) & state_names
        assert not clash, (p["id"], clash)


def test_city_country_known(states, places):
    iso3 = {s["iso3"] for s in states}
    for p in places:
        if p["kind"] == "city":
            assert p["country"] in iso3, p["id"]
