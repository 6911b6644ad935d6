"""Organisation and place names by class of writing (issue 13, deidfix8): names made of everyday words in the shape of
a place compound or a religious dedication, an owner's possessive before a business's word, heads of workplaces,
custody, schools and residences, kind-of-place fields ("Group home:", "Pharmacy:") and a hospital's name before its
emergency ward or "General" where no capital tells. The sentences are our own, not the probe's; each class has
clinical text it must leave alone."""

from __future__ import annotations

import pytest

from tests.stages.deid.spans import found_texts, location_texts, organisation_texts

# --- shaped names: place compounds, dedications, owners' possessives ----------------------------------------------

@pytest.mark.parametrize("text, org", [
    ("Flow cytometry sent to Pine Bluff Labs.", "Pine Bluff Labs"),
    ("Employer: Cedar Hollow Logistics (night shift)", "Cedar Hollow Logistics"),
    ("employer: cedar hollow logistics (night shift)", "cedar hollow logistics"),
    ("Seen at Maple Glen Urgent Care last week.", "Maple Glen Urgent Care"),
    ("@ Oak Meadows Baptist x2 days", "Oak Meadows Baptist"),
    ("Home care through Holy Family Home Care was arranged.", "Holy Family Home Care"),
    ("scripts sent to holy cross pharmacy today", "holy cross pharmacy"),
    ("NEUROLOGY: HOLY REDEEMER NEUROSCIENCE ASSOCIATES", "HOLY REDEEMER NEUROSCIENCE ASSOCIATES"),
    ("Outside MRI from Good Samaritan Imaging reviewed.", "Good Samaritan Imaging"),
    ("PHARMACY: FOSTER'S PHARMACY ON ELM", "FOSTER'S PHARMACY"),
    ("Cashier at Rivera's Market for years.", "Rivera's Market"),
])
def test_shaped_names(text: str, org: str) -> None:
    assert org in organisation_texts(text)


@pytest.mark.parametrize("text", [
    "Referred to Hematology Oncology; seen in the Infusion Center; follow up with Wound Care.",
    "Lives near the blue ridge mountains; hiked the pine bluff trail.",  # no organisation word
    "He has good family support and good home care.",  # "good" goes only with a dedication's noun
    "Discussed with Physical Therapy and Social Work at the Cancer Center.",
    "Follow up at the Alzheimer's Care program.",  # a possessive names a business only before a trade's word
    "Mother's pharmacy is nearby. Patient's pharmacy: on file. Today's labs pending.",
    "Heart Valley Clinic notes",  # no cue word before the name: a place compound needs one
])
def test_shaped_names_refused(text: str) -> None:
    assert not any(s in text for s in organisation_texts(text) if any(w in s.lower() for w in (
        "blue ridge", "pine bluff", "good family", "good home", "physical", "cancer center", "parkinson",
        "alzheimer", "mother", "patient", "today", "heart valley", "hematology", "infusion", "wound")))


# --- heads of workplaces, custody, schools, lodging and residences -------------------------------------------------

@pytest.mark.parametrize("text, org", [
    ("employed by novak construction as a roofer", "novak construction"),
    ("released from okafor county jail yesterday", "okafor county jail"),
    ("drops him off at kessler preschool", "kessler preschool"),
    ("he is a resident of novak haven, a nursing facility.", "novak haven"),
    ("RESIDES AT OKAFOR VILLA SINCE MAY.", "OKAFOR VILLA"),
    ("lives at brannigan towers, apartment 4", "brannigan towers"),
    ("glasses from novak optical", "novak optical"),
])
def test_trade_and_residence_heads(text: str, org: str) -> None:
    assert org in organisation_texts(text)


@pytest.mark.parametrize("text", [
    "He went to college and works in construction; was in jail, now out of prison.",
    "Daughter attends daycare; son goes to the library and the grocery.",
    "Returned to patient's residence. Found a safe haven at home. Visited the botanical gardens.",
    "Sent home to her own residence; place of residence: home.",
])
def test_trade_and_residence_heads_refused(text: str) -> None:
    assert organisation_texts(text) == []


# --- kind-of-place fields ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Group home: Larkspur House (staff 24/7)", "Larkspur House"),
    ("GROUP HOME: LARKSPUR HOUSE (STAFF 24/7)", "LARKSPUR HOUSE"),
    ("Dialysis: Okafor Dialysis MWF, chair 6", "Okafor Dialysis MWF"),
    ("School: Lindell Elementary", "Lindell Elementary"),
])
def test_kind_fields(addr, text: str, value: str) -> None:
    assert value in location_texts(addr, text)


@pytest.mark.parametrize("text", [
    "Dialysis: MWF at outside unit",
    "Pharmacy: CVS on file",
    "School: 3rd grade, doing well",
    "Group home: Halfway House",
    "Pharmacy: Outpatient Pharmacy - call in",
    "Dialysis: home HD nightly",
])
def test_kind_fields_refused(addr, text: str) -> None:
    value = text.split(":", 1)[1]
    assert not any(f in value for f in location_texts(addr, text))


# --- a hospital's name before its emergency ward or "General", without case ----------------------------------------

@pytest.mark.parametrize("text, name", [
    ("transferred from fair oaks ed for a higher level of care", "fair oaks ed"),
    ("SEEN AT THE PINE BLUFF ER LAST WEEK", "PINE BLUFF ER"),
    ("records from kessler general reviewed", "kessler general"),
])
def test_caseless_ward_names(addr, text: str, name: str) -> None:
    assert name in location_texts(addr, text)


@pytest.mark.parametrize("text", [
    "sent home from the ed yesterday",
    "from main ed to the floor",
    "seen in our ed last night",
    "at adult ed x2",
    "in general the pt is well",
    "TRANSFERRED FROM OUTSIDE ER FOR CT",
    "went to triage er for pain",
])
def test_caseless_ward_names_refused(addr, text: str) -> None:
    assert location_texts(addr, text) == []


# --- hospital abbreviations: quoted in small letters without case; in capitals before the ward they name -----------

def test_quoted_abbreviation_without_case(addr) -> None:
    assert "bvmc" in location_texts(addr, 'transferred from "bvmc" after tpa was given.')


@pytest.mark.parametrize("text", [
    'Transferred from "bvmc" after tPA.',  # small letters in a line with case are no abbreviation
    'records from "npo" status',  # a clinical abbreviation
    'sent to "lab" for records',  # a word
])
def test_quoted_abbreviation_refused(addr, text: str) -> None:
    assert location_texts(addr, text) == []


def test_capital_abbreviation_before_its_ward(loc) -> None:
    assert "BEH" in location_texts(loc, "pt was seen @ BEH er last night and sent home")


@pytest.mark.parametrize("text", [
    "seen at the ED last night",
    "went to SAH er",  # a clinical abbreviation (subarachnoid haemorrhage) stays one
    "sent to OH er",
])
def test_capital_abbreviation_before_ward_refused(loc, text: str) -> None:
    assert location_texts(loc, text) == []


# --- a form's field label is not the organisation it asks for ----------------------------------------------------

@pytest.mark.parametrize("text, label", [
    ("Accepting hospital: Mercy General Hospital", "Accepting hospital"),
    ("receiving hospital: st luke's", "receiving hospital"),
    ("ACCEPTING HOSPITAL: MERCY GENERAL", "ACCEPTING HOSPITAL"),
    ("Admitting clinic : Dr. Rowe", "Admitting clinic"),
])
def test_role_participle_field_label_is_kept(loc, text, label) -> None:
    assert not any(label in f or f in label for f in location_texts(loc, text))


@pytest.mark.parametrize("text, org", [
    ("Transferred from Flushing Hospital overnight.", "Flushing Hospital"),
    ("Mercy Hospital: 555-0100", "Mercy Hospital"),
])
def test_names_before_a_head_still_found(loc, text, org) -> None:
    assert org in location_texts(loc, text)


# --- kinds of care are no places (issue 13, item 4): whom/how care is for, a disease's eponym, levels of care ------

@pytest.fixture(scope="module")
def deid():
    from cancerprep.stages.deid.engine import DeidConfig, Deidentifier

    return Deidentifier(DeidConfig())


@pytest.mark.parametrize("text", [
    # whom care is for, and the organ or complaint it treats
    "The patient was transferred to the young adult clinic yesterday.",
    "She was seen in the heart burn center last week.",
    "Follow up at the adolescent clinic in May.",
    "Referred to the memory clinic for testing.",
    "Seen at the sleep center for her apnea.",
    # how or where care is given; a kind's capital before a lower-case care head
    "Went to the walk-in clinic yesterday.",
    "He was brought to the Main emergency room by ambulance.",
    "He was brought to the Urgent emergency room by ambulance.",
    "He was taken to the Satellite emergency room.",
    "Refills sent via Mail Order Pharmacy.",
    "Pharmacy: Mail Order Pharmacy",  # a kind-of-place field's value that is itself a kind
    # a disease named after a person: a specialty, no owner
    "Follow up at Parkinson's Clinic in two weeks.",
    "Referred to the Crohn's Center for evaluation.",
    "Seen at Alzheimer's Clinic.",
    "SENT TO PARKINSON'S CLINIC.",
    # a rite one goes to is no place
    "She went to Holy Communion at church.",
    "He went to Sunday Worship with his wife.",
    # levels of care are kinds of place
    "Patient transferred to ltach for rehab.",
    "Transferred to SNF for rehab.",
    "discharged to alf today",
    "Patient going to IRF on Monday.",
])
def test_kinds_of_care_are_not_places(deid, text: str) -> None:
    assert found_texts(deid, text) == []


@pytest.mark.parametrize("text, org", [
    ("Follow up at Young Memorial Clinic.", "Young Memorial Clinic"),
    ("Seen at Mercy Heart Center.", "Mercy Heart Center"),
    ("Admitted to Holy Cross Hospital.", "Holy Cross Hospital"),
    ("Seen at Parkland Memory Clinic.", "Parkland Memory Clinic"),
    ("Seen at Young Clinic.", "Young Clinic"),
    ("Pharmacy: Young Pharmacy", "Young Pharmacy"),
    ("Group home: Maple House", "Maple House"),  # a lone census name before the head stays a name
    ("Seen at Wilson's Pharmacy.", "Wilson's Pharmacy"),  # a frequent surname's possessive stays an owner's
])
def test_names_beside_kinds_of_care_still_found(deid, text: str, org: str) -> None:
    assert org in found_texts(deid, text)


def test_name_before_lower_case_ward_still_found(loc) -> None:
    text = "Seen at Mercy emergency room."
    assert "Mercy" in location_texts(loc, text)


def test_disease_eponyms_from_icd10cm() -> None:
    from cancerprep.stages.deid import safelist as sl

    assert sl.eponym_possessive("Parkinson's") and sl.eponym_possessive("CROHN'S")
    assert not sl.eponym_possessive("Wilson's") and not sl.eponym_possessive("Parkinson")
