"""`RayExecutor`: the stage chain on Ray actors, for a cluster or a machine Ray already manages.

Each actor holds a chain set up once; the driver reads each shard's resume point, ships the batch
(Arrow, through the object store) and writes the returned stage outputs itself, so the cluster's
workers need no access to the output directory. Ray is imported only when this executor runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import polars as pl

from cancerprep.executors.base import (
    Executor,
    ShardReport,
    StepResult,
    apply_stages,
    check_picklable,
    collect,
    load_report,
    load_start,
    persist_steps,
)
from cancerprep.executors.cache import ShardTask
from cancerprep.executors.local import default_workers
from cancerprep.progress import track
from cancerprep.stages.base import Stage

T = TypeVar("T")
R = TypeVar("R")


def _call(fn: Callable[[T], R], item: T) -> R:
    return fn(item)


class _RayChain:
    """A Ray actor holding a stage chain that was set up once in its process."""

    def __init__(self, stages: list[Stage]):
        self.stages = stages
        for stage in stages:
            stage.ensure_setup()

    def apply(self, batch: pl.DataFrame, start: int) -> list[StepResult]:
        """Run the stale stages on a shipped batch and hand the results back; the driver writes them."""
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

    def _ray(self) -> Any:
        """The ray module, initialized (a local Ray with `workers` CPUs unless given an address)."""
        try:
            import ray
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise RuntimeError("the Ray executor needs the ray extra: pip install 'cancerprep[ray]'") from exc
        if not ray.is_initialized():
            init: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False}
            if self.address:
                init["address"] = self.address
            else:
                init["num_cpus"] = self.workers or default_workers()
            ray.init(**init)
        return ray

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        """One Ray task per item (a CPU each), results fetched in order."""
        if not items:
            return
        ray = self._ray()
        call = ray.remote(num_cpus=1)(_call)
        fn_ref = ray.put(fn)
        refs = [call.remote(fn_ref, item) for item in items]
        for ref in refs:
            yield ray.get(ref)

    def run(self, stages: list[Stage], tasks: list[ShardTask]) -> list[ShardReport]:
        """Stale shards over Ray actors; the driver persists each result, so workers need no output access."""
        todo = [t for t in tasks if not t.is_done()]
        reports = [load_report(t) for t in tasks if t.is_done()]
        if not todo:
            return collect(reports, tasks)
        ray = self._ray()
        from ray.util import ActorPool
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
        return collect(reports, tasks)
