"""The stage interface.

A stage is a small object over batches of records (polars DataFrames). It knows
nothing of files or executors: the runner feeds it batches, and an executor
(serial, process pool, Ray) decides where `process` runs. Stages register by name
so a recipe can list them, in the spirit of Presidio's recognizer registry.
"""

from __future__ import annotations

import hashlib
import json
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import polars as pl

from cancerprep.quarantine import empty_quarantine

if TYPE_CHECKING:
    from cancerprep.stages.deid.identities import Identities


@dataclass
class StageResult:
    """What a stage returns: the records that go on, and the rows it quarantined."""

    records: pl.DataFrame
    quarantine: pl.DataFrame = field(default_factory=empty_quarantine)
    # Aggregate, PHI-free counters (e.g. PHI spans per entity type) merged into the run summary.
    stats: dict[str, int] = field(default_factory=dict)


@dataclass
class RunContext:
    """Run-wide inputs a stage may need besides its batch.

    `codes` is the normalized diagnosis-code table of the whole export (stages
    that link codes to notes index it once in `setup`). `key` is the site secret
    for HMAC pseudonyms and date shifts; it is never written anywhere. `identities` are the
    export's own patients, relatives and staff (`stages.deid.identities`), for the deid stage
    only: in memory (pickled to workers), in cache fingerprints only as an HMAC digest.
    """

    codes: pl.DataFrame | None = None
    key: bytes | None = None
    identities: Identities | None = None
    recipe_dir: Path | None = None
    seed: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def without_data(self) -> RunContext:
        """What a process that holds none of the run's data may see (the recipe folder and the seed): the context
        `Stage.load_shared` runs with where it runs apart from the run (a process pool's fork server)."""
        return RunContext(recipe_dir=self.recipe_dir, seed=self.seed)


class Stage(ABC):
    """A record-batch transform. Subclasses set `name` and implement `process`.

    `setup` is called once per worker before the first batch, so heavy models
    (spaCy, Presidio) load once per process, not per batch. Stages must be
    picklable before `setup` runs, so they can be shipped to worker processes.
    The part of the set-up that needs none of the run's data goes in `load_shared`,
    which may run once for many workers (`ensure_setup` runs it first where it has not).
    """

    name: ClassVar[str]
    # Libraries `setup` imports (module names): a process pool's fork server imports them once, before it
    # forks, so no worker pays their import again (simple_icd_10_cm alone parses its XML for ~2 s).
    preload: ClassVar[tuple[str, ...]] = ()

    def __init__(self, options: dict[str, Any] | None = None, context: RunContext | None = None):
        self.options: dict[str, Any] = dict(options or {})
        self.context = context or RunContext()
        self._shared = False
        self._ready = False

    def load_shared(self) -> None:  # noqa: B027 - optional hook
        """Load what the set-up needs that no run data decides (models, vocabularies, tables), from the options
        and `self.context.without_data()` only. It may run once in a parent process whose forked workers then
        share what it loaded, read-only: so it starts no thread (no polars operation: polars' thread pool does not
        survive a fork and a child's next operation would wait for it forever) and keeps no file open."""

    def ensure_shared(self) -> None:
        """Run `load_shared` at most once."""
        if not self._shared:
            self.load_shared()
            self._shared = True

    def setup(self) -> None:
        """Load what this process needs beyond `load_shared` (indexes of the run's data); called once per worker.
        An override calls `ensure_shared` first, as this default does, so a direct call sets up everything."""
        self.ensure_shared()

    def ensure_setup(self) -> None:
        """Run `setup` at most once, so executors can call it before every shard without reloading models."""
        if not self._ready:
            self.ensure_shared()
            self.setup()
            self._ready = True

    @abstractmethod
    def process(self, batch: pl.DataFrame) -> StageResult:
        """Transform one batch. Must be deterministic for a given batch and options."""

    def fingerprint(self) -> str:
        """Hash of the stage name and options: a changed option invalidates cached output."""
        blob = json.dumps({"stage": self.name, "options": self.options}, sort_keys=True, default=str)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]
