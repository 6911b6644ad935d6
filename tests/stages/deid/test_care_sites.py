"""Named buildings, residences, care sites and "<Name> General" hospitals in the positions where a line's case cannot
tell them (issue #13, deidfix29): buildings placed on lines without case, residences and care sites in a placement
frame, a place's name before a word that also heads an instrument's eponym, and pagers written "bpr". Lines written
for the test (none taken from a benchmark form); each class has look-alikes that must stay unflagged."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.engine import Deidentifier
from cancerprep.stages.deid.recognizers.care_sites import care_site_spans, general_spans, kind_of_name_spans
from cancerprep.stages.deid.recognizers.ward_forms import ward_spans
from tests.stages.deid.spans import found_texts, in_note


def _texts(rule, line: str) -> set[str]:
    text = in_note(line)
    return {text[a:b] for a, b, _, _ in rule(text)}


@pytest.mark.parametrize(("line", "building"), [
    # an everyday word names a building where the line has no case: the place word and the locator vouch
    ("PT WHEELED TO MEADOW TOWER 6 FOR TELEMETRY", "MEADOW TOWER"),
    ("bed ready on orchard pavilion 4th fl", "orchard pavilion"),
    ("visitors enter via the lantern annex lobby tonight", "lantern annex"),
    ("BED BOARD: HARBOR WING, RM 1102", "HARBOR WING"),
    ("CANOPY ANNEX 2 - CHARGE RN UPDATED", "CANOPY ANNEX"),
    # a kind-of-care word between the name and the building word
    ("SENT TO BEACON WOMEN'S TOWER 5 FOR L&D EVAL", "BEACON WOMEN'S TOWER"),
    # capitals where the line has case: any script, a hall, kind words after the name
    ("Pt moved to the Szabó Wing overnight", "Szabó Wing"),
    ("Chaplain met family in the Ferreira Hall", "Ferreira Hall"),
    ("Transfer to the Quillen Family Heart Pavilion, 5th floor", "Quillen Family Heart Pavilion"),
])
def test_buildings_where_case_cannot_tell(line: str, building: str) -> None:
    assert building in _texts(ward_spans, line)


@pytest.mark.parametrize("line", [
    "FELL IN THE HALL, NO INJURY",
    "PT AMBULATED DOWN THE HALL X2 WITH WALKER",
    "walked in hall 3 times",
    "CHAPEL IS NEXT TO THE BELL TOWER",
    "TRANSFERRED TO EAST WING 4",
    "MRI IS IN THE SAME BUILDING.",
    "CT in main building, 1st floor",
    "INPATIENT PAVILION 3, RM 310",
    "pt to dining hall for lunch",
    "2.  DILATED LEFT ATRIUM.",  # the heart's chamber, no building
    "MILDLY ENLARGED RIGHT ATRIUM, 4.6 CM",
])
def test_halls_and_generic_buildings_stay(line: str) -> None:
    assert not _texts(ward_spans, line)


@pytest.mark.parametrize(("line", "site"), [
    ("RETURNED TO WILLOW BEND GARDENS ASSISTED LIVING", "WILLOW BEND GARDENS"),
    ("d/c back to lighthouse manor w/ hospice", "lighthouse manor"),
    ("PT RESIDES AT CORNERSTONE VILLAGE, MEMORY CARE WING", "CORNERSTONE VILLAGE"),
    ("snf: bluebird terrace", "bluebird terrace"),
    ("ADMITTED FROM COPPER KETTLE NURSING AND REHAB", "COPPER KETTLE NURSING AND REHAB"),
    ("case booked at keystone asc for monday", "keystone asc"),
    ("LIVES AT FOXHOLLOW ASSISTED LIVING", "FOXHOLLOW ASSISTED LIVING"),
])
def test_residences_in_a_placement_frame_without_case(line: str, site: str) -> None:
    assert site in _texts(care_site_spans, line)


@pytest.mark.parametrize("line", [
    "DISCHARGED TO SKILLED NURSING FACILITY",
    "RETURNED TO THE NURSING HOME TODAY",
    "LIVES AT HOME WITH SPOUSE",
    "SENT TO LOCAL ASSISTED LIVING",
    "d/c to her son's place",
    "placement: pending snf",
    "PT LIVES IN AN ASSISTED LIVING",
    "SENT TO SENIOR VILLAGE",
    "Pt resides at Willow Bend Gardens",  # a line with case: the capital rules decide there
])
def test_placement_words_without_a_name_stay(line: str) -> None:
    assert not _texts(care_site_spans, line)


@pytest.mark.parametrize(("line", "hospital"), [
    ("OSH: Tran General", "Tran General"),
    ("| Szekely General | 4/2/2021 | appy |", "Szekely General"),
    ("PLATELETS FROM OKONJO GENERAL BLOOD BANK", "OKONJO GENERAL"),
    ("Arrived from Wu General ED by ground", "Wu General"),
])
def test_a_hospital_by_its_short_general_name(line: str, hospital: str) -> None:
    assert hospital in _texts(general_spans, line)


@pytest.mark.parametrize("line", [
    "Report from the Surgeon General on tobacco",
    "Anesthesia: General",
    "Type of anesthesia: general endotracheal",
    "ROS: General: no fevers",
    "Exam: Normal General appearance",
    "Plan: general surgery consult in AM",
    "In General, she is doing well.",
])
def test_general_as_anaesthesia_heading_or_rank_stays(line: str) -> None:
    assert not _texts(general_spans, line)


def test_a_place_before_an_instrument_word_is_kept(engine: Deidentifier) -> None:
    """A span closed by a building or institution word names a place even before a word that heads instruments'
    eponyms ("elevators", "table", "guide"); an eponym alone before them stays a term."""
    for line, place in [("Visitors directed to Tamsin Pavilion elevators after 8 pm", "Tamsin Pavilion"),
                        ("Family directed to the Wexcombe Hospital elevators", "Wexcombe Hospital")]:
        assert any(place in f for f in found_texts(engine, in_note(line))), line
    for line in ("A Freer elevator was used to lift the periosteum.", "Positioned on the Jackson table prone."):
        assert not found_texts(engine, in_note(line)), line


def test_bpr_is_a_pager_label() -> None:
    assert "55613" in _texts(ward_spans, "Covering resident bpr 55613")
    assert not _texts(ward_spans, "BPR 1200 mL over shift")


@pytest.mark.parametrize(("line", "number"), [
    ("Call blood bank at 6-3390 when the unit is ready", "6-3390"),
    ("reach the 9S charge desk @ 73215", "73215"),
    ("Micro called positive cx to night RN at 44710", "44710"),
    ("Pls contact IV team on x7702", "x7702"),
    ("Admitting clerk 2-6619", "2-6619"),
])
def test_in_house_numbers_after_whom_is_called(line: str, number: str) -> None:
    assert number in _texts(ward_spans, line)


@pytest.mark.parametrize("line", [
    "Pt called at 1430 by daughter",  # a clock time
    "Called MD at 2100, no new orders",
    "team 2-3 patients today",
    "Unit 4-5 days",
    "Resident 2-4 pm clinic",
    "contacted on 10000 units heparin",  # a dose
    "Called pharmacy at 1215 re dose",
])
def test_times_ranges_and_doses_after_calls_stay(line: str) -> None:
    assert not _texts(ward_spans, line)


@pytest.mark.parametrize(("line", "unit"), [
    ("Code called on the Thorsby Unit, rm 5", "Thorsby Unit"),
    ("BED ASSIGNED: MARCHETTI TRANSPLANT UNIT 7", "MARCHETTI TRANSPLANT UNIT"),
    ("Chair 3 in the Vollmer Infusion Suite", "Vollmer Infusion Suite"),
])
def test_units_and_suites_named_for_a_donor(line: str, unit: str) -> None:
    assert unit in _texts(ward_spans, line)


@pytest.mark.parametrize("line", [
    "Admitted to the Intensive Care Unit",
    "Transferred to Telemetry Unit overnight",
    "Arrived in the Post Anesthesia Care Unit",
    "Each Unit of PRBC given over 2 h",
    "Endoscopy Suite booked",
    "Bone Marrow Transplant Unit census full",
    "Head secured with the Mayfield unit.",  # a device's unit, the head word in small letters
    "Microelectrode unit was withdrawn.",
])
def test_units_named_by_their_care_stay(line: str) -> None:
    assert not _texts(ward_spans, line)


@pytest.mark.parametrize(("line", "site"), [
    # "<kind of care site> of <name>" on a line without case (deidfix58): a census name or a city after "of"
    ("SEEN AT URGENT CARE OF WHITTEN YESTERDAY", "URGENT CARE OF WHITTEN"),
    ("came from hospice of ruffin by ems", "hospice of ruffin"),
    ("DIALYSIS CENTER OF PAYTON - TRANSFER FORM", "DIALYSIS CENTER OF PAYTON"),
    ("discharged to assisted living of crapo-coffman", "assisted living of crapo-coffman"),
    ("ADMITTED FROM SKILLED NURSING FACILITY OF SAATHOFF", "SKILLED NURSING FACILITY OF SAATHOFF"),
])
def test_care_site_kind_of_a_name_without_case(line: str, site: str) -> None:
    assert site in _texts(kind_of_name_spans, line)


@pytest.mark.parametrize("line", [
    "REHAB OF RIGHT KNEE GOING WELL",  # a body part, everyday words
    "plan hospice of hope discussed",
    "benefits of hospice discussed with family",
    "risks of rehab of the hip reviewed",
    "DIALYSIS OF PATIENT HELD TODAY",
    "Seen at Urgent Care of Whitten yesterday",  # a line with case: the organisation rules read the capitals
])
def test_care_site_kind_of_everyday_words_stays(line: str) -> None:
    assert not _texts(kind_of_name_spans, line)
