"""deidfix62 (issue 13; benchmarks/quality/facility_layouts.py): facilities where forms lay them out. A residence's
name in a facility's position on a line with case or without ("Hosp: Hickorywood Estates", "Per Summitwood Estates
records", "willowwood estates >> ed"); an initialism listed beside a found facility ("Humphries Hospital and LWC");
the name over or before a street line; "(at MMCC)"; "<Name> Pavilion"; "Sister hospital" alone is no name. Every
example is invented."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import care_sites, institutions, locations
from tests.stages.deid.spans import in_note


def _cased_sites(line: str) -> set[str]:
    text = in_note(line)
    return {text[a:b] for a, b, _, _ in care_sites.cased_site_spans(text)}


@pytest.mark.parametrize(("line", "site"), [
    ("Hosp: Hickorywood Estates", "Hickorywood Estates"),
    ("Per Summitwood Estates records, last echo EF 55%", "Summitwood Estates"),   # the cue's own word left out
    ("Woodyard Place >> ED by ALS", "Woodyard Place"),                          # a line's start, a census name
    ("Dr. Quartaro (Cedar Hollow Estates) will follow", "Cedar Hollow Estates"),
    ("per eagle creek estates records", "eagle creek estates"),                  # no case: a strong cue
    ("OUTSIDE RECORDS: MAPLE WOOD ESTATES", "MAPLE WOOD ESTATES"),
])
def test_a_residence_in_a_facility_position(line: str, site: str) -> None:
    assert site in _cased_sites(line)


@pytest.mark.parametrize("line", [
    "Disposition: Discharge Home",          # "Home" after an everyday word
    "The meeting will take place at Our Place",
    "DISCHARGED TO NURSING HOME",
    "follow up with pcp at home",
    "sent to the maple wood estates",       # no case, a weak cue and no distinct name word
    "Hosp: maple Wood Estates",             # a line with case: every word capitalised
])
def test_no_residence_without_its_name_or_position(line: str) -> None:
    assert not _cased_sites(line)


def _joined(line: str) -> set[str]:
    """What `joined_places` adds to the LOCATION spans the whole line's facility gives (`found` below)."""
    text = in_note(line)
    found = [(m, m + len(w)) for w in ("Humphries Hospital", "humphries hospital", "5410 Hospital Dr")
             if (m := text.find(w)) >= 0]
    return {text[a:b] for a, b in locations.joined_places(text, found)}


@pytest.mark.parametrize(("line", "site"), [
    ("Treated previously at Humphries Hospital and LWC", "LWC"),
    ("treated previously at humphries hospital and lwc", "lwc"),
    ("Records requested from: MMCC; Humphries Hospital", "MMCC"),
    ("Humphries Hospital / LWC records reviewed", "LWC"),
    ("Records: Humphries Hospital, LWC.", "LWC"),
    ("Okafor Pain Associates, 5410 Hospital Dr, San Gabriel", "Okafor Pain Associates"),
])
def test_a_member_beside_a_found_facility_or_address(line: str, site: str) -> None:
    assert site in _joined(line)


@pytest.mark.parametrize("line", [
    "born at Humphries Hospital, NSVD, no complications",   # a bare comma: the item does not close the list
    "Seen at Humphries Hospital and CCU overnight",         # a unit
    "Humphries Hospital and the ED",
    "Mailing address, 5410 Hospital Dr",                    # a label before the street
])
def test_no_member_that_is_a_unit_a_fact_or_a_label(line: str) -> None:
    assert not _joined(line)


def test_the_line_over_a_street_line_is_its_addressee() -> None:
    text = in_note("Brandt Surgical Associates\n5410 Hospital Dr\nSan Gabriel, CA 91776")
    start = text.index("5410")
    assert [text[a:b] for a, b in locations.joined_places(text, [(start, start + 16)])] == \
        ["Brandt Surgical Associates"]


def test_a_bracket_with_at_is_a_site_cue() -> None:
    text = in_note("Prior biopsy (at MMCC) benign")
    read = locations._caseless_lines_upper(text)
    assert {text[a:b] for a, b in locations.site_abbreviations(text, read)} == {"MMCC"}


def test_pavilion_and_central_name_an_institution() -> None:
    text = in_note("Central Augusto Pavilion -- Operative Report")
    assert "Central Augusto Pavilion" in {text[a:b] for a, b, _, _ in institutions.institution_spans(text)}


def test_a_sister_hospital_is_no_name() -> None:
    from cancerprep.stages.deid.recognizers.locations import LocationRecognizer
    from tests.stages.deid.spans import recognized

    assert not recognized(LocationRecognizer(), in_note("Sister hospital has a bed available."))


def test_a_report_title_over_a_street_line_is_no_addressee() -> None:
    text = in_note("SURGICAL PATHOLOGY\n129 Pine Blvd, Winchester, OH 44444")
    start = text.index("129")
    joined = {text[a:b] for a, b in locations.joined_places(text, [(start, start + 13)])}
    assert "SURGICAL PATHOLOGY" not in joined and "Winchester" in joined  # the city after it is still joined


@pytest.mark.parametrize(("line", "site"), [
    ("Post-op: to OCCC PACU, then floor", "OCCC"),          # a unit after the initialism
    ("MRH Main OR - Intraoperative Record", "MRH"),
    ("SCHEDULED AT CWNR WITH DR. CHONG", "CWNR"),           # a booking's verb
])
def test_a_periop_initialism_by_its_unit_or_booking(line: str, site: str) -> None:
    text = in_note(line)
    read = locations._caseless_lines_upper(text)
    assert site in {text[a:b] for a, b in locations.site_abbreviations(text, read)}


@pytest.mark.parametrize("line", ["Post-op: to PACU, then floor", "Sent to GYN OR", "Patient to CT OR",
                                  "same settings, increase in ips or time to settle"])  # "or" the word
def test_no_periop_initialism_that_is_a_service_or_a_test(line: str) -> None:
    text = in_note(line)
    assert locations.site_abbreviations(text, locations._caseless_lines_upper(text)) == []


def _cells(text: str) -> set[str]:
    from cancerprep.stages.deid.recognizers.field_cells import field_cell_spans

    return {text[a:b].strip() for a, b, _, _ in field_cell_spans(text)}


@pytest.mark.parametrize(("text", "site"), [
    ("Date | Facility | Procedure\n03/04/2020 | LCMG | CT chest\n", "LCMG"),        # a facility column
    ("Outside Hospital\tDate\tReason\nOkafor Memorial\t3/4/2020\tpneumonia\n", "Okafor Memorial"),
    ("Hospital | LCMG | 3/4/2020\n", "LCMG"),                                      # the cell after the label
    ("date | facility | study\n03/04 | lcmg | ct\n", "lcmg"),                      # no case: read in capitals
])
def test_a_care_site_field_takes_a_name_or_an_initialism(text: str, site: str) -> None:
    assert site in _cells(text)


@pytest.mark.parametrize("text", [
    "Date | Facility | Procedure\n03/04/2020 | outside | CT chest\n05/06/2021 | N/A | MRI brain\n",
    "Facility | SNF | accepted\n",
    "Hosp | ICU | 4 days\n",
    "Hospital | Day 3 | stable\n",
])
def test_a_care_site_field_refuses_kinds_units_and_blanks(text: str) -> None:
    assert not _cells(text)


def test_a_facility_name_does_not_reach_back_over_the_line_break() -> None:
    from cancerprep.stages.deid.recognizers.locations import LocationRecognizer
    from tests.stages.deid.spans import recognized

    found = recognized(LocationRecognizer(), in_note("Hospital\tDate\tReason\nOkafor Memorial\t3/4/2020\tpneumonia"))
    assert found and not any("\n" in f for f in found)
