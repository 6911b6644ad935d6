"""The status of each cancer mention and the main cancer among several (docs/coding.md, "Status of each cancer
mention"): one test per class, with sentences written for the test (not any family's forms), cases the mechanism must
code and look-alikes it must leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.status import PAST, PRESENT, UNSAID, WEAK_PAST, mention_status, phrase_bounds
from tests.stages.coding.coded import code

# -- the status of a phrase ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("phrase, expected", [
    ("Seminoma of the right testis 1990, orchiectomy and RT, cured.", PAST),
    ("Melanoma of the left calf excised 2014, no recurrence, continue annual skin checks.", PAST),
    ("Prostate adenocarcinoma, treated with prostatectomy 2011, PSA undetectable since.", PAST),
    ("Rectal adenocarcinoma, cT3N1, on short-course RT then CAPOX.", PRESENT),
    ("Breast cancer s/p lumpectomy 2019, now on anastrozole.", PRESENT),
    ("Colon cancer resected 2016, no recurrence; new liver lesion, biopsy shows metastatic adenocarcinoma.", PRESENT),
    ("Prostate cancer - treated with brachytherapy.", WEAK_PAST),
    ("Invasive ductal carcinoma of the left breast, 1.4 cm, ER positive.", UNSAID),
])
def test_status_of_a_phrase(phrase: str, expected: int) -> None:
    assert mention_status(phrase) == expected


@pytest.mark.parametrize("phrase", [
    "Renal cell carcinoma resected 2012, no evidence of recurrence, no progression.",  # negated present words
    "Endometrial cancer, TLH/BSO 2018, recurrence-free; follow up in 1 year.",
    "Thyroid cancer, thyroidectomy 2005, Tg undetectable on last check.",  # "on" a test is no treatment
])
def test_negated_or_follow_up_words_make_nothing_present(phrase: str) -> None:
    assert mention_status(phrase) == PAST


def test_phrase_is_cut_at_list_items_and_at_the_clause_of_the_next_cancer() -> None:
    text = "1. Breast cancer 2009, lumpectomy, NED.\n2. Lung adenocarcinoma, starting chemoradiation."
    lo, hi = phrase_bounds(text, 0, len(text), text.index("Breast"), text.index(" 2009"))
    assert text[lo:hi].strip().endswith("NED.")
    prose = "CLL not requiring treatment; cystoscopy showed urothelial carcinoma of the bladder, starting MVAC"
    bladder = (prose.index("urothelial"), len(prose) - len(", starting MVAC"))
    lo, hi = phrase_bounds(prose, 0, len(prose), 0, 3, [bladder])
    assert prose[lo:hi] == "CLL not requiring treatment"
    lo, hi = phrase_bounds(prose, 0, len(prose), *bladder, [(0, 3)])
    assert prose[lo:hi].startswith(" cystoscopy") and "MVAC" in prose[lo:hi]


def test_two_cancers_of_one_clause_share_its_words() -> None:
    text = "CLL/SLL with 17p deletion, on ibrutinib."
    lo, hi = phrase_bounds(text, 0, len(text), 0, 3, [(4, 7)])
    assert "ibrutinib" in text[lo:hi]


# -- the main cancer among several: the one treated, planned or found now -------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("PROBLEMS:\n- Seminoma of the right testis 1990, orchiectomy and RT, cured.\n"
     "- Rectal adenocarcinoma, cT3N1, on short-course RT then CAPOX.", ("colorectal", "C20")),
    ("ASSESSMENT:\n1. Prostate cancer - treated with brachytherapy, PSA nadir 0.1.\n"
     "2. Lung adenocarcinoma, RLL, T1bN0 - SBRT planned.", ("lung", "C34")),
    ("HPI: Her breast cancer was treated with mastectomy and chemotherapy; she has had no recurrence of her breast "
     "cancer and sees breast oncology yearly for her breast cancer survivorship. Today she presents with a lung mass; "
     "biopsy shows adenocarcinoma of the lung. Plan lobectomy.", ("lung", "C34")),
    ("CANCER HISTORY:\n- Left breast IDC stage I, lumpectomy, radiation, anastrozole completed.\nCURRENT PROBLEM:\n"
     "- Adenocarcinoma of the right colon on colonoscopy; hemicolectomy next week.", ("colorectal", "C18")),
])
def test_the_cancer_treated_now_is_the_main_one(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the cancer written first or most often, but with nothing said of its time, stays the main one
    ("ASSESSMENT:\n1. Lung adenocarcinoma, stage IV, EGFR exon 19.\n2. Lung adenocarcinoma with brain lesions.\n"
     "3. Hx of basal cell carcinoma of the nose, Mohs 2015.", ("lung", "C34")),
    # two cancers both treated now: the first, as before
    ("ASSESSMENT:\n1. Multiple myeloma on lenalidomide maintenance.\n2. Prostate cancer on leuprolide.",
     ("myeloma", "C90")),
])
def test_order_and_weight_still_decide_among_equals(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


# -- a cancer watched, not treated, after one treated or newly found -------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("HPI: 80M with chronic lymphocytic leukemia not requiring treatment, presenting with hematuria; cystoscopy and "
     "TURBT show high-grade urothelial carcinoma of the bladder, muscle invasive. Discussed cystectomy.",
     ("bladder", "C67")),
    ("ASSESSMENT:\n1. Marginal zone lymphoma, therapy not indicated.\n2. Hepatocellular carcinoma, segment 6, "
     "TACE scheduled.", ("liver", "C22")),
])
def test_a_watched_cancer_comes_after_a_treated_one(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_a_watched_cancer_alone_keeps_its_code(coder: Coder) -> None:
    assert code(coder, "ASSESSMENT: CLL, Rai stage 0, not requiring treatment; CBC in 6 months.") == ("leukemia", "C91")


# -- personal history: a cancer whose own words give two kinds of past evidence ---------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Problem list:\n1. Hypertension.\n2. Prostate adenocarcinoma, treated with prostatectomy 2011, PSA undetectable "
     "since.\n3. Type 2 diabetes.", ("prostate", "Z85")),
    ("Problem list:\n1. Papillary thyroid carcinoma, total thyroidectomy and RAI 2010, Tg undetectable, in "
     "remission.\n2. Osteoarthritis.", ("thyroid", "Z85")),
    ("A/P: 1) Melanoma of the left calf excised 2014, no recurrence, annual skin checks. 2) Hyperlipidemia.",
     ("melanoma", "Z85")),
    ("PT EVALUATION: Lymphedema of the left arm after mastectomy and axillary dissection for breast cancer 2015, NED. "
     "Compression garment.", ("breast", "Z85")),
])
def test_past_in_its_own_words_is_personal_history(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    # one kind of past evidence only: a surgery with no date may be this episode's
    ("ASSESSMENT: Breast cancer, s/p lumpectomy, ER positive.", ("breast", "C50")),
    # past evidence, but treatment going on or disease present
    ("ASSESSMENT: Prostate cancer, prostatectomy 2017, biochemical recurrence with PSA 0.6 rising; salvage RT planned.",
     ("prostate", "C61")),
    ("ASSESSMENT: Colon cancer, hemicolectomy 2020, now on adjuvant capecitabine.", ("colorectal", "C18")),
    ("HPI: Kidney cancer treated with nephrectomy 2016. Now with lung nodules, biopsy: metastatic clear cell renal "
     "cell carcinoma. Starting pembrolizumab.", ("kidney", "C64")),
])
def test_present_words_keep_the_active_code(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


# -- lists of benign or uncertain-behaviour conditions, and other people's cancers, make no cancer ---------------------


@pytest.mark.parametrize("text", [
    "PROBLEM LIST:\n1. Low-grade appendiceal mucinous neoplasm, s/p appendectomy.\n2. Intraductal papillary mucinous "
    "neoplasm on MRI surveillance.\n3. Hypertension.",
    "Problems: 1. Serous borderline tumor of the ovary, s/p staging surgery. 2. Lynch syndrome carrier. 3. Anemia.",
    "DISCHARGE DIAGNOSES: polycythemia vera on ruxolitinib; myelodysplastic syndrome, low risk; colon polyps.",
    "Assessment: Serous tumor of low malignant potential of the left ovary; oncocytoma of the left kidney.",
    "Problems: Neoplasm of uncertain behavior of the parotid gland; schwannoma of the spine.",
    "SOCIAL WORK: Pt's spouse recently died of lung cancer; grief counseling. Pt has depression.",
    "ED NOTE: Fall at home. Wife has stage IV ovarian cancer and patient is her caregiver. X-rays negative.",
])
def test_no_cancer_in_benign_lists_or_others_cancers(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


# -- care notes: the cancer in passing, and radiation or iodine for benign disease -----------------------------------


@pytest.mark.parametrize("text, expected", [
    ("RADIATION THERAPY SUMMARY: Adjuvant vaginal cuff brachytherapy 2100 cGy/3 fx for stage IB endometrioid "
     "adenocarcinoma of the endometrium.", ("uterine", "C54")),
    ("NUTRITION NOTE: Dysphagia after radiation for tongue cancer in 2012, no evidence of disease; pureed diet.",
     ("head_and_neck", "Z85")),
    ("HOSPICE RECERTIFICATION: Terminal diagnosis: end-stage dementia. Comorbidities: CKD, remote breast cancer s/p "
     "mastectomy 1990.", ("breast", "Z85")),
    ("ED NOTE: Seizure. Known glioblastoma, right frontal, on temozolomide. Levetiracetam loaded.", ("brain", "C71")),
])
def test_care_notes_code_the_cancer_in_passing(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "RADIATION ONCOLOGY: SRS 18 Gy to a left frontal arteriovenous malformation. No seizures.",
    "RT SUMMARY: Postoperative radiation to the right ear keloid bed, 1500 cGy in 3 fractions, completed.",
    "NUCLEAR MEDICINE: Radioactive iodine ablation 20 mCi for toxic multinodular goiter.",
    "ED NOTE: CT: 3 cm left renal cyst, Bosniak II, benign. Flank pain from a 5 mm stone.",
])
def test_care_notes_for_benign_disease_make_no_cancer(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")
