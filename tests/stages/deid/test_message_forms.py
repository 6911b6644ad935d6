"""Names and organisations by the class of writing that holds them in calls, messages, scheduling, transport and
hand-off lines: the owner of a care event's possessive, the subject of "for X to <verb>", a quotation's subject, a
role field's initials, a "present:" list, a relative's possessive before "(relation)", roles of transport and
vendors, a job title in apposition, and the names of answering, transport, language and long-term acute care
organisations. Positives are sentences written for the test; each class also keeps a clinical line that stands in
the same position."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import address
from cancerprep.stages.deid.recognizers.backstop import NamesBackstopRecognizer
from cancerprep.stages.deid.recognizers.person_frames import event_owners
from cancerprep.stages.deid.recognizers.person_slots import (
    after_patient_coined,
    infinitive_subjects,
    present_lists,
    role_label_initials,
    slots,
)
from tests.stages.deid.spans import recognizer_texts, rule_texts


@pytest.mark.parametrize(("line", "owner"), [
    ("Moved Lindqvist's appointment to Friday at 9.", "Lindqvist"),
    ("PRUITT'S MRI WAS RESCHEDULED FOR NEXT WEEK.", "PRUITT"),
    ("incident: pt hartigan's fall was unwitnessed", "hartigan"),
    ("Called about Delphine's refill of metoprolol.", "Delphine"),
])
def test_owner_of_a_care_event(line: str, owner: str) -> None:
    assert rule_texts(event_owners, line) == {owner}


@pytest.mark.parametrize("line", [
    "Status post Hartmann's procedure, colostomy functioning.",  # an operation named by its surgeon
    "Today's labs are pending; yesterday's CT was negative.",
    "Reviewed the patient's MRI with radiology.",
    "Parkinson's disease, stable. Parkinson's meds given on time.",  # a disease's possessive
])
def test_owner_of_a_care_event_leaves_eponyms_and_days(line: str) -> None:
    assert rule_texts(event_owners, line) == set()


@pytest.mark.parametrize(("line", "name"), [
    ("Van arranged for Lindqvist to return home at 3 pm.", "Lindqvist"),
    ("waiting for hensley to call back with pharmacy name", "hensley"),   # without case: a census name
    ("RIDE SET UP FOR CORINNE TO GO TO DIALYSIS.", "CORINNE"),
    ("Cab booked for Quillfeather to leave at noon.", "Quillfeather"),     # a coined name: only with its capital
    ("Bed held for Vasquez-Hale to come back from IR.", "Vasquez-Hale"),
])
def test_subject_of_for_to(line: str, name: str) -> None:
    assert rule_texts(infinitive_subjects, line) == {name}


@pytest.mark.parametrize("line", [
    "Waiting for IR to drain the collection.",
    "Held on a 72-hour hold for dangerousness to others.",
    "Waiting for Lasix to work before repeat chest film.",
    "Plan made for him to go home with services.",
    "waiting for ortho to see; WAITING FOR NSURG TO EVAL",      # a service, waited for to consult
    "waiting for quillfeather to call back",                    # no case and no census name: a slip as likely
])
def test_for_to_leaves_services_drugs_and_pronouns(line: str) -> None:
    assert rule_texts(infinitive_subjects, line) == set()


def test_coined_name_as_the_patients_title() -> None:
    assert rule_texts(after_patient_coined, "After-hours call from pt Quillfeather re: nausea.") == {"Quillfeather"}
    assert rule_texts(after_patient_coined, "Pt Quillfeather called back, aware.") == {"Quillfeather"}
    # no case: a slip
    assert rule_texts(after_patient_coined, "procedure stopped and pt sedtion was increased") == set()
    assert rule_texts(after_patient_coined, "Pt Intially tolerated feeds.") == set()  # a slip, then no verb ending it


def test_subject_of_a_quotation() -> None:
    assert "Delphine" in rule_texts(slots, '"Delphine manages my insulin," she says.')
    assert rule_texts(slots, '"Pain keeps me up at night," pt states.') == set()


@pytest.mark.parametrize(("line", "init"), [
    ("Charge RN: KT", "KT"),
    ("Scrub tech: IR", "IR"),           # an abbreviation's letters, but a role's field asks for a person
    ("medic: JB", "JB"),
])
def test_initials_in_a_role_field(line: str, init: str) -> None:
    assert rule_texts(role_label_initials, line) == {init}


@pytest.mark.parametrize("line", ["RN: NA", "Pain: AM", "Rhythm: SR", "MD: ok"])
def test_role_field_initials_leave_values_and_other_fields(line: str) -> None:
    assert rule_texts(role_label_initials, line) == set()


def test_present_list_of_surnames() -> None:
    assert rule_texts(present_lists, "RNs present: Lanning/Okafor") == {"Lanning", "Okafor"}
    assert rule_texts(present_lists, "staff present: weaver/goetz") == {"weaver", "goetz"}
    assert rule_texts(present_lists, "Staff present: RN/MD") == set()
    assert rule_texts(present_lists, "Pulses present: DP/PT") == set()


BACKSTOP = NamesBackstopRecognizer()


@pytest.mark.parametrize(("line", "name"), [
    ("Corinne's (daughter) cell: 555.201.3344", "Corinne"),
    ("Met with his widow Rosalind in the family room.", "Rosalind"),
    ("EMS crew: medic Lanning and driver at bedside.", "Lanning"),
    ("dme rep corinne called about the oxygen order.", "corinne"),
    ("Fax from: Wendell Okafor, Medical Records Specialist", "Okafor"),
    ("spoke w/ Rosalind - she wants to wait on the port", "Rosalind"),
])
def test_relatives_and_roles_of_messages(line: str, name: str) -> None:
    assert any(name in found for found in recognizer_texts(BACKSTOP, line)), recognizer_texts(BACKSTOP, line)


@pytest.mark.parametrize("line", [
    "The patient's (son) phone number is on file.",
    "She is a widow who lives alone.",
    "Medic unit 12 arrived at 1405.",
    "Repeat CXR in am; rep K 3.1.",
    "Ambulating with walker, Physical Therapy Aide present.",
    "Spoke w/ RN about the plan; spoke w/ family re: goals.",
])
def test_relatives_and_roles_leave_clinical_lines(line: str) -> None:
    assert recognizer_texts(BACKSTOP, line) == set()


ADDRESS = address.address_recognizer()


@pytest.mark.parametrize(("line", "org"), [
    ("Weekend calls go to Larkmoor Answering Service.", "Larkmoor Answering Service"),
    ("Ride booked with Ashby Medical Transport for 0900.", "Ashby Medical Transport"),
    ("interpreter via greystone language services.", "greystone language services"),
    ("Accepted at Larkmoor LTACH for vent weaning.", "Larkmoor LTACH"),
    ("Records from an outside hospital (Ashby Mercy) reviewed.", "Ashby Mercy"),
])
def test_vendor_and_service_organisations(line: str, org: str) -> None:
    assert org in recognizer_texts(ADDRESS, line)


@pytest.mark.parametrize("line", [
    "Religion: Southern Baptist",                    # a faith, not a hospital
    "Sent to MRI via patient transport.",
    "Language services requested for Spanish.",
    "Medical transport arranged for discharge.",
    "Discharge to LTACH under discussion.",
])
def test_vendor_heads_leave_kinds_of_service(line: str) -> None:
    assert recognizer_texts(ADDRESS, line) == set()
