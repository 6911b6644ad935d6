"""Names backstop: in person-like positions a word not known to be safe is redacted as NAME;
clinical words in the same positions survive."""

import pytest

from cancerprep.stages.deid.engine import deidentify_text
from cancerprep.stages.deid.recognizers.backstop import NamesBackstopRecognizer
from cancerprep.stages.deid.recognizers.registry import build_registry

KEY = b"k" * 32


def _found(rec: NamesBackstopRecognizer, text: str) -> list[str]:
    return [text[r.start:r.end] for r in rec.analyze(text, ["NAME"])]


@pytest.mark.parametrize(("text", "name"), [
    ("Seen today with Dr. Achebe in clinic.", "Achebe"),                                # after a title
    ("Discharge planning with son Will Pruitt at the bedside.", "Will Pruitt"),        # after a relation
    ("Electronically signed by Ngozi Okonkwo on 3/4/2020", "Ngozi Okonkwo"),           # signature line
    ("Dictated by: Okonkwo, Ngozi\n", "Okonkwo, Ngozi"),                                # signature, Last, First
    ("Plan discussed with Kwabena and all questions answered.", "Kwabena"),             # discussed with
    ("I spoke with Marisol about the results.", "Marisol"),                             # spoke with
    ("KWAME OKAFOR TOLERATED THE PROCEDURE WELL.", "KWAME OKAFOR"),                     # subject of a verb
    ("Bartholomew is a 63-year-old man with lung cancer.", "Bartholomew"),              # subject of a verb
    ("Spoke with rex (son) and answered all questions.", "rex"),                        # name (relation)
    ("Referral for Kuilan, Drew received from clinic.", "Kuilan, Drew"),                # referral for
    ("Case reviewed by Drs. Achebe and Okonkwo today.", "Okonkwo"),                     # a list after a title
    ("PER H. HUNT, LPN, VITALS WERE STABLE.", "H. HUNT"),                               # before ", credential"
    ("History from diamond, leland's mother, at the visit.", "diamond, leland"),        # before "'s relation"
])
def test_person_positions(backstop, text, name):
    assert name in _found(backstop, text)


def test_subject_list_before_person_verb(backstop):
    assert _found(backstop, "Brian and Edison visited this morning.") == ["Edison", "Brian"]
    assert _found(backstop, "Pain and swelling were noted. X-rays were taken.") == []


@pytest.mark.parametrize("text", [
    "Case discussed with oncology and the team.",            # specialties and team words
    "Biopsy reviewed with pathology; HER2 by FISH pending.",
    "Seen by cardiology; MS: alert and oriented; PA line in place.",
    "The patient is a 63-year-old man. Pain is a problem.",  # clinical subjects
    "Discussed with Radiation Oncology and Urology Clinic.",
    "Wife at bedside; son will call tomorrow.",
    "Seen by tranplant team.",                               # a typo of a known word
    "Lasix given, RN aware. Dressing changed by nights, RN.",  # clinical words before ", credential"
    "The patient's mother is here. Her son's wife called; pt's wife at bedside.",
    "Placed 2 peripheral ivs, PA line in place; maintenance fld, MD will discuss.",
])
def test_clinical_words_survive(backstop, text):
    assert _found(backstop, text) == []


def test_backstop_in_engine_replaces_name_keeps_clinical_words():
    text = "Diffuse large B-cell lymphoma, stage IIA; discussed with son Will Pruitt and with oncology."
    out, edits = deidentify_text(text, "p1", KEY, mode="tag")
    assert "Will Pruitt" not in out and "[NAME]" in out
    assert "Diffuse large B-cell lymphoma, stage IIA" in out and "oncology" in out
    assert edits


def test_backstop_is_registered():
    assert "NamesBackstopRecognizer" in {r.name for r in build_registry().recognizers}
