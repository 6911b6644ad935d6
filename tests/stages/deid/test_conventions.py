"""Documentation conventions for relatives, care-team staff and dictation initials: each convention finds the
name (any overlap, through the whole engine) and leaves a clinical sentence of the same shape untouched."""

import pytest

from cancerprep.stages.deid.engine import Deidentifier


def _spans(engine: Deidentifier, text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in engine.analyze(text)]


def _hit(engine: Deidentifier, text: str, name: str) -> bool:
    i = text.rfind(name)
    return any(a < i + len(name) and b > i for a, b in _spans(engine, text))


SIGNED = "Follow up in 3 months.\n\nJohn A. Smith, MD\n"

POSITIVE = [
    # relatives: apposition, brackets, copular frames, the case of the name itself varied
    ("Annabel, her daughter, was present for the visit.", "Annabel"),
    ("Present today: Okonkwo, the patient's sister, who provided history.", "Okonkwo"),
    ("History obtained from Annabel (daughter) at bedside.", "Annabel"),
    ("The daughter's name is Okonkwo.", "Okonkwo"),
    ("His wife is A. Okonkwo.", "Okonkwo"),
    ("Care coordinated with okonkwo, the case manager.", "okonkwo"),
    # a capitalised name that is also an everyday word, in apposition to a relation
    ("Hope, her daughter, was present.", "Hope"),
    # ... or right after a role noun or an upper-case credential
    ("Infusion started by nurse Hope.", "Hope"),
    ("Per RN Hope the patient slept well.", "Hope"),
    # staff: role nouns with a name in any case, an initial, a bracketed credential, d/w and s/w
    ("Tamsin (RN) reported the fall.", "Tamsin"),
    ("Pharmacist OKONKWO reviewed the medications.", "OKONKWO"),
    ("Interpreter A. Okonkwo was used for the visit.", "Okonkwo"),
    ("Infusion started by nurse okonkwo.", "okonkwo"),
    ("d/w Tamsin, the charge nurse.", "Tamsin"),
    ("s/w Tamsin regarding discharge.", "Tamsin"),
    ("Tamsin, our oncology nurse navigator, will call.", "Tamsin"),
    # dictation initials: separators, case, brackets, more typists, what follows a mark
    (SIGNED + "js/kmd", "js/kmd"),
    (SIGNED + "JAS-kmd", "JAS-kmd"),
    (SIGNED + "JAS / kmd", "JAS / kmd"),
    (SIGNED + "JAS\\kmd", "JAS\\kmd"),
    (SIGNED + "J.A.S./kmd", "J.A.S./kmd"),
    (SIGNED + "[JAS/kmd]", "JAS/kmd"),
    (SIGNED + "JAS/kmd/ab", "/ab"),
    (SIGNED + "JAS:kmd:ab", ":ab"),
    (SIGNED + "kmd/JAS", "kmd/JAS"),
    (SIGNED + "JAS/kmd #123456", "JAS/kmd"),
    (SIGNED + "JAS/kmd, D: 01/02/2010", "JAS/kmd"),
    (SIGNED + "JAS/kmd  cc: Dr. Lee", "JAS/kmd"),
    (SIGNED + "JAS", "JAS"),
    ("Follow up in 3 months. JAS\n", "JAS"),
    ("Follow up in 3 months.\nref: JS\n", "JS"),
    ("Follow up in 3 months.\nInitials: JAS\n", "JAS"),
    ("Follow up in 3 months.\nTranscription: kmd\n", "kmd"),
    ("Follow up in 3 months.\nSigned JAS\n", "JAS"),
    ("Follow up in 3 months.\nDictated but not read: JAS\n", "JAS"),
]


@pytest.mark.parametrize(("text", "name"), POSITIVE)
def test_convention_finds_the_name(engine: Deidentifier, text: str, name: str) -> None:
    assert _hit(engine, text, name)


NEGATIVE = [
    "wife: present",
    "RN at bedside.",
    "MD/PA to follow.",
    "BP/HR stable.",
    "Patient is s/p mastectomy.",
    "d/w patient and family.",
    "s/w family at length.",
    "Father (deceased) had colon cancer.",
    "Patient with wife (RN) today.",
    "Meanwhile, her daughter is visiting.",
    "Hypotensive, MD aware.",
    "The nurse aware of plan.",
    "Seen by the nurse practitioner today.",
    "Physical therapist recommended a walker.",
    "Interpreter services used.",
    "Tech CT done.",
    "His wife is present.",
    "His wife is Catholic.",
    "Nurse Manager aware of the plan.",
    "The nurse Will call back.",
    "Per RN Report the patient slept well.",
    "MD Notified of the results.",
    "Wife: Deceased.",
    "The daughter's name is unknown.",
    "Son named as health care proxy.",
    "rn aware of k 3.1, md notified.",
    "Ref: CBC normal.",
    "Signed DNR on file.",
    "Reviewed by ICU team.",
    "CBC/BMP ordered.",
    "Follow up in 3 months.\n\nJohn A. Smith, MD\nENT",
    "Follow up in 3 months.\n\nJohn A. Smith, MD\nPT-INR",
    "Follow up in 3 months.\n\nJohn A. Smith, MD\nyes/no",
    "Assessment: stable.\nCV:RRR\nPlan: continue.",
    # a line-start word that begins with a dictation label's letters, or ends with a credential's, is a word
    "1 unit PRBC given, without further\ntransfusion at present.",
    "PULMONARY EDEMA ON CPAP\nTRIAL,SIGNING CONSENT FOR CATH.",
    "UNCOMFORTABLE WITH THE BREATHING\nPATTERN.\n",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_clinical_text_stays(engine: Deidentifier, text: str) -> None:
    found = [text[a:b] for a, b in _spans(engine, text) if text[a:b] not in ("John A. Smith", "John A. Smith, MD")]
    assert found == []
