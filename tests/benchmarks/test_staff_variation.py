"""`benchmarks.quality.staff_variation`: seeded lines whose gold span holds the person in the layout's shape, seen and
held-out halves disjoint in layouts and in the census names they draw."""

from __future__ import annotations

import random
import zlib

from benchmarks.quality import staff_variation as sv


def test_halves_split_every_class_and_are_disjoint() -> None:
    seen, held = set(sv.HALVES["seen"]), set(sv.HALVES["held"])
    assert not seen & held and seen | held == {name for _, name, _, _ in sv.LAYOUTS}
    for cls in sv.CLASSES:
        assert {n for c, n, _, _ in sv.LAYOUTS if c == cls} & seen
        assert {n for c, n, _, _ in sv.LAYOUTS if c == cls} & held


def test_people_come_from_their_halfs_share_of_surnames() -> None:
    rng = random.Random(3)
    for half, k in (("seen", 0), ("held", 1)):
        assert all(zlib.crc32(sv.person(rng, half).last.lower().encode()) % 2 == k for _ in range(40))


def test_cases_are_seeded_and_gold_spans_hold_the_person() -> None:
    first = sv.cases(12, 5, sv.CLASSES)
    assert first == sv.cases(12, 5, sv.CLASSES) and len(first) == 12 * 2 * len(sv.CLASSES)
    for feats, text, (a, b) in first:
        value = text[a:b]
        assert value.strip() == value and any(c.isalpha() for c in value)
        assert feats["layout"] in sv.HALVES[feats["half"]]
        if feats["class"] == "initials":
            assert 2 <= len(value) <= 3 and value.isalpha()


def test_refusals_hold_no_slot_left_unfilled() -> None:
    lines = sv.refusals(3, 5)
    assert len(lines) == 3 * len(sv.REFUSALS)
    assert all("{" not in text for _, text in lines)
