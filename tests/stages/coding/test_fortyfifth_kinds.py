"""The classes the forty-fifth pass fixed (found by the twentieth coding forms family's seen half and one tuning
`coding_eval` note): a carcinoma in situ of a lining several organs share placed by the organ its sentence names, a
cancer-only drug given with an operation of its own cancer, days or weeks counted from a treatment beside "history of",
and an invasion said after a tumour the vocabulary knows as malignant only when invasive. Sentences written for the
test (not any note's text): cases and look-alikes."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.course import for_cancer
from cancerprep.stages.coding.status import recent_course
from tests.stages.coding.coded import code


@pytest.mark.parametrize("text, expected", [
    # the urothelium lines the renal pelvis (kidney) as well as the bladder: the organ written decides
    ("Renal pelvis, left, biopsy: urothelial carcinoma in situ, flat.", ("kidney", "D09")),
    ("Urothelial carcinoma in situ of the renal pelvis.", ("kidney", "D09")),
    ("Biopsy of the right renal pelvis showed carcinoma in situ.", ("kidney", "D09")),
    # ... and where it is the bladder or the ureter, bladder as before
    ("Urothelial carcinoma in situ of the bladder.", ("bladder", "D09")),
    ("Carcinoma in situ of the left ureter.", ("bladder", "D09")),
    ("Urothelial carcinoma of the renal pelvis, high grade.", ("kidney", "C65")),
])
def test_an_in_situ_carcinoma_of_a_shared_lining_takes_the_organ_written(coder: Coder, text: str,
                                                                        expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("She is on anastrozole after her right mastectomy last year.", ("breast", "C50")),
    ("She continues letrozole after a left lumpectomy in March.", ("breast", "C50")),
])
def test_a_cancer_drug_with_its_own_cancers_operation_tells_the_cancer(coder: Coder, text: str,
                                                                       expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "She is on anastrozole, with bone density monitored yearly.",  # a drug alone says too little (tenth pass)
    "She takes anastrozole after a prophylactic mastectomy.",  # a prophylactic operation
    "He takes abiraterone; colectomy in 2010.",  # another sentence, another organ
    "She takes anastrozole for ovulation induction after a lumpectomy for fibroadenoma.",  # both for other reasons
])
def test_a_drug_and_an_operation_that_tell_no_cancer_stay_none(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


def test_an_operation_for_its_own_reason_is_no_cancers() -> None:
    text = "Sigmoid colectomy for diverticulitis; prophylactic mastectomy; radical nephrectomy."
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("colectomy", "mastectomy", "nephrectomy")]
    assert [for_cancer(text, a, b) for a, b in spans] == [False, False, True]


@pytest.mark.parametrize("text, expected", [
    ("She has a history of breast cancer and had a right mastectomy two weeks ago.", ("breast", "C50")),
    ("History of breast cancer; she is 10 days out from her right lumpectomy.", ("breast", "C50")),
    # no days or weeks: the history stays
    ("She has a history of breast cancer treated with mastectomy in 2012.", ("breast", "Z85")),
])
def test_days_or_weeks_from_a_treatment_make_a_history_this_episodes(coder: Coder, text: str,
                                                                    expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_recent_course_reads_days_and_weeks_not_years_or_negations() -> None:
    assert recent_course("history of breast cancer and is two weeks out from her lumpectomy")
    assert recent_course("colon cancer, three weeks post-op")
    assert not recent_course("history of colon cancer, colectomy three years ago")
    assert not recent_course("history of colon cancer, no chemotherapy two weeks ago")


@pytest.mark.parametrize("text, expected", [
    ("Pathology was consistent with a thymoma, type B2, with capsular and pleural invasion.", ("other_cancer", "C37")),
    ("CT shows a thymoma invading the pericardium; resection planned.", ("other_cancer", "C37")),
    # in capitals and wrapped over a line end, as `coding_robustness` writes a note
    ("PATHOLOGY: THYMOMA, TYPE B2, WITH CAPSULAR INVASION.", ("other_cancer", "C37")),
    ("Pathology was consistent with a thymoma, type B2,\nwith capsular and pleural invasion.", ("other_cancer", "C37")),
    ("Resection showed a thymoma with no capsular invasion.", ("none", "")),
    ("THYMOMA WITH NO CAPSULAR INVASION.", ("none", "")),
    ("Thymoma, type AB, encapsulated; no invasion.", ("none", "")),
])
def test_an_invasion_said_after_a_thymoma_makes_it_invasive(coder: Coder, text: str,
                                                            expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the present illness's label holds "history of", which says nothing of the past
    ("HISTORY OF PRESENT ILLNESS: She has breast cancer, underwent lumpectomy last month.", ("breast", "C50")),
    ("History of Present Illness: He has HCC and had TACE last month.", ("liver", "C22")),
    # ... while a history of the cancer written in the present illness is one
    ("HISTORY OF PRESENT ILLNESS: She has a history of breast cancer, treated with lumpectomy and radiation in 2010.",
     ("breast", "Z85")),
    # a cancer that cannot be removed is there now, even in a past history list
    ("PAST MEDICAL HISTORY: Gallbladder carcinoma diagnosed in May, unresectable. Diabetes.", ("other_cancer", "C23")),
    ("PAST MEDICAL HISTORY: Breast cancer, lumpectomy 2010, no recurrence. Hypertension.", ("breast", "Z85")),
])
def test_the_present_illness_label_and_an_unresectable_tumour_are_no_past(coder: Coder, text: str,
                                                                         expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected
