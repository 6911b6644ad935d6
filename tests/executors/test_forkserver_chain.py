"""The fork server loads the chain's shared set-up once; pool workers adopt it (`executors.forkserver_chain`).

The fork server starts once per process, so the pool runs go through a fresh interpreter each (`_fresh`); the
test stages of `support` log each `load_shared` (`shared`), `setup` and `process` with the process id.
"""

from __future__ import annotations

import base64
import json
import os
import pickle
import subprocess
from pathlib import Path

import polars as pl
import pytest

from cancerprep.errors import CancerprepError
from cancerprep.executors import forkserver_chain
from cancerprep.executors.forkserver_chain import CHAIN_ENV, Loaded, adopt, chain_blob, chain_token, handed_over, load
from cancerprep.executors.local import preload_modules
from cancerprep.registry import build_stage
from cancerprep.stages.base import RunContext
from tests.executors.support import digest_outputs, log_events, write_export
from tests.fresh import fresh_python
from tests.paths import REPO


def _context() -> RunContext:
    return RunContext(key=b"site-key", codes=pl.DataFrame({"patient_id": ["p1"]}), recipe_dir=Path("/r"), seed=7,
                      extra={"x": 1})


def _chain(log_dir: Path, **options: object) -> list:
    context = _context()
    return [build_stage("t_upper", {"log_dir": str(log_dir), **options}, context),
            build_stage("t_tag", {"log_dir": str(log_dir)}, context)]


def test_the_server_gets_the_chain_without_the_runs_data(tmp_path: Path) -> None:
    stages = _chain(tmp_path)
    copies = pickle.loads(chain_blob(stages))
    assert [c.name for c in copies] == ["t_upper", "t_tag"]
    for c in copies:
        assert (c.context.key, c.context.codes, c.context.identities, c.context.extra) == (None, None, None, {})
        assert (c.context.recipe_dir, c.context.seed) == (Path("/r"), 7)
    assert stages[0].context.key == b"site-key"  # the driver's own chain is untouched


def test_the_chain_is_in_the_environment_only_while_the_server_starts(monkeypatch: pytest.MonkeyPatch,
                                                                      tmp_path: Path) -> None:
    monkeypatch.delenv(CHAIN_ENV, raising=False)
    blob = chain_blob(_chain(tmp_path))
    with handed_over(blob):
        assert load(os.environ[CHAIN_ENV]).token == chain_token(blob)
    assert CHAIN_ENV not in os.environ
    with handed_over(b"x" * forkserver_chain.MAX_ENV_CHARS):  # too long for one environment string: not handed
        assert CHAIN_ENV not in os.environ
    assert preload_modules()[-1] == "cancerprep.executors.forkserver_chain"  # after every library it needs


def test_load_runs_each_shared_set_up_once_and_a_worker_adopts_it(monkeypatch: pytest.MonkeyPatch,
                                                                  tmp_path: Path) -> None:
    stages = _chain(tmp_path / "log")
    (tmp_path / "log").mkdir()
    blob = chain_blob(stages)
    loaded = load(base64.b64encode(blob).decode())
    assert loaded.stages is not None and loaded.unsafe is None
    assert len(log_events(tmp_path / "log", "shared")) == 2
    assert all(s._shared and not s._ready for s in loaded.stages)
    monkeypatch.setattr(forkserver_chain, "LOADED", loaded)
    mine = adopt(chain_token(blob), pickle.dumps(stages))
    assert mine is loaded.stages  # the server's objects, now holding this run's context
    assert mine[0].context.key == b"site-key" and mine[0].context is mine[1].context
    for stage in mine:
        stage.ensure_setup()
    assert len(log_events(tmp_path / "log", "shared")) == 2 and len(log_events(tmp_path / "log", "setup")) == 2
    other = adopt("another chain", pickle.dumps(stages))  # not what the server loaded: the worker's own copy
    assert other is not loaded.stages and not other[0]._shared


def test_a_failing_shared_set_up_leaves_workers_on_their_own(monkeypatch: pytest.MonkeyPatch,
                                                             tmp_path: Path) -> None:
    stages = _chain(tmp_path, shared_fails=True)
    blob = chain_blob(stages)
    loaded = load(base64.b64encode(blob).decode())
    assert loaded == Loaded(chain_token(blob), None, None)
    monkeypatch.setattr(forkserver_chain, "LOADED", loaded)
    own = adopt(chain_token(blob), pickle.dumps(stages))
    with pytest.raises(RuntimeError, match="on purpose"):  # the worker meets the error itself and reports it
        own[0].ensure_setup()


def test_a_worker_refuses_a_server_whose_set_up_started_polars_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forkserver_chain, "LOADED", Loaded("t", None, "t_upper"))
    with pytest.raises(CancerprepError, match="'t_upper' started polars' thread pool"):
        adopt("t", b"not even unpickled")


_RUN = (
    "import json, sys\n"
    "from pathlib import Path\n"
    "from cancerprep.runner import run_recipe\n"
    "import tests.executors.support  # noqa: F401  (registers the test stages)\n"
    "if __name__ == '__main__':\n"
    "    recipe, out, workers = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])\n"
    "    summary = run_recipe(recipe, out_dir=out, workers=workers, work_dir=Path(str(out) + '-work'),\n"
    "                         keep_work=True)\n"
    "    print(json.dumps(summary['stage_stats']))\n")


def _run_fresh(tmp_path: Path, recipe: Path, out: str, workers: int) -> subprocess.CompletedProcess[str]:
    script = f"import sys; sys.argv = ['x', {str(recipe)!r}, {str(tmp_path / out)!r}, '{workers}']\n" + _RUN
    return fresh_python(script)


def _one_and_two_workers(tmp_path: Path, recipe: Path) -> tuple[dict, dict[str, str]]:
    """Run `recipe` (sealed with the demo key) in fresh interpreters with 1 and with 2 workers; assert that both
    succeed with equal stage stats and equal output digests, and return the stats and the digests."""
    one = _run_fresh(tmp_path, recipe, "one", 1)
    two = _run_fresh(tmp_path, recipe, "two", 2)
    assert one.returncode == 0 and two.returncode == 0, (one.stderr + two.stderr)[-2000:]
    key = (REPO / "recipes" / "demo.key").read_bytes().strip()
    digests = digest_outputs(tmp_path / "one", tmp_path / "one-work", key)
    assert digests == digest_outputs(tmp_path / "two", tmp_path / "two-work", key)
    stats = json.loads(one.stdout)
    assert stats == json.loads(two.stdout)
    return stats, digests


def test_pool_workers_share_one_shared_set_up_and_match_serial(tmp_path: Path) -> None:
    recipe = write_export(tmp_path)
    log = tmp_path / "log"
    serial = _run_fresh(tmp_path, recipe, "serial", 1)
    assert serial.returncode == 0, serial.stderr[-2000:]
    for p in log.iterdir():
        p.unlink()
    pooled = _run_fresh(tmp_path, recipe, "pool", 2)
    assert pooled.returncode == 0, pooled.stderr[-2000:]
    assert json.loads(pooled.stdout) == json.loads(serial.stdout)
    assert (digest_outputs(tmp_path / "serial", tmp_path / "serial-work")
            == digest_outputs(tmp_path / "pool", tmp_path / "pool-work"))

    shared = log_events(log, "shared")
    setups = log_events(log, "setup")
    workers = {e[2] for e in log_events(log, "process")}
    assert len(workers) == 2
    # one load_shared per stage, both in one process that is no worker (the fork server); each worker runs
    # only its own setup, once per stage
    assert sorted(e[1] for e in shared) == ["t_tag", "t_upper"]
    assert len({e[2] for e in shared}) == 1 and not {e[2] for e in shared} & workers
    assert sorted((e[1], e[2]) for e in setups) == sorted((s, w) for s in ("t_tag", "t_upper") for w in workers)


@pytest.mark.parametrize(("option", "message"), [
    ("shared_fails", "load_shared failed on purpose"),
    ("shared_polars", "started polars' thread pool"),
])
def test_a_broken_shared_set_up_in_the_server_is_a_clear_error_not_a_hang(tmp_path: Path, option: str,
                                                                          message: str) -> None:
    recipe = write_export(tmp_path, n_notes=24, stages=f"  - t_upper: {{{option}: true, log_dir: '{tmp_path}/log'}}\n")
    done = _run_fresh(tmp_path, recipe, "out", 2)  # the subprocess timeout is the hang check
    assert done.returncode != 0
    assert message in done.stderr


@pytest.mark.slow
def test_the_real_chain_shares_its_set_up_and_matches_one_worker(tmp_path: Path) -> None:
    """deid + sort + icd on 24 sample notes: 2 workers (set-up shared by the server) equal 1 worker, file by file."""
    notes = pl.read_csv(REPO / "recipes" / "sample" / "csv" / "notes.csv", infer_schema=False).head(24)
    notes.write_csv(tmp_path / "notes.csv")
    (tmp_path / "r.yaml").write_text(
        f"version: 1\nname: chain\nseed: 5\nkey_file: {REPO / 'recipes' / 'demo.key'}\n"
        f"inputs:\n  - {{kind: notes, path: notes.csv}}\n"
        f"  - {{kind: codes, path: {REPO / 'recipes' / 'sample' / 'csv' / 'diagnoses.csv'}}}\n"
        "normalize: {shard_rows: 6}\n"
        "stages:\n  - deid: {mode: surrogate, replacements_col: deid_replacements}\n  - sort: {}\n  - icd: {}\n"
        "outputs: {formats: [parquet]}\n")
    _, digests = _one_and_two_workers(tmp_path, tmp_path / "r.yaml")
    assert len(digests) > 5


@pytest.mark.slow
def test_annotation_deid_on_the_pool_matches_one_worker(tmp_path: Path) -> None:
    """The phenotype task's annotation de-identification (689 sample units, 11 batches) runs on the pool's workers
    with 2 workers and in the driver with 1: every output file and count is equal, and pairs come out."""
    ann = REPO / "recipes" / "sample" / "truth" / "annotations.jsonl"
    named = {json.loads(line)["note_id"] for line in ann.read_text().splitlines()}
    notes = pl.read_csv(REPO / "recipes" / "sample" / "csv" / "notes.csv", infer_schema=False)
    notes.filter(pl.col("note_id").is_in(sorted(named))).head(24).write_csv(tmp_path / "notes.csv")
    (tmp_path / "r.yaml").write_text(
        f"version: 1\nname: ann\nseed: 5\nkey_file: {REPO / 'recipes' / 'demo.key'}\n"
        "inputs:\n  - {kind: notes, path: notes.csv}\n"
        "normalize: {shard_rows: 8}\n"
        "stages:\n  - deid: {mode: surrogate}\n"
        f"tasks:\n  phenotype: {{annotations: {ann}, format: json, schema: cancerner}}\n"
        "outputs: {formats: [parquet, jsonl]}\n")
    stats, digests = _one_and_two_workers(tmp_path, tmp_path / "r.yaml")
    assert any("phenotype" in name for name in digests)
    assert stats["phenotype_pairs"] > 0 and "phenotype_annotation_phi_spans" in stats  # the deid ran


@pytest.mark.slow
def test_the_shipped_stages_shared_set_up_starts_no_thread(tmp_path: Path) -> None:
    """What the fork server does, in a fresh interpreter: after the stages' libraries are imported, deid, sort and
    icd's `load_shared` start no native thread (BLAS, OpenMP, polars), so forking after it is as safe as before."""
    script = (
        "import os\n"
        "from cancerprep.executors.local import preload_modules\n"
        "from cancerprep.stages.base import RunContext\n"
        "from cancerprep.stages.coding.stages import IcdStage, SortStage\n"
        "from cancerprep.stages.deid.stage import DeidStage\n"
        "stages = [DeidStage({'replacements_col': 'r'}, RunContext()), SortStage({}, RunContext()),\n"
        "          IcdStage({}, RunContext())]\n"
        "for name in preload_modules(stages)[1:-1]:\n"
        "    __import__(name)\n"
        "before = len(os.listdir('/proc/self/task'))\n"
        "for stage in stages:\n"
        "    stage.ensure_shared()\n"
        "print(before, len(os.listdir('/proc/self/task')), all(s._shared for s in stages))\n")
    done = fresh_python(script)
    assert done.returncode == 0, done.stderr[-2000:]
    before, after, shared = done.stdout.split()
    assert after == before and shared == "True"
