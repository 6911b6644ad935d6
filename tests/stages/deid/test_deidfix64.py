"""deidfix64 (issue 13; benchmarks/quality/facility_forms.py): hospitals in the slots forms give them. A care site's
initialism after a verb of carrying or signing ("diverted to SMNR", "electronically signed at VCHI"), a consent's
authorised party or "the staff of X", a claim's "Place of service:", a records table's "Outside" column, a report
title with no bar ("DWHI OPERATIVE REPORT"), a physician's bracket ("Dr. N (MGHI)"), a row's or list item's first
cell; an institution after "I authorize" or a list item's number; a residence of everyday words before "Place" in a
strong position. Refused: a unit's own initialism before "ICU" ("CVICU ICU"), a CSV header's next column ("Outside
Facility,Date"). Every example is invented."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import admin_forms, care_sites, institutions, locations
from tests.stages.deid.spans import in_note, recognized


def _initialisms(line: str) -> set[str]:
    text = in_note(line)
    return {text[a:b] for a, b in locations.site_abbreviations(text, locations._caseless_lines_upper(text))}


@pytest.mark.parametrize(("line", "site"), [
    ("Ambulance diverted to SMNR due to ED saturation", "SMNR"),
    ("Flown to RRMC for embolization", "RRMC"),
    ("ELECTRONICALLY SIGNED AT VCHI ON 2021-05-26", "VCHI"),
    ("I AUTHORIZE FGH TO RELEASE MY RECORDS TO DR. SABA.", "FGH"),
    ("I authorize Dr. Barger and the staff of CCNR to perform the procedure.", "CCNR"),
    ("place of service: pghi   pos 22", "pghi"),
    ("Location of surgery: WPSC", "WPSC"),
    ("location of biopsy - gpuhi", "gpuhi"),
    ("Outside\tSCCC\t9/20/2018", "SCCC"),
    ("DWHI OPERATIVE REPORT", "DWHI"),
    ("Dr. Konicek (MGHI) will follow", "MGHI"),
    ("LCMG | path slides | 02/17/2022 | 4 blocks", "LCMG"),
    ("- WPCMG: colonoscopy 2025-09-19, two polyps removed", "WPCMG"),
    ("1. LGCC (chemo 2018-2020)", "LGCC"),
])
def test_an_initialism_in_a_site_slot(line: str, site: str) -> None:
    assert site in _initialisms(line)


@pytest.mark.parametrize("line", [
    "- UDS: negative",                       # a first cell that ends as no site's initialism does
    "1. HTN (2010): on lisinopril",          # a clinical abbreviation
    "MCHC | 33.1 | g/dL",                    # a lab's row: a value after the first cell
    "RHC: showed mean PA pressure 30",       # three letters: a procedure
    "- lgcc: pending",                       # small letters on a line with case
    "Dr. Smith (ENT) will follow",           # a service in the bracket
    "Dr. Smith (PCP) will follow up",
    "Transferred to CVICU for monitoring",
    "Location of pain: RUQ",                 # where on the body, not where care was given
    "Treatment site: PTV",
])
def test_no_initialism_outside_a_site_slot(line: str) -> None:
    assert not _initialisms(line)


def _institutions(line: str) -> set[str]:
    text = in_note(line)
    return {text[a:b] for a, b, _, _ in institutions.institution_spans(text)}


@pytest.mark.parametrize(("line", "site"), [
    ("I authorize Starrick Nursing and Rehab to release my records.", "Starrick Nursing and Rehab"),
    ("1. WASHINGTON HEALTH (2018-2020): CHEMO", "WASHINGTON HEALTH"),
    ("Records: Okafor Healthcare System", "Okafor Healthcare System"),
])
def test_an_institution_after_authorize_or_an_item_number(line: str, site: str) -> None:
    assert site in _institutions(line)


@pytest.mark.parametrize(("line", "site"), [
    ("Riverbend MC - OR 4 - 0730", "Riverbend MC"),
    ("Transferred from Hargrove MC ICU", "Hargrove MC"),
])
def test_a_medical_centers_mc_in_capitals(line: str, site: str) -> None:
    assert site in _institutions(line)


@pytest.mark.parametrize("line", ["1. Home health (weekly): PT", "2. Mental health: stable",
                                  "seen with Hargrove Mc Donald", "fracture at the Hargrove mc joint"])
def test_no_institution_in_a_list_of_care(line: str) -> None:
    assert not _institutions(line)


@pytest.mark.parametrize(("line", "site"), [
    ("Hosp: Deer Hill Place", "Deer Hill Place"),
    ("Per Mapleside Place records, last echo EF 55%", "Mapleside Place"),
])
def test_a_residence_of_everyday_words_in_a_strong_position(line: str, site: str) -> None:
    text = in_note(line)
    assert site in {text[a:b] for a, b, _, _ in care_sites.cased_site_spans(text)}


@pytest.mark.parametrize("line", ["Dispo: Discharge Home", "Discharged from: First Place", "Lives at: Own Home",
                                  "sent to the deer hill place"])
def test_no_residence_of_one_known_word_or_a_weak_position(line: str) -> None:
    text = in_note(line)
    assert not care_sites.cased_site_spans(text)


def test_a_units_own_initialism_before_icu_is_no_facility() -> None:
    assert "CVICU ICU" not in recognized(locations.LocationRecognizer(), in_note("Transferred to CVICU ICU"))
    assert "Kernanville ER" in recognized(locations.LocationRecognizer(), in_note("Seen at Kernanville ER"))


def test_a_csv_headers_next_column_is_no_organisation() -> None:
    text = in_note("Outside Facility,Date,Reason")
    assert not [s for s in admin_forms.admin_spans(text) if text[s[0]:s[1]] == "Date"]
    text = in_note("Facility, Harlowe Brandt")
    assert "Harlowe Brandt" in {text[a:b] for a, b, _, _ in admin_forms.admin_spans(text)}
