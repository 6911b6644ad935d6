"""The learned tie-breaker (issue 17, optional; off by default): two small logistic regressions over the
rule features of a note's candidate types, used only where the rules disagree.

- which type is the note's main cancer, when two types have current mentions of close section-weighted
  weight (the rules' ranking is a near tie);
- whether the main cancer is personal history (Z85/Z86) or active, when its mentions are both current and
  historical, or all historical but the note speaks of spread or recurrence.

Weights are trained on the tuning part of the MTSamples labels by
`python -m benchmarks.quality.train_coding_tiebreak` into `cancerprep/data/coding/tiebreak.json`; applying
them needs no library (a dot product and a sigmoid). docs/coding.md reports whether they help.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

MODEL_FILE = "coding/tiebreak.json"
FEATURES = ["current", "historical", "weight", "weight_share", "in_diagnosis", "in_past", "first_position",
            "note_active", "default_code", "skin"]
CLOSE = 0.5  # a runner-up with at least this share of the leader's weight makes the type choice a near tie


def type_features(mentions: Sequence[Any], type_id: str, text_len: int, default_codes: dict[str, str]) -> list[float]:
    """The rule features of one candidate type of a note (the same for training and use)."""
    mine = [m for m in mentions if m.type_id == type_id]
    total = sum(m.weight for m in mentions if m.type_id is not None) or 1.0
    weight = sum(m.weight for m in mine)
    return [
        math.log1p(sum(1 for m in mine if m.current)),
        math.log1p(sum(1 for m in mine if not m.current)),
        math.log1p(weight),
        weight / total,
        float(any(m.section == "diagnosis" for m in mine)),
        float(any(m.section == "past" for m in mine)),
        min(m.start for m in mine) / max(1, text_len) if mine else 1.0,
        float(any(m.note_active for m in mentions)),
        float(any(m.code == default_codes.get(type_id) for m in mine)),
        float(any(m.code[:3] in ("C44", "D04") for m in mine)),
    ]


def near_tie(mentions: Sequence[Any]) -> list[str]:
    """Types with current mentions whose weights are within CLOSE of the leader's (empty: no near tie)."""
    weights: dict[str, float] = {}
    for m in mentions:
        if m.type_id is not None and m.current:
            weights[m.type_id] = weights.get(m.type_id, 0.0) + m.weight
    if len(weights) < 2:
        return []
    top = max(weights.values())
    close = [t for t, w in weights.items() if w >= CLOSE * top]
    return close if len(close) >= 2 else []


def history_in_doubt(mentions: Sequence[Any], type_id: str) -> bool:
    """Mixed current and historical mentions of the type, or all historical in a note that speaks of spread."""
    mine = [m for m in mentions if m.type_id == type_id]
    cur = sum(1 for m in mine if m.current)
    return bool(mine) and ((0 < cur < len(mine)) or (cur == 0 and any(m.note_active for m in mentions)))


@dataclass
class Logistic:
    """Weights + bias of one logistic regression over standardised FEATURES."""

    weights: list[float]
    bias: float
    mean: list[float]
    scale: list[float]

    def prob(self, x: Sequence[float]) -> float:
        z = self.bias + sum(w * (v - m) / s for w, v, m, s in zip(self.weights, x, self.mean, self.scale, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass
class TieBreaker:
    """The two models; `decide` asks them only in the rules' near ties."""

    type_model: Logistic
    history_model: Logistic

    @classmethod
    def load(cls) -> TieBreaker:
        from cancerprep.resources import data

        raw = json.loads(data(MODEL_FILE).read_text(encoding="utf-8"))
        return cls(Logistic(**raw["type"]), Logistic(**raw["history"]))

    def pick_type(self, candidates: list[str], mentions: Sequence[Any], text_len: int,
                  default_codes: dict[str, str]) -> str:
        return max(candidates, key=lambda t: self.type_model.prob(type_features(mentions, t, text_len, default_codes)))

    def is_history(self, type_id: str, mentions: Sequence[Any], text_len: int, default_codes: dict[str, str]) -> bool:
        return self.history_model.prob(type_features(mentions, type_id, text_len, default_codes)) > 0.5
