"""Chart classes widened from the standards rather than from forms (issue #13): ISBT 128 donation numbers in every
printed and labelled shape, the shared table reader, and the look-alikes a chart writes beside them (product codes,
lot and catalogue numbers, doses, times, rooms). Lines written for the test, none taken from a benchmark form."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.chart_tables import chart_spans
from cancerprep.stages.deid.recognizers.tables import row_cells, table_columns
from tests.stages.deid.spans import chart_texts, in_note, initials_names


@pytest.mark.parametrize(("line", "value"), [
    # ISBT 128 DIN: facility letter + 4 digits, year, serial; dashes, dots, slashes, a letter set apart
    ("Cryo thawed, DIN B6610.25.300472", "B6610.25.300472"),
    ("R-2290-26-118830 A NEG irradiated", "R-2290-26-118830"),
    ("second verifier read unit K 3301 26 559012 aloud", "K 3301 26 559012"),
    ("unit# t4410/26/092231", "t4410/26/092231"),
    # the flag digits and the boxed check character printed after it
    ("bag label =G5120-26-774310-00-Q", "G5120-26-774310-00-Q"),
])
def test_isbt_donation_numbers(line: str, value: str) -> None:
    assert (value, "ID") in chart_texts(line)


@pytest.mark.parametrize("line", [
    "Unit: E0291A00 (LR RBC), product code only",  # an ISBT product code names the kind of bag, not the donation
    "unit E7640V00 from stock",
    "Lot 2291-26-004412 exp 2027",  # no facility letter: a lot or catalogue string
    "REF 4410-26-559012 catheter tray",
    "NDC 0409-4888-02 vial",
    "BP 118/76 at 1405, 2 units given",
    "Room 4410 26 bed B",
    "heparin 5000 units SC q8h",
])
def test_chart_look_alikes_stay(line: str) -> None:
    assert not {(v, k) for v, k in chart_texts(line) if k == "ID"}


def test_row_cells_split_on_bars_tabs_and_wide_gaps() -> None:
    line = " Unit no. | Product\tABO   Exp "
    assert [line[a:b] for a, b in row_cells(line)] == ["Unit no.", "Product", "ABO", "Exp"]
    assert row_cells("one single-spaced cell") == [(0, 22)]


def _kinds(line: str, cells: list[tuple[int, int]]) -> dict[int, str]:
    return {k: "X" for k, (a, b) in enumerate(cells) if line[a:b].lower() == "code"}


def test_table_columns_read_the_rows_under_a_header() -> None:
    text = "Name | Code | Note\nfirst | 11 | a\nsecond | 22 | b\n\nthird | 33 | c"
    got = [text[a:b] for a, b, _ in table_columns(text, _kinds)]
    assert got == ["11", "22"]  # a blank line ends the table


def test_table_columns_rules_and_shapes() -> None:
    text = "Name | Code | Note\n---|---|---\nfirst | 11 | a\nshort | 22\nlast | 33 | c"
    # without rule_ends a rule of the header's shape is a row (its cell is taken and judged by the caller)
    assert [text[a:b] for a, b, _ in table_columns(text, _kinds)] == ["---", "11"]
    # with rule_ends the rule ends the header's rows; a row of another count of cells ends them too
    assert [text[a:b] for a, b, _ in table_columns(text, _kinds, rule_ends=True)] == []
    assert [text[a:b] for a, b, _ in table_columns("Code | Note\n12 | a", _kinds, min_cells=3)] == []


def _initials(line: str) -> set[str]:
    text = in_note(line)
    return {text[a:b] for a, b, kind, _ in chart_spans(text) if kind == "NAME"}


@pytest.mark.parametrize(("line", "expected"), [
    # a key naming initials, snake_case or spaced
    ("give_init=QW; check_init=ZP", {"QW", "ZP"}),
    ("TWO-NURSE VERIFY INITIALS: KLV  PJ", {"KLV", "PJ"}),
    ("chemo check initials - HM/YT", {"HM", "YT"}),
    # a co-signer after "co-sign" without a colon
    ("Vanco trough drawn 0545 - WK / co-sign ZJ", {"WK", "ZJ"}),
    ("Insulin drip rate changed, cosigned QF", {"QF"}),
    # timed log cells: the next time, a bar or the line's end closes them
    ("Warmer: on 0910 KZ | off 1120 KZ", {"KZ"}),
    ("Obs 0100 sleeping WX 0200 awake WX", {"WX"}),
    ("Restraint release 0400 ok TYV", {"TYV"}),
    # a dash then a pair, or a dash and one group closing a line
    ("Potassium 20 mEq IV - QH/ZW (dual sign-off)", {"QH", "ZW"}),
    ("Dressing reinforced, site clean - JXV", {"JXV"}),
    # a pharmacist by role; the nurse after a provider made aware
    ("Narcotic waste 2 mg returned - RPh WZ", {"WZ"}),
    ("SBP 82, NP aware YK", {"YK"}),
])
def test_chart_initials_positions(line: str, expected: set[str]) -> None:
    assert expected <= _initials(line)


@pytest.mark.parametrize("line", [
    "Drain type - JP",  # a device closing a line
    "Diet - NPO",
    "Code status - DNR",
    "Pain reassessed 0930 ok PO",  # a route
    "Initials: none on file",
    "Blood: start 1310 | end 1545",
    "cosign pending",
    "MD notified.",
    "Pharmacist consulted for vanco dosing",
])
def test_chart_initials_look_alikes_stay(line: str) -> None:
    assert not _initials(line)


def _places(line: str) -> set[str]:
    text = in_note(line)
    return {text[a:b] for a, b, kind, _ in chart_spans(text) if kind == "LOCATION"}


@pytest.mark.parametrize(("line", "value"), [
    # a lab or place key in "Key - value", "Key.... value", "Key = value" forms
    ("Performing site - Wexcombe Labs", "Wexcombe Labs"),
    ("testing lab........ Brannock Clinical Laboratory", "Brannock Clinical Laboratory"),
    ("sent to = tolliver pathology associates", "tolliver pathology associates"),
    ("Lab name: Ostrander Diagnostics", "Ostrander Diagnostics"),
    # a facility's name in a column whose header names a place or a lab, in any case
    ("analyte | value | performing lab\nferritin | 212 | quarrington regional lab", "quarrington regional lab"),
    ("Outside facility\tAdmit\tPages\nHollin Brook Nursing Home\tx\t18", "Hollin Brook Nursing Home"),
    ("Sent to | Test\nFairwold Reference Laboratory, CLIA on file | FISH", "Fairwold Reference Laboratory"),
])
def test_place_keys_and_columns(line: str, value: str) -> None:
    assert value in _places(line)


@pytest.mark.parametrize("line", [
    "Site | Device | Date\nleft forearm | PIV | x",  # a body site under "Site"
    "Location\tBed\tStatus\n4 West\t12\toccupied",  # a nursing unit under "Location"
    "performing lab: Quest Diagnostics",  # a national laboratory (policy keeps these)
    "Performed at: the core laboratory",
    "Sent to lab for culture",
    "From | To\nED | CT",
])
def test_place_look_alikes_stay(line: str) -> None:
    assert not _places(line)


@pytest.mark.parametrize(("text", "value"), [
    # header synonyms of identifier columns, in any case, with "#", "No." or "number"
    ("VISIT NO.\tDEPT\tREASON\n30027719\tRAD ONC\tsim", "30027719"),
    ("mr #   name   dob\n00371945   x   y", "00371945"),
    ("Pt ID | Bed | Diet\n5529031 | 7A | clear liquids", "5529031"),
    ("Requisition | Test\nRQ66120 | CBC", "RQ66120"),
    ("Chart number  Unit\n0073318  5E", "0073318"),
])
def test_identifier_header_synonyms(text: str, value: str) -> None:
    assert (value, "ID") in chart_texts(text)


@pytest.mark.parametrize("text", [
    "Patient | Room | Weight\nx | 4410 | 72.5",  # a room and a weight under plain headers
    "Order | Dose | Time\nheparin | 5000 | 0800",  # "Order" without a number marker names the drug
    "Lot # | Ref | Qty\n4417A | 300-4417 | 2",
])
def test_identifier_header_look_alikes_stay(text: str) -> None:
    assert not {(v, k) for v, k in chart_texts(text) if k == "ID"}


@pytest.mark.parametrize("line", [
    "SENT TO CATH LAB @ 0630 this morning",  # the hospital's own departments after "sent to"
    "Sent to sleep lab for titration",
    "Sent to | Test\nvascular lab | ABI",
])
def test_own_departments_are_no_places(line: str) -> None:
    assert not _places(line)


def test_a_phrase_ending_in_lab_is_no_place() -> None:
    assert not _places("the node was sent to pathology fresh to the lab for frozen section")


@pytest.mark.parametrize(("text", "expected"), [
    # a signature legend: initials, "=" or a dash, the signer's name
    ("Sig key: KV = Kester Vale, RN; OJ = Odile Jarre, LPN", {"KV", "OJ"}),
    ("YB - Yusra Blom RN", {"YB"}),
    # a grid under charted hours (a MAR's columns), and a two-column initials table
    ("Drug | 0900 | 1300 | 2100\nmetoprolol 25 mg | KV | -- | OJ", {"KV", "OJ"}),
    ("Init\tSigner\nYB\tYusra Blom, CNA", {"YB"}),
])
def test_legend_and_grid_initials(text: str, expected: set[str]) -> None:
    # (legends and grid columns are read by `initials_positions`, the one owner of both)
    assert expected <= _initials(text) | initials_names(text)


@pytest.mark.parametrize("text", [
    "PE - Pulmonary Embolism",  # an abbreviation spelled out
    "BP = Blood Pressure",
    "PE: Normal exam",
    "Rhythm | 0800 | 1200\ntele | SR | ST",  # rhythms under charted hours
    "Time | 0800 | 1200\nBP | 120 | 118",
])
def test_legend_and_grid_look_alikes_stay(text: str) -> None:
    assert not _initials(text) | initials_names(text)
