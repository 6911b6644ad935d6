"""The explicit table of built-in stages and task builders, by recipe name.

The registry imports the implementations; base classes never import it back, so
there is no import circle. Sites add their own with `register_stage` /
`register_task` (each one line) before building a run.
"""

from __future__ import annotations

from typing import Any

from cancerprep.stages.base import RunContext, Stage
from cancerprep.stages.coding.stages import IcdStage, SortStage
from cancerprep.stages.deid.stage import DeidStage
from cancerprep.stages.spelling import SpellingStage
from cancerprep.tasks.base import TaskBuilder
from cancerprep.tasks.diagnosis import DiagnosisTask
from cancerprep.tasks.phenotype import PhenotypeTask
from cancerprep.tasks.pretrain import PretrainTask

STAGES: dict[str, type[Stage]] = {cls.name: cls for cls in (DeidStage, SortStage, IcdStage, SpellingStage)}
TASKS: dict[str, type[TaskBuilder]] = {cls.name: cls for cls in (PretrainTask, PhenotypeTask, DiagnosisTask)}


def register_stage(cls: type[Stage]) -> type[Stage]:
    """Make a stage available to recipes under `cls.name` (a site's own stage, say)."""
    if cls.name in STAGES and STAGES[cls.name] is not cls:
        raise ValueError(f"stage name {cls.name!r} registered twice")
    STAGES[cls.name] = cls
    return cls


def register_task(cls: type[TaskBuilder]) -> type[TaskBuilder]:
    """Make a task builder available to recipes under `cls.name`."""
    if cls.name in TASKS and TASKS[cls.name] is not cls:
        raise ValueError(f"task name {cls.name!r} registered twice")
    TASKS[cls.name] = cls
    return cls


def build_stage(name: str, options: dict[str, Any] | None, context: RunContext) -> Stage:
    """Instantiate a registered stage by recipe name."""
    if name not in STAGES:
        raise KeyError(f"unknown stage {name!r}; known stages: {', '.join(sorted(STAGES))}")
    return STAGES[name](options, context)


def build_task(name: str, options: dict[str, Any] | None, context: RunContext) -> TaskBuilder:
    """Instantiate a registered task builder by recipe name."""
    if name not in TASKS:
        raise KeyError(f"unknown task {name!r}; known tasks: {', '.join(sorted(TASKS))}")
    return TASKS[name](options, context)
