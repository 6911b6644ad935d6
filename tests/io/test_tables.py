"""io/tables: the one table reader (explicit options, errors without values) and the one shard cutter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import polars as pl
import pytest

from cancerprep.errors import InputError
from cancerprep.io.tables import ShardCutter, cut_shards, jsonl_objects, read_table, write_jsonl, write_table


def test_read_table_applies_its_options_on_every_format(tmp_path: Path) -> None:
    frame = pl.DataFrame({"note_id": [7, 8], "note_date": ["2021-03-04", "not a date"], "text": ["a", "b"]})
    for suffix in (".csv", ".jsonl", ".parquet"):
        path = write_table(frame, tmp_path / f"t{suffix}")
        out = read_table(path, required=("note_id", "text"), dates=("note_date",), strings=("note_id",))
        assert out["note_id"].to_list() == ["7", "8"], suffix
        assert out["note_date"].to_list() == [date(2021, 3, 4), None], suffix
    assert read_table(tmp_path / "t.csv")["note_id"].dtype == pl.Utf8  # CSV cells stay text (no inference)


def test_read_table_errors_name_the_file_and_column_never_a_value(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("note_id,text\nSECRET-ID,Jane Doe\n")
    with pytest.raises(InputError, match="missing column for notes table") as exc:
        read_table(path, what="notes table", required=("patient_id",))
    assert "notes.csv" in str(exc.value) and "patient_id" in str(exc.value)
    assert "SECRET" not in str(exc.value) and "Jane" not in str(exc.value)
    with pytest.raises(InputError, match="file not found"):
        read_table(tmp_path / "missing.csv")
    with pytest.raises(InputError, match="unknown extension"):
        read_table(path.rename(tmp_path / "notes.txt"))
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"note_id,text\n1,caf\xe9\n")
    with pytest.raises(InputError, match="cannot read"):
        read_table(bad)
    assert read_table(bad, encoding="utf8-lossy")["text"].to_list() == ["caf\ufffd"]


def test_shard_boundaries_depend_only_on_row_order(tmp_path: Path) -> None:
    """However the rows arrive (reader chunks of any size, one frame), the shards are the same."""
    frame = pl.DataFrame({"i": list(range(23))})
    whole = cut_shards(frame, tmp_path / "a", 5)
    cutter = ShardCutter(tmp_path / "b", 5)
    for start, n in ((0, 3), (3, 0), (3, 9), (12, 1), (13, 10)):
        cutter.add(frame.slice(start, n))
    pieces = cutter.close()
    assert [p.name for p in whole] == [p.name for p in pieces] == [f"shard-{i:05d}.parquet" for i in range(5)]
    assert [p.read_bytes() for p in whole] == [p.read_bytes() for p in pieces]
    assert [pl.read_parquet(p)["i"].to_list() for p in whole][-1] == [20, 21, 22]


def test_group_col_keeps_a_run_of_one_value_in_one_shard(tmp_path: Path) -> None:
    """With group_col a shard ends only where the value changes (a patient's notes stay together), the same
    however the rows arrive, and at most GROUP_SLACK x rows long."""
    pids = ["a"] * 3 + ["b"] * 4 + [None, None] + ["c"] * 25 + ["d"]
    frame = pl.DataFrame({"i": list(range(len(pids))), "pid": pids})
    whole = [pl.read_parquet(p)["pid"].to_list() for p in cut_shards(frame, tmp_path / "a", 5, group_col="pid")]
    cutter = ShardCutter(tmp_path / "b", 5, group_col="pid")
    for start in range(0, frame.height, 3):
        cutter.add(frame.slice(start, 3))
    pieces = [pl.read_parquet(p)["pid"].to_list() for p in cutter.close()]
    assert whole == pieces
    assert whole[0] == ["a"] * 3 + ["b"] * 4  # not cut inside b's run
    assert whole[1] == [None, None] + ["c"] * 18  # c's run goes on, up to GROUP_SLACK x rows
    assert whole[2] == ["c"] * 7  # the rest of c's run
    assert whole[3] == ["d"]
    nulls = pl.DataFrame({"pid": [None] * 7}, schema={"pid": pl.Utf8})
    assert [pl.read_parquet(p).height for p in cut_shards(nulls, tmp_path / "e", 5, group_col="pid")] == [5, 2]
    assert sum(map(len, whole)) == frame.height
    assert [pl.read_parquet(p).height for p in cut_shards(frame, tmp_path / "d", 5)] == [5] * 7  # plain cuts


def test_an_empty_frame_still_gives_one_shard_but_an_empty_stream_none(tmp_path: Path) -> None:
    empty = pl.DataFrame(schema={"i": pl.Int64})
    [only] = cut_shards(empty, tmp_path / "a", 5)
    assert pl.read_parquet(only).schema == empty.schema and pl.read_parquet(only).height == 0
    cutter = ShardCutter(tmp_path / "b", 5)
    cutter.add(empty)
    assert cutter.close() == []  # build-dataset with no notes writes no shard


def test_write_jsonl_counts_and_keeps_non_ascii(tmp_path: Path) -> None:
    path = tmp_path / "x" / "rows.jsonl"
    assert write_jsonl([{"b": "é", "a": 1}, {"d": date(2020, 1, 2)}], path) == 2
    assert path.read_text(encoding="utf-8") == '{"b": "é", "a": 1}\n{"d": "2020-01-02"}\n'


def test_jsonl_objects_reads_whole_files_and_names_the_bad_line_never_its_text(tmp_path: Path) -> None:
    good = tmp_path / "pairs.jsonl"
    good.write_text('{"id": 1, "text": "Jane Doe"}\n\n{"id": 2}\n', encoding="utf-8")
    assert list(jsonl_objects(good)) == [(1, {"id": 1, "text": "Jane Doe"}), (3, {"id": 2})]
    for body, message, row in (('{"id": 1}\n{"text": "SECRET Jane\n', "not valid JSON", 2),
                               ('["SECRET", "Jane"]\n', "not a JSON object", 1)):
        good.write_text(body, encoding="utf-8")
        with pytest.raises(InputError, match=message) as exc:
            list(jsonl_objects(good))
        assert exc.value.row == row and "pairs.jsonl" in str(exc.value)
        assert "SECRET" not in str(exc.value) and "Jane" not in str(exc.value)
    good.write_bytes(b'{"text": "caf\xe9"}\n')
    with pytest.raises(InputError, match="not valid UTF-8"):
        list(jsonl_objects(good))
    with pytest.raises(InputError, match="span file not found"):
        list(jsonl_objects(tmp_path / "missing.jsonl", what="span file"))


def test_output_format_is_the_extension_and_write_table_uses_it(tmp_path: Path) -> None:
    from cancerprep.io.tables import output_format

    assert [output_format(f"x{s}") for s in (".CSV", ".jsonl", ".ndjson", ".parquet", ".pq")] == \
        ["csv", "jsonl", "jsonl", "parquet", "parquet"]
    with pytest.raises(InputError, match=r"extension '\.xlsx'") as exc:
        write_table(pl.DataFrame({"a": [1]}), tmp_path / "out.xlsx")
    assert "out.xlsx" in str(exc.value) and not (tmp_path / "out.xlsx").exists()


@pytest.mark.parametrize(("body", "row", "why"), [
    ('1,SECRET-ID\n2,"Jane Doe cut off\n', 2, "not closed before the end of the file"),
    ("1,SECRET-ID\n2\n", 2, "1 fields where the header has 2"),  # polars filled a short row with nulls
    ('1,SECRET-ID\n2,"Ja"ne"\n', 2, "malformed CSV"),  # an undoubled quote inside a quoted field
])
def test_read_table_parses_csv_as_strictly_as_recipe_inputs_and_names_the_row(tmp_path: Path, body: str, row: int,
                                                                              why: str) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("note_id,text\n" + body)
    with pytest.raises(InputError, match=why) as exc:
        read_table(path)
    assert f"row {row}" in str(exc.value) and "notes.csv" in str(exc.value)
    assert "SECRET" not in str(exc.value) and "Jane" not in str(exc.value)
    path.write_text("note_id,note_id\n1,2\n")
    with pytest.raises(InputError, match="duplicate column names"):
        read_table(path)


def test_read_table_csv_keeps_quoted_newlines_and_reads_blank_lines_as_empty_rows(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_bytes(b'\xef\xbb\xbfnote_id,text\r\n007,"two\r\nlines, one note"\r\n\r\n8,\r\n')
    out = read_table(path)
    assert out.columns == ["note_id", "text"]
    assert out.rows() == [("007", "two\r\nlines, one note"), (None, None), ("8", None)]
    path.write_text('note_id,text\n1,a 5" margin\n')  # a quote inside an unquoted field is text
    assert read_table(path)["text"].to_list() == ['a 5" margin']


def test_csv_rows_become_columns_in_chunks_without_changing_the_table(tmp_path: Path) -> None:
    from cancerprep.io.tables import _read_csv

    path = tmp_path / "notes.csv"
    path.write_text("note_id,text\n" + "".join(f'{i},"note {i}"\n' for i in range(7)))
    whole = _read_csv(path, lossy=False)
    assert whole.height == 7 and whole.equals(_read_csv(path, lossy=False, chunk_rows=3))
    assert _read_csv(path, lossy=False, chunk_rows=7).equals(whole)  # a last chunk that is empty


def test_read_table_names_a_bad_jsonl_line_never_its_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_text('{"note_id": 1, "text": "a"}\n\n{"note_id": "007"}\n')
    assert read_table(path, strings=("note_id",)).rows() == [("1", "a"), ("007", None)]
    path.write_text('{"note_id": 1, "text": "a"}\n{"note_id": 2, "text": "Jane SECRET\n')
    with pytest.raises(InputError, match="not valid JSON") as exc:
        read_table(path)
    assert "row 2" in str(exc.value) and "notes.jsonl" in str(exc.value) and "SECRET" not in str(exc.value)
