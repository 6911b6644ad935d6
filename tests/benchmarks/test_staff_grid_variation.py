"""`benchmarks.quality.staff_grid_variation`: seeded staff grids whose gold span is the signer's initials in the
first staff column, beside refusal columns; halves by a hash of (layout, column set); false spans are the spans that
touch no staff cell."""

from __future__ import annotations

import random
import zlib

import pytest

from benchmarks.quality import staff_grid_variation as sg


def test_halves_split_pairs_by_hash_disjoint_and_each_layout_in_both() -> None:
    seen, held = set(sg.PAIRS["seen"]), set(sg.PAIRS["held"])
    every = {(lay, cs) for lay in sg.LAYOUTS for cs, _, _ in sg.COLUMN_SETS}
    assert not seen & held and seen | held == every
    for lay, cs in every:
        assert (lay, cs) in sg.PAIRS[sg.HALF_NAMES[zlib.crc32(f"{lay}/{cs}".encode()) % 2]]
    for layout in sg.LAYOUTS:
        assert {lay for lay, _ in seen} >= {layout} and {lay for lay, _ in held} >= {layout}


def test_grids_are_seeded_and_gold_is_initials_in_a_staff_cell() -> None:
    grids = sg.cases(20, 4, 10)
    assert grids == sg.cases(20, 4, 10) and len(grids) == 2 * 20 + 2 * 10
    for feats, text, gold, staff in grids:
        assert (feats["layout"], feats["column_set"]) in sg.PAIRS[feats["half"]]
        if feats["kind"] == "refusal":
            assert gold is None and staff == []
            continue
        value = text[gold[0]:gold[1]]
        assert gold in staff and 2 <= len(value) <= 3 and value.isalpha()
        assert feats["collide"] == "no" or value.upper() in sg.COLLIDE


@pytest.mark.parametrize("layout", sg.LAYOUTS)
def test_render_puts_the_gold_under_its_staff_header(layout: str) -> None:
    text, gold, staff = sg.render(random.Random(2), layout, "mar", "MG")
    assert text[gold[0]:gold[1]].upper() == "MG" and staff == [gold]
    if layout == "field":
        assert text[:gold[0]].upper().endswith("GIVEN BY: ")
    else:
        assert "\n" in text and "given by" in text.split("\n")[0].lower()


def test_score_counts_recall_and_spans_outside_staff_cells_per_half_and_kind() -> None:
    feats = {"kind": "initials", "half": "seen", "layout": "bar", "column_set": "mar", "collide": "yes",
             "half_collide": "seen/yes"}
    refusal = {**feats, "kind": "refusal", "collide": "no", "half_collide": "seen/no"}
    grids = [(feats, "t", (10, 12), [(10, 12), (20, 22)]), (feats, "t", (10, 12), [(10, 12)]),
             (feats, "t", (10, 12), [(10, 12)]), (refusal, "t", None, [])]
    got = sg.score(grids, [[(10, 12), (20, 22), (3, 5)], [], None, [(1, 2), (4, 6)]])
    assert got["recall"]["half"] == {"seen": 0.6667}  # a withheld note counts as found
    assert got["false_spans"]["initials/seen"] == {"spans": 1, "grids_marked": 1, "grids": 3, "per_100": 33.33}
    assert got["false_spans"]["refusal/seen"] == {"spans": 2, "grids_marked": 1, "grids": 1, "per_100": 200.0}
