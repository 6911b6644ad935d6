"""Person slots (`recognizers/person_slots.py`): grammatical positions that hold a person (a capital mid-sentence,
the subject of any verb, the object of a verb without case, a possessive, a "Last First M" field, initials that
agree with a surname, a signer's dash initials). Positives are written for each class in our own words, not from
any benchmark's forms; negatives are clinical words and abbreviations in the same positions."""

from __future__ import annotations

import csv

import pytest

from cancerprep.stages.deid.recognizers.context import verb_form
from cancerprep.stages.deid.recognizers.person_slots import slots
from tests.paths import SHARED_DATA
from tests.stages.deid.spans import in_note, rule_spans, rule_texts


@pytest.mark.parametrize(("line", "name", "slot"), [
    # a capital mid-sentence, even on a first name that is also an everyday word
    ("Walker at bedside and gait belt used for Priscilla during the transfer.", "Priscilla", "mid-capital"),
    ("Left a message asking Dwayne to bring his pill bottles.", "Dwayne", "mid-capital"),
    ("The dressing was changed while Thaddeus slept.", "Thaddeus", "mid-capital"),
    # the subject of any verb, told by its inflection
    ("Rosalind walks with a cane since the fall.", "Rosalind", "subject"),
    ("desmond sleeping most of the shift, easily roused.", "desmond", "subject"),
    ("ROSALIND ASKED ABOUT THE BIOPSY RESULTS.", "ROSALIND", "subject"),
    ("Interim: Winifred tolerated clears without nausea.", "Winifred", "subject"),
    ("thaddeus and i went over the diet handout.", "thaddeus", "subject"),
    # the person a line addresses
    ("Winifred, please keep your follow-up appointment.", "Winifred", "address"),
    ("dwayne, if you have chest pain call 911.", "dwayne", "address"),
    # the object of a verb or preposition without case
    ("phone follow-up with dwayne, no new complaints.", "dwayne", "object"),
    ("EDUCATED WINIFRED ABOUT INCENTIVE SPIROMETRY.", "WINIFRED", "object"),
    # a possessive before a plain noun
    ("Pump moved to Rosalind's bedside table.", "Rosalind", "possessive"),
    ("CALL LIGHT CLIPPED TO DESMOND'S GOWN.", "DESMOND", "possessive"),
    # a "Last First M" field value
    ("Armband: Ashworth Winifred T", "Ashworth", "last-first-m"),
    ("re: halvorsen desmond j - imaging follow-up", "desmond", "last-first-m"),
    # initials agreeing with the surname before them
    ("Pt 2: Okonkwo (TAO), 47M, new diagnosis of CLL.", "TAO", "paren-initials"),
    ("pt 2: lindqvist (jl), 60 f", "lindqvist", "paren-initials"),
    # the patient's surname used as a title, before an initial, before an age and sex
    ("Pt Hensley declined the flu shot.", "Hensley", "after-patient"),
    ("PATIENT HENSLEY AGREES WITH THE PLAN.", "HENSLEY", "after-patient"),
    ("Hensley D. seen on morning rounds.", "Hensley", "surname-initial"),
    ("Bed 4: Hensley 67M, CHF exacerbation", "Hensley", "age-sex"),
    ("okafor, 72 y/o f, post-op day 1", "okafor", "age-sex"),
    # the age and sex written with a hyphen or the sex as a word (the rule's own forms, which its gate once shut out)
    ("Bed 4: Hensley 67-M, CHF exacerbation", "Hensley", "age-sex"),
    ("okafor, 72 male, post-op day 1", "okafor", "age-sex"),
    # a census or handoff list's item
    ("#7 Hensley - r/o ACS, trop pending", "Hensley", "list-item"),
    ("RM 12/HENSLEY/PRISCILLA - NPO AFTER MIDNIGHT", "PRISCILLA", "list-item"),
    # the owner of a phone extension or pager number
    ("Weekend coverage: Lindqvist x4471, then the fellow.", "Lindqvist", "extension"),
    # dash initials of a signer on a dose or time line
    ("2100 heparin 5000 units SC given - JWT", "JWT", "dash-initials"),
    ("1400 acetaminophen 650 mg po held - mk", "mk", "dash-initials"),
])
def test_slot_finds_its_class(line: str, name: str, slot: str) -> None:
    assert (name, slot) in rule_spans(slots, line)


@pytest.mark.parametrize("line", [
    # everyday and clinical capitals mid-sentence, and titles or drugs that are census names
    "Will continue Lasix and recheck Mag in the morning.",
    "Patient walks with Max assist of two, then sat in the chair.",
    "Dr. Ames and staff aware; May follow up in clinic.",
    "Seen in the ED, then admitted to Medicine under Cardiology.",
    # a clause's first word before a verb: clinical nouns, and a plural noun
    "Bowel sounds present. Skin warm and dry. Pain controlled with morphine.",
    "Mark placed on the left arm. Grace period given for the copay.",
    "GENE PANEL SENT. LUNGS CLEAR. ABDOMEN SOFT.",
    "neuro: alert, follows commands. resp: lungs clear.",
    # eponyms and instruments: a capital before the noun it modifies
    "The vessel was divided between Kelly clamps and tied.",
    "Dissection continued with a Maryland dissector; a Taylor retractor was placed.",
    "Exercised for nine minutes on the standard Bruce protocol.",
    # places after a preposition, and states anywhere
    "She moved from Eugene to Houston last year and was born in Virginia.",
    # a clause's first word that the census lists as a surname but is clinical shorthand
    "Pacer increased to 60. fent increased to 50 mcg/hr. gluc checks q6h.",
    # a line opening on a clinical word before words of address
    "Note, please see the attached results. Ambulation, you will need a walker.",
    # words after "patient" that head a field or a phrase; an initial after a clinical word; ages after words
    "Patient Education: diet reviewed. Pt Name: see chart. Patient Portal message sent.",
    "Supplement with Vitamin D. Group A. strep negative.",
    "Room 45M is ready; bed 12F cleaned.",
    # a numbered problem list
    "1. Hypertension - controlled.\n2. Diabetes, on insulin.\n3. Fall - PT consult.\n4. Anemia",
    # objects that are clinical shorthand
    "tolerated feeds with ease. weaned to room air.",
    "CONSULTED GI FOR EGD, ON HEPARIN.",
    # eponyms and clinical possessives
    "History of Addison's disease and Graves' disease; Bell's palsy resolved.",
    "Parkinson's disease, Hodgkin's lymphoma in remission.",
    # a field with an initial that is no name
    "Rhythm: Sinus Rhythm A",
    "Result: Negative Screen B",
    # an acronym after the words it abbreviates, and lab results in brackets
    "Blood pressure (BP) and heart rate (HR) stable; sodium (NA) 138.",
    "Hemoglobin A1c (HA) pending.",
    # routes and frequencies after a dash on a dose line
    "0900 metoprolol 25 mg given - PO",
    "2100 insulin 4 units given - SC",
    "acetaminophen 650 mg q6h - PRN",
])
def test_slot_refuses_clinical_text(line: str) -> None:
    assert not rule_texts(slots, line), rule_spans(slots, line)


def test_verb_form_is_told_by_inflection() -> None:
    """Inflected dictionary verbs and auxiliaries are verb forms; plain adjectives, function words, units, drugs and
    words ending in -ss/-us are not (a plural noun reads as a verb: the name's own evidence must carry the slot)."""
    assert all(verb_form(w) for w in ("walks", "walked", "walking", "carries", "carried", "stopped", "is", "remains"))
    assert not any(verb_form(w) for w in ("clear", "bilateral", "in", "mg", "heparin", "stress", "status"))


def test_slots_are_rare_on_real_transcriptions() -> None:
    """Every MTSamples dev transcription (about 2,100 real notes, their names mostly removed before publication): the
    slots fire on some 40 words, about half of them the names left in ("discussed with Misty", "his daughter, Pam"),
    the rest eponyms used as nouns ("the right Glenn", "Barrett's"); never on a word in small letters where the line
    has case, and never on a determiner's or a place preposition's noun ("the Kelly", "at Kaiser")."""
    with open(SHARED_DATA / "mtsamples-dev" / "mtsamples_dev.csv", encoding="utf-8", newline="") as f:
        notes = [r["transcription"] for r in csv.DictReader(f)]
    found = [(t[a:b], t[max(0, a - 6):a]) for t in notes for a, b, _ in slots(t)]
    assert len(notes) > 2000
    assert len(found) <= 50, found
    assert all(name[0].isupper() for name, _ in found), found
    assert not any(before.rstrip().lower().endswith((" the", " at", " of", " in")) for _, before in found), found


def test_the_backstop_returns_the_slots_as_names(engine) -> None:
    text = in_note("Fall mat placed; reminded Priscilla to call for help.\nThaddeus walks with a cane.")
    found = {text[r.start:r.end] for r in engine.analyze(text) if r.entity_type == "NAME"}
    assert {"Priscilla", "Thaddeus"} <= found
