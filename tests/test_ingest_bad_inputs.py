"""Bad inputs through `build-dataset` (issue 16): every case is an error naming file, row and field, or a
quarantine with a reason; none changes data without a word; a planted name never reaches stderr, the
quarantine or the run summary."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from cancerprep.cli import app
from cancerprep.ingest import Normalizer, parse_date
from cancerprep.runner import ALWAYS_COUNTED

KEY = "test-key-0123456789abcdef0123456789"
NAME = "Zebulon Quartermaine"  # planted in the text of every bad row
HEADER = "note_id,patient_id,note_date,note_type,text,encounter_id\n"
GOOD = f'n1,p1,2021-01-01,clinical_note,"{NAME} seen today",e1\n'


def _build(tmp: Path, name: str, data: bytes, *args: str, input_opts: str = "",
           codes: str | None = None) -> tuple[int, str, Path]:
    """Write the input and a recipe, run the CLI; return (exit code, everything printed, OUT)."""
    (tmp / name).write_bytes(data)
    (tmp / "site.key").write_text(KEY)
    os.chmod(tmp / "site.key", 0o600)
    inputs = f"  - {{kind: notes, path: {name}{input_opts}}}\n"
    if codes is not None:
        (tmp / "dx.csv").write_text(codes)
        inputs += "  - {kind: codes, path: dx.csv}\n"
    (tmp / "r.yaml").write_text(f"version: 1\nname: bad\nkey_file: site.key\ninputs:\n{inputs}"
                                "report: {enabled: false}\noutputs: {formats: [parquet], ids: keep}\n")
    out = tmp / "out"
    result = CliRunner().invoke(app, ["--quiet", "build-dataset", str(tmp / "r.yaml"), "-o", str(out), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output, out


def _no_name(printed: str, out: Path) -> None:
    """The planted name is in no message, quarantine file or summary (the notes themselves hold it: no deid)."""
    assert NAME not in printed and "Zebulon" not in printed
    for rel in ("quarantine.csv", "run_summary.json"):
        if (out / rel).is_file():
            assert "Zebulon" not in (out / rel).read_text()
    if (out / "quarantine.parquet").is_file():
        assert "Zebulon" not in json.dumps(pl.read_parquet(out / "quarantine.parquet").to_dicts(), default=str)


def test_csv_without_a_header_row(tmp_path: Path) -> None:
    code, printed, out = _build(tmp_path, "n.csv", GOOD.encode())
    assert code == 2 and "n.csv" in printed and "is the header row missing?" in printed
    _no_name(printed, out)


def test_csv_cut_off_inside_the_last_quoted_field_is_an_error(tmp_path: Path) -> None:
    cut = f'n2,p1,2021-01-02,clinical_note,"{NAME} was seen, and the note goes on and is cut'
    code, printed, out = _build(tmp_path, "n.csv", (HEADER + GOOD + cut).encode())
    assert code == 2 and "n.csv, row 2" in printed and "not closed before the end of the file" in printed
    assert printed.count("\n") == 1
    _no_name(printed, out)


def test_cp1252_file_needs_its_encoding_and_then_reads_exactly(tmp_path: Path) -> None:
    data = (HEADER + f'n1,p1,2021-01-01,clinical_note,"{NAME} drank caf\u00e9 au lait",e1\n').encode("cp1252")
    code, printed, out = _build(tmp_path, "n.csv", data)
    offset = data.index(b"\xe9")
    assert code == 2 and f"n.csv: not valid utf-8: the first undecodable byte is at byte offset {offset}" in printed
    assert "the whole file decodes as cp1252: set `encoding: cp1252`" in printed
    _no_name(printed, out)
    code, printed, out = _build(tmp_path, "n.csv", data.replace(b"\xe9", b"\x81"))  # 0x81: no cp1252 character
    assert code == 2 and "no likely encoding reads it whole" in printed
    _no_name(printed, out)
    code, printed, out = _build(tmp_path, "n.csv", data, input_opts=", encoding: cp1252")
    assert code == 0, printed
    assert pl.read_parquet(out / "notes")["text"].to_list() == [f"{NAME} drank caf\u00e9 au lait"]
    code, printed, _ = _build(tmp_path, "n.csv", data, input_opts=", encoding: klingon")
    assert code == 2 and "unknown encoding 'klingon'" in printed


def test_a_valid_replacement_character_is_text_not_an_encoding_error(tmp_path: Path) -> None:
    data = (HEADER + 'n1,p1,2021-01-01,clinical_note,"the scanner printed \ufffd here",e1\n').encode()
    code, printed, out = _build(tmp_path, "n.csv", data)
    assert code == 0, printed
    assert pl.read_parquet(out / "notes")["text"].to_list() == ["the scanner printed \ufffd here"]


def test_dates_two_digit_years_and_the_plausible_range(tmp_path: Path) -> None:
    rows = [f'a,p1,07/22/19,clinical_note,"{NAME} a",', f'b,p1,1899-12-31,clinical_note,"{NAME} b",',
            f'c,p1,9999-12-31,clinical_note,"{NAME} c",', f'd,p1,07/22/85,clinical_note,"{NAME} d",']
    code, printed, out = _build(tmp_path, "n.csv", (HEADER + "\n".join(rows) + "\n").encode())
    assert code == 0, printed
    notes = pl.read_parquet(out / "notes")
    assert dict(zip(notes["note_id"], notes["note_date"], strict=True)) == {
        "a": dt.date(2019, 7, 22), "d": dt.date(1985, 7, 22)}
    q = pl.read_csv(out / "quarantine.csv")
    assert q.select("source_row", "reason", "field").rows() == [
        (2, "date_out_of_range", "note_date"), (3, "date_out_of_range", "note_date")]
    _no_name(printed, out)


def test_two_digit_year_pivot_and_range_are_options() -> None:
    frame = pl.DataFrame({"d": ["07/22/19", "07/22/20", "07/22/21"]})
    assert frame.select(parse_date(pl.col("d"), pivot=20))["d"].to_list() == [
        dt.date(2019, 7, 22), dt.date(2020, 7, 22), dt.date(1921, 7, 22)]
    norm = Normalizer(date_min=dt.date(2000, 1, 1), date_max=dt.date(2020, 12, 31), two_digit_year_pivot=30)
    raw = pl.DataFrame({"note_id": ["a", "b", "c"], "patient_id": ["p"] * 3, "note_date": ["07/22/19", "1999-01-01",
                        "2021-01-01"], "note_type": ["other"] * 3, "text": ["x"] * 3, "encounter_id": [None] * 3,
                        "source": ["f"] * 3, "source_row": [1, 2, 3]})
    result = norm.notes(raw)
    assert result.records["note_id"].to_list() == ["a"]
    assert "2000-01-01..2020-12-31" in result.quarantine["detail"][0]


def test_float_looking_patient_id_is_normalised_or_strict_error(tmp_path: Path) -> None:
    data = (HEADER + f'n1,41570666.0,2021-01-01,clinical_note,"{NAME} one",e1\n'
            f'n2,41570666,2021-01-02,clinical_note,"{NAME} two",e2\n').encode()
    codes = "patient_id,code,system,date\n41570666.00,C50.911,ICD10CM,2021-01-01\n"
    code, printed, out = _build(tmp_path, "n.csv", data, codes=codes)
    assert code == 0, printed
    assert set(pl.read_parquet(out / "notes")["patient_id"]) == {"41570666"}  # one patient, linked to its code
    assert json.loads((out / "run_summary.json").read_text())["counts"]["ids_normalized"] == 2
    code, printed, out = _build(tmp_path, "n.csv", data, "--strict", codes=codes)
    assert code == 2 and "n.csv, row 1, field 'patient_id': a float-looking id" in printed
    _no_name(printed, out)


def test_parquet_timestamps_and_datetime_strings_are_dates(tmp_path: Path) -> None:
    table = pa.table({"note_id": ["a", "b"], "patient_id": ["p", "p"],
                      "note_date": pa.array([dt.datetime(2019, 7, 22, 8, 15)] * 2, pa.timestamp("us")),
                      "note_type": ["other"] * 2, "text": ["x", "y"]})
    pq.write_table(table, tmp_path / "ts.parquet")
    strings = table.set_column(2, "note_date", pa.array(["2019-07-22 08:15:00.000", "2019-07-22 08:15:00"]))
    pq.write_table(strings, tmp_path / "st.parquet")
    for name in ("ts.parquet", "st.parquet"):
        code, printed, out = _build(tmp_path, name, (tmp_path / name).read_bytes())
        assert code == 0, printed
        assert pl.read_parquet(out / "notes")["note_date"].to_list() == [dt.date(2019, 7, 22)] * 2


def test_corrupt_parquet_names_the_file(tmp_path: Path) -> None:
    table = pa.table({"note_id": ["a"], "patient_id": ["p"], "note_date": ["2020-01-01"], "note_type": ["other"],
                      "text": [f"{NAME} " * 200]})
    pq.write_table(table, tmp_path / "whole.parquet", compression="none")
    data = (tmp_path / "whole.parquet").read_bytes()
    for broken in (data[: len(data) // 2], data[:200] + b"\x00" * (len(data) - 400) + data[-200:]):
        code, printed, out = _build(tmp_path, "n.parquet", broken)
        assert code == 2 and "n.parquet" in printed and "cannot read Parquet" in printed, printed
        assert printed.count("\n") == 1
        _no_name(printed, out)


def test_jsonl_lone_surrogate_quarantines_the_row_and_the_run_goes_on(tmp_path: Path) -> None:
    good = {"note_id": "n1", "patient_id": "p", "note_date": "2020-01-01", "note_type": "other", "text": "fine"}
    line2 = ('{"note_id": "n2", "patient_id": "p", "note_date": "2020-01-02", "note_type": "other", '
             f'"text": "{NAME} \\ud800 rest"}}')
    code, printed, out = _build(tmp_path, "n.jsonl", (json.dumps(good) + "\n" + line2 + "\n").encode())
    assert code == 0, printed
    assert pl.read_parquet(out / "notes")["note_id"].to_list() == ["n1"]
    q = pl.read_csv(out / "quarantine.csv")
    assert q.select("source_row", "reason", "field").rows() == [(2, "invalid_encoding", "text")]
    _no_name(printed, out)
    # bytes that are not UTF-8: an error naming the line and the byte offset
    code, printed, out = _build(tmp_path, "n.jsonl", (json.dumps(good) + "\n").encode()
                                + f'{{"text": "{NAME} caf\u00e9"}}\n'.encode("cp1252"))
    assert code == 2 and "n.jsonl, row 2: not valid utf-8" in printed
    _no_name(printed, out)


def test_run_summary_has_every_counter_even_when_zero(tmp_path: Path) -> None:
    code, printed, out = _build(tmp_path, "n.csv", (HEADER + GOOD).encode())
    assert code == 0, printed
    counts = json.loads((out / "run_summary.json").read_text())["counts"]
    assert set(ALWAYS_COUNTED) <= set(counts)
    assert counts["codes_in"] == counts["notes_quarantined_dedup"] == counts["ids_normalized"] == 0


@pytest.mark.parametrize("ids", ["hash", "keep"])
def test_ids_option_is_the_documented_opt_out(tmp_path: Path, ids: str) -> None:
    (tmp_path / "n.csv").write_text(HEADER + GOOD)
    (tmp_path / "site.key").write_text(KEY)
    (tmp_path / "r.yaml").write_text("version: 1\nname: ids\nkey_file: site.key\n"
                                     "inputs:\n  - {kind: notes, path: n.csv}\n"
                                     f"report: {{enabled: false}}\noutputs: {{formats: [parquet], ids: {ids}}}\n")
    result = CliRunner().invoke(app, ["--quiet", "build-dataset", str(tmp_path / "r.yaml"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    notes = pl.read_parquet(tmp_path / "o" / "notes")
    assert (notes["note_id"].to_list() == ["n1"]) is (ids == "keep")
    assert (notes["encounter_id"].to_list() == ["e1"]) is (ids == "keep")
