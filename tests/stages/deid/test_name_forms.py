"""Name forms the name rules find outside labelled fields: the sorted form registration systems print ("SMITH,JOHN",
"Doe, Jane"), an unlabelled capitals header, and names that are everyday words (Hope, Sky, Will) or rare
(Bartholomew) in the frames notes write the patient and relatives in (there the capital mid-sentence is the
evidence, so those hold in mixed-case notes only)."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.names import NameRecognizer

_MIXED = "HISTORY: Patient seen for follow up today.\n{line}\nPlan: continue current medications."
_CASELESS = "PT SEEN FOR FOLLOW UP. VSS.\n{line}\nPLAN: CONTINUE CURRENT MEDS."


def _rule_hits(names: NameRecognizer, text: str, rule: str) -> list[str]:
    return [text[r.start:r.end] for r in names.analyze(text, ["NAME"])
            if (r.recognition_metadata or {}).get("rule") == rule]


def _sorted_hits(names: NameRecognizer, text: str) -> list[str]:
    return _rule_hits(names, text, "surname_comma_first")


def _found(names: NameRecognizer, line: str) -> list[str]:
    text = _MIXED.format(line=line)
    return [text[r.start:r.end] for r in names.analyze(text, ["NAME"])]


@pytest.mark.parametrize(("line", "name"), [
    ("SMITH,JOHN 48213377 F 70Y", "SMITH,JOHN"),             # glued, ALL CAPS, the given name an everyday word
    ("GARCIA,MARIA E 48213377", "GARCIA,MARIA E"),           # with a middle initial
    ("Brown,Robert MRN 48213377", "Brown,Robert"),           # glued: even two everyday words; the label stays
    ("Seen with Quintano, Margie L. today.", "Quintano, Margie L."),
])
def test_sorted_names_are_found_in_mixed_case_notes(names: NameRecognizer, line: str, name: str) -> None:
    assert _sorted_hits(names, _MIXED.format(line=line)) == [name]


def test_sorted_names_in_a_caseless_note_need_a_surname_that_is_no_everyday_word(names: NameRecognizer) -> None:
    assert _sorted_hits(names, _CASELESS.format(line="SMITH,JOHN CALLED FOR UPDATE.")) == ["SMITH,JOHN"]
    assert _sorted_hits(names, _CASELESS.format(line="AWAKE MOST OF THE NIGHT,PEARL.")) == []
    assert _sorted_hits(names, _CASELESS.format(line="LUNGS CLEAR, WILL CONTINUE TO MONITOR.")) == []


@pytest.mark.parametrize("line", [
    "Lungs clear,heart regular.",                 # not the same case, not census names
    "Given Tylenol, Jane tolerated it well.",      # a drug is no surname
    "Abdomen soft, Will recheck in the morning.",  # two everyday words with a space: prose, not a sorted name
    "Smith,\nJohn",                                # a line break is no sorted form
])
def test_lists_and_prose_with_commas_are_no_sorted_name(names: NameRecognizer, line: str) -> None:
    assert _sorted_hits(names, _MIXED.format(line=line)) == []


def test_an_unlabelled_capitals_header_name_is_found_in_a_mixed_case_note(names: NameRecognizer) -> None:
    assert _rule_hits(names, _MIXED.format(line="KOWALCZYK DARIUSZ 01/02/1950 M"), "unknown_caps_pair") \
        == ["KOWALCZYK DARIUSZ"]
    # acronyms and headings in capitals: no census name among them, or known words
    for line in ("S/P CABG PTCA IN 2019", "NEURO EXAM: NONFOCAL", "KOWALCZYK\nDARIUSZ"):
        assert _rule_hits(names, _MIXED.format(line=line), "unknown_caps_pair") == [], line
    # in a note without case every word is in capitals: the pair says nothing there
    assert _rule_hits(names, _CASELESS.format(line="KOWALCZYK DARIUSZ 01/02/1950 M"), "unknown_caps_pair") == []


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
