"""Places and organisations named without an address (issue 13, blind forms probe "sites", tuning part): streets
without a house number in lines without case, a street before what stands on it, crossings, numbered roads, ZIP codes
in prose, a city before "resident" or an occupation and after a travel cue, "<Town> Fire-Rescue", ordinal streets with
any USPS suffix, organisation heads beyond clinics (pharmacies, dialysis, DME suppliers, employers, schools, air
transport), quoted hospital abbreviations. Each mechanism has forms it must find (written here, not copied from the
probe) and clinical text it must leave alone; the new rules are also run over the real MTSamples notes."""

from __future__ import annotations

import csv

import pytest

from cancerprep.stages.deid.recognizers import address
from cancerprep.stages.deid.recognizers.base import LOCATION, RegexRecognizer
from cancerprep.stages.deid.recognizers.context import medical_only
from cancerprep.stages.deid.recognizers.locations import LocationRecognizer
from tests.paths import SHARED_DATA
from tests.stages.deid.spans import supported_texts


@pytest.fixture(scope="module")
def sites():
    return RegexRecognizer(LOCATION, "sites", address.site_rules())


def _covers(found: list[str], want: str) -> bool:
    return any(want in f or (f in want and len(f) > 3) for f in found)


# --- streets, crossings, roads, ZIP codes, cities -----------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("staying with her niece on larkspur ln since the fire", "larkspur ln"),
    ("PICKED UP OFF HOLLISTER BOULEVARD BY EMS", "HOLLISTER BOULEVARD"),
    ("ambulance turned onto tamarack circle", "tamarack circle"),
    ("WALKS DAILY ALONG PEMBERTON PARKWAY", "PEMBERTON PARKWAY"),
    ("Found sleeping beneath the Ashgrove Street overpass.", "Ashgrove Street"),
    ("daughter waits at the fenwick rd entrance", "fenwick rd"),
    ("CAMPS UNDER THE SPRING ST OVERPASS", "SPRING ST"),
    ("Found under the Old Ferry Road bridge.", "Old Ferry Road"),
    ("Cyclist hit at the corner of Delancey and 9th.", "Delancey and 9th"),
    ("fell at the intersection of Rowan & Mercer in the rain", "Rowan & Mercer"),
    ("struck by a car at gutierrez & delancey, helmeted", "gutierrez & delancey"),
    ("Rollover on Route 66 at 02:00, ejected.", "Route 66"),
    ("MOTORCYCLE CRASH ON HWY 12 WESTBOUND", "HWY 12"),
    ("rear-ended on I-80 in stop-and-go traffic", "I-80"),
    ("Restrained passenger, MVC on Highway 7.", "Highway 7"),
    ("Rolled his truck on US-23 near the county line.", "US-23"),
    ("Hit by a bus at 14th and Carroway.", "14th and Carroway"),
    ("SW notes she lives in the 48207 zip code.", "48207"),
    ("her zip code is 30318, a food desert", "30318"),
    ("A lifelong Normal resident, retired machinist.", "Normal"),
    ("AN ORANGE POLICE OFFICER BROUGHT HIM IN", "ORANGE"),
])
def test_site_forms(sites, text: str, place: str) -> None:
    assert _covers(supported_texts(sites, text), place), supported_texts(sites, text)


@pytest.mark.parametrize("text", [
    "patient on bed rest, on room air, on the way home; off pressors; on a heparin drip; on insulin sliding scale.",
    "PT ON PRESSURE SUPPORT, OFF THE VENT, ON HOME OXYGEN. ON ORAL ROUTE. ALONG THE MIDLINE.",
    "Met at the front drive entrance; the main entrance; the emergency room entrance; the ambulance bay exit.",
    "met at the parking garage entrance; walking along the walking trail; fell on the paved path.",
    "Symptoms at rest & exertion; pain at home & work; seen at night & day. Seen at 2nd and 3rd visits.",
    "Pain at rest and Exertion. Visits at 1st and Last.",
    'Records from "NPO" orders; sent to "ICU" team; changed to "PRN" dosing; seen at "BID" visits.',
    "on US 2 weeks ago; on US-guided biopsy.",
    "Route: PO. Route of administration oral. IV route 2 times daily. Given I-131 on 3/4; with I-125 seeds.",
    "zip code unknown; 12345 units given.",
    "She is a surgery resident; a PGY-2 resident; a medicine resident; a long-term resident; a nursing home resident.",
    "return to normal activity; trip to the bathroom; travel to the clinic; trip to the ED.",
    "the lower extremity bridge; the dorsal root entrance; the tumor at the corner of the eye and the nose.",
])
def test_site_rules_leave_clinical_text(sites, text: str) -> None:
    assert supported_texts(sites, text) == []


@pytest.mark.parametrize("text, place", [
    ("just back from a church trip to Paradise.", "Paradise"),
    ("travelled to normal for a wedding", "normal"),
    ("Brought in by Gilbert Fire-Rescue, Engine 4.", "Gilbert"),
    ("BROUGHT BY ENTERPRISE FIRE-RESCUE", "ENTERPRISE"),
    ("NORWALK FIRE DEPARTMENT ON SCENE", "NORWALK"),
    ("EMS: Garland Fire Medic 4 transported from home.", "Garland"),
    ("Home: 2210 9th Row, Apt 3", "2210 9th Row"),
    ("1188 33rd Ct", "1188 33rd Ct"),
    ("402 S. 12th Loop", "402 S. 12th Loop"),
])
def test_travel_cues_service_towns_and_ordinal_streets(addr, text: str, place: str) -> None:
    assert _covers(supported_texts(addr, text), place), supported_texts(addr, text)


def test_ordinal_streets_leave_counts(addr) -> None:
    rec = RegexRecognizer(LOCATION, "streets", address.street_rules())
    assert supported_texts(rec, "given 2 3rd point injections; 4 5th course; x 2 3rd run; G3 2nd trimester") == []


# --- organisations ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, org", [
    ("Preferred pharmacy: Okafor Drug (downtown)", "Okafor Drug"),
    ("refills called in to Brannigan Pharmacy", "Brannigan Pharmacy"),
    ("RX TO DELGADO PHARMACY ON FILE", "DELGADO PHARMACY"),
    ("dialysis tts at kettering dialysis", "kettering dialysis"),
    ("oxygen concentrator delivered by Hargrove Medical Supply", "Hargrove Medical Supply"),
    ("born at Kessler Women and Infants at 29 weeks", "Kessler Women and Infants"),
    ("lives at Whitcombe Nursing and Rehab since March", "Whitcombe Nursing and Rehab"),
    ("works nights at the Brandt Foundry", "Brandt Foundry"),
    ("senior at dayton high school, plays soccer", "dayton high school"),
    ("transferred from 'SLMC' for PCI", "SLMC"),
    ('Outside records requested from "BTFP" today.', "BTFP"),
    ("INR followed by the Ashby Anticoagulation Clinic.", "Ashby Anticoagulation Clinic"),
    ("Attends the Ridgeway Kingdom Hall with her family.", "Ridgeway Kingdom Hall"),
    ("Volunteers at Fenwick Presbyterian Church.", "Fenwick Presbyterian Church"),
    ("incarcerated at the ridgeview correctional facility", "ridgeview correctional facility"),
    ("SLEEPS AT THE UNION GOSPEL MISSION", "UNION GOSPEL MISSION"),
    ("Fell on the wet floor at the Dorsey YMCA.", "Dorsey YMCA"),
    ("Home health: Bayada", "Bayada"),
    ("DME SUPPLIER: HARGROVE MEDICAL EQUIPMENT", "HARGROVE"),
    ("employer: kimball steel", "kimball"),
])
def test_organisation_heads(addr, text: str, org: str) -> None:
    found = supported_texts(addr, text)
    loc = LocationRecognizer()
    loc.load()
    found += supported_texts(loc, text)
    assert _covers(found, org), found


@pytest.mark.parametrize("text, org", [
    ("Seen at Mission Hospital.", "Mission Hospital"),
    ("cc: Hall & Ruiz Associates", "Hall & Ruiz Associates"),
    ("Followed at Mills Pediatrics.", "Mills Pediatrics"),
    ("Referred to Church Street Family Medicine.", "Church Street Family Medicine"),
])
def test_heads_that_are_names_too_still_name(text: str, org: str) -> None:
    assert org in [text[s:e] for s, e in address.organisation_spans(text)]


def test_header_before_an_institution_stays_out() -> None:
    text = "CLINIC NOTE - Mercy Hospital of Madison\nNAME: X"
    assert [text[s:e] for s, e in address.organisation_spans(text)] == ["Mercy Hospital of Madison"]


@pytest.mark.parametrize("text", [
    "Study Drug was held. No illicit drug use. Sulfa Drug allergy. Pharmacy to dose vancomycin.",
    "Inpatient Pharmacy consulted; Clinical Pharmacy following. Peritoneal Dialysis overnight.",
    "Home Medical Supply list reviewed. Completed High School. Some High School.",
    "Cardiac Rehab referral; Pulmonary Rehab; Acute Rehab. Transported by ambulance.",
    "pregnant women and infants are at risk; in women and infants alike.",
    "Seen in the Anticoagulation Clinic; the Coumadin Clinic; the Wound Center; down the hall; the Church.",
    "DME: rolling walker. Home health: none. Employer: retired. Hospice: declined. Home O2: 2 L. SNF: pending.",
    "Fire engine 2 arrived; the fire truck; fire medic 4 on scene.",
])
def test_organisation_heads_leave_clinical_text(addr, text: str) -> None:
    assert [f for f in supported_texts(addr, text) if "Rehab" not in f or len(f.split()) > 2] == []


# --- real notes ---------------------------------------------------------------------------------------------------

def test_site_rules_on_real_mtsamples_notes(sites) -> None:
    """The new frames on every real MTSamples transcription of the dev file (no planted PHI): a handful of real
    places, each capitalised or a number, none a medical-only word."""
    with open(SHARED_DATA / "mtsamples-dev" / "mtsamples_dev.csv", encoding="utf-8", newline="") as f:
        mts = [r["transcription"] for r in csv.DictReader(f)]
    assert len(mts) > 2000
    loud = [found for text in mts for found in supported_texts(sites, text)]
    assert len(loud) <= 10, loud
    for found in loud:
        assert not any(medical_only(w.lower()) for w in found.split())
