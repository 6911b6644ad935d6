"""Executors: where a chain of stages runs over shards. Stages never know which.

A shard is a Parquet file of normalized notes. `run_shard` is the unit of work:
it applies the stage chain to one shard and writes the processed records, the
quarantined rows and PHI-free stats, each written atomically (tmp + rename) and
last a `.done` marker, so a crashed run can skip finished shards on restart.
"""

from __future__ import annotations

import json
import os
from abc import ABC, abstractmethod
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from cancerprep.progress import track
from cancerprep.quarantine import empty_quarantine
from cancerprep.stage import Stage


@dataclass
class ShardTask:
    """One shard to process: its input file and where its outputs go."""

    index: int
    input: Path
    out_dir: Path
    fingerprint: str

    @property
    def records_path(self) -> Path:
        return self.out_dir / f"shard-{self.index:05d}.parquet"

    @property
    def quarantine_path(self) -> Path:
        return self.out_dir / f"shard-{self.index:05d}.quarantine.parquet"

    @property
    def stats_path(self) -> Path:
        return self.out_dir / f"shard-{self.index:05d}.stats.json"

    @property
    def done_path(self) -> Path:
        return self.out_dir / f"shard-{self.index:05d}.done"

    def is_done(self) -> bool:
        """Finished by an earlier run with the same stage chain (fingerprint)."""
        return self.done_path.is_file() and self.done_path.read_text().strip() == self.fingerprint


@dataclass
class ShardReport:
    index: int
    n_in: int
    n_out: int
    n_quarantined: int
    stats: dict[str, int] = field(default_factory=dict)
    reused: bool = False


def _atomic_parquet(frame: pl.DataFrame, path: Path) -> None:
    tmp = path.with_name(path.name + ".tmp")
    frame.write_parquet(tmp, compression="zstd", statistics=False)
    os.replace(tmp, path)


def _atomic_text(text: str, path: Path) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text)
    os.replace(tmp, path)


def run_shard(stages: list[Stage], task: ShardTask) -> ShardReport:
    """Apply the stage chain to one shard and persist its outputs."""
    batch = pl.read_parquet(task.input)
    n_in = batch.height
    quarantines = [empty_quarantine()]
    stats: Counter[str] = Counter()
    for stage in stages:
        stage.ensure_setup()
        result = stage.process(batch)
        batch = result.records
        quarantines.append(result.quarantine)
        stats.update(result.stats)
    quarantine = pl.concat(quarantines, how="vertical_relaxed")
    task.out_dir.mkdir(parents=True, exist_ok=True)
    _atomic_parquet(batch, task.records_path)
    _atomic_parquet(quarantine, task.quarantine_path)
    _atomic_text(json.dumps(dict(sorted(stats.items()))), task.stats_path)
    _atomic_text(task.fingerprint, task.done_path)
    return ShardReport(task.index, n_in, batch.height, quarantine.height, dict(stats))


def load_report(task: ShardTask) -> ShardReport:
    """Rebuild the report of a shard finished earlier (resume / incremental re-run)."""
    n_in = pl.scan_parquet(task.input).select(pl.len()).collect().item()
    n_out = pl.scan_parquet(task.records_path).select(pl.len()).collect().item()
    n_q = pl.scan_parquet(task.quarantine_path).select(pl.len()).collect().item()
    stats = json.loads(task.stats_path.read_text())
    return ShardReport(task.index, n_in, n_out, n_q, stats, reused=True)


class Executor(ABC):
    """Runs `run_shard` for every task; subclasses choose where (this process, a pool, Ray)."""

    @abstractmethod
    def run(self, stages: list[Stage], tasks: list[ShardTask]) -> list[ShardReport]:
        """Process the shards not already done; return reports in shard order."""


class SerialExecutor(Executor):
    """Everything in this process: the reference the parallel executors must match byte for byte."""

    def run(self, stages: list[Stage], tasks: list[ShardTask]) -> list[ShardReport]:
        reports = []
        for task in track(tasks, "stages", total=len(tasks)):
            reports.append(load_report(task) if task.is_done() else run_shard(stages, task))
        return reports


def make_executor(name: str = "local", workers: int | None = None, **options: object) -> Executor:
    """Executor by name. `local` with one worker is serial."""
    if name == "local" and (workers is None or workers <= 1):
        return SerialExecutor()
    if name == "local":
        # Process pool: added by the scale-out work; serial until then.
        return SerialExecutor()
    raise ValueError(f"unknown executor {name!r}")
