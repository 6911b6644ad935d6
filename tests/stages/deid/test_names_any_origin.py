"""Names of any origin in positions that hold only a name (issue 13, `benchmarks/quality/name_pools.py`): a word no
vocabulary knows, even one edit from a known word, is taken there; clinical words and roles are not. The names are
written from general knowledge of naming across the world, not from any benchmark's notes."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.engine import Deidentifier
from cancerprep.stages.deid.recognizers.person_frames import frames
from tests.stages.deid.spans import backstop_names, found_texts, rule_spans


@pytest.mark.parametrize(("line", "name"), [
    ("Wound is healing. Chidinma states that she has less pain.", "Chidinma"),
    ("No new events. Thanh denies fever or chills.", "Thanh"),
    ("Seen in follow-up. Oyelaran complains of night sweats.", "Oyelaran"),
])
def test_unknown_word_before_what_only_a_person_does_is_the_subject(line: str, name: str) -> None:
    assert (name, "subject") in rule_spans(frames, line)


@pytest.mark.parametrize("line", [
    "Wound is healing. Tachycardia denies nothing.",          # a known word: never a subject name
    "Seen in follow-up. Kwabena was seen by cardiology.",     # an unknown word before no person-only verb
])
def test_subject_frame_needs_a_person_verb_and_an_unknown_word(line: str) -> None:
    assert not any(frame == "subject" for _, frame in rule_spans(frames, line))


@pytest.mark.parametrize(("line", "name"), [
    ("I, Wanjiru Kamau, am scribing for the attending physician.", "Wanjiru Kamau"),
    ("I, Dr. Adebayo, personally examined the patient.", "Adebayo"),
    ("I, TUYET NGUYEN, AM SCRIBING FOR THE ATTENDING.", "TUYET NGUYEN"),
])
def test_words_set_off_after_first_person_i_name_the_writer(line: str, name: str) -> None:
    assert (name, "first-person") in rule_spans(frames, line)


@pytest.mark.parametrize("line", [
    "I, the undersigned, attest that the history was reviewed.",
    "I, as the attending, have reviewed the note.",
    "Lab: I, Na, K and Cl are normal.",
])
def test_first_person_frame_takes_no_role_or_clinical_word(line: str) -> None:
    assert not any(frame == "first-person" for _, frame in rule_spans(frames, line))


def test_capitalised_near_word_before_a_relation_in_brackets_is_the_relative() -> None:
    text = "Social history: lives with family.\nFaisal Basim (uncle) is the health care proxy.\nPlan as above."
    assert "Faisal Basim" in backstop_names(text)
    assert "Anemia" not in backstop_names(text.replace("Faisal Basim", "Anemia"))  # a known word stays a word


def test_word_set_off_after_a_role_noun_without_case_is_the_person() -> None:
    text = "pt resting comfortably. our social worker, tendai, met with the family this am.\nplan: dc home."
    assert "tendai" in backstop_names(text)
    assert not backstop_names(text.replace("tendai", "today"))  # an everyday word set off there is no name


def test_engine_replaces_names_of_many_origins_in_these_positions(engine: Deidentifier) -> None:
    text = ("HPI: The patient returns for follow-up.\nOluwaseun states that she has been eating well.\n"
            "Kiplagat Cheruiyot (nephew) is the health care proxy.\nI, Farida Haddad, am scribing for the attending.\n")
    found = " ".join(found_texts(engine, text))
    for name in ("Oluwaseun", "Kiplagat", "Cheruiyot", "Farida", "Haddad"):
        assert name in found


@pytest.mark.parametrize(("line", "name"), [
    ("Family: very devoted. Barragan Yuan cell# 410-555-0142 for updates.", "Barragan Yuan"),
    ("CONTACTS: OLUWASEUN ADEYEMI CELL 617-555-0134", "OLUWASEUN ADEYEMI"),
    ("Please call Mbali home (617) 555-0199 after 5 pm.", "Mbali"),
])
def test_words_before_a_phone_label_and_number_name_whom_it_reaches(line: str, name: str) -> None:
    assert (name, "phone-owner") in rule_spans(frames, line)


@pytest.mark.parametrize("line", [
    "Please call home 617-555-0134 if fever recurs.",
    "Discharged to home 123 mg aspirin daily.",
])
def test_phone_owner_takes_no_everyday_word(line: str) -> None:
    assert not any(frame == "phone-owner" for _, frame in rule_spans(frames, line))
