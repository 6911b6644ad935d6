"""Executors: where a chain of stages runs over shards. Stages never know which.

A shard is a Parquet file of normalized notes. The unit of work is one shard
through the stage chain. After EACH stage the shard's records, quarantined rows
and PHI-free stats are written atomically (tmp + rename), then a `.done` marker
holding that stage-prefix fingerprint. So:

* resume: a run killed mid-way (even SIGKILL) and restarted redoes only the
  shards (and stages) that have no matching `.done` marker;
* invalidation: the fingerprint of stage i hashes the shard's bytes, the run
  context (site key, seed, code table), the package version and the options of
  stages 0..i, so a changed input, key or option re-runs exactly what it must;
* incremental re-runs: changing only the last stage's options reuses the cached
  output of every earlier stage and re-runs the last one alone.

Three executors run the same `apply_stages` code: `SerialExecutor` (the
reference), `PoolExecutor` (local process pool; each worker unpickles the stage
chain once and runs `setup()` once, then takes shard after shard) and
`RayExecutor` (Ray actors, each holding a set-up chain; the driver reads and
writes the shard files, so a cluster needs no shared file system). Output is
byte-identical whichever runs it, because every file is written by the same
function from the same deterministic stage results.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import multiprocessing
import os
import pickle
import shutil
import sys
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures import ProcessPoolExecutor as _ProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from cancerprep import __version__
from cancerprep.errors import CancerprepError
from cancerprep.outputs.manifest import file_sha256
from cancerprep.progress import track
from cancerprep.quarantine import empty_quarantine
from cancerprep.stages.base import RunContext, Stage

# -- fingerprints --------------------------------------------------------------------------


@functools.cache
def code_fingerprint() -> str:
    """A hash of the package's source files: changed code (a de-identification fix, say) must not
    reuse stage output cached by the old code, even when the version number did not move."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        h.update(path.relative_to(root).as_posix().encode() + b"\x00" + path.read_bytes() + b"\x00")
    return h.hexdigest()


def context_fingerprint(context: RunContext) -> str:
    """What every stage may read besides its batch: code, key, seed, code table, identities.

    The key and the identities enter through an HMAC under the key, so the fingerprint
    (written to `.done` files) says nothing about them.
    """
    h = hashlib.sha256(f"cancerprep {__version__}|{code_fingerprint()}|seed={context.seed}".encode())
    if context.key is not None:
        h.update(hmac.new(context.key, b"cancerprep-cache-fingerprint", hashlib.sha256).digest())
    codes = context.codes
    if codes is not None and codes.height:
        h.update(json.dumps(list(codes.schema.items()), default=str).encode())
        h.update(codes.hash_rows(seed=0).to_numpy().tobytes())
    if context.identities:
        h.update(b"identities" + context.identities.digest(context.key).encode())
    return h.hexdigest()[:16]


def prefix_fingerprints(stages: list[Stage], base: str) -> list[str]:
    """fp[i] identifies the output of stages[0..i] applied to the input identified by `base`."""
    fps, acc = [], base
    for stage in stages:
        acc = hashlib.sha256(f"{acc}|{stage.name}|{stage.fingerprint()}".encode()).hexdigest()[:16]
        fps.append(acc)
    return fps


# -- shards --------------------------------------------------------------------------------


@dataclass
class ShardTask:
    """One shard to process: its input file and the per-stage cache files of its outputs.

    Stage i writes `cache_dir/shard-NNNNN/<i>-<name>.<ext>` plus a `.done` file that
    holds fp[i]; a file is current only when its `.done` matches.
    """

    index: int
    input: Path
    cache_dir: Path
    stage_names: list[str]
    fingerprints: list[str]

    @property
    def dir(self) -> Path:
        return self.cache_dir / f"shard-{self.index:05d}"

    def _stem(self, i: int) -> Path:
        return self.dir / f"{i:02d}-{self.stage_names[i]}"

    def stage_records(self, i: int) -> Path:
        return self._stem(i).with_suffix(".parquet")

    def stage_quarantine(self, i: int) -> Path:
        return self._stem(i).with_suffix(".quarantine.parquet")

    def stage_stats(self, i: int) -> Path:
        return self._stem(i).with_suffix(".stats.json")

    def stage_done(self, i: int) -> Path:
        return self._stem(i).with_suffix(".done")

    def is_stage_done(self, i: int) -> bool:
        p = self.stage_done(i)
        return p.is_file() and p.read_text().strip() == self.fingerprints[i]

    def done_prefix(self) -> int:
        """How many leading stages have current cached output (0..n)."""
        n = 0
        while n < len(self.stage_names) and self.is_stage_done(n):
            n += 1
        return n

    def is_done(self) -> bool:
        return self.done_prefix() == len(self.stage_names)

    @property
    def records_path(self) -> Path:
        """The shard's final records (the input itself when the chain is empty)."""
        return self.stage_records(len(self.stage_names) - 1) if self.stage_names else self.input

    def quarantine_paths(self) -> list[Path]:
        return [self.stage_quarantine(i) for i in range(len(self.stage_names))]

    def read_quarantine(self) -> pl.DataFrame:
        """Every stage's quarantined rows of this shard, in stage order."""
        return pl.concat([empty_quarantine(), *(pl.read_parquet(p) for p in self.quarantine_paths())],
                         how="vertical_relaxed")

    def prune(self) -> None:
        """Delete cache files of this shard that belong to no stage of the current chain."""
        if not self.dir.is_dir():
            return
        keep = {f"{i:02d}-{name}" for i, name in enumerate(self.stage_names)}
        for p in self.dir.iterdir():
            if p.name.split(".", 1)[0] not in keep or p.name.endswith(".tmp"):
                p.unlink()


def shard_tasks(shard_paths: list[Path], stages: list[Stage], context: RunContext, cache_dir: Path) -> list[ShardTask]:
    """Tasks for the normalized shards, keyed by shard bytes + run context + stage options."""
    ctx = context_fingerprint(context)
    names = [s.name for s in stages]
    tasks = []
    for i, path in enumerate(shard_paths):
        base = hashlib.sha256(f"{ctx}|{file_sha256(path)}".encode()).hexdigest()[:16]
        tasks.append(ShardTask(i, path, cache_dir, names, prefix_fingerprints(stages, base)))
    # an export that shrank leaves cache directories of shards that no longer exist
    current = {t.dir.name for t in tasks}
    for stale in sorted(cache_dir.glob("shard-*")) if cache_dir.is_dir() else []:
        if stale.is_dir() and stale.name not in current:
            shutil.rmtree(stale)
    return tasks


@dataclass
class ShardReport:
    index: int
    n_in: int
    n_out: int
    n_quarantined: int
    stats: dict[str, int] = field(default_factory=dict)
    reused: bool = False
    # Stages actually run for this shard in this run (0 when fully reused from the cache).
    stages_run: int = 0


@dataclass
class StepResult:
    """One stage's output for one shard, as it travels back from a worker."""

    records: pl.DataFrame
    quarantine: pl.DataFrame
    stats: dict[str, int]


def _atomic_parquet(frame: pl.DataFrame, path: Path) -> None:
    tmp = path.with_name(path.name + ".tmp")
    frame.write_parquet(tmp, compression="zstd", statistics=False)
    os.replace(tmp, path)


def _atomic_text(text: str, path: Path) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text)
    os.replace(tmp, path)


def apply_stages(stages: list[Stage], batch: pl.DataFrame, start: int = 0) -> list[StepResult]:
    """Run stages[start:] over one batch: the pure part every executor shares."""
    steps = []
    for stage in stages[start:]:
        stage.ensure_setup()
        result = stage.process(batch)
        batch = result.records
        steps.append(StepResult(result.records, result.quarantine, dict(result.stats)))
    return steps


def load_start(task: ShardTask) -> tuple[int, pl.DataFrame | None]:
    """Where this shard resumes: (first stage to run, its input batch); batch None when all done."""
    start = task.done_prefix()
    if start == len(task.stage_names):
        return start, None
    batch = pl.read_parquet(task.stage_records(start - 1) if start else task.input)
    return start, batch


def persist_steps(task: ShardTask, start: int, steps: list[StepResult]) -> None:
    """Write each stage's outputs, the `.done` marker last, so a kill leaves no half-done stage."""
    task.dir.mkdir(parents=True, exist_ok=True)
    for offset, step in enumerate(steps):
        i = start + offset
        task.stage_done(i).unlink(missing_ok=True)
        _atomic_parquet(step.records, task.stage_records(i))
        _atomic_parquet(pl.concat([empty_quarantine(), step.quarantine], how="vertical_relaxed"),
                        task.stage_quarantine(i))
        _atomic_text(json.dumps(dict(sorted(step.stats.items()))), task.stage_stats(i))
        _atomic_text(task.fingerprints[i], task.stage_done(i))


def load_report(task: ShardTask, stages_run: int = 0) -> ShardReport:
    """The report of a finished shard, from its cache files (same numbers on resume as fresh)."""
    def rows(p: Path) -> int:
        return pl.scan_parquet(p).select(pl.len()).collect().item()

    n = len(task.stage_names)
    stats: Counter[str] = Counter()
    for i in range(n):
        stats.update(json.loads(task.stage_stats(i).read_text()))
    n_q = sum(rows(p) for p in task.quarantine_paths())
    return ShardReport(task.index, rows(task.input), rows(task.records_path), n_q, dict(stats),
                       reused=stages_run == 0, stages_run=stages_run)


def run_shard(stages: list[Stage], task: ShardTask) -> ShardReport:
    """Bring one shard up to date (running only the stages whose cache is stale) and report."""
    start, batch = load_start(task)
    if batch is not None:
        persist_steps(task, start, apply_stages(stages, batch, start))
    task.prune()
    return load_report(task, stages_run=len(stages) - start)


# -- executors -----------------------------------------------------------------------------


class Executor(ABC):
    """Runs every shard through the chain; subclasses choose where (this process, a pool, Ray)."""

    @abstractmethod
    def run(self, stages: list[Stage], tasks: list[ShardTask]) -> list[ShardReport]:
        """Bring every shard up to date; return reports in shard order."""


class SerialExecutor(Executor):
    """Everything in this process: the reference the parallel executors must match byte for byte."""

    def run(self, stages: list[Stage], tasks: list[ShardTask]) -> list[ShardReport]:
        return [run_shard(stages, task) for task in track(tasks, "stages", total=len(tasks))]


def _collect(reports: Iterable[ShardReport], tasks: list[ShardTask]) -> list[ShardReport]:
    by_index = {r.index: r for r in reports}
    return [by_index[t.index] for t in tasks]


# Per worker process: the stage chain, unpickled once by the pool initializer.
_WORKER_STAGES: list[Stage] | None = None


def check_picklable(stages: list[Stage]) -> None:
    """Fail early, naming the stage, when a chain cannot be shipped to worker processes."""
    for stage in stages:
        try:
            pickle.dumps(stage)
        except Exception as exc:
            raise CancerprepError(
                f"stage {stage.name!r} cannot be sent to worker processes ({type(exc).__name__}); "
                "load models in setup(), not __init__, or run with --workers 1") from None


def _init_worker(stages: list[Stage]) -> None:
    global _WORKER_STAGES
    _WORKER_STAGES = stages


def _worker_run(task: ShardTask) -> ShardReport:
    assert _WORKER_STAGES is not None, "pool worker used before its initializer ran"
    return run_shard(_WORKER_STAGES, task)


def default_workers() -> int:
    """The cores this process may use (the affinity mask, so containers and taskset count right)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _mp_context() -> multiprocessing.context.BaseContext:
    # forkserver: workers start from a clean, single-threaded server (no forked polars/Ray
    # thread pools) and faster than spawn; spawn where forkserver does not exist.
    method = "forkserver" if sys.platform.startswith("linux") else "spawn"
    return multiprocessing.get_context(method)


class PoolExecutor(Executor):
    """A local process pool. Each worker sets its stage chain up once and processes many shards.

    Shards already done are reported from the cache without touching the pool; the
    pool is sized to min(workers, shards to do). At most `workers` shards are in
    memory at once (one per worker), so memory is bounded by the shard size.
    """

    def __init__(self, workers: int):
        self.workers = max(1, workers)

    def run(self, stages: list[Stage], tasks: list[ShardTask]) -> list[ShardReport]:
        todo = [t for t in tasks if not t.is_done()]
        if len(todo) <= 1:  # nothing to spread: skip the pool's start-up cost (same output)
            return SerialExecutor().run(stages, tasks)
        reports = [load_report(t) for t in tasks if t.is_done()]
        if todo:
            check_picklable(stages)
            n = min(self.workers, len(todo))
            with _ProcessPool(max_workers=n, mp_context=_mp_context(), initializer=_init_worker,
                              initargs=(stages,)) as pool:
                pending: set[Future[ShardReport]] = set()
                queue = iter(todo)
                progress = iter(track(range(len(todo)), "stages", total=len(todo)))
                next(progress, None)  # start the bar now; each later next() counts one finished shard

                def submit() -> None:
                    task = next(queue, None)
                    if task is not None:
                        pending.add(pool.submit(_worker_run, task))

                for _ in range(2 * n):  # a little look-ahead keeps workers busy, not a flood
                    submit()
                while pending:
                    finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in finished:
                        pending.discard(fut)
                        reports.append(fut.result())
                        next(progress, None)
                        submit()
        return _collect(reports, tasks)


class _RayChain:
    """A Ray actor holding a stage chain that was set up once in its process."""

    def __init__(self, stages: list[Stage]):
        self.stages = stages
        for stage in stages:
            stage.ensure_setup()

    def apply(self, batch: pl.DataFrame, start: int) -> list[StepResult]:
        return apply_stages(self.stages, batch, start)


class RayExecutor(Executor):
    """Ray actors over shards: one actor per worker, each with its chain set up once.

    The driver reads each shard's resume point, ships the batch (Arrow, through the
    object store) to a free actor and writes the returned stage outputs itself, so
    the cluster's workers need no access to the output directory. `address=None`
    starts a local Ray with `workers` CPUs unless Ray is already initialized.
    """

    def __init__(self, workers: int | None = None, address: str | None = None):
        self.workers = workers
        self.address = address

    def run(self, stages: list[Stage], tasks: list[ShardTask]) -> list[ShardReport]:
        try:
            import ray
            from ray.util import ActorPool
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise RuntimeError("the Ray executor needs the ray extra: pip install 'cancerprep[ray]'") from exc

        todo = [t for t in tasks if not t.is_done()]
        reports = [load_report(t) for t in tasks if t.is_done()]
        if not todo:
            return _collect(reports, tasks)
        if not ray.is_initialized():
            init: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False}
            if self.address:
                init["address"] = self.address
            else:
                init["num_cpus"] = self.workers or default_workers()
            ray.init(**init)
        check_picklable(stages)
        n = self.workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        n = min(n, len(todo))
        actor_cls = ray.remote(num_cpus=1)(_RayChain)
        stages_ref = ray.put(stages)
        actors = [actor_cls.remote(stages_ref) for _ in range(n)]
        starts: dict[int, int] = {}

        def submit(actor: Any, task: ShardTask) -> Any:
            start, batch = load_start(task)
            starts[task.index] = start
            return actor.apply.remote(batch, start)

        try:
            pool = ActorPool(actors)
            results = pool.map(submit, todo)  # in shard order; workers run ahead
            for task, steps in track(zip(todo, results, strict=True), "stages (ray)", total=len(todo)):
                persist_steps(task, starts[task.index], steps)
                task.prune()
                reports.append(load_report(task, stages_run=len(stages) - starts[task.index]))
        finally:
            for actor in actors:
                ray.kill(actor)
        return _collect(reports, tasks)


EXECUTORS = ("local", "ray")


def make_executor(name: str = "local", workers: int | None = None, ray_address: str | None = None,
                  **_options: object) -> Executor:
    """Executor by name. `local` uses a process pool of `workers` (default: the core count); 1 is serial."""
    if name == "local":
        n = default_workers() if workers is None else workers
        if n < 1:
            raise ValueError("workers must be at least 1")
        return SerialExecutor() if n == 1 else PoolExecutor(n)
    if name == "ray":
        return RayExecutor(workers, ray_address)
    raise ValueError(f"unknown executor {name!r}; known: {', '.join(EXECUTORS)}")


@dataclass
class FrameRun:
    """What `run_stages_on_frame` returns: the processed records, quarantine and merged stats."""

    records: pl.DataFrame
    quarantine: pl.DataFrame
    stats: dict[str, int]


def run_stages_on_frame(stages: list[Stage], frame: pl.DataFrame, work_dir: Path, workers: int | None = None,
                        shard_rows: int = 1_000, executor: str = "local", ray_address: str | None = None
                        ) -> FrameRun:
    """Run a stage chain over an in-memory batch with an executor: the per-stage commands' path.

    The batch is cut into shards under `work_dir` (reused by a re-run with the same
    input and options, like `build-dataset`), processed, and put back together in order.
    """
    shard_dir = work_dir / "normalized"
    shard_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(max(1, -(-frame.height // shard_rows))):
        path = shard_dir / f"shard-{i:05d}.parquet"
        _atomic_parquet(frame.slice(i * shard_rows, shard_rows), path)
        paths.append(path)
    context = stages[0].context if stages else RunContext()
    tasks = shard_tasks(paths, stages, context, work_dir / "stages")
    reports = make_executor(executor, workers, ray_address).run(stages, tasks)
    stats: Counter[str] = Counter()
    for report in reports:
        stats.update(report.stats)
    records = pl.concat([pl.read_parquet(t.records_path) for t in tasks], how="vertical_relaxed")
    quarantine = pl.concat([t.read_quarantine() for t in tasks], how="vertical_relaxed")
    return FrameRun(records, quarantine, dict(sorted(stats.items())))
