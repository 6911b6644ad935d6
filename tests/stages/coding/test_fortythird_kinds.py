"""The classes the forty-third pass added (found by the forty-third classes of `coding_variation --status`, set into
tuning notes): a phrasal verb's anatomy word is no site ("the carcinoma came back", "will head back home"), and a
cancer word placed by the site its return verb names ("the cancer recurred in the liver") is the named cancer come
back there. Sentences written for the test (not any note's text): cases and look-alikes."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.phrasal import phrasal_anatomy
from tests.stages.coding.coded import code, code_all


def _phrasal(text: str, word: str) -> bool:
    at = text.index(word)
    return phrasal_anatomy(text, at, at + len(word))


@pytest.mark.parametrize("text, word", [
    ("The carcinoma came back this spring.", "back"),
    ("She went right back to work.", "back"),
    ("He was called back for more images.", "back"),
    ("She will head to the pharmacy.", "head"),
    ("He plans to hand over his records.", "hand"),
    ("They back up the files daily.", "back"),
])
def test_an_anatomy_word_of_a_phrasal_verb_is_no_site(text: str, word: str) -> None:
    assert _phrasal(text, word)


@pytest.mark.parametrize("text, word", [
    ("Melanoma of the upper back, excised.", "back"),
    ("He got back pain after lifting.", "back"),  # "back" a body part after the verb
    ("CT head for staging.", "head"),
    ("Squamous cell carcinoma of the left hand.", "hand"),
    ("Lesion on the back, biopsied.", "back"),
])
def test_anatomy_as_a_place_stays_a_site(text: str, word: str) -> None:
    assert not _phrasal(text, word)


@pytest.mark.parametrize("text, expected", [
    ("Renal cell carcinoma resected in 2004. The carcinoma came back this spring.", ("kidney", "C64")),
    ("Gastric adenocarcinoma resected in 2004. The carcinoma came back this year.", ("stomach", "C16")),
    # a visit told with phrasal verbs: no skin of the back
    ("History of colon cancer, a sigmoid colectomy in 2004, NED. She came back today to go over her results and "
     "will head back home tomorrow.", ("colorectal", "Z85")),
])
def test_came_back_is_a_return_not_the_back(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_a_melanoma_of_the_back_keeps_its_site(coder: Coder) -> None:
    assert code_all(coder, "Melanoma of the back, excised last week.")[1][:1] == ["C43.5"]


@pytest.mark.parametrize("text, expected", [
    ("Breast cancer, a left mastectomy in 2004. The cancer recurred in the liver last month.", ("breast", "C50")),
    ("Prostate cancer treated in 2004; the malignancy returned in the bone this year.", ("prostate", "C61")),
    ("Colon cancer, a sigmoid colectomy in 2004. The carcinoma has recurred in the lung.", ("colorectal", "C18")),
])
def test_a_return_at_a_named_site_is_the_named_cancer(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the organ's own primary, with no other cancer named
    ("Hepatocellular carcinoma diagnosed last week in the liver.", ("liver", "C22")),
    # no return verb: a new primary of its own organ beside a past one
    ("Breast cancer, a left mastectomy in 2004, no recurrence. Now adenocarcinoma of the lung, newly diagnosed.",
     ("lung", "C34")),
])
def test_a_site_without_a_return_stays_its_own_primary(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


# a host's organs elsewhere in the section (a limb, a lung) that would otherwise place a bare carcinoma
_HOST = "He hurt his left ankle and left knee; the lung exam was clear. "


@pytest.mark.parametrize("text, expected", [
    (_HOST + "Carcinoma on biopsy last week; a left nephrectomy is planned.", ("kidney", "C64")),
    (_HOST + "Carcinoma on biopsy last week; a partial gastrectomy is planned.", ("stomach", "C16")),
    (_HOST + "Status post a right upper lobectomy for carcinoma in 2003; no recurrence.", ("lung", "Z85")),
])
def test_an_operation_in_the_histology_sentence_places_it(coder: Coder, text: str,
                                                          expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_a_histology_with_its_own_organ_keeps_it_beside_an_operation(coder: Coder) -> None:
    assert code(coder, "Adenocarcinoma of the lung on biopsy last week; a nephrectomy is planned for a cyst.") \
        == ("lung", "C34")


def test_an_operation_of_an_organ_not_placed_makes_the_sentence_give_none(coder: Coder) -> None:
    # "splenectomy" names an organ no rule places: the nephrectomy may not be the carcinoma's
    assert code(coder, _HOST + "Carcinoma on biopsy last week; a nephrectomy and a splenectomy are planned.")[0] \
        != "kidney"
