"""The classes the forty-fourth pass added (found by the forty-fourth classes of `coding_variation --status`, set into
tuning notes): a cancer told only by its course (an organ's cancer operation and an antineoplastic treatment in one
sentence, no cancer word), a site-less histology placed by the markers or graded staging system of its own sentence,
and a tumour-marker rise a past treatment answered. Sentences written for the test (not any note's text): cases and
look-alikes."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.course import adjunct_given, course_named
from tests.stages.coding.coded import code


@pytest.mark.parametrize("text, expected", [
    ("Status post radical prostatectomy and subsequent salvage radiation therapy.", ("prostate", "Z85")),
    ("Left mastectomy in 2009 followed by adjuvant chemotherapy; no evidence of disease since.", ("breast", "Z85")),
    ("She had a right upper lobectomy in 2010 and then completed chemotherapy; she has been well since.",
     ("lung", "Z85")),
    ("Sigmoid colectomy last month; she is now receiving adjuvant chemotherapy.", ("colorectal", "C18")),
    ("A total gastrectomy three weeks ago; she starts adjuvant chemotherapy next week.", ("stomach", "C16")),
])
def test_a_course_of_operation_and_treatment_tells_the_cancer(coder: Coder, text: str,
                                                              expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "Sigmoid colectomy for diverticulitis in 2010, then radiation therapy to a keloid.",  # the operation's own reason
    "She had a prophylactic bilateral mastectomy and chemotherapy was never needed.",  # prophylactic; not given
    "Left mastectomy in 2009; no chemotherapy or radiation therapy.",  # the treatment negated
    "Her mother had a mastectomy and chemotherapy.",  # a relative's course
    "Sleeve gastrectomy in 2015, then chemotherapy.",  # a weight-loss operation
    "Hysterectomy and radiation therapy in 2001.",  # an operation several cancers share
    "Sigmoid colectomy in 2010.",  # an operation alone
    "He received chemotherapy in 2010.",  # a treatment alone: no organ
    "Radical prostatectomy in 2004, now with radiation cystitis.",  # radiation's damage, no treatment
    # the sentence says the cancer's state itself (here none left): the note's word wins over its course
    "Left mastectomy after neoadjuvant chemotherapy: no residual carcinoma in the breast or nodes.",
])
def test_a_course_that_tells_no_one_organs_cancer_stays_none(coder: Coder, text: str) -> None:
    assert code(coder, text) == ("none", "")


def test_a_named_cancer_is_not_told_again_by_its_course() -> None:
    text = "Left mastectomy in 2009 followed by adjuvant chemotherapy."
    at = text.index("mastectomy")
    assert course_named(text, [(at - 5, at + 10, "breast")]) == text.replace("mastectomy", "mastectomy for carcinoma")
    # two organs' operations in one sentence: neither
    ops = [(at - 5, at + 10, "breast"), (0, 4, "colorectal")]
    assert course_named(text, ops) == text
    assert not adjunct_given("No chemotherapy was given.", 0, 26)


@pytest.mark.parametrize("text, expected", [
    ("DIAGNOSIS: Adenocarcinoma, EGFR exon 19 deletion, diagnosed on core biopsy last week.", ("lung", "C34")),
    ("Adenocarcinoma, BRAF V600E mutation; she is to start treatment next month.", ("melanoma", "C43")),
    ("PATHOLOGY: Endometrioid carcinoma (FIGO grade 1).", ("uterine", "C54")),
    ("Adenocarcinoma, modified Astler-Coller stage B2; resected last week.", ("colorectal", "C18")),  # letter + digit
])
def test_a_site_less_histology_takes_the_organ_of_its_sentences_markers(coder: Coder, text: str,
                                                                       expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text", [
    "Adenocarcinoma, MSI-high; she is to start treatment next month.",  # colorectal, endometrium, stomach
    "DIAGNOSIS: Adenocarcinoma, CEA 14 at diagnosis, on core biopsy last week.",  # colorectal, lung, pancreas ...
    "Serous carcinoma, CA-125 of 900.",  # ovary, endometrium, peritoneum
    "Adenocarcinoma, CA 19-9 elevated.",  # pancreas, bile ducts, stomach
])
def test_a_marker_of_many_organs_places_nothing(coder: Coder, text: str) -> None:
    # the taxonomy lists each under one type (a rising marker in that type's note), but beside a site-less histology
    # it names no organ: the primary stays unknown
    assert code(coder, text) == ("other_cancer", "C80")


def test_markers_of_two_types_place_nothing(coder: Coder) -> None:
    # EGFR (lung) and PSA (prostate) in one sentence: no one organ
    assert code(coder, "Adenocarcinoma, EGFR exon 19 deletion, PSA 40.")[0] not in ("lung", "prostate")


@pytest.mark.parametrize("text, expected", [
    # the rise a past treatment answered: history
    ("History of prostate cancer, radical prostatectomy in 1998. He then underwent salvage radiation therapy for "
     "rising PSA and has been well.", ("prostate", "Z85")),
    # a rise now, or treated now: active
    ("History of prostate cancer, radical prostatectomy in 2004. He now has a rising PSA.", ("prostate", "C61")),
    ("History of prostate cancer, radical prostatectomy in 2004. He is now on leuprolide for rising PSA.",
     ("prostate", "C61")),
])
def test_a_marker_rise_a_past_treatment_answered_is_no_recurrence_now(coder: Coder, text: str,
                                                                      expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected
