"""The classes the fiftieth pass looks at (docs/coding.md, "A doubt's cue that reaches too far ... (fiftieth pass)"):
a hypothetical cue (a screening, a risk, teaching, a condition, a plan's "would") in an earlier clause, line or list
item over a cancer the note asserts or tissue proves; a differential a later tissue result settles; and a treatment
given now deciding active status over "history of". Sentences written for this test before its first run (not any
family's forms): cases to code and look-alikes to leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from tests.stages.coding.coded import code, code_all


@pytest.mark.parametrize("text, expected, category", [
    ("Discussed screening. Biopsy: adenocarcinoma of the prostate, Gleason 3+4.", "prostate", "C61"),
    ("Discussed screening options with the patient\nBiopsy: adenocarcinoma of the prostate, Gleason 3+4",
     "prostate", "C61"),
    ("Screening colonoscopy performed; pathology: invasive adenocarcinoma of the sigmoid colon.",
     "colorectal", "C18"),
    ("Risk factors: 40 pack-years, asbestos exposure\nAssessment: squamous cell carcinoma of the right upper lobe, "
     "stage IIIA", "lung", "C34"),
    ("Risks include bleeding, infection and injury to nearby organs.\nPreoperative diagnosis: invasive ductal "
     "carcinoma of the left breast.", "breast", "C50"),
    ("Risks include:\n- bleeding\n- infection\n- nerve injury\nPreoperative diagnosis: papillary thyroid carcinoma.",
     "thyroid", "C73"),
    ("Counseled on sun protection. Excision: superficial spreading melanoma of the left forearm, Breslow 0.6 mm.",
     "melanoma", "C43"),
    ("If she develops fever she will call the clinic.\nAssessment: metastatic adenocarcinoma of the lung on "
     "pemetrexed maintenance.", "lung", "C34"),
    ("Surgery would be the next step. The biopsy showed adenocarcinoma of the gastric antrum.", "stomach", "C16"),
    ("In the event of fever, go to the emergency department. Induction chemotherapy for acute myeloid leukemia "
     "continues.", "leukemia", "C92"),
])
def test_a_hypothetical_cue_of_an_earlier_clause_or_line_does_not_reach_the_cancer(
        coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text, expected, category", [
    ("Discussed screening; biopsy: adenocarcinoma of the prostate", "prostate", "C61"),
    ("Suspicious for lymphoma; biopsy: follicular lymphoma, grade 1-2", "lymphoma", "C82"),
    ("Would favor lymphoma; flow cytometry: chronic lymphocytic leukemia", "leukemia", "C91"),
    ("Concern for malignancy, biopsy: adenocarcinoma of the lung", "lung", "C34"),
    ("Evaluate for neoplasm - biopsy: chronic lymphocytic leukemia.", "leukemia", "C91"),
    ("Question of lymphoma\nSurgical pathology confirmed classic Hodgkin lymphoma.", "lymphoma", "C81"),
])
def test_a_tissue_result_after_its_label_settles_an_earlier_cue(
        coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text, expected, category", [
    ("Instructed on mouth care during chemotherapy for acute myeloid leukemia.", "leukemia", "C92"),
    ("She is developing neuropathy from chemotherapy for colon cancer.", "colorectal", "C18"),
    ("Screened for clinical trials for metastatic melanoma.", "melanoma", "C43"),
    ("Evaluate for neoplasm\nNow on chemotherapy for adenocarcinoma of the right upper lobe of the lung.", "lung",
     "C34"),
    ("Patient educated about her diagnosis of invasive ductal carcinoma of the right breast.", "breast", "C50"),
])
def test_a_course_trial_or_own_diagnosis_ends_a_teaching_or_screening_cue(
        coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text, expected, category", [
    ("DDx lymphoma vs carcinoma; biopsy: diffuse large B-cell lymphoma.", "lymphoma", "C83"),
    ("Differential diagnosis included metastatic carcinoma and lymphoma. Core biopsy showed classic Hodgkin "
     "lymphoma, nodular sclerosis type.", "lymphoma", "C81"),
    ("Ddx abscess vs neoplasm. CT-guided biopsy: adenocarcinoma of the right lower lobe of the lung.", "lung", "C34"),
    ("Concern for lymphoma versus metastatic disease; excisional node biopsy confirmed follicular lymphoma, grade 2.",
     "lymphoma", "C82"),
])
def test_a_differential_a_later_tissue_result_settles_is_coded(
        coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text", [
    "Discussed colon cancer screening. Colonoscopy next year.",
    "Risks include bleeding, infection and a missed cancer.",
    "Risks include:\n- bleeding\n- infection\n- a missed cancer",
    "DDx lymphoma vs carcinoma; biopsy pending.",
    "Differential includes lymphoma and metastatic carcinoma. Biopsy showed reactive follicular hyperplasia.",
    "If the biopsy shows carcinoma, she will need a lobectomy.",
    "Counseled on the warning signs of melanoma. Skin exam normal.",
    "Risk factors for breast cancer: family history, nulliparity.",
    "Would consider a biopsy to exclude lymphoma.",
    "Screening mammogram: BI-RADS 1, negative. Discussed breast cancer risk.",
    "Suspicious for lymphoma; biopsy: atypical lymphoid infiltrate, cannot exclude lymphoma.",
    "Biopsy: lymphoma versus reactive hyperplasia.",
    "Screening for lung cancer; biopsy: granuloma.",
    "Educated about breast cancer.",
    "Counseled on the risk of developing leukemia during chemotherapy.",
    "Screened for clinical trials of lung cancer screening.",
    "No evidence of malignancy; biopsy: benign.",
    "Negative for malignancy - cytology: atypical cells.",
    "Inclusion requires histologically confirmed adenocarcinoma of the pancreas.",
    "No history of chemotherapy for cancer.",
])
def test_a_doubt_or_plan_alone_stays_none(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


@pytest.mark.parametrize("text, prefix", [
    ("History of breast cancer, currently on letrozole.", "C50"),
    ("History of prostate cancer, now receiving radiation therapy to the prostate bed.", "C61"),
    ("History of colon cancer, currently undergoing adjuvant FOLFOX, cycle 5.", "C18"),
    ("Hx of multiple myeloma on lenalidomide maintenance.", "C90"),
    ("History of breast cancer. Currently on anastrozole, tolerating well.", "C50"),
])
def test_treatment_given_now_makes_a_history_of_cancer_active(coder: Coder, text: str, prefix: str) -> None:
    assert code_all(coder, text)[1][0].startswith(prefix)


@pytest.mark.parametrize("text, prefix", [
    ("History of breast cancer, treated with lumpectomy and radiation in 2012, no current treatment.", "Z85.3"),
    ("History of colon cancer, completed FOLFOX in 2015, no evidence of disease since.", "Z85.03"),
    ("History of prostate cancer, radiation in 2010; now on lisinopril for hypertension.", "Z85.46"),
])
def test_a_past_course_stays_history(coder: Coder, text: str, prefix: str) -> None:
    assert code_all(coder, text)[1][0].startswith(prefix)


@pytest.mark.parametrize("text, expected, category", [
    ("Evaluate for neoplasm - core biopsy showed follicular lymphoma, grade 2.", "lymphoma", "C82"),
    ("Evaluate for neoplasm, final pathology revealed papillary thyroid carcinoma.", "thyroid", "C73"),
    ("Evaluate for malignancy.", "none", ""),
    ("Evaluate for lymphoma vs sarcoidosis.", "none", ""),
])
def test_evaluate_for_doubts_so_a_result_after_it_settles_it(
        coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text, expected, category", [
    ("Prostate adenocarcinoma detected by PSA screening.", "prostate", "C61"),
    ("Cervical squamous cell carcinoma found after an abnormal screening Pap.", "other_cancer", "C53"),
    ("Breast cancer, screening-detected.", "breast", "C50"),
    # look-alikes: nothing found, or a relative's
    ("No cancer detected by PSA screening.", "none", ""),
    ("Breast cancer noted in her mother on screening.", "none", ""),
    ("Screening for prostate cancer by PSA.", "none", ""),
])
def test_a_cancer_a_screening_test_found_is_no_hypothesis(
        coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)
