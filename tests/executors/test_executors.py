"""Executors: the process pool and Ray match the serial executor byte for byte; the per-stage
cache reuses exactly what is unchanged and invalidates what a changed option, input or key touches.

The cheap test stages and the export/digest helpers live in tests/executors/support.py.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from typer.testing import CliRunner

from cancerprep.cli import app
from cancerprep.errors import CancerprepError
from cancerprep.executors import make_executor
from cancerprep.executors.local import PoolExecutor, SerialExecutor, run_stages_on_frame
from cancerprep.executors.ray import RayExecutor
from cancerprep.registry import build_stage
from cancerprep.runner import run_recipe
from cancerprep.stages.base import RunContext
from tests.executors.support import KEY, digest_outputs, log_events, write_export
from tests.paths import REPO


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


def test_map_gives_results_in_item_order_on_every_local_executor() -> None:
    """The generic map (the dedup signs shards through it) keeps the items' order, serial or pooled."""
    items = list(range(7))
    assert list(SerialExecutor().map(abs, [-i for i in items])) == items
    assert list(PoolExecutor(2).map(abs, [-i for i in items])) == items
    assert list(PoolExecutor(2).map(abs, [])) == []


def test_local_map_runs_release_jobs_on_this_machine() -> None:
    """Whole-run jobs that write under OUT (`Executor.local_map`) run in this process on the serial and Ray
    executors (a Ray worker may be on another machine) and in the local pool's processes, in item order."""
    items = list(range(5))
    assert list(PoolExecutor(2).local_map(abs, [-i for i in items])) == items
    assert {pid for pid in PoolExecutor(2).local_map(_pid, items)} != {os.getpid()}
    for executor in (SerialExecutor(), RayExecutor(2)):
        assert set(executor.local_map(_pid, items)) == {os.getpid()}


def _pid(_: object) -> int:
    return os.getpid()


def test_pool_output_is_byte_identical_to_serial_and_sets_up_once_per_worker(tmp_path: Path) -> None:
    recipe = write_export(tmp_path)
    serial = run_recipe(recipe, out_dir=tmp_path / "serial", workers=1, work_dir=tmp_path / "sw", keep_work=True)
    for p in (tmp_path / "log").iterdir():
        p.unlink()
    pooled = run_recipe(recipe, out_dir=tmp_path / "pool", workers=2, work_dir=tmp_path / "pw", keep_work=True)
    assert (digest_outputs(tmp_path / "serial", tmp_path / "sw")
            == digest_outputs(tmp_path / "pool", tmp_path / "pw"))
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


@pytest.mark.slow
def test_changing_the_last_stage_reruns_only_it_and_a_changed_input_only_its_shard(tmp_path: Path) -> None:
    recipe = write_export(tmp_path)
    log = tmp_path / "log"
    out, work = tmp_path / "out", tmp_path / "work"  # the cache survives successful runs with keep_work
    run_recipe(recipe, out_dir=out, workers=1, work_dir=work, keep_work=True)
    assert len(log_events(log, "process", "t_upper")) == 12 and len(log_events(log, "process", "t_tag")) == 12

    # same command again: everything reused
    run_recipe(recipe, out_dir=out, workers=1, work_dir=work, keep_work=True)
    assert len(log_events(log, "process", "t_upper")) == 12 and len(log_events(log, "process", "t_tag")) == 12

    # only the last stage's options change: t_upper output is reused, t_tag re-runs everywhere
    recipe.write_text(recipe.read_text().replace("tag: a", "tag: b"))
    summary = run_recipe(recipe, out_dir=out, workers=1, work_dir=work, keep_work=True)
    assert len(log_events(log, "process", "t_upper")) == 12
    assert len(log_events(log, "process", "t_tag")) == 24
    assert summary["stage_stats"] == {"t_tag.b": 89, "t_upper.notes": 89}
    notes = pl.read_parquet(out / "notes" / "part-00000.parquet")
    assert notes["tag"].str.starts_with("b:").all()
    # the cache keeps only the current chain's files
    for shard in (work / "stages").iterdir():
        assert sorted(p.name for p in shard.iterdir()) == sorted(
            f"{i:02d}-{name}.{ext}" for i, name in enumerate(["t_upper", "t_tag"])
            for ext in ("parquet", "quarantine.parquet", "stats.json", "done"))

    # one note's text changes: only its shard (note 50 -> shard 6) re-runs, both stages
    csv = (tmp_path / "notes.csv").read_text().replace('"Note 50 ok', '"Note 50 changed ok')
    (tmp_path / "notes.csv").write_text(csv)
    run_recipe(recipe, out_dir=out, workers=1, work_dir=work, keep_work=True)
    upper = log_events(log, "process", "t_upper")
    assert len(upper) == 13 and sum(e[3] == "n0048" for e in upper) == 2
    notes = pl.read_parquet(out / "notes" / "part-00000.parquet")
    assert notes.filter(pl.col("note_id") == "n0050")["text"].item().startswith("NOTE 50 CHANGED")

    # the first stage's options change: both stages re-run on every shard
    recipe.write_text(recipe.read_text().replace("suffix: '!'", "suffix: '?'"))
    run_recipe(recipe, out_dir=out, workers=1, work_dir=work, keep_work=True)
    assert len(log_events(log, "process", "t_upper")) == 25 and len(log_events(log, "process", "t_tag")) == 37

    # a different site key invalidates everything (stages may derive pseudonyms from it)
    (tmp_path / "site.key").write_text(KEY + "-rotated")
    run_recipe(recipe, out_dir=out, workers=1, work_dir=work, keep_work=True)
    assert len(log_events(log, "process", "t_upper")) == 37

    # so does a changed code table (stages may link codes to notes)
    dx = tmp_path / "dx.csv"
    dx.write_text(dx.read_text().replace("p3,C50.911", "p3,C34.90"))
    run_recipe(recipe, out_dir=out, workers=1, work_dir=work, keep_work=True)
    assert len(log_events(log, "process", "t_upper")) == 49
    run_recipe(recipe, out_dir=out, workers=1, work_dir=work, keep_work=True)  # and an unchanged re-run reuses it all
    assert len(log_events(log, "process", "t_upper")) == 49 and len(log_events(log, "process", "t_tag")) == 61

    # the export shrinks to 5 shards: the cache of shards 5..11 goes, the rest is reused
    lines = (tmp_path / "notes.csv").read_text().splitlines()
    (tmp_path / "notes.csv").write_text("\n".join(lines[:41]) + "\n")
    summary = run_recipe(recipe, out_dir=out, workers=1, work_dir=work, keep_work=True)
    assert summary["counts"]["notes_in"] == 40
    assert sorted(p.name for p in (work / "stages").iterdir()) == [f"shard-{i:05d}" for i in range(5)]
    assert len(log_events(log, "process", "t_upper")) == 49


def test_cache_fingerprints_do_not_contain_the_key(tmp_path: Path) -> None:
    recipe = write_export(tmp_path, n_notes=16)
    out, work = tmp_path / "out", tmp_path / "work"
    run_recipe(recipe, out_dir=out, workers=1, work_dir=work, keep_work=True)
    assert any(p.is_file() for p in work.rglob("*"))
    key_hex = KEY.encode().hex()
    for p in work.rglob("*"):
        if p.is_file():
            data = p.read_bytes()
            assert KEY.encode() not in data and key_hex.encode() not in data


def test_a_stage_that_cannot_be_pickled_fails_early_with_its_name(tmp_path: Path) -> None:
    stages = [build_stage("t_upper", {}, RunContext()), build_stage("t_tag", {}, RunContext())]
    stages[1].model = lambda text: text  # a "model" loaded in __init__ instead of setup()
    frame = pl.DataFrame({"note_id": [f"n{i}" for i in range(4)], "text": ["a", "b", "c", "d"]})
    with pytest.raises(CancerprepError, match="stage 't_tag' cannot be sent to worker processes"):
        run_stages_on_frame(stages, frame, tmp_path, PoolExecutor(2), rows_per_shard=2)
    run = run_stages_on_frame(stages, frame, tmp_path / "serial", SerialExecutor(), rows_per_shard=2)  # no pickling
    assert run.records["text"].to_list() == ["A", "B", "C", "D"]


def test_run_stages_on_frame_pool_equals_serial(tmp_path: Path) -> None:
    frame = pl.DataFrame({"note_id": [f"n{i}" for i in range(40)],
                          "text": [f"t {i} QUARANTINE" if i % 9 == 0 else f"t {i}" for i in range(40)],
                          "source": ["s"] * 40, "source_row": list(range(1, 41))})
    stages = [build_stage("t_upper", {"suffix": "."}, RunContext(seed=1)),
              build_stage("t_tag", {"tag": "z"}, RunContext(seed=1))]
    a = run_stages_on_frame(stages, frame, tmp_path / "a", SerialExecutor(), rows_per_shard=7)
    b = run_stages_on_frame(stages, frame, tmp_path / "b", PoolExecutor(2), rows_per_shard=7)
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
    """One local Ray for the module; its workers import tests.executors.support (the stages) from REPO."""
    import ray

    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in [str(REPO), os.environ.get("PYTHONPATH", "")] if p)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield ray
    ray.shutdown()


@pytest.mark.slow
def test_ray_output_is_byte_identical_to_local_and_resumes(tmp_path: Path, local_ray: Any) -> None:
    recipe = write_export(tmp_path)
    local = run_recipe(recipe, out_dir=tmp_path / "local", workers=2, work_dir=tmp_path / "lw", keep_work=True)
    # a partly finished cache (shards 0-4 done, as after a crash) must be completed, not redone
    import shutil

    shutil.copytree(tmp_path / "lw" / "stages", tmp_path / "rw" / "stages")
    for shard in sorted((tmp_path / "rw" / "stages").iterdir())[5:]:
        shutil.rmtree(shard)
    for p in (tmp_path / "log").iterdir():
        p.unlink()
    remote = run_recipe(recipe, out_dir=tmp_path / "ray", executor="ray", workers=2, work_dir=tmp_path / "rw",
                        keep_work=True)
    assert digest_outputs(tmp_path / "local", tmp_path / "lw") == digest_outputs(tmp_path / "ray", tmp_path / "rw")
    assert local["counts"] == remote["counts"] and local["stage_stats"] == remote["stage_stats"]
    processed = log_events(tmp_path / "log", "process", "t_upper")
    assert len(processed) == 7  # shards 5..11 only
    assert str(os.getpid()) not in {e[2] for e in processed}  # ran in Ray actors


@pytest.mark.slow
def test_dedup_signing_on_ray_workers_gives_the_serial_plan(tmp_path: Path, local_ray: Any) -> None:
    """plan_dedup signs shards through RayExecutor.map (Ray tasks, not the driver) and plans the same."""
    from cancerprep.assembly.dedup.stream import plan_dedup

    texts = [f"note {i} about a tumour of the left breast measuring {i % 7} cm" for i in range(60)]
    texts[10] = texts[3].upper()  # exact copy
    texts[40] = texts[5] + " again"  # near copy in another shard
    frame = pl.DataFrame({"note_id": [f"n{i:02d}" for i in range(60)], "patient_id": [f"p{i % 9}" for i in range(60)],
                          "text": texts, "source": ["s"] * 60, "source_row": list(range(60))})
    shards = []
    for s in range(4):
        shards.append(tmp_path / f"shard-{s}.parquet")
        frame.slice(15 * s, 15).write_parquet(shards[-1])
    assert list(RayExecutor(2).map(abs, [-3, -1, -2])) == [3, 1, 2]
    serial = plan_dedup(shards, {"near_action": "group"}, tmp_path / "w1")
    on_ray = plan_dedup(shards, {"near_action": "group"}, tmp_path / "w2", parallel_map=RayExecutor(2).map)
    assert on_ray.removed.equals(serial.removed) and on_ray.quarantine.equals(serial.quarantine)
    assert on_ray.groups.equals(serial.groups) and on_ray.stats == serial.stats
    assert serial.stats["dedup.exact_removed"] >= 1
