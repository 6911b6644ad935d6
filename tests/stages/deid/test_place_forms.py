"""Identifier forms beyond the first rules (issue 13, blind forms probe, tuning part): streets by USPS Publication 28
suffixes and abbreviations, numbered streets, rural routes, mobile-home lots, place fields, ages over 89 in compact
forms, IPv6/MAC and scheme-less web addresses (IANA TLDs), device lot and insurance group numbers. Each mechanism has
forms it must find and clinical text it must leave alone; the new rules are also run over real MTSamples notes."""

from __future__ import annotations

import csv

import pytest

from cancerprep.stages.deid.recognizers import address, age, contact, ids
from cancerprep.stages.deid.recognizers.base import AGE, CONTACT, ID, LOCATION, RegexRecognizer
from cancerprep.stages.deid.recognizers.context import medical_only
from tests.paths import SHARED_DATA
from tests.stages.deid.spans import supported_texts

# --- vocabularies ------------------------------------------------------------------------------------------------

def test_usps_suffix_file_is_publication_28() -> None:
    rows = address._USPS_ROWS
    names = {r[0] for r in rows}
    assert len(rows) > 190 and {"crossing", "run", "loop", "pike", "trail", "street", "avenue"} <= names
    abbr = {r[0]: r[1] for r in rows}
    assert abbr["crossing"] == "xing" and abbr["trail"] == "trl" and abbr["turnpike"] == "tpke"


def test_tld_file_is_the_root_zone() -> None:
    tlds = contact.top_level_domains()
    assert {"com", "org", "net", "gov", "edu", "us", "uk", "health", "care"} <= tlds
    assert not {"pdf", "doc", "jpg", "txt", "g", "e"} & tlds
    assert 1000 < len(tlds) < 2000


# --- streets -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, street", [
    ("Address: 1234 56th Avenue", "1234 56th Avenue"),
    ("lives at 4748 W 13th St Apt 4M with her son", "4748 W 13th St Apt 4M"),
    ("1519 46TH AVENUE", "1519 46TH AVENUE"),
    ("Rural Route 7, Box 258", "Rural Route 7, Box 258"),
    ("RR 2 Box 45", "RR 2 Box 45"),
    ("Lot 48, Sunnyvale Mobile Home Park", "Lot 48, Sunnyvale Mobile Home Park"),
    ("3949-E Meadowlark Ave.", "3949-E Meadowlark Ave."),
    ("ADDRESS:  820 N. Quillan Trl, Apt 86", "820 N. Quillan Trl, Apt 86"),
    ("receives mail at 408 Quarry Crossing (shelter).", "408 Quarry Crossing"),
    ("HOMELESS; MAIL AT 737 WEXFORD CROSSING", "737 WEXFORD CROSSING"),
    ("street: 1906 kettering pike   city: dayton", "1906 kettering pike"),
    ("She was found down at her home on Church Row.", "Church Row."),
    ("she was found down at her home on whitlock row.", "whitlock row."),
])
def test_street_forms(addr, text: str, street: str) -> None:
    found = supported_texts(addr, text)
    assert any(street in f or (f in street and len(f) > 4) for f in found), found


@pytest.mark.parametrize("text", [
    "The 5th rib fracture extends to the 4th ventricle; 3rd cycle of chemotherapy; 2nd St. Mary's visit.",
    "Fetal Heart (4 Chamber View): Normal.",
    "Respirations: RR 16, RR 2 x 3 breaths.",
    "Rocky Mountain spotted fever was considered after a tick bite on Cape Cod.",
    "A 12 Lead View showed sinus rhythm. He was taken to 3rd floor.",
    "She walked 50 feet loop twice and rested.",
    "HR 60s 1st AV block. 3rd CT today, 2nd Dr. Lee; 12 3rd degree burns.",
])
def test_street_rules_leave_clinical_text(addr, text: str) -> None:
    rec = RegexRecognizer(LOCATION, "streets", address.street_rules())
    assert supported_texts(rec, text) == []


# --- places in fields ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("City: Buffalo   State: NY   ZIP: 90093", "Buffalo"),
    ("Place of birth: Hurricane, Utah", "Hurricane"),
    ("residence: savage", "savage"),
    ("Residence: Jackson", "Jackson"),
    ("County of residence: Crawford", "Crawford"),
    ("lives in clay county.", "clay"),
    ("Works as a farmer outside Imperial.", "Imperial"),
    ("Works as a farmer outside Jackson.", "Jackson"),
    ("Holiday Fire Department EMS responded.", "Holiday"),
    ("kent fire department ems responded.", "kent"),
    ("7183 old mill avenue, new canaan ct 66138", "new canaan"),
    ("Postal code: 10349", "10349"),
    ("He was seen in the Riverbend ED yesterday.", "Riverbend"),
    ("Seen in the Cedar Ridge ED.", "Cedar Ridge"),
    ("SEEN IN THE RIVERBEND ED.", "RIVERBEND"),
    ("She moved to The Village at Cedar Ridge last spring.", "The Village at Cedar Ridge"),
    ("Resident of The Gardens of Fairhaven (ALF).", "The Gardens of Fairhaven"),
    ("Lives at 1234 County Road 12 near town.", "1234 County Road 12"),
])
def test_place_fields(addr, text: str, place: str) -> None:
    assert place in supported_texts(addr, text)


@pytest.mark.parametrize("text", [
    "Residence: home with wife. Residence: assisted living facility.",
    "Labs near normal range; sent from home; the volunteer fire department brought him.",
    "City: N/A",
    "Sodium was near normal and improving.",
    "A jackson pratt drain was placed outside the wound.",
    "GU- GOOD DIURESIS FROM FOLEY CATH. Good diuresis from Foley cath.",
    "Seen in the Peds ED, the Main ED, the OSH ED, the Adult ED, at Outside Hospital ER, in the Pediatric Emergency "
    "Department, then to the Trauma ED and the Urgent Care ER. He was discharg ed to the floor.",
    "SEEN IN THE CARDAIC ED.",
    "the village at the lake; The Village of the damned; The Commons at Risk; the Manor of Death.",
])
def test_place_fields_leave_other_values(text: str) -> None:
    rec = RegexRecognizer(LOCATION, "fields", address.place_field_rules())
    assert supported_texts(rec, text) == []


# --- ages over 89 --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("94M presents with dyspnea", "94"),
    ("AGE/SEX: 96/F", "96"),
    ("age/sex: 105/f", "105"),
    ("A 96 F with CHF", "96"),
    ("celebrated his 97th birthday", "97"),
    ("she turned 100 last week", "100"),
    ("a ninety-four-year-old woman", "ninety-four"),
])
def test_compact_ages(text: str, value: str) -> None:
    assert value in supported_texts(age.age_recognizer(), text)


@pytest.mark.parametrize("text", [
    "T 99 F, fever to 101F, Tmax 101.5 F, Temp: 100 F, HR 96, RR 18, T 98 F",
    "94 mg daily, given 100 mg, 96% on room air, 92 mL",
    "turned 90 degrees to the left; ninety minutes",
    "BP 140/90 F/U in 2 weeks",
])
def test_compact_ages_leave_measures(text: str) -> None:
    assert supported_texts(RegexRecognizer(AGE, "ages", age.compact_age_rules()), text) == []


# --- network addresses -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Device MAC 05:53:48:64:17:B5", "05:53:48:64:17:B5"),
    ("mac 0011.2233.4455", "0011.2233.4455"),
    ("IPv6 2001:db8:85a3::8a2e:370:7334", "2001:db8:85a3::8a2e:370:7334"),
    ("from fe80::1 today", "fe80::1"),
    ("Instructions at pinehollowortho.com/patients/966005", "pinehollowortho.com/patients/966005"),
    ("INSTRUCTIONS AT FACEBOOK.COM/PATIENTS/652698.", "FACEBOOK.COM/PATIENTS/652698"),
    ("see mycarelink.net for info", "mycarelink.net"),
    ("portal clinic.health/portal/12", "clinic.health/portal/12"),
])
def test_network_addresses(text: str, value: str) -> None:
    assert value in supported_texts(contact.contact_recognizer(), text)


@pytest.mark.parametrize("text", [
    "e.g. the a.m. dose p.o. q.d. and i.e. b.i.d.",
    "Saved as report.pdf, notes.py, data.zip and scan.mov",
    "stable.Plan: continue. pt.care given. labs.Na 140",
    "3.5mg/kg/day; 0.9 ml.hr/x",
    "at 12:30:45 today; ratio 1:2:3:4; ST-T 5:1",
])
def test_network_rules_leave_clinical_text(text: str) -> None:
    assert supported_texts(RegexRecognizer(CONTACT, "net", contact.network_rules()), text) == []


# --- device and plan numbers ----------------------------------------------------------------------------------------

def test_lot_and_group_numbers() -> None:
    rec = ids.id_recognizer()
    assert "446229" in supported_texts(rec, "IMPLANT LOT 446229, SERIAL A4715950")
    assert "830574" in supported_texts(rec, "Insurance: Blue Cross PPO, ID LWH37584200, Group 830574")
    only = RegexRecognizer(ID, "lot", ids.lot_and_group_rules())
    assert supported_texts(only, "support group 12345 met today; a lot 2000 mg; Lot 48; group B strep") == []


# --- real notes ---------------------------------------------------------------------------------------------------

def test_new_rules_on_real_mtsamples_notes() -> None:
    """The new rules on every real MTSamples transcription of the dev file (no planted PHI): the network rules find
    nothing, the age rules only a woman "turning 90", the lot rule one implant's lot number, the street and
    place-field rules at most 22 capitalised names in 2,000 notes (these notes keep a few real facility and
    town names: "Garden Court", "Fountain Valley", "Sunnyside Emergency Room")."""
    with open(SHARED_DATA / "mtsamples-dev" / "mtsamples_dev.csv", encoding="utf-8", newline="") as f:
        mts = [r["transcription"] for r in csv.DictReader(f)]
    assert len(mts) > 2000
    ages = RegexRecognizer(AGE, "a", age.compact_age_rules())
    quiet = [RegexRecognizer(CONTACT, "c", contact.network_rules())]
    numbers = RegexRecognizer(ID, "i", ids.lot_and_group_rules())
    places = RegexRecognizer(LOCATION, "p", address.street_rules() + address.place_field_rules())
    loud, lots = [], []
    for text in mts:
        for rec in quiet:
            assert supported_texts(rec, text) == []
        loud += supported_texts(places, text)
        lots += supported_texts(numbers, text)
        for r in ages.analyze(text, [AGE]):  # only a real age: "she actually turns 90 later this month"
            assert "turn" in text[r.start - 12:r.start]
    assert len(lots) <= 1  # an implant's lot number in an operative note: the identifier the rule is for
    # with the travel cues (test_site_forms.py): "travel back to Angola", "traveled to Mexico"; and the counties'
    # names (deidfix13): these notes name five real counties ("<Name> County Hospital", "hospitalized in <Name> County")
    # (deidfix16: two more real hospitals' names, a building's ICU, "transferred to the Dunn ICU", and a hospital
    # before its emergency department written small, "to Erlanger emergency department")
    assert len(loud) <= 28
    for found in loud:
        assert found[0].isupper() or found[0].isdigit()
        assert not any(medical_only(w.lower()) for w in found.split())


def test_tld_file_matches_the_pinned_public_suffix_list() -> None:
    """The committed TLD file is the ICANN section's single-label entries of the Public Suffix List that the pinned
    tldextract ships (ASCII labels), so an upgrade that changes the list shows here."""
    import importlib.resources

    raw = importlib.resources.files("tldextract").joinpath(".tld_set_snapshot").read_text(encoding="utf-8")
    icann = raw.split("===BEGIN ICANN DOMAINS===")[1].split("===END ICANN DOMAINS===")[0]
    labels = {line.strip() for line in icann.splitlines()
              if line.strip() and not line.startswith("//") and "." not in line and line.strip().isascii()
              and line.strip().replace("-", "").isalnum()}
    assert contact.top_level_domains() == labels


@pytest.mark.parametrize("text, org", [
    ("RIVERBEND VA MEDICAL CENTER PRIMARY CARE", "RIVERBEND VA MEDICAL CENTER"),
    ("home health through lakeshore home care was arranged.", "lakeshore home care"),
])
def test_coined_organisation_names_without_case(addr, text: str, org: str) -> None:
    assert any(org in f for f in supported_texts(addr, text))


def test_typos_without_case_are_no_organisation(addr) -> None:
    assert supported_texts(addr, "PT TO CARDAIC CARE CENTER, THEN TO SURG CARE UNIT") == []
