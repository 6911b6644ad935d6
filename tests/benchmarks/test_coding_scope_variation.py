"""`coding_scope_variation`: its cases (a lead cue, a joiner, a result) and how they are scored; the coder is not
run."""

from __future__ import annotations

from benchmarks.quality.coding_scope_variation import CANCERS, JOINERS, LEADS, cases, score
from benchmarks.quality.variation_score import HALF_NAMES, half_of


def test_cases_are_drawn_the_same_for_a_seed_and_split_by_their_lead() -> None:
    drawn = cases(200, 7)
    assert drawn == cases(200, 7)
    assert drawn != cases(200, 8)
    halves = {c["half"] for c in drawn}
    assert halves == set(HALF_NAMES)
    for c in drawn:
        lead = next(ld for ld in LEADS if c["text"].startswith(ld))
        assert c["half"] == half_of(lead)
        assert any(c["text"][len(lead):].startswith(j) for j in JOINERS)


def test_a_look_alike_is_gold_none_and_a_cancer_its_category() -> None:
    drawn = cases(300, 1)
    kinds = {c["kind"] for c in drawn}
    assert kinds == {"cancer", "look-alike"}
    for c in drawn:
        if c["kind"] == "look-alike":
            assert (c["type"], c["category"]) == ("none", "")
        else:
            assert (c["type"], c["category"]) in {(t, cat) for _f, t, cat in CANCERS}


def test_score_is_the_share_right_by_half_kind_and_joiner() -> None:
    rows = [{"half": "seen", "kind": "cancer", "joiner": ";", "right": 1},
            {"half": "seen", "kind": "cancer", "joiner": ".", "right": 0},
            {"half": "held", "kind": "look-alike", "joiner": ";", "right": 1}]
    figures = score(rows)
    assert figures["seen"] == {"n": 2, "right": 0.5}
    assert figures["seen/cancer"] == {"n": 2, "right": 0.5}
    assert figures["seen/joiner ;"] == {"n": 1, "right": 1.0}
    assert figures["held/look-alike"] == {"n": 1, "right": 1.0}
