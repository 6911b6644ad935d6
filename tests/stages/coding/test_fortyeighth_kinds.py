"""The classes the forty-eighth pass added for the decision that fails most on unseen forms, a cancer given no code
(`coding_nocode_causes`: most such misses never reach a vocabulary word): a cancer told by its evidence rather than a
word, a regimen of cancer-only drugs that all treat one type, a tumour marker followed after its organ's cancer
operation, an adjuvant course of a drug written by its name. Sentences written for the test (not any note's text):
cases and look-alikes."""

from __future__ import annotations

import re

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.course import adjunct_given, course_named, sentence_bounds
from cancerprep.stages.coding.sideways import regimen_types
from tests.stages.coding.coded import code

_DRUGS = {"letrozole": ["breast"], "femara": ["breast"], "palbociclib": ["breast"],
          "lenalidomide": ["lymphoma", "myeloma"], "bortezomib": ["myeloma"], "pemetrexed": ["lung", "other_cancer"]}
_DRUG_RE = re.compile(r"(?<![\w-])(?i:(" + "|".join(_DRUGS) + r"))(?![\w-])")


def _regimen(text: str, drug: str) -> frozenset[str]:
    at = text.lower().index(drug)
    return regimen_types(text, at, at + len(drug), _DRUG_RE, _DRUGS, [(0, "narrative")])


def test_a_regimen_names_the_one_type_its_drugs_share() -> None:
    assert _regimen("She is on letrozole and palbociclib.", "letrozole") == {"breast"}
    assert _regimen("Started bortezomib, lenalidomide and dexamethasone.", "lenalidomide") == {"myeloma"}
    assert _regimen("She is on letrozole.", "letrozole") == frozenset()  # one drug alone says too little
    assert _regimen("She is on letrozole (Femara).", "letrozole") == frozenset()  # one drug by two names
    assert _regimen("Letrozole for ovulation induction and palbociclib.", "letrozole") == frozenset()  # another purpose
    # drugs of separate clauses are no regimen
    assert _regimen("She took letrozole in 2019; palbociclib was discussed.", "letrozole") == frozenset()


@pytest.mark.parametrize("text, expected", [
    ("She is on letrozole and palbociclib.", ("breast", "C50")),
    ("On letrozole and palbociclib for 8 months; CT stable.", ("breast", "C50")),
    ("Radical prostatectomy 2021, PSA undetectable.", ("prostate", "Z85")),
    ("Thyroglobulin undetectable after total thyroidectomy.", ("thyroid", "Z85")),
    ("Post Whipple, on adjuvant capecitabine and gemcitabine.", ("pancreas", "C25")),
])
def test_a_cancer_told_by_its_evidence(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "She is on letrozole.",  # one drug: the tenth pass's rule
    "Her mother took letrozole and palbociclib.",  # a relative's
    "Total thyroidectomy for goiter in 2015; TSH normal on levothyroxine.",  # no marker of the organ's cancer
    "PSA 0.8 last year; TURP for obstruction in 2020.",  # no cancer operation
    "Cholecystectomy in 2015, adjuvant to nothing.",  # no course
])
def test_evidence_of_no_one_cancer_stays_none(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


def test_a_marker_beside_its_organs_operation_is_a_course() -> None:
    text = "Radical prostatectomy 2021, PSA undetectable."
    op = (0, len("Radical prostatectomy"), "prostate")
    psa = (text.index("PSA"), text.index("PSA") + 3, "prostate")
    assert course_named(text, [op], [psa]) == text.replace("prostatectomy", "prostatectomy for carcinoma")
    assert course_named(text, [op]) == text  # no marker given: an operation alone
    assert course_named(text, [op], [(psa[0], psa[1], "breast")]) == text  # another type's marker


def test_an_adjuvant_drug_is_a_course_and_a_decimal_point_ends_no_sentence() -> None:
    assert adjunct_given("on adjuvant capecitabine", 0, 24)
    assert not adjunct_given("no adjuvant capecitabine", 0, 24)
    text = "PSA 0.01 after radical prostatectomy. Next"
    assert sentence_bounds(text, 20) == (0, text.index(". Next"))
