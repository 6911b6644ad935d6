"""Executors: the process pool and Ray match the serial executor byte for byte; the per-stage
cache reuses exactly what is unchanged and invalidates what a changed option, input or key touches.

Cheap test stages are registered here (tests/test_resume.py imports them too). They log every
`setup` and `process` call to files in `log_dir`, so tests can count what really ran, in
whichever process. `log_dir` is left out of their fingerprint on purpose.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from typer.testing import CliRunner

from cancerprep.cli import app
from cancerprep.errors import CancerprepError
from cancerprep.executors.local import (
    PoolExecutor,
    RayExecutor,
    SerialExecutor,
    make_executor,
    run_stages_on_frame,
)
from cancerprep.quarantine import Reason, quarantine_rows
from cancerprep.registry import STAGES, build_stage, register_stage
from cancerprep.runner import run_recipe
from cancerprep.stages.base import RunContext, Stage, StageResult
from tests.paths import REPO

KEY = "executor-test-key-0123456789abcdef"


class _Logged(Stage):
    """Base of the test stages: logs calls as empty files `<event>-<stage>-<pid>-<first note>-<ns>`."""

    def _log(self, event: str, batch: pl.DataFrame | None = None) -> None:
        log_dir = self.options.get("log_dir")
        if not log_dir:
            return
        first = batch["note_id"][0] if batch is not None and batch.height else "-"
        Path(log_dir, f"{event}-{self.name}-{os.getpid()}-{first}-{time.monotonic_ns()}").touch()

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
        "outputs: {formats: [parquet, hf]}\n")
    return recipe


def digest_outputs(out: Path, with_work: bool = False) -> dict[str, str]:
    """sha256 of every output file (the `_work` cache optional); run_summary minus its out_dir."""
    digests = {}
    for p in sorted(out.rglob("*")):
        rel = p.relative_to(out)
        if not p.is_file() or (rel.parts[0] == "_work" and not with_work) or p.name.endswith(".tmp"):
            continue
        data = p.read_bytes()
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


def test_make_executor_picks_by_name_and_workers() -> None:
    assert isinstance(make_executor("local", 1), SerialExecutor)
    pool = make_executor("local", 3)
    assert isinstance(pool, PoolExecutor) and pool.workers == 3
    ray_ex = make_executor("ray", 2, ray_address="auto")
    assert isinstance(ray_ex, RayExecutor) and ray_ex.address == "auto"
    with pytest.raises(ValueError, match="unknown executor"):
        make_executor("dask")
    with pytest.raises(ValueError, match="at least 1"):
        make_executor("local", 0)


def test_pool_output_is_byte_identical_to_serial_and_sets_up_once_per_worker(tmp_path: Path) -> None:
    recipe = write_export(tmp_path)
    serial = run_recipe(recipe, out_dir=tmp_path / "serial", workers=1)
    for p in (tmp_path / "log").iterdir():
        p.unlink()
    pooled = run_recipe(recipe, out_dir=tmp_path / "pool", workers=2)
    assert digest_outputs(tmp_path / "serial", with_work=True) == digest_outputs(tmp_path / "pool", with_work=True)
    assert serial["counts"] == pooled["counts"] and serial["stage_stats"] == pooled["stage_stats"]
    assert serial["counts"]["notes_quarantined_stages"] == 7  # i % 13 == 5 for i < 96
    assert serial["stage_stats"] == {"t_tag.a": 89, "t_upper.notes": 89}

    log = tmp_path / "log"
    processed = log_events(log, "process", "t_upper")
    assert len(processed) == 12  # 96 notes / 8 per shard, each once
    worker_pids = {e[2] for e in processed}
    assert str(os.getpid()) not in worker_pids  # ran in the pool, not here
    setups = log_events(log, "setup", "t_upper")
    assert len(setups) == len(worker_pids) <= 2  # one setup per worker process, not per shard
    assert len({e[2] for e in setups}) == len(setups)

    notes = pl.read_parquet(tmp_path / "pool" / "notes" / "part-00000.parquet")
    assert notes.height == 89 and notes["text"].str.ends_with("!").all()
    assert notes["tag"].str.starts_with("a:").all()


def test_changing_the_last_stage_reruns_only_it_and_a_changed_input_only_its_shard(tmp_path: Path) -> None:
    recipe = write_export(tmp_path)
    log = tmp_path / "log"
    out = tmp_path / "out"
    run_recipe(recipe, out_dir=out, workers=1)
    assert len(log_events(log, "process", "t_upper")) == 12 and len(log_events(log, "process", "t_tag")) == 12

    # same command again: everything reused
    run_recipe(recipe, out_dir=out, workers=1)
    assert len(log_events(log, "process", "t_upper")) == 12 and len(log_events(log, "process", "t_tag")) == 12

    # only the last stage's options change: t_upper output is reused, t_tag re-runs everywhere
    recipe.write_text(recipe.read_text().replace("tag: a", "tag: b"))
    summary = run_recipe(recipe, out_dir=out, workers=1)
    assert len(log_events(log, "process", "t_upper")) == 12
    assert len(log_events(log, "process", "t_tag")) == 24
    assert summary["stage_stats"] == {"t_tag.b": 89, "t_upper.notes": 89}
    notes = pl.read_parquet(out / "notes" / "part-00000.parquet")
    assert notes["tag"].str.starts_with("b:").all()
    # the cache keeps only the current chain's files
    for shard in (out / "_work" / "stages").iterdir():
        assert sorted(p.name for p in shard.iterdir()) == sorted(
            f"{i:02d}-{name}.{ext}" for i, name in enumerate(["t_upper", "t_tag"])
            for ext in ("parquet", "quarantine.parquet", "stats.json", "done"))

    # one note's text changes: only its shard (note 50 -> shard 6) re-runs, both stages
    csv = (tmp_path / "notes.csv").read_text().replace('"Note 50 ok', '"Note 50 changed ok')
    (tmp_path / "notes.csv").write_text(csv)
    run_recipe(recipe, out_dir=out, workers=1)
    upper = log_events(log, "process", "t_upper")
    assert len(upper) == 13 and sum(e[3] == "n0048" for e in upper) == 2
    notes = pl.read_parquet(out / "notes" / "part-00000.parquet")
    assert notes.filter(pl.col("note_id") == "n0050")["text"].item().startswith("NOTE 50 CHANGED")

    # the first stage's options change: both stages re-run on every shard
    recipe.write_text(recipe.read_text().replace("suffix: '!'", "suffix: '?'"))
    run_recipe(recipe, out_dir=out, workers=1)
    assert len(log_events(log, "process", "t_upper")) == 25 and len(log_events(log, "process", "t_tag")) == 37

    # a different site key invalidates everything (stages may derive pseudonyms from it)
    (tmp_path / "site.key").write_text(KEY + "-rotated")
    run_recipe(recipe, out_dir=out, workers=1)
    assert len(log_events(log, "process", "t_upper")) == 37

    # so does a changed code table (stages may link codes to notes)
    dx = tmp_path / "dx.csv"
    dx.write_text(dx.read_text().replace("p3,C50.911", "p3,C34.90"))
    run_recipe(recipe, out_dir=out, workers=1)
    assert len(log_events(log, "process", "t_upper")) == 49
    run_recipe(recipe, out_dir=out, workers=1)  # and an unchanged re-run reuses it all
    assert len(log_events(log, "process", "t_upper")) == 49 and len(log_events(log, "process", "t_tag")) == 61

    # the export shrinks to 5 shards: the cache of shards 5..11 goes, the rest is reused
    lines = (tmp_path / "notes.csv").read_text().splitlines()
    (tmp_path / "notes.csv").write_text("\n".join(lines[:41]) + "\n")
    summary = run_recipe(recipe, out_dir=out, workers=1)
    assert summary["counts"]["notes_in"] == 40
    assert sorted(p.name for p in (out / "_work" / "stages").iterdir()) == [f"shard-{i:05d}" for i in range(5)]
    assert len(log_events(log, "process", "t_upper")) == 49


def test_cache_fingerprints_do_not_contain_the_key(tmp_path: Path) -> None:
    recipe = write_export(tmp_path, n_notes=16)
    out = tmp_path / "out"
    run_recipe(recipe, out_dir=out, workers=1)
    key_hex = KEY.encode().hex()
    for p in (out / "_work").rglob("*"):
        if p.is_file():
            data = p.read_bytes()
            assert KEY.encode() not in data and key_hex.encode() not in data


def test_a_stage_that_cannot_be_pickled_fails_early_with_its_name(tmp_path: Path) -> None:
    stages = [build_stage("t_upper", {}, RunContext()), build_stage("t_tag", {}, RunContext())]
    stages[1].model = lambda text: text  # a "model" loaded in __init__ instead of setup()
    frame = pl.DataFrame({"note_id": [f"n{i}" for i in range(4)], "text": ["a", "b", "c", "d"]})
    with pytest.raises(CancerprepError, match="stage 't_tag' cannot be sent to worker processes"):
        run_stages_on_frame(stages, frame, tmp_path, workers=2, shard_rows=2)
    run = run_stages_on_frame(stages, frame, tmp_path / "serial", workers=1, shard_rows=2)  # serial needs no pickling
    assert run.records["text"].to_list() == ["A", "B", "C", "D"]


def test_run_stages_on_frame_pool_equals_serial(tmp_path: Path) -> None:
    frame = pl.DataFrame({"note_id": [f"n{i}" for i in range(40)],
                          "text": [f"t {i} QUARANTINE" if i % 9 == 0 else f"t {i}" for i in range(40)],
                          "source": ["s"] * 40, "source_row": list(range(1, 41))})
    stages = [build_stage("t_upper", {"suffix": "."}, RunContext(seed=1)),
              build_stage("t_tag", {"tag": "z"}, RunContext(seed=1))]
    a = run_stages_on_frame(stages, frame, tmp_path / "a", workers=1, shard_rows=7)
    b = run_stages_on_frame(stages, frame, tmp_path / "b", workers=2, shard_rows=7)
    assert a.records.equals(b.records) and a.quarantine.equals(b.quarantine) and a.stats == b.stats
    assert a.records.height == 35 and a.quarantine.height == 5
    assert a.records["note_id"].to_list() == [f"n{i}" for i in range(40) if i % 9]
    assert a.stats == {"t_tag.z": 35, "t_upper.notes": 35}


def test_cli_rejects_bad_executor_options(tmp_path: Path) -> None:
    recipe = write_export(tmp_path, n_notes=8)
    runner = CliRunner()
    bad = runner.invoke(app, ["-q", "build-dataset", str(recipe), "-o", str(tmp_path / "o"), "--executor", "spark"])
    assert bad.exit_code == 2 and "local or ray" in bad.output
    zero = runner.invoke(app, ["-q", "build-dataset", str(recipe), "-o", str(tmp_path / "o"), "--workers", "0"])
    assert zero.exit_code == 2 and "at least 1" in zero.output
    ok = runner.invoke(app, ["-q", "build-dataset", str(recipe), "-o", str(tmp_path / "o"), "--workers", "2"])
    assert ok.exit_code == 0, ok.output
    assert json.loads((tmp_path / "o" / "run_summary.json").read_text())["counts"]["notes_out"] == 7


@pytest.fixture(scope="module")
def local_ray() -> Any:
    """One local Ray for the module; its workers can import this test module (the stages)."""
    import ray

    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in [str(REPO), os.environ.get("PYTHONPATH", "")] if p)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield ray
    ray.shutdown()


def test_ray_output_is_byte_identical_to_local_and_resumes(tmp_path: Path, local_ray: Any) -> None:
    recipe = write_export(tmp_path)
    local = run_recipe(recipe, out_dir=tmp_path / "local", workers=2)
    # a partly finished cache (shards 0-4 done, as after a crash) must be completed, not redone
    import shutil

    shutil.copytree(tmp_path / "local" / "_work" / "stages", tmp_path / "ray" / "_work" / "stages")
    for shard in sorted((tmp_path / "ray" / "_work" / "stages").iterdir())[5:]:
        shutil.rmtree(shard)
    for p in (tmp_path / "log").iterdir():
        p.unlink()
    remote = run_recipe(recipe, out_dir=tmp_path / "ray", executor="ray", workers=2)
    assert digest_outputs(tmp_path / "local", with_work=True) == digest_outputs(tmp_path / "ray", with_work=True)
    assert local["counts"] == remote["counts"] and local["stage_stats"] == remote["stage_stats"]
    processed = log_events(tmp_path / "log", "process", "t_upper")
    assert len(processed) == 7  # shards 5..11 only
    assert str(os.getpid()) not in {e[2] for e in processed}  # ran in Ray actors
