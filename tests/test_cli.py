"""The command line's edge: every failure is one line naming the path (never a traceback, never a cell value),
and a mistyped output is refused before any work. Per-command behaviour is tested beside each command's code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cancerprep import __version__
from cancerprep.cli import app


def _one_line_error(args: list[str], code: int = 2) -> str:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.output.count("\n") == 1 and "Traceback" not in result.output, result.output
    return result.output


def test_an_os_error_is_one_line_naming_the_path(tmp_path: Path) -> None:
    # deid-eval and make-sample open their paths themselves: a missing file or a file where a folder
    # belongs used to end in a traceback
    missing = tmp_path / "missing-gold.txt"
    spans = tmp_path / "spans.jsonl"
    spans.write_text("")
    out = _one_line_error(["deid-eval", str(spans), "--gold", str(missing)])
    assert "missing-gold.txt" in out and "No such file" in out
    (tmp_path / "a-file").write_text("x")
    out = _one_line_error(["make-sample", str(tmp_path / "a-file"), "--patients", "1"])
    assert "a-file" in out and "Not a directory" in out


@pytest.mark.parametrize("command", ["sort", "icd", "deid", "dedup"])
def test_an_unknown_output_extension_is_refused_before_the_input_is_read(tmp_path: Path, command: str,
                                                                          monkeypatch) -> None:
    monkeypatch.setenv("CANCERPREP_DEID_KEY", "k" * 64)
    # the input does not exist: the error names the output, so the output was checked first
    out = _one_line_error([command, str(tmp_path / "notes.csv"), "-o", str(tmp_path / "out.xlsx")])
    assert "out.xlsx" in out and "'.xlsx'" in out and "notes.csv" not in out
    if command == "dedup":
        out = _one_line_error([command, str(tmp_path / "notes.csv"), "-o", str(tmp_path / "out.csv"),
                               "--quarantine", str(tmp_path / "removed.txt")])
        assert "removed.txt" in out


def test_verify_names_a_folder_without_a_manifest_and_a_damaged_manifest(tmp_path: Path) -> None:
    out = _one_line_error(["verify", str(tmp_path / "nowhere")], code=1)
    assert "manifest.json not found in" in out and "nowhere" in out
    (tmp_path / "manifest.json").write_text("{cut off")
    out = _one_line_error(["verify", str(tmp_path)], code=1)
    assert "is not a manifest" in out


def test_a_missing_train_extra_is_one_line_naming_the_module(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "cancerllm.score", None)  # import of it now fails as if not installed
    out = _one_line_error(["score", str(tmp_path / "p.jsonl"), "--gold", str(tmp_path / "g.jsonl")])
    assert "scoring needs the train extra" in out and "missing cancerllm.score" in out


def test_python_m_cancerprep_cli_runs_the_command_line() -> None:
    # the way to run a checkout's own code beside an installed cancerprep (it used to exit 0 doing nothing)
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-m", "cancerprep.cli", "--version"], cwd=root, capture_output=True,
                          text=True, timeout=120, env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0 and done.stdout.strip() == f"cancerprep {__version__}", done.stderr


def test_sort_accounts_for_every_row_in_its_output_or_its_quarantine_file(tmp_path: Path) -> None:
    import polars as pl

    from cancerprep.commands import write_quarantine
    from cancerprep.quarantine import Reason, quarantine_rows

    notes = tmp_path / "notes.csv"
    notes.write_text("note_id,patient_id,text\n1,A,Breast cancer follow-up.\n2,B,Sprained ankle.\n")
    result = CliRunner().invoke(app, ["sort", str(notes), "-o", str(tmp_path / "s.csv"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "sort: 2 notes written, 0 quarantined" in result.output
    assert pl.read_csv(tmp_path / "s.csv").height == 2
    assert pl.read_csv(tmp_path / "s.csv.quarantine.csv").columns[:2] == ["source", "source_row"]
    # the file the per-step commands share: rows in input order, never text
    rows = pl.DataFrame({"source": ["n.csv"] * 2, "source_row": [9, 3], "note_id": ["x", "y"],
                         "text": ["SECRET", "SECRET"]})
    path = write_quarantine(quarantine_rows(rows, stage="sort", reason=Reason.MISSING_FIELD, field="text"),
                            tmp_path / "o.parquet")
    assert path.name == "o.parquet.quarantine.csv"
    back = pl.read_csv(path)
    assert back["source_row"].to_list() == [3, 9] and "SECRET" not in path.read_text()


def test_dedup_without_quarantine_option_still_writes_the_removed_notes_reasons(tmp_path: Path) -> None:
    import polars as pl

    notes = tmp_path / "notes.csv"
    notes.write_text("note_id,patient_id,text\n1,A,Seen for a cough today.\n2,B,Seen for a cough today.\n"
                     "3,C,Knee pain after a fall.\n")
    result = CliRunner().invoke(app, ["dedup", str(notes), "-o", str(tmp_path / "kept.csv"), "--exact-only"])
    assert result.exit_code == 0, result.output
    kept, removed = pl.read_csv(tmp_path / "kept.csv"), pl.read_csv(tmp_path / "kept.csv.quarantine.csv")
    assert kept.height + removed.height == 3 and removed["reason"].to_list() == ["exact_duplicate"]
    assert "text" not in removed.columns and "cough" not in (tmp_path / "kept.csv.quarantine.csv").read_text()


@pytest.mark.parametrize("command", ["sort", "icd", "deid"])
def test_zero_workers_is_one_line_before_any_work(tmp_path: Path, command: str, monkeypatch) -> None:
    monkeypatch.setenv("CANCERPREP_DEID_KEY", "k" * 64)
    out = _one_line_error([command, str(tmp_path / "notes.csv"), "-o", str(tmp_path / "o.csv"), "--workers", "0"])
    assert "--workers must be at least 1" in out  # deid used to end in a ValueError traceback
