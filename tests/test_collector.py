"""The collector settings of a cancerprep process (`collector.tune`): a command's, a fork server's, a worker's."""

from __future__ import annotations

import gc

from cancerprep import cli, collector
from cancerprep.executors.local import preload_modules
from tests.fresh import fresh_python


def test_tune_raises_thresholds_and_freezes_at_exit_once(monkeypatch):
    registered = []
    monkeypatch.setattr(collector.atexit, "register", registered.append)
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        collector.tune()
        assert gc.get_threshold() == collector.THRESHOLDS
        collector.tune()  # a second command in the same process (tests) registers nothing more
        assert registered == [gc.freeze]
    finally:
        gc.set_threshold(*before)


def test_every_command_tunes_its_process(monkeypatch):
    calls = []
    monkeypatch.setattr(collector, "tune", lambda: calls.append(1))
    cli.main(version=False, quiet=True)
    assert calls == [1]


def test_the_fork_server_tunes_before_its_imports_and_its_workers_inherit_it():
    """In a fresh interpreter: the setting module comes first in the server's preload (only `__main__`, which
    multiprocessing imports before any list entry, is ahead), and a worker of a pool with no initializer (the
    dedup signing pool's kind) reports the tuned thresholds, which only the fork server can have given it."""
    names = preload_modules()
    assert names[:2] == ["__main__", "cancerprep.executors.forkserver_setup"]
    assert names.count("cancerprep.executors.forkserver_setup") == 1
    script = (
        "import gc\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from cancerprep.executors.local import _mp_context\n"
        "if __name__ == '__main__':\n"
        "    with ProcessPoolExecutor(1, mp_context=_mp_context()) as pool:\n"
        "        print(gc.get_threshold(), pool.submit(gc.get_threshold).result())\n")
    done = fresh_python(script)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == f"(700, 10, 10) {collector.THRESHOLDS}"
