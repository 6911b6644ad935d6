"""Wards named for a donor or place with their floor or wing (issue 13, deidfix37), pager labels of paging vendors,
and organisation heads beyond care (funds, food banks, credit unions, law firms, equipment vendors). Lines written
for the test (none taken from a benchmark form); each class has look-alikes that must stay unflagged."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.institutions import institution_spans
from cancerprep.stages.deid.recognizers.ward_forms import ward_spans
from cancerprep.stages.deid.recognizers.ward_units import ward_unit_spans
from tests.stages.deid.spans import in_note


def _units(line: str) -> set[str]:
    text = in_note(line)
    return {text[a:b] for a, b, _, _ in ward_unit_spans(text)}


@pytest.mark.parametrize(("line", "unit"), [
    # a ward field's label
    ("Receiving unit: Thistlewood 8 East", "Thistlewood 8 East"),
    ("Floor - Marchbanks 3", "Marchbanks 3"),
    ("Bed assignment: Eastlake 8, room 3", "Eastlake 8"),
    ("LOCATION: PELLETIER 10S RM 22", "PELLETIER 10S"),
    # a verb moving the patient between wards
    ("Pt transferred up to Abernethy 7 after rapid response.", "Abernethy 7"),
    ("report phoned to Kwiatkowski 4W charge nurse", "Kwiatkowski 4W"),
    ("Bed assigned on Oduya 12 pending clean.", "Oduya 12"),
    ("floated from harrowgate 6 tonight", "harrowgate 6"),
    # a ward's own shape after any preposition, an intensive-care head, a header closed by a bar
    ("Spent the night on Featherstone 5N without events.", "Featherstone 5N"),
    ("Coming down from Ashcombe CCU later.", "Ashcombe CCU"),
    ("WEXLER 9 WEST | SHIFT SUMMARY", "WEXLER 9 WEST"),
    # on a line without case the name and "unit" after a ward label
    ("previous unit: okonkwo unit", "okonkwo unit"),
])
def test_named_wards(line: str, unit: str) -> None:
    assert unit in _units(line)


@pytest.mark.parametrize("line", [
    # bare ward codes stay (policy), and units named by their care
    "Transferred to 6 West overnight.",
    "Moved to MICU-B after extubation.",
    "Unit: Surgical ICU",
    "Transferred to the Neuro ICU for monitoring.",
    "Arrived on Med-Surg 5 by wheelchair.",
    "Floor: Tower 6",
    "Transferred to PCU 5 on telemetry.",
    # drugs and doses, stages and scores, durations, dates, clinic returns
    "Transferred to floor on Lasix 40 daily.",
    "Switched to Coumadin 5.",
    "Stage: Stage 4",
    "Transferred to Mayo 3 days ago for a second opinion.",
    "Admitted on Jan 5.",
    "Return to clinic 4 weeks.",
    "Returned to OR 2 for washout.",
    # a name and a number with no ward's position or shape
    "Met with Hollis 2 times this week.",
    "Smith 2 was the second twin.",
    # a cased "<Name> Unit" is the ward rules' to judge, not this one's
    "Transferred to the Mayfield unit.",
])
def test_not_named_wards(line: str) -> None:
    assert not _units(line)


@pytest.mark.parametrize(("line", "digits"), [
    ("Hospitalist Ferreira spok 48213", "48213"),
    ("night float, voalte 3-7741", "3-7741"),
    ("Questions: in-house 61058", "61058"),
])
def test_paging_vendor_labels(line: str, digits: str) -> None:
    text = in_note(line)
    assert digits in {text[a:b] for a, b, _, _ in ward_spans(text)}


@pytest.mark.parametrize("line", ["in-house education at 1430", "Spoke with daughter 2 times", "inhouse 3 days"])
def test_paging_vendor_refusals(line: str) -> None:
    text = in_note(line)
    assert not any(text[a:b].isdigit() for a, b, _, _ in ward_spans(text))


@pytest.mark.parametrize(("line", "org"), [
    ("Travel grant from the Quintanilla Fund approved.", "Quintanilla Fund"),
    ("Groceries via Hartsell Food Pantry weekly", "Hartsell Food Pantry"),
    ("Loan through Dembele Credit Union", "Dembele Credit Union"),
    ("Attorney: Prewitt Law Group", "Prewitt Law Group"),
    ("Claims handled by Tavernier Benefit Administrators", "Tavernier Benefit Administrators"),
    ("Concentrator delivered by Okereke Home Medical.", "Okereke Home Medical"),
    ("Walker ordered from Lindgren Medical Equipment", "Lindgren Medical Equipment"),
])
def test_organisation_heads(line: str, org: str) -> None:
    text = in_note(line)
    assert org in {text[a:b] for a, b, _, _ in institution_spans(text)}


@pytest.mark.parametrize("line", [
    "Referred to the Ryan White program for coverage.",
    "Plan: home oxygen at 2 L.",
    "Discussed with Social Work about the food pantry.",
    "Continue supplemental oxygen through the night.",
    "Started a college fund for her son.",
    "Durable Medical Equipment ordered.",
])
def test_organisation_refusals(line: str) -> None:
    text = in_note(line)
    assert not institution_spans(text)


@pytest.mark.parametrize(("line", "digits"), [
    ("Intern Castellanos, 5-2290 (pgr)", "5-2290"),
    ("covering: 73318 (Pager #)", "73318"),
    ("Night resident 61553 beeper", "61553"),
    ("Report to 4471 (ext.)", "4471"),
])
def test_pager_label_after(line: str, digits: str) -> None:
    text = in_note(line)
    assert digits in {text[a:b] for a, b, _, _ in ward_unit_spans(text)}


@pytest.mark.parametrize("line", ["Received 1000 units of heparin", "Total 2000 x 3 doses", "See 1998 page 12",
                                  "Report 1430 (page 2)", "WBC 11.5 (x10^9)", "in 2019 (pgs 4-6)"])
def test_pager_label_after_refusals(line: str) -> None:
    text = in_note(line)
    assert not ward_unit_spans(text)


def test_everyday_word_ward_needs_its_shape() -> None:
    assert "Gamble 7 West" in _units("Report called to Gamble 7 West charge RN.")
    assert "Brown 6" in _units("Transferred to Brown 6 overnight.")
    assert not _units("REPORT CALLED TO GAMBLE 7 CHARGE RN.")
    assert not _units("Transferred to Ready 6 overnight.")


@pytest.mark.parametrize(("line", "org"), [
    ("Lines placed by Thornbury Memorial Hospital staff", "Thornbury Memorial Hospital"),
])
def test_hospital_staff(line: str, org: str) -> None:
    text = in_note(line)
    assert org in {text[a:b] for a, b, _, _ in institution_spans(text)}


@pytest.mark.parametrize("line", ["Discussed with Radiology staff today.",
                                  "Best corrected VA 20/40 with Snellen VA chart", "Reviewed with Pharmacy staff.",
                                  "Spoke with the Hospice staff", "Updated by Okafor Imaging staff"])
def test_staff_refusals(line: str) -> None:
    text = in_note(line)
    assert not institution_spans(text)


def test_registry_holds_the_ward_units_recognizer() -> None:
    from cancerprep.stages.deid.recognizers.registry import build_recognizers

    assert "WardUnitsRecognizer" in {r.name for r in build_recognizers()}
