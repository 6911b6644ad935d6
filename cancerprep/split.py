"""Patient-level train/validation/test splits.

Whole patients go to one split, so no patient's notes (and no copy-forward text
between their notes) can leak from training into evaluation. The assignment is
a pure function of the patient pseudonyms, the seed and the ratios: the same
input gives the same split on any machine. Stratifying by a column (e.g. the
patient's main cancer type) gives every type its share of every split.
"""

from __future__ import annotations

import hashlib

import polars as pl

SPLITS = ("train", "validation", "test")
DEFAULT_RATIOS = {"train": 0.8, "validation": 0.1, "test": 0.1}


def _rank_key(seed: int, patient: str) -> str:
    return hashlib.sha256(f"{seed}\x00{patient}".encode()).hexdigest()


def patient_strata(notes: pl.DataFrame, patient_col: str, stratify: str | None) -> pl.DataFrame:
    """One row per patient with its stratum: the most frequent value of `stratify` (ties: smallest)."""
    if not stratify or stratify not in notes.columns:
        return notes.select(pl.col(patient_col).unique()).with_columns(pl.lit("all").alias("stratum"))
    counts = (notes.group_by(patient_col, stratify).len()
              .sort([patient_col, "len", stratify], descending=[False, True, False]))
    return (counts.group_by(patient_col, maintain_order=True).first()
            .select(pl.col(patient_col), pl.col(stratify).cast(pl.Utf8).fill_null("none").alias("stratum")))


def assign_splits(patients: pl.DataFrame, patient_col: str, ratios: dict[str, float] | None = None,
                  seed: int = 0) -> pl.DataFrame:
    """Map each patient to a split. `patients` has `patient_col` and `stratum` columns.

    Within each stratum patients are ordered by a seeded hash of their pseudonym and
    cut at the cumulative ratios, so each stratum is split in proportion.
    """
    ratios = dict(ratios or DEFAULT_RATIOS)
    total = sum(ratios.get(s, 0.0) for s in SPLITS)
    if total <= 0:
        raise ValueError("split ratios must sum to more than 0")
    bounds, acc = [], 0.0
    for s in SPLITS:
        acc += ratios.get(s, 0.0) / total
        bounds.append((acc, s))

    rows: list[tuple[str, str]] = []
    for (stratum,), group in sorted(patients.group_by("stratum"), key=lambda g: str(g[0][0])):
        del stratum
        ordered = sorted(group[patient_col].to_list(), key=lambda p: _rank_key(seed, p))
        n = len(ordered)
        for i, patient in enumerate(ordered):
            position = (i + 0.5) / n
            split = next(s for bound, s in bounds if position <= bound + 1e-12)
            rows.append((patient, split))
    return pl.DataFrame(rows, schema={patient_col: pl.Utf8, "split": pl.Utf8}, orient="row").sort(patient_col)
