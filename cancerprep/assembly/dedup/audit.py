"""Audit of a written dataset: patients and near-duplicate clusters that straddle splits."""

from __future__ import annotations

import polars as pl

from cancerprep.assembly.dedup.minhash import near_duplicate_clusters
from cancerprep.assembly.dedup.order import order_notes


def split_leaks(notes: pl.DataFrame, pairs: dict[str, pl.DataFrame] | None = None, threshold: float = 0.8,
                num_perm: int = 128, shingle_words: int = 5) -> dict[str, int]:
    """Audit a written dataset: patients and near-duplicate clusters found in more than one split.

    Notes need `note_id`, `patient_id`, `text` and `split`; pairs (optional) `patient_pseudonym` and
    `split`. Returns counts only (no ids, no text), all zero for a leak-free dataset.
    """
    units = [notes.select(pl.col("patient_id").alias("unit"), "split")]
    for frame in (pairs or {}).values():
        units.append(frame.select(pl.col("patient_pseudonym").alias("unit"), "split"))
    per_unit = pl.concat(units).unique().group_by("unit").len()
    result = {"patients_in_two_splits": per_unit.filter(pl.col("len") > 1).height,
              "near_duplicate_clusters_across_splits": 0}
    if notes.height > 1:
        ordered = order_notes(notes)
        roots = near_duplicate_clusters(ordered["text"].to_list(), threshold, num_perm, shingle_words)
        spread = ordered.with_columns(pl.Series("_root", roots)).group_by("_root").agg(pl.col("split").n_unique())
        result["near_duplicate_clusters_across_splits"] = spread.filter(pl.col("split") > 1).height
    return result
