"""The classes the twenty-fifth pass added (docs/coding.md, "Verdicts after a differential, drugs that imply their
cancer, courses over and childhood codes (twenty-fifth pass)"): a result or verdict label after a differential, a
cancer-only drug of one type given as a course, a reason after a causal preposition, "free" before an analyte, a
survivorship plan whose course is over in sections that name no cancer, years counted from a treatment, a feared
recurrence, a cancer operation dated in a past year, a tumour's bone or organ from the note's one lesion, WHO's
myeloid leukaemia of Down syndrome, and the anal margin's skin. Sentences written for the test (not any family's
forms): cases to code and look-alikes to leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from tests.stages.coding.coded import code


@pytest.mark.parametrize("text, expected, category", [
    ("Multidisciplinary conference: 4 cm left renal mass. Differential: renal cell carcinoma, oncocytoma. Core biopsy: "
     "clear cell renal cell carcinoma, ISUP grade 2. Plan: partial nephrectomy.", "kidney", "C64"),
    ("Tumor board: anterior mediastinal mass in a 22-year-old. Differential: Hodgkin lymphoma, thymoma, germ cell "
     "tumour. Excisional biopsy: classic Hodgkin lymphoma, nodular sclerosis.", "lymphoma", "C81"),
    ("Case conference: pancreatic head mass. Differential: adenocarcinoma, autoimmune pancreatitis. Final: "
     "adenocarcinoma of the pancreas on EUS-FNA; neoadjuvant chemotherapy.", "pancreas", "C25"),
])
def test_a_verdict_label_after_a_differential_codes(coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text", [
    "Tumor board: Differential: lymphoma, metastatic carcinoma, sarcoidosis. Plan: mediastinoscopy next week.",
    "Dermatology board: Differential: melanoma, atypical nevus. Excision scheduled; pathology to follow.",
    "Tumor board: Differential: carcinoma, lymphoma. Biopsy: chronic inflammation, no malignancy seen.",
])
def test_a_differential_never_resolved_stays_none(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


@pytest.mark.parametrize("text, expected, category", [
    ("Medication list: letrozole 2.5 mg daily (adjuvant, year 2 of 5); calcium carbonate; vitamin D.", "breast",
     "C50"),
    ("Meds: enzalutamide 160 mg daily; lisinopril. Restaging scan last week: stable disease.", "prostate", "C61"),
    ("Current medications: alectinib 600 mg twice daily (second-line); omeprazole.", "lung", "C34"),
    ("Medications: ribociclib 600 mg days 1-21 (first-line); fulvestrant 500 mg monthly.", "breast", "C50"),
])
def test_a_drug_of_one_cancer_given_as_a_course_implies_it(coder: Coder, text: str, expected: str,
                                                            category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text", [
    "Medications: methotrexate 15 mg weekly for rheumatoid arthritis; folic acid.",
    "Medications: tamoxifen 10 mg daily for painful gynecomastia, year 1 of 2.",
    "Medications: tamoxifen 20 mg daily for prevention (BRCA1 carrier), year 1 of 5.",
    "Medications: letrozole 2.5 mg on days 3-7 for ovulation induction.",
    "Medications: rituximab 500 mg every 6 months for granulomatosis with polyangiitis, maintenance.",
    "Medications: anastrozole 1 mg daily; metformin 500 mg twice daily.",  # no course given
    "Medications: apalutamide 240 mg daily; amlodipine 5 mg daily.",  # no course given, whatever the drug
    "Medications: lenalidomide 10 mg daily, maintenance; aspirin.",  # a drug of two types (myeloma, lymphoma)
    "FAMILY HISTORY: Sister on adjuvant letrozole, year 3 of 5.",
    # an indication line naming no cancer: the drug's use is another ("Indication:", "Dx:")
    "ORDER VERIFICATION:\nTamoxifen 20 mg daily, maintenance.\nIndication: bipolar mania, adjunct per psychiatry.",
])
def test_a_drug_for_another_purpose_alone_or_a_relatives_implies_nothing(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


@pytest.mark.parametrize("text, expected, category", [
    ("Not a candidate for bariatric surgery given her newly diagnosed pancreatic adenocarcinoma.", "pancreas", "C25"),
    ("No knee replacement for now due to his metastatic colon cancer on FOLFOX.", "colorectal", "C18"),
    ("Follicular lymphoma on rituximab maintenance; TSH 6.1, free T4 normal.", "lymphoma", "C82"),
])
def test_a_reason_or_an_analyte_is_no_negation(coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text", [
    "He was not given a diagnosis of lymphoma at the outside hospital.",
    "No evidence of carcinoma given the benign cytology and stable size.",
])
def test_a_negation_before_its_own_object_still_negates(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


@pytest.mark.parametrize("text", [
    "Core biopsy of the left kidney: oncocytic neoplasm, favor renal cell carcinoma; further stains to follow.",
    "Punch biopsy: atypical melanocytic proliferation; melanoma cannot be entirely excluded.",
    "PET-CT: FDG-avid subcarinal node; malignancy is not excluded. Mediastinoscopy planned.",
    "Fine needle aspirate: atypical cells, lymphoma not entirely ruled out; excisional biopsy advised.",
])
def test_a_hedge_is_doubt_without_tissue_support(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


@pytest.mark.parametrize("text, expected, category", [
    ("Lung core biopsy: adenocarcinoma, TTF-1 positive, negative for CDX2 and GATA3, favoring a primary pulmonary "
     "adenocarcinoma.", "lung", "C34"),
    ("Left kidney core biopsy: clear cell renal cell carcinoma, consistent with the imaging.", "kidney", "C64"),
])
def test_a_stain_panels_support_or_a_consistent_finding_still_codes(coder: Coder, text: str, expected: str,
                                                                    category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text, expected, category", [
    ("SURVIVORSHIP PLAN:\nDiagnosis: stage II adenocarcinoma of the rectum (2017).\nTreatment completed: low anterior "
     "resection and chemoradiation, 2018.\nCurrent status: no evidence of disease.", "colorectal", "Z85"),
    ("Late effects clinic: seen 12 years after treatment for Wilms tumor; no evidence of disease.", "kidney", "Z85"),
    ("Visit for fear of recurrence. Ductal carcinoma of the right breast treated with lumpectomy and radiation in "
     "2015.", "breast", "Z85"),
    ("Low-grade papillary urothelial carcinoma of the bladder, TURBT 2021. Surveillance cystoscopy: no evidence of "
     "recurrence.", "bladder", "Z85"),
])
def test_a_course_over_long_ago_is_history(coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text, expected, category", [
    ("Survivorship visit: breast cancer on adjuvant anastrozole, year 2 of 5; no evidence of disease.", "breast",
     "C50"),
    ("Endometrial cancer treated by hysterectomy in 2016, now with a biopsy-proven pelvic recurrence.", "uterine",
     "C54"),
    ("Recurrence 14 years after treatment for breast cancer, now in the liver; starting capecitabine.", "breast",
     "C50"),
])
def test_a_course_going_on_or_a_real_recurrence_stays_active(coder: Coder, text: str, expected: str,
                                                            category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text, expected, category", [
    ("12-year-old with a left distal femoral lesion on MRI. Biopsy: osteosarcoma; MAP chemotherapy.", "other_cancer",
     "C40"),
    ("Painful mass of the right humerus. Biopsy: Ewing sarcoma; starting VDC/IE.", "other_cancer", "C40"),
    ("3-year-old with Down syndrome and acute myeloid leukemia, day 8 of induction.", "leukemia", "C92"),
    ("2-year-old with trisomy 21 and acute megakaryoblastic leukemia on induction.", "leukemia", "C92"),
    ("Myeloid leukemia associated with Down syndrome, on induction.", "leukemia", "C92"),
    ("Wilms tumor of the right kidney, stage II, on vincristine and dactinomycin.", "kidney", "C64"),
    ("Neuroblastoma of the left adrenal gland, high risk, on induction chemotherapy.", "other_cancer", "C74"),
    ("Medulloblastoma of the cerebellum, on craniospinal radiation.", "brain", "C71"),
    ("Retinoblastoma of the right eye, on intra-arterial chemotherapy.", "other_cancer", "C69"),
    ("Hepatoblastoma, PRETEXT II, on cisplatin.", "liver", "C22"),
])
def test_childhood_tumours_take_their_categories(coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text, expected, category", [
    ("Down syndrome; B-cell acute lymphoblastic leukemia in induction.", "leukemia", "C91"),
    ("Her brother has Down syndrome. She has acute myeloid leukemia, on induction.", "leukemia", "C92"),
    ("Adenocarcinoma of the lung, on carboplatin and pemetrexed. CT: right pleural mass.", "lung", "C34"),
])
def test_look_alikes_keep_their_codes(coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


def test_a_relatives_down_syndrome_gives_no_ml_ds_code(coder: Coder) -> None:
    r = coder.code_note({"patient_id": "p", "text": "Her brother has Down syndrome. She has acute myeloid leukemia, "
                                                   "on induction."})
    assert r.icd10 and not r.icd10[0].startswith("C92.Z")


@pytest.mark.parametrize("text, expected, category", [
    ("Squamous cell carcinoma of the anal margin, 2 cm, wide local excision planned.", "other_cancer", "C44"),
    ("Perianal skin: squamous cell carcinoma in situ (Bowen disease), excised.", "other_cancer", "D04"),
    ("Squamous cell carcinoma of the anal canal, on chemoradiation.", "colorectal", "C21"),
])
def test_the_anal_margin_is_skin_and_the_canal_is_not(coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)
