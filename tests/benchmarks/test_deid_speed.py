"""deid_speed's timed rounds: every pass runs once a round, in order, and the least CPU of each counts."""

from __future__ import annotations

import pytest

from benchmarks.speed import deid_speed


def test_rounds_interleave_passes_and_keep_each_least(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [0.0]  # a fake CPU clock: each pass advances it by its cost in that round
    monkeypatch.setattr(deid_speed.time, "process_time", lambda: clock[0])
    calls: list[str] = []
    cost = {"a": [3.0, 1.0], "b": [1.0, 3.0]}

    def make(name: str):
        def run() -> None:
            calls.append(name)
            clock[0] += cost[name][calls.count(name) - 1]
        return run

    best = deid_speed.best_cpu_rounds({"a": make("a"), "b": make("b")}, repeat=2)
    assert calls == ["a", "b", "a", "b"]  # one pass of each engine a round, not all of one engine first
    assert best == {"a": 1.0, "b": 1.0}  # the cheaper round of each
