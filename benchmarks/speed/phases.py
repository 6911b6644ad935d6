"""Where a `build-dataset` run spends its time: wall and driver CPU per phase, in one process.

    .venv/bin/python -m benchmarks.speed.phases recipes/demo.yaml --workers 2 --repeat 3 --markdown

Runs `cancerprep.runner.run_recipe` in a fresh child process per run (cold imports, caches and work
folder, as `cancerprep build-dataset` would) with timers wrapped
around the phases the runner calls: ingest, stage set-up in the driver, the stage phase (the
executor's `run`), dedup planning, task assembly (per task: streaming notes in, `finish`), and the
writing (HF datasets, exports, report, card, manifest; with `--workers` > 1 the first three run in the pool, where
they are not timed). Wall seconds are what the run waited; driver
CPU is this process's own (pool workers are not in it), so for the stage phase wall is the figure.
Every phase outside the stage phase and dedup signing runs on the driver alone: their sum is the
serial part that caps `--workers N` (Amdahl). Phases nest (writing holds HF, report...): the table
indents the inner ones. Best of `--repeat` runs by total wall; the manifest digest of every run is
printed so runs can be checked identical.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import shutil
import subprocess
import sys
import tempfile
import time
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

# (module, attribute, label, depth): the phases, as the runner reaches them
PHASES: list[tuple[str, str, str, int]] = [
    ("cancerprep.runner", "Ingest.run", "ingest + normalize", 0),
    ("cancerprep.runner", "build_stage", "build the stages", 0),
    ("cancerprep.runner", "shard_tasks", "stage fingerprints", 0),
    ("cancerprep.runner", "make_executor", "start the executor", 0),
    ("@executor", "run", "stage phase (executor.run)", 0),
    ("cancerprep.runner", "plan_dedup", "dedup plan (signing on the executor)", 0),
    ("cancerprep.assembly.assembler", "TaskAssembler.add", "tasks: notes streamed in (all tasks)", 0),
    ("cancerprep.assembly.assembler", "TaskAssembler.finish", "tasks: finish (all tasks)", 0),
    ("cancerprep.runner", "write_outputs", "write outputs", 0),
    ("cancerprep.runner", "dataset_tables", "dataset tables (counts)", 1),
    ("cancerprep.runner", "write_release_files", "release files", 1),
    ("cancerprep.runner", "_write_report", "HTML report (charts; in the pool with --workers > 1: not timed)", 2),
    ("cancerprep.runner", "_write_hf", "HF datasets (idem)", 2),
    ("cancerprep.runner", "write_exports_from_files", "trainer exports (idem)", 2),
    ("cancerprep.outputs.card", "write_card", "dataset card", 2),
    ("cancerprep.outputs.manifest", "write_manifest", "manifest", 2),
]


class Clock:
    """Accumulated wall and CPU seconds per label (re-entrant calls counted once)."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self._active: set[str] = set()

    def wrap(self, label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            if label in self._active:
                return fn(*args, **kwargs)
            self._active.add(label)
            w, c = time.perf_counter(), time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.wall[label] = self.wall.get(label, 0.0) + time.perf_counter() - w
                self.cpu[label] = self.cpu.get(label, 0.0) + time.process_time() - c
                self._active.discard(label)
        return timed


@contextlib.contextmanager
def instrumented(clock: Clock) -> Iterator[None]:
    """Patch every phase in PHASES (the executor's `run`/`map` through `make_executor`); undo on exit."""
    import importlib

    saved: list[tuple[Any, str, Any]] = []

    def patch(obj: Any, attr: str, label: str) -> None:
        saved.append((obj, attr, obj.__dict__[attr] if attr in vars(obj) else None))
        timed = clock.wrap(label, getattr(obj, attr))
        if isinstance(obj, types.ModuleType):  # pickled by reference to where it is patched (pool jobs)
            timed.__module__ = obj.__name__
        setattr(obj, attr, timed)

    executor_label = next(label for mod, _, label, _ in PHASES if mod == "@executor")
    for mod, dotted, label, _ in PHASES:
        if mod == "@executor":
            continue
        obj = importlib.import_module(mod)
        *owners, attr = dotted.split(".")
        for owner in owners:
            obj = getattr(obj, owner)
        if not hasattr(obj, attr):  # an older version of the runner (before/after comparisons): not timed
            continue
        if dotted == "make_executor":
            original = obj.make_executor

            def make(*args: Any, _original: Any = original, **kwargs: Any) -> Any:
                ex = _original(*args, **kwargs)
                ex.run = clock.wrap(executor_label, ex.run)
                return ex
            saved.append((obj, attr, original))
            obj.make_executor = clock.wrap(label, make)
        else:
            patch(obj, attr, label)
    try:
        yield
    finally:
        for obj, attr, original in reversed(saved):
            if original is None:
                delattr(obj, attr)
            else:
                setattr(obj, attr, original)


def manifest_digest(out: Path) -> str:
    """The first 16 hex digits of the run's manifest hash: equal runs wrote equal files."""
    from cancerprep.io.tables import file_sha256

    return file_sha256(out / "manifest.json")[:16]


def one_run(recipe: Path, workers: int, tmp: Path) -> dict[str, Any]:
    from cancerprep.progress import set_quiet
    from cancerprep.runner import run_recipe

    set_quiet(True)
    out, work = tmp / f"out-w{workers}", tmp / f"work-w{workers}"
    for p in (out, work):
        shutil.rmtree(p, ignore_errors=True)
    clock = Clock()
    with instrumented(clock):
        w, c = time.perf_counter(), time.process_time()
        run_recipe(recipe, out_dir=out, workers=workers, work_dir=work)
        total_wall, total_cpu = time.perf_counter() - w, time.process_time() - c
    parallel = {"stage phase (executor.run)", "dedup plan (signing on the executor)"}
    top = {label for _, _, label, depth in PHASES if depth == 0}
    serial = total_wall - sum(v for k, v in clock.wall.items() if k in parallel)
    return {"workers": workers, "wall_s": round(total_wall, 2), "driver_cpu_s": round(total_cpu, 2),
            "serial_wall_s": round(serial, 2),
            "unaccounted_wall_s": round(total_wall - sum(v for k, v in clock.wall.items() if k in top), 2),
            "phases": {label: {"wall_s": round(clock.wall.get(label, 0.0), 2),
                               "cpu_s": round(clock.cpu.get(label, 0.0), 2)} for _, _, label, _ in PHASES},
            "manifest": manifest_digest(out)}


def markdown(runs: list[dict[str, Any]]) -> str:
    head = " | ".join(f"{r['workers']} worker{'s' if r['workers'] > 1 else ''}: wall / driver CPU s" for r in runs)
    lines = [f"| phase | {head} |", "|---|" + "---|" * len(runs)]
    for _, _, label, depth in PHASES:
        cells = " | ".join(f"{r['phases'][label]['wall_s']} / {r['phases'][label]['cpu_s']}" for r in runs)
        lines.append(f"| {'&nbsp;&nbsp;' * depth}{label} | {cells} |")
    lines.append("| **total** | " + " | ".join(f"**{r['wall_s']}** / {r['driver_cpu_s']}" for r in runs) + " |")
    lines.append("| serial part (total - stage phase - dedup plan) | "
                 + " | ".join(str(r["serial_wall_s"]) for r in runs) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> list[dict[str, Any]]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("recipe", type=Path)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=3, help="runs per worker count; the best total wall counts")
    ap.add_argument("--tmp", type=Path, default=None)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--child", type=Path, default=None, help=argparse.SUPPRESS)  # one run in this process
    args = ap.parse_args(argv)
    if args.child is not None:
        print(json.dumps(one_run(args.recipe, args.workers[0], args.child)))
        return []
    tmp = Path(tempfile.mkdtemp(prefix="cancerprep-phases-", dir=args.tmp))
    best: dict[int, dict[str, Any]] = {}
    try:
        for rep in range(args.repeat):
            for w in args.workers:  # interleaved: a busy spell hits every count
                child = subprocess.run([sys.executable, "-m", __spec__.name, str(args.recipe.resolve()), "--workers",
                                        str(w), "--child", str(tmp)], check=True, capture_output=True, text=True)
                run = json.loads(child.stdout.strip().splitlines()[-1])
                print(f"rep {rep + 1} workers {w}: {run['wall_s']} s wall, serial {run['serial_wall_s']} s, "
                      f"manifest {run['manifest']}", flush=True)
                if w not in best or run["wall_s"] < best[w]["wall_s"]:
                    best[w] = run
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    runs = [best[w] for w in args.workers]
    if args.json:
        args.json.write_text(json.dumps(runs, indent=2) + "\n")
    print(json.dumps(runs, indent=2))
    if args.markdown:
        print(markdown(runs))
    return runs


if __name__ == "__main__":
    main()
