"""A dose before its route of giving is no street address (issue #13, deidfix58): "4 units SQ" read as a house number,
a street's name and the suffix Square. Lines written for the test; real squares and streets must stay found."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.engine import Deidentifier
from cancerprep.stages.deid.recognizers.address import address_recognizer
from tests.stages.deid.spans import covered, found_texts, location_texts


@pytest.mark.parametrize("line", [
    "FSBG 2215 182 -> 4 units SQ",
    "Heparin 5000 units SQ q8h",
    "Lantus 20 units sq at bedtime",
    "Sliding scale: 6 units Novolog SQ",
    "Correction dose 3 UNITS SQ given",
])
def test_dose_with_route_is_no_address(engine: Deidentifier, line: str) -> None:
    assert location_texts(address_recognizer(), line) == []
    assert found_texts(engine, line) == []


@pytest.mark.parametrize(("line", "street"), [
    ("Lives at 4 Union Sq with his wife", "4 Union Sq"),
    ("Moved to 12 Market Square last year", "12 Market Square"),
    ("Address: 88 Harbor Sq, Apt 2", "88 Harbor Sq"),
])
def test_squares_stay_addresses(engine: Deidentifier, line: str, street: str) -> None:
    assert covered(engine, line, street)


def test_dose_and_route_needs_both() -> None:
    assert sl.dose_and_route(["units"], "SQ")
    assert sl.dose_and_route(["mg", "Lovenox"], "sq.")
    assert not sl.dose_and_route(["Union"], "Sq")  # a name, not a unit
    assert not sl.dose_and_route(["units"], "Square")  # a suffix that is no route
    assert not sl.dose_and_route([], "SQ")
