"""The classes the thirty-seventh pass added (found by `coding_variation`'s code_title and code_contradicted
rewrites of the tuning forms): an ICD-10-CM code written beside a title it agrees with is the code; one that
contradicts its title, or stands alone, is only its words; a code's line is a line and a sentence of its own;
ICD-10-CM's short "unsp" and its ", except <organ>" clauses; a melanoma coded to an organ's own category.
Sentences written for the test (not any family's forms): cases to code and look-alikes to leave."""

from __future__ import annotations

import pytest

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.written_codes import agrees, code_line_at, drop_excepted_sites, written_codes
from tests.stages.coding.coded import code, code_all


@pytest.mark.parametrize("code_, title", [
    ("C18.7", "sigmoid colon ca"), ("C61", "prostate cancer"),
    ("C50.911", "Malignant neoplasm of unsp site of right female breast"),
    ("C64.9", "Malignant neoplasm of unspecified kidney, except renal pelvis"),
    ("C34.11", "right upper lobe lung cancer"),
])
def test_a_code_agrees_with_its_own_title(code_: str, title: str) -> None:
    assert agrees(code_, title)


@pytest.mark.parametrize("code_, title", [
    ("C61", "Malignant neoplasm of breast"),  # another organ's title
    ("C18.7", "cancer"),                      # no title words: nothing to agree with
    ("C99.9", "colon cancer"),                # no such code
    ("C50.911", "squamous cell carcinoma of the lung"),
])
def test_a_code_that_contradicts_its_title_or_has_none_does_not_agree(code_: str, title: str) -> None:
    assert not agrees(code_, title)


def test_written_codes_finds_both_layouts_and_code_lines() -> None:
    text = "Dx: C18.7 - sigmoid colon ca\nAssessment: Malignant neoplasm of prostate (C61)\nBP 120/80"
    assert [c for _, _, c in written_codes(text)] == ["C18.7", "C61"]
    assert code_line_at(text, 5) and code_line_at(text, 40) and not code_line_at(text, len(text) - 2)


@pytest.mark.parametrize("text, expected", [
    # the written code refines what the words give, where code and title agree
    ("C64.9 Malignant neoplasm of unsp kidney, except renal pelvis\nRight RCC, 4 cm, for partial nephrectomy.",
     ("kidney", "C64")),
    ("C40.20 Malignant neoplasm of unsp bones and articular cartilage of unsp limb\nOsteosarcoma of the left femur.",
     ("other_cancer", "C40")),
    # a contradicting code is no truth: the words decide
    ("C43.9 Malignant neoplasm of unsp kidney, except renal pelvis\nRight RCC, 4 cm, for partial nephrectomy.",
     ("kidney", "C64")),
    ("C61 Malignant neoplasm of breast", ("breast", "C50")),
    # a code's line is its own line: the next line's words are another sentence
    ("C34.90 Malignant neoplasm of prostate\nSpinal cord compression at T8 from metastatic prostate cancer.",
     ("prostate", "C61")),
    # a melanoma coded to its organ's category gives the title's mention its type
    ("C69.90 Malignant neoplasm of unsp site of unsp eye\nChoroidal melanoma of the left eye, plaque placed.",
     ("melanoma", "C69")),
    ("Mucosal melanoma of the anal canal.\nAssessment: Malignant neoplasm of anus, unsp (C21.0)", ("melanoma", "C21")),
])
def test_code_lines_code_as_the_code_or_the_words(coder: Coder, text: str, expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_the_written_code_is_kept_to_its_digits(coder: Coder) -> None:
    assert code_all(coder, "C50.911 Malignant neoplasm of unsp site of right female breast")[1][0] == "C50.911"
    assert code_all(coder, "C61 Malignant neoplasm of breast")[1][0][:3] == "C50"


def test_except_clauses_blank_only_a_site() -> None:
    assert "renal pelvis" not in drop_excepted_sites("Malignant neoplasm of kidney, except renal pelvis\n")
    kept = "Lymph nodes negative, except one with metastatic carcinoma."
    assert drop_excepted_sites(kept) == kept


# -- a second, past cancer beside the current one ---------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # the past cancer's operation is its own: the current site-less histology still takes the other operation's organ
    ("Right radical orchiectomy for a testicular mass; pathology: seminoma, pT2. Past history: breast cancer, "
     "lumpectomy in 2010, no recurrence.", ("other_cancer", "C62")),
    # "Past history:" is a past section: its cancer does not outweigh the current one
    ("Chronic lymphocytic leukaemia with a rising lymphocyte count, watchful waiting. Past history: melanoma of the "
     "left calf, excised in 2013, no recurrence.", ("leukemia", "C91")),
])
def test_a_past_cancer_takes_neither_the_current_ones_organ_nor_its_place(coder: Coder, text: str,
                                                                          expected: tuple[str, str]) -> None:
    assert code(coder, text) == expected


def test_past_history_labels_are_past_sections() -> None:
    from cancerprep.stages.coding.sections import find_sections, section_kind

    text = "Seminoma, pT1. Past history: breast cancer 2011.\nPAST CANCER HISTORY: melanoma 2014."
    assert section_kind(find_sections(text), text.index("breast")) == "past"
    assert section_kind(find_sections(text), text.index("melanoma")) == "past"
    assert section_kind(find_sections(text), text.index("Seminoma")) != "past"
