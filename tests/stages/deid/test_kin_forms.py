"""Relatives and proxies in the forms registration, consent and telephone notes use: a field that asks for a person's
name ("Spouse name:", "Caller name:", "Name of person giving consent:"), a numbered contact field ("Emergency Contact
#2:"), the alternate proxy, "Father of baby:", a bracket holding two roles ("(patient's son and HCP)"), the kin
shorthand of nursing notes (husb, sis, bro), a possessive first name after a relation word ("daughter linda's cell")
and a nickname in quotes after a given name or relation word. Each finds the name through the whole engine; the same
frames holding clinical or everyday words stay untouched. Lines written for the test, not taken from any dev note."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.engine import Deidentifier
from tests.stages.deid.spans import found_texts

# a mixed-case note around the line, so that case carries information
HEAD = "HISTORY: The patient is a 71-year-old man seen today for follow-up of his lymphoma.\n"
TAIL = "\nPLAN: Continue current therapy. Follow up in 4 weeks with labs.\n"


def _found(engine: Deidentifier, line: str) -> list[str]:
    """What the engine replaces in `line` (set inside a mixed-case note whose other lines hold no identifier)."""
    return found_texts(engine, HEAD + line + TAIL)


def _covered(found: list[str], name: str) -> bool:
    return any(name in f or f in name for f in found if f.strip())


@pytest.mark.parametrize(("line", "name"), [
    ("Spouse name: Rusty", "Rusty"),
    ("SPOUSE NAME: AUTUMN", "AUTUMN"),
    ("Caller name: Liberty   Caller relationship: Daughter", "Liberty"),
    ("Relationship: Daughter   Name: Angle Smoke", "Angle Smoke"),
    ("Name of person giving consent: Rusty Hope   Relationship: Husband", "Rusty Hope"),
    ("Emergency Contact #2: Rocky Crane   Relationship: Friend", "Rocky Crane"),
    ("Health Care Proxy: John Vann   Alternate: Mark Crane", "Mark Crane"),
    ("Father of baby: Rocky Lim, involved and supportive.", "Rocky"),
    ("Mother of baby: Autumn Rose", "Autumn Rose"),
    ("Gene Bacon (patient's son and HCP) requests a call back.", "Gene Bacon"),
    ("Left VM for pt's husb Cliff.", "Cliff"),
    ("Updated pt's sis Molly by phone.", "Molly"),
    ("Spoke with his bro Rusty about the plan.", "Rusty"),
    ("Parent(s): Coral and Angie Bagley", "Coral"),
    ("Contact person: Rusty Hope", "Rusty Hope"),
    ("Escort: Autumn Rose, will drive patient home.", "Autumn Rose"),
    ("Health care agent: Ed Canant; alternate agent: Brian Frank", "Brian Frank"),
    # a nickname in quotes after a given name or a relation word
    ('Her husband Robert ("Hang") is at bedside.', "Hang"),
    ('Her husband Mike ("Dean") is at bedside.', "Dean"),
    ('HER HUSBAND GARLAND ("ROYAL") IS AT BEDSIDE.', "ROYAL"),
    ('His wife ("Bunny") called this morning.', "Bunny"),
    # a census first name after a relation word, possessive, on a line without case
    ("left message on daughter linda's cell.", "linda"),
    ("patient's daughter aida's phone number is on file.", "aida"),
])
def test_kin_forms_find_the_name(engine: Deidentifier, line: str, name: str) -> None:
    assert _covered(_found(engine, line), name)


@pytest.mark.parametrize("line", [
    "Drug name: tamoxifen",
    "Test name: Hemoglobin A1c",
    "Procedure name: Whipple",
    "Mother of baby: not present",
    "Procedure name: Right mastectomy with sentinel node biopsy",
    "Spouse name: unknown",
    "Father of baby: not involved.",
    "Breast cancer (mother and sister) at age 50.",
    "Hypertension (father, brother), diabetes (mother).",
    "Updated pt's sis by phone.",
    "SIS was performed without complication.",
    "Alternate: none designated",
    "Emergency Contact #2: none listed",
    "Chemotherapy agent: carboplatin",
    "Alternate agent: not designated",
    "Contact person: unknown",
    "Escort: none, taxi arranged",
    'He said "No" to further surgery.',
    'Patient states "I am tired" most days.',
    'Will "try" to walk to the mailbox.',
    'HE SAID "NO" TO SURGERY.',
    "left message on daughter's cell.",
    "pt's son's wife's car was used.",
])
def test_kin_frames_leave_clinical_words(engine: Deidentifier, line: str) -> None:
    assert _found(engine, line) == []
