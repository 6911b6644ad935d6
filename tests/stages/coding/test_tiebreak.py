"""The learned tie-breaker (off by default): where it acts, that its committed weights are what the
training script makes, and that it changes nothing when off."""

from __future__ import annotations

import json
import subprocess
import sys

from cancerprep.resources import data
from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.textcoder import Mention
from cancerprep.stages.coding.tiebreak import MODEL_FILE, TieBreaker, history_in_doubt, near_tie
from tests.paths import REPO


def _m(type_id: str, current: bool = True, weight: float = 1.0, note_active: bool = False) -> Mention:
    return Mention(0, 5, type_id, "C50.9", "other", current, "x", None, weight, note_active)


def test_acts_only_in_near_ties() -> None:
    assert near_tie([_m("breast", weight=3.0), _m("lung", weight=2.0)]) == ["breast", "lung"]
    assert near_tie([_m("breast", weight=3.0), _m("lung", weight=1.0)]) == []  # a clear leader
    assert near_tie([_m("breast", weight=3.0), _m("lung", current=False, weight=3.0)]) == []  # past only
    assert history_in_doubt([_m("breast"), _m("breast", current=False)], "breast")
    assert history_in_doubt([_m("breast", current=False, note_active=True)], "breast")
    assert not history_in_doubt([_m("breast"), _m("breast")], "breast")


def test_model_loads_and_gives_probabilities() -> None:
    tb = TieBreaker.load()
    mentions = [_m("breast", weight=3.0), _m("lung", weight=2.0)]
    assert tb.pick_type(["breast", "lung"], mentions, 100, {}) in ("breast", "lung")
    p = tb.history_model.prob([0.0] * len(tb.history_model.weights))
    assert 0.0 < p < 1.0


def test_off_by_default() -> None:
    assert Coder().tiebreak is None
    assert Coder({"tiebreak": True}).tiebreak is not None


def test_committed_weights_are_reproducible(tmp_path) -> None:
    out = tmp_path / "tiebreak.json"
    subprocess.run([sys.executable, "-m", "benchmarks.quality.train_coding_tiebreak", "--out", str(out)],
                   cwd=REPO, check=True, capture_output=True, timeout=600)
    committed = json.loads(data(MODEL_FILE).read_text(encoding="utf-8"))
    assert json.loads(out.read_text(encoding="utf-8")) == committed
