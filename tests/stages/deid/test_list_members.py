"""The next member of a list of places or organisations (issue 13, deidfix13): members of a list share a kind, so an
organisation after "and"/"or" and an organisation word stands where one is expected, and a gazetteer city after a
found place and "and"/"or"/a comma is a place though alone it is an everyday word. Our own sentences; each mechanism
has clinical look-alikes it must leave alone."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import address
from cancerprep.stages.deid.recognizers.locations import joined_places
from tests.stages.deid.spans import found_texts, in_note, organisation_texts

# --- the next organisation of a list ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, org", [
    ("Grandchildren attend Harmon Middle School and Michael Elementary.", "Michael Elementary"),
    ("Followed at Anson Medical Center, and Grant Clinic.", "Grant Clinic"),
    ("followed at anson medical center and grant clinic", "grant clinic"),
    ("Records from Ardmore Hospital or Grant Clinic, whichever is sooner.", "Grant Clinic"),
])
def test_next_organisation_of_a_list(text: str, org: str) -> None:
    assert org in organisation_texts(text)


@pytest.mark.parametrize("text, word", [
    ("Seen by cardiology and Lewis today.", "Lewis"),  # no organisation word ends the item before "and"
    ("Seen in the clinic and Pain Clinic today.", "Pain"),  # a kind of care, no name
    ("Discussed with Physical Therapy and Michael, who agrees.", "Michael"),  # no organisation word after the name
    ("Follows with home care and Wound Clinic.", "Wound"),
])
def test_next_organisation_refused(text: str, word: str) -> None:
    assert not any(word in found for found in organisation_texts(text))


# --- a city joined to a found place -----------------------------------------------------------------------------

def _joined(line: str, place: str) -> list[str]:
    text = in_note(line)
    a = text.index(place)
    return [text[s:e] for s, e in joined_places(text, [(a, a + len(place))])]


@pytest.mark.parametrize("line, place, city", [
    ("Her sons live in Cleveland and Liberal respectively.", "Cleveland", "Liberal"),
    ("SISTERS LIVE IN TOLEDO AND WASHINGTON.", "TOLEDO", "WASHINGTON"),
    ("grew up in akron, orange and salem", "akron", "orange"),
    ("Summers in Duluth or Independence with her daughter.", "Duluth", "Independence"),
    ("Family in Dayton, Normal and Bloomington.", "Dayton", "Normal"),
])
def test_city_joined_to_a_place(line: str, place: str, city: str) -> None:
    assert city in _joined(line, place)


@pytest.mark.parametrize("line, place", [
    ("Lives in Boston and Jackson-Pratt drain was removed.", "Boston"),  # the word goes on: an eponym
    ("Lives in Boston and Normal saline was given.", "Boston"),  # no end of the item after the word
    ("Lives in Boston and will return in May.", "Boston"),  # no city
    ("Lives in Boston and orange juice is tolerated.", "Boston"),  # small letters on a cased line
    ("Lives in Boston. Temp: 98.6", "Boston"),  # no joining word
])
def test_city_joined_refused(line: str, place: str) -> None:
    assert _joined(line, place) == []


def test_engine_redacts_a_joined_city(engine) -> None:
    text = in_note("Previously lived in Cleveland and Liberal.")
    assert "Liberal" in found_texts(engine, text)
    text = in_note("Lives in Boston and Normal saline was given.")
    assert not any("Normal" in f for f in found_texts(engine, text))


# --- a county's own name before "County", "Parish", "Co." -------------------------------------------------------

def _counties(line: str) -> list[str]:
    rec = address.address_recognizer()
    text = in_note(line)
    return [text[r.start:r.end] for r in rec.analyze(text, []) if "co" in text[r.start:r.end].lower()
            or "parish" in text[r.start:r.end].lower()]


@pytest.mark.parametrize("line, county", [
    ("Referred by the Temple County Health Department after exposure.", "Temple County"),
    ("Brought in by Prairie Parish Sheriff deputies.", "Prairie Parish"),
    ("FARM IS IN RURAL HOLT CO., NE, NEAR THE RIVER.", "HOLT CO."),
    ("farm is in rural keller co., tx near the river", "keller co."),
])
def test_county_name(line: str, county: str) -> None:
    assert county in _counties(line)


@pytest.mark.parametrize("line", [
    "Each County offers a health department.",  # a sentence's first word, no census name or city
    "Pt lives in the same county as her daughter.",
    "Worked for Smith Co., in 2010 then retired.",  # "Co." before no state: a company
    "Merck & Co. supplies the study drug.",
    "Referred by the County Health Department.",
])
def test_county_name_refused(line: str) -> None:
    assert not any(w in " ".join(_counties(line)) for w in ("Each", "same", "Smith", "Merck", "the County Health"))
