"""Resume: `build-dataset` killed with SIGKILL mid-stage, restarted with the same command, skips the
finished shards and ends byte-identical to an uninterrupted run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.executors.support import digest_outputs, log_events, write_export
from tests.paths import REPO

# The CLI, with the test stages registered (they live in tests/executors/support.py).
LAUNCHER = "import tests.executors.support; from cancerprep.cli import app; app()"
N_SHARDS = 16


def _command(recipe: Path, out: Path, workers: int) -> list[str]:
    return [sys.executable, "-c", LAUNCHER, "-q", "build-dataset", str(recipe), "-o", str(out),
            "--workers", str(workers), "--work-dir", str(_work(out)), "--keep-work"]


def _work(out: Path) -> Path:
    """The run's scratch folder, a sibling of OUT here so the test can watch it (never inside OUT)."""
    return out.with_name(out.name + ".work")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in [str(REPO), env.get("PYTHONPATH", "")] if p)
    return env


def _done_shards(out: Path) -> int:
    return len(list((_work(out) / "stages").glob("shard-*/01-t_tag.done")))


@pytest.mark.slow
def test_sigkill_mid_stage_then_same_command_resumes_to_identical_output(tmp_path: Path) -> None:
    stages = (f"  - t_upper: {{suffix: '!', delay: 0.25, log_dir: '{tmp_path / 'log'}'}}\n"
              f"  - t_tag: {{tag: a, log_dir: '{tmp_path / 'log'}'}}\n")
    recipe = write_export(tmp_path, n_notes=8 * N_SHARDS, shard_rows=8, stages=stages)
    out = tmp_path / "killed"

    # start, wait until some (not all) shards are finished, then SIGKILL the whole process group
    proc = subprocess.Popen(_command(recipe, out, 2), env=_env(), start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and (
            not (_work(out) / "stages").is_dir() or _done_shards(out) < 3):
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    finished_before = _done_shards(out)
    assert 3 <= finished_before < N_SHARDS
    assert not (out / "run_summary.json").exists()
    calls_before = len(log_events(tmp_path / "log", "process", "t_upper"))

    # the same command again: completes, redoing only unfinished shards
    rerun = subprocess.run(_command(recipe, out, 2), env=_env(), capture_output=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr.decode()[-2000:]
    assert _done_shards(out) == N_SHARDS
    calls_after = len(log_events(tmp_path / "log", "process", "t_upper")) - calls_before
    assert calls_after <= N_SHARDS - finished_before  # finished shards were skipped
    assert calls_after >= N_SHARDS - calls_before  # and every shard ran at least once overall

    # an uninterrupted run (serial, another out dir) gives the same bytes everywhere
    clean = subprocess.run(_command(recipe, tmp_path / "clean", 1), env=_env(), capture_output=True, timeout=300)
    assert clean.returncode == 0, clean.stderr.decode()[-2000:]
    assert digest_outputs(out, _work(out)) == digest_outputs(tmp_path / "clean", _work(tmp_path / "clean"))
    assert not list(_work(out).rglob("*.tmp"))


def test_changed_package_code_invalidates_cached_stage_output(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A code change without a version bump (e.g. a de-identification fix) must not reuse old stage output."""
    from cancerprep.executors import cache as executors
    from cancerprep.stages.base import RunContext

    context = RunContext(key=b"k" * 32, seed=1)
    before = executors.context_fingerprint(context)
    assert executors.code_fingerprint() == executors.code_fingerprint()  # stable within a run
    monkeypatch.setattr(executors, "code_fingerprint", lambda: "0" * 64)
    assert executors.context_fingerprint(context) != before
