"""The start-up benchmark: its summaries and table, and one real run that leaves no scratch data behind."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from benchmarks.speed import startup


def test_summary_is_min_median_max_of_each_clock() -> None:
    s = startup.summary([(3.0, 1.0), (1.0, 2.0), (2.0, 3.0)])
    assert s == {"runs": 3, "wall": [1.0, 2.0, 3.0], "user": [1.0, 2.0, 3.0]}


def test_markdown_has_a_row_per_measure_with_its_target() -> None:
    one = {"runs": 1, "wall": [1.5, 1.5, 1.5], "user": [1.0, 1.0, 1.0]}
    table = startup.markdown({"help": one, "deid_one_note_warm": one, "deid_one_note_no_bytecode": one})
    rows = table.splitlines()[2:]
    assert len(rows) == 3
    assert "< 0.5 s" in rows[0] and "< 2 s" in rows[1]
    assert "1.5 / 1.5 / 1.5" in rows[2]


def test_failed_command_stops_without_echoing_its_input(tmp_path: Path) -> None:
    secret = tmp_path / "Jane-Doe-notes.csv"
    with pytest.raises(SystemExit) as err:
        startup.timed([startup._entry_point(), "deid", str(secret), "-o", str(tmp_path / "o.csv")])
    assert "exited" in str(err.value) and "Jane" not in str(err.value)


@pytest.mark.slow
def test_one_real_run_times_every_measure_and_cleans_up() -> None:
    before = set(Path(tempfile.gettempdir()).glob("cancerprep-startup-*"))
    results = startup.measure(1)
    assert set(results) == {"help", "deid_one_note_warm", "deid_one_note_no_bytecode"}
    for r in results.values():
        assert r["runs"] == 1 and r["wall"][0] > 0 and r["user"][0] >= 0
    assert set(Path(tempfile.gettempdir()).glob("cancerprep-startup-*")) == before
