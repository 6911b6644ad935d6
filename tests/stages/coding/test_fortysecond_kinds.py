"""The classes the forty-second pass added (found by the forty-second classes of `coding_variation --status`, set
into tuning notes): a histology said to have come back by the verb after it ("the carcinoma recurred") is the named
cancer's return; the verbs of a return in other words ("returned", "came back"); the time since in other words ("years
back", "a decade ago"); follow-up by surveillance alone as the nothing-left kind of past evidence; a history word in an
empty section's label says nothing of the next label's cancer. Sentences written for the test (not any note's text):
cases and look-alikes."""

from __future__ import annotations

import re

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.status import NOTHING_LEFT_RE, PAST, RECURRED, WEAK_PAST, mention_status
from tests.stages.coding.coded import code

# a host sentence whose words place a bare histology elsewhere (a limb's skin, a lung) when nothing ties it to the
# named cancer
_ELSEWHERE = " DIAGNOSES: 1. Fracture of the humerus. 2. Pulmonary embolism in 1997."


@pytest.mark.parametrize("text, expected", [
    ("History of renal cell carcinoma, a left nephrectomy in 2004. The carcinoma recurred this year." + _ELSEWHERE,
     ("kidney", "C64")),
    ("Papillary thyroid carcinoma, a total thyroidectomy in 2004. The carcinoma has since recurred." + _ELSEWHERE,
     ("thyroid", "C73")),
    ("History of gastric adenocarcinoma, a partial gastrectomy in 2004. The adenocarcinoma has since returned."
     + _ELSEWHERE, ("stomach", "C16")),
])
def test_a_bare_histology_said_to_recur_after_it_is_the_named_cancer(coder: Coder, text: str,
                                                                      expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Renal cell carcinoma treated in 2004; the disease has since returned.", ("kidney", "C64")),
    ("Breast cancer, a left mastectomy in 2004. The tumor returned this year.", ("breast", "C50")),
    # look-alikes: the patient or a test, not the tumour, returned or came back
    ("The patient returned to clinic. History of breast cancer, a left mastectomy in 2004, no recurrence.",
     ("breast", "Z85")),
    ("The biopsy came back positive for infection. History of colon cancer, a colectomy in 2004, no recurrence.",
     ("colorectal", "Z85")),
])
def test_the_verbs_of_a_return_with_a_tumour_subject(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_returned_verbs_need_a_tumour_subject() -> None:
    pattern = re.compile(RECURRED, re.I)
    assert pattern.search("the tumor came back") and pattern.search("the disease has since returned")
    assert pattern.search("the cancer then relapsed")
    assert not pattern.search("the patient returned") and not pattern.search("the pain came back")


@pytest.mark.parametrize("text, expected", [
    ("She had breast cancer some 12 years back, managed with a left mastectomy, and has been well since.",
     ("breast", "Z85")),
    ("Colon cancer two decades ago, a sigmoid colectomy, no recurrence since.", ("colorectal", "Z85")),
])
def test_the_time_since_in_other_words(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_surveillance_alone_is_nothing_left_but_active_surveillance_is_not() -> None:
    assert NOTHING_LEFT_RE.search("breast cancer (2003), surveillance only")
    assert NOTHING_LEFT_RE.search("on routine surveillance") and NOTHING_LEFT_RE.search("under surveillance")
    assert not NOTHING_LEFT_RE.search("on active surveillance")
    assert not NOTHING_LEFT_RE.search("active surveillance only")
    assert mention_status("Breast cancer (2003), surveillance only") == PAST
    assert mention_status("Breast cancer, surveillance only") == WEAK_PAST  # one kind of past evidence only


@pytest.mark.parametrize("text, expected", [
    ("HPI: Seen for cough.\nPROBLEM LIST: 1. Breast cancer (2003), surveillance only. 2. Hypothyroidism.",
     ("breast", "Z85")),
    ("HPI: Seen for cough.\nPROBLEM LIST: 1. Prostate cancer, Gleason 3+3, diagnosed 2019, on active surveillance. "
     "2. Hypothyroidism.", ("prostate", "C61")),
])
def test_a_problem_lists_surveillance_item(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an empty "... HISTORY:" label right before a cancer named as a heading: the heading's cancer is this episode's
    ("HPI: Seen for cough.  ,SCHOOL HISTORY:,PROSTATE MUCINOUS ADENOCARCINOMA: Newly diagnosed on biopsy, staging "
     "in progress.", ("prostate", "C61")),
    ("HPI: Seen for cough.  ,DEVELOPMENTAL HISTORY:,SIGMOID COLON ADENOCARCINOMA: Newly diagnosed on biopsy.",
     ("colorectal", "C18")),
    # a history label with its own body still makes its cancer history
    ("HPI: Seen for cough.\nPAST HISTORY:\nPROSTATE ADENOCARCINOMA: treated 2004.", ("prostate", "Z85")),
    ("HPI: Seen for cough. History: prostate adenocarcinoma, radical prostatectomy 2004.", ("prostate", "Z85")),
])
def test_an_empty_history_label_says_nothing_of_the_next_labels_cancer(coder: Coder, text: str,
                                                                       expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected
