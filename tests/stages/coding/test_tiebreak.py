"""The learned tie-breaker (off by default): where it acts, that a toy model flips a near tie and nothing else,
that its committed weights are what the training script makes, that training twice gives the same weights, and
that it changes nothing when off."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np

from benchmarks.quality.train_coding_tiebreak import fit, history_label
from cancerprep.resources import data
from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.decide import decide
from cancerprep.stages.coding.taxonomy import load_taxonomy
from cancerprep.stages.coding.textcoder import Mention
from cancerprep.stages.coding.tiebreak import (
    ALL_FEATURES,
    FEATURES,
    MODEL_FILE,
    Logistic,
    TieBreaker,
    history_in_doubt,
    named_features,
    near_tie,
    type_features,
)
from tests.paths import REPO

TAXONOMY = load_taxonomy(None, None)


def _m(type_id: str, current: bool = True, weight: float = 1.0, note_active: bool = False, section: str = "other",
       code: str = "C50.9", start: int = 0) -> Mention:
    return Mention(start, start + 5, type_id, code, section, current, "x", None, weight, note_active)


def _toy(type_weight: float = 5.0, history_bias: float = -5.0) -> TieBreaker:
    """A model that prefers the candidate written in a Diagnosis section, and calls history by its bias alone."""
    return TieBreaker(Logistic([type_weight], 0.0, [0.0], [1.0]), Logistic([0.0], history_bias, [0.0], [1.0]),
                      ("in_diagnosis",))


class _Spy(TieBreaker):
    """Counts how often the models are asked."""

    calls = 0

    def _x(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        _Spy.calls += 1
        return super()._x(*args, **kwargs)


def test_acts_only_in_near_ties() -> None:
    assert near_tie([_m("breast", weight=3.0), _m("lung", weight=2.0)]) == ["breast", "lung"]
    assert near_tie([_m("breast", weight=3.0), _m("lung", weight=1.0)]) == []  # a clear leader
    assert near_tie([_m("breast", weight=3.0), _m("lung", current=False, weight=3.0)]) == []  # past only
    assert history_in_doubt([_m("breast"), _m("breast", current=False)], "breast")
    assert history_in_doubt([_m("breast", current=False, note_active=True)], "breast")
    assert not history_in_doubt([_m("breast"), _m("breast")], "breast")


def test_a_toy_model_flips_a_near_tie() -> None:
    tie = [_m("breast", weight=3.0, start=0), _m("lung", weight=2.0, section="diagnosis", code="C34.1", start=50)]
    assert decide(tie, [], TAXONOMY).cancer_type == "breast"  # the rules: the heavier type
    flipped = decide(tie, [], TAXONOMY, tiebreak=_toy(), text_len=100)
    assert flipped.cancer_type == "lung" and flipped.icd10[0].startswith("C34.1")  # its own code
    assert decide(tie, [], TAXONOMY, tiebreak=_toy(type_weight=-5.0), text_len=100).cancer_type == "breast"


def test_a_toy_model_leaves_a_clear_leader_alone() -> None:
    clear = [_m("breast", weight=3.0), _m("lung", weight=1.0, section="diagnosis", code="C34.1", start=50)]
    assert decide(clear, [], TAXONOMY, tiebreak=_toy(), text_len=100).cancer_type == "breast"


def test_a_toy_model_decides_history_only_in_doubt() -> None:
    mixed = [_m("breast"), _m("breast", current=False, start=20)]
    assert decide(mixed, [], TAXONOMY).icd10[0].startswith("C50")
    assert decide(mixed, [], TAXONOMY, tiebreak=_toy(history_bias=5.0), text_len=100).icd10[0].startswith("Z85")
    current = [_m("breast"), _m("breast", start=20)]  # no doubt: the rules' active code, whatever the model says
    assert decide(current, [], TAXONOMY, tiebreak=_toy(history_bias=5.0), text_len=100).icd10[0].startswith("C50")


def test_models_are_asked_only_where_the_rules_disagree() -> None:
    spy = _Spy(Logistic([1.0], 0.0, [0.0], [1.0]), Logistic([1.0], 0.0, [0.0], [1.0]), ("weight",))
    _Spy.calls = 0
    for mentions in ([_m("breast"), _m("breast", start=20)],  # one type, all current
                     [_m("breast", weight=3.0), _m("lung", weight=1.0, code="C34.9")],  # a clear leader
                     []):  # nothing found
        decide(mentions, [], TAXONOMY, tiebreak=spy, text_len=100)
    assert _Spy.calls == 0
    decide([_m("breast", weight=3.0), _m("lung", weight=2.0, code="C34.9")], [], TAXONOMY, tiebreak=spy, text_len=100)
    assert _Spy.calls == 2  # one probability per close candidate


def test_feature_names() -> None:
    mentions = [_m("breast", weight=3.0), _m("lung", weight=2.0, section="diagnosis", code="C34.9")]
    named = named_features(mentions, "lung", 100, {}, ["breast", "lung"])
    assert list(named) == ALL_FEATURES and FEATURES == ALL_FEATURES[:10]
    assert type_features(mentions, "lung", 100, {}) == [named[k] for k in FEATURES]  # the committed weights' order
    assert named["in_diagnosis"] == 1.0 and named["rules_first"] == 0.0 and named["rules_rank"] == 1.0


def test_model_loads_and_gives_probabilities(tmp_path) -> None:
    tb = TieBreaker.load()
    assert tb.names == tuple(FEATURES)
    mentions = [_m("breast", weight=3.0), _m("lung", weight=2.0)]
    assert tb.rerank(mentions, ["breast", "lung"], 100, {})[0] in ("breast", "lung")
    p = tb.history_model.prob([0.0] * len(tb.history_model.weights))
    assert 0.0 < p < 1.0
    wide = tmp_path / "wide.json"  # a file of `--wide` names its features
    zero = {"weights": [0.0] * len(ALL_FEATURES), "bias": 0.0, "mean": [0.0] * len(ALL_FEATURES),
            "scale": [1.0] * len(ALL_FEATURES)}
    wide.write_text(json.dumps({"features": ALL_FEATURES, "type": zero, "history": zero}), encoding="utf-8")
    assert TieBreaker.load(wide).names == tuple(ALL_FEATURES)


def test_off_by_default() -> None:
    assert Coder().tiebreak is None
    assert Coder({"tiebreak": True}).tiebreak is not None


def test_training_twice_gives_the_same_weights() -> None:
    rng = np.random.default_rng(30)
    x = rng.normal(size=(200, 4))
    y = (x[:, 0] + 0.5 * x[:, 1] > 0).astype(float)
    first, second = fit(x, y), fit(x.copy(), y.copy())
    assert first == second
    assert first["weights"][0] > first["weights"][1] > 0  # it learns something, not zeros


def test_history_labels() -> None:
    assert history_label("Z85") == 1.0 and history_label("C50") == 0.0
    assert history_label("C50|Z85") is None and history_label("") is None and history_label(None) is None


def test_committed_weights_are_reproducible(tmp_path) -> None:
    out = tmp_path / "tiebreak.json"
    subprocess.run([sys.executable, "-m", "benchmarks.quality.train_coding_tiebreak", "--out", str(out)],
                   cwd=REPO, check=True, capture_output=True, timeout=600)
    committed = json.loads(data(MODEL_FILE).read_text(encoding="utf-8"))
    assert json.loads(out.read_text(encoding="utf-8")) == committed
