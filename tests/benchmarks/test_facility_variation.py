"""`benchmarks.quality.facility_variation`: seeded lines whose gold span holds the facility, halves disjoint in head
nouns, name pools and frames, refusal lines without a slot left."""

from __future__ import annotations

import random
import zlib

from benchmarks.quality import facility_variation as fv


def test_halves_share_no_head_frame_or_refusal() -> None:
    assert not set(fv.HEADS["seen"]) & set(fv.HEADS["held"])
    assert not set(fv.FRAME_HALF["seen"]) & set(fv.FRAME_HALF["held"])
    assert set(fv.FRAME_HALF["seen"]) | set(fv.FRAME_HALF["held"]) == set(fv.FRAMES)
    assert not set(fv.REFUSALS["seen"]) & set(fv.REFUSALS["held"])


def test_census_stems_come_from_their_halfs_share() -> None:
    rng = random.Random(3)
    for half, k in fv.HALF_KEY.items():
        for _ in range(40):
            stem, src = fv.stem(rng, half)
            if src in ("surname", "city", "city_word"):
                assert zlib.crc32(stem.lower().encode()) % 2 == k


def test_acronym_takes_the_capitalised_words_initials() -> None:
    assert fv.acronym("Lakewood General Hospital") == "LGH"
    assert fv.acronym("Oak-Ridge Nursing and Rehab") == "ORNR"


def test_cases_are_seeded_and_gold_spans_hold_the_facility() -> None:
    first = fv.cases(30, 5)
    assert first == fv.cases(30, 5) and len(first) == 60
    for feats, text, (a, b) in first:
        value = text[a:b]
        assert value and value.strip() == value and any(c.isalpha() for c in value)
        assert feats["head"] in fv.HEADS[feats["half"]]
        if feats["shape"] == "acronym":
            assert value.isalpha() and len(value) >= 3 and " " not in value
        if feats["shape"] == "possessive":
            assert text[b:b + 2].lower() == "'s"


def test_refusals_hold_their_word_and_no_slot() -> None:
    lines = fv.refusals(5)
    assert len(lines) == 2 * sum(len(v) for v in fv.REFUSALS.values())
    for half, text, (a, b) in lines:
        assert "{" not in text and text[a:b].lower() in {w.lower() for w in fv.REFUSALS[half]}
