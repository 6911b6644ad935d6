"""The classes the thirty-third pass added (docs/coding.md, "Generated variation by class (thirty-third pass)"): a
negated finding of another test before a semicolon (its hypothetical cue, its organ's label and its "no evidence of
malignancy" reach no further), a paediatric note's "child" as the patient, ICD-10-CM's "part unspecified" organs
(the mediastinum), a combining form written after a histology, and the fifth-character status lookup.
Sentences written for the test (not any family's forms): cases to code and look-alikes to leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.icd10 import relapse_code, remission_code, status_code
from cancerprep.stages.coding.status import NOTHING_LEFT_RE
from tests.stages.coding.coded import code, code_all


# -- a negated finding of another test before a semicolon -------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a screening (a hypothetical cue) reaches no further than a negation over a clause of being
    ("Nothing suspicious on her screening mammogram; superficial spreading melanoma of the left calf, 1.1 mm.",
     ("melanoma", "C43")),
    ("Screening colonoscopy was clean; chronic lymphocytic leukemia with a lymphocyte count of 60,000.",
     ("leukemia", "C91")),
    # the organ of the other test labels nothing after the semicolon
    ("Thyroid FNA negative; cystoscopy today: low-grade papillary urothelial carcinoma at the dome, resected.",
     ("bladder", "C67")),
    ("No evidence of malignancy on the skin biopsy of the back; laryngoscopy showed a lesion of the left vocal "
     "cord; the biopsy is squamous cell carcinoma.", ("head_and_neck", "C32")),
])
def test_another_tests_negated_finding_ends_at_the_semicolon(coder: Coder, text: str,
                                                               expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a label that is the organ's own still names it, before or after another apex's result
    ("Prostate needle biopsy: right base: adenocarcinoma, Gleason 3+4; left base benign.", ("prostate", "C61")),
    # a screening whose finding is only asked for stays hypothetical
    ("Screening for cervical cancer; Pap smear collected today.", ("none", "")),
])
def test_a_label_and_a_screening_in_their_own_clause_are_unchanged(coder: Coder, text: str,
                                                                   expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def _patient_free(text: str) -> bool:
    m = NOTHING_LEFT_RE.search(text)
    return bool(m and m.group("patient"))


def test_a_biopsys_negative_result_is_no_patient_free_of_disease() -> None:
    assert not _patient_free("No evidence of malignancy on the parotid biopsy; x")
    assert not _patient_free("no evidence of malignancy in the marrow aspirate")
    # the patient's own state still is
    assert _patient_free("Restaging: no evidence of malignancy.")
    assert _patient_free("no evidence of malignancy on PET/CT")


def test_a_current_cancer_beside_a_past_one_is_not_made_history_by_a_biopsy_result(coder: Coder) -> None:
    text = ("No evidence of malignancy on the breast biopsy; hepatocellular carcinoma, 5 cm, with portal vein "
            "thrombus; also a history of rectal cancer resected in 2012.")
    assert code_all(coder, text)[1][0].startswith("C22")


# -- "child" as the patient ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Child with acute lymphoblastic leukemia, day 8 of induction, marrow pending.", ("leukemia", "C91")),
    ("A 4-year-old child with a right-sided Wilms tumor, after nephrectomy; vincristine continues.",
     ("kidney", "C64")),
    ("Oncology: child has medulloblastoma of the cerebellum, now on craniospinal radiotherapy.", ("brain", "C71")),
])
def test_a_child_who_is_the_subject_is_the_patient(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "Her child with leukemia is treated at another hospital; she is seen today for a sore throat.",
    "Child of a father with colon cancer, referred for genetic counselling.",
    "Family history: a child with neuroblastoma, now in remission. Patient here for a physical.",
])
def test_a_relatives_child_stays_a_relative(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


# -- organs of "part unspecified" titles; a combining form after a histology ----------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Mediastinal yolk sac tumor with AFP 9,000; BEP chemotherapy.", ("other_cancer", "C38")),
    ("Anterior mass; biopsy shows a seminoma of the mediastinum; testes normal on ultrasound.",
     ("other_cancer", "C38")),
    ("Serous adenocarcinoma, tubo-ovarian, high grade, with peritoneal carcinomatosis; carboplatin and paclitaxel.",
     ("other_cancer", "C56")),
])
def test_an_organ_named_by_its_part_unspecified_title_or_a_combining_form(coder: Coder, text: str,
                                                                           expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a mediastinal node of a lung cancer is no mediastinal primary
    ("Mediastinal lymph node biopsy: squamous cell carcinoma; PET shows a left upper lobe mass.", ("lung", "C34")),
    ("Primary mediastinal large B-cell lymphoma, on DA-EPOCH-R.", ("lymphoma", "C85")),
    ("Thymic carcinoma invading the mediastinal fat.", ("other_cancer", "C37")),
    # a choriocarcinoma of a pregnancy is still the placenta's
    ("Choriocarcinoma after a molar pregnancy with rising hCG; methotrexate.", ("other_cancer", "C58")),
    # a list of conditions after a comma links no site
    ("Cancer, diabetes, gastro-oesophageal reflux.", ("other_cancer", "C80")),
])
def test_mediastinal_and_combining_form_look_alikes(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


# -- the fifth character's status ----------------------------------------------------------------------------------
def test_status_code_names_the_status_it_is_given() -> None:
    import re

    assert status_code("C91.10", re.compile(r"\bin relapse$")) == "C91.12"
    assert status_code("C91.10", re.compile(r"\bin remission$")) == "C91.11"
    assert remission_code("C90.00") == "C90.01" and relapse_code("C90.00") == "C90.02"
    assert remission_code("C50.911") == "C50.911"  # no status child: the code stays
