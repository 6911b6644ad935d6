"""Organisations and places of care that crosses organisations (issue 13, blind forms family "transfers", tuning part):
organisation heads beyond care settings (market, lumber, motel, mission, shelter), laboratories named alone after a
place preposition, two kinds of care joined by "&" ending a name ("Skin & Laser"), a surname before a specialty that
is also an everyday word, saints' possessives standing for hospitals in organisation lists, homes "for the Aged",
streets in directions and with everyday suffixes (Run, Crossing, Row), crossings after "near", and "<Town> Fire &
Rescue". The sentences are written here, not copied from the probe; each mechanism has clinical text it must leave
alone."""

from __future__ import annotations

import pytest

from tests.stages.deid.spans import location_texts, organisation_texts

# --- organisations ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, org", [
    ("Worked nights at Kowalski Lumber for 20 years.", "Kowalski Lumber"),
    ("fell at the loading dock of kowalski lumber", "kowalski lumber"),
    ("Police found him at the Driftwood Motel.", "Driftwood Motel"),
    ("Stays at the Lindell Mission most nights.", "Lindell Mission"),
    ("SLEEPS AT THE CORWIN MISSION SINCE JUNE", "CORWIN MISSION"),
    ("Cashier at Okafor's Market for ten years.", "Okafor's Market"),
    ("Employer: Brannigan Logistics (forklift)", "Brannigan Logistics"),
    ("Peripheral smear sent to Quillon Labs.", "Quillon Labs"),
    ("specimen sent to dover labs for review", "dover labs"),
    ("Biopsy done by Okafor Skin & Laser.", "Okafor Skin & Laser"),
    ("COPY TO HENSLEY SPINE & PAIN", "HENSLEY SPINE & PAIN"),
    ("Hardy Nephrology faxed the report.", "Hardy Nephrology"),
])
def test_organisation_heads_and_stems(text: str, org: str) -> None:
    assert org in organisation_texts(text)


@pytest.mark.parametrize("text", [
    "He went on a mission trip. Bought fruit at the farmers market. Stayed at a cheap motel. Homeless Shelter list.",
    "Study Drug held. Repeat labs in AM; Chem 7 labs drawn; sent to lab; labs at 6 am. Stock Market news.",
    "Treated with skin & laser therapy. Reports neck spine & pain. skin & laser.",
    "Good Health overall. admitted to the Burn Center. Home Dialysis trained. Speech Therapy following.",
    "Hematology Oncology follow-up. Radiation Oncology clinic. Infusion Center at 9. Wound Care. Cancer Center.",
])
def test_organisation_look_alikes_stay(text: str) -> None:
    assert organisation_texts(text) == []


@pytest.mark.parametrize("text, item", [
    ("Earlier admissions: Dunmore General Hospital 2011 (CHF), Bernadette's 2015 (pneumonia).", "Bernadette's"),
    ("FILMS REQUESTED FROM OAKVALE HOSPITAL, BENEDICT'S, AND CORWIN REGIONAL.", "BENEDICT'S"),
])
def test_saint_possessive_items_of_organisation_lists(text: str, item: str) -> None:
    assert item in organisation_texts(text)


@pytest.mark.parametrize("text", [
    "Seen at Oakvale Hospital, Bernadette's daughter drove her home.",
    "Bernadette's 2015 visit was uneventful, and she returned.",
    "Prior visits: clinic 2011, Bernadette's 2015.",
])
def test_possessive_names_outside_organisation_lists_stay(text: str) -> None:
    assert not any("'s" in f.lower() for f in organisation_texts(text))


def test_saint_written_without_apostrophe(loc) -> None:
    assert "st bernadettes" in location_texts(loc, "transferred from st bernadettes overnight")
    assert location_texts(loc, "st changes noted; ST depressions in V4") == []


@pytest.mark.parametrize("text, org", [
    ("Resided at Benedict's Home for the Elderly until 2019.", "Benedict's Home for the Elderly"),
    ("LIVED AT BERNADETTE'S HOME FOR THE AGED", "BERNADETTE'S HOME FOR THE AGED"),
])
def test_homes_for_the_people_they_serve(addr, text: str, org: str) -> None:
    assert org in location_texts(addr, text)


def test_a_home_for_the_holidays_stays(addr) -> None:
    assert location_texts(addr, "Mary's home for the holidays; Mary's Home for now.") == []


# --- streets and towns --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, street", [
    ("Directions: take Route 14 to Corwin Lane, third house.", "Corwin Lane"),
    ("Directions: take Route 14 to Corwin Lane, third house.", "Route 14"),
    ("DIRECTIONS: TAKE HWY 9 TO ALDER RUN ROAD", "ALDER RUN ROAD"),
    ("directions to the farm: tanager run past the silo", "tanager run"),
    ("lives w/ daughter on tanager crossing", "tanager crossing"),
    ("WALKS ALONG BIRCH ROW DAILY", "BIRCH ROW"),
    ("Lives off Tanager Dr out past the mill.", "Tanager Dr"),
    ("Cabin on Alder Run by the river.", "Alder Run"),
    ("Found near Elm & Tanager at dawn.", "Elm & Tanager"),
    ("SLEEPS UNDER THE ALDER CROSSING BRIDGE", "ALDER CROSSING"),
])
def test_streets_without_numbers(addr, text: str, street: str) -> None:
    assert street in location_texts(addr, text)


@pytest.mark.parametrize("text", [
    "patient on bed rest; on the front row; on a run; on death row; ON TREADMILL RUN; on heavy loop diuretics.",
    "Referred to Mercy St. Vincent; seen by Kim Dr. Lee; hit a Home Run. near normal & stable; at rest & exertion.",
    "Route: PO. Take 2 tabs to bed. Directions: take with food.",
])
def test_street_look_alikes_stay(addr, text: str) -> None:
    assert location_texts(addr, text) == []


@pytest.mark.parametrize("text, town", [
    ("Transported by Dover Fire & Rescue.", "Dover"),
    ("transported by sioux city fire & rescue", "sioux city"),
])
def test_town_fire_and_rescue(addr, text: str, town: str) -> None:
    assert town in location_texts(addr, text)


def test_volunteer_fire_and_rescue_stays(addr) -> None:
    assert location_texts(addr, "the volunteer fire & rescue squad arrived") == []


@pytest.mark.parametrize("text, place", [
    ("pt transferred from corwin gen overnight", "corwin gen"),
    ("Accepted from Dunmore Gen ICU.", "Dunmore Gen"),
    ("grew up in randolph, farm work", "randolph"),
    ("previously lived in jackson and ogden", "ogden"),
])
def test_general_hospital_abbreviation_and_towns_lived_in(loc, text: str, place: str) -> None:
    assert place in location_texts(loc, text)


def test_lived_in_refuses_everyday_words(loc) -> None:
    text = "lives in hope of recovery; moved to bed and chair; 2nd gen cephalosporin; next gen seq"
    assert location_texts(loc, text) == []


@pytest.mark.parametrize("text, org", [
    ("outside ct @ oakvale imaging showed a mass", "oakvale imaging"),
    ("TRANSFERRED FROM OAKVALE METHODIST", "OAKVALE METHODIST"),
    ("Drives a bus for the Corwin School District.", "Corwin School District"),
    ("Seen at Dunmore Children's last year.", "Dunmore Children's"),
])
def test_caseless_cues_sponsors_districts_and_childrens(addr, text: str, org: str) -> None:
    assert any(org in f for f in location_texts(addr, text)), location_texts(addr, text)


def test_sponsor_and_childrens_look_alikes_stay(addr) -> None:
    text = "RELIGION: SOUTHERN BAPTIST. lord have mercy. her children's school. from the school district."
    assert location_texts(addr, text) == []


def test_caseless_laboratory_of_two_place_words(addr) -> None:
    assert "pine valley labs" in location_texts(addr, "smear sent to pine valley labs today")
    assert location_texts(addr, "sent to repeat labs; drawn at bedside labs; sent to main lab") == []


@pytest.mark.parametrize("text, org", [
    ("Transferred from Our Lady of the Lake Regional Medical Center.", "Our Lady of the Lake Regional Medical Center"),
    ("accepted at our lady of lourdes overnight", "our lady of lourdes"),
])
def test_marian_dedications(addr, text: str, org: str) -> None:
    assert org in location_texts(addr, text)


def test_marian_devotion_in_prose_stays(addr) -> None:
    assert location_texts(addr, "Says a prayer to our lady of sorrows daily; Our Lady of the rosary.") == []
