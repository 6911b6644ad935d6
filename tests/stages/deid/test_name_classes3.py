"""Name classes written once more on unseen text (deidnames3): an everyday-word name the note itself wrote as part of
a full name, found again where its slot says it is a person although its case does not; an everyday-word surname
alone after a word of contact; sorted lists of people.

* `consistency.PAIRED`: a GUARDED word ("Hope", "Rose", "Brown") that a NAME span of the note holds in a full name
  spreads, in its own note, as a sentence's subject before a verb, or set alone in capitals on a line of mixed case;
* refusals: the word used as a word (a noun after it, capitals run together in a heading, small letters, a note
  that never wrote it in a full name);
* `person_slots` mid-capital slot: an everyday-word surname that is a surname first ("Brown", "Hill", "Fields"),
  capitalised inside a sentence right after a word of contact ("spoke with Brown", "checked by Fields", "per
  Hill"); not after a place preposition, not before a noun, not a word likelier than the surname ("Little");
* `person_slots.sorted_lists`: a semicolon list of two or more "Surname, Given" items, every item a person's.
"""

from __future__ import annotations

import pytest

from cancerprep.stages.deid import consistency as c
from cancerprep.stages.deid.engine import Deidentifier
from cancerprep.stages.deid.recognizers.person_slots import slots, sorted_lists
from tests.stages.deid.spans import covered


def _names(engine: Deidentifier, text: str) -> list[str]:
    spans = engine.analyze(text)
    assert isinstance(spans, list)
    return [text[s.start:s.end] for s in spans if s.entity_type == "NAME"]


def test_full_name_words_are_paired():
    text = "Patient: Hope Smith\nSeen today."
    words = c.name_words(text, [_S(9, 19)])
    assert words["hope"] == c.PAIRED
    assert words["smith"] == c.FREE


def test_a_lone_word_span_is_not_paired():
    text = "Nurse: Hope\nSeen today."
    assert c.name_words(text, [_S(7, 11)])["hope"] == c.GUARDED


class _S:
    def __init__(self, start: int, end: int) -> None:
        self.start, self.end, self.entity_type = start, end, "NAME"


@pytest.mark.parametrize(("text", "words", "nth"), [
    # capitals alone on a line of mixed case
    ("Patient: Hope Smith\nHistory: 54 yo female.\nHOPE reports that the pain is better.\n", "HOPE", 0),
    ("Patient: Rose Hill\nSpoke with ROSE today about the plan.\n", "ROSE", 0),
    # a sentence's subject before what a person does
    ("Patient: Hope Smith\nThe wound is clean. Hope reports less pain.\n", "Hope", 1),
    ("Patient: John Long\nLong was seen by physical therapy.\n", "Long", 1),
])
def test_paired_word_spreads_in_a_name_slot(engine: Deidentifier, text: str, words: str, nth: int):
    assert covered(engine, text, words, nth)


@pytest.mark.parametrize(("text", "words", "nth"), [
    # a noun after the capitals: the word modifies it
    ("Patient: John Long\nThe LONG axis view was obtained.\n", "LONG", 0),
    ("Patient: Mark Brown\nStool was BROWN stool, guaiac negative.\n", "BROWN", 0),
    # capitals run together: a heading or an acronym's words
    ("Patient: John Long\nPlan: LONG TERM CARE placement.\n", "LONG", 0),
    # small letters say nothing of a name
    ("Patient: Hope Smith\nWe hope the pain is better.\n", "hope", 0),
    # the note never wrote the word in a full name: a lone span vouches for the capital mid-sentence only
    ("Nurse: Hope\nHOPE reports the plan.\n", "HOPE", 0),
    # a sentence start without a person's verb
    ("Patient: John Long\nLong term care was discussed.\n", "Long", 1),
    ("Patient: Rose White\nWhite count is 12.\n", "White", 1),
])
def test_paired_word_used_as_a_word_stays(engine: Deidentifier, text: str, words: str, nth: int):
    assert not covered(engine, text, words, nth)


# ---------------------------------------------------------------------------------------------
# An everyday-word surname alone, capitalised after a word of contact: whom one spoke to or acted through.
@pytest.mark.parametrize(("line", "name"), [
    ("I spoke with Brown about the plan.", "Brown"),
    ("Plan checked by Fields and approved by the attending.", "Fields"),
    ("Discussed with White, who agrees.", "White"),
    ("paged Hill re: labs", "Hill"),
])
def test_word_surname_alone_in_a_person_slot(line: str, name: str):
    assert name in [line[a:b] for a, b, _ in slots(line)]


@pytest.mark.parametrize("line", [
    "Stool brown. Brown stool noted, guaiac negative.",
    "Stone was removed from the distal ureter.",
    "White count is 12. Long standing pain.",
    "Discussed with Little, who agrees.",  # a word far likelier than the surname (surname odds under 1)
    "i spoke with brown about the plan.",  # no capital on a line without case: nothing vouches for the name
    "Spoke with BROWN today.",  # capitals on a line of mixed case: emphasis or an acronym as often
    "Stained with Gram stain and mixed with Brown sugar.",  # a noun after the capital
    "Transferred from Hill to home.",  # a place preposition
    "Will follow up in 2 weeks. Hope this helps.",
])
def test_everyday_words_stay(line: str):
    assert slots(line) == []


# A semicolon list of "Surname, Given" items, every one a person's.
@pytest.mark.parametrize(("line", "names"), [
    ("Patients seen today: Bass, Ray; Hill, Ann M.; Okafor, Ruth",
     ["Bass", "Ray", "Hill", "Ann", "Okafor", "Ruth"]),
    ("ROUNDS: BASS, RAY; HILL, ANN", ["BASS", "RAY", "HILL", "ANN"]),
    ("seen: bass, ray; hill, ann", ["bass", "ray", "hill", "ann"]),
])
def test_sorted_list_of_people(line: str, names: list[str]):
    assert [line[a:b] for a, b, _ in sorted_lists(line)] == names


@pytest.mark.parametrize("line", [
    "Symptoms: Pain, fever; Cough, cold",
    "Allergies: Penicillin, rash; Sulfa, hives",
    "Plan: Ward, rest; Home, May",  # one item no person's: the list is no list of people
    "Labs: Sodium, 140; Potassium, 4",
    "Seen: Bass, Ray",  # one item alone: the sorted-name frames' business, not a list's
])
def test_lists_of_findings_stay(line: str):
    assert sorted_lists(line) == []
