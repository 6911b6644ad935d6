"""Classes the weak field kinds' generated variation exposed (deidfix44, issue 13; `benchmarks.quality.kind_variation`):
a field's value in the table cell after its label's cell (`field_cells`), institution heads as notes abbreviate
them and "employee of" as an employment cue (`institutions`). Every value and name here is invented."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import institutions
from cancerprep.stages.deid.recognizers.field_cells import field_cell_spans
from cancerprep.stages.deid.recognizers.institutions import institution_spans
from tests.stages.deid.spans import span_texts


@pytest.mark.parametrize(("text", "value", "entity"), [
    ("ZIP+4\t30317\tactive", "30317", "LOCATION"),
    ("Postal code | 04102-3391 | verified", "04102-3391", "LOCATION"),
    ("MAILING ZIP  |  97213  |  YES", "97213", "LOCATION"),
    ("Pgr  |  6620  |  12", "6620", "CONTACT"),
    ("Beeper #\tp7714\tcovering", "p7714", "CONTACT"),
    ("Resident pager | 4-7781 | nights", "4-7781", "CONTACT"),
    ("Pt name\tOkonkwo\t54", "Okonkwo", "NAME"),
    ("Patient Name | Vasquez-Rivera, Imani R. | 3/2/2021", "Vasquez-Rivera, Imani R.", "NAME"),
    ("SUBJECT\tDARABONT\t24", "DARABONT", "NAME"),
    ("Employer\tWexley Fabrication\t2019", "Wexley Fabrication", "LOCATION"),
    ("Pharmacy | Tamarind Drug | 7/26/2019", "Tamarind Drug", "LOCATION"),
    ("Organization | Pruett Orthotics & Prosthetics | 28", "Pruett Orthotics & Prosthetics", "LOCATION"),
])
def test_value_in_the_cell_after_its_label(text: str, value: str, entity: str) -> None:
    assert (value, entity) in [(text[a:b], e) for a, b, e, _ in field_cell_spans(text)]


@pytest.mark.parametrize("text", [
    "Name | Dose | Route", "NAME | DOSE | ROUTE", "Name  Morphine", "Name | Value", "Name | Date | Time",
    "Pharmacy | Pick Up | today", "Agency | Not Applicable", "Vendor | Medical Supply", "Employer | Retired",
    "EMPLOYER | SELF EMPLOYED", "Agency | Home Health", "Pharmacy | Outpatient Pharmacy", "patient  tolerated well",
    "name  of drug", "Page  2 of 3", "Pager | 0800-1700", "ZIP | 123", "Pager  4528 paged twice",
    "Pharmacy  aware of order", "PHARMACY  AWARE",
])
def test_cell_look_alikes(text: str) -> None:
    assert field_cell_spans(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Discharge to: Valley View Nsg and Rehab Ctr", "Valley View Nsg and Rehab"),
    ("Employee of Humphrey Mfg Co. since 2009", "Humphrey Mfg Co."),
    ("Outside records from Wexley Care Ctr reviewed", "Wexley Care Ctr"),
    ("Supplies via Okafor Svcs", "Okafor Svcs"),
])
def test_abbreviated_heads(text: str, value: str) -> None:
    assert any(value in f for f in span_texts(institution_spans, text))


@pytest.mark.parametrize("text", [
    "Signed: J. Smith, CTR", "Seen in the Ctr for infusion", "infusion ctr today", "Employee of the month",
    "Svcs: PT/OT", "Nsg and rehab goals reviewed",
])
def test_abbreviated_head_look_alikes(text: str) -> None:
    assert span_texts(institution_spans, text) == []


def test_head_word_and_distinct() -> None:
    assert institutions.head_word("hospital") and institutions.head_word("ctr") and not institutions.head_word("inn")
    assert institutions.distinct("okonkwo") and not institutions.distinct("blue")


@pytest.mark.parametrize(("text", "value"), [
    ("30317 (zip)", "30317"), ("call 4-7781 - pgr", "4-7781"), ("44631 = beeper, covering", "44631"),
    ("12345, zip code.", "12345"),
])
def test_zip_or_pager_before_its_label(text: str, value: str) -> None:
    assert value in span_texts(field_cell_spans, text)


@pytest.mark.parametrize("text", [
    "Page 2 - page 3", "given 5000 (units)", "K 4.1 - pg 3", "1234 (page 2)", "bp 120/80 - pg", "1200 - zip it up",
])
def test_before_label_look_alikes(text: str) -> None:
    assert field_cell_spans(text) == []


@pytest.mark.parametrize(("text", "values"), [
    ("Delivery zip - 30317", ["30317"]), ("ZIP+4: 30317-1234", ["30317-1234"]),
    ("City/State/Zip: Decatur/GA/30317", ["30317"]), ("Pt resides in zip 30317.", ["30317"]),
    ("Service area zips 30317, 30318, 30319", ["30317", "30318", "30319"]), ("Decatur 30317", ["30317"]),
    ("zip code of 30317 not covered", ["30317"]),
])
def test_zip_after_a_label_naming_it_or_a_city(text: str, values: list[str]) -> None:
    assert span_texts(field_cell_spans, text) == values


@pytest.mark.parametrize("text", [
    "Zip lock bag x 12345", "zip-up sweater 12345", "Zip: 12345.6", "Platelets 150000", "Dose 10000",
    "Record 30317 reviewed", "Courier zone: 30317", "Zip code: none on file, phone 555-30317",
])
def test_zip_look_alikes(text: str) -> None:
    assert field_cell_spans(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Pharmacy: Wexley Apothecary", "Wexley Apothecary"), ("Church: Grace Fellowship", "Grace Fellowship"),
    ("Services at Okafor Tabernacle on Sundays", "Okafor Tabernacle"),
])
def test_pharmacy_and_congregation_heads(text: str, value: str) -> None:
    assert value in span_texts(institution_spans, text)


@pytest.mark.parametrize("text", [
    "Fellowship in oncology completed", "the parish nurse visited", "apothecary weights", "In fellowship with",
])
def test_pharmacy_and_congregation_look_alikes(text: str) -> None:
    assert span_texts(institution_spans, text) == []
