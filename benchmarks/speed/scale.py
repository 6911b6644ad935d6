"""Scale benchmark: notes/s per stage and end to end, 1 -> 2 worker efficiency, peak RSS, projection.

    .venv/bin/python -m benchmarks.speed.scale --notes 1000 10000 --workers 1 2 --stages deid sort \\
        --json benchmarks/results/scale.json

For each corpus size N it writes a synthetic export (notes + codes CSV) whose notes come from the
bundled synthetic generator (`cancerprep.sample.generator`: realistic clinical notes and pathology
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
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
import psutil

from benchmarks.report import emit
from tests.paths import REPO

CLI = [str(Path(sys.executable).with_name("cancerprep"))]
KEY = "benchmark-site-key-not-secret-0123456789"
TARGET_NOTES = 3_200_000


# -- corpus --------------------------------------------------------------------------------


BLOCK_PATIENTS = 400


def corpus_blocks(n: int, seed: int = 11, median_chars: int = 2000, sigma: float = 0.55
                  ) -> Iterator[tuple[pl.DataFrame, pl.DataFrame]]:
    """(notes, codes) blocks totalling n notes: real synthetic notes (block b = generator seed
    seed*1000+b, so texts are distinct across blocks), log-normal target lengths (a long note
    gets further sections appended from other notes of its block, a short one is cut at a line)."""
    from cancerprep.sample.generator import generate

    rng = random.Random(seed)
    done, block = 0, 0
    while done < n:
        base = generate(patients=BLOCK_PATIENTS, seed=seed * 1000 + block)
        pool = base.notes[: n - done]
        rows = []
        for k0, note in enumerate(pool):
            target = int(min(max(rng.lognormvariate(math.log(median_chars), sigma), 300), 16 * median_chars))
            text, k = note.text, k0
            while len(text) < target:
                k = (k + 7) % len(base.notes)
                text += "\n\n" + base.notes[k].text
            if len(text) > target:
                cut = text.rfind("\n", 0, target)
                text = text[: cut if cut > target // 2 else target]
            rows.append((f"N{done + k0:08d}", f"B{block}-{note.patient_id}", note.note_date.isoformat(),
                         note.note_type, text, f"B{block}-{note.encounter_id}"))
        notes = pl.DataFrame(rows, schema=["note_id", "patient_id", "note_date", "note_type", "text",
                                           "encounter_id"], orient="row")
        codes = pl.DataFrame([(f"B{block}-{c.patient_id}", c.code, c.system, c.date.isoformat()) for c in base.codes],
                             schema=["patient_id", "code", "system", "date"], orient="row")
        yield notes, codes
        done += notes.height
        block += 1


def corpus(n: int, seed: int = 11, median_chars: int = 2000, sigma: float = 0.55) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The whole corpus of n notes in memory (see `corpus_blocks`)."""
    blocks = list(corpus_blocks(n, seed, median_chars, sigma))
    return pl.concat([b[0] for b in blocks]), pl.concat([b[1] for b in blocks])


# Extra recipe sections (`--assembly`): the bench's default is the stages alone + Parquet notes.
ASSEMBLY = {
    "none": "outputs: {formats: [parquet]}\n",
    "demo": "dedup: {}\ntasks:\n  pretrain: {block_size: 3000, chars_per_token: 4}\n"
            "outputs: {formats: [parquet, jsonl, hf]}\n",
}


def write_recipe(root: Path, stages: list[str], shard_rows: int, assembly: str = "none") -> Path:
    """A recipe over root/notes.csv + root/diagnoses.csv with the named stages (default options)."""
    (root / "site.key").write_text(KEY)
    stage_yaml = "stages:\n" + "".join(f"  - {s}: {{}}\n" for s in stages) if stages else "stages: []\n"
    recipe = root / "bench.yaml"
    recipe.write_text(
        "version: 1\nname: bench\nseed: 1\nkey_file: site.key\n"
        "inputs:\n  - {kind: notes, path: notes.csv}\n  - {kind: codes, path: diagnoses.csv}\n"
        f"normalize: {{shard_rows: {shard_rows}, max_text_chars: 2000000}}\n"
        + stage_yaml + ASSEMBLY[assembly])
    return recipe


def write_export(root: Path, notes: pl.DataFrame, codes: pl.DataFrame, stages: list[str], shard_rows: int,
                 assembly: str = "none") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    notes.write_csv(root / "notes.csv")
    codes.write_csv(root / "diagnoses.csv")
    return write_recipe(root, stages, shard_rows, assembly)


# -- measurement helpers -------------------------------------------------------------------


class TreeRSS:
    """Peak summed RSS of a process and its descendants, and each one's CPU by role, sampled in a thread.

    Roles: `driver` (the process started), `fork server`, `workers` (processes forked by the fork server or
    by the driver), `other` (multiprocessing's resource tracker and the rest). `driver_alone_s` is the driver's
    CPU in the sampling intervals where no other process used CPU: the part of the run no worker overlapped
    (the serial part that caps the speed-up, Amdahl)."""

    def __init__(self, pid: int, every: float = 0.05):
        self.proc = psutil.Process(pid)
        self.every = every
        self.peak = 0
        self.cpu: dict[int, float] = {}  # pid -> last seen user+system CPU seconds
        self.roles: dict[int, str] = {}
        self.driver_alone = 0.0
        self.timeline: list[tuple[float, dict[str, float]]] = []  # (seconds since start, CPU used per role)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _role(self, p: psutil.Process) -> str:
        if p.pid == self.proc.pid:
            return "driver"
        try:
            line = " ".join(p.cmdline())
            parent = p.ppid()
        except psutil.Error:
            return "other"
        if "forkserver" in line:
            return "fork server" if parent == self.proc.pid else "workers"
        return "workers" if parent == self.proc.pid and "resource_tracker" not in line else "other"

    def _run(self) -> None:
        while not self._stop.is_set():
            total = 0
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
            except psutil.Error:
                break
            before = dict(self.cpu)
            for p in procs:
                try:
                    total += p.memory_info().rss
                    t = p.cpu_times()
                    if p.pid not in self.roles:
                        self.roles[p.pid] = self._role(p)
                    self.cpu[p.pid] = t.user + t.system
                except psutil.Error:
                    pass
            used: dict[str, float] = {}
            for pid, v in self.cpu.items():
                used[self.roles[pid]] = used.get(self.roles[pid], 0.0) + v - before.get(pid, 0.0)
            self.timeline.append((time.perf_counter() - self._t0, used))
            others = sum(v for role, v in used.items() if role != "driver")
            if others < 0.01:
                self.driver_alone += self.cpu.get(self.proc.pid, 0.0) - before.get(self.proc.pid, 0.0)
            self.peak = max(self.peak, total)
            time.sleep(self.every)

    def by_role(self) -> dict[str, float]:
        """CPU seconds per role, and the driver's CPU that no other process overlapped (`driver_alone_s`)."""
        out: dict[str, float] = {}
        for pid, cpu in self.cpu.items():
            role = self.roles.get(pid, "other")
            out[role] = out.get(role, 0.0) + cpu
        out = {k: round(v, 2) for k, v in sorted(out.items())}
        out["driver_alone_s"] = round(self.driver_alone, 2)
        return out

    def busy(self, step: float = 1.0) -> list[dict[str, float]]:
        """The timeline in `step`-second bins: CPU seconds per role in each (where the run waited on what)."""
        bins: list[dict[str, float]] = []
        for t, used in self.timeline:
            i = int(t // step)
            while len(bins) <= i:
                bins.append({})
            for role, v in used.items():
                bins[i][role] = bins[i].get(role, 0.0) + v
        return [{role: round(v, 2) for role, v in b.items() if v >= 0.005} for b in bins]

    def __enter__(self) -> TreeRSS:
        self._t0 = time.perf_counter()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run_cli(recipe: Path, out: Path, workers: int, timeline: float = 0.0) -> dict[str, Any]:
    """End to end in a subprocess: wall seconds, peak tree RSS (MB), notes out, CPU by role (`TreeRSS`);
    `timeline` > 0: also the CPU per role in bins of that many seconds (`busy`)."""
    cmd = [*CLI, "-q", "build-dataset", str(recipe), "-o", str(out), "--workers", str(workers),
           "--work-dir", str(out) + ".work", "--keep-work"]  # the normalized shards are reused below
    # this checkout's package first: the venv's `cancerprep` script alone imports wherever the venv was installed
    # from (a worktree sharing the main checkout's venv would time the main checkout)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    with TreeRSS(proc.pid) as rss:
        _, err = proc.communicate()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"build-dataset failed ({proc.returncode}): {err.decode()[-2000:]}")
    summary = json.loads((out / "run_summary.json").read_text())
    return {"workers": workers, "wall_s": round(wall, 2), "cpu_s": round(sum(rss.cpu.values()), 2),
            "cpu_by_role": rss.by_role(), **({"busy": rss.busy(timeline)} if timeline > 0 else {}),
            "peak_rss_mb": round(rss.peak / 2**20, 1),
            "notes_out": summary["counts"]["notes_out"], "quarantined": summary.get("quarantine_by_reason", {})}


def _phase_child(shard_dir: str, cache: str, workers: int, stage_specs: list[str]) -> None:
    """Child-process side of `stage_phase`: run the chain in a process pool, print timings as JSON.

    The pool's CPU time is the summed CPU of this process's descendants (the pool workers),
    sampled every 0.1 s until the pool is shut down.
    """
    from cancerprep.executors.cache import shard_tasks
    from cancerprep.executors.local import PoolExecutor
    from cancerprep.registry import build_stage
    from cancerprep.sitekey import load_key
    from cancerprep.stages.base import RunContext

    context = RunContext(key=load_key(None, env="BENCH_KEY"), seed=1)
    stages = [build_stage(s, {}, context) for s in stage_specs]
    tasks = shard_tasks(sorted(Path(shard_dir).glob("shard-*.parquet")), stages, context, Path(cache))
    seen: dict[int, float] = {}
    stop = threading.Event()

    def sample() -> None:
        me = psutil.Process()
        while not stop.is_set():
            for child in me.children(recursive=True):
                try:
                    t = child.cpu_times()
                    seen[child.pid] = t.user + t.system
                except psutil.Error:
                    pass
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    t0 = time.perf_counter()
    PoolExecutor(workers).run(stages, tasks)  # a pool even for 1 worker: setup happens in a fresh process
    seconds = time.perf_counter() - t0
    stop.set()
    sampler.join()
    print(json.dumps({"seconds": seconds, "cpu_s": sum(seen.values())}))


def stage_phase(shard_dir: Path, stage_specs: list[str], workers: int, cache: Path) -> dict[str, float]:
    """The stage phase from a cold cache with `workers` pool workers, in a child process.

    Returns wall seconds and the CPU seconds of the pool's processes (sampled), so the parallel
    overhead can be told apart from CPU contention on a shared machine.
    """
    import shutil

    if cache.exists():
        shutil.rmtree(cache)
    out = subprocess.run([sys.executable, "-m", __spec__.name, "--phase-child", str(shard_dir), str(cache),
                          str(workers), *stage_specs], capture_output=True, check=True, text=True, cwd=REPO)
    res = json.loads(out.stdout.strip().splitlines()[-1])
    cpu = res["cpu_s"]
    return {"seconds": res["seconds"], "cpu_s": cpu}


def per_stage(shards: list[Path], stage_specs: list[str]) -> list[dict[str, Any]]:
    """One core: setup seconds and notes/s of each stage's `process` (its input = previous stage's output)."""
    from cancerprep.registry import build_stage
    from cancerprep.sitekey import load_key
    from cancerprep.stages.base import RunContext
    from cancerprep.stages.coding.coder import forget_recent

    context = RunContext(key=load_key(None, env="BENCH_KEY"), seed=1)
    stages = [build_stage(s, {}, context) for s in stage_specs]
    batches = [pl.read_parquet(p) for p in shards]
    n_in = sum(b.height for b in batches)
    chars = sum(b["text"].str.len_chars().sum() for b in batches)
    rows = []
    for stage in stages:
        t0, c0 = time.perf_counter(), time.process_time()
        stage.ensure_setup()
        setup, setup_cpu = time.perf_counter() - t0, time.process_time() - c0
        forget_recent()  # each stage's own cost: in the chain `icd` reuses what `sort` coded (`Coder.code_batch`)
        t0, c0 = time.perf_counter(), time.process_time()
        out = [stage.process(b).records for b in batches]
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
        n = sum(b.height for b in batches)
        # notes per CPU-second = notes/s on one dedicated core (the machine is shared, so wall time
        # includes waiting for a core)
        rows.append({"stage": stage.name, "notes": n, "setup_s": round(setup, 2), "setup_cpu_s": round(setup_cpu, 2),
                     "process_s": round(secs, 2), "process_cpu_s": round(cpu, 2),
                     "notes_per_s": round(n / secs, 1) if secs else None,
                     "notes_per_cpu_s": round(n / cpu, 1) if cpu else None,
                     "kchars_per_cpu_s": round(chars / cpu / 1000, 1) if cpu else None})
        batches = out
    del n_in
    return rows


def projection(stage_rate_1: float, efficiency: float, serial_rate: float) -> list[dict[str, Any]]:
    """Hours for 3.2M notes: the stage phase at `stage_rate_1` notes/s per core times cores times
    `efficiency` (the measured 1 -> 2 worker efficiency, assumed to hold at 16, 64 and 256 cores:
    shards are independent, so the pool adds no shared state, but memory bandwidth and the Ray
    driver's I/O are not measured here), plus the serial part (start-up, ingest, assembly,
    writing; one core) at `serial_rate` notes/s, which does not shrink with cores."""
    rows = []
    for label, cores in (("1 core", 1), ("16 cores", 16), ("64 cores", 64), ("Ray cluster, 4 x 64 cores", 256)):
        eff = 1.0 if cores == 1 else efficiency
        stage_h = TARGET_NOTES / (stage_rate_1 * cores * eff) / 3600
        serial_h = TARGET_NOTES / serial_rate / 3600
        rows.append({"where": label, "cores": cores, "stage_h": round(stage_h, 2), "serial_h": round(serial_h, 2),
                     "total_h": round(stage_h + serial_h, 2)})
    return rows


def bench(args: argparse.Namespace) -> dict[str, Any]:
    from cancerprep.registry import STAGES

    stage_specs = [s for s in args.stages if s in STAGES]
    missing = [s for s in args.stages if s not in STAGES]
    if missing:
        print(f"note: stages not registered, skipped: {missing}", file=sys.stderr)
    os.environ["BENCH_KEY"] = KEY
    result: dict[str, Any] = {
        "host": platform.node(), "cpus": os.cpu_count(), "python": platform.python_version(),
        "stages": stage_specs, "assembly": args.assembly, "shard_rows": args.shard_rows,
        "started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
        "load_avg_start": os.getloadavg(), "sizes": []}
    for n in args.notes:
        with tempfile.TemporaryDirectory(prefix="cp-scale-", dir=args.tmp) as tmp:
            root = Path(tmp)
            t0 = time.perf_counter()
            notes, codes = corpus(n, median_chars=args.median_chars, sigma=args.sigma)
            lengths = notes["text"].str.len_chars()
            recipe = write_export(root, notes, codes, stage_specs, args.shard_rows, args.assembly)
            csv_mb = (root / "notes.csv").stat().st_size / 2**20
            size = {"notes": n, "mean_chars": round(lengths.mean(), 1), "median_chars": lengths.median(),
                    "p95_chars": lengths.quantile(0.95), "csv_mb": round(csv_mb, 1),
                    "corpus_s": round(time.perf_counter() - t0, 1)}
            del notes, codes
            size["e2e"] = [run_cli(recipe, root / f"out-w{w}", w) for w in args.workers]
            for row in size["e2e"]:
                row["notes_per_s"] = round(n / row["wall_s"], 1)
            shards = sorted((root / f"out-w{args.workers[0]}.work" / "normalized").glob("shard-*.parquet"))
            if stage_specs and n <= args.stage_max_notes:
                size["per_stage"] = per_stage(shards, stage_specs)
                phase = []
                shard_dir = shards[0].parent
                for w in args.workers:
                    r = stage_phase(shard_dir, stage_specs, w, root / f"cache-w{w}")
                    phase.append({"workers": w, "seconds": round(r["seconds"], 2), "cpu_s": round(r["cpu_s"], 2),
                                  "notes_per_s": round(n / r["seconds"], 1)})
                size["stage_phase"] = phase
            print(json.dumps(size), file=sys.stderr)
            result["sizes"].append(size)
    result["load_avg_end"] = os.getloadavg()
    return derive(result)


def derive(result: dict[str, Any]) -> dict[str, Any]:
    """Efficiencies and the projection, from the raw timings (also re-run by `--report`).

    Setup (model loading) is taken from the first, cold measurement of each stage: later sizes
    run in the same benchmark process, where the models are already loaded.
    """
    cold: dict[str, tuple[float, float]] = {}
    for size in result["sizes"]:
        for row in size.get("per_stage", []):
            cold.setdefault(row["stage"], (row["setup_s"], row["setup_cpu_s"]))
    for size in result["sizes"]:
        phase = size.get("stage_phase")
        if not phase:
            continue
        # wall efficiency T1 / (w * Tw); "steady" leaves out the once-per-worker setup (in parallel
        # in every worker, negligible at corpus scale); CPU efficiency CPU1 / CPUw is the work
        # inflation of going parallel, immune to other users' load on a shared machine.
        setup = sum(cold[r["stage"]][0] for r in size["per_stage"])
        setup_cpu = sum(cold[r["stage"]][1] for r in size["per_stage"])
        t1, c1 = phase[0]["seconds"] * phase[0]["workers"], phase[0]["cpu_s"]
        for row in phase:
            w = row["workers"]
            row["efficiency"] = round(t1 / (w * row["seconds"]), 3)
            row["efficiency_steady"] = round((t1 - setup) / (w * max(row["seconds"] - setup, 1e-3)), 3)
            row["cpu_efficiency_steady"] = round((c1 - setup_cpu) / max(row["cpu_s"] - w * setup_cpu, 1e-3), 3)
    measured = [s for s in result["sizes"] if "stage_phase" in s]
    if measured:
        big = measured[-1]
        # On dedicated cores (from CPU seconds, since this machine is shared): per-core stage rate
        # without setup, the measured CPU efficiency at the largest worker count, and the serial
        # part (start-up, ingest, assembly, writing) = end-to-end CPU minus stage CPU at 1 worker.
        setup_cpu = sum(cold[r["stage"]][1] for r in big["per_stage"])
        first = big["stage_phase"][0]
        rate1 = big["notes"] / max(first["cpu_s"] - first["workers"] * setup_cpu, 1e-3)
        eff = big["stage_phase"][-1]["cpu_efficiency_steady"]
        e2e1 = next(r for r in big["e2e"] if r["workers"] == first["workers"])
        serial_cpu = max(e2e1["cpu_s"] - first["cpu_s"], 1e-3)
        result["projection_basis"] = {
            "stage_notes_per_cpu_s": round(rate1, 1), "cpu_efficiency": eff,
            "serial_notes_per_cpu_s": round(big["notes"] / serial_cpu, 1), "from_notes": big["notes"]}
        result["projection"] = projection(rate1, eff, big["notes"] / serial_cpu)
    return result


def rss_check(args: argparse.Namespace) -> dict[str, Any]:
    """Build an export of about `--rss-gb` GB (notes CSV) and report end-to-end peak RSS."""
    os.environ["BENCH_KEY"] = KEY
    with tempfile.TemporaryDirectory(prefix="cp-rss-", dir=args.tmp) as tmp:
        root = Path(tmp)
        target = int(args.rss_gb * 2**30)
        n = 0
        with open(root / "notes.csv", "wb") as notes_fh, open(root / "diagnoses.csv", "wb") as codes_fh:
            # streamed block by block, so the generator itself stays small
            for block, codes in corpus_blocks(10**9, median_chars=args.median_chars, sigma=args.sigma):
                block.write_csv(notes_fh, include_header=n == 0)
                codes.write_csv(codes_fh, include_header=n == 0)
                n += block.height
                if notes_fh.tell() >= target:
                    break
        recipe = write_recipe(root, args.stages, args.shard_rows, args.assembly)
        gb = (root / "notes.csv").stat().st_size / 2**30
        row = run_cli(recipe, root / "out", args.workers[-1])
        row.update({"export_gb": round(gb, 3), "notes": n, "stages": args.stages, "assembly": args.assembly})
        return row


def markdown(results: list[dict[str, Any]]) -> str:
    """Markdown tables from result JSON files (the docs/benchmarks.md section)."""
    lines = ["| notes | mean chars | workers | wall s | notes/s | CPU s | peak RSS MB | quarantined |",
             "|---|---|---|---|---|---|---|---|"]
    for res in results:
        for size in res.get("sizes", []):
            for row in size["e2e"]:
                lines.append(f"| {size['notes']:,} | {size['mean_chars']:.0f} | {row['workers']} | {row['wall_s']} | "
                             f"{row['notes_per_s']} | {row.get('cpu_s', '-')} | {row['peak_rss_mb']:.0f} | "
                             f"{row.get('quarantined') or 0} |")
    lines += ["", "| notes | stage | setup s (CPU) | notes/s wall | notes per CPU-s | kchars per CPU-s |",
              "|---|---|---|---|---|---|"]
    for res in results:
        for size in res.get("sizes", []):
            for row in size.get("per_stage", []):
                lines.append(f"| {size['notes']:,} | {row['stage']} | {row['setup_s']} ({row['setup_cpu_s']}) | "
                             f"{row['notes_per_s']} | {row['notes_per_cpu_s']} | {row['kchars_per_cpu_s']} |")
    lines += ["", "| notes | workers | stage phase s | notes/s | CPU s | efficiency | steady | CPU steady |",
              "|---|---|---|---|---|---|---|---|"]
    for res in results:
        for size in res.get("sizes", []):
            for row in size.get("stage_phase", []):
                lines.append(f"| {size['notes']:,} | {row['workers']} | {row['seconds']} | {row['notes_per_s']} | "
                             f"{row['cpu_s']} | {row['efficiency']} | {row['efficiency_steady']} | "
                             f"{row['cpu_efficiency_steady']} |")
    for res in results:
        if res.get("projection"):
            b = res["projection_basis"]
            lines += ["", f"Projection basis: {b}", "",
                      "| where | cores | stage phase h | serial part h | total h |", "|---|---|---|---|---|"]
            for row in res["projection"]:
                lines.append(f"| {row['where']} | {row['cores']} | {row['stage_h']} | {row['serial_h']} | "
                             f"{row['total_h']} |")
    return "\n".join(lines)


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
    ap.add_argument("--assembly", choices=sorted(ASSEMBLY), default="none",
                    help="after the stages: none (Parquet notes only) or demo (dedup, pretrain task, jsonl + hf)")
    ap.add_argument("--tmp", default=None, help="scratch directory (default: system temp)")
    ap.add_argument("--report", nargs="+", default=None, help="print Markdown tables from result JSON files")
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    if len(sys.argv) > 1 and sys.argv[1] == "--phase-child":
        _phase_child(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5:])
        return
    args = ap.parse_args()
    if args.report:
        print(markdown([derive(json.loads(Path(p).read_text())) for p in args.report]))
        return
    result = rss_check(args) if args.rss_gb else bench(args)
    emit(result, args.json)


if __name__ == "__main__":
    main()
