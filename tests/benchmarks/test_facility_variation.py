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


def test_care_class_is_seeded_and_split_by_head_noun() -> None:
    assert not set(fv.CARE_HEADS["seen"]) & set(fv.CARE_HEADS["held"])
    assert not set(fv.CARE_FRAME_HALF["seen"]) & set(fv.CARE_FRAME_HALF["held"])
    first = fv.care_cases(30, 5)
    assert first == fv.care_cases(30, 5) and len(first) == 60
    for feats, text, (a, b) in first:
        value = text[a:b]
        assert feats["head"] in fv.CARE_HEADS[feats["half"]]
        assert feats["head"].lower() in value.lower() and value.strip() == value
    rng = random.Random(4)
    for half, k in fv.HALF_KEY.items():
        for _ in range(20):
            assert zlib.crc32(fv.landscape(rng, half).lower().encode()) % 2 == k


def test_care_class_leaves_the_facility_lines_as_they_were() -> None:
    before = fv.cases(20, 9)
    fv.care_cases(20, 9)
    assert fv.cases(20, 9) == before


def test_care_refusals_hold_their_kind_and_no_slot() -> None:
    lines = fv.care_refusals(5)
    assert len(lines) == 2 * sum(len(v) for v in fv.CARE_REFUSALS.values())
    for half, text, (a, b) in lines:
        assert "{" not in text and text[a:b].lower() in fv.CARE_REFUSALS[half]
