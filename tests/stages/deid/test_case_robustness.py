"""Notes without case (ALL CAPS or all lower case): where no capital marks a name, the context that survives case
finds it (a title, an initial, a role noun, a "for referring" frame, a person verb after "A and B", an institution's
head word, a city gazetteer), and the clinical text in the same positions stays. Each line is read inside a note
written wholly in that case."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.backstop import person_context
from tests.stages.deid.spans import found_texts

HEAD = "HISTORY: THE PATIENT IS A 64 YEAR OLD WOMAN SEEN IN CLINIC TODAY FOR FOLLOW UP OF HEART FAILURE.\n"
TAIL = "\nPLAN: CONTINUE CURRENT THERAPY. FOLLOW UP IN 3 MONTHS WITH LABS.\n"
CASES = [str.upper, str.lower]


def _found(engine, line: str, case) -> str:
    """What the engine replaces on `line`, the whole note written in `case`; joined for substring checks."""
    text = case(HEAD + line + TAIL)
    a0, a1 = len(HEAD), len(HEAD) + len(line)
    return " | ".join(text[max(s.start, a0):min(s.end, a1)].lower() for s in engine.analyze(text)
                      if s.start < a1 and s.end > a0)


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("line, names", [
    ("Dictated but not read by A. Urban", ["urban"]),         # an everyday census surname after an initial
    ("Scribe: S. Miles", ["miles"]),
    ("Orders signed on chart by Dr. Art White.", ["art", "white"]),  # a clinical first name before a surname
    ("Dr Ferdinand Halfpenny and the team spoke with the family.", ["halfpenny"]),  # a rare word after a first name
    ("Sean and Ed came with the patient today.", ["sean", "ed"]),  # "A and B came": both persons
    ("Circulating nurse Roger.", ["roger"]),
    ("Our social worker, Star, will follow up.", ["star"]),
    ("Thank you, Dr L. Goldberg, for referring Eva.", ["eva"]),
])
def test_caseless_names_are_found_by_context(engine, line, names, case):
    got = _found(engine, line, case)
    for name in names:
        assert name in got, (line, case.__name__, got)


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("line", [
    "Pt walked 2 miles with PT. A. fib resolved on amiodarone.",
    "Art line placed by the resident without complication.",
    "Nurse at bedside, pt resting. Nurse will call back with the results.",
    "Pain and nausea improved. Pt and wife came in today.",
    "Thank you for referring this patient. Referring physician aware.",
    "Home hospice and the cancer center were discussed. Trauma center consulted.",
    "Plan to dc foley. Continue nph insulin each hour.",
    "Restless at times. Went to bed at 2200. Awaiting supply from kitchen. Went to the harbor on vacation.",
])
def test_caseless_clinical_text_stays(engine, line, case):
    assert _found(engine, line, case) == "", (line, case.__name__)


@pytest.mark.parametrize("line, place", [
    ("Pt recently adm to the gh for chronic venous stasis ulcer.", "gh"),  # a hospital abbreviation in lower case
    ("Pt may be w/u by gbmc for possible heart transplant.", "gbmc"),
    ("Health care proxy is her son who lives in dc.", "dc"),
])
def test_lower_case_hospital_abbreviations_and_city(engine, line, place):
    assert place in _found(engine, line, str.lower).split(" | ")


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("line, place", [
    ("Specimen was sent to Fountain Hospice.", "fountain hospice"),  # a US city's name before a facility head
    ("Previously followed at Riverside Imaging Center in Liberty.", "liberty"),  # a city after "<facility> in"
    ("Pt went to Harbor on 3/6 c/o severe abd pain.", "harbor"),  # a bare surname and place word after "went to"
    ("Surgeon from Harbor in this eve to talk to pt.", "harbor"),
])
def test_caseless_institutions_and_cities(engine, line, place, case):
    assert place in _found(engine, line, case), (line, case.__name__)


def test_an_abbreviation_title_heading_a_field_is_no_person_context():
    """"MS:" (mental status) heads a field; "Ms." and "RN:" still announce a person."""
    for text in ("gu: clear urine.\nms: ativan dec to 4mg/hr", "MS: ATIVAN DEC TO 4MG/HR"):
        start = text.lower().index("ativan")
        assert not person_context(text, start, start + 10), text
    text = "Spoke with Ms. Okafor today."
    assert person_context(text, text.index("Okafor"), text.index("Okafor") + 6)
    text = "RN: ann hood"
    assert person_context(text, text.index("ann"), len(text))


def test_mixed_case_notes_read_as_before(engine):
    """The caseless frames need no capital; in a note with case they change nothing for plain words."""
    text = ("The patient walked 2 miles. Art line placed. Nurse at bedside.\nDictated by A. Urban, MD\n"
            "Thank you for referring Eva Lindqvist.")
    got = found_texts(engine, text)
    assert any("Urban" in g for g in got) and any("Eva" in g for g in got)
    assert not any(w in " ".join(got) for w in ("miles", "Art", "Nurse"))


def _plausible_place(text: str, words: str) -> bool:
    from cancerprep.stages.deid.recognizers.learned import plausible

    i = text.index(words)
    return plausible(text, i, i + len(words), "LOCATION")


@pytest.mark.parametrize("case", CASES)
def test_a_learned_place_in_a_caseless_note_stands_after_a_place_preposition(case):
    """The learned voter's place of everyday words is kept in a note without case where a place stands
    ("AT HOLY CROSS"); not elsewhere, not a ward or clinical word, and never on that evidence in a cased note."""
    text = case("Had a heart transplant at Holy Cross. This friend was a great boost to the patient today.")
    assert _plausible_place(text, case("Holy Cross"))
    text = case("Holy Cross was discussed with the family today at length and they agree with the plan.")
    assert not _plausible_place(text, case("Holy Cross"))
    text = case("Pt transferred to MICU overnight. Taken to cardiac cath lab for PCI with the team.")
    assert not _plausible_place(text, case("MICU")) and not _plausible_place(text, case("cardiac cath"))
    mixed = "Had a heart transplant at holy cross. This friend was a great boost to the patient today."
    assert not _plausible_place(mixed, "holy cross")
