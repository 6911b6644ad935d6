"""Bad tabular inputs fail with one line naming the file and the field, never a cell value.

Each case plants a name in the data and greps everything the failed run printed or left on disk.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cancerprep.cli import app

PLANTED = "Winifred Okonkwo"
NOTE = (f"Patient {PLANTED} seen 07/22/2019 for breast mass. MRN 41570666. Biopsy: invasive ductal carcinoma, "
        "ER positive. Plan: lumpectomy.")
HEADER = "note_id,patient_id,note_date,note_type,text"
CODES_HEADER = "patient_id,system,code,date"


def _run(tmp: Path, notes: str, codes: str | None = None) -> tuple[str, Path]:
    """build-dataset over the given CSV texts; returns everything printed and the output folder."""
    (tmp / "notes.csv").write_text(notes)
    inputs = "  - {kind: notes, path: notes.csv}\n"
    if codes is not None:
        (tmp / "codes.csv").write_text(codes)
        inputs += "  - {kind: codes, path: codes.csv}\n"
    key = tmp / "site.key"
    key.write_text("f3a9c1e07b5d2468ace13579bdf02468\n")
    key.chmod(0o600)
    (tmp / "r.yaml").write_text(f"version: 1\nname: t\nkey_file: site.key\ninputs:\n{inputs}"
                                "stages: []\ntasks: {pretrain: {}}\n")
    out = tmp / "out"
    result = CliRunner().invoke(app, ["--quiet", "build-dataset", str(tmp / "r.yaml"), "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)  # one line, no traceback
    return result.output, out


def _left_on_disk(out: Path) -> str:
    if not out.exists():
        return ""
    return "".join(p.read_bytes().decode("utf-8", "replace") for p in out.rglob("*") if p.is_file())


def test_headerless_notes_csv_names_file_and_column_not_the_note(tmp_path: Path) -> None:
    printed, out = _run(tmp_path, f'n1,{PLANTED.split()[1]},2019-07-22,clinical_note,"{NOTE}"\n'
                                  'n2,p2,2019-07-23,clinical_note,"Second note."\n')
    assert "notes.csv" in printed and "note_id" in printed and "header row missing" in printed
    assert PLANTED not in printed and PLANTED.split()[1] not in printed and "41570666" not in printed
    assert PLANTED.split()[1] not in _left_on_disk(out)


def test_headerless_codes_csv_names_file_and_column_not_the_row(tmp_path: Path) -> None:
    notes = f'{HEADER}\nn1,p1,2019-07-22,clinical_note,"Tumor 2 cm."\n'
    printed, out = _run(tmp_path, notes, codes="Okonkwo,ICD10CM,C50.911,2019-07-22\np2,ICD10CM,C61,2019-07-23\n")
    assert "codes.csv" in printed and "patient_id" in printed
    assert "Okonkwo" not in printed and "C50.911" not in printed and "2019-07-22" not in printed
    assert "Okonkwo" not in _left_on_disk(out)


def test_repeated_fields_in_a_headerless_first_row_are_not_echoed(tmp_path: Path) -> None:
    printed, _ = _run(tmp_path, f'n1,{PLANTED},2019-07-22,clinical_note,{PLANTED}\n')
    assert "notes.csv" in printed and "repeated fields" in printed
    assert PLANTED not in printed


@pytest.mark.parametrize(("header", "expect"), [
    ("note_id,patient,note_date,note_type,text", "columns present: note_id, patient, note_date"),
    ("note_id,note_id,patient_id,note_date,note_type,text", "duplicate column names in the header: ['note_id']"),
])
def test_a_real_header_is_still_listed(tmp_path: Path, header: str, expect: str) -> None:
    printed, _ = _run(tmp_path, f'{header}\n' + ",".join(["n1"] * len(header.split(","))) + "\n")
    assert expect in " ".join(printed.split())  # the message may wrap on a narrow terminal
