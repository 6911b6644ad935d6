"""Scale benchmark: notes/s per stage and end to end, 1 -> 2 worker efficiency, peak RSS, projection.

    .venv/bin/python benchmarks/scale.py --notes 1000 10000 --workers 1 2 --stages deid sort \\
        --json benchmarks/results/scale.json

For each corpus size N it writes a synthetic export (notes + codes CSV) whose notes come from the
bundled synthetic generator (`cancerprep.synthetic`: realistic clinical notes and pathology
reports with planted PHI) stretched or cut to a log-normal length distribution (median
`--median-chars`, sigma `--sigma`; clinical note lengths are roughly log-normal), then measures:

* per stage (one core, in this process, after `setup()`): notes/s of `process` over the shards;
* the stage phase with the local executor at each worker count (fresh cache each time): notes/s
  and scaling efficiency T1 / (w * Tw);
* end to end `cancerprep build-dataset` (a subprocess per worker count): wall time, notes/s and
  the peak RSS of the whole process tree (driver + pool workers, sampled every 50 ms);

and prints a projection for 3.2M notes. `--rss-gb X` instead builds an export of about X GB and
reports the peak RSS of an end-to-end run over it (the bounded-memory check).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import polars as pl
import psutil

ROOT = Path(__file__).resolve().parent.parent
CLI = [str(Path(sys.executable).with_name("cancerprep"))]
KEY = "benchmark-site-key-not-secret-0123456789"
TARGET_NOTES = 3_200_000


# -- corpus --------------------------------------------------------------------------------


def corpus(n: int, seed: int = 11, median_chars: int = 2000, sigma: float = 0.55) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(notes, codes) with n notes, ~10 notes per patient, log-normal text lengths."""
    from cancerprep.synthetic import generate

    base = generate(patients=max(20, min(n // 10, 600)), seed=seed)
    pool = [note.text for note in base.notes]
    base_patients = sorted({note.patient_id for note in base.notes})
    codes_by_patient: dict[str, list[Any]] = {}
    for code in base.codes:
        codes_by_patient.setdefault(code.patient_id, []).append(code)
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        target = int(min(max(rng.lognormvariate(math.log(median_chars), sigma), 300), 16 * median_chars))
        k = i % len(pool)
        text = pool[k]
        while len(text) < target:  # a long note: more sections (another note's body) appended
            k = (k + 7) % len(pool)
            text += "\n\n" + pool[k]
        if len(text) > target:
            cut = text.rfind("\n", 0, target)
            text = text[: cut if cut > target // 2 else target]
        note = base.notes[i % len(base.notes)]
        rows.append((f"N{i:08d}", f"P{i // 10:07d}", note.note_date.isoformat(), note.note_type, text,
                     f"E{i:08d}"))
    notes = pl.DataFrame(rows, schema=["note_id", "patient_id", "note_date", "note_type", "text", "encounter_id"],
                         orient="row")
    code_rows = []
    for p in range(-(-n // 10)):
        for code in codes_by_patient.get(base_patients[p % len(base_patients)], [])[:4]:
            code_rows.append((f"P{p:07d}", code.code, code.system, code.date.isoformat()))
    codes = pl.DataFrame(code_rows, schema=["patient_id", "code", "system", "date"], orient="row")
    return notes, codes


def write_recipe(root: Path, stages: list[str], shard_rows: int) -> Path:
    """A recipe over root/notes.csv + root/diagnoses.csv with the named stages (default options)."""
    (root / "site.key").write_text(KEY)
    stage_yaml = "stages:\n" + "".join(f"  - {s}: {{}}\n" for s in stages) if stages else "stages: []\n"
    recipe = root / "bench.yaml"
    recipe.write_text(
        "version: 1\nname: bench\nseed: 1\nkey_file: site.key\n"
        "inputs:\n  - {kind: notes, path: notes.csv}\n  - {kind: codes, path: diagnoses.csv}\n"
        f"normalize: {{shard_rows: {shard_rows}, max_text_chars: 2000000}}\n"
        + stage_yaml + "outputs: {formats: [parquet]}\n")
    return recipe


def write_export(root: Path, notes: pl.DataFrame, codes: pl.DataFrame, stages: list[str], shard_rows: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    notes.write_csv(root / "notes.csv")
    codes.write_csv(root / "diagnoses.csv")
    return write_recipe(root, stages, shard_rows)


# -- measurement helpers -------------------------------------------------------------------


class TreeRSS:
    """Peak summed RSS of a process and its descendants, sampled in a thread."""

    def __init__(self, pid: int, every: float = 0.05):
        self.proc = psutil.Process(pid)
        self.every = every
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            total = 0
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
            except psutil.Error:
                break
            for p in procs:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            time.sleep(self.every)

    def __enter__(self) -> TreeRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run_cli(recipe: Path, out: Path, workers: int) -> dict[str, Any]:
    """End to end in a subprocess: wall seconds, peak tree RSS (MB), notes out."""
    cmd = [*CLI, "-q", "build-dataset", str(recipe), "-o", str(out), "--workers", str(workers)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    with TreeRSS(proc.pid) as rss:
        _, err = proc.communicate()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"build-dataset failed ({proc.returncode}): {err.decode()[-2000:]}")
    summary = json.loads((out / "run_summary.json").read_text())
    return {"workers": workers, "wall_s": round(wall, 2), "peak_rss_mb": round(rss.peak / 2**20, 1),
            "notes_out": summary["counts"]["notes_out"]}


def stage_phase(shards: list[Path], stage_specs: list[str], workers: int, cache: Path) -> float:
    """Seconds for the local executor to run the chain over all shards from a cold cache."""
    import shutil

    from cancerprep.executors import make_executor, shard_tasks
    from cancerprep.sitekey import load_key
    from cancerprep.stage import RunContext, build_stage

    context = RunContext(key=load_key(None, env="BENCH_KEY"), seed=1)
    stages = [build_stage(s, {}, context) for s in stage_specs]
    if cache.exists():
        shutil.rmtree(cache)
    tasks = shard_tasks(shards, stages, context, cache)
    t0 = time.perf_counter()
    make_executor("local", workers).run(stages, tasks)
    return time.perf_counter() - t0


def per_stage(shards: list[Path], stage_specs: list[str]) -> list[dict[str, Any]]:
    """One core: setup seconds and notes/s of each stage's `process` (its input = previous stage's output)."""
    from cancerprep.sitekey import load_key
    from cancerprep.stage import RunContext, build_stage

    context = RunContext(key=load_key(None, env="BENCH_KEY"), seed=1)
    stages = [build_stage(s, {}, context) for s in stage_specs]
    batches = [pl.read_parquet(p) for p in shards]
    n_in = sum(b.height for b in batches)
    chars = sum(b["text"].str.len_chars().sum() for b in batches)
    rows = []
    for stage in stages:
        t0 = time.perf_counter()
        stage.ensure_setup()
        setup = time.perf_counter() - t0
        t0 = time.perf_counter()
        out = [stage.process(b).records for b in batches]
        secs = time.perf_counter() - t0
        n = sum(b.height for b in batches)
        rows.append({"stage": stage.name, "notes": n, "setup_s": round(setup, 2), "process_s": round(secs, 2),
                     "notes_per_s": round(n / secs, 1) if secs else None,
                     "kchars_per_s": round(chars / secs / 1000, 1) if secs else None})
        batches = out
    del n_in
    return rows


def projection(stage_rate_1: float, efficiency: float, serial_rate: float) -> list[dict[str, Any]]:
    """Hours for 3.2M notes: stage phase at `stage_rate_1` notes/s per core scaled by `efficiency`
    per doubling assumption (flat: the measured 2-worker efficiency), plus the serial part
    (ingest + assembly + write, one core) at `serial_rate` notes/s."""
    rows = []
    for label, cores in (("1 core", 1), ("16 cores", 16), ("64 cores", 64), ("Ray cluster, 4 x 64 cores", 256)):
        eff = 1.0 if cores == 1 else efficiency
        stage_h = TARGET_NOTES / (stage_rate_1 * cores * eff) / 3600
        serial_h = TARGET_NOTES / serial_rate / 3600
        rows.append({"where": label, "cores": cores, "stage_h": round(stage_h, 2), "serial_h": round(serial_h, 2),
                     "total_h": round(stage_h + serial_h, 2)})
    return rows


def bench(args: argparse.Namespace) -> dict[str, Any]:
    from cancerprep import stages as _stages  # noqa: F401
    from cancerprep.stage import STAGES

    stage_specs = [s for s in args.stages if s in STAGES]
    missing = [s for s in args.stages if s not in STAGES]
    if missing:
        print(f"note: stages not registered, skipped: {missing}", file=sys.stderr)
    os.environ["BENCH_KEY"] = KEY
    result: dict[str, Any] = {
        "host": platform.node(), "cpus": os.cpu_count(), "python": platform.python_version(),
        "stages": stage_specs, "started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
        "load_avg_start": os.getloadavg(), "sizes": []}
    for n in args.notes:
        with tempfile.TemporaryDirectory(prefix="cp-scale-", dir=args.tmp) as tmp:
            root = Path(tmp)
            t0 = time.perf_counter()
            notes, codes = corpus(n, median_chars=args.median_chars, sigma=args.sigma)
            lengths = notes["text"].str.len_chars()
            recipe = write_export(root, notes, codes, stage_specs, args.shard_rows)
            csv_mb = (root / "notes.csv").stat().st_size / 2**20
            size = {"notes": n, "mean_chars": round(lengths.mean(), 1), "median_chars": lengths.median(),
                    "p95_chars": lengths.quantile(0.95), "csv_mb": round(csv_mb, 1),
                    "corpus_s": round(time.perf_counter() - t0, 1)}
            del notes, codes
            size["e2e"] = [run_cli(recipe, root / f"out-w{w}", w) for w in args.workers]
            for row in size["e2e"]:
                row["notes_per_s"] = round(n / row["wall_s"], 1)
            shards = sorted((root / f"out-w{args.workers[0]}" / "_work" / "normalized").glob("shard-*.parquet"))
            if stage_specs and n <= args.stage_max_notes:
                size["per_stage"] = per_stage(shards, stage_specs)
                phase = []
                for w in args.workers:
                    secs = stage_phase(shards, stage_specs, w, root / f"cache-w{w}")
                    phase.append({"workers": w, "seconds": round(secs, 2), "notes_per_s": round(n / secs, 1)})
                t1 = phase[0]["seconds"] * args.workers[0]
                for row in phase:
                    row["efficiency"] = round(t1 / (row["workers"] * row["seconds"]), 3)
                size["stage_phase"] = phase
            print(json.dumps(size), file=sys.stderr)
            result["sizes"].append(size)
    result["load_avg_end"] = os.getloadavg()
    measured = [s for s in result["sizes"] if "stage_phase" in s]
    if measured:
        big = measured[-1]
        rate1 = big["stage_phase"][0]["notes_per_s"] / big["stage_phase"][0]["workers"]
        eff = big["stage_phase"][-1]["efficiency"]
        e2e1 = next(r for r in big["e2e"] if r["workers"] == big["stage_phase"][0]["workers"])
        serial_s = max(e2e1["wall_s"] - big["stage_phase"][0]["seconds"], 1e-3)
        result["projection_basis"] = {
            "stage_notes_per_s_per_core": round(rate1, 1), "efficiency": eff,
            "serial_notes_per_s": round(big["notes"] / serial_s, 1), "from_notes": big["notes"]}
        result["projection"] = projection(rate1, eff, big["notes"] / serial_s)
    return result


def rss_check(args: argparse.Namespace) -> dict[str, Any]:
    """Build an export of about `--rss-gb` GB (notes CSV) and report end-to-end peak RSS."""
    os.environ["BENCH_KEY"] = KEY
    with tempfile.TemporaryDirectory(prefix="cp-rss-", dir=args.tmp) as tmp:
        root = Path(tmp)
        block, _ = corpus(5000, median_chars=args.median_chars, sigma=args.sigma)
        per_note = block["text"].str.len_bytes().mean() + 60
        n = int(args.rss_gb * 2**30 / per_note)
        root.mkdir(exist_ok=True)
        with open(root / "notes.csv", "wb") as fh:  # streamed, so the generator itself stays small
            for start in range(0, n, block.height):
                m = min(block.height, n - start)
                ids = pl.int_range(start, start + m)
                part = block.head(m).with_columns(pl.format("N{}", ids).alias("note_id"),
                                                  pl.format("P{}", ids // 10).alias("patient_id"))
                part.write_csv(fh, include_header=start == 0)
        _, codes = corpus(200)
        codes.write_csv(root / "diagnoses.csv")
        recipe = write_recipe(root, args.stages, args.shard_rows)
        gb = (root / "notes.csv").stat().st_size / 2**30
        row = run_cli(recipe, root / "out", args.workers[-1])
        row.update({"export_gb": round(gb, 3), "notes": n, "stages": args.stages})
        return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--notes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--stages", nargs="*", default=["deid"])
    ap.add_argument("--shard-rows", type=int, default=500)
    ap.add_argument("--median-chars", type=int, default=2000)
    ap.add_argument("--sigma", type=float, default=0.55)
    ap.add_argument("--stage-max-notes", type=int, default=10_000,
                    help="per-stage and stage-phase scaling only up to this corpus size (they re-run the stages)")
    ap.add_argument("--rss-gb", type=float, default=None, help="bounded-memory check on an export of this size")
    ap.add_argument("--tmp", default=None, help="scratch directory (default: system temp)")
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = ap.parse_args()
    result = rss_check(args) if args.rss_gb else bench(args)
    text = json.dumps(result, indent=2, default=str)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n")


if __name__ == "__main__":
    main()
