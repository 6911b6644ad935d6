"""Readers + normalize: each bad input of the foundation issue gets its documented behaviour."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

from cancerprep.errors import InputError, StrictModeError
from cancerprep.ingest import Normalizer
from cancerprep.readers import InputSpec, read_input

HEADER = "note_id,patient_id,note_date,note_type,text,encounter_id\n"


def _read_notes(path: Path, **spec_kwargs: object) -> tuple[pl.DataFrame, pl.DataFrame]:
    normalizer = Normalizer(max_text_chars=spec_kwargs.pop("max_chars", 2_000_000))  # type: ignore[arg-type]
    kept, quarantined = [], []
    for chunk in read_input(InputSpec("notes", path, **spec_kwargs), chunk_rows=2):  # type: ignore[arg-type]
        result = normalizer.notes(chunk.frame)
        kept.append(result.records)
        quarantined += [chunk.quarantine, result.quarantine]
    return pl.concat(kept), pl.concat(quarantined, how="vertical_relaxed")


def test_csv_good_rows_are_typed(tmp_path: Path) -> None:
    p = tmp_path / "n.csv"
    p.write_text(HEADER + 'a,p1,2021-03-04,Clinical Note,"multi\nline text",e1\n'
                 'b,p2,2021-03-05T10:11:12,pathology_report,"IDC, grade 2",\n')
    kept, quarantined = _read_notes(p)
    assert kept["note_id"].to_list() == ["a", "b"]
    assert kept.schema["note_date"] == pl.Date
    assert kept["note_type"].to_list() == ["clinical_note", "pathology_report"]
    assert kept["text"][0] == "multi\nline text"
    assert kept["source_row"].to_list() == [1, 2]
    assert quarantined.height == 0


def test_missing_column_is_a_schema_error_naming_file_and_column(tmp_path: Path) -> None:
    p = tmp_path / "n.csv"
    p.write_text("note_id,patient_id,note_date,text\na,p,2020-01-01,x\n")
    with pytest.raises(InputError) as err:
        _read_notes(p)
    assert "n.csv" in str(err.value) and "note_type" in str(err.value)


def test_missing_column_can_get_a_default(tmp_path: Path) -> None:
    p = tmp_path / "n.csv"
    p.write_text("NOTE,PAT,DT,BODY\na,p,2020-01-01,x\n")
    kept, _ = _read_notes(p, columns={"note_id": "NOTE", "patient_id": "PAT", "note_date": "DT", "text": "BODY"},
                          options={"defaults": {"note_type": "clinical_note"}})
    assert kept.select("note_id", "note_type").row(0) == ("a", "clinical_note")


@pytest.mark.parametrize(
    ("row", "reason", "field"),
    [
        ("a,p,not-a-date,other,text,", "wrong_type", "note_date"),
        ("a,p,2020-01-01,other,\"   \",", "empty_text", "text"),
        ("a,p,2020-01-01,other,,", "missing_field", "text"),
        ("a,p,2020-01-01,radiology,text,", "unknown_note_type", "note_type"),
        ("a,,2020-01-01,other,text,", "missing_field", "patient_id"),
    ],
)
def test_bad_rows_are_quarantined_with_reason(tmp_path: Path, row: str, reason: str, field: str) -> None:
    p = tmp_path / "n.csv"
    p.write_text(HEADER + "ok,p,2020-01-01,other,fine,\n" + row + "\n")
    kept, quarantined = _read_notes(p)
    assert kept["note_id"].to_list() == ["ok"]
    assert quarantined.select("source_row", "reason", "field").rows() == [(2, reason, field)]
    assert quarantined["source"][0].endswith("n.csv")


def test_non_utf8_bytes_are_an_error_naming_the_offset_and_decode_with_encoding(tmp_path: Path) -> None:
    p = tmp_path / "n.csv"
    head = HEADER.encode() + b"a,p,2020-01-01,other,caf"
    p.write_bytes(head + b"\xe9 ok,\n" + b"b,p,2020-01-01,other,fine,\n")
    expected = rf"n.csv: not valid utf-8: .* byte offset {len(head)}; the whole file decodes as cp1252"
    with pytest.raises(InputError, match=expected) as err:
        _read_notes(p)
    assert "caf" not in str(err.value)
    kept, quarantined = _read_notes(p, options={"encoding": "cp1252"})
    assert kept["text"].to_list() == ["caf\u00e9 ok", "fine"] and quarantined.height == 0


def test_five_megabyte_note_is_quarantined_as_too_long(tmp_path: Path) -> None:
    p = tmp_path / "n.csv"
    big = "tumor " * (5 * 1024 * 1024 // 6)
    p.write_text(HEADER + f"big,p,2020-01-01,other,{big},\nsmall,p,2020-01-01,other,x,\n")
    kept, quarantined = _read_notes(p)
    assert kept["note_id"].to_list() == ["small"]
    assert quarantined.select("note_id", "reason").rows() == [("big", "text_too_long")]
    assert "tumor" not in (quarantined["detail"][0] or "")


def test_duplicate_note_id_across_chunks_keeps_the_first(tmp_path: Path) -> None:
    p = tmp_path / "n.csv"
    p.write_text(HEADER + "a,p,2020-01-01,other,one,\nb,p,2020-01-01,other,two,\nc,p,2020-01-01,other,3,\n"
                 "a,p,2020-01-01,other,again,\n")
    kept, quarantined = _read_notes(p)
    assert kept["note_id"].to_list() == ["a", "b", "c"]
    assert kept.filter(pl.col("note_id") == "a")["text"].item() == "one"
    assert quarantined.select("source_row", "reason").rows() == [(4, "duplicate_id")]


def test_control_characters_become_spaces_keeping_offsets(tmp_path: Path) -> None:
    p = tmp_path / "n.jsonl"
    p.write_text('{"note_id": "a", "patient_id": "p", "note_date": "2020-01-01", "note_type": "other", '
                 '"text": "a\\u0001b\\tc"}\n')
    kept, _ = _read_notes(p)
    assert kept["text"].item() == "a b\tc"


def test_jsonl_malformed_line_and_nested_value(tmp_path: Path) -> None:
    p = tmp_path / "n.jsonl"
    p.write_text('{"note_id": "a", "patient_id": "p", "note_date": "2020-01-01", "note_type": "other", "text": "x"}\n'
                 "{broken\n"
                 '{"note_id": "b", "patient_id": "p", "note_date": "2020-01-01", "note_type": "other", "text": [1]}\n')
    kept, quarantined = _read_notes(p)
    assert kept["note_id"].to_list() == ["a"]
    assert quarantined.select("source_row", "reason").rows() == [(2, "malformed_resource"), (3, "wrong_type")]


def test_parquet_reader_and_wrong_column_type(tmp_path: Path) -> None:
    good = pl.DataFrame({"note_id": ["a"], "patient_id": ["p"], "note_date": [dt.date(2020, 1, 2)],
                         "note_type": ["other"], "text": ["hello"]})
    gp = tmp_path / "g.parquet"
    good.write_parquet(gp)
    kept, _ = _read_notes(gp)
    assert kept.select("note_id", "note_date").row(0) == ("a", dt.date(2020, 1, 2))
    bad = good.with_columns(pl.lit(5).alias("text"))
    bp = tmp_path / "b.parquet"
    bad.write_parquet(bp)
    with pytest.raises(InputError) as err:
        _read_notes(bp)
    assert "b.parquet" in str(err.value) and "text" in str(err.value)


def test_strict_mode_raises_on_first_bad_row(tmp_path: Path) -> None:
    p = tmp_path / "n.csv"
    p.write_text(HEADER + "a,p,bad-date,other,x,\n")
    normalizer = Normalizer(strict=True)
    chunk = next(read_input(InputSpec("notes", p)))
    with pytest.raises(StrictModeError) as err:
        normalizer.notes(chunk.frame)
    assert "row 1" in str(err.value) and "note_date" in str(err.value)


def test_codes_normalize_systems_and_flag_unknown(tmp_path: Path) -> None:
    p = tmp_path / "dx.csv"
    p.write_text("patient_id,code,system,date\np,C50.911,icd-10-cm,2020-01-01\np,174.9,ICD9,\np,123,LOINC,\n"
                 "p,C61,ICD10CM,yesterday\np,254837009,SNOMED-CT,\n")
    normalizer = Normalizer()
    chunk = next(read_input(InputSpec("codes", p)))
    result = normalizer.codes(chunk.frame)
    assert result.records.select("code", "system").rows() == [("C50.911", "ICD10CM"), ("174.9", "ICD9CM"),
                                                               ("254837009", "SNOMED")]
    assert result.quarantine.select("source_row", "reason").rows() == [(3, "unknown_code_system"), (4, "wrong_type")]


def test_unknown_extension_needs_a_format(tmp_path: Path) -> None:
    p = tmp_path / "n.xlsx"
    p.write_text("x")
    with pytest.raises(InputError, match="format"):
        list(read_input(InputSpec("notes", p)))


def test_duplicate_ids_across_chunks_are_found_in_the_on_disk_id_table(tmp_path: Path) -> None:
    """Ids seen in earlier chunks live in SQLite (exact, memory flat); the first occurrence wins."""
    from cancerprep.ingest import SeenIds

    p = tmp_path / "n.csv"
    rows = [f"n{i},p{i},2020-01-01,clinical_note,text {i}" for i in range(1_200)]
    rows += ["n5,p9,2020-01-02,clinical_note,later copy", "n1199,p1,2020-01-02,clinical_note,later copy"]
    p.write_text("note_id,patient_id,note_date,note_type,text\n" + "\n".join(rows) + "\n")
    normalizer = Normalizer(seen_ids=SeenIds(tmp_path / "seen.sqlite"))
    kept, quarantined = [], []
    for chunk in read_input(InputSpec("notes", p), chunk_rows=500):  # three chunks
        result = normalizer.notes(chunk.frame)
        kept.append(result.records)
        quarantined.append(result.quarantine)
    q = pl.concat(quarantined)
    assert sum(k.height for k in kept) == 1_200 and (tmp_path / "seen.sqlite").stat().st_size > 0
    assert q.select("source_row", "reason").rows() == [(1_201, "duplicate_id"), (1_202, "duplicate_id")]
    assert SeenIds().contains(["n5"]) == [False]  # a fresh table knows nothing


def test_csv_reader_streams_and_names_the_bad_row(tmp_path: Path) -> None:
    """CSV goes through the stdlib reader a chunk at a time: BOM, quoted newlines and empty fields as
    polars reads them; a row with the wrong number of fields is an error naming file and row."""
    good = tmp_path / "good.csv"
    good.write_bytes("\ufeffnote_id,patient_id,note_date,note_type,text,encounter_id\n".encode()
                     + b'n1,p1,2020-01-01,clinical_note,"line one\nline two, with comma",\n'
                     + b"\n"  # a blank line: a row of nulls (quarantined by normalize), as polars reads it
                     + b'n2,p2,2020-01-02,clinical_note,"say ""hi""",e2\n')
    frames = [c.frame for c in read_input(InputSpec("notes", good), chunk_rows=1)]
    assert len(frames) == 3  # one chunk per row at chunk_rows=1
    rows = pl.concat(frames)
    assert rows["note_id"].to_list() == ["n1", None, "n2"] and rows["source_row"].to_list() == [1, 2, 3]
    assert rows["text"].to_list() == ["line one\nline two, with comma", None, 'say "hi"']
    assert rows["encounter_id"].to_list() == [None, None, "e2"]
    assert rows.equals(pl.read_csv(good, infer_schema=False).with_columns(  # the cells polars reads
        pl.lit(str(good)).alias("source"), pl.int_range(1, 4, dtype=pl.Int64).alias("source_row")).select(rows.columns))
    ragged = tmp_path / "ragged.csv"
    ragged.write_text("note_id,patient_id,note_date,note_type,text\nn1,p1,2020-01-01,clinical_note,ok\n"
                      "n2,p2,2020-01-01,clinical_note,un,quoted,commas\n")
    with pytest.raises(InputError, match=r"ragged.csv, row 2: malformed CSV: 7 fields where the header has 5"):
        list(read_input(InputSpec("notes", ragged)))
    twice = tmp_path / "twice.csv"
    twice.write_text("note_id,text,text\nn1,a,b\n")
    with pytest.raises(InputError, match="duplicate column names"):
        list(read_input(InputSpec("notes", twice)))
