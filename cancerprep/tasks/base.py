"""Task builders: turn processed notes (and annotations) into instruction pairs.

A builder is the task-level twin of a stage: registered by name, configured from
the recipe's `tasks:` block, pure over record frames. It returns rows of
`records.PAIR_SCHEMA`; the runner fills `split` from the patient-level split and
hands the pairs to the exporters.

The runner streams: it calls `build_shard` once per shard of kept notes (pairs
that come from one note at a time) and `finish` once at the end with a lazy,
narrow view of every kept note (pairs that need the whole run, e.g. annotations
linked to notes, or literature). So no builder ever holds the corpus, and the
run's memory does not grow with it. `build(notes)` = both over one frame.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any, ClassVar

import polars as pl

from cancerprep.records import PAIR_SCHEMA
from cancerprep.stages.base import RunContext

# fn(item) for each item, results in order: the executor's `map` (its workers), or None for this process.
ParallelMap = Callable[[Callable[[Any], Any], Sequence[Any]], Iterable[Any]]


class TaskBuilder(ABC):
    """One interface for every task, so the runner can stream shards through any of them alike.

    Builders see record frames only (no files, no executors); the registry finds them by `name`.
    """

    name: ClassVar[str]

    def __init__(self, options: dict[str, Any] | None = None, context: RunContext | None = None):
        self.options: dict[str, Any] = dict(options or {})
        self.context = context or RunContext()
        self.stats: Counter[str] = Counter()  # PHI-free counters, summed over shards
        self.parallel_map: ParallelMap | None = None  # set by `prepare`; None: `finish` does all its work here

    @abstractmethod
    def build_shard(self, notes: pl.DataFrame) -> pl.DataFrame:
        """Pairs (PAIR_SCHEMA columns) from one shard of processed notes."""

    def prepare(self, parallel_map: ParallelMap | None = None) -> None:
        """Load the models `finish` needs. The runner calls it before the stage phase, while a pool's processes
        start and the driver would wait anyway. `parallel_map` (the executor's `map`, None for a serial run) may
        run `finish`'s independent, picklable pieces on the executor's workers, which hold the stages' models:
        then this process need not load them. Nothing to load by default."""
        self.parallel_map = parallel_map

    def finish(self, notes: pl.LazyFrame) -> pl.DataFrame:
        """Pairs that need the whole run; `notes` is lazy (collect only the columns and rows you need)."""
        del notes
        return pl.DataFrame(schema=PAIR_SCHEMA)

    def build(self, notes: pl.DataFrame) -> pl.DataFrame:
        """Pairs from an in-memory frame of notes: `build_shard` then `finish` over the same notes."""
        return pl.concat([self.build_shard(notes), self.finish(notes.lazy())])
