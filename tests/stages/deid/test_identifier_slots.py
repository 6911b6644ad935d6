"""Identifiers by slot and shape (recognizers/identifier_slots.py): values of an identifier's shape in a slot that
says "number of something", and the safe values (dates, doses, kept codes, variants, stages) in the same slots.

Every line is this test's own wording."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.base import ID
from cancerprep.stages.deid.recognizers.identifier_slots import (
    IdentifierSlotsRecognizer,
    identifier_slot_spans,
    label_ok,
    value_ok,
)
from cancerprep.stages.deid.recognizers.registry import build_recognizers


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, kind, _ in identifier_slot_spans(text) if kind == ID]


@pytest.mark.parametrize(("line", "value"), [
    ("Parcel ID: QK77014521   Status: delivered", "QK77014521"),
    ("Booking locator ...... 7E2B-44C1-9A0F", "7E2B-44C1-9A0F"),
    ("[Vial no.] 31-HT-50872 thawed", "31-HT-50872"),
    ('{"state": "open", "cradle_id": "LMN_0045127"}', "LMN_0045127"),
    ("<pouchno>77-RB-40031</pouchno>", "77-RB-40031"),
    ("Armband no.\n60214473", "60214473"),
    ("Ticket # gT5kw92Lm", "gT5kw92Lm"),
    ("state=filed; claim_number=4410 2287 9135; hour=07", "4410 2287 9135"),
    ("DONATION NUMBER - Z0912 25 448201", "Z0912 25 448201"),
    ("Waybill no: 2026/508113", "2026/508113"),
    ("Referral number: 553.817.204", "553.817.204"),
    ("Codabar unit id: C2204871A", "C2204871A"),
    ("Subscriber ID: uhc884102977", "uhc884102977"),
    ("Medicare (MBI): 7TR2-WQ8-HN31", "7TR2-WQ8-HN31"),
    ("Beneficiary identifier (HICN) - 559410887A", "559410887A"),
    ("Insured ID 66120447 01", "66120447 01"),
    ("Med rec no. 771-4420", "771-4420"),
    ("Return slip#55120834-2", "55120834-2"),
    ("Vial IDs: QX5512083, thawed", "QX5512083"),
    ("PARCEL REF = 8812AB77", "8812AB77"),
    ("Vial no -> 55120834", "55120834"),
    ("T25-30417 (accession) received", "T25-30417"),
    ("LIS no. Q25.40418", "Q25.40418"),
    ("Accession # 2025.40418", "2025.40418"),
])
def test_identifier_in_a_labelled_slot(line: str, value: str) -> None:
    assert _found(line) == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("Hour | Step | Vial # | Nurse\n0645 | thawed | 31-HT-50872 | RN", "31-HT-50872"),
    ("Hour\tCradle ID\tState\n0230\tQK77014521\tfiled", "QK77014521"),
    ("Hour    Waybill no    State\n1100    889104-6    shipped", "889104-6"),
])
def test_identifier_in_a_table_column(text: str, value: str) -> None:
    assert _found(text) == [value]


@pytest.mark.parametrize("line", [
    "Collected: 11/03/2025   Status: pending",
    "Dx code: C61.0",
    "Code: C34.12",
    "CPT code - 96415",
    "LOINC code: 1975-2",
    "HCPCS: J9305",
    "Variant: ALK F1174L",
    "Finding - NRAS Q61K",
    "Stage: ypT2N1aM0",
    "Cycle: C6D15",
    "Order: 1250 mL over 4 hours",
    "Order: cisplatin 75 mg/m2",
    "Amount: 12000 units",
    "Value: 180000 /uL",
    "Result: 3.4 (3.5-5.0)",
    "Vitals: 142/88",
    "Unit: 7 North",
    "Case: 3 of 12",
    "Lot # 8831207B",
    "Batch no: 44120987",
    "BIN 610279 PCN ADV",
    "Group number: 0098812",
    "Rx group: KQ77120",
    "NDC code: 00409-4888-02",
    "CLIA #: 44D0917723",
    "Model number: HM3-11420",
    "Catalog #: RX-557102",
    "Phone number: 6175550188",
    "Gate code: 44817",
    "Room no: 1204B",
    "Bed number: 12",
    "ZIP code: 02139",
    "Count: 2300000",
    "12 cases (2019-2024) reviewed",
    "Cases: 14000 per year",
    "Serial #: 123456",
    "serial # ABCD1234.",
    "CLAIM NUMBER : 12345-67890",
    "Insurance (primary): Medicare part B",
    "RxBIN (plan): 004336",
    "Visit: 2024/05",
    "Order: 06-2025",
    "Gave her a sample 1500-calorie diet sheet.",
    "  Used a number #20-gauge angiocath.",
    "The case 12345678 was discussed.",
    "Callback number: 617-555-0142",
    "Reference: (617) 555-0142",
])
def test_safe_values_in_slots_are_kept(line: str) -> None:
    assert _found(line) == []


def test_identifier_in_a_comma_separated_export() -> None:
    text = "hour,Cradle ID,state\n0230,QK77014521,filed\n0300,QK77014533,filed"
    assert _found(text) == ["QK77014521", "QK77014533"]
    assert _found("hour,Test code,state\n0230,2160-0,filed") == []


def test_safe_values_in_a_table_column_are_kept() -> None:
    text = "Hour | Test code | Result\n0800 | 2160-0 | 1.1\n0900 | 88305 | done"
    assert _found(text) == []


def test_a_plain_head_needs_an_identifiers_value() -> None:
    # "Order", "Case", "Unit" alone head many things: a value of five digits with a letter or dash, or eight chars
    assert _found("Order: 77120") == []
    assert _found("Order: 7712093") == []
    assert _found("Order: 77120931") == ["77120931"]
    assert _found("Case: SX-77120") == ["SX-77120"]
    assert label_ok("Order #", "77120")
    assert not label_ok("Order", "77120")


def test_value_shapes() -> None:
    assert value_ok("A20-88123")
    assert value_ok("qx8812Lm3")
    assert value_ok("52817")
    assert not value_ok("1234")
    assert not value_ok("ab12")
    assert not value_ok("2024-05-06")
    assert not value_ok("12.5")
    assert not value_ok("13805.25")
    assert not value_ok("L858R")
    assert not value_ok("pT3N2bM0")
    assert not value_ok("1234567")
    assert value_ok("S24-12345")  # a short run before the counted one: a real accession's shape
    assert value_ok("7810234")  # not counting up
    assert not value_ok("7890123")  # counting up past 9


def test_prose_and_number_before_a_unit_are_kept() -> None:
    assert _found("The specimen was sent for review and 12000 cells counted.") == []
    assert _found("Sample ID: 880120 mg") == []


def test_registered_once_as_an_id_recogniser() -> None:
    recs = [r for r in build_recognizers() if isinstance(r, IdentifierSlotsRecognizer)]
    assert len(recs) == 1
    assert recs[0].supported_entities == [ID]


def test_a_note_with_other_characters_reads_the_same_slots() -> None:
    # the head search runs over the lower-cased note only where lower-casing is exact (ASCII); another note takes
    # the case-insensitive scan: both find the same slots
    ascii_note = "Parcel ID: QK77014521\nCode: C34.12\nHour | Vial # | Nurse\n0645 | 31-HT-50872 | RN"
    other = ascii_note.replace("Hour", "Heure ·")
    assert _found(ascii_note) == _found(other) == ["QK77014521", "31-HT-50872"]
