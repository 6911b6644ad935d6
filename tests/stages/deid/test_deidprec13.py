"""deidprec13 (issue 13: PhysioNet check precision; notes written in capitals): the learned voter's place of several
words on a line without case needs a second opinion when no rule found it (deidprec12's rule, with an organisation
word after the first, a firm's form or an ampersand now also vouching: the emergency family's "silver creek ambulance
crew" and the planted practices' names). Every example is invented."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from cancerprep.stages.deid import engine
from cancerprep.stages.deid.recognizers import learned


def _at(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.mark.parametrize(("text", "words"), [
    ("PT TRANSFERRED FROM QUARRY BAY FOR MS CHANGES.", "QUARRY BAY"),             # a place preposition
    ("FAMILY DROVE QUARRY BAY OVERNIGHT.", "QUARRY BAY"),                          # a verb of going
    ("SEEN AT CLINIC. QUARRY BAY HOSPITAL ER NOTIFIED.", "QUARRY BAY HOSPITAL"),  # a facility word
    ("ADDRESS ON FILE: 7421 QUARRY WAY, LAKEWOOD", "7421 QUARRY WAY"),             # a number: a street address
    ("QUORVA MEDICAL CENTER - QUARRY ORTHOPEDICS\n", "QUARRY ORTHOPEDICS"),       # a letterhead's dash
    ("pt seen.\nquarrydale urgent care - transfer form\n", "quarrydale urgent care -"),  # the voter took the dash
    ("SINCERELY,\nQUARRY BAY ORTHOPEDICS\n", "QUARRY BAY ORTHOPEDICS"),            # the line whole
    ("MICHELLE QUORRSHAW, M.D.\nPAGER 4412", "MICHELLE QUORRSHAW"),               # a person typed as a place
    ("pt lives w/ son in santa fe springs.", "santa fe springs"),                  # a city's whole name
    ("transport: pickup yarmouth -> destination quarry bay", "pickup yarmouth"),   # a city in it
    ("pt in bay 4.\nquorvel creek ambulance crew left.", "quorvel creek ambulance crew"),  # an organisation word
    ("RECORDS: QUORVEL AND BRANDT, PC", "QUORVEL AND BRANDT, PC"),                 # a firm's form ending it
    ("REVIEWED WITH QUORVEL PULMONARY & SLEEP TODAY", "QUORVEL PULMONARY & SLEEP"),  # an ampersand
])
def test_a_caseless_run_with_a_second_opinion_is_kept(text: str, words: str) -> None:
    assert learned.caseless_run_seconded(text, *_at(text, words))


@pytest.mark.parametrize(("text", "words"), [
    ("NEW QUORVIN CATH RIJ, PLACEMENT CONFIRMED.", "NEW QUORVIN CATH"),   # a device after a maker's word
    ("AWAKE MOST OF NIGHT. RESTLESS QUORVEL SIGN NOTED, MD AWARE.", "RESTLESS QUORVEL SIGN"),
])
def test_a_caseless_run_without_one_is_not(text: str, words: str) -> None:
    assert not learned.caseless_run_seconded(text, *_at(text, words))


def _result(text: str, words: str, recognizer: str, etype: str = "LOCATION") -> RecognizerResult:
    return RecognizerResult(etype, *_at(text, words), 0.85, recognition_metadata={"recognizer_name": recognizer})


def test_the_voters_unvouched_caseless_run_is_dropped_and_the_rest_kept() -> None:
    text = "NEW QUORVIN CATH RIJ, PLACEMENT OK. PT FROM QUARRY BAY. SEEN BY QUORVANE."
    device = _result(text, "NEW QUORVIN CATH", "LearnedRecognizer")
    framed = _result(text, "QUARRY BAY", "LearnedRecognizer")
    one = _result(text, "QUORVANE", "LearnedRecognizer")
    assert engine._voter_places_seconded(text, [device, framed, one]) == [framed, one]


def test_a_run_another_recogniser_found_or_on_a_cased_line_is_not_asked() -> None:
    text = "NEW QUORVIN CATH RIJ, PLACEMENT OK."
    voter, rule = _result(text, "NEW QUORVIN CATH", "LearnedRecognizer"), _result(text, "QUORVIN", "OtherRecognizer")
    assert engine._voter_places_seconded(text, [voter, rule]) == [voter, rule]
    cased = "New Quorvin Cath placed today."
    voter = _result(cased, "New Quorvin Cath", "LearnedRecognizer")
    assert engine._voter_places_seconded(cased, [voter]) == [voter]
    name = _result(text, "NEW QUORVIN CATH", "LearnedRecognizer", "NAME")
    assert engine._voter_places_seconded(text, [name]) == [name]


@pytest.mark.parametrize(("text", "word"), [
    ("Family in from Quarrydale overnight.", "Quarrydale"),
    ("Hometown: Quarrydale", "Quarrydale"),
    ("cc: Dr. Olga Venn, Quarrydale", "Quarrydale"),
    ("Quarrydale, Ohio", "Quarrydale"),
    ("Bed board | 4W-408A | Quarrydale, Ann | 72 F", "Quarrydale"),
    ("Patient Unit | Bed\nQuarrydale | 36", "Quarrydale"),
])
def test_place_frames(text: str, word: str) -> None:
    assert learned.place_seconded(text, *_at(text, word))
    assert not learned.place_seconded("continue on Quorvia, recheck", 12, 19)


def test_a_street_label_seconds_a_caseless_run() -> None:
    text = "STREET: QUORVEL OAK CIR   NO.: 4"
    assert learned.caseless_run_seconded(text, *_at(text, "QUORVEL OAK CIR"))
    assert not learned.caseless_run_seconded("STRESS: QUORVEL OAK CIR   NO.: 4", 8, 23)
