"""Organisations, places and streets as other hospitals' notes write them, by class (issue 13, deidfix16): a hospital's
name before the shortened words of its name ("Med. Ctr.", "SNF", "Skilled Nursing") or before the unit a
transfer is arranged with ("ICU", "transfer center", "EMS"), a hospital field whose value is a bare stem, "Post Office
Box", the time after a caseless "<name> General", a caseless street with a clinical-reading suffix after its house
number; and the tidy of the possessive helpers (a typographic apostrophe reads as a straight one). The sentences are
our own, not the probe's; each class has clinical text it must leave alone."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers import address
from cancerprep.stages.deid.recognizers.base import LOCATION
from tests.stages.deid.spans import location_texts


def _covered(rec, text: str, name: str) -> bool:
    a = text.index(name)
    b = a + len(name)
    return any(r.start <= a and b <= r.end for r in rec.analyze(text, [LOCATION]))


def _touched(rec, text: str, words: tuple[str, ...]) -> bool:
    return any(any(w in text[r.start:r.end].lower() for w in words) for r in rec.analyze(text, [LOCATION]))


# --- shortened words of a hospital's name ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Discharged from Summit Med. Ctr. on Tuesday.", "Summit Med. Ctr"),
    ("discharged from summit med. ctr. on tuesday.", "summit med. ctr"),
    ("DISCHARGED FROM HARMONY MED CTR ON TUESDAY.", "HARMONY MED CTR"),
    ("labs from union reg med ctr.", "union reg med ctr"),
    ("transfer to harmony mem hosp.", "harmony mem hosp"),
])
def test_abbreviated_facility_words(loc, text: str, name: str) -> None:
    assert _covered(loc, text, name)


@pytest.mark.parametrize("text", [
    "seen by med onc at the cancer ctr.",
    "gen med ctr follow up",
    "the med ctr; pt to med hosp",
])
def test_abbreviated_facility_words_refused(loc, text: str) -> None:
    assert location_texts(loc, text) == []


@pytest.mark.parametrize("text, org", [
    ("Placement at Summit Skilled Nursing.", "Summit Skilled Nursing"),
    ("placement at harmony skilled nursing.", "harmony skilled nursing"),
    ("Discharge to Baxter SNF.", "Baxter SNF"),
    ("discharge to harmony snf.", "harmony snf"),
    ("DISCHARGE TO UNION ALF.", "UNION ALF"),
    ("Brought in via Summit EMS.", "Summit EMS"),
    ("BROUGHT IN VIA UNION EMS.", "UNION EMS"),
])
def test_short_heads(text: str, org: str) -> None:
    assert org in [text[s:e] for s, e in address.organisation_spans(text)]


@pytest.mark.parametrize("text", [
    "Pt needs skilled nursing at discharge.",
    "Requires Skilled Nursing.",
    "Home with skilled nursing services. Continue Skilled Nursing and PT.",
    "Medicare SNF benefit days remaining: 20.",
    "Discharge to SNF when stable. Qualifies for SNF level of care.",
    "Fracture at the base of the 5th MC. Right MC joint swelling.",
    "Per EMS, found down. Called EMS. County EMS arrived. Fire EMS on scene.",
    "brought in by ems after fall.",
])
def test_short_heads_refused(text: str) -> None:
    assert address.organisation_spans(text) == []


# --- the unit or desk a transfer is arranged with, the emergency ward, "General" -------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Seen in Good Shepherd ER.", "Good Shepherd"),
    ("seen in summit er.", "summit"),
    ("Called Summit ICU for report.", "Summit"),
    ("spoke with union transfer center.", "union"),
    ("SPOKE WITH SUMMIT TRANSFER CENTER.", "SUMMIT"),
    ("records faxed from summit general this am.", "summit general"),
    ("records faxed from sacred heart general this am.", "sacred heart general"),
])
def test_named_wards(addr, text: str, name: str) -> None:
    assert _covered(addr, text, name)


@pytest.mark.parametrize("text", [
    "Called Medical ICU for report. Spoke with the transfer center. Called MICU. Discussed with Surgical ICU.",
    "spoke with the transfer center. called micu. discussed with neuro icu. in adult ed. in main ed.",
    "Pt seen in Pediatric ED. In Main ED. To the Adult ICU. Called Night ICU.",
    "called cardiac icu. called burn icu. seen in triage ed.",
    "Seen in ED. Returned to ED. Pt with ICU delirium. seen in the ed overnight. came in to er this am.",
    "Improved in general this am.",
])
def test_named_wards_refused(addr, text: str) -> None:
    assert location_texts(addr, text) == []


# --- a hospital field's bare value ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Transferring hospital: Summit", "Summit"),
    ("transferring hospital: harmony", "harmony"),
    ("TRANSFERRING HOSPITAL: UNION", "UNION"),
    ("Sending facility: Good Shepherd", "Good Shepherd"),
    ("OSH: Riverbend (records pending)", "Riverbend"),
    ("Receiving facility: Baxter, bed 4", "Baxter"),
])
def test_hospital_fields(addr, text: str, value: str) -> None:
    assert value in location_texts(addr, text)


@pytest.mark.parametrize("text", [
    "Transferring hospital: Same", "Transferring hospital: Unknown", "Sending facility: Pending",
    "Receiving facility: Home", "OSH: none", "Accepting facility: Outside hospital", "Referring hospital: N/A",
    "Receiving facility: ICU", "receiving facility: skilled nursing", "Receiving facility: Inpatient Rehab",
    "referring facility: see above",
])
def test_hospital_fields_refused(addr, text: str) -> None:
    assert location_texts(addr, text) == []


# --- PO boxes and streets -------------------------------------------------------------------------------------------

def test_post_office_box_spelled_out(addr) -> None:
    assert "Post Office Box 318" in location_texts(addr, "Mail to: Post Office Box 318, then the clinic")
    assert "P.O. Box #55" in location_texts(addr, "mailing: P.O. Box #55")


def test_post_office_refused(addr) -> None:
    assert location_texts(addr, "Went to the post office box store; 3 boxes of gauze.") == []


@pytest.mark.parametrize("text, street", [
    ("lives at 40 heron crossing with his wife.", "40 heron crossing"),
    ("home: 77 mill run, near the school", "77 mill run"),
])
def test_caseless_street_after_house_number(addr, text: str, street: str) -> None:
    assert street in location_texts(addr, text)


@pytest.mark.parametrize("text", [
    "did a 5 mile run yesterday.", "12 lead run strip reviewed.", "ran 2 more loops. 3 day loop recorder.",
    "4 chamber view normal.",
])
def test_caseless_street_refused(addr, text: str) -> None:
    assert not _touched(addr, text, ("run", "loop", "view"))


# --- department and specialty names stay ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Seen at the wound care center; follow up in the Cancer Center.",
    "referred to the cancer center for wound care.",
    "Transferred to the floor. Left lower lobe nodule. Started on Xeloda therapy.",
    "Discussed with Radiation Oncology and Medical Oncology.",
])
def test_clinical_text_untouched(addr, loc, text: str) -> None:
    assert location_texts(addr, text) == [] and location_texts(loc, text) == []


# --- the possessive helpers read a typographic apostrophe as a straight one -----------------------------------------

def test_typographic_apostrophe() -> None:
    assert sl.eponym_possessive("Parkinson\u2019s") and sl.eponym_possessive("CROHN'S")
    assert not sl.eponym_possessive("Parkinson")
    assert address._proper_vocab("cecilia\u2019s") == address._proper_vocab("cecilia's") == address._proper_vocab(
        "cecilia")

