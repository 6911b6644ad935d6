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


def stratum_counts(notes: pl.DataFrame, stratify: str | None, patient_col: str = "patient_id") -> pl.DataFrame:
    """Notes per (patient, value of `stratify`): counts of shards add up to the counts of the corpus.

    So a run can stream its notes shard by shard and still split exactly as over the whole
    corpus; the table is as large as the number of patients, not notes.
    """
    value = (pl.col(stratify) if stratify and stratify in notes.columns else pl.lit("all")).alias("stratum")
    return notes.group_by(pl.col(patient_col).alias("patient_id"), value).agg(pl.len().cast(pl.Int64).alias("n"))


def _strata_from_counts(counts: pl.DataFrame, unit: str) -> pl.DataFrame:
    """One row per unit with its stratum: the most frequent value (ties: the smallest)."""
    totals = (counts.group_by(unit, "stratum").agg(pl.col("n").sum())
              .sort([unit, "n", "stratum"], descending=[False, True, False]))
    return (totals.group_by(unit, maintain_order=True).first()
            .select(pl.col(unit), pl.col("stratum").cast(pl.Utf8).fill_null("none")))


def group_splits(counts: pl.DataFrame, groups: pl.DataFrame | None, ratios: dict[str, float] | None,
                 seed: int) -> pl.DataFrame:
    """patient_id -> split from `stratum_counts`, assigning whole split groups (patient_id, group).

    A patient without a group is its own group, so with no groups this is a plain
    patient-level split; with groups (near-duplicate links) linked patients share a split.
    """
    if groups is None or groups.height == 0:
        groups = pl.DataFrame(schema={"patient_id": pl.Utf8, "group": pl.Utf8})
    tagged = counts.join(groups, on="patient_id", how="left").with_columns(
        pl.coalesce("group", "patient_id").alias("group"))
    strata = _strata_from_counts(tagged, "group")
    by_group = assign_splits(strata, "group", ratios, seed)
    return (tagged.select("patient_id", "group").unique().join(by_group, on="group", how="left")
            .select("patient_id", "split").sort("patient_id"))


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
