"""The classes the thirty-ninth pass added (found by `coding_variation --status` and `--mtsamples`: a cancer's status
stated in other ways, set into tuning notes; ways of naming a cancer): a course of chemotherapy or radiation therapy
going on or set to start anywhere in the note makes a cancer given as history present; the course of a cancer told in
the sentences after it ("She had a mastectomy in 2005. Her last scans were negative.") makes it history; "Rt." /
"lt." before the part it names ends no sentence; "malignant <site> tumor / mass" names the site's cancer. Sentences
written for the test (not any note's text): cases to code and look-alikes to leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.status import course_going_on, told_after
from tests.stages.coding.coded import code, code_all


@pytest.mark.parametrize("text", [
    "History of breast cancer.\nPLAN: Continue chemotherapy per oncology.",
    "The patient has a history of colon cancer.\nPLAN: She will start radiation therapy next week.",
    "History of lung cancer. The patient is here for placement of a Port-A-Cath for chemotherapy.",
    "The patient has a history of bladder cancer and is admitted for placement of an infusion port to start "
    "chemotherapy.",
    "History of gastric adenocarcinoma, resected. He is currently on chemotherapy.",
])
def test_a_course_going_on_makes_a_cancer_given_as_history_present(coder: Coder, text: str) -> None:
    assert code(coder, text)[1].startswith("C")


@pytest.mark.parametrize("sentence", [
    "She completed chemotherapy in 2005.",
    "She declined to start chemotherapy.",
    "We discussed whether to start chemotherapy, and she may begin radiation therapy.",
    "She has no plans to start chemotherapy.",
    "History of breast cancer, after completing her chemotherapy in 2005.",
    "Port-A-Cath removal; she had the port for chemotherapy in 2005.",
    "Risks of chemotherapy and starting radiation therapy were explained.",
    "No radiation of the pain.",
])
def test_a_course_done_refused_or_only_discussed_is_not_going_on(sentence: str) -> None:
    assert course_going_on(sentence) == []


@pytest.mark.parametrize("text", [
    "History of breast cancer, s/p lumpectomy in 2005. She completed chemotherapy in 2005.",
    "History of breast cancer, s/p mastectomy in 2005. We discussed whether she should start chemotherapy.",
    "History of breast cancer, s/p lumpectomy in 2005.\nPLAN: Port-A-Cath removal. She finished chemotherapy.",
])
def test_a_past_or_discussed_course_leaves_the_history(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("breast", "Z85")


@pytest.mark.parametrize("text, expected", [
    ("The patient comes in for follow-up of colon cancer. He had a sigmoid colectomy in 2005. His last scans were "
     "negative.", ("colorectal", "Z85")),
    ("The patient comes in for follow-up of breast cancer. She had a left mastectomy in 2005 followed by radiation. "
     "Her last scans were negative.", ("breast", "Z85")),
    ("Prostate cancer treated with radiation. No recurrence.", ("prostate", "Z85")),
])
def test_the_course_told_in_the_next_sentences_makes_a_cancer_history(coder: Coder, text: str,
                                                                     expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    # nothing said to be left: an operation of the past alone does not make the cancer history
    "The patient comes in for follow-up of colon cancer. He had a sigmoid colectomy in 2005.",
    # the next sentence speaks of the disease now
    "The patient comes in for follow-up of colon cancer. He had a sigmoid colectomy in 2005. A CT now shows new "
    "liver metastases.",
])
def test_the_next_sentences_without_nothing_left_or_with_disease_now_leave_it_active(coder: Coder,
                                                                                    text: str) -> None:
    assert code(coder, text) == ("colorectal", "C18")


def test_told_after_stops_at_a_sentence_naming_a_cancer_or_another_section() -> None:
    text = "Breast cancer. She had a mastectomy in 2005. Her last scans were negative."
    at = text.index(".") + 1
    assert told_after(text, at, [(0, "other")], [0]) == "She had a mastectomy in 2005. Her last scans were negative."
    # a cancer named in the next sentence: its words are its own
    assert told_after(text, at, [(0, "other")], [0, at + 3]) == ""
    # a new section starts: its words are of another kind
    assert told_after(text, at, [(0, "other"), (at + 1, "plan")], [0]) == ""


@pytest.mark.parametrize("text, expected", [
    ("PAST MEDICAL HISTORY: Status post rt. orchiectomy secondary to his testicular cancer 18 years ago.",
     ("other_cancer", "Z85")),
    ("Rhabdomyosarcoma of the lt. orbit.", ("other_cancer", "C69")),
])
def test_a_side_with_a_full_stop_ends_no_sentence(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_a_side_with_a_full_stop_keeps_its_digit(coder: Coder) -> None:
    assert code_all(coder, "Adenocarcinoma of the Rt. upper lobe, biopsy proven.")[1][0] == "C34.11"


@pytest.mark.parametrize("text, expected", [
    ("PAST MEDICAL HISTORY: Positive for malignant prostate tumor, urinary incontinence.", ("prostate", "Z85")),
    ("The patient has a malignant renal tumor.", ("kidney", "C64")),
    ("The patient has a malignant lung mass.", ("lung", "C34")),
    ("The patient has a malignant brain tumor.", ("brain", "C71")),
])
def test_malignant_before_an_organ_and_a_tumour_noun_names_the_organs_cancer(coder: Coder, text: str,
                                                                             expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "No malignant breast tumor was found.",
    "The patient has a malignant hypertension crisis.",
])
def test_malignant_before_another_word_or_negated_names_no_cancer(coder: Coder, text: str) -> None:
    assert code(coder, text)[0] == "none"


def test_the_next_numbered_item_is_another_problems_course(coder: Coder) -> None:
    # "resolved" of the next item is the arrhythmia's: the cancer resected this admission stays active
    text = ("DISCHARGE DIAGNOSES:,1.  Adenocarcinoma of the right lower lobe, status post lobectomy this admission.,"
            "2.  Postoperative atrial fibrillation, resolved.,HOSPITAL COURSE: , Chest tube removed on day 3.")
    assert code(coder, text) == ("lung", "C34")
