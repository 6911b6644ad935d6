"""Unit paperwork's places for a person (deidfix55, issue 13; `benchmarks.quality.staff_variation`): a log entry
opened by its writer's mark and clock time, a log entry's subject after its time before a move, a patient named by
bed or room, and a sorted patient before the age and sex of a census or tracking board (`ward_forms`). Every name
and mark here is invented."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.ward_forms import ward_spans


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b, e, _ in ward_spans(text) if e == "NAME"]


@pytest.mark.parametrize(("text", "names"), [
    ("Flowsheet\nQV 1330 Turned to L side, heels floated", ["QV"]),            # the mark opens the entry
    ("Log | KZT 0800 | call light in reach", ["KZT"]),                          # in a cell of its own
    ("0545 Quenby to MRI via stretcher", ["Quenby"]),                          # the subject after a log's time
    ("22:10 Okafor back from dialysis, VSS", ["Okafor"]),
    ("bed 21 - Quenby - NPO after MN", ["Quenby"]),                            # a patient named by bed
    ("Rm 12: Okafor, Adaeze, high fall risk", ["Okafor, Adaeze"]),
    ("5N 14 Quenby, L. 83F CHF exac", ["Quenby, L."]),                         # sorted, before age and sex
    ("Okafor, Adaeze 67 M chest pain", ["Okafor, Adaeze"]),
])
def test_a_person_in_unit_paperwork(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "Vitals\nBP 1200 stable, HR 88",            # a measure, not a mark, before a time
    "Plan\nCT 2010 showed no mass",             # a test and a year
    "0800 Tylenol to be given",                 # a drug after a log's time
    "0800 Family to visit",                     # an everyday word
    "bed 4 - clean - ready for admit",          # a bed's state
    "Rm 12: isolation, contact precautions",    # a room's state
    "Hx, HTN 45 yo",                            # a history before an age
])
def test_the_same_places_holding_no_person(text: str) -> None:
    assert _names(text) == []


# -- a series of marks closing a line (`chart_tables._mark_series`) -------------------------------------------------
def _chart_names(text: str) -> list[str]:
    from cancerprep.stages.deid.recognizers.chart_tables import chart_spans

    return [text[a:b] for a, b, e, _ in chart_spans(text) if e == "NAME"]


@pytest.mark.parametrize(("text", "marks"), [
    ("q15 checks: QV JZ KX WQT", ["QV", "JZ", "KX", "WQT"]),       # two marks prove the series
    ("Checked by: QV, JZ, SS", ["QV", "JZ", "SS"]),               # then a short word's letters beside them
    ("Rounds: QV 1800, JZ 2315, QX 0100", ["QV", "JZ", "QX"]),     # each mark timed
    ("Turns: 3/4 QV  3/5 AT  3/6 JZ", ["QV", "AT", "JZ"]),          # each mark dated: one vouches for the others
])
def test_a_series_of_marks(text: str, marks: list[str]) -> None:
    assert _chart_names(text) == marks


@pytest.mark.parametrize("text", [
    "ROS: CV GI GU",                    # services
    "Dx: DM HTN CAD",                   # diagnoses
    "IV: NS 0800, LR 1400, D5 2000",    # fluids by time
    "Imaging: CT 0800, MRI 1000, US 1400",
    "Plan: QV",                         # one group is no series
])
def test_a_series_that_signs_nothing(text: str) -> None:
    assert _chart_names(text) == []


# -- a mark in brackets closing a short charted entry (`ward_forms._charted_entry`) --------------------------------
@pytest.mark.parametrize(("text", "names"), [
    ("IV site WNL, flushed (GM)", ["GM"]),                       # letters an abbreviation also has
    ("Turned to L side, heels floated (MM)", ["MM"]),
    ("Sinus rhythm noted (SR)", []),                             # the words before spell the letters out
    ("The patient has a long history of chronic kidney disease and was seen in clinic today (GM)", []),  # prose
])
def test_a_bracketed_mark_closing_a_charted_entry(text: str, names: list[str]) -> None:
    assert _names(text) == names


# -- a mark closing a flowsheet line after many readings (`initials_slots`); a line of capitals still proves nothing
def _slot_names(text: str) -> list[str]:
    from cancerprep.stages.deid.recognizers.initials_slots import slots_spans

    return [text[a:b] for a, b, e, _ in slots_spans(text) if e == "NAME"]


@pytest.mark.parametrize(("text", "marks"), [
    ("Note.\nTRAUMA FLOWSHEET 0312 BP 88/50 HR 134 GCS 13 QW", []),     # a line of capitals
    ("Note.\nTrauma flowsheet 0312 BP 88/50 HR 134 GCS 13 QW", ["QW"]),   # readings are no words of prose
    ("Note.\nBP 120/80 HR 88 RR 20 SAT 98 RA", []),                       # room air, not a mark
    ("Note.\nPT GIVEN 2 MG MSO4 IV - DR", []),                            # a title where case tells nothing
    ("Note.\nVITALS 0800 HR 88 TEMP 98.6 PAIN 2 OK", []),                 # an everyday word
])
def test_a_mark_closing_a_flowsheet_line(text: str, marks: list[str]) -> None:
    assert _slot_names(text) == marks


def test_a_quantity_is_no_clock_time_after_a_group() -> None:
    assert _names("BPR 1200 mL over shift") == []
