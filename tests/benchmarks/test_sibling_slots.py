"""`benchmarks.quality.sibling_slots`: seeded lines whose gold span holds a signer's initials (spelling a listed word
or abbreviation in the "collide" class); seen and held halves disjoint by `half_of` of the layout."""

from __future__ import annotations

from benchmarks.quality import sibling_slots as ss
from benchmarks.quality.variation_score import half_of


def test_halves_are_disjoint_and_cover_every_layout() -> None:
    seen, held = set(ss.HALVES["seen"]), set(ss.HALVES["held"])
    assert seen and held and not seen & held and seen | held == set(ss.KEYED)
    assert all(half_of(k) == "seen" for k in seen) and all(half_of(k) == "held" for k in held)


def test_cases_are_seeded_and_gold_spans_hold_initials() -> None:
    first = ss.cases(8, 3, ss.CLASSES)
    assert first == ss.cases(8, 3, ss.CLASSES) and len(first) == 8 * 2 * len(ss.CLASSES)
    for feats, text, (a, b) in first:
        value = text[a:b]
        assert 2 <= len(value) <= 3 and value.isalpha() and "{" not in text
        assert feats["layout"] in ss.HALVES[feats["half"]]
        if feats["class"] == "collide":
            assert ss.collides(value)


def test_collides_reads_words_and_abbreviations_only() -> None:
    assert ss.collides("PM") and ss.collides("CT") and ss.collides("AN")
    assert not ss.collides("QZ")


def test_refusals_hold_no_slot_left_unfilled() -> None:
    lines = ss.refusals(2, 5)
    assert len(lines) == 2 * len(ss.REFUSALS) and all("{" not in text for _, text in lines)
