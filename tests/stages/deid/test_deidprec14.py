"""deidprec14 (issue 13: false spans that damage clinical text): "work for" a pronoun or a time names no employer, and
the relation rule refuses a medical word, an inflected verb and the next line's field label (deidprec12's relation
refusals, re-measured and kept here: they moved precision_variation's held PhysioNet half). Every example is
invented."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.names import NameRecognizer
from cancerprep.stages.deid.recognizers.profession import profession_recognizer


@pytest.fixture(scope="module")
def names() -> NameRecognizer:
    rec = NameRecognizer()
    rec.load()
    return rec


def _at(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _employers(text: str) -> list[str]:
    rec = profession_recognizer()[1]
    return [text[r.start:r.end] for r in rec.analyze(text, ["LOCATION"])]


@pytest.mark.parametrize("text", [
    "A CAREER THAT WOULD WORK FOR HIM.  THEY MOVED.",
    "the pill did not work for her.  She stopped it.",
    "Off work for two weeks due to injury.\nEXAM:",
    "out of work for several months.  He smokes.",
])
def test_work_for_a_pronoun_or_a_time_is_no_employer(text: str) -> None:
    assert _employers(text) == []


@pytest.mark.parametrize(("text", "employer"), [
    ("He works for Quorvel Steel as a welder.", "Quorvel Steel"),
    ("She works for Two Rivers Casino.", "Two Rivers Casino"),    # a count word with no time after it
    ("works at the Quorvel Unified School District.", "the Quorvel Unified School District"),
])
def test_employers_are_still_found(text: str, employer: str) -> None:
    assert _employers(text) == [employer]


def _rules(names: NameRecognizer, text: str) -> dict[str, str]:
    return {text[r.start:r.end]: r.recognition_metadata["rule"] for r in names.analyze(text, ["NAME", "LOCATION"])}


@pytest.mark.parametrize(("text", "word"), [
    ("Social: Husband at bedside. Daughter Cardiology aware.", "Cardiology"),        # a medical word
    ("SOCIAL: WIFE AT BEDSIDE. DAUGHTER TRANSLATING FOR PT.", "TRANSLATING"),       # an inflected verb
    ("Daughter Translating for pt today.", "Translating"),
    ("Pt. Name - Olga Venn\nNurse: Son\nPathologist: Dr. Quarry\n", "Pathologist"),  # the next line's label
])
def test_the_relation_rule_refuses_charting_words(names: NameRecognizer, text: str, word: str) -> None:
    assert _rules(names, text).get(word) != "relation"


@pytest.mark.parametrize(("text", "name"), [
    ("His daughter Quorlina helps with medications.", "Quorlina"),
    ("SOCIAL: DAUGHTER QUORLINA IN THIS EVENING.", "QUORLINA"),
    ("Discussed with his brother Sven at bedside.", "Sven"),
    ("son bill called twice for updates.", "bill"),
    ("family: 2) son:\nVladislav Quorr - 555-0100", "Vladislav Quorr"),      # a name on the next line, no label
])
def test_the_relation_rule_still_finds_relatives(names: NameRecognizer, text: str, name: str) -> None:
    assert _rules(names, text).get(name) == "relation"
