"""The learned voter's first pass reads a context unit only at its `WINDOW` chunks nearest the open units
(`voter_gate.excerpt`, `near_edge`), and batches 128 notes a model pass (`learned.BATCH_SIZE`). Sentences and names
are our own."""

from __future__ import annotations

from cancerprep.stages.deid import truecase
from cancerprep.stages.deid import voter_gate as gate
from cancerprep.stages.deid.recognizers import learned

# dictionary and medical words only: a context unit long enough to be cut
LONG_PLAIN = "The abdomen is soft and nontender without any guarding or rebound on deep palpation today."
NAMED = "Spoke with the patient's brother Anselm Quarrington about the plan."
FAR = "Lungs are clear. Heart is regular."


def test_a_context_unit_is_read_at_the_chunks_nearest_the_open_unit() -> None:
    text = "one two three four five six\nAnselm"  # `reach` (voter36: was near_edge) around the open unit
    assert [text[a:b] for a, b in gate.reach(text, 0, len(text), [(text.index("Anselm"), len(text))], 4)] == [
        "three four five six\nAnselm"]
    short = "one two\nAnselm"  # no more chunks than the window: the unit's own edge
    assert gate.reach(short, 0, len(short), [(short.index("Anselm"), len(short))], 4) == [(0, len(short))]


def test_a_context_unit_is_read_at_its_window_and_whole_without_one() -> None:
    text = "\n".join([FAR, LONG_PLAIN, NAMED, LONG_PLAIN, FAR])
    whole = gate.excerpt(text, cased=True, window=None)
    cut = gate.excerpt(text, cased=True, cued=False)  # open units whole (voter35; voter36 reads around cues)
    assert whole is not None and whole.text == LONG_PLAIN + "\n" + NAMED + "\n" + LONG_PLAIN + "\n"
    assert cut is not None
    assert cut.text == "on deep palpation today.\n" + NAMED + "\nThe abdomen is soft\n"
    assert len(cut.text) < len(whole.text)
    for k, start in enumerate(cut.starts):  # each piece comes back at its own note offsets
        a, b = cut.to_note(start, cut.ends[k])
        assert text[a:b] == cut.text[start:cut.ends[k]]


def test_a_context_unit_with_two_capitalised_words_in_a_row_is_read_whole() -> None:
    place = "The patient was treated most recently at ABCD Hospital and decompensated during that admission stay."
    text = "\n".join([FAR, place, NAMED, LONG_PLAIN, FAR])
    cut = gate.excerpt(text, cased=True)
    assert cut is not None and place in cut.text and LONG_PLAIN not in cut.text


def test_the_window_is_one_constant_for_both_passes() -> None:
    assert truecase.WINDOW is gate.WINDOW and truecase.reach is gate.reach


def test_the_voter_finds_the_same_name_in_the_cut_excerpt(recognizer) -> None:
    text = "\n".join([FAR, LONG_PLAIN, NAMED, LONG_PLAIN, FAR])
    ex = gate.excerpt(text, cased=True)
    assert ex is not None and len(ex.text) < len(text)
    (whole,) = recognizer.predict_many([text])
    (cut,) = recognizer.predict_many([text], None, [ex])
    assert any("Quarrington" in text[r.start:r.end] for r in cut if r.entity_type == "NAME")
    assert {(r.entity_type, r.start, r.end) for r in cut} == {(r.entity_type, r.start, r.end) for r in whole}


def test_batches_of_128_notes_find_what_batches_of_64_find(recognizer) -> None:
    assert recognizer.batch_size == learned.BATCH_SIZE == 128
    texts = [NAMED.replace("Anselm", f"Anselm{'x' * (k % 5)}") + "\n" + LONG_PLAIN for k in range(150)]

    def found(size: int) -> list[set]:
        recognizer.batch_size = size
        try:
            return [{(r.entity_type, r.start, r.end) for r in rs} for rs in recognizer.predict_many(texts)]
        finally:
            recognizer.batch_size = learned.BATCH_SIZE

    big = found(128)
    assert any(big) and big == found(64)
