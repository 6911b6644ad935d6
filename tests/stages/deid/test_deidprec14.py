"""deidprec14 (issue 13: false spans that damage clinical text): a role word before a credential's field label is no
signer, a hospital's part named by its position alone is no place, "work for" a pronoun or a time names no employer,
and a person's standing (employee, participant) is no occupation. Every example is invented."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import learned
from cancerprep.stages.deid.recognizers.names import NameRecognizer
from cancerprep.stages.deid.recognizers.profession import occupation, profession_recognizer


@pytest.fixture(scope="module")
def names() -> NameRecognizer:
    rec = NameRecognizer()
    rec.load()
    return rec


def _names(rec: NameRecognizer, text: str) -> list[str]:
    return [text[r.start:r.end] for r in rec.analyze(text, ["NAME"])]


@pytest.mark.parametrize("text", [
    "Off-going RN: yes   Oncoming RN: yes   Time: 0615",
    "OFF-GOING RN: YES   ONCOMING RN: YES   TIME: 1815",
    "off-going rn: yes   oncoming rn: yes   time: 09:00",
    "Day-shift RN aware of plan",
])
def test_role_words_before_a_credential_are_no_signer(names: NameRecognizer, text: str) -> None:
    assert _names(names, text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Quorvel Hulse RN: pt resting", "Quorvel Hulse"),         # a name before the label still signs it
    ("Rose-Mary Quorvel RN", "Rose-Mary Quorvel"),             # given names hyphened stay a name
    ("Kay Young-Quorvel RN: ok", "Kay Young-Quorvel"),
    ("Ann Quorvel, RN", "Ann Quorvel"),
])
def test_a_signer_before_a_credential_is_still_found(names: NameRecognizer, text: str, name: str) -> None:
    assert name in _names(names, text)


@pytest.mark.parametrize(("words", "expected"), [
    (["Main", "Campus"], True),
    (["NORTH", "TOWER"], True),
    (["outpatient", "building"], True),
    (["Quorvel", "Campus"], False),     # a campus named for someone or somewhere
    (["Main", "Street"], False),        # no part of a hospital
    (["Campus"], False),
])
def test_a_hospitals_part_named_by_position(words: list[str], expected: bool) -> None:
    assert learned.site_part(words) is expected


def test_the_voters_site_part_is_not_plausible_but_a_named_campus_is() -> None:
    text = "Medical Records Department, Main Campus\n"
    start = text.index("Main Campus")
    assert not learned.plausible(text, start, start + len("Main Campus"), "LOCATION", True)
    text = "Medical Records Department, Quorvel Campus\n"
    assert learned.plausible(text, start, start + len("Quorvel Campus"), "LOCATION", True)


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


@pytest.mark.parametrize(("phrase", "expected"), [
    ("employee", False), ("participant", False), ("transplant recipient", False),
    ("flight attendant", True), ("machinist", True), ("resident", True),
])
def test_a_persons_standing_is_no_occupation(phrase: str, expected: bool) -> None:
    assert occupation(phrase) is expected
