"""A patient's name by class of writing (deidpatient): the object of a sentence-opening past-tense verb
(`person_slots.verb_objects`: "Ambulated Rhea 100 ft", "Instructed Ilse to call"), the one class of this round that
moved a blind family's check part. Positives are our own sentences; refusals are clinical text in the same position
(a drug, device, score or eponym after a charting verb) that must stay."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.engine import Deidentifier
from cancerprep.stages.deid.recognizers.person_slots import slots, verb_objects
from tests.stages.deid.spans import in_note


def _objects(line: str) -> list[str]:
    text = in_note(line)
    return [text[a:b] for a, b, _ in verb_objects(text)]


@pytest.mark.parametrize(("line", "name"), [
    ("Ambulated Rosalind 150 ft with a rolling walker.", "Rosalind"),
    ("Medicated Thaddeus for incisional pain at 2200.", "Thaddeus"),
    ("Instructed Winifred to call before getting up.", "Winifred"),
    ("Assisted Desmond to the bedside commode.", "Desmond"),
    ("Repositioned Priscilla every 2 hours; skin intact.", "Priscilla"),
    ("Pain controlled. Educated Dwayne on the incentive spirometer.", "Dwayne"),
    ("Bathed Marjorie, linens changed.", "Marjorie"),
])
def test_object_of_an_opening_past_tense_verb(line: str, name: str):
    assert _objects(line) == [name]


@pytest.mark.parametrize("line", [
    "Started Heparin drip at 1200 units per hour.",  # a drug: no census first name
    "Placed Foley catheter without difficulty.",  # a device before its noun
    "Reviewed Gleason score with pathology.",  # an eponym's score
    "Administered Tylenol 650 mg PO.",  # a drug
    "Discussed Plan with the team.",  # a capitalised common noun
    "Noted Will to be updated.",  # an everyday word far too frequent to be taken alone
    "started rosalind on clears.",  # no case on the line: the capital is the evidence, there is none
    "STARTED ROSALIND ON CLEARS.",
    "Ambulated Ruth Ave to the corner store.",  # ... a noun after it: no clause word follows the capital
    "Paged Neuro for a consult.",  # a service, no census first name
    "He then walked Rosalind home.",  # not opening the sentence (another rule's business)
])
def test_clinical_text_after_an_opening_verb_stays(line: str):
    assert _objects(line) == []


def test_slots_run_the_verb_objects():
    text = in_note("Ambulated Rosalind 150 ft with a rolling walker.")
    assert ("Rosalind", "verb-object") in {(text[a:b], slot) for a, b, slot in slots(text)}


def test_the_engine_replaces_the_object(engine: Deidentifier):
    text = in_note("Medicated Thaddeus for incisional pain at 2200.")
    spans = engine.analyze(text)
    assert isinstance(spans, list)
    at = text.index("Thaddeus")
    assert any(s.start <= at and at + len("Thaddeus") <= s.end and s.entity_type == "NAME" for s in spans)
