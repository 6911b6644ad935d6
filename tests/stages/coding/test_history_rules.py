"""History vs active and whose cancer it is: mechanisms of the generalisation pass after the fifth forms family
(docs/coding.md), each with sentences written for the test: a case the mechanism must code and one it must leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from tests.stages.coding.coded import code

# -- a diagnosis just made is not history, whatever history cue stands before it -------------------------------


def test_newly_diagnosed_ends_an_earlier_history_cue(coder: Coder) -> None:
    assert code(coder, "Past history of asthma and newly diagnosed squamous cell carcinoma of the left lower lobe, "
                       "seen to plan treatment.") == ("lung", "C34")


def test_history_cue_still_reaches_an_old_diagnosis(coder: Coder) -> None:
    assert code(coder, "Past history of asthma and squamous cell carcinoma of the left lower lobe resected "
                       "in 2012.") == ("lung", "Z85")


# -- a past dated treatment whose phrase holds the cancer ("s/p X for <cancer> in <year>") ----------------------


@pytest.mark.parametrize("text", [
    "s/p right hemicolectomy for colon adenocarcinoma in 2011, here for a cough",
    "Status post radical nephrectomy for renal cell carcinoma in 2015; creatinine stable.",
])
def test_dated_treatment_around_the_cancer_is_history(coder: Coder, text: str) -> None:
    assert code(coder, text)[1].startswith("Z85")


def test_recent_treatment_around_the_cancer_stays_active(coder: Coder) -> None:
    assert code(coder, "s/p right hemicolectomy for colon adenocarcinoma last week, drain in place.") == \
        ("colorectal", "C18")


# -- ICD-10-CM guideline I.C.2.d: treatment over and nothing left is personal history ----------------------------


@pytest.mark.parametrize("text, want", [
    ("Follow-up plan. Diagnosis: diffuse large B-cell lymphoma, stage II. Therapy completed in 2018. Current "
     "status: NED.", ("lymphoma", "Z85")),
    ("Cancer: left breast invasive ductal carcinoma, stage I. She finished adjuvant radiation in 2015 and has "
     "no current treatment.", ("breast", "Z85")),
])
def test_treatment_over_and_no_disease_is_history(coder: Coder, text: str, want: tuple[str, str]) -> None:
    assert code(coder, text) == want


@pytest.mark.parametrize("text, want", [
    # still treated: a cancer-only drug now
    ("Left breast invasive ductal carcinoma; completed chemotherapy in 2021, no evidence of disease, continues "
     "anastrozole.", ("breast", "C50")),
    # treatment over, but no statement that nothing is left
    ("Diffuse large B-cell lymphoma, therapy completed last month; restaging PET is pending.", ("lymphoma", "C83")),
    # a course not finished
    ("Sigmoid colon adenocarcinoma, 4 of 6 cycles of FOLFOX given; no evidence of disease on CT.",
     ("colorectal", "C18")),
])
def test_treatment_going_on_or_disease_unknown_stays_active(coder: Coder, text: str, want: tuple[str, str]) -> None:
    assert code(coder, text) == want


# -- intravesical BCG: a bladder cancer treatment going on, only beside a bladder tumour ------------------------


@pytest.mark.parametrize("text", [
    "Past history of urothelial carcinoma of the bladder; receiving maintenance BCG every three months.",
    "History of bladder tumor resected in 2019 with BCG instillations since, last instillation two weeks ago.",
])
def test_bcg_course_going_on_keeps_bladder_cancer_active(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("bladder", "C67")


@pytest.mark.parametrize("text, want", [
    # a finished course in a past history
    ("PMH: bladder cancer 2012, TURBT followed by BCG, surveillance cystoscopies clear.", ("bladder", "Z85")),
    # BCG the vaccine
    ("History of bladder cancer resected in 2014. He received the BCG vaccine as a child in India.",
     ("bladder", "Z85")),
    # no bladder tumour: BCG says nothing of another cancer
    ("History of colon cancer resected in 2014. He is receiving BCG in a vitiligo trial.", ("colorectal", "Z85")),
])
def test_bcg_without_a_course_or_a_bladder_tumour_changes_nothing(coder: Coder, text: str,
                                                                  want: tuple[str, str]) -> None:
    assert code(coder, text) == want


# -- sixth family's written forms: a suspicion that prompted a biopsy, "dz", a student's time, years after ----


def test_concern_of_is_a_suspicion(coder: Coder) -> None:
    assert code(coder, "Shave biopsy of the left shoulder for concern of melanoma: dysplastic nevus, mild "
                       "atypia.") == ("none", "")


def test_melanoma_without_a_suspicion_cue_is_coded(coder: Coder) -> None:
    assert code(coder, "Shave biopsy of the left shoulder: invasive melanoma, Breslow 0.6 mm.")[0] == "melanoma"


def test_dz_is_disease_and_college_is_long_past(coder: Coder) -> None:
    assert code(coder, "Hodgkin dz treated in college with ABVD; now with hypothyroidism.") == ("lymphoma", "Z85")
    assert code(coder, "Hodgkin dz, cycle 2 of ABVD, tolerating well.") == ("lymphoma", "C81")


def test_years_after_treatment_without_evidence_of_disease_is_history(coder: Coder) -> None:
    assert code(coder, "She is seen 12 years after lumpectomy and radiation for left breast carcinoma and remains "
                       "without evidence of disease.") == ("breast", "Z85")
    # years after treatment alone is not enough: nothing says no disease is left
    assert code(coder, "Left breast carcinoma, 12 years after lumpectomy; a new left breast mass was "
                       "biopsied.") == ("breast", "C50")
