"""`benchmarks.quality.facility_forms`: seeded lines whose gold span holds the facility, halves disjoint in layouts,
refusal lines with no slot left."""

from __future__ import annotations

from benchmarks.quality import facility_forms as ff


def test_halves_share_no_layout() -> None:
    assert not set(ff.HALVES["seen"]) & set(ff.HALVES["held"])
    assert set(ff.HALVES["seen"]) | set(ff.HALVES["held"]) == {name for name, _ in ff.LAYOUTS}


def test_cases_are_seeded_and_gold_spans_hold_the_facility() -> None:
    first = ff.cases(6, 3, ff.CLASSES)
    assert first == ff.cases(6, 3, ff.CLASSES) and len(first) == 6 * 2 * len(ff.CLASSES)
    for feats, text, (a, b) in first:
        value = text[a:b]
        assert value and value.strip() == value and "{" not in text
        assert feats["layout"] in ff.HALVES[feats["half"]]


def test_refusals_hold_no_slot() -> None:
    lines = ff.refusals(2, 1)
    assert len(lines) == 2 * len(ff.REFUSALS)
    assert all("{" not in text for _, text in lines)
    assert {name for name, _ in ff.REFUSALS} <= {name for name, _ in ff.LAYOUTS}
