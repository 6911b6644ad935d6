"""The learned voter's second pass: an everyday word restored as a proper noun (a census name that is everyday
English: "care", "off", "stable") opens a window only where a place's name stands (`truecase._everyday_cue`) or beside
a number; with `everyday=False` at every cue, as before. Sentences and names are our own."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid import truecase as tc
from cancerprep.stages.deid.truecase import restore_case, restore_for_voter

CASED = "History of present illness: chest pain.\n"
TAIL = "\nPlan: follow up in clinic."


def _cued(line: str, everyday: bool = True) -> list[str]:
    restored = tc._org_words_titled(tc._restored_words(line))
    return [restored[a:b].lower() for a, b in tc._place_cues(restored, everyday)]


@pytest.mark.parametrize("line", [
    "pt stable and pain free overnight, weaned off, pt to continue",  # in a row, before a comma
    "resting in bed and stable overnight, no distress",              # "in" words back
])
def test_charting_in_everyday_words_is_not_sent(line: str) -> None:
    for case in (str.lower, str.upper):
        text = CASED + case(line) + TAIL
        restored = restore_case(text)
        assert tc._PROPER.search(restored), "the line has proper nouns restored"
        assert restore_for_voter(text)[1] == []
        assert restore_for_voter(text, everyday=False)[1] != []  # as before: an everyday word at every cue


@pytest.mark.parametrize(("line", "word"), [
    ("admitted from mercy hosp for chest pain", "mercy"),        # before an organisation word
    ("family drove in from the north shore today", "north"),      # after a preposition and an article
    ("lives at 12 maple row with his wife", "maple"),             # a house number
    ("address 738 pine lane, red oak, tx 81534", "oak"),          # before a comma and a state
    ("seen at the university of michigan medical center", "center"),  # an organisation word
    ("lives in auburn, new york", "new"),                         # after a comma
])
def test_everyday_word_where_a_place_stands_is_a_cue(line: str, word: str) -> None:
    assert sl.is_common(word)
    for case in (str.lower, str.upper):
        assert word in _cued(case(line))
        assert restore_for_voter(CASED + case(line) + TAIL)[1] != []


def test_word_no_everyday_english_keeps_every_cue() -> None:
    line = "pain free and resting, lives in catonsville with son"
    assert not sl.is_common("catonsville")
    assert _cued(line) == ["catonsville"]
    assert set(_cued(line, everyday=False)) > {"catonsville", "pain", "free"}


def test_everyday_word_beside_a_name_is_a_cue_beside_another_everyday_word_not() -> None:
    assert _cued("discussed with stevenson ranch staff today") == ["stevenson", "ranch"]
    assert "free" not in _cued("now pain free and resting comfortably today")


def test_narrowed_windows_are_a_subset_of_the_old_ones() -> None:
    text = CASED + "pt stable and pain free overnight. transferred from mercy hosp in stable condition" + TAIL
    restored, ranges = restore_for_voter(text)
    old_restored, old = restore_for_voter(text, everyday=False)
    assert restored == old_restored
    covered = {k for a, b in old for k in range(a, b)}
    assert ranges and all(k in covered for a, b in ranges for k in range(a, b))
    assert sum(b - a for a, b in ranges) < sum(b - a for a, b in old)
