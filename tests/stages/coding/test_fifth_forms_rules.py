"""Mechanisms added for the fifth family of coding forms (`coding_forms_probe --set fifth`, writing styles),
each with sentences written for the test, not the probe's forms: a case the mechanism must code and one it must
leave alone."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from tests.stages.coding.coded import code

# -- what a negative stain list supports, after a comma, is the finding ------------------------------------

def test_comma_supporting_ends_a_negation(coder: Coder) -> None:
    assert code(coder, "Immunostains are negative for CK20 and TTF-1, supporting a primary urothelial carcinoma "
                       "of the bladder.") == ("bladder", "C67")


def test_findings_supporting_without_a_comma_stay_negated(coder: Coder) -> None:
    assert code(coder, "There are no findings supporting lymphoma.") == ("none", "")


# -- a diagnosis not made, or only weighed, written after the disease --------------------------------------

@pytest.mark.parametrize("text", [
    "Lymphoma has not been confirmed on the node biopsy.",
    "He has not been diagnosed with cancer.",
    "Myeloma was considered, but the marrow showed only reactive plasmacytosis.",
])
def test_diagnosis_not_made_or_considered_is_none(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


@pytest.mark.parametrize("text, want", [
    ("Lymphoma has been confirmed on the node biopsy.", ("lymphoma", "C85")),
    ("Myeloma was diagnosed on marrow biopsy and she started daratumumab.", ("myeloma", "C90")),
])
def test_diagnosis_made_is_coded(coder: Coder, text: str, want: tuple[str, str]) -> None:
    assert code(coder, text) == want


# -- a trial's inclusion criteria name a disease the patient must have, not one they have ---------------

def test_inclusion_requirement_is_hypothetical(coder: Coder) -> None:
    assert code(coder, "Enrollment requires a histologically confirmed renal cell carcinoma; the core biopsy "
                       "showed an oncocytoma.") == ("none", "")


def test_enrolled_patient_with_confirmed_cancer_is_coded(coder: Coder) -> None:
    assert code(coder, "He was enrolled after biopsy confirmed renal cell carcinoma of the left kidney.") == \
        ("kidney", "C64")


# -- a risk group written after the disease is not a risk of getting it ------------------------------------

def test_risk_group_keeps_the_disease(coder: Coder) -> None:
    assert code(coder, "Acute myeloid leukemia, adverse risk, receiving induction with 7+3.") == ("leukemia", "C92")


def test_high_risk_for_a_disease_stays_none(coder: Coder) -> None:
    assert code(coder, "She is at high risk for acute myeloid leukemia given prior chemotherapy.") == ("none", "")


# -- a course finished and off for a while is history; one going on or just finished is not ----------------

@pytest.mark.parametrize("text, want", [
    ("Hodgkin lymphoma treated with ABVD, off therapy for 12 years, no evidence of disease.", ("lymphoma", "Z85")),
    ("Now 8 years out from lobectomy for lung adenocarcinoma.", ("lung", "Z85")),
    ("Endometrial adenocarcinoma, hysterectomy and brachytherapy completed 2016.", ("uterine", "Z85")),
])
def test_finished_course_is_history(coder: Coder, text: str, want: tuple[str, str]) -> None:
    assert code(coder, text) == want


@pytest.mark.parametrize("text, want", [
    ("Hodgkin lymphoma treated with ABVD, on therapy, cycle 3.", ("lymphoma", "C81")),
    ("Now 8 weeks out from lobectomy for lung adenocarcinoma, starting adjuvant chemotherapy.", ("lung", "C34")),
    ("Endometrial adenocarcinoma, hysterectomy last week, brachytherapy to start.", ("uterine", "C54")),
])
def test_course_going_on_is_active(coder: Coder, text: str, want: tuple[str, str]) -> None:
    assert code(coder, text) == want


# -- a cancer watched rather than treated is present --------------------------------------------------------

def test_active_surveillance_is_active(coder: Coder) -> None:
    assert code(coder, "Prostate adenocarcinoma, Gleason 3+4, managed with active surveillance since 2019.") == \
        ("prostate", "C61")


def test_dated_treatment_without_surveillance_is_history(coder: Coder) -> None:
    assert code(coder, "Prostate adenocarcinoma treated with prostatectomy in 2019.") == ("prostate", "Z85")


# -- "primary" says nothing of which lymphoma (ICD-10-CM title words) ---------------------------------------

def test_primary_alone_does_not_pick_the_cutaneous_category(coder: Coder) -> None:
    assert code(coder, "Primary CNS lymphoma on methotrexate.") == ("lymphoma", "C85")


def test_primary_mediastinal_lymphoma_keeps_its_category(coder: Coder) -> None:
    assert code(coder, "Primary mediastinal large B-cell lymphoma.") == ("lymphoma", "C85")


# -- a drug the note says was not given is no treatment now -------------------------------------------------

def test_declined_drug_leaves_history(coder: Coder) -> None:
    assert code(coder, "Breast cancer treated with lumpectomy in 2012. Declined tamoxifen.") == ("breast", "Z85")


def test_continued_drug_is_treatment(coder: Coder) -> None:
    assert code(coder, "Breast cancer treated with lumpectomy in 2012. Continues tamoxifen.") == ("breast", "C50")


# -- an organ followed by transplant / graft words names a graft, not the tumour's site ---------------------

def test_transplant_recipient_organ_is_not_the_site(coder: Coder) -> None:
    assert code(coder, "Punch biopsy shows squamous cell carcinoma in this kidney transplant recipient.")[0] == \
        "other_cancer"


def test_organ_without_graft_word_is_the_site(coder: Coder) -> None:
    assert code(coder, "Renal cell carcinoma of the left kidney.") == ("kidney", "C64")


# -- "and a family history" is a new item: it does not reach back to the patient's own disease ------------

def test_family_history_joined_by_and_leaves_the_patients_own_cancer(coder: Coder) -> None:
    assert code(coder, "Patient with a personal history of renal cell carcinoma treated in 2011 and a family "
                       "history of colon polyps.") == ("kidney", "Z85")


@pytest.mark.parametrize("text", [
    "Hypertension and a family history of colon cancer.",
    "Colon cancer, family history.",
])
def test_family_history_still_marks_the_relatives_cancer(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")
