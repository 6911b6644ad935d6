"""The ICD-10-CM category decisions the eighth forms family turned on (docs/coding.md, "ICD category decisions (eighth
forms family, and the pass after it)"): one test per mechanism, with sentences written for the test (not the family's
forms), a case the mechanism must code and one it must leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.icd10 import invasive_code
from tests.stages.coding.coded import code

# -- treatment that ended, and nothing left: personal history ----------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # the course named in the sentence ("cycles") is the past one when the note says treatment is over
    ("She had lung cancer treated with lobectomy and four cycles of chemotherapy in 2012; she finished "
     "chemotherapy in 2013 and has received no cancer treatment since.", ("lung", "Z85")),
    ("History: left breast cancer, lumpectomy and radiation, completed five years of letrozole in 2018; she has "
     "had no further therapy since and her mammograms are clear.", ("breast", "Z85")),
    # a time of life long past, as an age under adulthood
    ("He had Wilms tumor at age 4, treated with nephrectomy and chemotherapy, and has been off therapy since.",
     ("kidney", "Z85")),
    ("She had acute myeloid leukemia at the age of 9, treated with chemotherapy, and has been off all therapy for "
     "decades.", ("leukemia", "Z85")),
])
def test_treatment_over_is_history(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("She had breast cancer diagnosed at age 58, treated with lumpectomy, and she is on anastrozole.",
     ("breast", "C50")),
    ("He finished two cycles of chemotherapy for lung cancer last week and starts cycle 3 on Monday.",
     ("lung", "C34")),
])
def test_treatment_going_on_stays_active(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


# -- "prior to" a planned operation is before it, not a past event ------------------------------------------------


def test_prior_to_a_planned_resection_is_active(coder: Coder) -> None:
    assert code(coder, "Seen prior to a planned distal pancreatectomy for a pancreatic tail adenocarcinoma.") \
        == ("pancreas", "C25")
    assert code(coder, "Prior lobectomy for lung adenocarcinoma in 2011, with no evidence of disease since.") \
        == ("lung", "Z85")


# -- microinvasion makes a carcinoma in situ invasive --------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Left breast, needle-localized excision: DCIS, cribriform type, with two foci of microinvasion.",
     ("breast", "C50")),
    ("Left breast, excision: ductal carcinoma in situ; no microinvasion is identified.", ("breast", "D05")),
    ("Left breast, excision: ductal carcinoma in situ, suspicious for microinvasion.", ("breast", "D05")),
])
def test_microinvasion(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_invasive_code_of_an_in_situ_row() -> None:
    assert (invasive_code("D05.12"), invasive_code("D09.0"), invasive_code("D01.5")) == ("C50", "C67", None)


# -- a specimen's structure is what is free or negative -----------------------------------------------------------


def test_a_structure_free_leaves_the_tumour(coder: Coder) -> None:
    assert code(coder, "Bladder, cold cup biopsy: carcinoma in situ, urothelial; lamina propria free.") \
        == ("bladder", "D09")
    assert code(coder, "Right axillary lymph nodes negative for carcinoma.")[0] == "none"


# -- distance from the anal verge is a rectal level ----------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Sigmoidoscopy found a friable lesion 7 cm above the anal verge; biopsies showed adenocarcinoma.",
     ("colorectal", "C20")),
    ("Flexible endoscopy: a circumferential mass 12-14 cm from the anal verge, biopsied; pathology revealed "
     "adenocarcinoma.", ("colorectal", "C20")),
    ("Biopsy of a mass in the anal canal showed squamous cell carcinoma.", ("colorectal", "C21")),
])
def test_distance_from_the_anal_verge(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


# -- a subtype occurs where its parent histology does --------------------------------------------------------------


def test_a_subtype_links_where_its_parent_occurs(coder: Coder) -> None:
    assert code(coder, "Anus, excisional biopsy: basaloid squamous cell carcinoma, moderately differentiated.") \
        == ("colorectal", "C21")
    # ... not to an organ it spread to
    assert code(coder, "Liver, core biopsy: metastatic basaloid squamous cell carcinoma.")[1] != "C22"


# -- an operation that removes an organ names it (the words the vocabulary lacked) ---------------------------------


def test_parotidectomy_names_the_parotid(coder: Coder) -> None:
    assert code(coder, "He underwent a total parotidectomy, and final pathology showed acinic cell carcinoma.") \
        == ("head_and_neck", "C07")
    assert code(coder, "He underwent a superficial parotidectomy for a pleomorphic adenoma.")[0] == "none"


# -- the malignant grade of a tumour whose plain name is benign ----------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("MRI after resection of a right convexity meningioma, WHO grade III, shows no residual tumor.",
     ("brain", "C70")),
    ("Anaplastic meningioma of the tentorium, for adjuvant radiotherapy.", ("brain", "C70")),
    ("Left frontal atypical meningioma, WHO grade 2, resected.", ("none", "")),
    ("Meningioma (WHO grade 1) of the planum sphenoidale.", ("none", "")),
])
def test_malignant_grade_of_a_benign_name(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


# -- a melanoma of the eye is coded at the eye ---------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Choroidal melanoma, left eye, treated with plaque brachytherapy this month.", ("melanoma", "C69")),
    ("Right eye, enucleation: melanoma, mixed spindle and epithelioid cell type.", ("melanoma", "C69")),
    ("Liver, biopsy: metastatic melanoma.", ("melanoma", "C43")),
])
def test_eye_melanoma_by_site(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


# -- what is left of a condition is its own phrase (coding_eval tuning miss) ---------------------------------------


def test_no_residual_qualifies_its_own_condition(coder: Coder) -> None:
    assert code(coder, "Past history of a stroke with no residual weakness and renal cell carcinoma with lung "
                       "metastases, now on sunitinib.")[0] == "kidney"
    assert code(coder, "Rectum, low anterior resection after chemoradiation: no residual adenocarcinoma.")[0] \
        == "none"


# -- a primary named by a compound adjective of organs (seventh family's tuning miss) --------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Imaging: a mass in the pancreatic body and several liver lesions. Biopsy of a liver lesion showed "
     "adenocarcinoma compatible with a pancreaticobiliary primary.", ("pancreas", "C25")),
    # no mass of the organs it names: the liver is still where it spread, the primary unknown
    ("Core biopsy of the liver showed adenocarcinoma compatible with a pancreaticobiliary primary.",
     ("other_cancer", "C80")),
])
def test_compound_primary(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected
