"""Speech acts: the authors' verbs count, participles inside clauses and non-acts do not."""

from __future__ import annotations

import pytest

from kg.document import TextView
from kg.extract.acts import acts_of_sentence


def codes(sentence: str) -> list[str]:
    _, found = acts_of_sentence(TextView.of_source(sentence))
    return [code for _, _, code in found]


@pytest.mark.parametrize("sentence, expected", [
    ("Nous condamnons fermement le terrorisme et considérons que la prévention est essentielle.", ["condemn"]),
    ("Nous nous félicitons du fait que le Secrétaire général ait pris l'initiative.", ["welcome"]),
    ("Nous sommes également conscients de l'appui précieux du Centre.", ["recognize"]),
    ("Nous prenons acte avec satisfaction de l'achèvement des travaux, et décidons de poursuivre.", ["note", "decide"]),
    ("le Plan d'action conjoint adopté à Achgabat le 30 novembre 2011.", []),
    ("Adoptée le 13 juin 2017, à Achgabat.", ["adopt"]),
    ("We strongly condemn terrorism and reaffirm our commitment to the Strategy.", ["condemn", "affirm"]),
    ("We, the Ministers for Foreign Affairs of Kazakhstan and Kyrgyzstan, welcome the report.", ["welcome"]),
    ("The Minister for Foreign Affairs of Norway thanked the Government of Indonesia.", ["thank"]),
    ("The Parties committed to strengthening cooperation and to supporting each other.", ["intend"]),
    ("We look forward to the next meeting and encourage all States to participate.", []),
    ("Reaffirms its commitment to the Charter of the United Nations.", ["affirm"]),
    ("Calls upon all States to implement the resolution.", ["request"]),
    ("Nous exhortons la communauté internationale à intensifier son appui.", ["request"]),
    ("Les ministres ont salué les efforts du Bureau.", ["welcome"]),
])
def test_acts_of_the_authors(sentence, expected):
    assert codes(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Nous, ministres de la région, réunis à Dacca, conscients des risques, réaffirmons notre engagement.", ["affirm"]),
    ("We take note of the Glasgow Climate Pact, adopted at the Conference held in Glasgow.", ["note"]),
    ("We will continue to support the programmes of the World Food Programme.", ["support"]),
    ("Nous continuerons d'appuyer les programmes du Programme alimentaire mondial.", ["support"]),
    ("The participants support the efforts of UNECE, agree to accelerate the work, and decide to meet.",
     ["support", "agree", "decide"]),
])
def test_appositions_participles_and_modals(sentence, expected):
    assert codes(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Nous prenons acte de l'achèvement du projet, et décidons, afin d'aller plus loin, de nous appuyer sur cette base.",
     ["note", "decide"]),
    ("Nous demandons à l'Organisation de continuer, notamment par l'intermédiaire de son Équipe, d'appuyer la mise en œuvre.",
     ["request"]),
])
def test_an_infinitive_after_a_comma_is_a_purpose_not_an_act(sentence, expected):
    assert codes(sentence) == expected
