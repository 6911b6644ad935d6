"""Tabular chart records as classes (issue #13): identifier and pager columns under a header row, short autopsy and
lab numbers, dotted licence values, prefixed visit numbers, equipment and blood-unit codes after "unit", old ages
after a snake_case key or in a cell with a sex letter, and cities in a city field or at a route's ends. Lines written
for the test, none taken from a benchmark form; each class has look-alikes (lot and catalogue numbers, doses, times,
dates, temperatures, nursing units and rooms, counts of units, wards named as destinations) that must stay."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.chart_tables import ChartTablesRecognizer
from cancerprep.stages.deid.recognizers.registry import build_recognizers
from tests.stages.deid.spans import chart_texts


@pytest.mark.parametrize(("line", "expected"), [
    # a header row naming an identifier's or a pager's column: its cells below
    ("Device\tSerial\tStatus\nSyringe pump\tQX708812\tin use\nPCA\tLM330941\tcleaned",
     {("QX708812", "ID"), ("LM330941", "ID")}),
    ("Accession | Site | Status\nH27-5520 | sigmoid | final", {("H27-5520", "ID")}),
    ("Provider  Pager  Role\nOkafor  60412  fellow", {("60412", "CONTACT")}),
    ("Unit no. | Product | ABO\nX7712 27 004561 | FFP | A POS", {("X7712 27 004561", "ID")}),
    # short autopsy and lab numbers
    ("Necropsy number: K31-08 pending", {("K31-08", "ID")}),
    ("Send-out lab # 8830R1142", {("8830R1142", "ID")}),
    ("Accn 27-008813 urine cx", {("27-008813", "ID")}),
    ("IRRADIATED bag 2 of 3 44KT90125", {("44KT90125", "ID")}),
    # a licence, badge or NPI value with a dotted prefix
    ("CRNA licence: AN.3318820", {("AN.3318820", "ID")}),
    ("badge no. EMP.009917", {("EMP.009917", "ID")}),
    # a prefixed visit number
    ("Board | csn-77104412 | 3E | 318", {("csn-77104412", "ID")}),
    # equipment and blood-unit codes after "unit"
    ("Negative-pressure unit WQB50183 swapped", {("WQB50183", "ID")}),
    ("Platelet donor unit 31KM77018 hung at 1405", {("31KM77018", "ID")}),
    # an unlabelled Codabar-era unit number on a blood product's line
    ("FFP 31 KM 77018 thawed, issued to OR", {("31 KM 77018", "ID")}),
    # pagers in a cell or a key
    ("Night call | Ruiz | p 5520 | backup Chen", {("5520", "CONTACT")}),
    ("Covering: Ruiz (bpr) 60412", {("60412", "CONTACT")}),
    ("pager_num=60412", {("60412", "CONTACT")}),
    # a service's line, an intersection
    ("Bed board phone 555-0188 for transfers", {("555-0188", "CONTACT")}),
    ("Picked up at the corner of Birch Hollow and Route Nine by medics", {("Birch Hollow and Route Nine", "LOCATION")}),
    # a performing laboratory's field without case
    ("performed at: lakeland regional laboratory", {("lakeland regional laboratory", "LOCATION")}),
    # old ages after a snake_case key or in a cell with a sex letter
    ("export row: patient_age=101; sex=F", {("101", "AGE")}),
    ("board | 6N-611 | 98 m | NPO", {("98", "AGE")}),
    ("List\t9C\t904\t95\tF\tDNR", {("95", "AGE")}),
    # cities in a city field and at a route's ends
    ("City: Fremont   State: OH", {("Fremont", "LOCATION")}),
    ("Lab courier leg from Toledo to Sandusky, 2 totes", {("Toledo", "LOCATION"), ("Sandusky", "LOCATION")}),
])
def test_chart_classes(line: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= chart_texts(line)


@pytest.mark.parametrize("line", [
    # lot, catalogue, doses, times and dates under header rows
    "Drug\tLot\tExp\nCarboplatin\tA77120\t2027-03-01",
    "Item | Ref | Qty\nDressing | 88-2210 | 4",
    "Time | Dose | Route\n0800 | 1000 mL | IV",
    # nursing units, rooms and case descriptions are no identifier columns
    "Unit | Room | Bed\n4W | 4412 | B",
    "Case | Surgeon\nLap chole 4411 | Ruiz",
    # a count of units, a measure, a nursing unit
    "Gave insulin 6 units 10455 kcal? no",
    "Unit 5W-503 bed A",
    "unit 22510 mg",
    # a temperature in a cell is no age; an age under 90 stays
    "Temp | 103 F | HR 118",
    "board | 6N-611 | 78 m | NPO",
    # a pulse in a cell, a volume after "P", a count of units before a product, a measure that looks like a unit
    "Vitals | P 92 | RR 18",
    "P 1500 mL out",
    "Gave 2 units PRBC over 4 h",
    "Weight 45 LB 12345 steps",
    # a body's corner, a dispatch time
    "Lesion at the corner of the mouth and lip",
    "dispatch 0415-0430 delayed",
    # a generic or in-house laboratory
    "Performed at: Main Lab",
    "test performed at the core laboratory",
    # an accession label before a date or a time
    "Accession 03/14/2027 0815",
    # lab numbers with too few digits, a lab value
    "lab no. 12",
    # route ends that are wards and services, not cities
    "Transport from Floor to Radiology by wheelchair",
    "Transferred from Surgery to ICU",
])
def test_chart_look_alikes_stay(line: str) -> None:
    found = chart_texts(line)
    assert not found, found


def test_temperature_cell_is_no_age_in_the_engine_rules() -> None:
    """The compact age rule reads a temperature label across a cell's bar too ("Temp | 102 F")."""
    from cancerprep.stages.deid.recognizers.age import _TEMPERATURE
    assert _TEMPERATURE.search("Temp | ")
    assert not _TEMPERATURE.search("Bed | 5S-310 | ")


def test_registry_holds_the_chart_recognizer() -> None:
    assert any(isinstance(r, ChartTablesRecognizer) for r in build_recognizers())
