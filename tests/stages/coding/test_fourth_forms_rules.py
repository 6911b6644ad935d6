"""Mechanisms added for the fourth family of coding forms (`coding_forms_probe --set fourth`, document kinds),
each with sentences written for the test, not the probe's forms: a case the mechanism must code and one it must
leave alone."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from tests.stages.coding.coded import code

# -- a dated treatment makes the cancer history, written before or after it, with a bare year too ----------

@pytest.mark.parametrize("text", [
    "Status post right hemicolectomy in 2015 for colon cancer, with no recurrence on surveillance.",
    "Status post sigmoid colectomy 2014 for colon cancer.",
    "Colon cancer status post colectomy with lymph node dissection in 2012.",
])
def test_dated_treatment_makes_history(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("colorectal", "Z85")


def test_treatment_without_a_past_date_leaves_an_active_recurrence(coder: Coder) -> None:
    assert code(coder, "Colon cancer status post colectomy, now with recurrence in the liver.") == \
        ("colorectal", "C18")


# -- a treatment of days or weeks ago is this episode's: the active code ---------------------------------

@pytest.mark.parametrize("text", [
    "Status post lumpectomy 12 days ago for breast cancer.",
    "Status post left mastectomy last week for breast cancer; drains in place.",
])
def test_recent_treatment_keeps_the_active_code(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("breast", "C50")


def test_undated_or_old_treatment_is_still_history(coder: Coder) -> None:
    assert code(coder, "Status post mastectomy 6 years ago for breast cancer.") == ("breast", "Z85")


# -- what screening found is no hypothesis --------------------------------------------------------------

def test_cancer_found_on_screening_is_coded(coder: Coder) -> None:
    assert code(coder, "A rectal adenocarcinoma was detected on his screening colonoscopy.") == \
        ("colorectal", "C20")


def test_screening_for_a_cancer_stays_none(coder: Coder) -> None:
    assert code(coder, "She is due for screening colonoscopy for colon cancer.") == ("none", "")


# -- short of a disease's diagnostic criteria -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Clonal B cells 1200 per microliter, below the threshold for chronic lymphocytic leukemia.",
    "M-spike 1.1 g/dL and 7% plasma cells; he does not meet criteria for multiple myeloma.",
])
def test_short_of_criteria_is_not_the_disease(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


def test_meeting_criteria_is_the_disease(coder: Coder) -> None:
    assert code(coder, "Plasma cells 45% with lytic lesions; she meets criteria for multiple myeloma.") == \
        ("myeloma", "C90")


# -- "in this patient with": the patient's own disease after a negation -----------------------------------

def test_negation_stops_at_the_patients_own_disease(coder: Coder) -> None:
    assert code(coder, "No evidence of recurrent disease in this man with a history of prostate cancer "
                       "treated in 2011.") == ("prostate", "Z85")


def test_negated_cancer_without_a_patient_phrase_stays_none(coder: Coder) -> None:
    assert code(coder, "No evidence of recurrent prostate cancer.") == ("none", "")


# -- "after": what a negated finding came after is an event, not the finding ------------------------------

def test_negation_does_not_reach_past_after(coder: Coder) -> None:
    assert code(coder, "No residual tumor after chemoradiation for squamous cell carcinoma of the anal canal.") == \
        ("colorectal", "C21")


def test_negation_before_after_still_negates(coder: Coder) -> None:
    assert code(coder, "No evidence of malignancy after a complete workup.") == ("none", "")


# -- "prophylaxis" negates only what is written right before it -----------------------------------------

def test_prophylaxis_does_not_reach_a_medication_lists_indication(coder: Coder) -> None:
    assert code(coder, "Medications: azacitidine for AML, valacyclovir 500 mg daily, fluconazole prophylaxis.") == \
        ("leukemia", "C92")


def test_cancer_prophylaxis_is_not_a_cancer(coder: Coder) -> None:
    assert code(coder, "Anastrozole for breast cancer prophylaxis.") == ("none", "")


# -- a pathology line's label names the organ for the sentences of its line -------------------------------

def test_line_label_sites_a_bare_histology(coder: Coder) -> None:
    assert code(coder, "STOMACH, ANTRUM, BIOPSY: Positive for malignancy. Adenocarcinoma.") == ("stomach", "C16")


def test_line_label_is_where_a_metastasis_spread(coder: Coder) -> None:
    assert code(coder, "LUNG, WEDGE: Positive for malignant cells. Metastatic adenocarcinoma.") == \
        ("other_cancer", "C80")


# -- a bracketed site before "primary" names the primary ------------------------------------------------

def test_bracketed_site_names_the_primary(coder: Coder) -> None:
    assert code(coder, "Neck node: metastatic squamous cell carcinoma, consistent with a pharyngeal (piriform "
                       "sinus) primary.") == ("head_and_neck", "C12")


def test_bracket_elsewhere_names_no_primary(coder: Coder) -> None:
    assert code(coder, "Neck node: metastatic squamous cell carcinoma (piriform sinus biopsy pending); primary "
                       "not identified.") == ("other_cancer", "C80")
