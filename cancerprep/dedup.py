"""Exact and near-duplicate removal over the note corpus, and split groups that keep copies together.

Clinical notes are full of copy-forward text and templates. A duplicate in
training over-weights one note; a near-duplicate on both sides of a split leaks
test text into training. So the corpus is de-duplicated as a whole (not per
shard): exact duplicates by a hash of the normalized text, near-duplicates by
MinHash LSH (datasketch) over word shingles, clustered with union-find as in
the BigCode/text-dedup pipelines. One representative per cluster (the earliest
note) is kept; the others go to quarantine with reason `exact_duplicate` or
`near_duplicate`, so every input row stays accounted for.

With `near_action: group` near-duplicates are kept instead, and every patient
linked by a near-duplicate cluster is put in one split group: the split then
assigns whole groups, so near-duplicates still never straddle splits.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import polars as pl

from cancerprep.quarantine import Reason, empty_quarantine, quarantine_rows
from cancerprep.records import SOURCE, SOURCE_ROW
from cancerprep.split import assign_splits, patient_strata

STAGE = "dedup"
DEFAULTS: dict[str, Any] = {
    "exact": True,
    "near": True,
    "threshold": 0.8,
    "num_perm": 128,
    "shingle_words": 5,
    "near_action": "remove",
}
# LSH band layout weighted (false positive, false negative) towards recall, and tuned LSH_MARGIN
# below the decision threshold: a missed pair can leak across splits, while an extra candidate only
# costs one exact Jaccard comparison. With 128 permutations and threshold 0.8, a pair at Jaccard 0.8
# becomes a candidate with probability > 0.99 (0.40 with datasketch's defaults at 0.8).
LSH_WEIGHTS = (0.05, 0.95)
LSH_MARGIN = 0.1
MINHASH_BATCH = 10_000
_WORD = re.compile(r"\w+", re.UNICODE)


def normalized_text(text: str) -> str:
    """Case-folded words joined by single spaces: whitespace and punctuation edits are not differences."""
    return " ".join(_WORD.findall(text.casefold()))


def shingles(text: str, k: int) -> set[bytes]:
    """Word k-grams of the normalized text (the whole text when it has fewer than k words)."""
    words = normalized_text(text).split(" ")
    if len(words) <= k:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + k]).encode() for i in range(len(words) - k + 1)}


def jaccard(a: set[bytes] | frozenset[bytes], b: set[bytes] | frozenset[bytes]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:  # the smaller index (earlier note) stays the root: it is the representative
            self.parent[max(a, b)] = min(a, b)


@dataclass
class DedupResult:
    """Kept notes, quarantined duplicates, patient -> split group, and PHI-free counts."""

    notes: pl.DataFrame
    quarantine: pl.DataFrame = field(default_factory=empty_quarantine)
    groups: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema={"patient_id": pl.Utf8,
                                                                              "group": pl.Utf8}))
    stats: dict[str, int] = field(default_factory=dict)


def _order(notes: pl.DataFrame) -> pl.DataFrame:
    """Earliest note first (the copy-forward original), ties broken by provenance: deterministic."""
    keys = [c for c in ("note_date", SOURCE, SOURCE_ROW, "note_id") if c in notes.columns]
    return notes.sort(keys, nulls_last=True)


def near_duplicate_clusters(texts: list[str], threshold: float, num_perm: int, shingle_words: int,
                            seed: int = 1) -> list[int]:
    """Cluster root (index of the earliest member) for each text; a singleton is its own root.

    MinHash LSH, banded for recall at `threshold - LSH_MARGIN`, proposes candidate pairs; a
    candidate joins a cluster only when the true Jaccard similarity of the two shingle sets
    reaches `threshold`. So the decision is exact for every candidate (no estimate noise at
    the threshold), and only pairs LSH never proposes can be missed (rare: see LSH_WEIGHTS).
    MinHashes are built in batches, and shingle sets recomputed on demand, to bound memory.
    """
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=max(0.05, threshold - LSH_MARGIN), num_perm=num_perm, weights=LSH_WEIGHTS)
    uf = _UnionFind(len(texts))

    @lru_cache(maxsize=8192)
    def shingle_set(i: int) -> frozenset[bytes]:
        return frozenset(shingles(texts[i], shingle_words))

    for start in range(0, len(texts), MINHASH_BATCH):
        batch = MinHash.bulk([shingles(t, shingle_words) for t in texts[start:start + MINHASH_BATCH]],
                             num_perm=num_perm, seed=seed)
        for k, mh in enumerate(batch):
            i = start + k
            for j in sorted(lsh.query(mh)):
                if uf.find(i) != uf.find(j) and jaccard(shingle_set(i), shingle_set(j)) >= threshold:
                    uf.union(i, j)
            lsh.insert(i, mh)
    return [uf.find(i) for i in range(len(texts))]


def deduplicate(notes: pl.DataFrame, options: dict[str, Any] | None = None) -> DedupResult:
    """Remove exact and near-duplicate notes across the whole corpus (see the module docstring)."""
    opts = {**DEFAULTS, **(options or {})}
    stats = {"dedup.notes_in": notes.height, "dedup.exact_removed": 0, "dedup.near_removed": 0,
             "dedup.near_clusters": 0, "dedup.near_grouped_notes": 0, "dedup.cross_patient_groups": 0}
    if notes.height == 0:
        return DedupResult(notes=notes, stats=stats | {"dedup.notes_out": 0})
    # `_in`: the input position (restored at the end, so a corpus without duplicates comes out
    # unchanged); `_i`: the keep-the-earliest order.
    ordered = _order(notes.with_row_index("_in")).with_row_index("_i")
    removed: list[pl.DataFrame] = [empty_quarantine()]

    if opts["exact"]:
        digest = pl.Series([hashlib.sha256(normalized_text(t).encode()).hexdigest() for t in ordered["text"]])
        ordered = ordered.with_columns(digest.alias("_h"))
        dup = ordered.filter(pl.col("_h").is_duplicated() & ~pl.col("_h").is_first_distinct())
        removed.append(quarantine_rows(dup, stage=STAGE, reason=Reason.EXACT_DUPLICATE, field="text",
                                       detail="same normalized text as an earlier kept note"))
        stats["dedup.exact_removed"] = dup.height
        ordered = ordered.filter(pl.col("_h").is_first_distinct()).drop("_h")

    group_links: list[tuple[str, str]] = []
    if opts["near"] and ordered.height > 1:
        roots = near_duplicate_clusters(ordered["text"].to_list(), float(opts["threshold"]),
                                        int(opts["num_perm"]), int(opts["shingle_words"]))
        ordered = ordered.with_columns(pl.Series("_root", roots, dtype=pl.Int64))
        in_cluster = ordered.filter(pl.col("_root").is_duplicated())
        stats["dedup.near_clusters"] = in_cluster["_root"].n_unique()
        if opts["near_action"] == "remove":
            dup = ordered.filter(pl.col("_root") != pl.int_range(pl.len()))
            removed.append(quarantine_rows(dup, stage=STAGE, reason=Reason.NEAR_DUPLICATE, field="text",
                                           detail=f"near-duplicate (word-shingle Jaccard >= {opts['threshold']}) "
                                                  "of an earlier kept note"))
            stats["dedup.near_removed"] = dup.height
            ordered = ordered.filter(pl.col("_root") == pl.int_range(pl.len()))
        else:
            stats["dedup.near_grouped_notes"] = in_cluster.height
            for _, members in in_cluster.group_by("_root", maintain_order=True):
                patients = sorted(set(members["patient_id"].to_list()))
                group_links.extend((p, patients[0]) for p in patients[1:])
        ordered = ordered.drop("_root")

    kept = ordered.sort("_in").drop("_i", "_in")
    groups = patient_groups(kept["patient_id"].unique().to_list(), group_links)
    stats["dedup.cross_patient_groups"] = groups.filter(pl.col("patient_id") != pl.col("group"))["group"].n_unique()
    # A template shared by many patients chains them into one split group: surface its size.
    stats["dedup.largest_group_patients"] = int(groups.group_by("group").len()["len"].max() or 0)
    stats["dedup.notes_out"] = kept.height
    quarantine = pl.concat(removed, how="vertical_relaxed")
    return DedupResult(notes=kept, quarantine=quarantine, groups=groups, stats=stats)


def patient_groups(patients: list[str], links: list[tuple[str, str]]) -> pl.DataFrame:
    """patient_id -> group (the smallest patient id in its connected component)."""
    index = {p: i for i, p in enumerate(sorted(set(patients) | {x for link in links for x in link}))}
    names = sorted(index, key=index.__getitem__)
    uf = _UnionFind(len(names))
    for a, b in links:
        uf.union(index[a], index[b])
    return pl.DataFrame({"patient_id": names, "group": [names[uf.find(i)] for i in range(len(names))]},
                        schema={"patient_id": pl.Utf8, "group": pl.Utf8})


def grouped_patient_splits(notes: pl.DataFrame, groups: pl.DataFrame | None, stratify: str | None,
                           ratios: dict[str, float] | None, seed: int) -> pl.DataFrame:
    """patient_id -> split, assigning whole split groups (a singleton group is the patient itself).

    Without links this equals assigning patients directly, so recipes without `dedup`
    (or without near-duplicates) split exactly as before.
    """
    if groups is None or groups.height == 0:
        groups = notes.select(pl.col("patient_id").unique()).with_columns(pl.col("patient_id").alias("group"))
    tagged = notes.join(groups, on="patient_id", how="left").with_columns(
        pl.coalesce("group", "patient_id").alias("group"))
    strata = patient_strata(tagged, "group", stratify)
    group_splits = assign_splits(strata, "group", ratios, seed)
    return (tagged.select("patient_id", "group").unique().join(group_splits, on="group", how="left")
            .select("patient_id", "split").sort("patient_id"))


def dedup_file(input_path: str | Path, output: str | Path, quarantine_path: str | Path | None = None,
               options: dict[str, Any] | None = None) -> dict[str, int]:
    """File edge of `cancerprep dedup`: a notes table (CSV/JSONL/Parquet) in, kept notes and quarantine out."""
    from cancerprep.codes import read_table
    from cancerprep.writers import write_table

    notes = read_table(input_path, "notes")
    result = deduplicate(notes, options)
    write_table(result.notes, Path(output))
    if quarantine_path is not None:
        write_table(result.quarantine, Path(quarantine_path))
    return result.stats


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
        ordered = _order(notes)
        roots = near_duplicate_clusters(ordered["text"].to_list(), threshold, num_perm, shingle_words)
        spread = ordered.with_columns(pl.Series("_root", roots)).group_by("_root").agg(pl.col("split").n_unique())
        result["near_duplicate_clusters_across_splits"] = spread.filter(pl.col("split") > 1).height
    return result


def audit_output(out: str | Path, threshold: float = 0.8) -> dict[str, int]:
    """`split_leaks` over a build-dataset output directory (notes/ and tasks/)."""
    from cancerprep.errors import InputError

    out = Path(out)
    files = sorted((out / "notes").glob("*.parquet"))
    if not files:
        raise InputError("no notes/*.parquet (was the run written with outputs.notes: false?)", file=str(out))
    notes = pl.concat([pl.read_parquet(f) for f in files])
    pairs = {d.name: pl.concat([pl.read_parquet(f) for f in sorted(d.glob("*.parquet"))])
             for d in sorted((out / "tasks").glob("*")) if d.is_dir() and any(d.glob("*.parquet"))}
    return split_leaks(notes, pairs, threshold)
