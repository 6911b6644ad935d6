"""Names, initials, codes and organisations by the class of writing that holds them, not by a form's words: a
sorted pair standing as a field anywhere in a line, the owner of a person noun's possessive, a patient's initials
in brackets, a given name and surname capitalised mid-sentence, a quoted nickname beside a full name, the agent of a
charted act as label initials, a trial participant's code, an organisation named in a
line without case. Positives are sentences written for the test; each class also keeps a clinical word that
stands in the same position."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import address
from cancerprep.stages.deid.recognizers.dictation import dictation_recognizer
from cancerprep.stages.deid.recognizers.ids import id_recognizer
from cancerprep.stages.deid.recognizers.person_frames import (
    given_surnames,
    patient_initials,
    quoted_nicknames,
    role_owners,
    sorted_fields,
)
from cancerprep.stages.deid.recognizers.person_slots import label_subjects
from tests.stages.deid.spans import recognizer_texts, rule_texts


@pytest.mark.parametrize(("line", "names"), [
    ('Specimen jar marked "Okafor, Wendell"; formalin added.', {"Okafor", "Wendell"}),   # in quotes
    ("tumor board list: hartigan, rosalind m; case 4 of 9", {"hartigan", "rosalind m"}),  # closed by ";"
    ("Expired: Pruitt, Delphine at 0410, family present.", {"Pruitt", "Delphine"}),      # "at" and a time
    ("lindqvist, marcus - chart reviewed, no changes", {"lindqvist", "marcus"}),          # line start, " - "
    ("Refill sent for Vasquez-Hale, Corinne: lisinopril 10 mg", {"Vasquez-Hale", "Corinne"}),
    ("dose verified by hartigan, rosalind (pharmacy) before release.", {"hartigan", "rosalind"}),
    ("Wristband and chart agree (Pruitt/Delphine) before transfusion.", {"Pruitt", "Delphine"}),  # slash, brackets
    ("BED 4/OKAFOR/WENDELL - NPO", {"OKAFOR", "WENDELL"}),
])
def test_sorted_pair_as_a_field(line: str, names: set[str]) -> None:
    assert rule_texts(sorted_fields, line) == names


@pytest.mark.parametrize("line", [
    "Lungs: clear, mark left base for follow-up.",       # "clear" is no surname
    "Skin: warm, dry; no rash.",
    "Ambulating: brown, will continue PT.",              # two everyday words: "Brown" and "Will"
    "Tolerating diet (soft/ground) without difficulty.",
    "Vitals: stable, afebrile; see flowsheet.",
    "Assessment: Parkinson, Lewy body features (see neuro note).",  # an eponym; "Lewy" no given name
])
def test_sorted_pair_leaves_clinical_lists(line: str) -> None:
    assert rule_texts(sorted_fields, line) == set()


@pytest.mark.parametrize(("line", "owner"), [
    ("Call back routed to Okafor's nurse practitioner.", "Okafor"),
    ("PAGED LINDQVIST'S TEAM ABOUT THE POTASSIUM.", "LINDQVIST"),
    ("forms faxed to hartigan's office today.", "hartigan"),
    ("Rides arranged by Pruitt's daughter.", "Pruitt"),
])
def test_owner_of_a_person_noun(line: str, owner: str) -> None:
    assert rule_texts(role_owners, line) == {owner}


@pytest.mark.parametrize("line", [
    "History of Hodgkin's lymphoma; Parkinson's patients group attended.",  # eponyms before their nouns
    "Today's nurse reviewed the pump settings.",
    "Discussed with the patient's daughter at bedside.",
    "Day's team handed off at 7.",                                       # an everyday word opening the line
])
def test_owner_of_a_person_noun_leaves_eponyms_and_days(line: str) -> None:
    assert rule_texts(role_owners, line) == set()


def test_patient_initials_in_brackets() -> None:
    assert rule_texts(patient_initials, "Phone call with pt (RTW) about the results.") == {"RTW"}
    assert rule_texts(patient_initials, "called patient (k.m.) back re: labs") == {"k.m."}
    assert rule_texts(patient_initials, "Code status discussed with pt (DNR) and son.") == set()   # an abbreviation
    assert rule_texts(patient_initials, "Pt (ok) per RN.") == set()


DICTATION = dictation_recognizer()


@pytest.mark.parametrize(("line", "init"), [
    ("Specimen grossed by: TRW/PA; cassettes 1-4.", "TRW"),
    ("Pump settings double-checked by KM/RN at 2100.", "KM"),
    ("order released by: bjh", "bjh"),
    ("Second bag started by: CT/RN", "CT"),   # letters of an abbreviation, vouched for by label and credential
])
def test_agent_of_a_charted_act_as_label_initials(line: str, init: str) -> None:
    assert init in recognizer_texts(DICTATION, line)


@pytest.mark.parametrize("line", [
    "Course complicated by: DKA and AKI.",          # a clinical abbreviation after the label
    "Hypotension followed by: PT consult.",
    "Sedation managed by the ICU team.",            # no label, no credential
    "Placement confirmed by CXR.",
])
def test_agent_label_leaves_abbreviations(line: str) -> None:
    assert recognizer_texts(DICTATION, line) == set()


IDS = id_recognizer()


def test_trial_participant_code() -> None:
    assert "QRT-8812" in recognizer_texts(IDS, "Participant QRT-8812 completed cycle 3 day 1.")
    assert "07-0031" in recognizer_texts(IDS, "Subject 07-0031 consented on the second visit.")
    assert recognizer_texts(IDS, "Subject 2015 cohort; participant 4 of 12.") == set()   # a year, a count
    assert recognizer_texts(IDS, "Participant HER2-positive, PR negative.") == set()      # a marker


ADDRESS = address.address_recognizer()


@pytest.mark.parametrize(("line", "org"), [
    ("outside slides received from larkmoor molecular diagnostics.", "larkmoor molecular diagnostics"),
    ("DRAWN AT HOLLISTER LAB THIS MORNING.", "HOLLISTER LAB"),
    ("mri done at birch hollow imaging last week.", "birch hollow imaging"),
])
def test_organisation_in_a_line_without_case(line: str, org: str) -> None:
    assert any(org in f or f in org for f in recognizer_texts(ADDRESS, line)), recognizer_texts(ADDRESS, line)


@pytest.mark.parametrize("line", [
    "continue with psychopharmacologic care as outpatient.",   # a coined word before "care"
    "follow up at wound care center next week.",               # a kind of care, no name
    "sent to rest imaging? no, cancelled.",                    # one everyday word alone
    "RESULTS FROM THE CANCER CENTER LAB PENDING.",
])
def test_caseless_organisations_leave_kinds_of_care(line: str) -> None:
    assert recognizer_texts(ADDRESS, line) == set()


@pytest.mark.parametrize(("line", "name"), [
    ("Results were mailed to Corinne Okafor on Friday.", "Corinne Okafor"),
    ("Identity confirmed (Delphine Lanning, two identifiers).", "Delphine Lanning"),
    ("Pre-op call placed with Wendell Pruitt about fasting.", "Wendell Pruitt"),
])
def test_given_name_and_surname_mid_sentence(line: str, name: str) -> None:
    assert rule_texts(given_surnames, line) == {name}


@pytest.mark.parametrize("line", [
    "Treated in Palm Beach last winter; outside records at Grace Hospital.",   # places
    "Exposure on a trip to the Rocky Mountain region.",                        # after a determiner
    "She uses the Kelly Clamp technique at home.",
    "history of Addison Disease, on hydrocortisone.",                          # an eponym
    "Rash consistent with Rocky Mountain spotted fever.",                      # two everyday words
])
def test_given_name_and_surname_leave_places_and_eponyms(line: str) -> None:
    assert rule_texts(given_surnames, line) == set()


def test_quoted_nickname_beside_a_full_name() -> None:
    assert rule_texts(quoted_nicknames, 'Met Corinne Okafor ("Connie") and her son.') == {"Corinne", "Okafor", "Connie"}
    assert rule_texts(quoted_nicknames, 'Wendell "Buddy" Pruitt called.') == {"Wendell", "Buddy", "Pruitt"}
    assert rule_texts(quoted_nicknames, 'Taking aspirin ("baby") daily.') == set()
    assert rule_texts(quoted_nicknames, 'Labs "normal" per report.') == set()


@pytest.mark.parametrize(("line", "name"), [
    ("Transportation: Hensley needs a ride to infusion.", "Hensley"),
    ("SOCIAL WORK NOTE: GUTIERREZ WAS SEEN WITH HER SISTER.", "GUTIERREZ"),
    ("home care: hensley declines a visiting nurse", "hensley"),
])
def test_frequent_surname_as_the_subject_after_a_label(line: str, name: str) -> None:
    assert rule_texts(label_subjects, line) == {name}


@pytest.mark.parametrize("line", [
    "ENDO: Finger sticks q6h with coverage.",     # an everyday word before a plural noun
    "Procedure: Raney clips applied to the scalp.",  # an eponym before its instrument (no verb form)
    "GI: Belly remains soft.",
    "Neuro: Pt is alert and oriented.",
])
def test_label_subject_leaves_charting(line: str) -> None:
    assert rule_texts(label_subjects, line) == set()
