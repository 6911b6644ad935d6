"""Writers: the output edge. Parquet shards, JSONL and Hugging Face DatasetDicts.

All writers are deterministic (fixed row order, no timestamps, content-derived
dataset fingerprints) so that the same run gives byte-identical files.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import polars as pl

from cancerprep.errors import InputError

PARQUET_ROWS_PER_SHARD = 50_000


def write_parquet(frame: pl.DataFrame, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.write_parquet(path, compression="zstd", statistics=False)
    return path


def write_parquet_shards(frame: pl.DataFrame, directory: Path, rows_per_shard: int = PARQUET_ROWS_PER_SHARD,
                         stem: str = "part") -> list[Path]:
    """Write `frame` as numbered Parquet shards (at least one, even when empty)."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    n = max(1, -(-frame.height // rows_per_shard))
    for i in range(n):
        paths.append(write_parquet(frame.slice(i * rows_per_shard, rows_per_shard),
                                   directory / f"{stem}-{i:05d}.parquet"))
    return paths


def write_jsonl(rows: Iterable[dict[str, Any]], path: Path) -> Path:
    """One JSON object per line, UTF-8, keys in the order given (not sorted)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, default=str))
            fh.write("\n")
    return path


def write_table(frame: pl.DataFrame, path: str | Path) -> Path:
    """Write by extension: .parquet, .jsonl/.ndjson or .csv (used by the per-stage commands).

    CSV has no list type, so list columns are ';'-joined there."""
    path = Path(path)
    suffix = path.suffix.lower()
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix in (".parquet", ".pq"):
        return write_parquet(frame, path)
    if suffix in (".jsonl", ".ndjson"):
        return write_jsonl(frame.iter_rows(named=True), path)
    if suffix == ".csv":
        flat = frame.with_columns([pl.col(c).list.join(";") for c, t in frame.schema.items()
                                   if isinstance(t, pl.List)])
        flat.write_csv(path)
        return path
    raise InputError(f"cannot tell the output format from extension {suffix!r} (use .parquet, .jsonl or .csv)",
                     file=str(path))


def write_dataset_dict(splits: dict[str, pl.DataFrame], path: Path) -> Path:
    """Save a `datasets.DatasetDict` with one Dataset per split (load with `load_from_disk`).

    Fingerprints are derived from the content so repeated runs are byte-identical.
    """
    import datasets

    datasets.disable_progress_bars()
    members = {}
    for name, frame in splits.items():
        table = frame.to_arrow()
        fingerprint = hashlib.sha256(f"{name}:{frame.height}:{frame.hash_rows().sum() if frame.height else 0}"
                                     .encode()).hexdigest()[:16]
        members[name] = datasets.Dataset(table, fingerprint=fingerprint, split=datasets.NamedSplit(name))
    dd = datasets.DatasetDict(members)
    path.mkdir(parents=True, exist_ok=True)
    dd.save_to_disk(str(path))
    return path
