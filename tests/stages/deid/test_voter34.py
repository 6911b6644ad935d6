"""The learned voter's second pass reads restored caseless lines only around a proper noun at a place cue
(`truecase.restore_for_voter`, as an excerpt built by `voter_gate.pieces`). Sentences and names are our own."""

from __future__ import annotations

import itertools

import pytest

from cancerprep.stages.deid import voter_gate
from cancerprep.stages.deid.recognizers.base import LOCATION
from cancerprep.stages.deid.truecase import on_restored_line, restore_case, restore_for_voter

# A long caseless nursing line: the place after "from" sits far from its start and end, so a window is a part of it.
LONG = ("pt is a 80 y/o male admitted from quarleyville memorial hosp for unstable angina, c/o chest pain x2 days, "
        "no relief with ntg sl, denies sob, wife at bedside and updated on plan of care overnight")
CASED = "History of present illness: chest pain.\n"
TAIL = "\nPlan: follow up in clinic."


def test_pieces_map_back_to_the_note_exactly() -> None:
    text = CASED + LONG + TAIL + "\nSEEN AT OSTRANDER CLINIC TODAY\nno acute distress"
    restored, ranges = restore_for_voter(text)
    assert ranges and restored == restore_case(text) and len(restored) == len(text)
    ex = voter_gate.pieces(restored, ranges)
    assert len(ex.text) < len(restored)
    for k, start in enumerate(ex.starts):
        a, b = ex.to_note(start, ex.ends[k])
        assert ex.text[start:ex.ends[k]] == restored[a:b]
    for word in ("Quarleyville", "Ostrander"):  # a word of the excerpt comes back at its own offsets
        at = ex.text.index(word)
        a, b = ex.to_note(at, at + len(word))
        assert text[a:b].lower() == word.lower()


def test_ranges_read_restored_lines_and_the_blanks_around_them_in_order() -> None:
    text = CASED + LONG + TAIL + "\nSEEN AT OSTRANDER CLINIC TODAY"
    restored, ranges = restore_for_voter(text)
    assert all(a < b < c for (a, b), (c, _) in itertools.pairwise(ranges))
    for a, b in ranges:  # every letter read lies on a restored line; a line with case is read as its blank
        assert all(on_restored_line(text, k, k + 1) for k in range(a, b) if not restored[k].isspace())
    first = text.index("Ostrander".upper())
    assert any(a <= text.index("\nPlan") + 1 and first < b for a, b in ranges)  # the blanked line before, read


def test_window_is_a_part_of_a_long_line() -> None:
    text = CASED + LONG + TAIL
    _, ranges = restore_for_voter(text)
    read = "".join(text[a:b] for a, b in ranges)
    assert "quarleyville" in read
    assert "denies sob, wife at bedside" not in read and len(read) < len(LONG)


@pytest.mark.parametrize("line", [
    "no acute distress. lungs clear to auscultation bilaterally.",  # no proper noun restored at all
    "pt resting comfortably, slept intermittantly overnight, no distress",  # a misspelling at no place cue
])
def test_line_without_a_proper_noun_at_a_place_cue_is_not_sent(line: str) -> None:
    for case in (str.lower, str.upper):
        assert restore_for_voter(CASED + case(line) + TAIL)[1] == []


@pytest.mark.parametrize("line", [
    "transferred to birch hollow rehab for therapy",          # a place preposition
    "OSH: QUARLEYVILLE MEDICAL CENTER",                        # a label, a facility word after it
    "ADDRESS: 131 LANTERN ST, ROCKLEDGE, FL 90150",            # an address: a comma, a number
])
def test_line_with_a_place_cue_is_sent_whole_when_short(line: str) -> None:
    text = CASED + line + TAIL
    _, ranges = restore_for_voter(text)
    a = text.index(line)
    assert any(x <= a and a + len(line) <= y for x, y in ranges)


def _kept(model, texts: list[str], excerpts) -> list[set[tuple[int, int]]]:
    restored = [restore_case(t) for t in texts]
    found = model.predict_many(restored, None, excerpts)
    return [{(r.start, r.end) for r in results if r.entity_type == LOCATION and on_restored_line(t, r.start, r.end)}
            for t, results in zip(texts, found, strict=True)]


# short caseless lines (each read whole by its window): context beyond the line cannot differ
SHORT = [
    CASED + "TRANSFERRED FROM QUARLEYVILLE MEDICAL CENTER FOR CATH." + TAIL,
    CASED + "seen at the ostrander clinic, ct head negative" + TAIL,
    "Social history: lives alone.\nLIVES IN CATONSVILLE WITH HIS SON" + TAIL + "\nmoved from birchwood county",
    CASED + "PRESCRIPTIONS SENT TO SHELL PHARMACY ON MAIN." + TAIL,
]


def test_same_places_as_the_whole_restored_pass_where_lines_are_short(engine) -> None:
    model = engine.learned[0]
    readings = [restore_for_voter(t) for t in SHORT]
    assert all(ranges for _, ranges in readings)
    whole = _kept(model, SHORT, None)
    windows = _kept(model, SHORT, [voter_gate.pieces(*r) for r in readings])
    assert windows == whole
    assert any(whole)  # the texts hold places the pass keeps


def test_engine_still_finds_the_place_on_a_long_restored_line(engine) -> None:
    for case in (str.lower, str.upper):
        text = CASED + case(LONG) + TAIL
        a = text.lower().index("quarleyville")
        assert any(s.start <= a < s.end for s in engine.analyze(text)), case.__name__
