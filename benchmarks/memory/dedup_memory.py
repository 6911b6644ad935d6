"""Dedup memory benchmark: peak RSS and notes/s of the streaming `plan_dedup` vs in-memory dedup.

Corpus: synthetic note shards (--shard notes each, like the runner's), every note ~2 kB of
sentences drawn from the bundled sample export (recipes/sample/csv/notes.csv), so distinct notes
share template sentences as real ones do; --dup-rate of the notes are planted exact copies (case
and spacing changed) and as many near copies (1 % of words changed) of earlier notes, spread
over all shards. Each measurement runs in a fresh subprocess (peak RSS = ru_maxrss of that
process, minus nothing: the `baseline` row is the same process importing polars/datasketch and
reading one shard). `in-memory` is `deduplicate` over the concatenated shards (what the runner
did before); `--old-rev` also measures the implementation at that git revision (the datasketch
MinHashLSH index). Run:

    .venv/bin/python -m benchmarks.memory.dedup_memory --sizes 20000 100000 --old-rev 4bf365e

`--workers N` adds a `plan-wN` row: `plan_dedup` signing through a pool of N (signing in N processes; the
row also reports the largest worker's peak RSS). `--old-plan-rev REV` adds an `old-plan` row at
every size: `plan_dedup` at that git revision. `--words K` makes every distinct note K random
words (near copies then change the last word): signing gets cheap, so corpora of a million notes
show what the plan's bookkeeping costs per note:

    .venv/bin/python -m benchmarks.memory.dedup_memory --sizes 300000 1000000 --words 16 --old-plan-rev e15c343

`--long-ids` gives ids and source paths over 12 bytes (stored out of line by polars) and 10
consecutive notes a patient; the end of the output prints the plan's peak growth per added note
(this replaced a test that asserted it stays under 200 bytes from 10,000 to 100,000 notes):

    .venv/bin/python -m benchmarks.memory.dedup_memory --sizes 10000 100000 --words 16 --long-ids --in-memory-max 0
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType

import polars as pl

from tests.paths import REPO, SAMPLE


def _sentences() -> list[str]:
    texts = pl.read_csv(SAMPLE / "csv/notes.csv", infer_schema=False)["text"].to_list()
    return sorted({s for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if len(s) > 20})


def write_corpus(out: Path, n_notes: int, shard: int, dup_rate: float, seed: int = 0, words: int = 0,
                 long_ids: bool = False) -> None:
    """Note shards with planted exact and near copies; `long_ids`: ids and source paths over 12 bytes (polars
    then stores them out of line, as for real exports) and 10 consecutive notes a patient."""
    rng = random.Random(seed)
    pool = _sentences()
    vocab = [f"w{i}" for i in range(5000)]
    out.mkdir(parents=True)
    recent: list[str] = []  # copies come from a window of earlier notes, so clusters span shards
    for s, start in enumerate(range(0, n_notes, shard)):
        texts = []
        for _ in range(min(shard, n_notes - start)):
            roll = rng.random()
            if recent and roll < dup_rate:
                text = "  ".join(rng.choice(recent).upper().split(" "))
            elif recent and roll < 2 * dup_rate:
                tokens = rng.choice(recent).split(" ")
                edits = [len(tokens) - 1] if words else rng.sample(range(len(tokens)), max(1, len(tokens) // 100))
                for pos in edits:
                    tokens[pos] = rng.choice(["stable", "improved", "unchanged", "noted", "denies"])
                text = " ".join(tokens)
            elif words:
                text = " ".join(rng.choice(vocab) for _ in range(words))
            else:
                parts: list[str] = []
                while sum(map(len, parts)) < 2000:
                    parts.append(rng.choice(pool))
                text = " ".join(parts)
            texts.append(text)
            if len(recent) < 5000:
                recent.append(text)
            else:
                recent[rng.randrange(5000)] = text
        n = len(texts)
        pl.DataFrame({
            "note_id": [f"note-{start + i:012d}" if long_ids else f"n{start + i}" for i in range(n)],
            "patient_id": [f"patient-{(start + i) // 10:09d}" if long_ids
                           else f"p{rng.randrange(max(1, n_notes // 10))}" for i in range(n)],
            "note_date": [date(2020, 1, 1) + timedelta(days=rng.randrange(1500)) for _ in range(n)],
            "note_type": ["clinical_note"] * n, "text": texts,
            "encounter_id": [None] * n, "source": ["/export/site/notes.csv" if long_ids else "notes.csv"] * n,
            "source_row": list(range(start, start + n)),
        }).write_parquet(out / f"shard-{s:05d}.parquet")


def _old_module(rev: str | None) -> ModuleType:
    """cancerprep/dedup.py at git revision `rev` (its path before the package layout), loaded from a
    temporary file as a module of its own."""
    src = subprocess.run(["git", "-C", str(REPO), "show", f"{rev}:cancerprep/dedup.py"],
                         capture_output=True, text=True, check=True).stdout
    path = Path(tempfile.mkdtemp()) / "old_dedup.py"
    path.write_text(src)
    spec = importlib.util.spec_from_file_location("old_dedup", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def child(mode: str, corpus: Path, old_rev: str | None, workers: int) -> None:
    shards = sorted(corpus.glob("shard-*.parquet"))
    t0 = time.perf_counter()
    if mode == "baseline":
        import datasketch  # noqa: F401

        from cancerprep.assembly import dedup  # noqa: F401

        stats = {"dedup.notes_in": pl.read_parquet(shards[0]).height}
    elif mode == "plan":
        from cancerprep.assembly.dedup.stream import plan_dedup
        from cancerprep.executors import make_executor

        stats = plan_dedup(shards, {}, corpus.parent / f"work-{corpus.name}",
                           parallel_map=make_executor("local", workers).map).stats
    elif mode == "old-plan":
        stats = _old_module(old_rev).plan_dedup(shards, {}, corpus.parent / f"work-{corpus.name}").stats
    else:
        if mode == "old":
            deduplicate = _old_module(old_rev).deduplicate
        else:
            from cancerprep.assembly.dedup.decide import deduplicate
        stats = deduplicate(pl.concat([pl.read_parquet(p) for p in shards]), {}).stats
    seconds = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"mode": mode, "seconds": round(seconds, 1), "peak_rss_mb": round(peak_mb),
                      "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                      "worker_peak_rss_mb": round(worker_mb), "stats": stats}))


def measure(mode: str, corpus: Path, old_rev: str | None, workers: int = 1) -> dict:
    cmd = [sys.executable, "-m", __spec__.name, "--child", mode, str(corpus), "--workers", str(workers)]
    cmd += ["--old-rev", old_rev] if old_rev else []
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=REPO).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[20_000, 100_000])
    ap.add_argument("--shard", type=int, default=1000)
    ap.add_argument("--dup-rate", type=float, default=0.03)
    ap.add_argument("--old-rev", default=None, help="git revision of the previous dedup.py to measure too")
    ap.add_argument("--in-memory-max", type=int, default=20_000, help="run in-memory modes up to this size")
    ap.add_argument("--workers", type=int, default=1, help="also measure plan_dedup with this many processes")
    ap.add_argument("--old-plan-rev", default=None, help="git revision whose plan_dedup to measure too")
    ap.add_argument("--words", type=int, default=0, help="distinct notes of this many random words (0: ~2 kB)")
    ap.add_argument("--long-ids", action="store_true", help="ids and sources over 12 bytes, 10 notes a patient")
    ap.add_argument("--work", type=Path, default=None)
    ap.add_argument("--child", nargs=2, metavar=("MODE", "CORPUS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), args.old_rev, args.workers)
        return
    work = args.work or Path(tempfile.mkdtemp(prefix="dedup-memory-"))
    rows = []
    try:
        for n in args.sizes:
            corpus = work / f"c{n}"
            shutil.rmtree(corpus, ignore_errors=True)
            write_corpus(corpus, n, args.shard, args.dup_rate, words=args.words, long_ids=args.long_ids)
            modes = ["baseline", "plan"] + ([f"plan-w{args.workers}"] if args.workers > 1 else [])
            modes += ["old-plan"] if args.old_plan_rev else []
            if n <= args.in_memory_max:
                modes += ["in-memory"] + (["old"] if args.old_rev else [])
            for mode in modes:
                workers = args.workers if mode.startswith("plan-w") else 1
                rev = args.old_plan_rev if mode == "old-plan" else args.old_rev
                r = measure("plan" if workers > 1 else mode, corpus, rev, workers)
                st = r["stats"]
                row = {"notes": n, "mode": mode, "peak_rss_mb": r["peak_rss_mb"], "peak_rss_kb": r["peak_rss_kb"],
                       "seconds": r["seconds"]}
                if workers > 1:
                    row["worker_peak_rss_mb"] = r["worker_peak_rss_mb"]
                if mode != "baseline":
                    row |= {"notes_per_s": round(n / max(r["seconds"], 1e-9)),
                            "exact_removed": st["dedup.exact_removed"], "near_removed": st["dedup.near_removed"]}
                rows.append(row)
                print(json.dumps(row), flush=True)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print("| notes | mode | peak RSS MB | s | notes/s | exact removed | near removed |")
    print("|---:|---|---:|---:|---:|---:|---:|")
    for r in rows:
        peak = f"{r['peak_rss_mb']:,}"
        if "worker_peak_rss_mb" in r:
            peak += f" (each worker <= {r['worker_peak_rss_mb']:,})"
        print(f"| {r['notes']:,} | {r['mode']} | {peak} | {r['seconds']} | {r.get('notes_per_s', '')} "
              f"| {r.get('exact_removed', '')} | {r.get('near_removed', '')} |")

    plans = [r for r in rows if r["mode"] == "plan"]
    for a, b in itertools.pairwise(plans):  # what the plan's peak adds per added note
        growth = (b["peak_rss_kb"] - a["peak_rss_kb"]) * 1024 / (b["notes"] - a["notes"])
        print(f"plan peak growth {a['notes']:,} -> {b['notes']:,} notes: {growth:.0f} bytes a note")

if __name__ == "__main__":
    main()
