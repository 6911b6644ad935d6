"""The classes the thirty-eighth pass added (found by `coding_variation --mtsamples`, whole MTSamples tuning notes
rewritten): the side written in shorthand ("lt", "Rt") or as a sided part's initialism ("LUL"); a section heading
written another way ("MEDICAL HISTORY:", "SH:", "DX:", "MEDS:"); "post / after / following <operation> for
<cancer>" as history, as "status post" is; a heart word of the sentence before a list item no longer makes its "CA" a
heart part. Sentences written for the test (not any note's text): cases to code and look-alikes to leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.sections import find_sections
from tests.stages.coding.coded import code, code_all


@pytest.mark.parametrize("text, first_code", [
    ("Adenocarcinoma of the LUL, biopsy proven.", "C34.12"),
    ("Squamous cell carcinoma of the RLL, biopsy proven.", "C34.31"),
    ("Adenocarcinoma of the lt upper lobe, biopsy proven.", "C34.12"),
    ("Adenocarcinoma of the Rt upper lobe, biopsy proven.", "C34.11"),
    ("Adenocarcinoma of the left upper lobe, biopsy proven.", "C34.12"),
])
def test_the_side_in_shorthand_or_a_sided_initialism_gives_the_laterality_digit(coder: Coder, text: str,
                                                                               first_code: str) -> None:
    assert code_all(coder, text)[1][0] == first_code


def test_radiotherapy_written_rt_is_no_side(coder: Coder) -> None:
    # "RT" in capitals is radiation therapy: the left side stays the only side written
    assert code_all(coder, "Adenocarcinoma of the left upper lobe, now on concurrent chemo and RT.")[1][0] == "C34.12"


@pytest.mark.parametrize("heading, kind", [
    ("MEDICAL HISTORY", "past"), ("SURGICAL HISTORY", "past"), ("SURGICAL HX", "past"), ("PMHX", "past"),
    ("SH", "social"), ("DX", "diagnosis"), ("CC", "diagnosis"), ("MEDS", "minor"),
    ("FAMILY MEDICAL HISTORY", "family"), ("ONCOLOGIC HISTORY", "narrative"),
])
def test_other_headings_of_a_section_are_that_section(heading: str, kind: str) -> None:
    assert [k for _, k in find_sections(f"{heading}: text here.")][1:] == [kind]


def test_a_cancer_listed_under_medical_history_alone_is_personal_history(coder: Coder) -> None:
    assert code(coder, "MEDICAL HISTORY: Hypertension, prostate cancer, hyperlipidemia.") == ("prostate", "Z85")
    # ... as under its longer heading, and the same wherever the heading stands
    for body in ("Hypertension, prostate cancer, hyperlipidemia.", "Asthma; remote breast cancer, lumpectomy."):
        codes = {code(coder, f"CC: cough.\n{h}: {body}") for h in ("PAST MEDICAL HISTORY", "MEDICAL HISTORY",
                                                                     "PMHX", "Medical History")}
        assert len(codes) == 1 and next(iter(codes))[1] == "Z85"


@pytest.mark.parametrize("text, expected", [
    ("Post right orchiectomy for testicular cancer, stable at this time.", ("other_cancer", "Z85")),
    ("Following mastectomy for breast cancer.", ("breast", "Z85")),
    ("After left nephrectomy for renal cell carcinoma.", ("kidney", "Z85")),
    ("Post-mastectomy for breast cancer.", ("breast", "Z85")),
    ("Status post mastectomy for breast cancer.", ("breast", "Z85")),
])
def test_an_operation_done_for_a_cancer_is_history_however_post_is_written(coder: Coder, text: str,
                                                                          expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the operation without "for <cancer>": the finding is this episode's
    ("Following resection, pathology showed adenocarcinoma of the colon.", ("colorectal", "C18")),
    # an operation of days or weeks ago is this episode's
    ("She is now 2 weeks after mastectomy for breast cancer.", ("breast", "C50")),
    ("After surgery for lung cancer last week she has incisional pain.", ("lung", "C34")),
    # after a noun the cue dates that noun: the radiation is now, and so is the DCIS it treats
    ("Boost visit: chest wall radiation following lumpectomy for left breast DCIS, fraction 5 of 25.",
     ("breast", "D05")),
])
def test_a_recent_operation_or_one_without_its_cancer_stays_active(coder: Coder, text: str,
                                                                   expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_a_heart_word_of_the_item_before_does_not_make_ca_a_heart_part(coder: Coder) -> None:
    assert code(coder, "DIAGNOSES:,1. Mitral stenosis.,2. Remote hx of lung CA.") == ("lung", "Z85")
    assert code(coder, "Mitral stenosis. Lung CA.") == ("lung", "C34")
    # an initialism in an echocardiogram's own words is still the heart's part
    assert code(coder, "ECHO: AML thickened, mild mitral regurgitation.") == ("none", "")
