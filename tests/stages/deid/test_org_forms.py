"""Organisation names by pattern (`recognizers.address.organisation_spans`): a proper-name head, kind-of-care
modifiers, an organisation word, a legal suffix, or "<organisation word> of <place>". Each convention has a
positive case (the organisation is found) and a negative one (a department, a kind of care or a clinical phrase of
the same shape is not)."""

import pytest

from cancerprep.stages.deid.recognizers.address import address_recognizer, organisation_spans
from tests.stages.deid.spans import tagged

ADDRESS = address_recognizer()


def _orgs(text: str) -> set[str]:
    return {text[a:b] for a, b in organisation_spans(text)}


@pytest.mark.parametrize(("text", "org"), [
    # proper name + kind-of-care words + organisation word, anywhere a name is capitalised
    ("Primary care is through Hogue Medical Group.", "Hogue Medical Group"),
    ("Employed by Glass Health System as a nurse.", "Glass Health System"),
    ("Surgery was performed by Dr. McCurry of Grubman Surgical Associates.", "Grubman Surgical Associates"),
    ("She follows with Aragon OB/GYN Associates annually.", "Aragon OB/GYN Associates"),
    ("Nowak Orthopedic and Sports Medicine", "Nowak Orthopedic and Sports Medicine"),
    ("Wound care by the Chatman Visiting Nurse Association.", "Chatman Visiting Nurse Association"),
    ("Tinsley Ear, Nose & Throat Specialists", "Tinsley Ear, Nose & Throat Specialists"),
    # two-word organisation words whose last word alone is everyday
    ("Resides at Griffith Nursing Home.", "Griffith Nursing Home"),
    ("She lives at Herring Assisted Living.", "Herring Assisted Living"),
    ("Patient is a resident of Washington Skilled Nursing Facility.", "Washington Skilled Nursing Facility"),
    # names joined: "X & Y", "X, Y and Associates", "X and Y Pediatrics"
    ("Burgess, Steury and Associates", "Burgess, Steury and Associates"),
    ("Glass, Stump and Associates", "Glass, Stump and Associates"),  # joined names outweigh clinical readings
    ("Seen by Cline and Sikes Pediatrics for the rash.", "Cline and Sikes Pediatrics"),
    # legal suffixes, also right after the names
    ("Cline & Sikes, P.C.", "Cline & Sikes, P.C."),
    ("cc: Dr. Fay Lu, Ruiz Cardiology, LLC", "Ruiz Cardiology, LLC"),
    ("Smith Neurology, P.A. - Dayton, OH", "Smith Neurology, P.A."),
    # a saint or place prefix
    ("Born at St. Vincent's Medical Center.", "St. Vincent's Medical Center"),
    # "<organisation word> of <place>"
    ("Referral made to Hospice of Springfield.", "Hospice of Springfield"),
    ("Seen in the emergency department at Children's Hospital of Akron.", "Children's Hospital of Akron"),
    ("Evaluated at University of Iowa Medical Center for a second opinion.", "University of Iowa Medical Center"),
    # kind-of-care words ("Dermatology", "Health", "Imaging") after a place cue or at a line start
    ("Records from Causey Dermatology were reviewed.", "Causey Dermatology"),
    ("Outside films from Sycamore Imaging were reviewed.", "Sycamore Imaging"),
    ("Her oncologist is with Statesboro Health.", "Statesboro Health"),
    ("Outside hospital: Mission GH", "Mission GH"),
    ("Labs were drawn at Quest Diagnostics.", "Quest Diagnostics"),
    # a possessive is not part of the name
    ("Dobbs Cardiology's nurse called with the results.", "Dobbs Cardiology"),
    # specialty abbreviations as modifiers
    ("Seen at Queens IM Associates on 4/7/2015.", "Queens IM Associates"),
])
def test_organisation_found(text: str, org: str) -> None:
    assert org in _orgs(text)
    assert org in {text[r.start:r.end] for r in ADDRESS.analyze(text, ["LOCATION"])}


@pytest.mark.parametrize(("text", "org"), [
    # notes without case information: the name is told by the census, the gazetteer or not being English
    ("RESIDES AT GRIFFITH NURSING HOME.", "GRIFFITH NURSING HOME"),
    ("FOLLOWING DISCHARGE HE WENT TO HICKEY REHABILITATION HOSPITAL.", "HICKEY REHABILITATION HOSPITAL"),
    ("services through hurricane home health will resume.", "hurricane home health"),
    ("mri was done at laguna hills open mri on 3/18/2015.", "laguna hills open mri"),
    ("THERAPY WITH MEDRANO COUNSELING ASSOCIATES IS ONGOING.", "MEDRANO COUNSELING ASSOCIATES"),
    # a multi-word US city whose words no census lists
    ("referred by dr. lee at rancho cucamonga family physicians.", "rancho cucamonga family physicians"),
])
def test_organisation_found_without_case(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize("text", [
    # departments, specialties and kinds of care: no proper name
    "Referred to the Cancer Center for evaluation.",
    "Radiation Oncology consult was obtained.",
    "UROLOGY CLINIC NOTE",
    "She is seen in Adult Behavioral Health today.",
    "Follow up in the Wound Care Center.",
    "Discharged to a nursing home.",
    "Plan: Comfort Care.",
    # a clinical word is no name, whatever it stands before
    "Referred to Heart Failure Clinic.",
    "REFERRED TO ANEMIA CLINIC",
    "GIVEN FOLEY CARE, PERI CARE.",
    "WITH PERI CARE Q4H",
    # everyday words: no place cue, or not a name any census or gazetteer knows
    "SUPPORT GROUP INFORMATION GIVEN",
    "The patient desired MammoSite Radiation Therapy; therefore, she was scheduled.",
    "Controlled Oral Word Association, Spelling Test",
    "He has been followed up by the Homeless Clinic.",
    # "and" joins names, not a word and an organisation word
    "AWAKENS AND ORIENTED TO SELF AND HOSPITAL MOST OF TIME.",
    "WILL DISCUSS ADVANCE DIRECTIVES AND HEALTH CARE PROXY",
    # a unit or a scale, not an organisation
    "The patient was taken to the Post Anesthesia Care Unit in stable condition.",
    "He has New York Heart Association class II symptoms.",
    "Sent for further diagnostics; molecular diagnostics pending.",
    # a misspelt or everyday word in a line without case is no name
    "plan- cont supprotive medical care, family updated",
    "SEEN BY HOUSE PHYSICIANS OVERNIGHT",
    "TRANSFERRED TO BURN CENTER",
    # "of" + a word that is no place
    "Department of Dermatology",
    "Center of Excellence for wound healing",
    # a legal-suffix look-alike
    "Fingersticks AC and PC.",
])
def test_organisation_look_alike_not_found(text: str) -> None:
    assert _orgs(text) == set()


@pytest.mark.parametrize(("text", "kept"), [
    ("Follow up in the Cancer Center with Radiation Oncology next week.", ["Cancer Center", "Radiation Oncology"]),
    ("UROLOGY CLINIC NOTE\nFollow up in the Wound Care Center.", ["UROLOGY CLINIC NOTE", "Wound Care Center"]),
    ("Plan: Comfort Care. Peri care given.", ["Comfort Care", "Peri care"]),
])
def test_departments_survive_deidentification(text: str, kept: list[str]) -> None:
    out = tagged(text)
    for term in kept:
        assert term in out


@pytest.mark.parametrize("text", [
    # departments after a place cue, with or without an article: kept by `protect` and the location rules
    "Seen at the Urology Clinic.",
    "Followed at the Sleep Center.",
    "Sent to the Wound Care Center.",
    "Follow up at the Cancer Center in 2 weeks.",
    "He was admitted to the Cardiology Service.",
    "Admitted to Internal Medicine.",
])
def test_department_after_place_cue_survives(text: str) -> None:
    assert tagged(text) == text


@pytest.mark.parametrize(("text", "place"), [
    ("She was admitted to Sinai hospital.", "Sinai"),  # a protected word is still a place after a place cue
    ("Transferred to Memorial Hospital last night.", "Memorial"),
])
def test_institution_after_place_cue_replaced(text: str, place: str) -> None:
    assert place not in tagged(text)


def test_organisation_replaced_in_deidentification() -> None:
    out = tagged("Primary care is through Hogue Medical Group; films from Sycamore Imaging.")
    assert "Hogue" not in out and "Sycamore" not in out
