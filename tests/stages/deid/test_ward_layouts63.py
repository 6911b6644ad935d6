"""deidfix63 (issue 13): ward paperwork layouts read by position. Initials stamped with their time ("AB/0915",
"AB@0900"), after a check mark ("✓ AB"), opening a nurse's assignment ("AB - rms 701-706"); a pager number with its
system's prefix after a paging word ("page p69656") and "Spectra" alone as a paging word; wards after "welcome to",
after a moving verb and its colon ("admitted to: Okafor 6"), before "nurses station" or a closing clock time, and
after a document's name ("ASSIGNMENT SHEET Okafor 6 CVICU 0915"). Lines written for the test (none taken from a
benchmark form); each class has look-alikes that must stay unflagged."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.ward_forms import ward_spans
from cancerprep.stages.deid.recognizers.ward_units import ward_unit_spans
from tests.stages.deid.spans import in_note


def _ward(line: str) -> set[tuple[str, str]]:
    text = in_note(line)
    return {(text[a:b], kind) for a, b, kind, _ in ward_spans(text)}


def _units(line: str) -> set[str]:
    text = in_note(line)
    return {text[a:b] for a, b, _, _ in ward_unit_spans(text)}


@pytest.mark.parametrize(("line", "initials"), [
    ("Ondansetron 4 mg IV QZ/0915", ["QZ"]),
    ("Heparin 5000 units SQ WKT@2100", ["WKT"]),
    ("Skin check done \u2713 QWZ", ["QWZ"]),
    ("pantoprazole 40 mg IV \u2714 ZK", ["ZK"]),
    ("Assignment: QZ - rms 701-706; WKT - rms 707-712", ["QZ", "WKT"]),
    ("ZQ: beds 1-4", ["ZQ"]),
    ("Assignments | QZW - 714-720", ["QZW"]),
    ("ASSIGNMENTS: 26-10 QZ, 29-20 KRD", ["QZ", "KRD"]),  # the rooms first, then the nurse
])
def test_initials_in_ward_stamps_and_assignments_are_found(line: str, initials: list[str]) -> None:
    found = _ward(line)
    assert all((i, "NAME") in found for i in initials), found


@pytest.mark.parametrize("line", [
    "Melatonin 3 mg PO HS/2100",  # an order's shorthand before its time
    "Pain 4/10 @ 1400",
    "CVP 7-10. QZ @0400 -60, pt hypotensive",  # a charted quantity at a time
    "HR: 80-90, RR 16-20",  # a vital's range after its abbreviation
    "BP - 120-140 systolic",
    "Foley care \u2713 done",
    "Chart check \u2713 NPO",
    "HR 60-80 QZ",  # rooms then capitals, but nothing on the line assigns
])
def test_ward_stamp_look_alikes_are_kept(line: str) -> None:
    assert not {t for t, k in _ward(line) if k == "NAME"}, _ward(line)


@pytest.mark.parametrize(("line", "number"), [
    ("Night float - page p69656 - until 0700", "p69656"),
    ("onc fellow pgr x4-5821", "x4-5821"),
    ("Charge nurse Spectra 45678", "45678"),
])
def test_pager_prefixes_and_spectra_are_found(line: str, number: str) -> None:
    assert (number, "CONTACT") in _ward(line)


@pytest.mark.parametrize("line", [
    "paged x 1000 mL bolus given",  # a quantity after the "x"
    "beeper p2 battery low",
    "page p0312 no answer",  # a clock time after "page"
])
def test_pager_prefix_look_alikes_are_kept(line: str) -> None:
    assert not {t for t, k in _ward(line) if k == "CONTACT"}, _ward(line)


@pytest.mark.parametrize(("line", "unit"), [
    ("Welcome to Thistlewood 8! Your room: 712", "Thistlewood 8"),
    ("Admitted to: Marchbanks 3    Attending: Dr. Q", "Marchbanks 3"),
    ("Pelletier 10 East nurses station 4-7280", "Pelletier 10 East"),
    ("ASSIGNMENT SHEET Kwiatkowski-CVICU 0445", "Kwiatkowski-CVICU"),
    ("Staffing: Oduya 12 West", "Oduya 12 West"),
])
def test_wards_in_ward_paperwork_are_found(line: str, unit: str) -> None:
    assert unit in _units(line), _units(line)


@pytest.mark.parametrize("line", [
    "Welcome to 6 West! Your room: 712",  # a bare ward code (policy)
    "Admitted to: MICU    Attending: Dr. Q",
    "ASSIGNMENT SHEET 5N 0700",
    "Lasix 40 0800",
    "Staffing: Stage 4",
])
def test_ward_paperwork_look_alikes_are_kept(line: str) -> None:
    assert not _units(line), _units(line)


@pytest.mark.parametrize(("line", "initials"), [
    ("Vitals: T 37.1 HR 88 BP 122/70 RR 18 SpO2 97% on 2L QZ", "QZ"),
    ("Pain 3/10 after oxycodone, resting QWK", "QWK"),
    ("0200 Turned to R side, heels floated. ZQ", "ZQ"),
])
def test_a_charted_line_closed_by_its_writers_capitals_is_found(line: str, initials: str) -> None:
    assert (initials, "NAME") in _ward(line), _ward(line)


@pytest.mark.parametrize("line", [
    "Pt transferred to MICU at 0200 for BiPAP, f/u with QZ",  # a preposition leads to the group
    "Hgb 7.1 this AM, consult QZ",
    "BP 90/60 at 0400, started on NS",  # a clinical abbreviation
    "PAIN 3/10 AFTER OXYCODONE, RESTING QZ",  # a line of capitals
    "Pt resting comfortably in bed QZ",  # no time, act or charted value on the line
    "Resp- rr 16-24 O2 sats 90-95% LS QZW",  # a run of abbreviations
])
def test_line_end_look_alikes_are_kept(line: str) -> None:
    assert not {t for t, k in _ward(line) if k == "NAME"}, _ward(line)
