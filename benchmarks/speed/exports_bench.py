"""Trainer-export throughput: write_exports over N synthetic diagnosis pairs in every format.

    .venv/bin/python -m benchmarks.speed.exports_bench --pairs 200000
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import polars as pl

from cancerprep.outputs.exports import DEFAULT_FORMATS, write_exports
from cancerprep.records import PAIR_SCHEMA


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=200_000)
    n = ap.parse_args().pairs
    n -= n % 10
    frame = pl.DataFrame({
        "id": [f"p{i:08d}" for i in range(n)], "task": ["diagnosis"] * n,
        "instruction": ["You are a medical expert."] * n,
        "input": ["Tumor 2.5 cm, ER positive, grade 2. " * 40] * n, "output": ["Breast cancer"] * n,
        "source_note_id": ["n"] * n, "patient_pseudonym": [f"P{i % 5000}" for i in range(n)],
        "cancer_type": ["breast"] * n, "split": (["train"] * 8 + ["validation", "test"]) * (n // 10),
        "variant": ["clean"] * n, "meta": ["{}"] * n}, schema=PAIR_SCHEMA)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        t0 = time.perf_counter()
        written = write_exports(out, {"diagnosis": frame}, DEFAULT_FORMATS)
        dt = time.perf_counter() - t0
        size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file()) / 1e6
    records = sum(written.values())
    print(f"pairs {n}  files {len(written)}  records {records}  seconds {dt:.1f}  "
          f"records/s {records / dt:,.0f}  MB {size:.0f}")


if __name__ == "__main__":
    main()
