"""The classes the fortieth pass added (found by the fortieth classes of `coding_variation --status`, set into tuning
notes): the weak "ca" before "in situ" or in a sentence saying its primary is unknown; an organ's clinical
abbreviation beside "ca"; a tumour's malignancy said after it; a plan's course ("proceed with", "PLAN: <course>",
"<course> will start"); "the tumor has recurred"; a bare recurrent histology as the named cancer come back; a
surveillance result with its verb ("has been negative"). Sentences written for the test (not any note's text): cases
to code and look-alikes to leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.status import NOTHING_LEFT_RE, PRESENT, course_going_on, mention_status
from cancerprep.stages.coding.textcoder import _malignant_said_after, _plain_weak_ca
from tests.stages.coding.coded import code, code_all


@pytest.mark.parametrize("text, expected", [
    ("The patient has metastatic CA of unknown primary involving the liver.", ("other_cancer", "C80")),
    ("She was found to have metastatic ca of unknown origin in the bone last month.", ("other_cancer", "C80")),
    ("She has ductal ca in situ of the left breast, scheduled for a left mastectomy.", ("breast", "D05")),
    ("Prostate ca in situ was found on biopsy last week.", ("prostate", "D07")),
    ("She has ca in situ of the bladder, scheduled for a transurethral resection.", ("bladder", "D09")),
    ("Gastric ca in situ was found on biopsy last week.", ("stomach", "D00")),
])
def test_weak_ca_with_in_situ_or_an_unknown_primary_is_a_carcinoma(coder: Coder, text: str,
                                                                    expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_weak_ca_rewrite_leaves_markers_and_other_sentences() -> None:
    text = "CA 19-9 was normal. CA-125 was 12. Colon ca. The primary is unknown."
    assert _plain_weak_ca(text) == text  # markers; a "ca" whose own sentence says nothing of its primary
    assert _plain_weak_ca("Ca in situ.") == "Carcinoma in situ."
    assert _plain_weak_ca("METASTATIC CA, PRIMARY UNKNOWN.") == "METASTATIC CARCINOMA, PRIMARY UNKNOWN."


@pytest.mark.parametrize("text, expected", [
    ("PROBLEM LIST: 1. Hypertension. 2. Br ca, a left mastectomy in 2005. 3. Diabetes.", ("breast", "Z85")),
    ("PROBLEM LIST: 1. Hypertension. 2. Ca prost, on chemotherapy. 3. Diabetes.", ("prostate", "C61")),
    ("PROBLEM LIST: 1. Hypertension. 2. Endomet ca, on chemotherapy. 3. Diabetes.", ("uterine", "C54")),
])
def test_an_organs_abbreviation_beside_ca_names_the_organ(coder: Coder, text: str,
                                                          expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_a_site_abbreviation_is_read_only_beside_ca() -> None:
    assert _plain_weak_ca("Br ca. Ca prost.") == "Breast ca. Ca prostate."
    assert _plain_weak_ca("Ca prost. Next") == "Ca prostate. Next"
    assert _plain_weak_ca("Br: 20 per minute. Ov 2 cm cyst, ca normal.") == \
        "Br: 20 per minute. Ov 2 cm cyst, ca normal."


@pytest.mark.parametrize("text, expected", [
    ("She was found to have a mass in the left breast which was malignant on biopsy.", ("breast", "C50")),
    ("A mass was found in the sigmoid colon, which proved malignant on biopsy; a colectomy is planned.",
     ("colorectal", "C18")),
    ("A nodule in the thyroid that was found to be malignant on fine needle aspiration.", ("thyroid", "C73")),
    ("A polyp in the sigmoid colon, which was malignant.", ("colorectal", "C18")),
])
def test_a_malignancy_said_after_the_mass_names_the_organs_cancer(coder: Coder, text: str,
                                                                  expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "A mass in the left kidney which was not malignant on biopsy.",
    "A mass in the left kidney which was benign.",
    "A lesion in the liver that was malignant melanoma.",  # the disease is named: nothing to rewrite
])
def test_a_mass_not_said_malignant_is_left(text: str) -> None:
    assert _malignant_said_after(text) == text


def test_a_mass_not_said_malignant_codes_nothing(coder: Coder) -> None:
    assert code(coder, "A mass in the left kidney which was not malignant on biopsy.")[0] == "none"


@pytest.mark.parametrize("sentence", [
    "PLAN: Proceed with chemotherapy.",
    "PLAN: Adjuvant radiation therapy.",
    "Chemotherapy will start next month.",
    "Radiation therapy is to begin on Monday.",
    "We will proceed with radiation therapy.",
])
def test_a_plans_course_is_going_on(sentence: str) -> None:
    assert course_going_on(sentence)


@pytest.mark.parametrize("sentence", [
    "PLAN: chemotherapy options were discussed.",
    "Proceed with radiation therapy if margins are positive.",
    "She declined to proceed with chemotherapy.",
    "Plan: no chemotherapy.",
    "Planned chemotherapy was not given.",
    "Plan: consider adjuvant chemotherapy.",
])
def test_a_plans_course_doubted_refused_or_withheld_is_not(sentence: str) -> None:
    assert course_going_on(sentence) == []


@pytest.mark.parametrize("text", [
    "History of breast cancer, a left mastectomy in 2008.\nPLAN: Proceed with chemotherapy.",
    "History of colon cancer.\nPLAN: Adjuvant radiation therapy.",
    "History of prostate cancer, a radical prostatectomy in 2005. Chemotherapy will start next month.",
])
def test_a_planned_course_makes_a_cancer_given_as_history_active(coder: Coder, text: str) -> None:
    assert code(coder, text)[1].startswith("C")


def test_the_tumor_recurred_is_present_and_makes_the_history_active(coder: Coder) -> None:
    assert mention_status("the tumor has recurred") == PRESENT
    assert mention_status("the pain recurred") != PRESENT  # another condition's return
    text = "History of colon cancer treated with a sigmoid colectomy in 2004. The tumor has recurred."
    assert code(coder, text) == ("colorectal", "C18")


def test_a_bare_recurrent_histology_is_the_named_cancer_come_back(coder: Coder) -> None:
    text = ("Renal cell carcinoma, a left nephrectomy in 2005. The skin of the left leg is intact. She now has "
            "recurrent carcinoma.")
    ctype, codes = code_all(coder, text)
    assert ctype == "kidney" and codes[0].startswith("C64") and not any(c.startswith("C44") for c in codes)


def test_a_bare_histology_not_said_to_recur_keeps_its_own_reading(coder: Coder) -> None:
    # two named types: no one cancer the histology could be the return of
    text = "History of breast cancer and of prostate cancer. She now has recurrent carcinoma."
    assert code(coder, text)[0] in ("breast", "prostate")


@pytest.mark.parametrize("sentence", [
    "Surveillance imaging has been negative.",
    "Her scans remain clear.",
    "Annual surveillance CT was unremarkable.",
])
def test_a_surveillance_result_with_its_verb_says_nothing_is_left(sentence: str) -> None:
    assert NOTHING_LEFT_RE.search(sentence)


def test_the_course_told_after_with_a_surveillance_verb_is_history(coder: Coder) -> None:
    text = ("She is followed for breast cancer. She was treated with a left mastectomy in 2007. Surveillance imaging "
            "has been negative.")
    assert code(coder, text) == ("breast", "Z85")


def test_hormonal_therapy_keeps_the_cancer_active_as_the_label_rule_does(coder: Coder) -> None:
    # the labels' README lists hormonal therapy among treatments now; the coder agrees (no rule changed)
    assert code(coder, "History of breast cancer, a left mastectomy in 2006, currently on letrozole.") == \
        ("breast", "C50")
    assert code(coder, "Breast cancer, completed five years of tamoxifen in 2015.") == ("breast", "Z85")
