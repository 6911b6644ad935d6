"""The stage cache: where each shard's per-stage outputs live, and when they are still current.

A shard is a Parquet file of normalized notes. After EACH stage the shard's records, quarantined
rows and PHI-free stats are written atomically (tmp + rename), then a `.done` marker holding that
stage-prefix fingerprint. So:

* resume: a run killed mid-way (even SIGKILL) and restarted redoes only the shards (and stages)
  that have no matching `.done` marker;
* invalidation: the fingerprint of stage i hashes the shard's bytes, the run context (site key,
  seed, code table), the package version and source, and the options of stages 0..i, so a changed
  input, key, option or code re-runs exactly what it must;
* incremental re-runs: changing only the last stage's options reuses the cached output of every
  earlier stage and re-runs the last one alone.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from cancerprep import __version__
from cancerprep.io.private import derive_work_key, read_work_parquet, work_sha256
from cancerprep.quarantine import empty_quarantine
from cancerprep.stages.base import RunContext, Stage

# -- fingerprints --------------------------------------------------------------------------


@functools.cache
def code_fingerprint() -> str:
    """A hash of the package's source files: changed code (a de-identification fix, say) must not
    reuse stage output cached by the old code, even when the version number did not move."""
    root = Path(__file__).resolve().parents[1]  # the cancerprep/ package (this is executors/cache.py)
    h = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        h.update(path.relative_to(root).as_posix().encode() + b"\x00" + path.read_bytes() + b"\x00")
    return h.hexdigest()


def context_fingerprint(context: RunContext) -> str:
    """What every stage may read besides its batch: code, key, seed, code table, identities.

    The key and the identities enter through an HMAC under the key, so the fingerprint
    (written to `.done` files) says nothing about them.
    """
    h = hashlib.sha256(f"cancerprep {__version__}|{code_fingerprint()}|seed={context.seed}".encode())
    if context.key is not None:
        h.update(hmac.new(context.key, b"cancerprep-cache-fingerprint", hashlib.sha256).digest())
    codes = context.codes
    if codes is not None and codes.height:
        h.update(json.dumps(list(codes.schema.items()), default=str).encode())
        h.update(codes.hash_rows(seed=0).to_numpy().tobytes())
    if context.identities:
        h.update(b"identities" + context.identities.digest(context.key).encode())
    return h.hexdigest()[:16]


def prefix_fingerprints(stages: list[Stage], base: str, stage_fps: list[str]) -> list[str]:
    """fp[i] identifies the output of stages[0..i] applied to the input identified by `base`.
    `stage_fps`: the stages' own fingerprints, computed once per run rather than once per shard (a coding
    stage's loads and validates its taxonomy)."""
    fps, acc = [], base
    for stage, own in zip(stages, stage_fps, strict=True):
        acc = hashlib.sha256(f"{acc}|{stage.name}|{own}".encode()).hexdigest()[:16]
        fps.append(acc)
    return fps


# -- shards --------------------------------------------------------------------------------


@dataclass
class ShardTask:
    """One shard to process: its input file and the per-stage cache files of its outputs.

    Stage i writes `cache_dir/shard-NNNNN/<i>-<name>.<ext>` plus a `.done` file that
    holds fp[i]; a file is current only when its `.done` matches. With a `work_key` (derived from
    the site key), the quarantine files and every stage's records but the last are sealed
    (`cancerprep.io.private`): they may hold raw text and ids, while the last stage's records are
    what dedup and assembly read (de-identified when the chain has `deid`).
    """

    index: int
    input: Path
    cache_dir: Path
    stage_names: list[str]
    fingerprints: list[str]
    work_key: bytes | None = field(default=None, repr=False)  # never in a repr or log

    def seals_records(self, i: int) -> bool:
        """Whether stage i's records are written sealed: every stage's but the chain's last."""
        return self.work_key is not None and i < len(self.stage_names) - 1

    def read(self, path: Path) -> pl.DataFrame:
        """One of this shard's files (input or cache), decrypted in memory when sealed."""
        return read_work_parquet(path, self.work_key)

    @property
    def dir(self) -> Path:
        """This shard's cache folder (`shard-NNNNN`), one file set per stage."""
        return self.cache_dir / f"shard-{self.index:05d}"

    def _stem(self, i: int) -> Path:
        return self.dir / f"{i:02d}-{self.stage_names[i]}"

    def stage_records(self, i: int) -> Path:
        """Stage i's output records; the next stage resumes from this file instead of rerunning i."""
        return self._stem(i).with_suffix(".parquet")

    def stage_quarantine(self, i: int) -> Path:
        """Stage i's quarantined rows, kept per stage so a resumed run still reports every dropped note."""
        return self._stem(i).with_suffix(".quarantine.parquet")

    def stage_stats(self, i: int) -> Path:
        """Stage i's counters, cached so a reused shard reports the same numbers as a fresh run."""
        return self._stem(i).with_suffix(".stats.json")

    def stage_done(self, i: int) -> Path:
        """Stage i's `.done` marker holding fp[i]; written last, so its presence means the outputs are whole."""
        return self._stem(i).with_suffix(".done")

    def is_stage_done(self, i: int) -> bool:
        """Whether stage i's cache is current: a marker from other inputs or options must not be reused."""
        p = self.stage_done(i)
        return p.is_file() and p.read_text().strip() == self.fingerprints[i]

    def done_prefix(self) -> int:
        """How many leading stages have current cached output (0..n)."""
        n = 0
        while n < len(self.stage_names) and self.is_stage_done(n):
            n += 1
        return n

    def is_done(self) -> bool:
        """Whether the whole chain is cached, so executors can skip the shard and only load its report."""
        return self.done_prefix() == len(self.stage_names)

    @property
    def records_path(self) -> Path:
        """The shard's final records (the input itself when the chain is empty)."""
        return self.stage_records(len(self.stage_names) - 1) if self.stage_names else self.input

    def quarantine_paths(self) -> list[Path]:
        """Every stage's quarantine file, so counts and reports miss no stage's dropped rows."""
        return [self.stage_quarantine(i) for i in range(len(self.stage_names))]

    def read_quarantine(self) -> pl.DataFrame:
        """Every stage's quarantined rows of this shard, in stage order."""
        return pl.concat([empty_quarantine(), *(self.read(p) for p in self.quarantine_paths())],
                         how="vertical_relaxed")

    def prune(self) -> None:
        """Delete cache files of this shard that belong to no stage of the current chain."""
        if not self.dir.is_dir():
            return
        keep = {f"{i:02d}-{name}" for i, name in enumerate(self.stage_names)}
        for p in self.dir.iterdir():
            if p.name.split(".", 1)[0] not in keep or p.name.endswith(".tmp"):
                p.unlink()


def shard_tasks(shard_paths: list[Path], stages: list[Stage], context: RunContext, cache_dir: Path) -> list[ShardTask]:
    """Tasks for the normalized shards, keyed by shard bytes + run context + stage options."""
    ctx = context_fingerprint(context)
    names = [s.name for s in stages]
    work_key = derive_work_key(context.key) if context.key else None
    stage_fps = [s.fingerprint() for s in stages]
    tasks = []
    for i, path in enumerate(shard_paths):
        # the plaintext's hash: a sealed shard's bytes change with every nonce, its content does not
        base = hashlib.sha256(f"{ctx}|{work_sha256(path, work_key)}".encode()).hexdigest()[:16]
        tasks.append(ShardTask(i, path, cache_dir, names, prefix_fingerprints(stages, base, stage_fps), work_key))
    # an export that shrank leaves cache directories of shards that no longer exist
    current = {t.dir.name for t in tasks}
    for stale in sorted(cache_dir.glob("shard-*")) if cache_dir.is_dir() else []:
        if stale.is_dir() and stale.name not in current:
            shutil.rmtree(stale)
    return tasks


def write_text_atomic(text: str, path: Path) -> None:
    """A stats or `.done` file, written under a temporary name and renamed (never half-written)."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text)
    os.replace(tmp, path)
