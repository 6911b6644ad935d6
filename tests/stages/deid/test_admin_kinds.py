"""Admin-document kinds as classes (issue #13): the beneficiary of an act ("for", "records of", "left VM for"), the
value of a party label ("Subscriber:", "Prescriber:", "Name:"), the patient's title before two words, sign-offs and
signatures, nicknames without quotes, "met X", "c/o X", initials before an age and sex, ages after "age at <event>",
county fields and "X Co." before a county office, organisations in admin fields. Sentences written for the test, none
taken from a benchmark form; each class has look-alikes (plan names, drugs, departments, clinical text) that must
stay."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.admin_forms import AdminFormsRecognizer, admin_spans
from cancerprep.stages.deid.recognizers.registry import build_recognizers
from tests.stages.deid.spans import in_note


def _found(line: str) -> set[tuple[str, str]]:
    text = in_note(line)
    return {(text[a:b], kind) for a, b, kind, _ in admin_spans(text)}


@pytest.mark.parametrize(("line", "name"), [
    # the beneficiary of an act, in every case and in sorted order
    ("Oxygen concentrator ordered for Dagny Okonkwo, deliver Friday.", "Dagny Okonkwo"),
    ("BENEFITS CHECK FOR TEODORA VELIKOVA COMPLETE, NO PA NEEDED.", "TEODORA VELIKOVA"),
    ("cab voucher for okafor, chidinma through the county program", "okafor, chidinma"),
    ("Lodging arranged for employee Rhiannon Szabo; two nights.", "Rhiannon Szabo"),
    ("Please send the chart of Ilse M Vantongeren to the new oncologist.", "Ilse M Vantongeren"),
    ("Left voicemail for Bartholomew Nwachukwu re: copay card.", "Bartholomew Nwachukwu"),
    # labels of admin forms whose value is a person
    ("Subscriber: Nwachukwu, Obiageli R", "Nwachukwu, Obiageli R"),
    ("GUARANTOR: KOWALCZYK, AGNIESZKA", "KOWALCZYK, AGNIESZKA"),
    ("Attn: Thaddeus Oyelaran", "Thaddeus Oyelaran"),
    ("Ordering prescriber: Haugland, Solveig T MD  NPI 1234567893", "Haugland, Solveig T"),
    ("Claim summary -- Member: Ferreira, Joaquim  Plan: PPO", "Ferreira, Joaquim"),
    ("Intake: Szabo, Rhiannon -- lives alone, no stairs", "Szabo, Rhiannon"),
    # the patient's title before two words, and the patient reached by a call
    ("Patient Oluwaseun Adebayo was consented for the registry.", "Oluwaseun Adebayo"),
    ("Phoned pt Dagny to confirm the delivery window.", "Dagny"),
    # sign-offs, signatures, a role after the name, a typist's initials, a lawyer's suffix, care-of, nicknames, met
    ("Thank you, Solveig", "Solveig"),
    ("-- Teodora Velikova, RHIT", "Teodora Velikova"),
    ("Reviewed by Solveig Haugland, utilization review nurse coordinator", "Solveig Haugland"),
    ("Benefit check per Thaddeus (mk)", "Thaddeus"),
    ("Copy to Obiageli Nwachukwu, Esq.", "Obiageli Nwachukwu"),
    ("Send statements c/o Agnieszka Kowalczyk, 12 Birch Lane", "Agnieszka Kowalczyk"),
    ("Member name: Dagny Olsen", "Dagny Olsen"),
    ("Preferred name: goes by Dagny.", "Dagny"),
    ("Coordinator met Vantongeren at the infusion chair.", "Vantongeren"),
    # a letter's subject line, a relative in apposition or as a party's subject
    ("RE: Obiageli Nwachukwu", "Obiageli Nwachukwu"),
    ("Re: Nwachukwu, Obiageli  DOB on file", "Nwachukwu, Obiageli"),
    ("The late patient's widower, Ossi Kettunen, asked for the bill.", "Ossi Kettunen"),
    ("step-daughter ossi kettunen has power of attorney", "ossi kettunen"),
])
def test_admin_positions_name_a_person(line: str, name: str) -> None:
    assert (name, "NAME") in _found(line)


@pytest.mark.parametrize(("line", "initials"), [
    ("Pre-screen #41: QT, 71 M, eligible pending labs.", "QT"),
    ("enrolment log 7: jkw, 58 f, consented", "jkw"),
])
def test_initials_before_age_and_sex_are_found(line: str, initials: str) -> None:
    assert (initials, "NAME") in _found(line)


@pytest.mark.parametrize(("line", "age"), [
    ("Age at diagnosis: 93", "93"),
    ("AGE AT TIME OF CONSENT 101", "101"),
    ("age at death: 96", "96"),
])
def test_ages_over_89_at_an_event_are_found(line: str, age: str) -> None:
    assert (age, "AGE") in _found(line)


@pytest.mark.parametrize(("line", "digits"), [
    ("SSN (last four): 4821", "4821"),
    ("ssn last 4: 4821", "4821"),
    ("Verified identity, SSN ending in 4821.", "4821"),
])
def test_last_digits_of_an_ssn_are_found(line: str, digits: str) -> None:
    assert (digits, "ID") in _found(line)


@pytest.mark.parametrize(("line", "place"), [
    ("County of residence: Marquette", "Marquette"),
    ("COUNTY: LOWNDES", "LOWNDES"),
    ("Referred to Pickens Co. social services for a ramp.", "Pickens Co."),
    ("Home health agency: Lindqvist Visiting Nurses", "Lindqvist Visiting Nurses"),
    ("Her employer, Okonkwo Freight, needs the FMLA form.", "Okonkwo Freight"),
    ("Letter from the law office of Haugland & Szabo, LLP", "Haugland & Szabo, LLP"),
])
def test_counties_and_organisations_in_admin_fields_are_found(line: str, place: str) -> None:
    assert (place, "LOCATION") in _found(line)


@pytest.mark.parametrize("line", [
    # a label naming a thing, not a party
    "Procedure name: Whipple",
    "Study name: Dagny trial extension",
    "Product name: Nyvepria, NDC on file.",
    # plan names, programs, departments, drugs and clinical text in the same positions
    "Prior authorization submitted for Medicare Part D, pending review.",
    "Ride scheduled for Medicaid transportation, pickup at 8.",
    "PA request for Keytruda, approved through 12/2024.",
    "Copay card for capecitabine complete; mailed to patient.",
    "Records of Prior Authorization Department to be scanned.",
    "Screened for Breast Cancer, eligible.",
    "Followup chemistry was obtained for AST, ALT and we will plan for discharge.",
    "No staining for IgG, IgA, IgM or C3.",
    "Thank you, Oncology",
    "Thanks, Team",
    "Patient Financial Services was notified.",
    "Called pt back to confirm.",
    "CALLED PT TODAY TO CONFIRM.",
    "Goes by wheelchair.",
    "She goes by bus.",
    "Met criteria for hospice; met goals in PT.",
    "c/o abdominal pain, nausea",
    "C/O BACK PAIN",
    "Member: Medicare Advantage",
    "Subscriber: self",
    "Attn: Billing Department",
    "Hemoglobin, 12 F",
    "Temp: 99, 98 F",
    "Age at diagnosis: 64",
    "Age at diagnosis: 92 days",
    "County: unknown",
    "County of residence: same",
    "Employer: retired",
    "Employer: self-employed",
    "Agency: none",
    "Company: n/a",
    "Re: appeal",
    "Re: Keytruda",
    "RE: PRIOR AUTHORIZATION",
    "Re: Medicare Part D",
    "Her mother, breast cancer survivor, is here.",
    "sister breast cancer was diagnosed at 50",
    "SSN ending in 4821-7",
    "PT HAD A CATH FOR DOBUTAMINE TRIAL, UNABLE TO PASS",
    "npo for picc placment, iv in r arm",
    "MEDICATED FOR EXCORIATED BOTTOM WITH GOOD EFFECT",
    "she c/o feeling anxius, refused meds",
    "Last 4 cycles ending in 2019",
])
def test_admin_look_alikes_are_kept(line: str) -> None:
    assert _found(line) == set()


def test_the_recognizer_is_registered_and_reports_its_kinds() -> None:
    recognizers = [r for r in build_recognizers() if isinstance(r, AdminFormsRecognizer)]
    assert len(recognizers) == 1
    text = in_note("Subscriber: Nwachukwu, Obiageli R")
    found = recognizers[0].analyze(text, [])
    assert [(text[r.start:r.end], r.entity_type) for r in found] == [("Nwachukwu, Obiageli R", "NAME")]
