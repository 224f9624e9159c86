"""Checks on the reference data for organisations, roles, speech acts and instruments (kg/data)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

DATA = Path(__file__).parent.parent / "kg" / "data"
ACRONYM = re.compile(r"^[A-Z0-9][A-Za-z0-9-]*[A-Z0-9]$")  # same rule as kg/extract/gazetteer.py


def load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def fold(text: str) -> str:
    """Comparison form used by the matchers: case, accents and apostrophe style ignored."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


def duplicates(pairs):
    """pairs: (key, owner). Keys owned by more than one owner."""
    owners: dict = {}
    for key, owner in pairs:
        owners.setdefault(key, set()).add(owner)
    return {k: sorted(v) for k, v in owners.items() if len(v) > 1}


@pytest.fixture(scope="module")
def orgs() -> list[dict]:
    return load("organizations.json")["organizations"]


@pytest.fixture(scope="module")
def roles() -> list[dict]:
    return load("roles.json")["roles"]


@pytest.fixture(scope="module")
def acts() -> dict:
    return load("speech_acts.json")


@pytest.fixture(scope="module")
def instruments() -> list[dict]:
    return load("instruments.json")["instruments"]


# ---------------------------------------------------------------- files


@pytest.mark.parametrize("name,key,field", [
    ("organizations.json", "organizations", "id"), ("roles.json", "roles", "id"),
    ("speech_acts.json", "acts", "code"), ("instruments.json", "instruments", "id")])
def test_file_format(name, key, field):
    raw = (DATA / name).read_text(encoding="utf-8")
    data = json.loads(raw)
    assert raw == json.dumps(data, ensure_ascii=False, indent=2) + "\n", f"{name}: not 2-space, ensure_ascii=False"
    assert data["about"].strip()
    keys = [entry[field] for entry in data[key]]
    assert keys == sorted(keys), f"{name}: entries not sorted by {field}"
    assert "’" not in raw, f"{name}: use the ASCII apostrophe"


# ---------------------------------------------------------------- organizations

CATEGORIES = {"un", "un-principal-organ", "un-subsidiary-organ", "un-secretariat", "un-regional-office", "un-mission",
              "un-fund-programme", "un-specialized-agency", "un-related-organization", "un-regional-commission",
              "regional-organization", "intergovernmental-organization", "other"}
ORG_FIELDS = {"id", "acronym", "acronyms_fr", "acronym_variants", "name_en", "name_fr", "variants_en", "variants_fr", "category", "parent"}


def test_org_fields_and_categories(orgs):
    for org in orgs:
        assert set(org) == ORG_FIELDS, org["id"]
        assert org["category"] in CATEGORIES, org["id"]
        assert isinstance(org["acronym"], str)
        for field in ("acronyms_fr", "acronym_variants", "variants_en", "variants_fr"):
            assert isinstance(org[field], list) and all(isinstance(v, str) and v.strip() == v and v for v in org[field]), (org["id"], field)


def test_org_counts(orgs):
    counts = Counter(org["category"] for org in orgs)
    un = sum(n for cat, n in counts.items() if cat.startswith("un"))
    regional = counts["regional-organization"] + counts["intergovernmental-organization"]
    assert un >= 150, counts
    assert regional >= 40, counts


def test_org_ids_unique_and_iri_safe(orgs):
    ids = [org["id"] for org in orgs]
    assert len(ids) == len(set(ids))
    for org in orgs:
        assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9-]*", org["id"]), org["id"]
        if org["acronym"] and ACRONYM.match(org["acronym"]):
            assert org["id"] == org["acronym"], f"id should be the English acronym: {org['id']}"
        if not org["acronym"]:
            assert org["id"] == org["id"].lower(), org["id"]


def test_org_acronyms_unique(orgs):
    ambiguous = set(load("organizations.json").get("ambiguous_acronyms", {}))
    pairs = []
    for org in orgs:
        for acronym in set([org["acronym"]] + org["acronyms_fr"] + org["acronym_variants"]) - {""}:
            pairs.append((acronym, org["id"]))
    clashes = {k: v for k, v in duplicates(pairs).items() if k not in ambiguous}
    assert not clashes, clashes


def test_org_names_unique(orgs):
    """Every surface form (folded; acronyms of the case-sensitive shape compared exactly) names one entry."""
    pairs = []
    for org in orgs:
        for field in ("acronym", "acronyms_fr", "acronym_variants", "name_en", "name_fr", "variants_en", "variants_fr"):
            values = org[field] if isinstance(org[field], list) else [org[field]]
            for value in values:
                if not value:
                    continue
                is_acronym = field.startswith("acronym") and ACRONYM.match(value)
                pairs.append((("cs", value) if is_acronym else ("ci", fold(value)), org["id"]))
    assert not duplicates(pairs), duplicates(pairs)


GENERIC = {"the centre", "the center", "the office", "the committee", "nations", "the mission", "the council", "the commission",
           "le centre", "le bureau", "le comite", "la mission", "le conseil", "la commission", "centre", "office", "committee", "bureau"}


def test_org_no_generic_variants(orgs):
    for org in orgs:
        for value in org["variants_en"] + org["variants_fr"]:
            assert fold(value) not in GENERIC, (org["id"], value)


def test_org_bilingual(orgs):
    for org in orgs:
        assert org["name_en"].strip() and org["name_fr"].strip(), org["id"]


def test_org_parents(orgs):
    ids = {org["id"] for org in orgs}
    for org in orgs:
        assert org["parent"] is None or org["parent"] in ids, (org["id"], org["parent"])
        assert org["parent"] != org["id"]
    # no cycles
    parent = {org["id"]: org["parent"] for org in orgs}
    for start in ids:
        seen, node = set(), start
        while node is not None:
            assert node not in seen, f"parent cycle through {start}"
            seen.add(node)
            node = parent[node]


def test_org_required(orgs):
    by_id = {org["id"]: org for org in orgs}
    for required in ("UN", "UNGA", "UNSC", "UNOCT", "UNCCT", "CTITF", "UNRCCA", "EU", "OSCE", "CTED", "ECOSOC", "ICJ",
                     "un-secretariat", "CTC", "UNODC", "SCO", "CIS", "CSTO", "CICA", "ECO", "OIC", "IFAS", "LAS", "compact"):
        assert required in by_id, required
    assert by_id["UN"]["name_fr"] == "Organisation des Nations Unies"
    assert by_id["UN"]["acronyms_fr"] == ["ONU"]
    assert by_id["UNCCT"]["parent"] == "UNOCT"
    assert by_id["CTED"]["parent"] == "CTC"
    assert by_id["CTC"]["parent"] == "UNSC"
    assert by_id["UNRCCA"]["parent"] == "DPPA"
    assert "United Nations Regional Centre for Preventive Diplomacy" in by_id["UNRCCA"]["variants_en"]
    assert "Centre régional des Nations Unies pour la diplomatie préventive" in by_id["UNRCCA"]["variants_fr"]
    assert "Équipe spéciale de la lutte contre le terrorisme" in by_id["CTITF"]["variants_fr"]
    for oid, fr in {"UNODC": "ONUDC", "UNAMA": "MANUA", "UNHCR": "HCR", "WHO": "OMS", "EU": "UE", "CIS": "CEI", "CSTO": "OTSC",
                    "SCO": "OCS", "OIC": "OCI", "UNDP": "PNUD", "UNEP": "PNUE", "NATO": "OTAN", "AU": "UA"}.items():
        assert fr in by_id[oid]["acronyms_fr"], oid
    assert by_id["OSCE"]["acronyms_fr"] == []


# ---------------------------------------------------------------- roles

def test_roles(roles):
    assert all(set(r) == {"id", "label_en", "label_fr", "variants_en", "variants_fr", "kind"} for r in roles)
    assert len({r["id"] for r in roles}) == len(roles)
    assert all(r["kind"] in {"diplomatic", "government", "un-office", "other"} for r in roles)
    assert all(r["label_en"].strip() and r["label_fr"].strip() for r in roles)
    pairs = [(fold(v), r["id"]) for r in roles for v in [r["label_en"], r["label_fr"]] + r["variants_en"] + r["variants_fr"]]
    assert not duplicates(pairs), duplicates(pairs)
    labels = {r["label_en"] for r in roles}
    for required in ("Permanent Representative", "Chargé d'affaires a.i.", "Secretary-General", "President of the Security Council",
                     "President of the General Assembly", "Minister for Foreign Affairs", "Deputy Permanent Representative"):
        assert required in labels, required
    by_label = {r["label_en"]: r for r in roles}
    assert "Secrétaire générale" in by_label["Secretary-General"]["variants_fr"]
    assert "Chargée d'affaires par intérim" in by_label["Chargé d'affaires a.i."]["variants_fr"]


# ---------------------------------------------------------------- speech acts

CODES = ["affirm", "condemn", "welcome", "note", "recognize", "agree", "decide", "request", "intend", "thank", "support", "express", "adopt", "other"]


def test_act_codes(acts):
    assert sorted(a["code"] for a in acts["acts"]) == sorted(CODES)
    for act in acts["acts"]:
        for field in ("label_en", "label_fr", "definition_en", "definition_fr"):
            assert act[field].strip(), (act["code"], field)
    other = next(a for a in acts["acts"] if a["code"] == "other")
    assert other["forms_en"] == [] and other["forms_fr"] == []


def test_act_forms(acts):
    pairs = []
    adverbs = {fold(a) for a in acts["adverbs_en"] + acts["adverbs_fr"]}
    for act in acts["acts"]:
        for form in act["forms_en"] + act["forms_fr"]:
            assert form == form.lower() and form.strip() == form and form, (act["code"], form)
            assert "consid" not in fold(form) and "encourag" not in fold(form), form
            assert not any(f" {a} " in f" {fold(form)} " for a in adverbs), f"form contains an adverb: {form}"
            pairs.append((fold(form), act["code"]))
    assert not duplicates(pairs), duplicates(pairs)
    forbidden = {"look forward", "attendons avec interet", "examine", "examined", "reunis", "met", "consider", "considerons", "encourage"}
    assert not forbidden & {key for key, _ in pairs}


def test_act_required_forms(acts):
    forms = {fold(f): a["code"] for a in acts["acts"] for f in a["forms_en"] + a["forms_fr"]}
    expected = {
        "affirm": ["affirmons", "réaffirmons", "avons réaffirmé", "réaffirment", "ont réaffirmé", "réaffirme", "réaffirmant", "reaffirm", "reaffirmed", "reaffirming"],
        "condemn": ["condamnons", "condamne", "condamnant", "condemn", "condemns", "condemned", "condemning"],
        "welcome": ["saluons", "nous félicitons", "se félicitent", "nous sommes félicités", "se sont félicités", "se félicite", "se félicitant", "welcome", "welcomed", "commend", "salute"],
        "note": ["notons", "prenons acte", "notant", "prenant acte", "note", "take note", "took note", "taking note", "noting"],
        "recognize": ["sommes conscients", "sommes conscientes", "avons conscience", "reconnaissons", "conscients", "recognize", "recognise", "acknowledge", "are aware", "are conscious"],
        "agree": ["convenons", "sommes convenus", "agree", "agreed"],
        "decide": ["décidons", "decide", "decided"],
        "request": ["demandons", "appelons", "exhortons", "invitons", "prions", "prie", "demande", "engage", "invite", "exhorte", "call upon", "calls upon", "call on", "urge", "request"],
        "intend": ["entendons", "nous engageons", "s'engagent", "nous sommes engagés", "intend", "commit ourselves", "are committed", "pledge", "resolve"],
        "thank": ["remercions", "exprimons notre gratitude", "exprimons notre reconnaissance", "thank", "express our gratitude", "express our appreciation", "are grateful"],
        "support": ["appuyons", "soutenons", "support", "endorse"],
        "express": ["exprimons notre préoccupation", "espérons", "déplorons", "express concern", "express our deep concern", "express the hope", "hope", "deplore", "regret"],
        "adopt": ["adoptée", "adopté", "adoptés", "adoptées", "adopted"],
    }
    for code, wanted in expected.items():
        for form in wanted:
            assert forms.get(fold(form)) == code, (code, form, forms.get(fold(form)))


# ---------------------------------------------------------------- instruments

KINDS = {"strategy", "plan-of-action", "resolution", "declaration", "agenda", "convention", "treaty", "programme",
         "charter", "other"}
SYMBOL = re.compile(r"^((A|S)/RES/\S.*|A/\d+/\d+)?$")


def test_instruments(instruments):
    ids = [i["id"] for i in instruments]
    assert len(ids) == len(set(ids))
    for inst in instruments:
        assert set(inst) == {"id", "kind", "name_en", "name_fr", "variants_en", "variants_fr", "symbol", "date"}, inst["id"]
        assert inst["kind"] in KINDS, inst["id"]
        assert inst["name_en"].strip() and inst["name_fr"].strip(), inst["id"]
        assert SYMBOL.match(inst["symbol"]), (inst["id"], inst["symbol"])
        if inst["date"]:
            date.fromisoformat(inst["date"])
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", inst["date"])
    pairs = [(fold(v), i["id"]) for i in instruments for v in [i["name_en"], i["name_fr"]] + i["variants_en"] + i["variants_fr"]]
    assert not duplicates(pairs), duplicates(pairs)
    by_id = {i["id"]: i for i in instruments}
    assert by_id["global-counter-terrorism-strategy"]["symbol"] == "A/RES/60/288"
    assert by_id["global-counter-terrorism-strategy"]["date"] == "2006-09-08"
    assert by_id["unsc-resolution-1373"]["symbol"] == "S/RES/1373 (2001)"
    reviews = sorted((i for i in instruments if i["id"].startswith("global-counter-terrorism-strategy-review-")), key=lambda i: i["id"])
    assert [i["symbol"] for i in reviews] == ["A/RES/62/272", "A/RES/64/297", "A/RES/66/282", "A/RES/68/276",
                                             "A/RES/70/291", "A/RES/72/284", "A/RES/75/291", "A/RES/77/298"]


def test_instruments_and_organizations_do_not_share_names(orgs, instruments):
    org_names = {fold(v) for o in orgs for v in [o["name_en"], o["name_fr"]] + o["variants_en"] + o["variants_fr"]}
    inst_names = {fold(v) for i in instruments for v in [i["name_en"], i["name_fr"]] + i["variants_en"] + i["variants_fr"]}
    assert not org_names & inst_names, org_names & inst_names
