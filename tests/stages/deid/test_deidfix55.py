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
