"""How notes write relatives and care-team staff: each convention finds the name (any overlap, through the whole
engine) and leaves clinical or everyday words in the same position untouched."""

import re

import pytest

from cancerprep.stages.deid.engine import Deidentifier
from cancerprep.stages.deid.recognizers.tokens import tokenize
from cancerprep.stages.deid.recognizers.words import CREDENTIALS, RELATIONS

# a mixed-case note around the line, so that the note's case carries information and a lower-case line is an
# exception inside it
HEAD = "HISTORY: The patient is a 64-year-old woman seen in clinic today for follow-up.\n"
TAIL = "\nPLAN: Continue current therapy. Follow up in 3 months with labs.\n"


def _found(engine: Deidentifier, line: str) -> list[str]:
    """The words of `line` (set inside a mixed-case note) that the engine replaces."""
    text = HEAD + line + TAIL
    a0, a1 = len(HEAD), len(HEAD) + len(line)
    return [text[max(s.start, a0):min(s.end, a1)] for s in engine.analyze(text) if s.start < a1 and s.end > a0]


def _hit(engine: Deidentifier, line: str, name: str) -> bool:
    i = line.rfind(name)
    text = HEAD + line + TAIL
    a, b = len(HEAD) + i, len(HEAD) + i + len(name)
    return any(s.start < b and s.end > a for s in engine.analyze(text))


POSITIVE = [
    # kin words as notes write them: "-in-law" compounds stay one relation word, plurals, step- and family words
    ("Daughter-in-law Holly will provide transportation.", "Holly"),
    ("Pt's son Kristen and daughter-in-law Jean were present.", "Jean"),
    ("Stepmom Heather brought him in.", "Heather"),
    ("PARENTS: HOWARD BUSH AND SARAH BUSH", "SARAH BUSH"),
    ("Parents are Angel and Myrna Akers.", "Angel"),
    ("Parents are Angel and Myrna Akers.", "Myrna"),
    ("Called Rickie-daughter, no answer.", "Rickie"),
    # whose relative, after the relation word; an indefinite or partitive apposition; "who is her son"
    ("Son of patient, Will, at bedside.", "Will"),
    ("Mark (daughter of the patient) called.", "Mark"),
    ("Angel, mother of the child, reports fever.", "Angel"),
    ("Winter, a neighbor, found her on the floor.", "Winter"),
    ("Tamsin, one of her daughters, is a nurse.", "Tamsin"),
    ("Spoke with Tamsin, who is the patient's daughter.", "Tamsin"),
    # a two-word relation
    ("Her significant other, Pearl, will drive her home.", "Pearl"),
    # a relation word written in capitals in a mixed-case note
    ("Daughter/HCP Guy Ontko at bedside.", "Guy"),
    # copular frames with the name as subject, and "X's name:" fields
    ("Sally is the patient's daughter and lives nearby.", "Sally"),
    ("ellis is her son.", "ellis"),
    ("DAUGHTER'S NAME: HENRY", "HENRY"),
    ("Father's name is Hans.", "Hans"),
    # a bracketed relation with a possessive
    ("arnold (pt's son) at bedside.", "arnold"),
    ("Fairy (the patient's son) at bedside.", "Fairy"),
    # care-team roles heading a field, with modifiers, several fields on a line, board credentials
    ("Nurse practitioner: Ryan West, ANP-BC", "Ryan"),
    ("Physical therapist: June Fox, PT, DPT", "Fox"),
    ("Surgeon: Verla Do, MD    Assistant: Terri Dickens, PA-C", "Terri Dickens"),
    ("Medical decision maker - Lonnie Tabb", "Tabb"),
    # who did or read something, who a patient is handed to, whom a relative is married to
    ("Message taken by Chase, MA.", "Chase"),
    ("Signed out to Okonkwo overnight.", "Okonkwo"),
    ("Married to Lorenzo x 30 yrs.", "Lorenzo"),
    # a bracketed list of people after a group of people
    ("Signed out to night team (Asa, Jesse).", "Asa"),
    ("Signed out to night team (Don, Charlie).", "Charlie"),
    # lists: an Oxford comma, a relation's list
    ("Drs. Okafor, Lindgren, and Pratt were present.", "Pratt"),
    # a physician named after the role noun
    ("Seen with attending physician Okafor.", "Okafor"),
    # a family by its surname: in the plural as a subject, or in brackets after "family"
    ("The Okonkwos were updated by phone.", "Okonkwo"),
    ("THE MARVINS WERE UPDATED BY PHONE.", "MARVIN"),
    ("The Forman-Okonkwos were updated by phone.", "Forman-Okonkwo"),
    ("Family (Yeager) updated on plan of care.", "Yeager"),
    # how long a relation has lasted, between the relation word and the name
    ("His partner of 10 years, Ginger, is his HCP.", "Ginger"),
    # names listed before a name in apposition or before a bracketed relation
    ("Grace and Beth, her children, were present.", "Grace"),
    ("Ann, Bob and Carl (sons) at bedside.", "Bob"),
    # a table row of contacts: the name before a relation column
    ("Contact            Relation\nHope Fox           Daughter", "Hope Fox"),
    ("1. Okonkwo Ades\tson\t555-123-4567", "Okonkwo"),
    # a name as the subject of what relatives do
    ("Angel will call back tomorrow with the insurance information.", "Angel"),
    # a lower-case line in a mixed-case note is read without case information
    ("scrub nurse: al hood, rn", "hood"),
    ("discussed with drs. iturralde and wassman.", "wassman"),
    ("interpreter angelina (spanish) present for the entire encounter.", "angelina"),
    ("parent/guardian: driscoll, mellie", "driscoll"),
]


@pytest.mark.parametrize(("line", "name"), POSITIVE)
def test_people_form_finds_the_name(engine: Deidentifier, line: str, name: str) -> None:
    assert _hit(engine, line, name)


NEGATIVE = [
    # kin words with no name after them
    "Daughter-in-law at bedside.",
    "Parents at bedside, updated on plan.",
    "Parent education provided regarding car seat safety.",
    "Parents are divorced.",
    "Her significant other is supportive.",
    "Daughter/HCP at bedside.",
    "HCP aware of plan.",
    # copular and possessive frames around clinical words
    "Anxiety is her main concern, per the patient.",
    "Daughter's name: unknown.",
    "Consent signed (patient's son) at bedside.",
    # field labels whose value names nobody
    "Nurse practitioner: none.",
    "Anesthesia: General endotracheal.",
    "BP: 120/80    Pulse: 72    Temp: 98.6",
    "Physician attestation: I saw and examined the patient.",
    # what/who phrases with clinical words after them
    "Signed out to night team.",
    "Insulin gtt off, covered by RISS.",
    "Line placement verified by xray.",
    "Married to her husband for 40 years.",
    # bracketed lists after a group that are services, roles or abbreviations
    "Seen by the ICU team (cardiology, nephrology).",
    "Care team (RN, MD, SW) met with family.",
    "Pain team (APS) following.",
    "Family (Spanish-speaking) at bedside.",
    "Family (wife, son) at bedside.",
    "Hypertensive and tachycardic, her daughter reports.",
    "Hypertensive and Beth, her daughter, at bedside.",
    # plural subjects that are clinical words, a relation's duration without a name, a clinical subject of "will"
    "The labs were drawn this morning.",
    "The mets were noted in the liver.",
    # a letter hyphened to a thing in the plural (no surname opens with a lone letter and a hyphen)
    "The K-wires were removed in clinic today.",
    "The T-tubes are draining well.",
    "Her husband of 40 years is supportive.",
    "Insulin will help with the hyperglycemia.",
    "Mother of the patient reports fever.",
    "Stable, a daughter at bedside.",
    "Hypotension, who is the patient's nurse aware.",
    # family-history tables: a condition in the column before the relation
    "ESRD            Brother",
    "Breast cancer   Sister   age 50",
    "Alive and well  Brother",
    # lists of doctors that end in a group
    "Drs. Okafor, Lindgren, and the residents.",
    # lower-case lines of a mixed note
    "pt resting comfortably, wife at bedside.",
    "scrub nurse: per protocol.",
    "seen with attending physician today.",
]


@pytest.mark.parametrize("line", NEGATIVE)
def test_clinical_words_beside_people_stay(engine: Deidentifier, line: str) -> None:
    rest = [re.sub(r"Okafor|Lindgren|Beth|\W", "", w) for w in _found(engine, line)]  # the names themselves may go
    assert [w for w in rest if w] == []


def test_relation_compounds_are_one_token() -> None:
    """'daughter-in-law' is one relation word (the name after it is the relative's); a name glued to a relation word
    by a hyphen splits from it either way round; a hyphenated surname stays whole."""
    assert [t.text for t in tokenize("daughter-in-law Holly")] == ["daughter-in-law", "Holly"]
    assert [t.text for t in tokenize("DAUGHTER-KRISSY")] == ["DAUGHTER", "-", "KRISSY"]
    assert [t.text for t in tokenize("Krissy-daughter")] == ["Krissy", "-", "daughter"]
    assert [t.text for t in tokenize("Forman-Lyons")] == ["Forman-Lyons"]
    assert {"stepmom", "parents", "great-aunt", "son-in-law", "step-son"} <= RELATIONS


def test_board_credentials_are_credentials() -> None:
    """Board certifications and licences written after a clinician's name end the name, never join it."""
    assert {"anp-bc", "fnp-bc", "np-c", "ldn", "lcsw-c", "ccc-slp", "facs"} <= CREDENTIALS
