"""The command line's collector settings (`cli._tune_collector`): fewer collections, no walk at exit."""

from __future__ import annotations

import gc

from cancerprep import cli


def test_tune_collector_raises_thresholds_and_freezes_at_exit_once(monkeypatch):
    registered = []
    monkeypatch.setattr(cli.atexit, "register", registered.append)
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        cli._tune_collector()
        assert gc.get_threshold() == cli._GC_THRESHOLDS
        cli._tune_collector()  # a second command in the same process (tests) registers nothing more
        assert registered == [gc.freeze]
    finally:
        gc.set_threshold(*before)
