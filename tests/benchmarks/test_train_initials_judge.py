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


def test_grid_rows_read_one_half_with_gold_positive_other_staff_left_out_and_code_cells_negative(monkeypatch) -> None:
    grid = "Time | Route | Given by | Checked by\n0900 | PO | QX | ZV"
    refusal = "Time | Route | Given by\n0900 | IV | --"
    at = grid.index("QX")
    staff = [(at, at + 2), (grid.index("ZV"), grid.index("ZV") + 2)]
    fake = [({"half": "seen"}, grid, (at, at + 2), staff), ({"half": "seen"}, refusal, None, []),
            ({"half": "held"}, "Given by | KW", (11, 13), [(11, 13)])]
    monkeypatch.setattr(tj.staff_grid_variation, "cases", lambda n, seed, refusals: fake)
    rows = tj.grid_rows(3, 1, "seen", _groups)
    labels = {r[0][0]: r[1] for r in rows}
    assert labels == {"QX": 1, "PO": 0, "IV": 0}  # another signer's cell never labelled; held grids never read
    assert {r[2] for r in rows} == {"grid"}
    assert {r[0][0] for r in tj.grid_rows(3, 1, "held", _groups)} == {"KW"}


def test_layout_gate_raises_the_threshold_until_a_left_out_generator_takes_at_most_the_allowed(monkeypatch) -> None:
    class _Model:
        def predict_proba(self, x: list) -> list:
            import numpy as np

            return np.array([[1 - p, p] for p in x])

    class _Vec:
        def transform(self, rows: list) -> list:
            return [float(next(iter(r))) for r in rows]

    monkeypatch.setattr(tj, "GENERATORS", {"stub": (None, ())})
    monkeypatch.setattr(tj, "fit", lambda rows, c, seed: (_Vec(), _Model()))
    rows = [(["0.97"], 0, "stub", "a", "vocab"), (["0.8"], 0, "stub", "b", "vocab"), (["0.6"], 0, "stub", "c", "vocab"),
            (["0.99"], 1, "stub", "d", "vocab"), (["0.95"], 0, "forms", "e", "vocab")]
    args = types.SimpleNamespace(grid_n=0, c=1.0, seed=1)
    assert tj.layout_gate(rows, args, 0) == 0.9701  # above every negative of the left-out generator
    assert tj.layout_gate(rows, args, 1) == 0.8001
    assert tj.layout_gate(rows, args, 5) == 0.5  # never under the floor
