"""Names that are everyday words (Hope, Sky, Will) or rare (Bartholomew) in the frames notes write the patient and
relatives in: the capital mid-sentence is the evidence, so these hold in mixed-case notes only."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.names import NameRecognizer

_NOTE = "HISTORY: Seen for follow up today.\n{line}\nPlan: continue current medications."


@pytest.fixture(scope="module")
def names() -> NameRecognizer:
    rec = NameRecognizer()
    rec.load()
    return rec


def _found(names: NameRecognizer, line: str) -> list[str]:
    text = _NOTE.format(line=line)
    return [text[r.start:r.end] for r in names.analyze(text, ["NAME"])]


@pytest.mark.parametrize(("line", "name"), [
    ("The patient, Hope Bartholomew, is a 55-year-old woman.", "Hope Bartholomew"),
    ("The patient is Hope Bartholomew.", "Hope Bartholomew"),
    ("Patient, Jane Doe, was seen in clinic.", "Jane Doe"),
    ("Daughter Sky visited today.", "Sky"),                  # an everyday word before a verb of visiting
    ("Her daughter, Sky, called this morning.", "Sky"),
    ("Daughter Sky Jones is her health care proxy.", "Sky Jones"),  # the given name too, not the surname alone
    ("His wife Joy came with him.", "Joy"),
    # the subject that opens a sentence about what the patient did
    ("WILL SKY TOLERATED THE PROCEDURE WELL.", "WILL SKY"),
    ("Hope Bartholomew underwent an uncomplicated procedure.", "Hope Bartholomew"),
    ("Pain: Sky Jones denies any pain today.", "Sky Jones"),
])
def test_word_names_in_patient_and_relative_frames(names: NameRecognizer, line: str, name: str) -> None:
    assert name in _found(names, line)


@pytest.mark.parametrize("line", [
    "The patient is Caucasian.",                              # one word after a copula must be a census name
    "The patient is Alert, oriented and cooperative.",        # ... and no everyday word
    "The patient is Spanish speaking.",                       # the clause goes on: no name
    "Daughter Will call back tomorrow.",                      # "Will call": no verb of visiting after it
    "THE PATIENT, HOPE BARTHOLOMEW, IS A 55-YEAR-OLD WOMAN.",  # a capitals line in this note: no capital evidence
    "The Patient tolerated the procedure well.",            # a person noun names nobody
    "Pain Management presents options for her.",            # everyday words that no census lists
    "Wound Vac tolerated without leak.",                     # a medical word
    "Both sides were prepped. She tolerated it well.",       # function words
])
def test_frames_without_name_evidence_find_nothing(names: NameRecognizer, line: str) -> None:
    found = _found(names, line)
    assert not any(w in f for f in found for w in ("Caucasian", "Alert", "Spanish", "Will", "HOPE", "Patient",
                                                     "Management", "Wound", "She")), found
