"""Issue 17's eighteenth coding pass (docs/coding.md, "Lineage, responses, one mass among many, care that is no cancer
treatment"): the lymphoid lineage a name writes, a response written after the treatment that gave it, the one organ
with a single mass, a next sentence that says nothing is left, numbered cycles in shorthand, and what a patient is
"receiving". Sentences written for the test (not any family's forms): cases each mechanism must code and look-alikes
it must leave."""

from __future__ import annotations

import pytest
import simple_icd_10_cm as cm

from cancerprep.stages.coding.coder import Coder
from tests.stages.coding.coded import code, code_all

# -- lymphoid lineage ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Pathology: ALK-positive large B-cell lymphoma involving the cervical nodes; R-CHOP planned.",
    "Impression: ALK positive large B-cell lymphoma, stage III, for first cycle next week.",
])
def test_a_b_cell_lymphoma_is_no_t_cell_kind(coder: Coder, text: str) -> None:
    # "ALK-positive" names C84.6 (anaplastic large cell, a T/NK-cell lymphoma); the B-cell lineage rules it out
    assert code_all(coder, text)[1][0][:5] == "C83.3"


@pytest.mark.parametrize("text, expected", [
    ("Marrow biopsy: T-cell prolymphocytic leukemia; alemtuzumab to start.", "C91.6"),
    ("Marrow biopsy: B-cell prolymphocytic leukemia; observation for now.", "C91.3"),
])
def test_lineage_chooses_between_kinds_of_one_name(coder: Coder, text: str, expected: str) -> None:
    assert code_all(coder, text)[1][0][:5] == expected


@pytest.mark.parametrize("text, expected", [
    # look-alikes: the T/NK-cell kinds keep their codes, and a name with no lineage is not filtered
    ("Lymph node excision: ALK-positive anaplastic large cell lymphoma; CHOP-based therapy planned.", "C84.6"),
    ("Lymph node excision: ALK-negative anaplastic large cell lymphoma.", "C84.7"),
    ("Nasal biopsy: extranodal NK/T-cell lymphoma, nasal type.", "C86.0"),
    ("Lymph node biopsy: intravascular large B-cell lymphoma.", "C83.8"),
])
def test_lineage_leaves_the_kinds_it_names(coder: Coder, text: str, expected: str) -> None:
    assert code_all(coder, text)[1][0][:5] == expected


def test_plasmablastic_lymphoma_is_coded_as_the_pinned_vocabulary_lists_it(coder: Coder) -> None:
    # the pinned ICD-10-CM lists "Plasmablastic diffuse large B-cell lymphoma" under C83.3 (not C83.8)
    assert any("plasmablastic" in t.lower() for t in cm.get_inclusion_term("C83.3"))
    assert not any("plasmablastic" in t.lower() for t in cm.get_inclusion_term("C83.8"))
    text = "Gingival biopsy: plasmablastic lymphoma, EBER positive; starting EPOCH."
    assert code_all(coder, text)[1][0][:5] == "C83.3"


# -- a response written after its treatment ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Heme history: HCL on cladribine, now in CR.",
    "Problem list: HCL treated with cladribine, now in complete remission.",
])
def test_made_initialism_with_its_response_after_the_treatment(coder: Coder, text: str) -> None:
    assert code_all(coder, text) == ("leukemia", ["C91.41"])


def test_complete_response_abbreviation_is_remission(coder: Coder) -> None:
    assert code_all(coder, "Hairy cell leukemia treated with cladribine, now in CR.") == ("leukemia", ["C91.41"])


def test_made_initialism_without_a_diagnosis_form_is_no_cancer(coder: Coder) -> None:
    # "HCL" not written as a diagnosis (no response, no "dx") stays unread
    assert code(coder, "Labs: HCL on the panel was normal; now in clinic for follow-up.") == ("none", "")


# -- one mass among several ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("CT showed a pancreatic body mass and several liver lesions. EUS-guided FNA: adenocarcinoma.",
     ("pancreas", "C25")),
    ("CT chest: multiple liver lesions and a right upper lobe nodule. CT-guided biopsy: adenocarcinoma.",
     ("lung", "C34")),
])
def test_the_one_single_mass_is_the_primary(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "CT showed a pancreatic mass and a liver mass. Biopsy: adenocarcinoma.",
    "CT showed pancreatic lesions and liver lesions. Biopsy: adenocarcinoma.",
])
def test_masses_alike_in_two_organs_name_no_primary(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("other_cancer", "C80")


# -- nothing left, said in the next sentence -------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Prostate cancer treated with radiation. No recurrence. Seen today for a cough.", "Z85"),
    ("Breast cancer, treated with lumpectomy. Surveillance mammogram normal. Seen for knee pain.", "Z85"),
])
def test_treated_and_nothing_left_in_the_next_sentence_is_history(coder: Coder, text: str, expected: str) -> None:
    assert code(coder, text)[1] == expected


@pytest.mark.parametrize("text, expected", [
    # look-alikes: nothing-left words that are not the next sentence's only news, or no treatment before them
    ("Prostate cancer treated with radiation. No recurrence until now: new bone metastases on scan.", "C61"),
    ("Prostate cancer. No recurrence. Seen today for a cough.", "C61"),
    ("Breast cancer treated with lumpectomy. Margins positive, re-excision planned.", "C50"),
])
def test_next_sentence_without_nothing_left_keeps_the_cancer(coder: Coder, text: str, expected: str) -> None:
    assert code(coder, text)[1] == expected


# -- a numbered cycle in shorthand ------------------------------------------------------------------------------------


def test_cycle_in_shorthand_is_a_course_going_on(coder: Coder) -> None:
    text = ("Onc hx: L breast IDC, triple negative, neoadj chemo then lumpectomy 2/2026 ypT0N0 (pCR). "
            "Now adj immunotherapy C4 of 9.")
    assert code(coder, text) == ("breast", "C50")


def test_a_number_after_a_capital_c_is_no_cycle(coder: Coder) -> None:
    # a vertebral level is no course of treatment: the past cancer stays history
    text = ("History of breast cancer treated in 2012, no evidence of disease. "
            "MRI: C5 of 7 cervical levels with disc bulge.")
    assert code(coder, text) == ("breast", "Z85")


# -- what a patient is receiving -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "History of breast cancer in 2016, currently receiving physical therapy for lymphedema of the arm.",
    "History of colon cancer s/p resection 2013, currently undergoing hemodialysis three times a week.",
    "History of Hodgkin lymphoma in 2009, receiving antibiotics for pneumonia.",
])
def test_care_for_another_condition_is_no_cancer_treatment(coder: Coder, text: str) -> None:
    assert code(coder, text)[1][0] == "Z"


@pytest.mark.parametrize("text", [
    "History of breast cancer in 2016, currently receiving adjuvant chemotherapy.",
    "History of colon cancer in 2014, currently receiving FOLFOX.",
    "History of breast cancer in 2016, currently undergoing treatment.",
])
def test_cancer_treatment_received_keeps_the_active_code(coder: Coder, text: str) -> None:
    assert code(coder, text)[1][0] == "C"


# -- names after a person in the possessive ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Excision of a violaceous plaque of the shin: Kaposi's sarcoma, HHV-8 positive.", ("other_cancer", "C46")),
    ("Nephrectomy specimen: Wilms' tumor of the right kidney, favourable histology.", ("kidney", "C64")),
    ("Right nipple punch biopsy: Paget's disease of the nipple, CK7 positive.", ("breast", "C50")),
])
def test_an_eponym_in_the_possessive_is_its_name(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_a_frequent_word_in_the_possessive_makes_no_name(coder: Coder) -> None:
    t = next(v for v in vars(coder).values() if type(v).__name__ == "TextCoder")
    assert "kaposi's sarcoma" in t.terms and "wilms' tumor" in t.terms
    assert "large's cell carcinoma" not in t.terms and "small's cell carcinoma" not in t.terms

