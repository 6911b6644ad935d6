"""deidprec10 (issue 13): a learned LOCATION in a line without capitals of a note with case, after a verb of going
("cad: respond north lauderdale twp"), is a place as in a note without case; the verb the model read into the span is
left out. Every example is invented or a US city of the shipped gazetteer."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import learned

MIXED = "Seen in the Emergency Department today.\n"


def _plausible(text: str, target: str, label: str = "LOCATION") -> bool:
    start = text.index(target)
    return learned.plausible(text, start, start + len(target), label)


@pytest.mark.parametrize(("text", "target", "kept"), [
    # a lower-case dispatch line of a note with case: a US city's whole name, or unknown words, after a go verb
    (MIXED + "cad: respond north lauderdale twp fire dist 4\n", "north lauderdale", True),
    (MIXED + "cad: respond santa fe springs twp fire dist 4\n", "santa fe springs", True),
    (MIXED + "pt drove to quarrington falls today\n", "quarrington falls", True),
    # ... not a clinical or ward word, nor any place word without the cue
    (MIXED + "cad: respond to micu bed 4\n", "micu", False),
    (MIXED + "cad: north lauderdale twp fire dist 4\n", "north lauderdale", False),
    # a line with capitals stays read by its capitals (the run-on rule)
    (MIXED + "Cad: respond north lauderdale now\n", "north lauderdale", False),
])
def test_lower_line_place_after_a_go_verb(text: str, target: str, kept: bool) -> None:
    assert _plausible(text, target) is kept


@pytest.mark.parametrize(("text", "target", "start_at"), [
    (MIXED + "cad: respond north lauderdale twp\n", "respond north lauderdale", "north lauderdale"),
    ("CAD: RESPOND NORTH LAUDERDALE TWP\n", "RESPOND NORTH LAUDERDALE", "NORTH LAUDERDALE"),
    (MIXED + "CAD: RESPOND Quarrington TWP\n", "RESPOND Quarrington", "Quarrington"),
    # no verb of going first: the span as found
    (MIXED + "Seen at north lauderdale clinic\n", "north lauderdale", "north lauderdale"),
])
def test_cue_start_leaves_the_go_verb_out(text: str, target: str, start_at: str) -> None:
    start = text.index(target)
    for label in ("LOCATION", "NAME"):
        assert learned.cue_start(text, start, start + len(target), label) == text.index(start_at)
    assert learned.cue_start(text, start, start + len(target), "DATE") == start


def test_lower_line() -> None:
    text = MIXED + "cad: respond x\nCad: respond y\n"
    assert learned.lower_line(text, text.index("x"), text.index("x") + 1)
    assert not learned.lower_line(text, text.index("y"), text.index("y") + 1)


def _term(text: str, target: str, label: str = "LOCATION") -> bool:
    from cancerprep.stages.deid import safelist

    start = text.index(target)
    return safelist.clinical_term_use(text, start, start + len(target), label)


@pytest.mark.parametrize(("text", "target", "term"), [
    # a device's maker before a pump, ventilator, device abbreviation or representative, or in brackets after it
    ("has Quorbex pump in place.", "Quorbex", True),
    ("Quorbex Velmaze ventilator interrogated.", "Quorbex", True),
    ("Quorbex ICD interrogated.", "Quorbex", True),
    ("Quorbex rep called re: pacemaker.", "Quorbex", True),
    ("ICD (Quorbex Velmaze) checked.", "Quorbex", True),
    ("pump (Quorbex) checked.", "(Quorbex", True),
    ("Quorbex rep called re: graft.", "Quorbex rep called", True),
    ("QUORBEX STENT INTERROGATED.", "QUORBEX STENT", True),
    # a person's cue, a verb's plural, a device noun in capitals on a line with small letters: no maker
    ("spoke with Quorbex about the pump", "Quorbex", False),
    ("Quorbex pumps the bag for him.", "Quorbex", False),
    ("Seen by Mary Port today.", "Mary Port", False),
    ("Daughter Quorbex rep for the family.", "Quorbex", False),
])
def test_device_maker_by_class(text: str, target: str, term: bool) -> None:
    assert _term(text, target) is term


@pytest.mark.parametrize(("text", "target", "score"), [
    ("neuro: Apgars 6/4.", "6/4", True),            # a pair of scores of ten, the first the higher
    ("APGAR SCORES OF 9/8 AT BIRTH", "9/8", True),
    ("seen on 6/4 by the team", "6/4", False),      # a date
    ("Apgars 12/11 noted", "12/11", False),         # no score of ten
])
def test_paired_scores_are_no_dates(text: str, target: str, score: bool) -> None:
    assert _term(text, target, "DATE") is score
