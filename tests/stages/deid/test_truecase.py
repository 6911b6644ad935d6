"""Case restored for the learned voter (`truecase.restore_case`): lines without case are read in the case their words
usually take, letter for letter (offsets hold), and lines with case are never touched. Sentences are our own."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.truecase import restore_case


@pytest.mark.parametrize("line", [
    "TRANSFERRED FROM QUARLEYVILLE MEDICAL CENTER FOR CATH.",
    "seen at the ostrander clinic, ct head negative",
    "PT WAS AT 4 WEST, HGB 7.2",
])
def test_same_length_and_letters(line: str) -> None:
    out = restore_case(line)
    assert len(out) == len(line) and out.lower() == line.lower()


def test_names_capitalised_everyday_words_small_abbreviations_capitals() -> None:
    out = restore_case("TRANSFERRED FROM QUARLEYVILLE MEDICAL CENTER FOR CT OF THE HEAD.")
    words = out.split()
    assert "Quarleyville" in words        # a word no vocabulary knows reads as a name
    assert "from" in words and "for" in words and "the" in words  # function words in small letters
    assert "CT" in words                  # a short clinical abbreviation in capitals
    assert out[0] == "T"                  # the line's first letter capitalised


def test_lines_with_case_are_blanked() -> None:
    """The voter's second pass only adds results on caseless lines, so the others are blanked (same offsets)."""
    text = "Seen by cardiology today.\nPLAN: FOLLOW UP WITH OSTRANDER CLINIC\nAspirin 81 mg daily."
    out = restore_case(text)
    lines, before = out.split("\n"), text.split("\n")
    assert len(out) == len(text)
    assert lines[0] == " " * len(before[0]) and lines[2] == " " * len(before[2])
    assert lines[1] != before[1] and "Ostrander" in lines[1]


def test_caseless_lines_without_a_proper_noun_need_no_second_pass() -> None:
    text = "Seen by cardiology today.\nNO ACUTE DISTRESS, AFEBRILE\npt resting comfortably, no distress"
    assert restore_case(text) is text


def test_note_with_case_is_returned_as_is() -> None:
    text = "Pt seen at Ostrander Clinic.\nNo acute distress."
    assert restore_case(text) is text


def test_non_ascii_line_untouched() -> None:
    line = "SEEN AT MŌʻILIʻILI CLINIC"
    assert restore_case(line) == line


@pytest.mark.parametrize("case", [str.upper, str.lower])
@pytest.mark.parametrize("line, name", [
    ("Cath at Copper Falls showed 3VD.", "Copper Falls"),
    ("Sent to Birch Hollow for MRI.", "Birch Hollow"),
])
def test_engine_finds_place_named_by_words_in_line_without_case(engine, line: str, name: str, case) -> None:
    """A hospital named by two everyday words, bare after a place preposition, in a line without case: the learned
    voter finds it reading the restored line (offsets into the text as written)."""
    text = "History of present illness: chest pain.\n" + case(line) + "\nPlan: follow up in clinic."
    a = text.index(case(name))
    assert any(s.start <= a < s.end for s in engine.analyze(text)), case.__name__


@pytest.mark.parametrize("line", [
    "CONTINUE ASPIRIN AND METOPROLOL. FOLLOW UP IN CARDIOLOGY CLINIC IN 2 WEEKS.",
    "no acute distress. lungs clear to auscultation bilaterally.",
])
def test_clinical_lines_without_case_stay_clinical(engine, line: str) -> None:
    text = "History of present illness: chest pain.\n" + line + "\nPlan: follow up in clinic."
    a, b = text.index(line), text.index(line) + len(line)
    assert not [s for s in engine.analyze(text) if s.start < b and s.end > a]


@pytest.mark.parametrize("line, titled", [
    ("PRESCRIPTIONS SENT TO SHELL PHARMACY ON MAIN.", "Shell Pharmacy"),  # an everyday word named by its head
    ("hd at surprise dialysis, chair time 0600", "Surprise Dialysis"),
    ("discharged to quarleyville skilled nursing facility", "Quarleyville Skilled Nursing Facility"),
])
def test_organisation_words_after_a_proper_noun_are_titled(line: str, titled: str) -> None:
    """Mixed-case notes write an organisation's words in title case; the voter reads the name by that shape."""
    assert titled in restore_case(line)


@pytest.mark.parametrize("line, small", [
    ("SEEN AT HEART CLINIC TODAY, BP STABLE.", "clinic"),  # a kind of care is no proper noun
    ("FOLLOW UP AT WOUND CLINIC AND PAIN CLINIC.", "clinic"),
    ("TOLERATED WELL. HOME CARE ARRANGED.", "arranged"),  # no organisation word after the proper noun
    ("SENT TO SHELL FOR REVIEW OF PHARMACY RECORDS", "pharmacy"),  # another word stands between
])
def test_organisation_words_titled_only_after_a_name(line: str, small: str) -> None:
    assert small in restore_case(line).split() or small in restore_case(line).replace(".", "").split()
