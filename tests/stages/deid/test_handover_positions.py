"""Person positions of hand-over writing (issue 13, deidfix10): a name bracketed after a care-team role ("Outside
surgeon (X)"), a role label told by where the role serves or by a degree ("Attending on accepting service: X",
"Transferring MD: X"), the patient's title as an owner ("pt X's bed"), a name set off by a dash before an age and
sex ("Board: X - 58F"), the object of a verb of handing a patient over ("accepting X from", "sending X over",
"report on X in"), and a name field whose owner has words before it ("Transfer patient name: X"). Sentences are
written here, not copied from any benchmark's forms; each class has clinical text in the same position that must
stay."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.backstop import NamesBackstopRecognizer

# A mixed-case note around each line, so the line's own case decides (as in a real note).
_NOTE = "HISTORY OF PRESENT ILLNESS: The patient is seen in clinic today.\n{line}\nPlan as above.\n"


def _names(rec: NamesBackstopRecognizer, line: str) -> set[str]:
    text = _NOTE.format(line=line)
    return {text[r.start:r.end] for r in rec.analyze(text, ["NAME"])}


@pytest.mark.parametrize(("line", "name"), [
    # a bracketed name after a role noun
    ("Her cardiologist (Abernathy) adjusted the beta blocker.", "Abernathy"),
    ("The outside radiologist (Okonkwo) read the films as negative.", "Okonkwo"),
    ("Covering pharmacist (Lindqvist) verified the heparin dose.", "Lindqvist"),
    # a role label told by where the role serves, or a degree with a word saying which physician
    ("Surgeon on call tonight: Fairweather", "Fairweather"),
    ("Physician of record: Castellanos", "Castellanos"),
    ("Accepting MD: Villalobos", "Villalobos"),
    # the patient's title as an owner
    ("Called about pt Brennan's wheelchair delivery.", "Brennan"),
    ("PT GALLAGHER'S WALKER WAS LEFT IN THE CAR.", "GALLAGHER"),
    # a name set off by a dash before an age and sex
    ("Handoff: Kowalczyk - 72M, s/p Whipple, drain output low", "Kowalczyk"),
    ("Case list: Mendelsohn - 45 y/o F, new ALL", "Mendelsohn"),
    # the object of a verb of handing over
    ("Accepting Szymanski from the outside ICU this evening.", "Szymanski"),
    ("We are transferring Okonkwo to the step-down unit.", "Okonkwo"),
    ("Sending Mendelsohn over for a CT.", "Mendelsohn"),
    ("report on thaddeus in bed 4 given to the night nurse.", "thaddeus"),
    # a name field whose owner is told apart by words before it
    ("Accepting physician name: Villanueva", "Villanueva"),
    ("Transfer patient name: Castellanos, Guy", "Castellanos, Guy"),
])
def test_handover_positions_find_the_name(backstop: NamesBackstopRecognizer, line: str, name: str) -> None:
    assert name in _names(backstop, line)


@pytest.mark.parametrize("line", [
    # brackets after a role that hold abbreviations, a unit or an aside
    "Surgeon (CT) reviewed the films.",
    "The nurse (RN) called the family.",
    "Consult surgeon (see note) agreed with the plan.",
    "Technician (ICU) drew the labs.",
    # role labels whose value is a state, not a person
    "Attending on call: aware",
    "Nurse on duty: notified",
    "MD: aware of the results",
    # the patient's possessive before clinical words, a dash and a scale that is no age
    "Pt's MRI reviewed; patient's BP 120/80 today.",
    "Pain - 5F scale, stable",
    "Wound - 58F dressing applied",
    # what is handed over is no person
    "Accepting transfer from the OSH tonight.",
    "Accepting report from the ED nurse.",
    "Transferring care to the oncology team.",
    "Report on arrival to the floor was given.",
    "Accepting Decadron from pharmacy.",
    # name fields whose value is no person, or whose owner is no person
    "Outside hospital contact name: pending",
    "Transfer patient name: unknown",
    "Discharge medication name: Aspirin",
    "Study drug name: Pembrolizumab",
])
def test_clinical_text_in_handover_positions_stays(backstop: NamesBackstopRecognizer, line: str) -> None:
    assert _names(backstop, line) == set()
