"""Train the coding tie-breaker (cancerprep/stages/coding/tiebreak.py) on the TUNING part of the MTSamples labels.

Usage:
    .venv/bin/python -m benchmarks.quality.train_coding_tiebreak [--out cancerprep/data/coding/tiebreak.json]

Two L2-regularised logistic regressions (numpy, full-batch gradient descent, fixed iterations: the result
is reproducible to the bit on one machine) over the rule features of every candidate type of every tuning
note with a typed text mention:
- type model: is this candidate the labelled main type?
- history model: is the labelled ICD-10-CM target a personal-history code (Z85/Z86)? (candidates that are
  the labelled main type only)
The check part is never read here (its notes are skipped by `part_of`). Scores: `coding_eval --tiebreak`.
The notes are those of `TRAIN_SETS`, the label sets the committed weights were trained on; training on a
later set changes the weights, a model change of its own (commit the new weights with it).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from benchmarks.quality.coding_eval import LABEL_SETS, load_all
from cancerprep.stages.coding.tiebreak import FEATURES, type_features

TRAIN_SETS = LABEL_SETS[:3]  # the fourth set's `none` notes came after the committed weights
OUT = Path(__file__).resolve().parents[2] / "cancerprep" / "data" / "coding" / "tiebreak.json"


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 3000, lr: float = 0.1) -> dict[str, object]:
    """Standardise, then minimise the mean log-loss + l2/n * |w|^2 by gradient descent."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    w = np.zeros(z.shape[1])
    b = 0.0
    n = len(y)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        g = p - y
        w -= lr * (z.T @ g / n + 2 * l2 / n * w)
        b -= lr * g.mean()
    return {"weights": [round(float(v), 6) for v in w], "bias": round(float(b), 6),
            "mean": [round(float(v), 6) for v in mean], "scale": [round(float(v), 6) for v in scale]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    from cancerprep.stages.coding.coder import Coder

    coder = Coder()
    coder.setup()
    defaults = {t.id: t.default_code for t in coder.taxonomy.types}
    tx, ty, hx, hy = [], [], [], []
    frame = load_all(TRAIN_SETS)
    tuning = frame.filter(frame["part"] == "tuning")
    for r in tuning.iter_rows(named=True):
        mentions = coder.text.mentions(r["text"])
        types = sorted({m.type_id for m in mentions if m.type_id is not None})
        for t in types:
            f = type_features(mentions, t, len(r["text"]), defaults)
            tx.append(f)
            ty.append(1.0 if t == r["cancer_type"] else 0.0)
            if t == r["cancer_type"] and r["icd10_category"]:
                hx.append(f)
                hy.append(1.0 if r["icd10_category"][0] == "Z" else 0.0)
    model = {"features": FEATURES, "trained_on": f"tuning part, {tuning.height} notes",
             "type": fit(np.array(tx), np.array(ty)), "history": fit(np.array(hx), np.array(hy))}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"type model: {len(ty)} candidates ({int(sum(ty))} positive); history model: {len(hy)} "
          f"({int(sum(hy))} history); wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
