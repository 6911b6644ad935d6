"""Places and people of emergency and EMS notes, by class (issue 13, deidfix38): road furniture that locates an
incident (mile markers, exits, a numbered road with its heading, cross-street fields, two streets at a crossing, a
street being crossed, a street before an underpass), a ZIP after "zip=" or straight after a street address, "who is
97", badge numbers, outside responders named after their role and the members of a crew field. The sentences are our
own; each class has look-alikes it must leave alone (unit call signs, dispatch codes, GCS/ESI scores, beds)."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import scene
from cancerprep.stages.deid.recognizers.registry import build_recognizers
from tests.stages.deid.spans import recognizer_texts


@pytest.fixture(scope="module")
def recs() -> dict[str, object]:
    return {r.name: r for r in scene.scene_recognizers()}


def _texts(recs: dict[str, object], name: str, line: str) -> set[str]:
    return recognizer_texts(recs[name], line)


@pytest.mark.parametrize(("line", "place"), [
    ("Scene: rollover on I-287 WB near mile marker 41.", "mile marker 41"),
    ("Scene: rollover on I-287 WB near mile marker 41.", "I-287 WB"),
    ("Vehicle found at milepost 118 facing south.", "milepost 118"),
    ("Route 30 eastbound closed after the crash.", "Route 30 eastbound"),
    ("Pedestrian struck at Exit 7 off Route 22.", "Exit 7 off Route 22"),
    ("Cross streets: Hollister / Danforth", "Cross streets: Hollister / Danforth"),
    ("X-STREETS KENMORE AND ALDEN", "X-STREETS KENMORE AND ALDEN"),
    ("Two-car MVC at Larchmont Ave and Sutter Rd with airbag deployment.", "Larchmont Ave and Sutter Rd"),
    ("cad: bicyclist down near tolliver way / ashgrove dr", "tolliver way / ashgrove dr"),
    ("Fell while crossing Pemberton Blvd against the light.", "Pemberton Blvd"),
    ("DISPATCH: 300 BLK FENWICK LN CROSS HADLEY ST", "HADLEY ST"),
    ("Found sleeping under Corliss Ave bridge by outreach.", "Corliss Ave"),
])
def test_scene_places_are_found(recs: dict[str, object], line: str, place: str) -> None:
    assert place in _texts(recs, "ScenePlacesRecognizer", line)


@pytest.mark.parametrize(("line", "zip_code"), [
    ("Mailing zip= 40517", "40517"),
    ("Last known address 412 Wendover Ct 27606", "27606"),
])
def test_zip_after_a_label_sign_or_a_street(recs: dict[str, object], line: str, zip_code: str) -> None:
    assert zip_code in _texts(recs, "ScenePlacesRecognizer", line)


@pytest.mark.parametrize("line", [
    "Medic 12 on scene, Engine 4 staged; Code 3 transport, 10-50 on arrival.",
    "GCS 15, ESI 2, placed in bed 4 then moved to bay 11.",
    "Patient crossing midline on exam; cross-cover notified.",
    "Crossed the street to the pharmacy.",
    "Exit 3 is by the elevators; walks one mile daily.",
    "Took 400 mg daily 50000 units weekly.",
    "zip code pending",
    "Pain at rest and on exertion, worse near bedtime.",
    "Cross streets unknown per caller.",
    "Near the front drive entrance.",
])
def test_scene_place_look_alikes_stay(recs: dict[str, object], line: str) -> None:
    assert not _texts(recs, "ScenePlacesRecognizer", line)


def test_age_after_who_is_and_its_look_alikes(recs: dict[str, object]) -> None:
    assert "93" in _texts(recs, "SceneAgeRecognizer", "Her aunt, who is 93, lives alone.")
    assert "101" in _texts(recs, "SceneAgeRecognizer", "Grandfather who turned 101 and still drives.")
    assert not _texts(recs, "SceneAgeRecognizer", "Saturation who is 95% on room air.")
    assert not _texts(recs, "SceneAgeRecognizer", "The patient, who is 74, was alert.")


def test_badge_numbers_and_look_alikes(recs: dict[str, object]) -> None:
    assert "4471" in _texts(recs, "SceneBadgeRecognizer", "Deputy Ross, badge no. 4471, took the statement.")
    assert "86" in _texts(recs, "SceneBadgeRecognizer", "Officer badge #86")
    assert not _texts(recs, "SceneBadgeRecognizer", "Badge access to the unit was restored.")
    assert not _texts(recs, "SceneBadgeRecognizer", "ID badge 2 of 3 issued at 14:30.")


@pytest.mark.parametrize(("line", "name"), [
    ("Trooper Okonkwo asked for the blood alcohol result.", "Okonkwo"),
    ("FF Brandt helped with the backboard.", "Brandt"),
    ("ff quesnel cut the seatbelt.", "quesnel"),
    ("ON SCENE: SGT. TEODORO VASSILAKIS WITH TWO UNITS.", "TEODORO VASSILAKIS"),
    ("Sexual assault advocate, Ngozi, stayed with the patient.", "Ngozi"),
    ("Reviewed with county APS investigator Lin Haldorsen.", "Lin Haldorsen"),
    ("Crew: P Ferrante / E Mbatha", "Ferrante"),
    ("Crew: P Ferrante / E Mbatha", "Mbatha"),
])
def test_responders_named_after_their_role(recs: dict[str, object], line: str, name: str) -> None:
    assert name in _texts(recs, "ScenePeopleRecognizer", line)


@pytest.mark.parametrize("line", [
    "Officer on scene; Deputy states pt was combative; Trooper will return.",
    "Advocate for the patient present. FF: none. Medic 12 cleared.",
    "Paramedic Supervisor notified. EMT Basic crew.",
    "Social worker will call the family. Investigator aware.",
    "Crew: 2 / 3",
])
def test_responder_look_alikes_stay(recs: dict[str, object], line: str) -> None:
    assert not _texts(recs, "ScenePeopleRecognizer", line)


def test_the_scene_recognizers_are_registered() -> None:
    names = {r.name for r in build_recognizers()}
    assert {"ScenePlacesRecognizer", "ScenePeopleRecognizer", "SceneAgeRecognizer", "SceneBadgeRecognizer"} <= names
