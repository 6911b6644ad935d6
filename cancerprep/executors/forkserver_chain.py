"""The stage chain a process pool's fork server loads once, so the workers forked from it share it.

`PoolExecutor` starts the fork server with the chain in the environment variable `CHAIN_ENV` (`handed_over`): the
stages pickled with a context that holds none of the run's data (`RunContext.without_data`: no key, codes or
identities, so nothing secret passes through an environment). The server imports this module last, after the
stages' libraries (`local.preload_modules`), and runs each stage's `load_shared` (the deid engine with its learned
model and vocabularies, the coders' spaCy, medspacy and scispacy pipelines, the ICD-10-CM tables: ~2-3 s of CPU each
worker used to spend on its own copy). A worker of a pool whose chain pickles to the same bytes (`chain_token`)
takes the server's stages (`adopt`), hands them its run context and runs only their `setup` (the run's data, e.g.
the code index); the loaded models stay shared copy-on-write. In every other case (another chain, a server started
earlier without it, a `load_shared` that raised) the worker unpickles its own chain and sets it up as before, so a
failing set-up raises in the worker and the run reports it as with one worker. No module imports this one at start
but the fork server (by name) and the pool's own module (`local`); without `CHAIN_ENV` importing it does nothing.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import hashlib
import os
import pickle
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from cancerprep.errors import CancerprepError
from cancerprep.stages.base import Stage

CHAIN_ENV = "CANCERPREP_POOL_CHAIN"
MAX_ENV_CHARS = 100_000  # Linux takes at most 128 KiB per environment string; a larger chain is not handed over
# polars' thread pool (rayon workers `polars-<n>`) and its async runtimes: once started they do not survive a fork,
# and a forked child's next polars operation waits for them forever
_POLARS_POOL = re.compile(r"polars-\d+|tokio-rt-worker|async-executor.*")


def chain_blob(stages: Sequence[Stage]) -> bytes | None:
    """The chain as the fork server gets it: each stage copied with a context without the run's data, pickled;
    None when it does not pickle (the pool then reports which stage, `check_picklable`)."""
    copies = []
    for stage in stages:
        shared = copy.copy(stage)
        shared.context = stage.context.without_data()
        copies.append(shared)
    try:
        return pickle.dumps(copies)
    except Exception:
        return None


def chain_token(blob: bytes) -> str:
    """Which chain a fork server loaded: a pool's workers adopt the server's stages only when theirs match."""
    return hashlib.sha256(blob).hexdigest()


@contextlib.contextmanager
def handed_over(blob: bytes | None) -> Iterator[None]:
    """`CHAIN_ENV` set to the chain while the block starts the fork server (it reads the environment it is started
    with), removed again after it, so no other process started by this one sees it."""
    encoded = base64.b64encode(blob).decode("ascii") if blob else ""
    if not encoded or len(encoded) > MAX_ENV_CHARS:
        yield
        return
    old = os.environ.get(CHAIN_ENV)
    os.environ[CHAIN_ENV] = encoded
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(CHAIN_ENV, None)
        else:
            os.environ[CHAIN_ENV] = old


@dataclass
class Loaded:
    """What the fork server made of the chain it was handed."""

    token: str
    stages: list[Stage] | None  # None: unpickling or a `load_shared` raised; workers set up their own copy
    unsafe: str | None = None  # the stage whose `load_shared` started polars' thread pool: no worker may use it


LOADED: Loaded | None = None  # set in the fork server (and so in every worker forked from it)


def _polars_pool_started() -> bool:
    try:
        tasks = os.listdir("/proc/self/task")
        names = [open(f"/proc/self/task/{t}/comm").read().strip() for t in tasks]
    except OSError:  # pragma: no cover - not Linux: no fork server either
        return False
    return any(_POLARS_POOL.fullmatch(name) for name in names)


def load(encoded: str) -> Loaded:
    """Unpickle the chain and load each stage's shared part; never raises (a failure leaves workers on their own)."""
    blob = base64.b64decode(encoded)
    token = chain_token(blob)
    try:
        stages: list[Stage] = pickle.loads(blob)
    except Exception:
        return Loaded(token, None)
    running = _polars_pool_started()  # never in a fork server (imports start no pool); checked, not assumed

    def started() -> bool:
        return not running and _polars_pool_started()

    for stage in stages:
        try:
            stage.ensure_shared()
        except Exception:
            return Loaded(token, None, stage.name if started() else None)
        if started():
            return Loaded(token, None, stage.name)
    return Loaded(token, stages)


def adopt(token: str | None, blob: bytes) -> list[Stage]:
    """A worker's chain: the fork server's stages (shared part loaded) given this run's contexts when the server
    loaded this chain (`token`), else the chain unpickled from `blob` (the pool's chain with its run data)."""
    loaded = LOADED if LOADED is not None and LOADED.token == token else None
    if loaded is not None and loaded.unsafe:  # checked before unpickling: that may already use polars
        raise CancerprepError(
            f"stage {loaded.unsafe!r} started polars' thread pool in load_shared, so the process pool's workers "
            "cannot use polars; move that work to setup(), or run with --workers 1")
    stages: list[Stage] = pickle.loads(blob)
    if loaded is None or loaded.stages is None or len(loaded.stages) != len(stages):
        return stages
    for shared, own in zip(loaded.stages, stages, strict=True):
        shared.context = own.context
    return loaded.stages


def _load_from_environment() -> None:
    global LOADED
    encoded = os.environ.pop(CHAIN_ENV, None)  # popped: the workers forked from here need not carry it
    if encoded:
        try:
            LOADED = load(encoded)
        except Exception:  # a damaged variable: the server must still start (workers set up their own)
            LOADED = None


_load_from_environment()
