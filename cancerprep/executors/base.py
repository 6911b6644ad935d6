"""The executor interface and the per-shard work every executor shares.

One unit of work is one shard through the stage chain (`run_shard`): resume from the stage cache
(`cache.ShardTask`), run the stale stages (`apply_stages`, pure), persist each stage's output. The
executors (`local.SerialExecutor`, `local.PoolExecutor`, `ray.RayExecutor`) only choose where that
runs; output is byte-identical whichever runs it, because every file is written by the same
function from the same deterministic stage results. This module never imports an executor:
`cancerprep.executors.make_executor` does.
"""

from __future__ import annotations

import json
import pickle
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import polars as pl

from cancerprep.errors import CancerprepError
from cancerprep.executors.cache import ShardTask, write_text_atomic
from cancerprep.io.private import is_sealed, write_private_parquet
from cancerprep.io.tables import write_parquet
from cancerprep.quarantine import empty_quarantine
from cancerprep.stages.base import Stage

T = TypeVar("T")
R = TypeVar("R")


@dataclass
class ShardReport:
    """What one shard's run tells the runner: PHI-free row counts and stage stats, the same whether
    the shard ran now or was reused from the cache (the run summary must not depend on resume)."""

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
    batch = task.read(task.stage_records(start - 1) if start else task.input)
    return start, batch


def persist_steps(task: ShardTask, start: int, steps: list[StepResult]) -> None:
    """Write each stage's outputs, the `.done` marker last, so a kill leaves no half-done stage."""
    task.dir.mkdir(parents=True, exist_ok=True)
    for offset, step in enumerate(steps):
        i = start + offset
        task.stage_done(i).unlink(missing_ok=True)
        if task.work_key is not None and task.seals_records(i):
            write_private_parquet(step.records, task.stage_records(i), task.work_key)
        else:
            write_parquet(step.records, task.stage_records(i))
        quarantine = pl.concat([empty_quarantine(), step.quarantine], how="vertical_relaxed")
        if task.work_key is not None:  # quarantined rows carry raw ids
            write_private_parquet(quarantine, task.stage_quarantine(i), task.work_key)
        else:
            write_parquet(quarantine, task.stage_quarantine(i))
        write_text_atomic(json.dumps(dict(sorted(step.stats.items()))), task.stage_stats(i))
        write_text_atomic(task.fingerprints[i], task.stage_done(i))


def load_report(task: ShardTask, stages_run: int = 0) -> ShardReport:
    """The report of a finished shard, from its cache files (same numbers on resume as fresh)."""
    def rows(p: Path) -> int:
        return task.read(p).height if is_sealed(p) else pl.scan_parquet(p).select(pl.len()).collect().item()

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




class Executor(ABC):
    """Runs every shard through the chain; subclasses choose where (this process, a pool, Ray)."""

    @abstractmethod
    def run(self, stages: list[Stage], tasks: list[ShardTask]) -> list[ShardReport]:
        """Bring every shard up to date; return reports in shard order."""

    def prepare(self, stages: list[Stage]) -> None:
        """Called once the chain is built, before the driver's own serial work (stage fingerprints, the cache
        check): an executor may start its processes now so their start overlaps that work. Nothing here."""
        del stages

    @abstractmethod
    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        """fn(item) for each item, in order, on this executor's workers: other whole-corpus work (the
        dedup's MinHash signing) runs where the stages run. `fn` and items must pickle."""

    def local_map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        """fn(item) for each item, in order, in processes of this machine: whole-run jobs that write under
        OUT (the report, HF datasets, exports), which a remote worker may not see. One after another in
        this process unless the executor keeps a local pool (`PoolExecutor`). `fn` and items must pickle."""
        return map(fn, items)


def collect(reports: Iterable[ShardReport], tasks: list[ShardTask]) -> list[ShardReport]:
    """Reports in shard order, whatever order they finished in."""
    by_index = {r.index: r for r in reports}
    return [by_index[t.index] for t in tasks]


def check_picklable(stages: list[Stage]) -> None:
    """Fail early, naming the stage, when a chain cannot be shipped to worker processes."""
    for stage in stages:
        try:
            pickle.dumps(stage)
        except Exception as exc:
            raise CancerprepError(
                f"stage {stage.name!r} cannot be sent to worker processes ({type(exc).__name__}); "
                "load models in setup(), not __init__, or run with --workers 1") from None
