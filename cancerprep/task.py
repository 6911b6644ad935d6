"""Task builders: turn processed notes (and annotations) into instruction pairs.

A builder is the task-level twin of a stage: registered by name, configured from
the recipe's `tasks:` block, pure over record frames. It returns rows of
`records.PAIR_SCHEMA`; the runner fills `split` from the patient-level split and
hands the pairs to the exporters.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, ClassVar

import polars as pl

from cancerprep.stage import RunContext

TASKS: dict[str, type[TaskBuilder]] = {}


class TaskBuilder(ABC):
    name: ClassVar[str]

    def __init__(self, options: dict[str, Any] | None = None, context: RunContext | None = None):
        self.options: dict[str, Any] = dict(options or {})
        self.context = context or RunContext()

    @abstractmethod
    def build(self, notes: pl.DataFrame) -> pl.DataFrame:
        """Return instruction pairs (PAIR_SCHEMA columns) built from processed notes."""


def register_task(cls: type[TaskBuilder]) -> type[TaskBuilder]:
    if cls.name in TASKS and TASKS[cls.name] is not cls:
        raise ValueError(f"task name {cls.name!r} registered twice")
    TASKS[cls.name] = cls
    return cls


def build_task(name: str, options: dict[str, Any] | None, context: RunContext) -> TaskBuilder:
    from cancerprep import stages as _stages  # noqa: F401  (imports register the built-ins)

    if name not in TASKS:
        raise KeyError(f"unknown task {name!r}; known tasks: {', '.join(sorted(TASKS))}")
    return TASKS[name](options, context)
