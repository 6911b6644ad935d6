"""perf33's cuts (issue 18): consistency finds a note's name words in an ASCII note by `str.find` (`_ascii_word_hits`)
instead of compiling a pattern of them for each note (`_term_in_note`, `_name_hits`). The places must be exactly the
pattern's: on written examples (possessives, words inside longer words, words that begin or hold one another, overlaps,
any case) and on real notes with words drawn from them; a note or a word with non-ASCII characters keeps the pattern."""

from __future__ import annotations

import random

import pytest
import regex as re

from cancerprep.stages.deid import consistency as C

POSSESSIVE = "(?:['’]s)?"
EXAMPLES = [
    ("Lee saw LEE's mother; Ann-Lee and leeward, Lee'sx and Lee's.", ["lee", "ann"]),
    ("O'Brien's son and O'BRIEN met obrien; o'brien'S car", ["o'brien", "brien", "o"]),
    ("annabel ann anna ANNA's anne's", ["annabel", "anna", "ann", "anne"]),
    ("o'o'o'o and o'o's", ["o'o"]),
    ("Smith-Jones and smith jones; -smith- 2smith smith2 _smith", ["smith-jones", "smith", "jones"]),
    ("ab'sab's ab'ss ab's", ["ab", "ab's"]),
    ("", ["lee"]),
    ("Lee", ["lee"]),
]


def pattern_places(text: str, words: list[str], possessive: bool) -> list[tuple[int, int]]:
    """The places of the pattern consistency compiled before (the ASCII lookarounds, case ignored)."""
    alternatives = "|".join(re.escape(w).replace("'", "['’]") for w in words)
    tail = POSSESSIVE if possessive else ""
    return [m.span() for m in re.finditer(rf"(?<![A-Za-z])(?:{alternatives}){tail}(?![A-Za-z])", text, re.I)]


@pytest.mark.parametrize("possessive", [True, False])
def test_the_word_places_are_the_pattern_s_on_examples(possessive: bool) -> None:
    hits = 0
    for text, words in EXAMPLES:
        for shown in (text, text.upper(), text.lower()):
            ordered = sorted(words, key=lambda w: (-len(w), w))
            got = list(C._ascii_word_hits(shown.lower(), ordered, possessive))
            assert got == pattern_places(shown, ordered, possessive)
            hits += len(got)
    assert hits > 40


def test_the_word_places_are_the_pattern_s_on_real_notes(real_notes: tuple[str, ...]) -> None:
    rnd = random.Random(33)
    tried = hits = 0
    for note in real_notes[::5]:
        runs = re.findall(r"[A-Za-z][A-Za-z'-]*", note)
        if not runs or not note.isascii():
            continue
        picked = [w.lower() for w in rnd.sample(runs, min(len(runs), 8))]
        picked += [w[:rnd.randint(1, len(w))] for w in picked[:3]] + [picked[0] + "'s"]
        ordered = sorted(set(picked), key=lambda w: (-len(w), w))
        for shown in (note, note.upper()):
            for possessive in (True, False):
                got = list(C._ascii_word_hits(shown.lower(), ordered, possessive))
                assert got == pattern_places(shown, ordered, possessive)
                tried, hits = tried + 1, hits + len(got)
    assert tried > 100 and hits > 1000


def test_name_hits_and_eponym_terms_read_ascii_and_other_notes_alike() -> None:
    """The ASCII way (no pattern) and the pattern (a note with a non-ASCII character) find the same names."""
    text = "Seen by Hensley. HENSLEY's note; hensley-smith; Fontan fenestration, the Fontan; Glenn shunt and Glenn."
    other = text + " Zoë"
    words = {"hensley": C.FREE, "fontan": C.GUARDED, "glenn": C.FREE}
    assert C._name_hits(text, words, []) == C._name_hits(other, words, [])
    assert C._name_hits(text, words, [])  # (the example exercises it)
    for word in ("fontan", "glenn", "hensley", "FONTAN"):
        assert C._term_in_note(text, word) == C._term_in_note(other, word)
    assert C._term_in_note(text, "fontan") and not C._term_in_note(text, "hensley")
