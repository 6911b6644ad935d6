"""Psychosocial and family-history kinds as classes (issue #13): ages over 89 of relatives written without an age
word, a surname after a role used as a title, staff initials before a credential, a maiden name after "nee", law
firms and schools as organisations, local phone numbers after a phone label. Sentences written for the test, none
taken from a benchmark form; each class also has clinical look-alikes that must stay."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.engine import Deidentifier
from cancerprep.stages.deid.recognizers.address import organisation_spans
from cancerprep.stages.deid.recognizers.age import age_recognizer
from cancerprep.stages.deid.recognizers.contact import contact_recognizer
from cancerprep.stages.deid.recognizers.person_frames import frames
from tests.stages.deid.spans import found_texts, in_note, recognizer_texts, rule_texts


@pytest.mark.parametrize(("line", "age"), [
    ("Her uncle passed away at 97 after a stroke.", "97"),
    ("Maternal aunt alive at 91, no cancer history.", "91"),
    ("His stepfather, 96, moved in with them.", "96"),
    ("Lives with her partner (93), who drives.", "93"),
    ("MGF d. 99, colon cancer at 75.", "99"),
    ("III-4, d. 101, no known cancer.", "101"),
    ("Her brother is now 90 and well.", "90"),
    ("SISTER, 104, IN ASSISTED LIVING.", "104"),
    ("Father: 92, healthy.", "92"),
    ("Wife Mabel (95) is his caregiver.", "95"),
])
def test_a_relatives_age_over_89_without_an_age_word_is_found(line: str, age: str) -> None:
    assert age in recognizer_texts(age_recognizer(), line)


@pytest.mark.parametrize("line", [
    "BP 94/60, HR 91, RR 18, sat 92% on room air.",
    "Glucose 96 this morning; weight 104 kg.",
    "Mother, 90 minutes late to the visit, was upset.",
    "Husband reports 95% adherence to the regimen.",
    "Son drove 100 miles to visit.",
    "Sister is 90 percent sure of the date.",
    "Daughter called at 0930; HR 99 at the time.",
    "Platelets 92 today, stable.",
    "Wife: 94/58 at home per her log.",
])
def test_clinical_numbers_near_relatives_stay(line: str) -> None:
    assert recognizer_texts(age_recognizer(), line) == set()


@pytest.mark.parametrize(("line", "name"), [
    ("Pastor Whitfield visited on Sunday.", "Whitfield"),
    ("Her lawyer Okonjo filed the papers.", "Okonjo"),
    ("Coach Stone wrote a letter for the team.", "Stone"),
    ("Detective Barrow called the unit.", "Barrow"),
    ("night aide (Quintero) reported a fall", "Quintero"),
    ("JUDGE HALVORSEN APPROVED THE GUARDIANSHIP.", "HALVORSEN"),
    ("teacher mcandrew says she is tired in class", "mcandrew"),
    ("Outside surgeon (Lindqvist) did the repair.", "Lindqvist"),
    ("Followed by pediatrician Hale.", "Hale"),
])
def test_a_surname_after_a_role_title_is_found(line: str, name: str) -> None:
    assert name in rule_texts(frames, line)


@pytest.mark.parametrize("line", [
    "Principal diagnosis: metastatic breast cancer.",
    "Principal Investigator approved the amendment.",
    "The nurse will call back tomorrow.",
    "NURSE WILL CALL BACK TOMORROW.",
    "Per RN (Monday) the patient slept well.",
    "Therapist (PT) to see again on Friday.",
    "Social worker Consult placed.",
    "Director Of Nursing aware.",
    "Radiologist Read: no suspicious mass.",
    "Physician Assistant to follow.",
    "I spoke with the physician on-call tonight.",
])
def test_role_words_before_clinical_words_find_no_name(line: str) -> None:
    assert rule_texts(frames, line) == set()


def test_staff_initials_before_a_credential_after_by_are_found() -> None:
    assert "KM" in rule_texts(frames, "Home visit by KM, LPN; wound dressed.")
    assert rule_texts(frames, "Home visit by MD, RN; wound dressed.") == set()  # credentials, not initials


def test_a_maiden_name_after_nee_is_found_without_the_word(engine: Deidentifier) -> None:
    found = found_texts(engine, in_note("Maternal grandmother Edna Pruitt (nee Okafor) had ovarian cancer."))
    assert "Okafor" in found
    assert not any("nee" in f.lower() for f in found)


@pytest.mark.parametrize(("line", "org"), [
    ("The trust was prepared by Castellan Law Group.", "Castellan Law Group"),
    ("Faxed to Whitcombe Law Firm today.", "Whitcombe Law Firm"),
    ("Forms sent to Ridley Legal Services.", "Ridley Legal Services"),
    ("Her son attends Brookhollow Elementary.", "Brookhollow Elementary"),
    ("Kids go to Fernbrook Middle School and Fernbrook Elementary.", "Fernbrook Elementary"),
])
def test_law_firms_and_schools_are_organisations(line: str, org: str) -> None:
    text = in_note(line)
    assert org in {text[a:b] for a, b in organisation_spans(text)}


@pytest.mark.parametrize("line", [
    "Discussed law group meeting schedule with family.",
    "She attends physical therapy twice a week.",
    "Attends Cardiac Rehab on Mondays.",
    "He reads at an elementary level.",
    "Education: Elementary school only.",
])
def test_law_and_school_words_without_a_name_stay(line: str) -> None:
    text = in_note(line)
    assert organisation_spans(text) == []


@pytest.mark.parametrize(("line", "phone"), [
    ("Chaplain direct line 271-4408 for the family.", "271-4408"),
    ("Hospice hotline: 318-2290", "318-2290"),
    ("Text her at 604-1187 after 5.", "604-1187"),
    ("Neighbor Ruth 388-2017 (cell) has a key.", "388-2017"),
    ("Call back number 4417720 before noon.", "4417720"),
])
def test_a_local_number_after_a_phone_label_is_a_phone(line: str, phone: str) -> None:
    assert phone in recognizer_texts(contact_recognizer(), line)


@pytest.mark.parametrize("line", [
    "Urine output 575-1000 per shift.",
    "MRN 4417720 verified.",
    "Voiding 575-1000 mL at home.",
])
def test_a_range_or_record_number_without_a_phone_label_stays(line: str) -> None:
    assert recognizer_texts(contact_recognizer(), line) == set()
