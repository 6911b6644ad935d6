"""Initials in pharmacy, home-care and office positions (issue #13): the fields of a dispensing record, the acts of a
pharmacy or an office whose writer closes the clause, a call-back's message left, a standing protocol, a home visit's
row and a writer's mark alone on a line; each judged by the shared `initials_class` vocabulary, which now also holds
pharmacy shorthand and drug initialisms. Lines invented for this test (letters QZ, WK, TVJ ... that no abbreviation
uses), none taken from a benchmark form; every position has look-alikes that must stay (sig abbreviations, pharmacy
abbreviations, units, drug initialisms, couriers, clinical shorthand)."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.initials_class import clinical_abbreviations, initials_ok
from tests.stages.deid.spans import initials_names


@pytest.mark.parametrize(("line", "initials"), [
    # the fields of a dispensing record: the pharmacist's and technician's roles, the steps they signed
    ("Order 5512 dispensed 02/14/2023   R.Ph.: TVJ   Technician: WK", {"TVJ", "WK"}),
    ("PharmD: QZ   CPhT: HW", {"QZ", "HW"}),
    ("Input: done  Data entry: KQ  Filled by: WZ  Final verification: KQ", {"KQ", "WZ"}),
    ("Dispensed by - JV; counselled by: YX", {"JV", "YX"}),
    ("MSG TAKEN BY: VKP", {"VKP"}),
    ("call taken by: jq", {"jq"}),
    # an office act, its writer closing the clause
    ("Appeal faxed to the plan with chart notes, QZ", {"QZ"}),
    ("Copay card activated and mailed to home; WKT", {"WKT"}),
    ("Benefit check submitted through the portal YV; approval uploaded JW", {"YV", "JW"}),
    ("Tablet count corrected to 28 -- VJ", {"VJ"}),
    ("Prescriber's office called back -ZW", {"ZW"}),
    ("Shipment confirmed for Tuesday - TB", {"TB"}),  # a dash sets the writer apart: "TB" is signed there
    # a call-back's message left
    ("Tried home number, no pickup, LM  QJW", {"QJW"}),
    ("left voicemail - VZ", {"VZ"}),
    # a standing protocol, then its signer
    ("Renewal OK'd per pharmacy protocol WJ 08/03/2024", {"WJ"}),
    ("90-day supply per standing orders: KZV", {"KZV"}),
    # a home visit's row: the visitor's role, initials, the visit's time
    ("Aide QW 0900-1030 shower assist; LPN ZK 1300 wound check", {"QW", "ZK"}),
    # a writer's mark alone on a line
    ("--WJ/kt", {"WJ"}),
    ("— QZ", {"QZ"}),
    ("~VT/mp", {"VT"}),
    # a role and its step as a field, counselling, a message taken, a waste witness
    ("Pharmacist verification: QZ", {"QZ"}),
    ("RPh initials: TVJ    Tech check: ZW", {"TVJ", "ZW"}),
    ("Counseling provided by: JV", {"JV"}),
    ("Message taken by ZQ", {"ZQ"}),
    ("Waste: 2 mL hydromorphone, witness QZ", {"QZ"}),
    # a pharmacy credential beside the initials
    ("Counseling offered and accepted, QZ, RPh", {"QZ"}),
    ("RPh ZW", {"ZW"}),
    ("JV/CPhT", {"JV"}),
    # a signature legend
    ("QZ = Jane Doe, RN", {"QZ"}),
    ("TVJ - Mary Ellen Hart, RPh", {"TVJ"}),
    # a dated log row whose last cell is the writer's
    ("Refill 2   03/04/2022   #30   ZW", {"ZW"}),
    ("3/4/22 | shipped | JQ", {"JQ"}),
])
def test_initials_in_pharmacy_and_office_positions(line: str, initials: set[str]) -> None:
    assert initials_names(line) == initials


@pytest.mark.parametrize("line", [
    # sig and frequency abbreviations after an act or closing a line
    "Refill faxed to pharmacy - PRN",
    "Metformin 500 mg PO BID, dispensed QHS",
    "Prescription sent, TID",
    "Heparin flush ordered, sent SQ",
    # pharmacy abbreviations
    "Label reprinted, DAW",
    "Rx processed, qty 30, DS",
    "Order entered, NDC",
    "Request submitted to plan - PA",
    "Refill called in, RX",
    "Claim approved, OTC",
    "Tech: 30 tabs",
    "Fill: 90 caps",
    # drug initialisms and clinical shorthand
    "Interaction reviewed, ASA",
    "Regimen reviewed - MTX",
    "Order confirmed, HCTZ",
    "Labs sent, CBC",
    "Pt transferred to ICU",
    "Received 2 units FFP",
    # messages, couriers, answers, units
    "Patient called, LM",
    "Called daughter, left VM",
    "Diabetic, status post left BKA",
    "Box shipped via UPS",
    "Pt notified of change, ok",
    "Dose corrected to 40 mg",
    # a protocol or a visit row without a signer
    "per protocol 12/21/2019",
    "RN 0800 assessment done",
    "Visit by PT 1100",
    # a line of dashes, a finding after a dash
    "--",
    "-- NAD",
    "- RRR",
    # a section or a glossary in a legend's shape, a role's step before an abbreviation
    "CV: Regular Rate",
    "CC - Chest Pain, PT",
    "BP = Blood Pressure",
    "SOB = Shortness Of Breath",
    "Pharmacist verified - ASA",
    "Tech check: OK",
    "witness NS",
    # dated rows closing with a test or a finding
    "3/4/2022  CT chest  NAD",
    "Labs 3/4/2022  CBC",
    "1/2/2021 | MRI | CT",
])
def test_look_alikes_in_pharmacy_and_office_lines_stay(line: str) -> None:
    assert initials_names(line) == set()


def test_pharmacy_shorthand_and_drug_initialisms_are_in_the_vocabulary() -> None:
    vocab = clinical_abbreviations()
    for word in ("daw", "ndc", "ds", "qty", "rx", "otc", "dur", "asa", "mtx", "hctz", "kcl", "lm", "vm", "ups"):
        assert word in vocab
    for letters in ("qz", "zq", "tvj"):
        assert letters not in vocab
    # a weak position refuses them; a label still takes a pair a signer writes
    assert not initials_ok("DAW", True, "act")
    assert not initials_ok("MTX", True, "signed")
    assert initials_ok("DS", True, "label")
