"""Named units and pagers where ward forms write them (deidfix60, issue 13): a ward's floor with a dashed wing or a
care head, a ward as a whole table cell, a document's title or a bed board's row, a unit field's cell and column,
"Dept:" labels, a field ending in a wide gap, "Bldg" and "Plaza" buildings, and pagers after "c/b" or "ext." in the
paging shapes. Lines written for the test (none taken from a benchmark form or generator run); each class has
look-alikes that must stay unflagged."""

from __future__ import annotations

import pytest

from benchmarks.quality import unit_form_variation as ufv
from cancerprep.stages.deid.recognizers.field_cells import field_cell_spans
from cancerprep.stages.deid.recognizers.ward_forms import ward_spans
from cancerprep.stages.deid.recognizers.ward_units import named_unit, ward_unit_spans
from tests.stages.deid.spans import in_note


def _found(fn, line: str) -> set[str]:
    text = in_note(line)
    return {text[a:b] for a, b, _, _ in fn(text)}


@pytest.mark.parametrize(("line", "unit"), [
    # a dash before a one-letter wing
    ("Transferred to Quillfeather 7-S at noon.", "Quillfeather 7-S"),
    # a care head after the floor
    ("ACCEPTED TO HALVORSEN 7 MICU UNDER ONCOLOGY, BED 4.", "HALVORSEN 7 MICU"),
    ("Report called to Ostrowski 3 Transplant Unit charge RN.", "Ostrowski 3 Transplant Unit"),
    # a whole table cell in a ward's own shape
    ("0300 | DANKWORTH 11 ICU | BED 18 | ADMIT", "DANKWORTH 11 ICU"),
    ("2200\tVasquez-Ibarra 4W\tbed 2", "Vasquez-Ibarra 4W"),
    # a document's title
    ("Merriweather 5 CCU - Nursing Shift Report", "Merriweather 5 CCU"),
    ("=== Okonjo 7 West Bed Board ===", "Okonjo 7 West"),
    ("Lindqvist 6 Census Board", "Lindqvist 6"),
    # a bed board's row
    ("PELLEGRINO 10N 9A DIRTY, EVS CALLED", "PELLEGRINO 10N"),
    # a department label, and a field closed by a wide gap
    ("Dept: Abernathy 8N    Attending: Dr. Ross", "Abernathy 8N"),
])
def test_named_wards_in_forms(line: str, unit: str) -> None:
    assert unit in _found(ward_unit_spans, line)


@pytest.mark.parametrize("line", [
    # bare ward codes (policy), in cells and titles too
    "0300 | 7 West | bed 18 | admit",
    "MICU - Nursing Shift Report",
    "5N 9A dirty, EVS called",
    # a name and a number with no ward's shape in a cell, scores and stages, doses
    "Score | Braden 14 | low risk",
    "Gleason 7 | 4+3 | 60%",
    "Stage 4A 12 nodes positive",
    "Lasix 40 - nursing note reviewed",
    "Dept: Radiology    Attending: Dr. Ross",
    "Transferred to floor on Lasix 40    daily",
])
def test_not_named_wards_in_forms(line: str) -> None:
    assert not _found(ward_unit_spans, line)


@pytest.mark.parametrize(("text", "unit"), [
    ("Patient Unit | Bed | Status\nThistlewood 12 | 14 | pending", "Thistlewood 12"),
    ("Unit\tBed\tRN\nRampersad 7\t4\tAnn", "Rampersad 7"),
    ("Unit | Okonjo 6 | bed 4", "Okonjo 6"),
])
def test_unit_field_cells(text: str, unit: str) -> None:
    assert unit in {text[a:b] for a, b, _, _ in field_cell_spans(text)}


@pytest.mark.parametrize("text", ["Unit | 7 West | bed 4", "Patient Unit | Bed\nMICU | 12",
                                  "Location | Radiology 2 | x", "Unit | Tower 6 | bed 2"])
def test_unit_field_cells_refusals(text: str) -> None:
    assert not field_cell_spans(text)


@pytest.mark.parametrize(("line", "unit"), [
    # a dash before an intensive-care head, a kind of care before it
    ("Dept: Halvorsen-CCU    Attending: Dr. Ross", "Halvorsen-CCU"),
    ("Transferred to Okonjo Neuro ICU overnight.", "Okonjo Neuro ICU"),
    # a ward in its own shape anywhere, its name no everyday word
    ("BED BOARD 2129: 14 Minehart SICU clean / ready", "Minehart SICU"),
    ("28 Dankworth 11S clean", "Dankworth 11S"),
    # a floor alone where a bed and its status follow, or the next cell is a bed
    ("Pellegrino 9 38A dirty, EVS called", "Pellegrino 9"),
    ("0900 | QUILLFEATHER 6 | BED 11 | ADMIT", "QUILLFEATHER 6"),
])
def test_ward_shapes_and_rows(line: str, unit: str) -> None:
    assert unit in _found(ward_unit_spans, line)


@pytest.mark.parametrize("line", [
    "Transferred to the Neuro ICU for monitoring.",
    "Unit: Surgical ICU",
    "Summit 4 West clean",  # an everyday word with no ward's position
    "Stage 4 38A dirty",
    "0900 | Score 6 | bed 11",
    "14 MICU clean / ready",
])
def test_ward_shapes_and_rows_refusals(line: str) -> None:
    assert not _found(ward_unit_spans, line)


def test_named_unit_needs_its_place_for_a_bare_floor() -> None:
    assert named_unit("Thistlewood 12", True, True)
    assert not named_unit("Thistlewood 12", True, False)
    assert named_unit("Thistlewood 12 West", True, False)
    assert not named_unit("Thistlewood 40 West", True, True)  # no ward has floor 40 here


@pytest.mark.parametrize(("line", "building"), [
    ("floated from the dunwoody bldg to cover tele", "dunwoody bldg"),
    ("13:15 | KESTENBAUM PLAZA 5 NORTH | BED 7", "KESTENBAUM PLAZA"),
])
def test_bldg_and_plaza(line: str, building: str) -> None:
    assert building in _found(ward_spans, line)


@pytest.mark.parametrize("line", ["Moved to Main Bldg", "Met family at the food court plaza"])
def test_bldg_and_plaza_refusals(line: str) -> None:
    assert not _found(ward_spans, line)


@pytest.mark.parametrize(("line", "digits"), [
    ("Paged Dr. Ross at c/b p9321, awaiting call back.", "p9321"),
    ("C/B: P6963", "P6963"),
    ("NIGHT FLOAT SIGN-OUT (C/B 39966)", "39966"),
    ("ext.: p4955", "p4955"),
    ("reachable at ext p1018 overnight", "p1018"),
    ("On call: Ross c/b 9-9466", "9-9466"),
])
def test_pagers_after_call_back_and_ext(line: str, digits: str) -> None:
    assert digits in _found(ward_unit_spans, line)


@pytest.mark.parametrize("line", ["c/b 1430 for results", "ext 1000 mL over 2 h", "c/b DVT in 2019",
                                  "ext rotation 30 deg"])
def test_pagers_after_call_back_and_ext_refusals(line: str) -> None:
    assert not _found(ward_unit_spans, line)


def test_unit_form_variation_halves_are_disjoint_and_cover_both_classes() -> None:
    seen, held = set(ufv.HALVES["seen"]), set(ufv.HALVES["held"])
    assert not seen & held and seen | held == set(ufv.KEYED)
    for cls in ufv.CLASSES:
        assert any(k.startswith(cls) for k in seen) and any(k.startswith(cls) for k in held)
    for pool in (ufv.BUILDING_HEADS, ufv.CARE_ACRONYMS, ufv.PAGER_LABELS):
        assert not set(pool["seen"]) & set(pool["held"])


def test_unit_form_variation_gold_spans_hold_the_value() -> None:
    cases = ufv.cases(3, 60, ufv.CLASSES)
    assert len(cases) == 3 * 2 * len(ufv.CLASSES)
    for feats, text, (a, b) in cases:
        value = text[a:b]
        assert value.strip() == value and value
        if feats["class"] == "pager":
            assert any(c.isdigit() for c in value)
    names = [name for name, _ in ufv.refusals(1, 60)]
    assert names == [name for name, _ in ufv.REFUSALS]
