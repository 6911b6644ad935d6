"""Executors: where a chain of stages runs over shards. Stages never know which.

`base` holds the interface and the per-shard work, `cache` the stage cache (fingerprints, resume
markers), `local` the serial and process-pool executors, `ray` the Ray executor. This module is the
registry: it imports the implementations (`base` never does) and builds one by name.
"""

from __future__ import annotations

from cancerprep.executors.base import Executor
from cancerprep.executors.local import PoolExecutor, SerialExecutor, default_workers
from cancerprep.executors.ray import RayExecutor

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
