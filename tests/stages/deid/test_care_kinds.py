"""Kinds of care and hospital areas have one source (`protect.areas`): protection and the location rules read the
same vocabulary. Lines written for the test, not taken from any dev note."""

from __future__ import annotations

from cancerprep.stages.deid import protect
from cancerprep.stages.deid.recognizers import locations


def test_location_rules_read_the_protect_vocabulary() -> None:
    assert locations._CARE_KINDS == protect.areas() - {"general", "medical"}
    assert {"oncology", "recovery", "cancer", "infusion", "icu"} <= locations._CARE_KINDS
    assert "general" in protect.areas()  # "General Hospital" is a name to the location rules, an area to protection


def test_an_area_after_a_place_cue_stays_and_a_named_hospital_does_not() -> None:
    text = "She was taken to Recovery. Then admitted to Sinai Hospital."
    assert protect.is_protected(text, text.index("Recovery"), text.index("Recovery") + 8, "LOCATION")
    start = text.index("Sinai")
    assert not protect.is_protected(text, start, start + len("Sinai Hospital"), "LOCATION")


def test_department_of_care_kinds_is_no_institution() -> None:
    rec = locations.LocationRecognizer()
    text = "She is followed at the Cancer Center and was seen at Quarry Hospital."
    found = {text[r.start:r.end] for r in rec.analyze(text, ["LOCATION"])}
    assert not any("Cancer" in f for f in found)
    assert any("Quarry" in f for f in found)
