"""The classes the forty-first pass added (found by the forty-first classes of `coding_variation --status`, set into
tuning notes): an endocrine agent of ATC L02 that also treats other diseases keeps a past cancer it treats active; a
tumour's malignancy said in a predicate after a clause ("The left breast nodule, removed in March, proved to be
malignant"); "the cancer recurred" with adverbs between; spread in other words ("secondaries", "new liver deposits");
a "tumor" of an organ whose tumours are no cancer by rule made one by an antineoplastic of its type; a relative's
recurrence or course outside a family section; an organ's adjective of Latin stem ("vesical"); the side of the named
cancer carried to a bare recurrence. Sentences written for the test (not any note's text): cases and look-alikes."""

from __future__ import annotations

import re

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.decide import _agreed_side
from cancerprep.stages.coding.foreign import english_organs
from cancerprep.stages.coding.status import RECURRED, relative_subject
from cancerprep.stages.coding.textcoder import Mention, _malignant_said_after, endocrine_antineoplastics
from tests.stages.coding.coded import code, code_all


@pytest.mark.parametrize("text, expected", [
    ("Prostate cancer treated with a radical prostatectomy in 2005, now on triptorelin.", ("prostate", "C61")),
    ("History of breast cancer, a left mastectomy in 2005; receives goserelin every three months.",
     ("breast", "C50")),
    ("History of endometrial cancer, a total abdominal hysterectomy in 2005; receives medroxyprogesterone every "
     "three months.", ("uterine", "C54")),
])
def test_an_endocrine_agent_of_the_cancers_atc_class_keeps_it_active(coder: Coder, text: str,
                                                                      expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    # taken in the past, or for another disease, or by a relative; or a cancer its class does not treat
    ("Prostate cancer, a radical prostatectomy in 2005, no recurrence; completed five years of triptorelin in 2009.",
     ("prostate", "Z85")),
    ("History of breast cancer, a left mastectomy in 2005, no recurrence. She received leuprolide for endometriosis "
     "last year.", ("breast", "Z85")),
    ("She has a thyroid nodule. She takes leuprolide for endometriosis.", ("none", "")),
    ("Colon cancer, a sigmoid colectomy in 2005, no evidence of disease. Now on leuprolide.", ("colorectal", "Z85")),
])
def test_an_endocrine_agent_given_otherwise_leaves_the_history(coder: Coder, text: str,
                                                               expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_endocrine_agents_are_read_by_atc_class_with_the_types_each_treats() -> None:
    pattern, treats = endocrine_antineoplastics()
    assert treats["goserelin"] == frozenset({"prostate", "breast"}) and "uterine" in treats["megestrol"]
    assert pattern.search("on Lupron Depot") and not pattern.search("on leuprolidex")
    assert not set(treats) & {"tamoxifen", "letrozole", "bicalutamide"}  # the cancer-only drugs are read apart


@pytest.mark.parametrize("text, expected", [
    ("The left breast nodule, removed in March, proved to be malignant.", ("breast", "C50")),
    ("A lesion of the right lung, which was biopsied on Friday, was malignant.", ("lung", "C34")),
    ("A sigmoid colon mass, resected last week, was malignant.", ("colorectal", "C18")),
])
def test_a_malignancy_said_after_a_clause_between_commas(coder: Coder, text: str,
                                                         expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_the_predicate_rewrite_leaves_negations_and_named_diseases() -> None:
    for text in ("A left kidney mass, biopsied last week, was benign.", "A mass in the left breast was not malignant.",
                 "The mass was malignant melanoma."):
        assert _malignant_said_after(text) == text
    assert _malignant_said_after("Thyroid nodules, biopsied in May, were malignant.").startswith(
        "malignant Thyroid masses,")
    assert _malignant_said_after("A large mass, which grew, was malignant.") == \
        "A malignant large mass, which grew, was malignant."  # no organ: no site is read from it


@pytest.mark.parametrize("text", [
    "Breast cancer was treated with a left mastectomy in 2005, but the cancer recurred last year.",
    "History of breast cancer, a left mastectomy in 2005; the tumour has since recurred locally.",
    "Breast cancer, a left mastectomy in 2005; restaging CT shows new liver deposits.",
    "History of breast cancer, a left mastectomy in 2005, now with secondaries in the liver.",
])
def test_a_return_or_spread_in_other_words_keeps_a_past_cancer_active(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("breast", "C50")


def test_spread_words_need_a_tumours_deposit() -> None:
    spread = re.compile(RECURRED, re.I)
    assert spread.search("new liver deposits") and spread.search("secondary deposits in bone")
    assert spread.search("the cancer has since recurred") and spread.search("liver mets")
    for text in ("calcium deposits in the aorta", "new urate deposits", "the pain recurred", "gout has recurred"):
        assert not spread.search(text), text


@pytest.mark.parametrize("text, expected", [
    ("Brain tumor, status post resection in 2005, now on temozolomide.", ("brain", "C71")),
    ("She has a kidney tumor and started axitinib last month.", ("kidney", "C64")),
    # no antineoplastic of its type, or one for another disease: a tumour is no cancer
    ("Brain tumor, status post resection in 2005. She takes methotrexate for rheumatoid arthritis.", ("none", "")),
    ("She has a kidney tumor. Her mother is on axitinib.", ("none", "")),
])
def test_a_tumour_treated_with_an_antineoplastic_of_its_type_is_its_cancer(coder: Coder, text: str,
                                                                           expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "Breast cancer, a left mastectomy in 2005, no evidence of disease. Her mother had recurrent ovarian cancer.",
    "History of breast cancer, treated with a left mastectomy in 2005, no recurrence. Her sister's colon cancer "
    "recurred last year.",
    "Her brother is receiving chemotherapy for lung cancer. She has a history of breast cancer, a left mastectomy in "
    "2005, no recurrence.",
])
def test_a_relatives_recurrence_or_course_leaves_the_patients_history(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("breast", "Z85")


def test_the_patients_own_recurrence_beside_a_relative_stays_active(coder: Coder) -> None:
    text = ("History of breast cancer, a left mastectomy in 2005. Her mother had ovarian cancer. She now has a local "
            "recurrence.")
    assert code(coder, text) == ("breast", "C50")
    assert relative_subject("x. Her sister's colon cancer recurred", 20)
    assert not relative_subject("x. She recurred after her mother died", 10)


@pytest.mark.parametrize("text, expected", [
    ("Vesical small cell carcinoma was diagnosed on biopsy last week.", ("bladder", "C67")),
    ("Metastatic carcinoma of vesical origin, on chemotherapy.", ("bladder", "C67")),
])
def test_an_organs_latin_adjective_before_a_cancer_word(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_the_organ_adjective_is_read_only_before_a_cancer_word() -> None:
    for text in ("vesical calculus; lung cancer", "vesical stones and lung cancer", "caecal volvulus",
                 "nasal basal cell carcinoma", "thymic carcinoma"):  # no organ-only adjective, or one of a term
        assert english_organs(text) == text
    assert english_organs("Ureteric urothelial carcinoma") == "Ureter urothelial carcinoma"


def test_the_named_cancers_side_is_carried_to_a_bare_recurrence(coder: Coder) -> None:
    text = ("History of renal cell carcinoma of the left kidney, nephrectomy in 2005. A biopsy this week showed "
            "recurrent carcinoma.")
    assert code_all(coder, text) == ("kidney", ["C64.2"])


def test_a_side_is_carried_only_where_the_cancers_mentions_agree() -> None:
    bare = Mention(0, 9, "kidney", "C64.9", "hpi")
    left = Mention(20, 40, "kidney", "C64.9", "hpi", side="left")
    right = Mention(50, 70, "kidney", "C64.9", "hpi", side="right")
    other = Mention(80, 90, "breast", "C50.9", "hpi", side="right")
    assert _agreed_side([bare, left, other], bare) == "left"
    assert _agreed_side([bare, left, right], bare) is None
    assert _agreed_side([bare, other], bare) is None  # another cancer's side is not this one's
