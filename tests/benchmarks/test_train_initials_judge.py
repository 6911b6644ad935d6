"""`benchmarks.quality.train_initials_judge.generator_rows`: the line generators' SEEN half trains the judges (the
gold mark a positive, another signer's mark left out, a refusal line's groups negatives); the HELD half never does."""

from __future__ import annotations

import re
import types

from benchmarks.quality import train_initials_judge as tj

_SEEN = "Count correct QX / ZV 0800"
_HELD = "Waste witnessed KW 1300"
_REFUSAL = "Route: PO given JJJ"


def _stub() -> types.SimpleNamespace:
    def cases(n: int, seed: int, classes: tuple[str, ...]) -> list:
        return [({"half": "seen"}, _SEEN, (14, 16)), ({"half": "held"}, _HELD, (16, 18))]

    return types.SimpleNamespace(cases=cases, refusals=lambda n, seed: [("route", _REFUSAL)])


def _groups(text: str) -> list[tuple[int, int, str, list[str]]]:
    """Every capital pair or triple of the note, with its letters as its only feature."""
    return [(m.start(), m.end(), "cased", [m.group()]) for m in re.finditer(r"\b[A-Z]{2,3}\b", text)]


def test_seen_half_trains_with_gold_positive_other_marks_left_out_and_refusals_negative(monkeypatch) -> None:
    monkeypatch.setattr(tj, "GENERATORS", {"stub": (_stub(), ("initials",))})
    rows = tj.generator_rows(3, 1, "seen", _groups)
    labels = {r[0][0]: r[1] for r in rows}
    assert labels["QX"] == 1 and "ZV" not in labels  # the gold, and another signer's mark never labelled
    assert labels["JJJ"] == 0 and labels["PO"] == 0  # a refusal line holds no person
    assert "KW" not in labels and {r[2] for r in rows} == {"stub"}


def test_held_half_is_scored_without_refusals() -> None:
    rows = tj.generator_rows(3, 4, "held")
    assert rows and all(r[1] == 1 for r in rows)
    assert {r[2] for r in rows} <= set(tj.GENERATORS)
