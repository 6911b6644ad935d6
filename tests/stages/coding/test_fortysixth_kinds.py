"""The classes the forty-sixth pass fixed (found by the twenty-first coding forms family's seen half): a story's
"HISTORY:" label is no past-history cue, a past time told without a year ("in her thirties" after a past verb, "long
ago", "the 1990s"), and an organ written before "metastases" as where the spread went, not where it came from.
Sentences written for the test (not any note's text): cases and look-alikes."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.sections import label_kind
from cancerprep.stages.coding.sideways import spread_origin_word
from cancerprep.stages.coding.status import PAST, WEAK_PAST, mention_status
from tests.stages.coding.coded import code


@pytest.mark.parametrize("text, expected", [
    # the label of the present story: the cancer diagnosed last month and about to be treated is active
    ("HISTORY:, The patient is a 58-year-old man with prostate cancer diagnosed last month, Gleason 4+4, here to "
     "discuss treatment.,PLAN:, Radical prostatectomy.", ("prostate", "C61")),
    ("CLINICAL HISTORY:, Breast cancer diagnosed on core biopsy this week; staging scans ordered.", ("breast", "C50")),
    # ... a past-history label stays past, and a story that gives its cancer as treated and over stays history
    ("PAST HISTORY:, Prostate cancer, radical prostatectomy 2005.,HISTORY:, Knee pain.", ("prostate", "Z85")),
    ("HISTORY:, Prostate cancer in 2005, treated with radiation, no recurrence.", ("prostate", "Z85")),
])
def test_a_story_history_label_is_no_past_history_cue(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_label_kind_reads_a_label_as_find_sections_does() -> None:
    assert label_kind("HISTORY") == "narrative" and label_kind("Clinical History") == "narrative"
    assert label_kind("PAST MEDICAL HISTORY") == "past" and label_kind("FAMILY HISTORY") == "family"
    assert label_kind("HISTORY OF CANCER") == "diagnosis" and label_kind("ANESTHESIA") == "other"


@pytest.mark.parametrize("phrase, status", [
    ("She had a melanoma removed from her back in her thirties", PAST),
    ("melanoma excised long ago", PAST),
    ("breast cancer treated with lumpectomy in the 1990s", PAST),
    # her age now, not the time of the cancer: one kind of past evidence only
    ("a woman in her fifties who underwent lumpectomy for breast cancer", WEAK_PAST),
])
def test_a_past_time_told_without_a_year(phrase: str, status: int) -> None:
    assert mention_status(phrase) == status


@pytest.mark.parametrize("text, expected", [
    ("She had a melanoma removed from her back in her thirties and presents now with heartburn.", ("melanoma", "Z85")),
    ("A woman in her fifties with breast cancer diagnosed on biopsy last week.", ("breast", "C50")),
])
def test_a_decade_of_life_after_a_past_verb_dates_the_cancer(coder: Coder, text: str,
                                                             expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("sentence, word", [
    ("Known lung adenocarcinoma, consistent with brain metastases.", None),
    ("Adenocarcinoma, consistent with hepatic metastases.", None),
    # an origin adjective, or a place word named as the primary, is still the origin
    ("Liver biopsy: adenocarcinoma, consistent with colorectal metastasis.", "colorectal"),
    ("Adenocarcinoma consistent with a lung primary.", "lung"),
    ("Biopsy consistent with metastatic breast carcinoma.", "breast"),
])
def test_a_place_spread_went_to_is_no_origin(sentence: str, word: str | None) -> None:
    assert spread_origin_word(sentence) == word


@pytest.mark.parametrize("text, expected", [
    ("Multiple ring-enhancing brain lesions in a patient with known stage IV lung adenocarcinoma, consistent with "
     "brain metastases; whole-brain radiation planned.", ("lung", "C34")),
    ("Liver biopsy showed adenocarcinoma consistent with colorectal metastasis.", ("colorectal", "C18")),
])
def test_metastases_to_an_organ_keep_the_primary_type(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an organ's biopsy said positive and nothing more found that organ's cancer
    ("He gets Lupron every six months; his prostate biopsy in 2021 was positive.", ("prostate", "C61")),
    ("Breast core biopsy came back positive and she sees the surgeon tomorrow.", ("breast", "C50")),
    ("He had a positive prostate biopsy last month and is weighing his options.", ("prostate", "C61")),
    # ... not negated, not positive for a named other finding, not a positive margin, not an organ biopsied for much
    # else
    ("Prostate biopsy was not positive.", ("none", "")),
    ("Prostate biopsy was negative.", ("none", "")),
    ("Breast biopsy was positive for fibroadenoma.", ("none", "")),
    ("Skin biopsy was positive.", ("none", "")),
    ("No positive prostate biopsy so far; PSA is followed.", ("none", "")),
])
def test_a_positive_biopsy_of_an_organ_is_its_cancer(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a radiation course aimed at an organ irradiated only for cancer, in a note naming none
    ("IMRT to the prostate and pelvic nodes, 78 Gy, finished two weeks ago.", ("prostate", "C61")),
    ("SBRT right upper lobe, 54 Gy in 3 fractions, starts Monday.", ("lung", "C34")),
    ("Radiation therapy to the left breast, completed in 2012; no treatment since.", ("breast", "Z85")),
    # ... not negated, not a relative's, not an organ also irradiated for benign disease
    ("No radiation to the prostate was given.", ("none", "")),
    ("His father had radiation to the prostate.", ("none", "")),
    ("Radiation to the hip for heterotopic ossification.", ("none", "")),
    ("Gamma Knife radiosurgery of the brain for an arteriovenous malformation.", ("none", "")),
])
def test_a_radiation_course_aimed_at_an_organ_tells_its_cancer(coder: Coder, text: str,
                                                              expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a tumour's malignancy said in an apposition right after it
    ("Left frontal brain tumor, biopsy proven malignant, on treatment.", ("brain", "C71")),
    ("Tumor of the brain, malignant, radiation planned.", ("brain", "C71")),
    ("Mass in the right lung, biopsy-proven malignant, chemotherapy planned.", ("lung", "C34")),
    # ... not a look or a question
    ("Mass in the left breast, malignant appearing on mammogram.", ("none", "")),
    ("Nodule of the thyroid, malignant vs benign, FNA pending.", ("none", "")),
])
def test_a_malignancy_said_in_an_apposition(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a tumour a cystoscopy finds is the bladder's: with a history of bladder cancer it is the cancer now
    ("History of bladder cancer, TURBT 2015.  Cystoscopy today shows a new papillary tumor at the dome; TURBT "
     "scheduled.", ("bladder", "C67")),
    ("Cystoscopy: papillary tumor, 2 cm, right lateral wall.", ("bladder", "C67")),
    # ... not where none is found, nor a tumour the sentence gives another organ, nor outside a cystoscopy's sentence
    ("History of bladder cancer, TURBT 2015.  Surveillance cystoscopy today shows no tumor.", ("bladder", "Z85")),
    ("Cystoscopy for hematuria showed a prostate tumor invading the bladder neck.", ("none", "")),
    ("Cystoscopy was normal.  He has a brain tumor.", ("none", "")),
])
def test_a_tumour_a_cystoscopy_finds_is_the_bladders(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a note hedging its cancer keeps its own word: the radiation course tells nothing more
    ("RADIATION SUMMARY: SBRT left lower lobe, 50 Gy in 5 fractions.  Diagnosis: PET-avid nodule, presumed early-stage "
     "lung cancer; biopsy non-diagnostic.", ("none", "")),
    # a tumour whose clause names its organ after it is placed by those words, as before
    ("Cystoscopy shows a 2 cm papillary tumor at the left lateral wall of the bladder; TURBT scheduled.", ("none", "")),
])
def test_the_notes_own_words_win_over_a_course_or_a_scope(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected
