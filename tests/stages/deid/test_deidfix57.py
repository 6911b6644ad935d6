"""deidfix57 (issue 13; benchmarks/quality/facility_variation.py): a care site's initialism stands by its position
whatever its letters end in ("transferred from RRCC", "Referring facility: SGP", "LWC | Department of Oncology"); a
line in small letters of a note with case is read in capitals for initialisms ("seen at lgh ed"); "<City> VA" is a
veterans' hospital in any case. Services, units, levels of care, tumours and treatments after the same cues stay
unmarked. Every example is invented."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import locations
from cancerprep.stages.deid.recognizers.locations import LocationRecognizer
from tests.stages.deid.spans import in_note, recognizer_texts


def _sites(line: str) -> set[str]:
    text = in_note(line)
    read = locations._caseless_lines_upper(text)
    return {text[a:b] for a, b in locations.site_abbreviations(text, read)}


@pytest.mark.parametrize(("line", "site"), [
    ("Pt was transferred from RRCC last night.", "RRCC"),
    ("Outside records from LWC were reviewed.", "LWC"),
    ("She receives chemotherapy at DGCC.", "DGCC"),
    ("seen at ouc yesterday and sent home", "ouc"),            # a line in small letters: read in capitals
    ("Referring facility: SGP", "SGP"),
    ("Facility\tFMCC\tFax\t555-0100", "FMCC"),               # the first cell after the label, not a later one
    ("Outside hospital | HWP | records on file", "HWP"),
    ("LWC | Department of Oncology", "LWC"),
    ("lgh - discharge summary", "lgh"),
])
def test_a_site_initialism_by_its_position(line: str, site: str) -> None:
    assert site in _sites(line)


@pytest.mark.parametrize("line", [
    "Transferred to MICU overnight.",          # a unit (NOT_PLACES)
    "Transferred to TSICU after the case.",    # a unit by its ending
    "Discharged to SNF on Friday.",            # a level of care
    "Admitted to BMT for the transplant.",     # a service
    "Radiation to RUQ was completed.",         # not a verb of place and "at"
    "Seen at HCC clinic.",                     # a tumour's abbreviation
    "Transferred from the OSH.",               # outside hospital: no name
    "Outside records from PCP reviewed.",      # a clinical abbreviation
    "Location of biopsy - HCC",                # "location" is no site field here
    "Sent to the floor at 1500.",              # a word
    "Pt was transferred from Rrcc last night.",  # in a line with case, not written in capitals
])
def test_no_initialism_where_the_word_is_no_site(line: str) -> None:
    assert not _sites(line)


def test_caseless_lines_are_read_in_capitals_only_where_they_have_no_case() -> None:
    text = "Seen today.\nseen at lgh ed\nCT at Mercy."
    read = locations._caseless_lines_upper(text)
    assert read == "Seen today.\nSEEN AT LGH ED\nCT at Mercy." and len(read) == len(text)
    assert locations._caseless_lines_upper("No lines in small letters.") == "No lines in small letters."


def test_a_lower_case_hospital_initialism_in_a_note_with_case(loc: LocationRecognizer) -> None:
    # "-H" initialisms were read in capitals only in a note without case
    assert "lgh" in recognizer_texts(loc, "pt was seen at lgh er two days ago")


@pytest.mark.parametrize(("line", "site"), [
    ("Seen at the Trenton VA ED.", "Trenton VA"),
    ("location of biopsy - ashland va", "ashland va"),
    ("Records from the Baton Rouge VA were reviewed.", "Baton Rouge VA"),
])
def test_a_veterans_hospital_by_its_city(line: str, site: str) -> None:
    text = in_note(line)
    assert site in {text[a:b] for a, b in locations.veterans_facilities(text)}


@pytest.mark.parametrize("line", ["Benefits through the VA.", "Followed by VA oncology.", "The local VA is near."])
def test_va_without_a_city_is_no_span(line: str) -> None:
    assert not locations.veterans_facilities(in_note(line))
