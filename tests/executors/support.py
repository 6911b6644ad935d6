"""Test-only stages and helpers shared by the executor tests (test_executors, test_resume, test_deid_pool).

The stages are registered on import. Pool and Ray workers unpickle them by class path, so they
import this module as `tests.executors.support` (PYTHONPATH=REPO). They log every `load_shared`
(`shared`), `setup` and `process` call to files in `log_dir`, so tests can count what really ran, in
whichever process; `log_dir` is left out of their fingerprint on purpose. Options `shared_fails` and
`shared_polars` make `load_shared` raise or start polars' thread pool.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

import polars as pl

from cancerprep.io.private import derive_work_key, is_sealed, private_bytes
from cancerprep.quarantine import Reason, quarantine_rows
from cancerprep.registry import STAGES, register_stage
from cancerprep.stages.base import Stage, StageResult

KEY = "executor-test-key-0123456789abcdef"


class _Logged(Stage):
    """Base of the test stages: logs calls as empty files `<event>-<stage>-<pid>-<first note>-<ns>`."""

    def _log(self, event: str, batch: pl.DataFrame | None = None) -> None:
        log_dir = self.options.get("log_dir")
        if not log_dir:
            return
        first = batch["note_id"][0] if batch is not None and batch.height else "-"
        Path(log_dir, f"{event}-{self.name}-{os.getpid()}-{first}-{time.monotonic_ns()}").touch()

    def load_shared(self) -> None:
        self._log("shared")
        if self.options.get("shared_fails"):
            raise RuntimeError("t-stage load_shared failed on purpose")
        if self.options.get("shared_polars"):  # starts polars' thread pool: unsafe in a fork server
            pl.DataFrame({"a": list(range(50_000))}).group_by("a").len()

    def setup(self) -> None:
        self._log("setup")

    def fingerprint(self) -> str:
        blob = json.dumps({"stage": self.name, "options": {k: v for k, v in self.options.items() if k != "log_dir"}},
                          sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]


if "t_upper" not in STAGES:

    @register_stage
    class UpperStage(_Logged):
        """Upper-cases text, appends `suffix`; quarantines notes whose text says QUARANTINE."""

        name = "t_upper"

        def process(self, batch: pl.DataFrame) -> StageResult:
            self._log("process", batch)
            time.sleep(float(self.options.get("delay", 0)))
            bad = pl.col("text").str.contains("QUARANTINE")
            quarantine = quarantine_rows(batch.filter(bad), stage=self.name, reason=Reason.STAGE_ERROR,
                                         detail="test stage")
            kept = batch.filter(~bad).with_columns(
                (pl.col("text").str.to_uppercase() + pl.lit(self.options.get("suffix", ""))).alias("text"))
            return StageResult(kept, quarantine, {"t_upper.notes": kept.height})

    @register_stage
    class TagStage(_Logged):
        """Adds a `tag` column derived from the option and the text length (stands in for a sorter)."""

        name = "t_tag"

        def process(self, batch: pl.DataFrame) -> StageResult:
            self._log("process", batch)
            tag = str(self.options.get("tag", "x"))
            out = batch.with_columns((pl.lit(tag + ":") + pl.col("text").str.len_chars().cast(pl.Utf8)).alias("tag"))
            return StageResult(out, stats={f"t_tag.{tag}": out.height})


def write_export(root: Path, n_notes: int = 96, shard_rows: int = 8, stages: str | None = None) -> Path:
    """A small CSV export + recipe; returns the recipe path. Every 13th note is quarantined by t_upper."""
    log_dir = root / "log"
    log_dir.mkdir(parents=True, exist_ok=True)
    rows = ["note_id,patient_id,note_date,note_type,text"]
    for i in range(n_notes):
        word = "QUARANTINE" if i % 13 == 5 else "ok"
        pad = "x" * (i % 40)
        rows.append(f'n{i:04d},p{i % 17},2021-02-{1 + i % 27:02d},clinical_note,"Note {i} {word} body {pad}"')
    (root / "notes.csv").write_text("\n".join(rows) + "\n")
    (root / "dx.csv").write_text("patient_id,code,system,date\n" + "".join(
        f"p{p},C50.91{p % 2},ICD10CM,2021-01-01\n" for p in range(17)))
    (root / "site.key").write_text(KEY)
    if stages is None:
        stages = (f"  - t_upper: {{suffix: '!', log_dir: '{log_dir}'}}\n"
                  f"  - t_tag: {{tag: a, log_dir: '{log_dir}'}}\n")
    recipe = root / "r.yaml"
    recipe.write_text(
        "version: 1\nname: exec\nseed: 3\nkey_file: site.key\n"
        "inputs:\n  - {kind: notes, path: notes.csv}\n  - {kind: codes, path: dx.csv}\n"
        f"normalize: {{shard_rows: {shard_rows}}}\n"
        f"stages:\n{stages}"
        "outputs: {formats: [parquet, hf], ids: keep}\n")
    return recipe


def digest_outputs(out: Path, work: Path | None = None, key: bytes = KEY.encode()) -> dict[str, str]:
    """sha256 of every output file (and of the run's work folder, kept with keep_work, as `_work/...`);
    run_summary minus its out_dir; a sealed work file by its plaintext (its nonce is random), under `key`."""
    digests = {}
    files = [(p, p.relative_to(out)) for p in sorted(out.rglob("*"))]
    files += [(p, Path("_work") / p.relative_to(work)) for p in sorted(work.rglob("*"))] if work else []
    for p, rel in files:
        if not p.is_file() or p.name.endswith(".tmp"):
            continue
        data = private_bytes(p, derive_work_key(key)) if is_sealed(p) else p.read_bytes()
        if p.name == "run_summary.json":
            summary = json.loads(data)
            summary.pop("out_dir", None)
            data = json.dumps(summary, sort_keys=True).encode()
        digests[str(rel)] = hashlib.sha256(data).hexdigest()
    return digests


def log_events(log_dir: Path, event: str, stage: str | None = None) -> list[list[str]]:
    """Logged calls as [event, stage, pid, first_note, ns]."""
    out = []
    for p in log_dir.iterdir():
        parts = p.name.split("-")
        if parts[0] == event and (stage is None or parts[1] == stage):
            out.append(parts)
    return out
