"""`benchmarks.quality.facility_layouts`: seeded lines whose gold span holds the facility, halves disjoint in layouts
and head nouns, refusal lines with no slot left."""

from __future__ import annotations

from benchmarks.quality import facility_layouts as fl


def test_halves_share_no_layout_or_head() -> None:
    assert not set(fl.HALVES["seen"]) & set(fl.HALVES["held"])
    assert set(fl.HALVES["seen"]) | set(fl.HALVES["held"]) == {name for name, _ in fl.LAYOUTS}
    assert not set(fl.PERIOP_HALVES["seen"]) & set(fl.PERIOP_HALVES["held"])
    assert not set(fl.HALVES["seen"] + fl.HALVES["held"]) & set(fl.PERIOP_HALVES["seen"] + fl.PERIOP_HALVES["held"])
    for pool in (fl.PRACTICE_HEADS, fl.RESIDENCE_HEADS, fl._PERIOP_HEADS):
        assert not set(fl._heads(pool, "seen")) & set(fl._heads(pool, "held"))


def test_cases_are_seeded_and_gold_spans_hold_the_facility() -> None:
    first = fl.cases(8, 3, fl.CLASSES)
    assert first == fl.cases(8, 3, fl.CLASSES) and len(first) == 8 * 2 * len(fl.CLASSES)
    for feats, text, (a, b) in first:
        value = text[a:b]
        assert value and value.strip() == value and "{" not in text
        assert feats["layout"] in (fl.PERIOP_HALVES if feats["class"] == "periop" else fl.HALVES)[feats["half"]]
        if feats["class"] in ("practice", "residence"):
            heads = fl.PRACTICE_HEADS if feats["class"] == "practice" else fl.RESIDENCE_HEADS
            assert any(value.lower().endswith(h.lower()) for h in fl._heads(heads, feats["half"]))


def test_the_periop_class_leaves_the_other_classes_lines_as_they_were() -> None:
    three = fl.cases(5, 9, ("hospital", "practice", "residence"))
    assert fl.cases(5, 9, fl.CLASSES)[:len(three)] == three


def test_refusals_hold_no_slot() -> None:
    lines = fl.refusals(2, 1)
    assert len(lines) == 2 * len(fl.REFUSALS)
    assert all("{" not in text for _, text in lines)
