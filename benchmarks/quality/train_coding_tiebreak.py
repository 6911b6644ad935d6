"""Train the coding tie-breaker (cancerprep/stages/coding/tiebreak.py) on TUNING parts only.

Usage:
    .venv/bin/python -m benchmarks.quality.train_coding_tiebreak [--out cancerprep/data/coding/tiebreak.json]
    .venv/bin/python -m benchmarks.quality.train_coding_tiebreak --wide --out /tmp/tiebreak_wide.json

Two L2-regularised logistic regressions (numpy, full-batch gradient descent, fixed iterations: the result
is reproducible to the bit on one machine) over the rule features of every candidate type of every tuning
note with a typed text mention:
- type model: is this candidate the labelled main type?
- history model: is the labelled ICD-10-CM target a personal-history code (Z85/Z86)? (candidates that are
  the labelled main type only)
The check parts are never read here (`part_of`, `form_part`). Default: the notes of `TRAIN_SETS`, the label sets
the committed weights were trained on, over `FEATURES`; training on a later set changes the weights, a model
change of its own (commit the new weights with it). `--wide` (the thirtieth pass) adds every coding form family's
tuning part, each form alone and set into the probe's host notes as `coding_forms_probe` codes it, and every
MTSamples label set's tuning part, over `ALL_FEATURES`; score a model file with
`benchmarks.quality.coding_tiebreak_eval --model FILE`.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.quality.coding_eval import LABEL_SETS, load_all
from cancerprep.stages.coding.tiebreak import ALL_FEATURES, FEATURES, type_features

TRAIN_SETS = LABEL_SETS[:3]  # the fourth set's `none` notes came after the committed weights
OUT = Path(__file__).resolve().parents[2] / "cancerprep" / "data" / "coding" / "tiebreak.json"
HOSTS = 3  # as `coding_forms_probe` sets its forms into host notes


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


def history_label(icd: str | None) -> float | None:
    """1 for a personal-history target, 0 for an active one, None where the accepted categories ("C50|Z85") or an
    empty target leave it open."""
    alts = [a for a in (icd or "").split("|") if a]
    if not alts:
        return None
    past = {a[0] == "Z" for a in alts}
    return None if len(past) > 1 else float(past.pop())


def tuning_notes(wide: bool) -> Iterator[tuple[str, str, str | None]]:
    """(text, gold type, gold ICD category or categories) of every tuning note the model learns from."""
    sets = LABEL_SETS if wide else TRAIN_SETS
    frame = load_all(sets)
    for r in frame.filter(frame["part"] == "tuning").iter_rows(named=True):
        yield r["text"], r["cancer_type"], r["icd10_category"]
    if wide:
        from benchmarks.quality.coding_forms_probe import FAMILIES, cases

        for family in FAMILIES:
            for case in cases(HOSTS, family, "tuning"):
                yield case.text, case.form.cancer_type, case.form.icd


def examples(coder: Any, wide: bool) -> tuple[list[list[float]], list[float], list[list[float]], list[float], int]:
    """Feature rows and labels of both models, and the number of notes read."""
    from cancerprep.stages.coding.decide import decide

    defaults = {t.id: t.default_code for t in coder.taxonomy.types}
    names = ALL_FEATURES if wide else FEATURES
    tx, ty, hx, hy = [], [], [], []
    notes = 0
    for text, gold, icd in tuning_notes(wide):
        notes += 1
        mentions = coder.text.mentions(text)
        types = sorted({m.type_id for m in mentions if m.type_id is not None})
        ranked = decide(mentions, [], coder.taxonomy).cancer_types if wide and types else []
        for t in types:
            f = type_features(mentions, t, len(text), defaults, ranked, names)
            tx.append(f)
            ty.append(1.0 if t == gold else 0.0)
            past = history_label(icd) if wide else (float(icd[0] == "Z") if icd else None)
            if t == gold and past is not None:
                hx.append(f)
                hy.append(past)
    return tx, ty, hx, hy, notes


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--wide", action="store_true",
                    help="train on every tuning part (label sets and form families) over ALL_FEATURES")
    args = ap.parse_args()
    from cancerprep.stages.coding.coder import Coder

    coder = Coder()
    coder.setup()
    tx, ty, hx, hy, notes = examples(coder, args.wide)
    trained_on = (f"tuning parts of every label set and coding form family ({HOSTS} hosts), {notes} notes"
                  if args.wide else f"tuning part, {notes} notes")
    model = {"features": ALL_FEATURES if args.wide else FEATURES, "trained_on": trained_on,
             "type": fit(np.array(tx), np.array(ty)), "history": fit(np.array(hx), np.array(hy))}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"type model: {len(ty)} candidates ({int(sum(ty))} positive); history model: {len(hy)} "
          f"({int(sum(hy))} history); wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
