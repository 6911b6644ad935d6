"""`coding_lean_variation`: its cases (a history with a drug clause, or a frame naming a cancer not the patient's)
and how they are scored; the coder is not run."""

from __future__ import annotations

from benchmarks.quality.coding_lean_variation import CANCERS, FRAMES, GIVEN_NOW, NOT_NOW, cases, score
from benchmarks.quality.variation_score import HALF_NAMES, half_of


def _template(text: str, templates: tuple[str, ...]) -> str | None:
    """The one template whose fixed words the case holds (None if none does)."""
    found = [t for t in templates if all(part in text for part in t.replace("{d}", "{}").split("{}") if part)]
    return max(found, key=len) if found else None


def test_cases_are_drawn_the_same_for_a_seed_with_every_kind_and_half() -> None:
    drawn = cases(300, 7)
    assert drawn == cases(300, 7)
    assert drawn != cases(300, 8)
    assert {c["half"] for c in drawn} == set(HALF_NAMES)
    assert {c["kind"] for c in drawn} == {"given now", "not now", "none"}


def test_gold_follows_the_kind_and_the_half_the_template() -> None:
    actives = {cat for _n, _t, cat, _op, _d in CANCERS}
    for c in cases(300, 3):
        if c["kind"] == "none":
            assert (c["type"], c["category"]) == ("none", "")
            frame = _template(c["text"].lower(), tuple(f.lower() for f in FRAMES))
            assert frame is not None and c["half"] == half_of(frame)
        elif c["kind"] == "given now":
            assert c["category"] in actives
            assert c["half"] == half_of(_template(c["text"], GIVEN_NOW) or "")
        else:
            assert c["category"] == "Z85"
            assert c["half"] == half_of(_template(c["text"], NOT_NOW) or "")


def test_score_is_the_share_right_by_half_and_kind() -> None:
    rows = [{"half": "seen", "kind": "none", "right": 1}, {"half": "seen", "kind": "not now", "right": 0},
            {"half": "held", "kind": "given now", "right": 1}]
    figures = score(rows)
    assert figures["seen"] == {"n": 2, "right": 0.5}
    assert figures["seen/not now"] == {"n": 1, "right": 0.0}
    assert figures["held/given now"] == {"n": 1, "right": 1.0}
