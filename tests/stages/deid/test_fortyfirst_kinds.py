"""Classes the fortyfirst pass's generated variation exposed (deidfix41, issue 13): a lab's case number under the
name of the section that made it (`identifier_slots`), pagers in the shapes paging systems print (`ward_units`), care
sites after a key's "=" and with stay heads (`institutions`). Every value and name here is invented."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.identifier_slots import identifier_slot_spans
from cancerprep.stages.deid.recognizers.institutions import institution_spans
from cancerprep.stages.deid.recognizers.ward_units import ward_unit_spans
from tests.stages.deid.spans import span_texts


@pytest.mark.parametrize(("text", "value"), [
    ("Bone marrow BM-25-771 received", "BM-25-771"),
    ("Renal biopsy (B18 9075) in transit", "B18 9075"),
    ("FISH 18:CJ:54058 PENDING", "18:CJ:54058"),
    ("HEME PATH 24-V-682 ON HOLD", "24-V-682"),
    ("Reviewed hematopathology case 26:BE:1459 from the outside lab", "26:BE:1459"),
    ("GI path - CU-2020-453 (in transit)", "CU-2020-453"),
    ("derm path q/15/994 pending", "q/15/994"),
    ("Cytogenetics: WA/23/5096   Status: received", "WA/23/5096"),
    ("Time | Hematopathology | Status\n0615 | M/21/049 | received", "M/21/049"),
])
def test_lab_section_case_numbers(text: str, value: str) -> None:
    assert value in span_texts(identifier_slot_spans, text)


@pytest.mark.parametrize("text", [
    "Bone marrow 40% cellular", "Flow CD45 123 cells", "Cytogenetics 46,XX[20]", "Collected 14-Mar-2024",
    "Surgical pathology T2-25-100%", "Platelets PLT50-100 x10^9", "seen 2 days ago, L4-5 disc",
    "Path stage pT2 N0", "Heme path C3D1 review", "Molecular path KRAS G12D",
    "Time | Cytology | Status\n0615 | class II | received",
])
def test_lab_section_look_alikes(text: str) -> None:
    assert span_texts(identifier_slot_spans, text) == []


def test_case_shape_needs_a_section() -> None:
    """The shape alone is not enough: a case number needs its section or an accession word right before it."""
    assert span_texts(identifier_slot_spans, "Follow-up on BM-25-771 per plan") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Dr. Agee pg 66-6838", "66-6838"),
    ("Pager/: p7214", "p7214"),
    ("Resident Means, 11-9471 (pager ID)", "11-9471"),
    ("Questions: Pager / Vocera #4463", "4463"),
    ("resident nash, p3138 (beeper)", "p3138"),
    ("BEEPER: 11-9526", "11-9526"),
    ("pgr# 5567", "5567"),
])
def test_pager_shapes(text: str, value: str) -> None:
    assert value in span_texts(ward_unit_spans, text)


@pytest.mark.parametrize("text", [
    "paging 1430 no answer", "Page 2 of 3", "pg 12 of 14", "PGY-3", "pager 1 of 2", "paged x2", "ext rotation 45",
    "x 1000 mL", "pager 1000 mL",
])
def test_pager_look_alikes(text: str) -> None:
    assert span_texts(ward_unit_spans, text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("sent_to=Bellmont Urgent Care; status=final", "Bellmont Urgent Care"),
    ("site=Okonkwo Reference Laboratory; result=final", "Okonkwo Reference Laboratory"),
    ("Discharge to\tLindqvist Senior Living", "Lindqvist Senior Living"),
])
def test_care_sites_in_fields(text: str, name: str) -> None:
    assert name in span_texts(institution_spans, text)


@pytest.mark.parametrize("text", [
    "discharged to assisted living", "needs urgent care", "PLAN: URGENT CARE PRN", "d/c to senior living",
    "a=Pioneer Urgent Care",
])
def test_care_site_look_alikes(text: str) -> None:
    """A stay's kind without a name, or an everyday word before a soft head, is no care site's name."""
    assert span_texts(institution_spans, text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("rides arranged through berumen & larrow distributors.", "berumen & larrow distributors"),
    ("Payer: The Orozco Distributors", "Orozco Distributors"),
    ("School: McGowan Corp.", "McGowan Corp."),
    ("RIDES ARRANGED THROUGH JENSEN REALTY.", "JENSEN REALTY"),
    ("Rides arranged through Regan-Buford Holdings.", "Regan-Buford Holdings"),
])
def test_businesses_by_legal_form(text: str, name: str) -> None:
    assert name in span_texts(institution_spans, text)


@pytest.mark.parametrize("text", [
    "Referred to support group today.", "Plan: tumor group per protocol", "Discussed with Blood Group today.",
    "Pt works with Pain Solutions", "Rx: 5 mg daily", "history of ABO group", "General:  Alert, cooperative, calm",
])
def test_business_look_alikes(text: str) -> None:
    assert span_texts(institution_spans, text) == []
