"""Throughput of the `sort` and `icd` stages, notes per second in one process.

Usage:
    .venv/bin/python -m benchmarks.speed.coding_bench [--notes CSV] [--column transcription] [--batch 500]

Default input: the MTSamples dev set (shared/data/mtsamples-dev, 2,107 notes, the
natural mix of specialties, ~3,000 characters a note), else the labelled fixture (which is
cancer-enriched, so slower). Model loading (`setup`) is timed apart; the rate is notes over
wall and over CPU seconds of this process (CPU time is the honest figure on a shared machine).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import polars as pl

from tests.paths import SHARED_DATA, TESTS_DIR

DEV = SHARED_DATA / "mtsamples-dev" / "mtsamples_dev.csv"
FIXTURE = TESTS_DIR / "fixtures" / "mtsamples_gold_notes.csv"


def bench(stage_name: str, notes: pl.DataFrame, batch: int) -> dict[str, float]:
    from cancerprep.registry import build_stage
    from cancerprep.stages.base import RunContext
    from cancerprep.stages.coding.coder import forget_recent

    forget_recent()  # each stage's own coding: in a chain `icd` reuses what `sort` coded (`Coder.code_batch`)
    stage = build_stage(stage_name, {}, RunContext())
    t0 = time.perf_counter()
    stage.ensure_setup()
    setup = time.perf_counter() - t0
    w0, c0 = time.perf_counter(), time.process_time()
    for off in range(0, notes.height, batch):
        stage.process(notes.slice(off, batch))
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    return {"setup_s": setup, "notes": notes.height, "wall_s": wall, "cpu_s": cpu,
            "notes_per_s_wall": notes.height / wall, "notes_per_s_cpu": notes.height / cpu}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=Path, default=DEV if DEV.exists() else FIXTURE)
    ap.add_argument("--column", default="transcription")
    ap.add_argument("--batch", type=int, default=500)
    args = ap.parse_args()
    raw = pl.read_csv(args.notes, infer_schema_length=0)
    notes = raw.select(pl.col("note_id").cast(pl.Utf8), pl.col("note_id").cast(pl.Utf8).alias("patient_id"),
                       pl.col(args.column).alias("text"))
    chars = notes["text"].str.len_chars().mean()
    print(f"input: {args.notes.name}, {notes.height} notes, mean {chars:.0f} chars")
    for name in ("sort", "icd"):
        r = bench(name, notes, args.batch)
        print(f"{name}: setup {r['setup_s']:.1f} s; {r['notes_per_s_wall']:.0f} notes/s wall, "
              f"{r['notes_per_s_cpu']:.0f} notes/s CPU ({r['notes']} notes, {r['wall_s']:.1f} s wall, "
              f"{r['cpu_s']:.1f} s CPU)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
