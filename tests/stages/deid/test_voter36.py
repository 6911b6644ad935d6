"""The learned voter's first pass reads an open unit only around its cues (`voter_gate.open_units`' `cues`,
`excerpt`, `reach`): the `WINDOW` chunks either side of what opened it, of two capitalised words in a row, and of a
capitalised word after a place preposition. Sentences and names are our own."""

from __future__ import annotations

import pytest

from benchmarks.speed import voter as voter_bench
from cancerprep.stages.deid import truecase
from cancerprep.stages.deid import voter_gate as gate

# an open unit long enough to be cut: a name in its middle, dictionary and medical words either side
LONG_NAMED = ("The abdomen is soft and nontender without any guarding or rebound and the patient's brother Anselm "
              "Quarrington asked about the plan of care for the coming weeks of treatment at home.")
FAR = "Lungs are clear. Heart is regular."


def _cues(text: str, cased: bool = True) -> tuple[list[bool], list[list[tuple[int, int]]]]:
    spans = gate.units(text)
    cues: list[list[tuple[int, int]]] = [[] for _ in spans]
    return gate.open_units(text, spans, cased, cues=cues), cues


def test_open_units_record_where_each_cue_stands() -> None:
    text = "\n".join([FAR, LONG_NAMED, "Seen on 03/14/2019 by the team.", "Works as a welder at the plant."])
    flags, cues = _cues(text)
    spans = gate.units(text)
    assert flags == gate.open_units(text, spans, True)  # recording changes no answer
    found = {text[a:b] for unit in cues for a, b in unit}
    assert {"Anselm", "Quarrington"} <= found  # name words
    assert any("03/14" in f for f in found)  # a date's shape
    assert "welder" in found or "Works" in found  # an occupation, a word of work
    for unit, (a, _), flag in zip(cues, spans, flags, strict=True):
        assert bool(unit) == flag  # every open unit has a cue, no closed unit has one
        assert all(a <= s < e for s, e in unit)


def test_a_note_outside_ascii_has_whole_units_for_cues() -> None:
    text = "Café visit with José.\nLungs are clear."
    flags, cues = _cues(text)
    assert flags[0] and cues[0] == [gate.units(text)[0]]


def test_reach_reads_window_chunks_around_each_mark() -> None:
    text = "a b c d e f g h i j k l m n o p"
    e = text.index("e")
    assert [text[a:b] for a, b in gate.reach(text, 0, len(text), [(e, e + 1)], 2)] == ["c d e f g"]
    assert gate.reach(text, 0, len(text), [(e, e + 1)], 4) == [(0, text.index("i") + 1)]  # to the first chunk
    # overlapping windows are one range; far ones two
    m, o = text.index("m"), text.index("o")
    assert [text[a:b] for a, b in gate.reach(text, 0, len(text), [(e, e + 1), (m, m + 1), (o, o + 1)], 1)] == [
        "d e f", "l m n o p"]
    # windows at most `join` chunks apart are one piece (no piece starting mid-sentence a few words on)
    h = text.index("h")
    assert len(gate.reach(text, 0, len(text), [(e, e + 1), (m, m + 1)], 1)) == 2
    assert [text[a:b] for a, b in gate.reach(text, 0, len(text), [(e, e + 1), (m, m + 1)], 1, join=5)] == [
        "d e f g h i j k l m n"]
    assert len(gate.reach(text, 0, len(text), [(e, e + 1), (m, m + 1)], 1, join=4)) == 2
    assert [text[a:b] for a, b in gate.reach(text, 0, len(text), [(e, e + 1), (h, h + 1)], 1, join=1)] == [
        "d e f g h i"]
    # a mark starting on spaces starts at the next chunk (a unit after an indented line break)
    padded = "one two three\n   four five six"
    four = padded.index("   four")
    assert [padded[a:b] for a, b in gate.reach(padded, 0, len(padded), [(four, len(padded))], 1)] == [
        "three\n   four five six"]


def test_an_open_unit_is_read_around_its_cue_and_whole_without_cues() -> None:
    text = "\n".join([FAR, LONG_NAMED, FAR])
    whole = gate.excerpt(text, cased=True, cued=False)
    cut = gate.excerpt(text, cased=True)
    assert whole is not None and LONG_NAMED in whole.text
    assert cut is not None and "Anselm Quarrington" in cut.text and len(cut.text) < len(whole.text)
    assert "The abdomen" not in cut.text and "coming weeks" not in cut.text
    # the window: WINDOW chunks either side of the cues (a proper pair's match starts on the word before the name)
    assert cut.text == "rebound and the patient's brother Anselm Quarrington asked about the plan\n"
    for k, start in enumerate(cut.starts):  # each piece comes back at its own note offsets
        a, b = cut.to_note(start, cut.ends[k])
        assert text[a:b] == cut.text[start:cut.ends[k]]


@pytest.mark.parametrize("place", ["presents to ABCD Hospital", "was transferred to ABCD for rehabilitation"])
def test_a_place_in_an_open_unit_is_read_though_no_cue_opened_the_unit_there(place: str) -> None:
    # the unit is opened by a date far from the place; the place's words are no name words in a note with case
    unit = (f"On 03/14/2019 the patient was seen for follow up of the chronic pain and {place} with the "
            "worsening of the symptoms over the last few weeks.")
    cut = gate.excerpt("\n".join([FAR, unit, FAR]), cased=True)
    assert cut is not None and place in cut.text


def test_the_second_pass_windows_are_the_same_reach() -> None:
    assert truecase.reach is gate.reach and truecase.WINDOW is gate.WINDOW
    line = "The patient was then moved from Quarleyville Memorial Hospital to the floor in stable condition today"
    (a, b), = truecase._place_windows(line)  # one range: the windows of the three proper nouns overlap
    assert line[a:b] == "was then moved from Quarleyville Memorial Hospital to the floor in"


def test_the_voter_finds_the_same_name_around_the_cues(recognizer) -> None:
    text = "\n".join([FAR, LONG_NAMED, FAR])
    ex = gate.excerpt(text, cased=True)
    assert ex is not None and len(ex.text) < len(LONG_NAMED)
    (whole,) = recognizer.predict_many([text])
    (cut,) = recognizer.predict_many([text], None, [ex])
    assert any("Quarrington" in text[r.start:r.end] for r in cut if r.entity_type == "NAME")
    assert {(r.entity_type, r.start, r.end) for r in cut} == {(r.entity_type, r.start, r.end) for r in whole}


def test_the_benchmark_times_both_reads_and_counts_tokens() -> None:
    texts = ["\n".join([FAR, LONG_NAMED, FAR]), FAR, LONG_NAMED]
    result = voter_bench.cues_pass(texts, 1, 2)
    shares = result["first_pass_token_share"]
    assert set(result["cpu_ms_per_1000_notes"]) == set(shares)
    assert shares["around cues (voter36)"] < shares["whole open units (voter35)"] <= 1
    assert result["notes_with_other_entities"] == 0
