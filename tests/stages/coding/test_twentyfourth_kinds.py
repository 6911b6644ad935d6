"""The classes the twenty-fourth pass added: Latin organ genitives and German organ-carcinoma compounds
(`foreign.py`), an abbreviation written in another case than the vocabulary's, a grade cut from its initialism by a
line wrap, the ward's care after an operation, and a cancer an at-risk organ is watched for. Sentences written for
the test (no family's forms): cases to code, and look-alikes that must not change."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.foreign import english_organs
from tests.stages.coding.coded import code


@pytest.mark.parametrize("text, expected, category", [
    ("Carcinoma recti, 8 cm from the anal verge, after neoadjuvant chemoradiation.", "colorectal", "C20"),
    ("Ca ventriculi, diffuse type, for gastrectomy.", "stomach", "C16"),
    ("Carcinoma mammae sinistra, cT2 N1, on neoadjuvant chemotherapy.", "breast", "C50"),
    ("Carcinoma colli uteri, FIGO IB2, for chemoradiation.", "other_cancer", "C53"),
    ("Carcinoma pulmonis, on chemotherapy.", "lung", "C34"),
    ("Carcinoma vesicae urinariae, on BCG.", "bladder", "C67"),
    ("Bronchialkarzinom, rechts, on chemotherapy.", "lung", "C34"),
    ("Mammakarzinom links, on letrozole.", "breast", "C50"),
])
def test_latin_and_german_organ_names_code_their_organ(coder: Coder, text: str, expected: str,
                                                       category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text", [
    "Diastasis recti noted on exam; no hernia.",                       # "recti" after no cancer word
    "Tumor in the ventriculi laterales region on MRI, likely ependymoma.",  # the brain's ventricles
    "No carcinoma recti on the biopsy.",                               # read in English, still negated
])
def test_latin_look_alikes_stay_none(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


def test_english_organs_rewrites_only_after_a_cancer_word() -> None:
    assert english_organs("Carcinoma recti.") == "Carcinoma of the rectum."
    assert english_organs("Bronchialkarzinom") == "bronchial carcinoma"
    text = "Diastasis recti; m. rectus femoris."
    assert english_organs(text) is text


@pytest.mark.parametrize("text, expected, category", [
    ("Mcrpc, on enzalutamide.", "prostate", "C61"),
    ("chl, stage IIA, on ABVD.", "lymphoma", "C81"),
    ("Nsclc, stage IIIA, s/p chemoradiation, on durvalumab.", "lung", "C34"),
    ("MCRPC ON ENZALUTAMIDE. PSA RISING.", "prostate", "C61"),
    ("GIST OF THE STOMACH ON IMATINIB.", "other_cancer", "C49"),
])
def test_an_abbreviation_in_another_case_still_codes(coder: Coder, text: str, expected: str, category: str) -> None:
    assert code(coder, text) == (expected, category)


@pytest.mark.parametrize("text", [
    "Get the gist of the plan: pt has diabetes.",   # an English word, not written as a disease
    "Chl 0.12% mouthwash twice daily.",             # a short one with no disease cue
    "The PCA pump was removed on post-op day 2.",   # "PCa" is never folded
    "ALL THE LABS ARE NORMAL.",                     # capitals: still an English word
])
def test_folded_look_alikes_stay_none(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


def test_a_grade_on_the_next_line_stays_with_its_initialism(coder: Coder) -> None:
    assert code(coder, "Cervical biopsy: CIN\n3, LEEP planned.") == ("other_cancer", "D06")
    assert code(coder, "Pap: LSIL.\n3 months follow-up.") == ("none", "")
    assert code(coder, "CIN\n1 on biopsy.") == ("none", "")


@pytest.mark.parametrize("text, category", [
    ("s/p Whipple for ampullary adenocarcinoma, pT2N0; advancing diet, drains out.", "C24"),
    ("s/p right hemicolectomy for adenocarcinoma of the cecum, pT3N1; tolerating diet, JP drain removed today.",
     "C18"),
])
def test_ward_care_after_the_operation_keeps_the_cancer_current(coder: Coder, text: str, category: str) -> None:
    assert code(coder, text)[1] == category


@pytest.mark.parametrize("text, category", [
    ("Remote history of colon cancer s/p hemicolectomy 2009, tolerating regular diet, colonoscopy clear.", "Z85"),
    ("History of breast cancer s/p lumpectomy 2012; now admitted for cholecystectomy, advancing diet, drains out.",
     "Z85"),
])
def test_a_dated_or_other_operation_stays_history(coder: Coder, text: str, category: str) -> None:
    assert code(coder, text)[1] == category


@pytest.mark.parametrize("text", [
    "Chronic hepatitis B. US and AFP every 6 months for liver cancer surveillance.",
    "Hepatitis B on tenofovir; hepatocellular carcinoma surveillance with ultrasound every 6 months.",
    "Cirrhosis; HCC surveillance ultrasound negative.",
    "ULTRASOUND LIVER: CIRRHOSIS. NO FOCAL LESION. HCC SCREENING CONTINUES.",
])
def test_a_cancer_an_at_risk_organ_is_watched_for_is_none(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


@pytest.mark.parametrize("text, category", [
    ("Hepatocellular carcinoma s/p ablation 2021, on HCC surveillance imaging; hepatitis B on tenofovir.", "Z85"),
    ("Chronic hepatitis C; hepatocellular carcinoma diagnosed last month, on HCC surveillance protocol.", "C22"),
    ("Breast cancer surveillance mammogram; history of left breast cancer s/p lumpectomy 2018.", "Z85"),
])
def test_an_own_cancers_surveillance_still_codes(coder: Coder, text: str, category: str) -> None:
    assert code(coder, text)[1] == category


@pytest.mark.parametrize("text", [
    "Malignancy ruled out by excisional biopsy.",
    "The hepatic lesion hemangioma by its enhancement pattern. Hepatocellular carcinoma not suspected.",
    "Peds heme: 7-year-old w/ bruising; dx immune thrombocytopenic purpura. Leukemia considered but smear normal.",
    "Should pathology show malignancy, completion thyroidectomy would be offered.",
    "A primary bone tumor such as osteosarcoma in differential.",
    "Heme clinic: chronic ITP, rituximab weekly x4 started today. No splenomegaly, smear w/o blasts.",
])
def test_telegraphic_cues_without_a_copula_still_doubt_or_negate(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


@pytest.mark.parametrize("text, expected, category", [
    ("She had lymphoma as child; no records available.", "lymphoma", "Z85"),
    ("Melanoma of back excised in 2017 w/o recurrence. Today she starts neoadjuvant letrozole for newly diagnosed "
     "invasive lobular carcinoma of left breast.", "breast", "C50"),
    ("Decedent had known glioblastoma of left temporal lobe, diagnosed 10 months prior and treated w/ resection "
     "and temozolomide chemoradiation; head CT showed tumor progression.", "brain", "C71"),
    ("Melanoma of the back treated in 2016. New lung nodule biopsied to r/o metastatic melanoma; it is a primary "
     "lung adenocarcinoma, TTF-1 positive. Lobectomy next month.", "lung", "C34"),
    # a cue the shorthand does not touch, and a bare disease a copula-less cue is nowhere near
    ("Malignancy of the colon, resected; on FOLFOX.", "colorectal", "C18"),
    ("Suspected clinically and confirmed on biopsy: melanoma of the back, 1.2 mm, wide excision planned.",
     "melanoma", "C43"),
])
def test_shorthand_and_telegraphic_forms_keep_their_code(coder: Coder, text: str, expected: str,
                                                         category: str) -> None:
    assert code(coder, text) == (expected, category)


def test_a_negated_list_ending_in_disease_is_nothing_left(coder: Coder) -> None:
    text = ("Hodgkin lymphoma, diagnosed 2016; ABVD completed 2016. Current status: no evidence of inflammation, "
            "dysplasia or disease.")
    assert code(coder, text) == ("lymphoma", "Z85")


def test_a_folded_abbreviation_with_its_kind_before_the_stage(coder: Coder) -> None:
    assert code(coder, "CHL, NODULAR SCLEROSIS, STAGE IIA, C3 OF ABVD.") == ("lymphoma", "C81")
    assert code(coder, "Chl rinse, then mouthwash, stage of wound healing 2.") == ("none", "")


@pytest.mark.parametrize("text, category", [
    ("Cancer of the biliary tract, on gemcitabine and cisplatin.", "C24"),
    ("Carcinoma of the female genital organ, on chemotherapy.", "C57"),
    ("Biliary tract cancer, on chemotherapy.", "C24"),
])
def test_an_organ_named_only_by_its_unspecified_code_takes_that_code(coder: Coder, text: str, category: str) -> None:
    assert code(coder, text) == ("other_cancer", category)


def test_an_unspecified_title_of_several_sites_names_no_organ(coder: Coder) -> None:
    assert code(coder, "Carcinoma of the ill-defined sites within the digestive system, on chemotherapy.")[1] == "C80"
