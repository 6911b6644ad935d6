"""Safe Harbor identifier kinds found by shape or label (SSN in any separator form, pathology accessions,
VINs and plates, device serials, certificates, dictation initials), each beside a clinical look-alike of the
same shape that must survive. Sentences written for the test, not taken from any dev note."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.backstop import NamesBackstopRecognizer
from cancerprep.stages.deid.recognizers.dictation import dictation_recognizer
from cancerprep.stages.deid.recognizers.ids import id_recognizer
from cancerprep.stages.deid.recognizers.initials import initials_recognizer
from tests.stages.deid.spans import recognized

IDS = id_recognizer()
INITIALS = initials_recognizer()
BACKSTOP = NamesBackstopRecognizer()
DICTATION = dictation_recognizer()


@pytest.mark.parametrize(("text", "phi"), [
    ("SS# on file is 412003377.", "412003377"),
    ("Soc. Sec. no. 412.00.3377 verified", "412.00.3377"),
    ("social security number: 412 00 3377", "412 00 3377"),
    ("Her number 412.00.3377 was given", "412.00.3377"),
    ("SSN xxx-xx-3377 on the form", "xxx-xx-3377"),
    ("Surgical pathology case #: SP-19-20417", "SP-19-20417"),
    ("Frozen section S19-884 confirmed margins.", "S19-884"),
    ("Outside slides 19-S-20417 were reviewed.", "19-S-20417"),
    ("Block 2019-CY-00412 was recut.", "2019-CY-00412"),
    ("VIN 2T1BURHE0JC043821 on the accident report", "2T1BURHE0JC043821"),
    ("She drove here; Georgia tag RKT-4471 in the lot.", "RKT-4471"),
    ("license plate 6XYZ902 was recorded by security", "6XYZ902"),
    ("The vehicle, registration number WX 4471, was towed.", "WX 4471"),
    ("Pump S/N: 44K-10293 checked", "44K-10293"),
    ("Death certificate number C-2271904 filed", "C-2271904"),
    ("NPI 1497758544 on the order", "1497758544"),
    ("Subscriber ID: ZQH448812903", "ZQH448812903"),
    ("Group no. 88120A on the card", "88120A"),
])
def test_identifier_shapes_found(text: str, phi: str) -> None:
    assert phi in recognized(IDS, text)


@pytest.mark.parametrize("text", [
    "ORIF with a 6-hole plate and plate fixation from C3 to C6",
    "anterior cervical plate C4, C5 and C6",
    "Arterial line values AD-91-118, MAP-75-100",
    "CV-sr-90-st-100's no ectopy",
    "in case 2 weeks pass, call",
    "cath lab 800cc out",
    "She was in the car for 45 minutes at 30 mph",
    "BP 128/76, HR 88 98 100",
    "T12-L1 fusion with L4-5 laminectomy",
])
def test_clinical_shapes_survive(text: str) -> None:
    assert recognized(IDS, text) == set()


@pytest.mark.parametrize(("text", "phi"), [
    ("Follow up in three months.\nThank you for this referral. KLM/ts", "KLM/ts"),
    ("KL/ts  D: 04/02/2019  T: 04/03/2019", "KL/ts"),
    ("KL:ts  Job 118822", "KL:ts"),
    ("KLM/TS  T: 04/03/2019", "KLM/TS"),
    ("Typed by og", "og"),
    ("Transcribed by: ts", "ts"),
    ("Transcriptionist: QWR\n", "QWR"),
])
def test_dictation_initials_found(text: str, phi: str) -> None:
    assert phi in recognized(DICTATION, text)


@pytest.mark.parametrize("text", [
    "urine output 40 cc UO/hr overnight",
    "GI:poor appetite today",
    "Patient typed and crossed for 2 units.",
    "Dictated by: the covering resident",
    "NS/iv at 75 cc",
    "PT/OT 3 times a week",
])
def test_dictation_look_alikes_survive(text: str) -> None:
    assert recognized(INITIALS, text) | recognized(DICTATION, text) == set()


def test_colon_dictation_mark_only_in_sign_off() -> None:
    signed = "Plan as above.\n\nDictated by the attending.\nQW:ts\n"
    exam = "CV:rrr\nLungs clear bilaterally. Abdomen soft and nontender. Plan to continue diuresis today.\n" * 3
    assert "QW:ts" in recognized(DICTATION, signed)
    assert not any(s.startswith("CV") for s in recognized(DICTATION, exam) | recognized(BACKSTOP, exam))


@pytest.mark.parametrize(("text", "phi"), [
    ("Case manager: Ottoline\nPlan: home", "Ottoline"),
    ("Circulating nurse: Marisol Quade\nScrub: J. Ferro", "Marisol Quade"),
    ("MA: J. Ferro\nVitals", "J. Ferro"),
    ("Emergency contact: Ruthanne Pell (sister) 555-201-3344", "Ruthanne Pell"),
    ("I had a long discussion with Ottoline Quade and her son about options.", "Ottoline Quade"),
    ("Staffed with Brankovic, Idris, who agrees.", "Brankovic, Idris"),
    ("Left a voicemail for Ruthanne, her sister.", "Ruthanne"),
    ("I, Marisol Quade, am scribing for Dr. Ferro.", "Ferro"),
])
def test_backstop_role_and_contact_positions(text: str, phi: str) -> None:
    assert phi in recognized(BACKSTOP, text)


@pytest.mark.parametrize("text", [
    "Line placement was verified by xray.",
    "Tech: portable CXR done at 0600.",
    "According to the chart, no allergies.",
])
def test_backstop_role_positions_leave_clinical_words(text: str) -> None:
    assert recognized(BACKSTOP, text) == set()


def test_signature_with_dotted_credential_before_punctuation() -> None:
    found = recognized(INITIALS, "Copy to: Brankovic, Idris, M.D.; Dr. Ferro")
    assert "Brankovic, Idris" in found


@pytest.mark.parametrize(("text", "phi"), [
    ("Name of patient: Quade, Ottoline\nDOB", "Quade, Ottoline"),
    ("CLIENT: QUADE, OTTOLINE   SEX: F", "QUADE, OTTOLINE"),
    ("Pt. Name - Quade, Ottoline\n", "Quade, Ottoline"),
])
def test_more_patient_header_labels(text: str, phi: str) -> None:
    assert any(phi in s for s in recognized(INITIALS, text))


def test_surgical_assistant_credential_marks_a_name() -> None:
    assert "L. Nash" in recognized(BACKSTOP, "Assisted by L. Nash, CST; the wound was closed.")


def test_chief_complaint_is_no_copy_line() -> None:
    assert recognized(BACKSTOP, "Reason for consultation: breast cancer\n\nCC: pain\n\nHPI: seen today") == set()


def test_label_value_stays_on_the_label_line() -> None:
    assert recognized(IDS, "IMPRESSION/PLAN:\n75yo with carcinoma of the breast.") == set()
    assert "XKQ448812903" in recognized(IDS, "Plan: XKQ448812903\n")


def test_initial_a_before_a_surname_after_a_label() -> None:
    assert "A. Urban" in recognized(BACKSTOP, "Dictated by A. Urban\n")
    assert recognized(BACKSTOP, "Dictated by A. fib\n") == set()


@pytest.mark.parametrize(("text", "phi"), [
    ("Our social worker, Ottoline, will follow up.", "Ottoline"),
    ("The wound was closed; circulating nurse Brankovic counted.", "Brankovic"),
    ("Physical therapist Marisol Quade saw him.", "Marisol Quade"),
])
def test_care_team_role_before_a_capitalised_name(text: str, phi: str) -> None:
    assert phi in recognized(BACKSTOP, text)


@pytest.mark.parametrize("text", [
    "She saw the Nurse Practitioner today.",
    "The nurse Will call back.",
    "The nurse drew labs this morning.",
])
def test_care_team_role_before_words(text: str) -> None:
    assert recognized(BACKSTOP, text) == set()


@pytest.mark.parametrize("text", [
    "Works as a pharmacist. Resides in Dover.",
    "He will miss a meeting with a counselor Friday.",
])
def test_role_noun_ends_at_sentence_and_calendar_words(text: str) -> None:
    assert recognized(BACKSTOP, text) == set()
