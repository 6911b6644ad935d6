"""`benchmarks.quality.ward_layouts`: seeded lines whose gold span holds the initials, ward or pager in the layout's
shape; seen and held halves disjoint by `half_of` of "class:layout"."""

from __future__ import annotations

from benchmarks.quality import ward_layouts as wl
from benchmarks.quality.variation_score import half_of


def test_halves_split_every_class_and_are_disjoint() -> None:
    seen, held = set(wl.HALVES["seen"]), set(wl.HALVES["held"])
    assert not seen & held and seen | held == set(wl.KEYED)
    assert all(half_of(k) == "seen" for k in seen) and all(half_of(k) == "held" for k in held)
    for cls in wl.CLASSES:
        assert any(k.startswith(f"{cls}:") for k in seen) and any(k.startswith(f"{cls}:") for k in held)


def test_cases_are_seeded_and_gold_spans_hold_the_value() -> None:
    first = wl.cases(10, 5, wl.CLASSES)
    assert first == wl.cases(10, 5, wl.CLASSES) and len(first) == 10 * 2 * len(wl.CLASSES)
    for feats, text, (a, b) in first:
        value = text[a:b]
        assert value.strip() == value and value and "{" not in text
        assert feats["layout"] in wl.HALVES[feats["half"]]
        if feats["class"] == "initials":
            assert 2 <= len(value) <= 3 and value.isalpha()
        if feats["class"] == "pager":
            assert any(c.isdigit() for c in value)


def test_pager_labels_fall_in_their_half() -> None:
    for half, labels in wl.PAGER_LABELS.items():
        assert labels and all(half_of(w) == half for w in labels)


def test_refusals_hold_no_slot_left_unfilled() -> None:
    lines = wl.refusals(3, 5)
    assert len(lines) == 3 * len(wl.REFUSALS)
    assert all("{" not in text for _, text in lines)
