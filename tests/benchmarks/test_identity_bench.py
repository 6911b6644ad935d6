"""identity_bench scores a named voter model (to compare candidates) and the packaged one by default."""

from __future__ import annotations

import pytest

from benchmarks.quality import identity_bench
from cancerprep.stages.deid.engine import DeidConfig, NoteFailure, PhiSpan
from cancerprep.stages.deid.evaluate import Span


class _Built(Exception):
    pass


def _built_with(monkeypatch, argv: list[str]) -> DeidConfig:
    seen: list[DeidConfig] = []

    def fake(config: DeidConfig) -> None:
        seen.append(config)
        raise _Built

    monkeypatch.setattr(identity_bench, "Deidentifier", fake)
    with pytest.raises(_Built):
        identity_bench.main(argv)
    return seen[0]


def test_the_packaged_voter_by_default_and_a_named_one_when_given(monkeypatch, tmp_path) -> None:
    assert _built_with(monkeypatch, []).learned_model == DeidConfig().learned_model
    named = _built_with(monkeypatch, ["--learned-model", str(tmp_path)])
    assert named.learned_model == str(tmp_path) != DeidConfig().learned_model
    # nothing else of the configuration moves with the model
    assert {k: v for k, v in vars(named).items() if k != "learned_model"} == \
        {k: v for k, v in vars(DeidConfig()).items() if k != "learned_model"}


class _Engine:
    """Answers one note with its name covered and fails the other (as a passed deadline does)."""

    def analyze_many(self, texts, identities=None, groups=None):
        return [[PhiSpan(0, 3, "NAME", 1.0, "test")], NoteFailure("timeout", "deadline passed")]


def test_a_failed_note_counts_as_keeping_its_names_and_is_counted_apart() -> None:
    notes = [("n1", "p1", "Ann is well."), ("n2", "p1", "Ann is well.")]
    gold = [Span("n1", 0, 3, "NAME"), Span("n2", 0, 3, "NAME")]
    row = identity_bench.run(_Engine(), notes, gold, gold, None)
    assert row["notes_with_own_name_left"] == 1
    assert row["failures"] == 1
    assert row["recall"] == 0.5
