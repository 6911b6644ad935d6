"""`benchmarks.speed.same_output --timeout`: the engine it digests runs with that per-note deadline (perf47: under
heavy load the default 20 s made main's own digest of the engine's spans differ)."""

from __future__ import annotations

import pytest

from benchmarks.speed import same_output


class _Built(Exception):
    def __init__(self, config) -> None:
        self.config = config


def _stop(config):
    raise _Built(config)


@pytest.mark.parametrize(("argv", "want"), [(["--timeout", "1e6"], 1e6), (["--timeout", "45"], 45.0), ([], 20.0)])
def test_timeout_sets_the_engines_per_note_deadline(monkeypatch, argv, want):
    monkeypatch.setattr(same_output.deid_bench, "physionet_parts", lambda _path: [])
    monkeypatch.setattr(same_output.deid_bench, "planted_parts", lambda *_args: [])
    monkeypatch.setattr(same_output.deid_bench, "sample_parts", lambda _path: [])
    monkeypatch.setattr(same_output, "Deidentifier", _stop)
    with pytest.raises(_Built) as built:
        same_output.main(argv)
    assert built.value.config.timeout_s == want
