"""The classes the twenty-ninth pass added (docs/coding.md, "Coded and semi-structured data (twenty-ninth pass)"):
an ICD-O-3 behaviour of benign or borderline beside a histology, a record corrected after the fact ("changed from X to
Y", "X was a dictation error", a code line's "code entered in error"), a billing code chosen ahead of its biopsy, an
ICD-10-CM risk code's title ("genetic susceptibility to malignant neoplasm of ..."), a problem list's "resolved",
an order's sought recurrence ("r/o recurrence") and a treatment response to assess.
Sentences written for the test (not any family's forms): cases to code and look-alikes to leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coded import (
    anticipated_code,
    benign_behaviour,
    corrected_away,
    irradiated_site,
    risk_title,
    risk_title_prefixes,
)
from cancerprep.stages.coding.coder import Coder
from tests.stages.coding.coded import code


# -- ICD-O-3 behaviour ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "CASE REVIEW: Site C56.1 Right ovary; Morphology 8472/1 Mucinous cystadenoma, borderline malignancy; not "
    "reportable.",
    "Registry note: Topography C56.9 Ovary; Histology 8442/1 serous tumour of low malignant potential.",
    "Abstract: Site C73.9 Thyroid gland; Histology 8330/0 Follicular adenoma; Behavior 0 benign.",
])
def test_a_benign_or_borderline_behaviour_is_no_cancer(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


@pytest.mark.parametrize("text, expected", [
    ("Abstract: Site C50.4 Upper-outer quadrant of breast; Histology 8500/3 Infiltrating duct carcinoma; Grade 2.",
     ("breast", "C50")),
    ("Abstract: Site C50.9 Breast; Histology 8500/2 Intraductal carcinoma, noninfiltrating; Behavior 2.",
     ("breast", "D05")),
    ("Abstract: Site C56.9 Ovary; Histology 8461/3 Serous carcinoma, high grade; Behavior 3 malignant.",
     ("other_cancer", "C56")),
])
def test_a_malignant_or_in_situ_behaviour_still_codes(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_the_behaviour_of_another_histology_is_not_this_ones() -> None:
    text = "Histology 8140/3 adenocarcinoma; second lesion 8210/0 adenomatous polyp"
    at = text.index("adenocarcinoma")
    assert not benign_behaviour(text, at, at + len("adenocarcinoma"))
    text = "Morphology 8140/3 adenocarcinoma, then 8211/0 tubular adenoma; Behavior 0"
    assert not benign_behaviour(text, at, at + len("adenocarcinoma"))


# -- records corrected after the fact ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Correction: the impression that reads pancreatic adenocarcinoma was a transcription error; it should read "
    "pancreatic pseudocyst.",
    "Cause of death, line b, changed from carcinoma of the colon to ischaemic colitis after the autopsy.",
    "CODED DIAGNOSES: C50.911 Malignant neoplasm of unspecified site of right female breast. Physician comment: "
    "diagnosis entered in error, core biopsy benign; now coded N60.11.",
])
def test_a_corrected_diagnosis_is_dropped(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


@pytest.mark.parametrize("text, expected", [
    # a correction of the side keeps the cancer
    ("CODED DIAGNOSES: C50.911 Malignant neoplasm of unspecified site of right female breast. Comment: laterality "
     "entered in error, the tumour is in the left breast.", ("breast", "C50")),
    # the error concerns another condition in the next sentence
    ("CODED DIAGNOSES: C61 Malignant neoplasm of prostate. Gleason 4+3 adenocarcinoma on biopsy. Hypertension code "
     "entered in error.", ("prostate", "C61")),
    # the new diagnosis of the change stands
    ("Final diagnosis changed from atypical ductal hyperplasia to ductal carcinoma in situ after excision.",
     ("breast", "D05")),
])
def test_a_correction_of_something_else_keeps_it(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_changed_from_drops_only_the_diagnosis_before_to() -> None:
    text = "Diagnosis changed from lymphoma to sarcoidosis."
    at = text.index("lymphoma")
    assert corrected_away(text, at, at + len("lymphoma"))
    text = "Lymphoma changed treatment from R-CHOP to polatuzumab."
    assert not corrected_away(text, 0, len("Lymphoma"))


# -- a code ahead of its biopsy ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "VISIT CODES: C61 Malignant neoplasm of prostate. Note: PSA 9.1, biopsy planned for Friday; no tissue diagnosis "
    "as yet.",
    "CHARGES: C34.90 Malignant neoplasm of unspecified part of unspecified bronchus or lung. Spiculated nodule on CT; "
    "biopsies pending.",
])
def test_a_code_before_the_tissue_diagnosis_is_none(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


def test_a_code_with_its_diagnosis_stays(coder: Coder) -> None:
    text = "VISIT CODES: C61 Malignant neoplasm of prostate. Note: Gleason 4+3 adenocarcinoma on biopsy last month."
    assert code(coder, text) == ("prostate", "C61")


def test_only_a_code_lines_title_is_anticipated() -> None:
    text = "Known breast cancer on letrozole. New liver lesion, biopsy scheduled."
    assert not anticipated_code(text, text.index("breast"))
    text = "C50.9 Malignant neoplasm of breast. Biopsy scheduled."
    assert anticipated_code(text, text.index("Malignant"))


# -- ICD-10-CM risk codes' titles -------------------------------------------------------------------------------------
def test_risk_prefixes_come_from_the_tabular_list() -> None:
    prefixes = risk_title_prefixes()
    assert "genetic susceptibility to" in prefixes
    assert "family history of" in prefixes
    assert "personal history of" not in prefixes  # history of the patient's own cancer is Z85, not a risk


@pytest.mark.parametrize("text", [
    "Request: risk-reducing salpingo-oophorectomy. Diagnosis: Z15.02 genetic susceptibility to malignant neoplasm of "
    "ovary.",
    "Reason for visit: Z12.11 Encounter for screening for malignant neoplasm of colon.",
])
def test_a_risk_codes_title_is_no_cancer(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


def test_risk_title_reads_only_the_words_right_before() -> None:
    text = "Genetic susceptibility to malignant neoplasm of breast; she also has malignant neoplasm of colon."
    assert risk_title(text, text.index("malignant neoplasm of breast"))
    assert not risk_title(text, text.index("malignant neoplasm of colon"))


# -- status words of coded lists and orders ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Problem list: Hodgkin lymphoma (disorder), resolved 2012 after chemotherapy.", ("lymphoma", "Z85")),
    ("ORDER: CT abdomen. Indication: hx of colon ca 2017 s/p colectomy, new weight loss, r/o recurrence.",
     ("colorectal", "Z85")),
    ("ORDER: MRI abdomen. Indication: known hepatocellular carcinoma s/p ablation 03/2026, assess response.",
     ("liver", "C22")),
])
def test_status_words_of_coded_lists_and_orders(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a recurrence found, not sought
    ("ORDER: CT abdomen. Indication: hx of colon ca 2017 s/p colectomy, now biopsy-proven recurrence in the liver.",
     ("colorectal", "C18")),
    # a Hodgkin lymphoma without a word of its course stays active
    ("Problem list: Hodgkin lymphoma (disorder), on ABVD cycle 3.", ("lymphoma", "C81")),
])
def test_status_look_alikes(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


# -- a radiation course's target, a watch dated from its start, ICD-O-3's index-order names ---------------------------
@pytest.mark.parametrize("text, expected", [
    ("SBRT left lower lobe, 50 Gy in 5 fractions. Diagnosis: biopsy-proven squamous cell carcinoma, cT1aN0M0.",
     ("lung", "C34")),
    ("RADIATION SUMMARY: IMRT to the prostate and seminal vesicles, 70 Gy. Diagnosis: adenocarcinoma.",
     ("prostate", "C61")),
    # a spread: the target is where it went
    ("RADIATION SUMMARY: radiotherapy to the right breast, 42.5 Gy. Diagnosis: adenocarcinoma, metastatic from the "
     "lung.", ("other_cancer", "C80")),
    # a target with no tissue diagnosis codes nothing
    ("RADIATION SUMMARY: SBRT left lower lobe, 50 Gy in 5 fractions for a presumed early lung cancer; no biopsy.",
     ("none", "")),
])
def test_a_radiation_target_is_the_organ_of_a_siteless_histology(coder: Coder, text: str,
                                                                  expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ongoing issues: gout; asthma; and marginal zone lymphoma on observation since 2023.", ("lymphoma", "C88")),
    ("Prostate adenocarcinoma, Gleason 3+3, on active surveillance since 2020.", ("prostate", "C61")),
    # a course over and nothing left: history, whatever surveillance follows
    ("Breast cancer treated with lumpectomy 2015, on surveillance since 2016, no recurrence.", ("breast", "Z85")),
])
def test_a_watch_dated_from_its_start_is_no_history(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Abstract: Primary site C77.4 Inguinal lymph nodes; Histology 9680/3 Malignant lymphoma, large B-cell, diffuse, "
     "NOS; stage II.", ("lymphoma", "C83")),
    ("Histology: Malignant lymphoma, follicular, NOS; grade 2.", ("lymphoma", "C82")),
    # words after a second comma with no "NOS" name no kind
    ("Diagnosis: lymphoma, stage II, in the neck; follicular pattern noted elsewhere.", ("lymphoma", "C85")),
])
def test_icdo3_index_order_names_give_the_kind(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_the_radiation_target_is_read_right_before_the_site() -> None:
    text = "SBRT right upper lobe; history of lobectomy of the left lower lobe"
    assert irradiated_site(text, text.index("right"))
    assert not irradiated_site(text, text.index("left"))


@pytest.mark.parametrize("text, expected", [
    # only a category of doubt, no tissue: the code anticipates
    ("CLAIM LINES: C22.0 Liver cell carcinoma. MRI: LR-4 observation in segment 7; repeat imaging in 3 months.",
     ("none", "")),
    ("CLAIM LINES: C50.911 Malignant neoplasm of right female breast. Ultrasound: BI-RADS 4 mass at 10 o'clock.",
     ("none", "")),
    # the tissue result stands on its own
    ("CLAIM LINES: C22.0 Liver cell carcinoma. MRI: LR-4 observation in segment 7; biopsy showed hepatocellular "
     "carcinoma.", ("liver", "C22")),
    # a benign category of the other side beside a known cancer
    ("CLAIM LINES: C50.911 Malignant neoplasm of right female breast. Mammogram of the left breast: BI-RADS 2. On "
     "letrozole since surgery.", ("breast", "C50")),
])
def test_a_code_beside_only_a_category_of_doubt(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected
