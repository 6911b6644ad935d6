"""Issue 17's seventeenth coding pass (docs/coding.md, "Sub-site initialisms, compound adjectives and head nouns"):
initials of the taxonomy's anatomical names ("BOT"), a disease abbreviation written right before its site, compound
adjectives the medical vocabulary attests ("adrenocortical") and the head noun that names a disease ("plasmablastic
lymphoma"). Sentences written for the test (not any family's forms): cases each mechanism must code and look-alikes it
must leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from tests.stages.coding.coded import code

# -- sub-site initialisms --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Assessment: squamous cell carcinoma of the BOT, planned chemoradiation.", ("head_and_neck", "C01")),
    ("Impression: HNSCC R BOT, p16 positive, to start chemoradiation.", ("head_and_neck", "C01")),
    ("ERCP brushings: cholangiocarcinoma of the CBD; stent placed.", ("other_cancer", "C24")),
])
def test_initials_of_a_taxonomy_sub_site_name_the_site(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_sub_site_initials_match_only_in_capitals(coder: Coder) -> None:
    # the lower-case letters are another word ("bot"): the sub-site is not read, the cancer keeps its own site
    assert code(coder, "Squamous cell carcinoma of the right tonsil; the bot was unremarkable.") == (
        "head_and_neck", "C09")


def test_initials_shared_by_two_categories_are_left(coder: Coder) -> None:
    # "LL" would be lower lobe (C34) or lung lining (C38): two letters and two categories, never an initialism
    t = next(v for v in vars(coder).values() if type(v).__name__ == "TextCoder")
    assert "LL" not in t._site_initials and "BOT" in t._site_initials and "CBD" in t._site_initials


def test_abbreviation_before_a_site_that_does_not_fit_keeps_its_organ(coder: Coder) -> None:
    # a renal cell carcinoma written before "lung" is not a lung cancer (the site must fit the histology)
    assert code(coder, "Assessment: RCC lung nodules, on cabozantinib.")[0] == "kidney"


# -- compound adjectives -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Assessment: adrenocortical carcinoma, stage II, resected last month.",
    "Assessment: adreno-cortical carcinoma, stage II, resected last month.",
])
def test_compound_adjective_reads_as_its_two_words(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("other_cancer", "C74")


def test_unattested_compound_is_no_term(coder: Coder) -> None:
    t = next(v for v in vars(coder).values() if type(v).__name__ == "TextCoder")
    assert "adrenocortical carcinoma" in t.terms
    assert "renocell carcinoma" not in t.terms  # "renal cell": no compound medicine writes


# -- head nouns ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected_type", [
    ("Pathology: plasmablastic lymphoma of the oral cavity, HIV positive.", "lymphoma"),
    ("Assessment: plasma cell leukemia, on daratumumab.", "myeloma"),       # the taxonomy's own myeloma name
    ("Assessment: solitary plasmacytoma of bone.", "myeloma"),
    ("Assessment: T lymphoblastic leukemia/lymphoma, on induction.", "leukemia"),  # a leukemia/lymphoma pair
])
def test_head_noun_names_the_disease(coder: Coder, text: str, expected_type: str) -> None:
    assert code(coder, text)[0] == expected_type


def test_name_of_two_diseases_keeps_its_range_type(coder: Coder) -> None:
    # the ICD-O-3 name of CLL/SLL ends in "lymphoma" but names the leukemia first: its morphology range decides
    t = next(v for v in vars(coder).values() if type(v).__name__ == "TextCoder")
    assert t.terms["chronic lymphocytic leukemia small lymphocytic lymphoma"].type_id == "leukemia"
    assert t.terms["plasmablastic lymphoma"].type_id == "lymphoma"
