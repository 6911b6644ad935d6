"""deidprec11 (issue 13): the place recogniser's "<word> <number>" and "the word after to/from/at" rules read a value
and a kind of unit as what they are: a drug or lab test before its number, a value under a finding heading, an
index's name run on into its digits, a hyphenated kind of unit; each rule's name says which reason let a capitalised
word after "to/from/at" through. Every example is invented (the drug and lab words are from the shipped lists)."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import locations
from cancerprep.stages.deid.recognizers.locations import LocationRecognizer

CASED = "Pt stable overnight, afebrile.\n"


def _rules(loc: LocationRecognizer, text: str) -> dict[str, str]:
    """Each span's text -> its rule, from the recogniser alone."""
    return {text[r.start:r.end]: r.recognition_metadata["rule"] for r in loc.analyze(text, ["LOCATION"])}


@pytest.mark.parametrize("text", [
    CASED + "plan: Phenylephrine 2 this am.\n",          # a drug of the lists and its dose
    CASED + "PLAN: MEROPENEM 6 THIS AM.\n",
    CASED + "labs: MONOSPOT 8 pending\n",                 # a lab test and its result
    CASED + "neuro: Quarrington 5.\n",                    # a value under a finding heading
    CASED + "cv: Blorvane 4, titrating.\n",
    CASED + "score to CHADVASC2 today.\n",               # an index's name in capitals run on into its digits
    CASED + "BP dropped to Quarrington 80's.\n",          # a decade of values
    CASED + "weaned to Quarrington 6 L NC.\n",            # litres
])
def test_a_value_before_its_number_is_no_ward(loc: LocationRecognizer, text: str) -> None:
    assert "place_number" not in _rules(loc, text).values()


@pytest.mark.parametrize(("text", "ward"), [
    (CASED + "plan: QUARTERMAIN 2 this am, pain control.\n", "QUARTERMAIN 2"),   # a ward under "plan:"
    ("PT STABLE.\nPLAN: TO QUARRINGTON 4 TODAY.\n", "QUARRINGTON 4"),
    (CASED + "dispo: Quarrington 5 when bed available.\n", "Quarrington 5"),
])
def test_a_ward_and_its_number_still_found(loc: LocationRecognizer, text: str, ward: str) -> None:
    assert _rules(loc, text).get(ward) == "place_number"


@pytest.mark.parametrize(("text", "word"), [
    (CASED + "transferred to the med-surg floor at noon.\n", "med-surg"),   # a hyphenated kind of unit
    ("TRANSFERRED TO THE MED-SURG FLOOR AT NOON.\n", "MED-SURG"),
    (CASED + "pt came from the neuro-onc unit.\n", "neuro-onc"),
    (CASED + "Pt came from the labor-onc floor.\n", "labor-onc"),  # "labor" a census name, a kind of care here
    (CASED + "Went to the blorvane lab for a line.\n", "blorvane"),  # small letters before a unit noun, cased line
    ("PT STABLE.\nCHANGED TO PEMBROLIZUMAB 1 PRN.\n", "PEMBROLIZUMAB"),  # a drug and its dose after "to"
])
def test_a_kind_of_unit_or_a_drug_after_to_is_no_place(loc: LocationRecognizer, text: str, word: str) -> None:
    start = text.index(word)
    assert not [r for r in loc.analyze(text, ["LOCATION"]) if r.start < start + len(word) and start < r.end]


@pytest.mark.parametrize(("text", "place"), [
    ("PT WAS TRANSFERRED TO QUARRINGTON TODAY.\n", "QUARRINGTON"),      # an unknown name without case
    (CASED + "transferred to the Quarrington floor at noon.\n", "Quarrington"),  # a capital: a name
    (CASED + "lives in blorvington with wife.\n".upper(), "BLORVINGTON"),
])
def test_an_unknown_name_after_to_still_a_place(loc: LocationRecognizer, text: str, place: str) -> None:
    assert _rules(loc, text).get(place, "").startswith("place_after")


@pytest.mark.parametrize(("text", "place"), [
    (CASED + "Transferred to Winston-Salem yesterday.\n", "Winston-Salem"),   # parts that are census names
    ("PT TRANSFERRED TO WINSTON-SALEM YESTERDAY.\n", "WINSTON-SALEM"),
    (CASED + "Transferred to Sedro-Woolley yesterday.\n", "Sedro-Woolley"),
])
def test_a_hyphenated_place_name_is_no_kind_of_unit(loc: LocationRecognizer, text: str, place: str) -> None:
    assert place in _rules(loc, text)


@pytest.mark.parametrize(("text", "rule"), [
    (CASED + "Pt was transferred to Quarrington today.\n", "place_after_capital_verb"),
    (CASED + "Her sister in Quarrington Falls called.\n", None),  # "in": not a to/from/at preposition of this rule
    (CASED + "Records came from Quarrington today.\n", "place_after_capital_verb"),
    (CASED + "Pt seen at Quarrington Valley this am.\n", "place_after_capital_pair"),
    (CASED + "Note faxed from Quarrington today.\n", "place_after_capital_from_at"),
    (CASED + "Family is headed to Quarrington soon.\n", "place_after_capital_rare"),
])
def test_capital_after_to_names_its_reason(loc: LocationRecognizer, text: str, rule: str | None) -> None:
    rules = {r for r in _rules(loc, text).values() if r.startswith("place_after_capital")}
    assert rules == ({rule} if rule else set())


def test_clinical_value_word_leaves_census_names_and_places() -> None:
    assert locations.clinical_value_word("phenylephrine") and locations.clinical_value_word("monospot")
    assert not locations.clinical_value_word("towson") and not locations.clinical_value_word("quarrington")


@pytest.mark.parametrize(("text", "saint"), [
    (CASED + "Cardioverted for ST. Blorvane improving today.\n", None),       # the ST segment, a line with case
    (CASED + "Noted ST. Quarrington changes on the monitor.\n", None),
    (CASED + "Transferred to ST. Blorvane for rehab.\n", "ST. Blorvane"),     # after a place preposition
    (CASED + "Transferred to St. Blorvane for rehab.\n", "St. Blorvane"),     # a saint's title with one capital
    ("ST. BLORVANE'S ADMISSION NOTE\n", "ST. BLORVANE'S"),                    # a heading in capitals
])
def test_st_in_capitals_on_a_cased_line_is_the_segment(loc: LocationRecognizer, text: str, saint: str | None) -> None:
    found = {k for k, v in _rules(loc, text).items() if v == "saint"}
    assert found == ({saint} if saint else set())
