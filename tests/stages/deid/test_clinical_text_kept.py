"""Clinical text de-identification must keep verbatim, by class (issue 13, "no damage to clinical text"), each
class with look-alike PHI in the same position that must still be caught: exam grades and murmur grades written
as fractions, ordinals that count anatomy or stages, and eponyms of protocols, devices, operations, scales and
anatomy (the head noun after the span, or the structure before "of")."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid import safelist
from cancerprep.stages.deid.engine import Deidentifier
from cancerprep.stages.deid.recognizers.dates import date_recognizer
from tests.stages.deid.spans import found_texts, in_note


def _dates(line: str) -> list[str]:
    text = in_note(line)
    return [text[r.start:r.end] for r in date_recognizer().analyze(text, ["DATE"], None)]


@pytest.mark.parametrize("line", [
    # murmur grades, with the murmur's describing words between
    "CARDIOVASCULAR: A 3/6 systolic murmur heard best at the apex.",
    "Heart has a 2/6 vibratory systolic ejection murmur.",
    # pupil sizes and reflex grades written for both sides, with the site graded after them
    "CN: Pupils 4/4 decreasing to 2/2 on exposure to light.",
    "Reflexes: 3/3 BUE. 4/4 patellae. 1/1 Achilles.",
    # strength grades beside a signed grade, and a grade carrying its own sign
    "Knee extension on the right was 1/5 and on the left was 3-/5.",
    "Strength full except for 5/4+ hip extensors.",
    # a rating on a named scale
    "He rated himself 4/7 on the Stanford Sleepiness Scale.",
    # ordinals that count anatomy, stages and weeks
    "The murmur is best heard at the 2nd right intercostal space.",
    "The 2nd tracheal ring was identified.",
    "An incision was made in line with the 4th ray.",
    "She had the flu in the 7th or 8th month of gestation.",
    "The tumor was taken off the 9th, 10th or 11th nerve complex.",
])
def test_grades_and_ordinals_are_not_dates(line: str) -> None:
    assert _dates(line) == []


@pytest.mark.parametrize(("line", "date"), [
    ("Seen on 3/6 for a murmur.", "3/6"),  # a date preposition before: a date, even before "murmur"
    ("Follow up on 4/4.", "4/4"),
    ("Admitted 3/6 with chest pain.", "3/6"),
    ("She went to work on the 14th, but not after.", "14th"),
    ("Surgery is planned for the 12th at noon.", "12th"),
    ("On the 12th she was admitted.", "12th"),
])
def test_dates_beside_the_grade_shapes_stay(line: str, date: str) -> None:
    assert date in _dates(line)


@pytest.mark.parametrize("text", [
    # protocols, devices, blades, dressings, operations and what they build
    "The patient exercised according to the standard Bruce protocol for 9 minutes.",
    "Status post placement of a bidirectional Glenn shunt.",
    "Doyle splints were placed on each side of the septum.",
    "The incision was made with a #10 Bard Parker blade.",
    "The dorsal hump was taken down with the Rubin osteotome.",
    "A Scott cannula was placed and secured to the skin.",
    "Dressings consisted of Owen silk, 4x4s and Kling.",
    "Murphy ball was passed anterior to the dura.",
    # anatomy and lesions named for people
    "There was no stricture or Barrett mucosa.",
    "The vessels in the circle of Willis were normal.",
    # scales and tests named for people or places, one word between
    "NEUROLOGIC: Normal Glasgow Coma Scale.",
    "Testing included the Boston Naming Test, Second Edition.",
])
def test_eponyms_are_kept(engine: Deidentifier, text: str) -> None:
    assert found_texts(engine, in_note(text)) == []


@pytest.mark.parametrize(("text", "phi"), [
    ("Dr. Glenn discussed the shunt placement with the family.", "Glenn"),
    ("Seen today by Dr. Parker blade injury to the hand.", "Parker"),
    ("Her son Bruce visited today and was updated.", "Bruce"),
    ("The patient Kelly Bruce was seen today.", "Kelly Bruce"),
    ("ANESTHESIA: PAUL (MD) / BAUMOHL (CRNA)", "PAUL"),  # a credential in brackets after a care label's value
])
def test_names_beside_eponym_heads_are_found(engine: Deidentifier, text: str, phi: str) -> None:
    assert any(phi in found for found in found_texts(engine, in_note(text)))


def test_eponym_contexts() -> None:
    text = "seen by Dr. Glenn shunt"
    start = text.index("Glenn")
    assert not safelist.clinical_term_use(text, start, start + 5, "NAME")  # a title names the doctor
    text = "a bidirectional Glenn shunt"
    start = text.index("Glenn")
    assert safelist.clinical_term_use(text, start, start + 5, "NAME")
    assert not safelist.clinical_term_use(text, start, start + 5, "DATE")  # only names and places
    text = "the circle of Willis"
    assert safelist.clinical_term_use(text, text.index("Willis"), len(text), "NAME")
    text = "Mary Smith blood test"  # "test" closes a term only as a title
    assert not safelist.clinical_term_use(text, 0, 10, "NAME")


def test_a_word_the_note_uses_as_a_term_does_not_spread(engine: Deidentifier) -> None:
    text = ("DIAGNOSES: 6. Extracardiac Fontan with the fenestration.\nAngiogram with injection in the Fontan showed a "
            "widely patent anastomosis. Mean Fontan pressures were 12 mmHg across the Fontan fenestration.\n")
    assert found_texts(engine, text) in ([], ["Extracardiac Fontan"])  # the list item's own span, no spread


def test_a_person_named_like_the_term_is_still_found(engine: Deidentifier) -> None:
    text = in_note("Her husband Glenn Smith called. Glenn will bring the list. Status post Glenn shunt.")
    spans = engine.analyze(text)
    assert isinstance(spans, list)
    starts = {s.start for s in spans}
    assert text.index("Glenn Smith") in starts and text.index("Glenn will") in starts
    assert text.index("Glenn shunt") not in starts



@pytest.mark.parametrize(("text", "name"), [
    ("Patient: Lopez, Maria    Procedure: colonoscopy", "Lopez, Maria"),  # the next field's label, not a head
    ("Patient: Maria Lopez\tOperation: right hemicolectomy", "Maria Lopez"),
    ("Consent: Maria Lopez procedure: port placement", "Maria Lopez"),  # a head word before a colon is a label
    ("Referred by Riverside Procedure Center.", "Riverside"),  # an institution word after the head
])
def test_a_head_word_opening_the_next_field_is_no_term(text: str, name: str) -> None:
    start = text.index(name)
    assert not safelist.clinical_term_use(text, start, start + len(name), "NAME")
    assert safelist.clinical_term_use("the Whipple procedure", 4, 11, "NAME")  # one space, no colon: the term
