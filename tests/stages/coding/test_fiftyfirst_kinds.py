"""The classes the fifty-first pass looks at (docs/coding.md, "A drug given now after "history of" ... (fifty-first
pass)"): a cancer's own drug given now in a clause after "history of ..., s/p <operation>" decides active status, while
a course ended, declined or past keeps the history code; and a cancer named only as the object of teaching, a cause,
a self-examination, genetic counseling, a revised belief or a screening's target stays uncoded. Sentences written for
this test before its first run (not any family's forms)."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from tests.stages.coding.coded import code, code_all


@pytest.mark.parametrize("text, category", [
    ("History of breast cancer, s/p lumpectomy, on tamoxifen.", "C50"),
    ("History of lung adenocarcinoma, s/p lobectomy, started osimertinib last month.", "C34"),
    ("PMH: breast cancer s/p lumpectomy and radiation, on letrozole.", "C50"),
    ("History of breast cancer status post lumpectomy, taking tamoxifen daily.", "C50"),
    ("History of lung cancer s/p lobectomy, started on osimertinib in March.", "C34"),
])
def test_a_drug_given_now_in_its_own_clause_decides_active_over_an_earlier_history(
        coder: Coder, text: str, category: str) -> None:
    assert code(coder, text)[1] == category


@pytest.mark.parametrize("text, first", [
    ("History of breast cancer, s/p lumpectomy, completed tamoxifen in 2018.", "Z85.3"),
    ("History of breast cancer, was on tamoxifen until 2015.", "Z85.3"),
    ("History of breast cancer, s/p lumpectomy, previously on letrozole, stopped due to arthralgias.", "Z85.3"),
    ("History of lung cancer, s/p lobectomy, no longer on osimertinib.", "Z85.118"),
    ("History of prostate cancer s/p prostatectomy, off leuprolide since 2019.", "Z85.46"),
    ("History of breast cancer, s/p lumpectomy, declined tamoxifen.", "Z85.3"),
    ("History of breast cancer treated with tamoxifen for 5 years, completed 2019.", "Z85.3"),
    ("History of breast cancer, s/p lumpectomy, on tamoxifen for 5 years, completed 2019.", "Z85.3"),
    ("History of breast cancer s/p lumpectomy and radiation, on lisinopril for hypertension.", "Z85.3"),
])
def test_a_course_ended_declined_or_past_keeps_the_history_code(coder: Coder, text: str, first: str) -> None:
    assert code_all(coder, text)[1][:1] == [first]


@pytest.mark.parametrize("text", [
    "Colon polyp found on screening for colon cancer.",
    "The mass was initially thought to be a sarcoma but pathology showed a schwannoma.",
    "Discussed that smoking causes lung cancer.",
    "Handout on testicular cancer self-examination given.",
    "Explained that colon polyps can turn into colon cancer if not removed.",
    "Alcohol may lead to liver cancer; cessation advised.",
    "Referred for genetic counseling for hereditary breast cancer.",
])
def test_a_cancer_taught_caused_self_examined_or_thought_of_is_not_coded(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


@pytest.mark.parametrize("text, category", [
    ("Adenocarcinoma of the sigmoid colon found on screening colonoscopy.", "C18"),
    ("Large mass causing obstruction; biopsy showed adenocarcinoma of the sigmoid colon.", "C18"),
    ("Breast cancer self-exam taught. Biopsy: invasive ductal carcinoma of the left breast.", "C50"),
    ("Genetic counseling for her invasive ductal carcinoma of the left breast, BRCA testing sent.", "C50"),
    # a belief held, not given up (a tuning note's form)
    ("Pleural biopsies that were thought to be consistent with malignant mesothelioma.", "C45"),
])
def test_the_patients_own_cancer_beside_those_cues_is_still_coded(coder: Coder, text: str, category: str) -> None:
    assert code(coder, text)[1] == category


@pytest.mark.parametrize("text, category", [
    ("Second-opinion review: the outside diagnosis was papillary thyroid carcinoma. On our review we interpret this "
     "as nodular hyperplasia.", ""),
    ("Outside pathology diagnosis of melanoma. On review, we interpret the lesion as an atypical Spitz nevus.", ""),
    ("Referred with an outside diagnosis of lymphoma; we classify this as reactive follicular hyperplasia.", ""),
    ("Consultation: the referring diagnosis was leiomyosarcoma. I would interpret this as a cellular leiomyoma.", ""),
    # the reviewer's own reading is coded from its own words; agreeing withdraws nothing
    ("The outside diagnosis was adenocarcinoma of the colon. On our review we interpret this as invasive "
     "adenocarcinoma of the sigmoid colon.", "C18"),
    ("Outside diagnosis: invasive ductal carcinoma of the left breast. We agree with the outside interpretation.",
     "C50"),
    ("The outside diagnosis was follicular adenoma. On our review we interpret this as follicular thyroid carcinoma "
     "with capsular invasion.", "C73"),
])
def test_an_outside_diagnosis_the_reviewer_reads_otherwise_is_withdrawn(
        coder: Coder, text: str, category: str) -> None:
    assert code(coder, text)[1] == category
