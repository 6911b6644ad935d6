"""Executors on this machine: `SerialExecutor` (the reference) and `PoolExecutor` (a process pool).

Each pool worker takes the stage chain once, set up (its shared part loaded once by the fork server,
`forkserver_chain`), then takes shard after shard. `run_stages_on_frame` is the per-step commands' path: a frame in
memory through an executor.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures import ProcessPoolExecutor as _ProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import polars as pl

from cancerprep import collector
from cancerprep.errors import CancerprepError
from cancerprep.executors import forkserver_chain
from cancerprep.executors.base import Executor, ShardReport, check_picklable, collect, load_report, run_shard
from cancerprep.executors.cache import ShardTask, shard_tasks
from cancerprep.io.tables import cut_shards
from cancerprep.progress import track
from cancerprep.stages.base import RunContext, Stage

T = TypeVar("T")
R = TypeVar("R")


class SerialExecutor(Executor):
    """Everything in this process: the reference the parallel executors must match byte for byte."""

    def run(self, stages: list[Stage], tasks: list[ShardTask]) -> list[ShardReport]:
        """Shards one after another, in order: the output every other executor is checked against."""
        return [run_shard(stages, task) for task in track(tasks, "stages", total=len(tasks))]

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        """Plain in-process map, so whole-corpus work runs here too when the stages do."""
        return map(fn, items)


# Per worker process: the stage chain, taken once by the pool initializer (or why it cannot be used).
_WORKER_STAGES: list[Stage] | None = None
_WORKER_ERROR: CancerprepError | None = None


def _init_worker(token: str | None, blob: bytes) -> None:
    """`blob`: the pool's chain pickled; `token`: the chain the fork server may have loaded (`forkserver_chain`)."""
    global _WORKER_STAGES, _WORKER_ERROR
    collector.tune()  # as the fork server's (`forkserver_setup`), also where a worker is spawned without one
    try:
        _WORKER_STAGES = forkserver_chain.adopt(token, blob)
    except CancerprepError as exc:  # raised at the first shard, so the run reports it (an initializer's error
        _WORKER_ERROR = exc  # only breaks the pool)


def _worker_run(task: ShardTask) -> ShardReport:
    if _WORKER_ERROR is not None:
        raise _WORKER_ERROR
    assert _WORKER_STAGES is not None, "pool worker used before its initializer ran"
    return run_shard(_WORKER_STAGES, task)


def default_workers() -> int:
    """The cores this process may use (the affinity mask, so containers and taskset count right)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _mp_context(stages: Sequence[Stage] = ()) -> multiprocessing.context.BaseContext:
    # forkserver: workers start from a clean, single-threaded server (no forked polars/Ray
    # thread pools) and faster than spawn; spawn where forkserver does not exist.
    method = "forkserver" if sys.platform.startswith("linux") else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(preload_modules(stages))
    return context


_SERVER_SETUP = "cancerprep.executors.forkserver_setup"
_SERVER_CHAIN = "cancerprep.executors.forkserver_chain"


def preload_modules(stages: Sequence[Stage] = ()) -> list[str]:
    """What the fork server imports once, before it forks any worker: first `forkserver_setup` (the
    collector's settings, for the imports that follow and every worker), then every cancerprep module this
    process has imported so far (the stage chain's modules, and through them spaCy, Presidio and
    polars) and the libraries the stages' `setup` imports (`Stage.preload`), so each worker of every
    pool (stages, dedup signing) starts with its imports done instead of paying seconds each; last
    `forkserver_chain`, which loads the chain's shared set-up when the server was handed one. Importing
    runs no thread pools, so the server stays safe to fork. Only the first pool of a process starts the
    server: later pools fork from the same one."""
    ours = sorted(name for name in list(sys.modules)
                  if (name == "cancerprep" or name.startswith("cancerprep.")) and name not in (_SERVER_SETUP,
                                                                                            _SERVER_CHAIN))
    libraries = sorted({m for stage in stages for m in stage.preload} - set(ours))
    # __main__: multiprocessing's own default preload
    return ["__main__", _SERVER_SETUP, *ours, *libraries, _SERVER_CHAIN]


class PoolExecutor(Executor):
    """A local process pool. Each worker sets its stage chain up once and processes many shards.

    Shards already done are reported from the cache without touching the pool; the
    pool is sized to min(workers, shards to do). At most `workers` shards are in
    memory at once (one per worker), so memory is bounded by the shard size.
    """

    def __init__(self, workers: int):
        self.workers = max(1, workers)

    def prepare(self, stages: list[Stage]) -> None:
        """Start the fork server now, handed the chain: its imports (the chain's libraries) and the stages' shared
        set-up (models, vocabularies, tables: seconds) then run once, beside the driver's fingerprinting, instead
        of in every worker before its first shard. Every pool of this process forks from it."""
        self._start_server(stages)

    @staticmethod
    def _start_server(stages: list[Stage]) -> str | None:
        """Start the fork server unless it runs; return the token of the chain its workers may adopt (None where
        there is no fork server). A server already running keeps what it loaded: workers of another chain then
        set up their own (`forkserver_chain.adopt`)."""
        context = _mp_context(stages)
        if context.get_start_method() != "forkserver":
            return None
        from multiprocessing import forkserver

        blob = forkserver_chain.chain_blob(stages)
        with forkserver_chain.handed_over(blob):
            forkserver.ensure_running()
        return forkserver_chain.chain_token(blob) if blob else None

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        """Items over a process pool, results in input order, so dedup signing uses the same cores."""
        if self.workers == 1 or len(items) <= 1:  # nothing to spread: no pool start-up (same results)
            yield from map(fn, items)
            return
        with _ProcessPool(min(self.workers, len(items)), mp_context=_mp_context()) as pool:
            yield from pool.map(fn, items)

    def local_map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        """The pool is on this machine: whole-run jobs (report, HF, exports) run side by side on it."""
        return self.map(fn, items)

    def run(self, stages: list[Stage], tasks: list[ShardTask]) -> list[ShardReport]:
        """Stale shards over the pool with bounded look-ahead, so memory stays at about one shard per worker."""
        todo = [t for t in tasks if not t.is_done()]
        if len(todo) <= 1:  # nothing to spread: skip the pool's start-up cost (same output)
            return SerialExecutor().run(stages, tasks)
        reports = [load_report(t) for t in tasks if t.is_done()]
        if todo:
            check_picklable(stages)
            token = self._start_server(stages)
            n = min(self.workers, len(todo))
            # the bar is closed here also when a shard raises: left to the interpreter's exit, its refresh
            # thread may already be stopped and closing it waits forever
            with _ProcessPool(max_workers=n, mp_context=_mp_context(stages), initializer=_init_worker,
                              initargs=(token, pickle.dumps(stages))) as pool, \
                    contextlib.closing(track(range(len(todo)), "stages", total=len(todo))) as progress:
                pending: set[Future[ShardReport]] = set()
                queue = iter(todo)
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
        return collect(reports, tasks)


@dataclass
class FrameRun:
    """What `run_stages_on_frame` returns: the processed records, quarantine and merged stats."""

    records: pl.DataFrame
    quarantine: pl.DataFrame
    stats: dict[str, int]


def run_stages_on_frame(stages: list[Stage], frame: pl.DataFrame, work_dir: Path, executor: Executor | None = None,
                        rows_per_shard: int = 1_000, group_col: str | None = None) -> FrameRun:
    """Run a stage chain over an in-memory batch with an executor (default: serial): the per-step
    commands' path, so they get the same pool, cache and output as `build-dataset`.

    The batch is cut into shards under `work_dir` (reused by a re-run with the same
    input and options, like `build-dataset`), processed, and put back together in order.
    With `group_col`, consecutive rows with the same value stay in one shard (`cut_shards`).
    """
    paths = cut_shards(frame, work_dir / "normalized", rows_per_shard, group_col)
    context = stages[0].context if stages else RunContext()
    tasks = shard_tasks(paths, stages, context, work_dir / "stages")
    reports = (executor or SerialExecutor()).run(stages, tasks)
    stats: Counter[str] = Counter()
    for report in reports:
        stats.update(report.stats)
    records = pl.concat([t.read(t.records_path) for t in tasks], how="vertical_relaxed")
    quarantine = pl.concat([t.read_quarantine() for t in tasks], how="vertical_relaxed")
    return FrameRun(records, quarantine, dict(sorted(stats.items())))
