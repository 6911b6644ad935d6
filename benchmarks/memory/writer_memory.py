"""Writer memory benchmark: peak RSS of the streaming writers vs the old in-memory path.

Corpus: --mb MB of synthetic notes (NOTE_SCHEMA + `split`), made shard by shard (--shard notes
each, like the streaming runner's), every note ~5 kB of sentences drawn from the bundled sample
export (recipes/sample/csv/notes.csv); a shard is a pure function of its index, so every mode sees
the same corpus without keeping it. Each mode runs in a fresh subprocess; peak RSS = ru_maxrss.

    baseline      imports + one shard (the floor every mode pays)
    stream        each shard -> ParquetSink.parts(notes/) and DatasetDictSink(hf/) routed by split
    from-parquet  each shard -> ParquetSink.parts, then write_dataset_dict_from_parquet(split_column=)
    exports       each shard -> diagnosis pairs (context = the note, + a 10 % variant copy) in
                  ParquetSink files per (split, variant), then write_exports_from_files in every format
                  (`peak_before_exports_mb` is the RSS peak before the exports started)
    old           concat all shards (what the runner held), then the pre-issue-8 writers: polars
                  write_parquet per 50,000-row slice + DatasetDict(...).save_to_disk; `old-writers` is
                  its peak minus the RSS right after the concat (what the writers alone added)

    .venv/bin/python -m benchmarks.memory.writer_memory --mb 150 600
    .venv/bin/python -m benchmarks.memory.writer_memory --mb 150 600 --modes exports
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import polars as pl

from tests.paths import REPO, SAMPLE

SPLITS = ("train", "validation", "test")
SPLIT_OF = ("train",) * 8 + ("validation", "test")  # by patient: 80/10/10
NOTE_BYTES = 5_000


def _sentences() -> list[str]:
    texts = pl.read_csv(SAMPLE / "csv/notes.csv", infer_schema=False)["text"].to_list()
    return sorted({s for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if len(s) > 20})


def shard(index: int, n: int, pool: list[str]) -> pl.DataFrame:
    from cancerprep.records import NOTE_SCHEMA

    rng = random.Random(index)
    rows = []
    for j in range(n):
        i = index * n + j
        parts: list[str] = []
        while sum(map(len, parts)) < NOTE_BYTES:
            parts.append(rng.choice(pool))
        rows.append({"note_id": f"n{i:08d}", "patient_id": f"p{i // 4:07d}",
                     "note_date": date(2015, 1, 1) + timedelta(days=i % 3000), "note_type": "clinical_note",
                     "text": " ".join(parts), "encounter_id": None, "source": "bench.csv", "source_row": i,
                     "split": SPLIT_OF[(i // 4) % 10]})
    return pl.DataFrame(rows, schema={**NOTE_SCHEMA, "split": pl.Utf8()})


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(mode: str, mb: int, n_shard: int, out: Path) -> dict:
    import datasets  # every mode pays the same imports

    from cancerprep.io.sinks import DatasetDictSink, ParquetSink, write_dataset_dict_from_parquet

    pool = _sentences()
    n_shards = max(1, round(mb * 1e6 / (NOTE_BYTES * n_shard)))
    schema = shard(0, 1, pool).schema
    t0 = time.perf_counter()
    extra: dict = {}
    if mode == "baseline":
        shard(0, n_shard, pool)
    elif mode == "stream":
        with (ParquetSink.parts(out / "notes", schema) as notes,
              DatasetDictSink(out / "hf", SPLITS, schema=schema) as hf):
            for k in range(n_shards):
                frame = shard(k, n_shard, pool)
                notes.append(frame)
                for (split,), part in frame.partition_by("split", as_dict=True, maintain_order=True).items():
                    hf.write(str(split), part)
    elif mode == "from-parquet":
        with ParquetSink.parts(out / "notes", schema) as notes:
            for k in range(n_shards):
                notes.append(shard(k, n_shard, pool))
        parts = notes.close()
        write_dataset_dict_from_parquet(out / "hf", {s: parts for s in SPLITS}, split_column="split")
    elif mode == "exports":
        from cancerprep.outputs.exports import DEFAULT_FORMATS, write_exports_from_files
        from cancerprep.records import PAIR_SCHEMA

        files = {(s, v): out / "tasks" / f"{s}.{v}.parquet" for s in SPLITS for v in ("clean", "misspell-0.1")}
        sinks = {k: ParquetSink(path, PAIR_SCHEMA) for k, path in files.items()}
        for k in range(n_shards):  # one diagnosis pair per note (context = the note) + a 10 % variant copy
            notes = shard(k, n_shard, pool)
            pairs = notes.select(
                id=pl.col("note_id"), task=pl.lit("diagnosis"), instruction=pl.lit("You are a medical expert."),
                input=pl.col("text"), output=pl.lit("Breast cancer"), source_note_id=pl.col("note_id"),
                patient_pseudonym=pl.col("patient_id"), cancer_type=pl.lit("breast"), split=pl.col("split"),
                variant=pl.lit("clean"), meta=pl.lit("{}"))
            variants = pairs.gather_every(10)
            for frame in (pairs, variants.with_columns(variant=pl.lit("misspell-0.1"))):
                for (split, variant), part in frame.partition_by("split", "variant", as_dict=True).items():
                    sinks[(str(split), str(variant))].append(part)
        for sink in sinks.values():
            sink.close()
        extra["peak_before_exports_mb"] = round(peak_mb())
        t1 = time.perf_counter()
        written = write_exports_from_files(out, {"diagnosis": files}, DEFAULT_FORMATS)
        extra["export_seconds"] = round(time.perf_counter() - t1, 1)
        extra["records"] = sum(written.values())
    elif mode == "old":
        corpus = pl.concat([shard(k, n_shard, pool) for k in range(n_shards)])
        extra["rss_after_concat_mb"] = round(current_mb())
        extra["peak_before_writers_mb"] = round(peak_mb())
        (out / "notes").mkdir(parents=True)
        for i in range(max(1, -(-corpus.height // 50_000))):
            corpus.slice(i * 50_000, 50_000).write_parquet(out / "notes" / f"part-{i:05d}.parquet",
                                                           compression="zstd", statistics=False)
        datasets.disable_progress_bars()
        datasets.DatasetDict({s: datasets.Dataset(corpus.filter(pl.col("split") == s).to_arrow(),
                                                  split=datasets.NamedSplit(s)) for s in SPLITS}
                             ).save_to_disk(str(out / "hf"))
    else:
        raise SystemExit(f"unknown mode {mode}")
    seconds = time.perf_counter() - t0
    written = sum(f.stat().st_size for f in out.rglob("*") if f.is_file()) / 1e6
    arrow = sum(f.stat().st_size for f in out.glob("hf/*/*.arrow")) / 1e6
    return {"mode": mode, "mb": mb, "notes": n_shards * n_shard if mode != "baseline" else n_shard,
            "peak_rss_mb": round(peak_mb()), "seconds": round(seconds, 1), "written_mb": round(written),
            "hf_arrow_mb": round(arrow), **extra}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, nargs="+", default=[600], help="corpus sizes (MB of note text)")
    ap.add_argument("--shard", type=int, default=1000)
    ap.add_argument("--modes", nargs="+", default=["baseline", "stream", "from-parquet", "old"])
    ap.add_argument("--child", nargs=2, metavar=("MODE", "MB"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        with tempfile.TemporaryDirectory() as tmp:
            print(json.dumps(measure(args.child[0], int(args.child[1]), args.shard, Path(tmp))))
        return
    for mb in args.mb:
        for mode in args.modes:
            proc = subprocess.run([sys.executable, "-m", __spec__.name, "--child", mode, str(mb), "--shard",
                                   str(args.shard)], capture_output=True, text=True, check=True, cwd=REPO)
            row = json.loads(proc.stdout.strip().splitlines()[-1])
            if mode == "old":
                row["old_writers_mb"] = row["peak_rss_mb"] - row["peak_before_writers_mb"]
            print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
