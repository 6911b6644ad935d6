"""The learned tie-breaker (issue 17, optional; off by default): two small logistic regressions over the
rule features of a note's candidate types, consulted only where the rules disagree.

- which type is the note's main cancer, when two types have current mentions of close section-weighted weight
  (the rules' ranking is a near tie, `near_tie`);
- whether the main cancer is personal history (Z85/Z86) or active, when its mentions are both current and
  historical, or all historical but the note speaks of spread or recurrence (`history_in_doubt`).

Nowhere else is it asked: a note with one candidate type, or none, is the rules' alone. The features carry over
from one note form to another (mention counts by currency and section kind, time status, in situ, spread and skin
codes, the default code, how much of the note's evidence the type holds, the rules' own rank of the candidate),
never a word. The committed weights are trained on the tuning part of the first three MTSamples label sets over
`FEATURES` by `python -m benchmarks.quality.train_coding_tiebreak`; `--wide` trains on the tuning parts of every
coding form family as well, over `ALL_FEATURES` (the thirtieth pass: it did not help either; docs/coding.md).
Applying them needs no library (a dot product and a sigmoid).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MODEL_FILE = "coding/tiebreak.json"
# every feature a model may use, by name; a model file lists the ones it was trained on (the committed weights use the
# first ten, `FEATURES`; `train_coding_tiebreak --wide` all of them)
ALL_FEATURES = ["current", "historical", "weight", "weight_share", "in_diagnosis", "in_past", "first_position",
                "note_active", "default_code", "skin", "mention_share", "in_narrative", "in_minor", "in_situ",
                "spread_only", "watched", "cured", "status_max", "status_min", "other_cancer", "codes",
                "long_evidence", "rules_first", "rules_rank", "candidates"]
FEATURES = ALL_FEATURES[:10]
CLOSE = 0.5  # a runner-up with at least this share of the leader's weight makes the type choice a near tie


def _secondary(code: str) -> bool:
    return "C77" <= code[:3] <= "C79"


def named_features(mentions: Sequence[Any], type_id: str, text_len: int, default_codes: dict[str, str],
                   ranked: Sequence[str] = ()) -> dict[str, float]:
    """Every feature of one candidate type of a note, by name (the same for training and use); `ranked` is the
    rules' order of the note's candidate types."""
    typed = [m for m in mentions if m.type_id is not None]
    mine = [m for m in typed if m.type_id == type_id]
    cur = [m for m in mine if m.current]
    total = sum(m.weight for m in typed) or 1.0
    weight = sum(m.weight for m in mine)
    n = len(ranked)
    rank = list(ranked).index(type_id) if type_id in ranked else n
    return {
        "current": math.log1p(len(cur)),
        "historical": math.log1p(len(mine) - len(cur)),
        "weight": math.log1p(weight),
        "weight_share": weight / total,
        "in_diagnosis": float(any(m.section == "diagnosis" for m in mine)),
        "in_past": float(any(m.section == "past" for m in mine)),
        "first_position": min(m.start for m in mine) / max(1, text_len) if mine else 1.0,
        "note_active": float(any(m.note_active for m in mentions)),
        "default_code": float(any(m.code == default_codes.get(type_id) for m in mine)),
        "skin": float(any(m.code[:3] in ("C44", "D04") for m in mine)),
        "mention_share": len(mine) / max(1, len(typed)),
        "in_narrative": float(any(m.section == "narrative" for m in mine)),
        "in_minor": float(any(m.section == "minor" for m in mine)),
        "in_situ": float(any(m.code[:2] == "D0" for m in mine)),
        "spread_only": float(bool(mine) and all(_secondary(m.code) for m in mine)),
        "watched": float(bool(cur) and all(m.watched for m in cur)),
        "cured": float(any(m.cured for m in mine)),
        "status_max": max((m.status for m in mine), default=0) / 2.0,
        "status_min": min((m.status for m in mine), default=0) / 2.0,
        "other_cancer": float(type_id == "other_cancer"),
        "codes": math.log1p(len({m.code for m in mine})),
        "long_evidence": float(any(len(m.evidence.split()) >= 3 for m in mine)),  # histology and site together
        "rules_first": float(rank == 0),
        "rules_rank": rank / max(1, n - 1),
        "candidates": math.log(n) if n else 0.0,
    }


def type_features(mentions: Sequence[Any], type_id: str, text_len: int, default_codes: dict[str, str],
                  ranked: Sequence[str] = (), names: Sequence[str] = FEATURES) -> list[float]:
    """The features `names` of one candidate type, in that order."""
    f = named_features(mentions, type_id, text_len, default_codes, ranked)
    return [f[k] for k in names]


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
    """Weights + bias of one logistic regression over standardised features."""

    weights: list[float]
    bias: float
    mean: list[float]
    scale: list[float]

    def prob(self, x: Sequence[float]) -> float:
        z = self.bias + sum(w * (v - m) / s for w, v, m, s in zip(self.weights, x, self.mean, self.scale, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass
class TieBreaker:
    """The two models over the features `names`; `rerank` and `history` ask them only where the rules disagree."""

    type_model: Logistic
    history_model: Logistic
    names: tuple[str, ...] = tuple(FEATURES)

    @classmethod
    def load(cls, path: Path | None = None) -> TieBreaker:
        """The committed weights, or a model file written by `train_coding_tiebreak --out` (measuring only)."""
        from cancerprep.resources import data

        raw = json.loads((path or data(MODEL_FILE)).read_text(encoding="utf-8"))
        return cls(Logistic(**raw["type"]), Logistic(**raw["history"]), tuple(raw.get("features", FEATURES)))

    def _x(self, mentions: Sequence[Any], type_id: str, text_len: int, default_codes: dict[str, str],
           ranked: Sequence[str]) -> list[float]:
        return type_features(mentions, type_id, text_len, default_codes, ranked, self.names)

    def rerank(self, mentions: Sequence[Any], ranked: list[str], text_len: int,
               default_codes: dict[str, str]) -> list[str]:
        """The rules' order, with the model's pick first where the rules' candidates are a near tie (`near_tie`);
        the rules' earlier candidate wins an exact tie of probabilities. Elsewhere `ranked` as it is."""
        close = near_tie(mentions)
        if not close:
            return ranked
        pick = max((t for t in ranked if t in close),
                   key=lambda t: self.type_model.prob(self._x(mentions, t, text_len, default_codes, ranked)))
        return [pick] + [t for t in ranked if t != pick]

    def history(self, type_id: str, mentions: Sequence[Any], ranked: Sequence[str], text_len: int,
                default_codes: dict[str, str]) -> bool | None:
        """Personal history (True) or active (False) for a main type whose mentions leave it in doubt
        (`history_in_doubt`); None elsewhere: the rules decide."""
        if not history_in_doubt(mentions, type_id):
            return None
        return self.history_model.prob(self._x(mentions, type_id, text_len, default_codes, ranked)) > 0.5
