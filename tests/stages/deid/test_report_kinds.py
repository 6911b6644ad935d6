"""Report kinds as classes (issue #13): staff initials alone in the roles of laboratory, imaging and theatre work
(bench-role fields, "(per JL)", an act's agent before its time, a read-back's caller, a footer's typist), a patient's
surname alone where a report labels its patient, ages over 89 in brackets after "age" or opening a summary line, six
digits dated by an event before them, serial numbers after "SN:", a second labelled number on a line, a phone glued to
its label's dot. Sentences written for the test, none taken from a benchmark form; each class also has look-alikes
that must stay."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.age import age_recognizer
from cancerprep.stages.deid.recognizers.contact import contact_recognizer
from cancerprep.stages.deid.recognizers.dates import date_recognizer
from cancerprep.stages.deid.recognizers.dictation import dictation_recognizer
from cancerprep.stages.deid.recognizers.ids import id_recognizer
from cancerprep.stages.deid.recognizers.initials import initials_recognizer
from tests.stages.deid.spans import recognizer_texts


@pytest.mark.parametrize(("line", "initials"), [
    ("Tech: JW  Contrast: Isovue 300, 80 mL IV", "JW"),
    ("Cytotech: PQ", "PQ"),
    ("Scrub: AB   Circulator: CD", "AB"),
    ("Scrub: AB   Circulator: CD", "CD"),
    ("GROSS: KLM/rt  3/4/2019", "KLM/rt"),
    ("Prosector: DW/jm 11/02/2021", "DW/jm"),
    ("Grossing: HD/ft  5/6/2016", "HD/ft"),  # both groups spell abbreviations: the capitals/small convention vouches
    ("TECHNOLOGIST: RQ", "RQ"),
    ("Sections taken and grossed by: JL / PA Ann Okafor", "JL"),
    ("Two units checked by KJ at 0412 and issued.", "KJ"),
    ("PLATELETS RELEASED BY WQ AT 1630.", "WQ"),
    ("Troponin 2.1 called to the 5 East charge nurse at 0210 and read back; jkl", "jkl"),
    ("CRITICAL LACTATE CALLED TO ICU, READ BACK AND VERIFIED - PMR", "PMR"),
    ("Dictated: Ann Okafor, MD  D: 6/2/2020  T: 6/3/2020  Job: 123456  jkl", "jkl"),
    ("Reviewed with Dr. Okafor  D: 6/2/2020  T: 6/3/2020  RVQ", "RVQ"),
])
def test_staff_initials_in_report_roles_are_found(line: str, initials: str) -> None:
    assert initials in recognizer_texts(dictation_recognizer(), line)


@pytest.mark.parametrize("line", [
    "FS DX: benign (per JQ), called to the room at 1416.",
    "FS DX: BENIGN (PER TRW), CALLED TO THE ROOM AT 1416.",
])
def test_a_readers_initials_in_brackets_after_per_are_found(line: str) -> None:
    found = recognizer_texts(dictation_recognizer(), line)
    assert found & {"JQ", "TRW"}


@pytest.mark.parametrize("line", [
    "Tech: CT  Contrast: none",
    "Tech: RN",
    "Scrub: no",
    "Gross: tan soft tissue, 3 cm.",
    "GROSS: TAN, SOFT, 3 CM.",
    "Tech: see below",
    "Repeat imaging (per CT) is not needed.",
    "Dose adjusted (per MD) today.",
    "Flushes twice (per day).",
    "Loss of appetite (per pt).",
    "Resection followed by CT at 0900 tomorrow.",
    "Specimen confirmed by us at 0400.",
    "Complicated by DKA on admission.",
    "Potassium called to the floor and read back; correct",
    "Potassium called to the floor and read back, OK",
    "Critical value read back: RN notified.",
    "Job: 123456  mg",
    "T: 6/3/2020 am",
])
def test_report_look_alikes_of_initials_stay(line: str) -> None:
    assert recognizer_texts(dictation_recognizer(), line) == set()


@pytest.mark.parametrize(("line", "name"), [
    ('Tube labeled "Okonkwo" without a date of birth; redraw ordered.', "Okonkwo"),
    ("BLOOD BANK SAMPLE MARKED 'VANTERPOOL' ONLY, REJECTED.", "VANTERPOOL"),
    ("Jar labeled with the patient's name (Okafor) and MRN.", "Okafor"),
    ("Okafor's frozen section shows benign tissue.", "Okafor"),
    ("Reviewed Vanterpool's slides with the fellow.", "Vanterpool"),
    ("ADEYEMI-HOLT'S SPECIMEN WAS RECEIVED FRESH.", "ADEYEMI-HOLT"),
    ("Brief op note - Okonkwo: lap chole, EBL minimal.", "Okonkwo"),
    ("Operative report - Vanterpool: left hemicolectomy.", "Vanterpool"),
])
def test_a_patient_surname_in_a_label_position_is_found(line: str, name: str) -> None:
    assert name in recognizer_texts(initials_recognizer(), line)


@pytest.mark.parametrize("line", [
    'Container labeled "gallbladder" received in formalin.',
    'Second container labeled "Left breast" and "margin".',
    'Slide labeled "STAT" in red.',
    "Jar labeled with the patient's name (unknown) and MRN.",
    "The patient's frozen section was benign.",
    "Today's labs are stable.",
    "Crohn's surgery was in 2010.",
    "Status post Hartmann's procedure in 2019.",
    "Whipple's operation was done at an outside hospital.",
    "Progress note - Day 3: afebrile.",
    "Op note - addendum: counts correct.",
    "Brief op note - okonkwo: lap chole, EBL 5 mL.",  # small letters on a line with case are no name's evidence
])
def test_label_position_look_alikes_stay(line: str) -> None:
    assert recognizer_texts(initials_recognizer(), line) == set()


@pytest.mark.parametrize(("line", "age"), [
    ("Given his age (96), we advise against surgery.", "96"),
    ("AGE (101) AND FRAILTY NOTED.", "101"),
    ("92m s/p fall at home.", "92"),
    ("98f with melena, for EGD.", "98"),
])
def test_an_age_over_89_in_report_shapes_is_found(line: str, age: str) -> None:
    assert age in recognizer_texts(age_recognizer(), line)


@pytest.mark.parametrize("line", [
    "Given his age (45), we advise surgery.",
    "Temp 98.6f this morning.",
    "T 99f, HR 80.",
    "Age (years): 45",
])
def test_report_age_look_alikes_stay(line: str) -> None:
    assert recognizer_texts(age_recognizer(), line) == set()


@pytest.mark.parametrize(("line", "date"), [
    ("Prior bx 031614 benign.", "031614"),
    ("PREVIOUS CT 092108 WITHOUT NODULES.", "092108"),
    ("Last colonoscopy 20130315, two polyps.", "20130315"),
])
def test_compact_digits_after_a_dated_event_are_a_date(line: str, date: str) -> None:
    assert date in recognizer_texts(date_recognizer(), line)


@pytest.mark.parametrize("line", [
    "Prior bx 131614 benign.",  # no month 13
    "CT 093245 slices reviewed.",  # no day 32
    "Biopsy MRN 031614 on file.",
    "Colonoscopy 031614 mg",
])
def test_compact_digits_that_are_no_date_stay(line: str) -> None:
    assert recognizer_texts(date_recognizer(), line) == set()


@pytest.mark.parametrize(("line", "value"), [
    ("Pump, SN: QRT456789H", "QRT456789H"),
    ("Generator S/N: 12345678A", "12345678A"),
    ("Surgical case # 7654321 / OR log 456789", "456789"),
    ("ACC: S21-34567; lab no 876543", "876543"),
])
def test_serials_and_a_second_labelled_number_are_found(line: str, value: str) -> None:
    assert value in recognizer_texts(id_recognizer(), line)


@pytest.mark.parametrize("line", [
    "Case # 7654321 / EBL 50000 mL",
    "Case # 7654321 / 12 cm mass",
    "SN: see implant log",
])
def test_second_number_look_alikes_stay(line: str) -> None:
    found = recognizer_texts(id_recognizer(), line)
    assert found <= {"7654321"}


@pytest.mark.parametrize(("line", "phone"), [
    ("Tel.617.555.0134", "617.555.0134"),
    ("FAX.(617) 555-0199", "(617) 555-0199"),
])
def test_a_phone_glued_to_its_labels_dot_is_found(line: str, phone: str) -> None:
    assert phone in recognizer_texts(contact_recognizer(), line)


def test_a_dotted_code_after_a_word_is_no_phone() -> None:
    assert recognizer_texts(contact_recognizer(), "Version v.617.555.0134 installed") == set()
