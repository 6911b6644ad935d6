"""Clinical-text protection: labels, departments/specialties, lab/method abbreviations and
pathology/staging terms survive de-identification; a real name beside them is still replaced."""

import pytest
from presidio_analyzer import RecognizerResult

from cancerprep.stages.deid import protect
from tests.stages.deid.spans import tagged


def _result(text: str, word: str, etype: str, recognizer: str) -> RecognizerResult:
    start = text.index(word)
    return RecognizerResult(etype, start, start + len(word), 0.9,
                            recognition_metadata={"recognizer_name": recognizer})


@pytest.mark.parametrize(("text", "kept", "name"), [
    # section labels
    ("DOB: 03/04/1950   MRN: 5551234\nCC: fatigue\nHPI: seen with wife Mary Kowalczyk.",
     ["DOB:", "MRN:", "CC:", "HPI:"], "Kowalczyk"),
    # departments and specialties, note-title heads
    ("UROLOGY CLINIC NOTE\nPatient seen with wife Mary Kowalczyk.", ["UROLOGY CLINIC NOTE"], "Kowalczyk"),
    # lab and method abbreviations
    ("ER/PR by IHC and HER2 by FISH were reviewed with Dr. Bartholomew Achebe.", ["by IHC", "HER2 by FISH"],
     "Achebe"),
    # pathology and staging terms
    ("Diffuse large B-cell lymphoma, germinal center type, stage IIA, reviewed with Dr. Hattie Quintero.",
     ["germinal center type", "stage IIA"], "Quintero"),
])
def test_class_survives_and_name_replaced(text, kept, name):
    out = tagged(text)
    for term in kept:
        assert term in out
    assert name not in out and "[NAME]" in out


@pytest.mark.parametrize(("text", "word"), [
    ("DOB: 1/2/1950", "DOB"), ("CC: pain", "CC"), ("Past Medical History: none", "Past Medical History"),
    ("HEMATOLOGY/ONCOLOGY CONSULTATION", "HEMATOLOGY/ONCOLOGY CONSULTATION"),
    ("Radiation Oncology", "Radiation Oncology"), ("confirmed by IHC", "IHC"), ("NGS panel", "NGS"),
    ("PCR negative", "PCR"), ("Ki-67 20%", "Ki-67"), ("CD20+", "CD20"),
    ("germinal center type", "germinal center"), ("ypT2N1a", "ypT2N1a"), ("adenocarcinoma", "adenocarcinoma"),
])
def test_each_class_is_protected(text, word):
    start = text.index(word)
    assert protect.is_protected(text, start, start + len(word))


@pytest.mark.parametrize(("text", "word"), [
    ("seen by Dr. Fish today", "Fish"),            # a method word after a title is a person
    ("wife Mary Kowalczyk", "Mary Kowalczyk"),
    ("moved from Hope, Arkansas", "Hope"),          # a place that is a word
    ("Pt Gleason called", "Gleason"),               # eponyms are protected only in staging context (safelist)
    ("Smith lymphoma", "Smith"),
])
def test_people_and_places_not_protected(text, word):
    start = text.index(word)
    assert not protect.is_protected(text, start, start + len(word))


def test_filter_only_touches_context_recognizers():
    text = "Seen by IHC team; DOB: 1/2/1950"
    results = [_result(text, "IHC", "NAME", "ClinicalNameRecognizer"),
               _result(text, "IHC", "LOCATION", "ClinicalLocationRecognizer"),
               _result(text, "IHC", "NAME", "IdentityRecognizer"),          # identity matches: never dropped
               _result(text, "DOB", "ID", "IdRecognizer"),                  # pattern recognizers: never dropped
               _result(text, "DOB", "DATE", "ClinicalNameRecognizer")]       # only NAME/LOCATION/PROFESSION
    kept = protect.drop_protected(text, results)
    assert [(r.recognition_metadata["recognizer_name"], r.entity_type) for r in kept] == [
        ("IdentityRecognizer", "NAME"), ("IdRecognizer", "ID"), ("ClinicalNameRecognizer", "DATE")]


@pytest.mark.parametrize(("text", "word"), [
    ("Transcribed by: fh\n", "fh"),
    ("Case manager: Ki\n", "Ki"),
])
def test_signature_and_role_labels_are_person_cues(text, word):
    """Initials or a short name after a dictation or role label is a person even when the letters are
    also a protected abbreviation (FH, family history)."""
    start = text.index(word)
    assert not protect.is_protected(text, start, start + len(word))


def test_by_alone_is_no_person_cue():
    text = "ER positive, confirmed by IHC."
    start = text.index("IHC")
    assert protect.is_protected(text, start, start + 3)


@pytest.mark.parametrize("text", [
    "CONSULT NOTE\n\nREFERRING PHYSICIAN: DR. ALEXANDER ELMSTEAD\nREASON FOR CONSULTATION: BREAST MASS.",
    "Referring physician: Dr. Lange\nReason for Consultation: breast mass.",
    "REFERRING PHYSICIAN: DR. LANGE\nONCOLOGY\nSeen today.",
])
def test_names_stop_at_the_next_lines_heading(text):
    """A name at the end of a line never runs on into the next line's section heading (the heading word
    "REASON" was replaced with a surname in ALL-CAPS notes); the name itself is still replaced."""
    out = tagged(text)
    assert "ELMSTEAD" not in out and "Lange" not in out and "LANGE" not in out
    assert ("REASON FOR CONSULTATION:" in out or "Reason for Consultation:" in out
            or "\nONCOLOGY\n" in out)


def test_heading_cut_ends_a_span_at_its_own_line():
    text = "Physician: Dr. Lange\nREASON FOR VISIT: pain"
    start = text.index("Lange")
    assert protect.heading_cut(text, start, text.index("FOR")) == start + len("Lange")
    # a line break inside a name that is not followed by a heading is left alone
    text2 = "seen with John\nSmith, who is his son"
    start2 = text2.index("John")
    end2 = text2.index(",")
    assert protect.heading_cut(text2, start2, end2) == end2


def test_a_span_cut_at_a_heading_keeps_its_recognizer():
    text = "REFERRING PHYSICIAN: DR. LANGE\nREASON FOR CONSULTATION: mass"
    r = RecognizerResult("NAME", text.index("LANGE"), text.index(" FOR"), 0.85,
                         recognition_metadata={"recognizer_name": "ClinicalNameRecognizer"})
    [kept] = protect.drop_protected(text, [r])
    assert text[kept.start:kept.end] == "LANGE"
    assert kept.recognition_metadata["recognizer_name"] == "ClinicalNameRecognizer"


@pytest.mark.parametrize(("text", "word"), [
    ("was transferred to Recovery in stable condition", "Recovery"),
    ("brought to the Operating Suite", "Operating Suite"),
    ("admitted to the Transitional Care Unit", "Transitional Care Unit"),
    ("the specimen was sent to Pathology", "Pathology"),
    ("taken to the Cardiac Catheterization Suite", "Cardiac Catheterization Suite"),
])
def test_hospital_areas_after_a_place_cue_are_protected(text, word):
    """A place cue ("to", "at") makes a LOCATION span a place, unless every word of it is department or
    hospital-area vocabulary: "taken to Recovery" names no place."""
    start = text.index(word)
    assert protect.is_protected(text, start, start + len(word), "LOCATION")


@pytest.mark.parametrize(("text", "word"), [
    ("admitted to Sinai Pathology", "Sinai Pathology"),
    ("transferred to Mercy Recovery Center", "Mercy Recovery Center"),
])
def test_a_named_place_after_a_place_cue_is_not_protected(text, word):
    start = text.index(word)
    assert not protect.is_protected(text, start, start + len(word), "LOCATION")
