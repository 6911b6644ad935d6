"""OMOP CDM reader: SQLite and a real PostgreSQL server give the same notes as the CSV form."""

from __future__ import annotations

import sqlite3
from datetime import date

import polars as pl
import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from cancerprep.cli import app
from cancerprep.errors import InputError
from cancerprep.ingest import Normalizer
from cancerprep.readers import InputSpec, read_input
from cancerprep.sample.export import omop_metadata
from tests.paths import REPO

SAMPLE = REPO / "recipes" / "sample"
SQLITE_URL = f"sqlite:///{SAMPLE / 'omop' / 'cdm.sqlite'}"
NOTE_COLS = ["note_id", "patient_id", "note_date", "note_type", "text", "encounter_id"]
CODE_COLS = ["patient_id", "code", "system", "date", "encounter_id"]


def _read(spec: InputSpec, chunk_rows: int = 5000):
    chunks = list(read_input(spec, chunk_rows))
    assert all(c.frame.height <= chunk_rows for c in chunks)
    notes = pl.concat([c.frame for c in chunks if c.kind == "notes"])
    codes = pl.concat([c.frame for c in chunks if c.kind == "codes"])
    return notes, codes, pl.concat([c.quarantine for c in chunks])


@pytest.fixture(scope="module")
def csv_form() -> tuple[pl.DataFrame, pl.DataFrame]:
    notes = pl.read_csv(SAMPLE / "csv" / "notes.csv", infer_schema=False).select(NOTE_COLS).sort("note_id")
    codes = pl.read_csv(SAMPLE / "csv" / "diagnoses.csv", infer_schema=False).select(CODE_COLS).sort(CODE_COLS)
    return notes, codes


def _assert_same_as_csv(notes: pl.DataFrame, codes: pl.DataFrame, csv_form) -> None:
    csv_notes, csv_codes = csv_form
    assert notes.height == csv_notes.height
    assert notes.select(NOTE_COLS).sort("note_id").equals(csv_notes)
    assert codes.select(CODE_COLS).sort(CODE_COLS).equals(csv_codes)
    norm = Normalizer()
    assert norm.notes(notes).quarantine.height == 0 and norm.codes(codes).quarantine.height == 0


def test_sqlite_sample_equals_csv(csv_form):
    notes, codes, quarantine = _read(InputSpec(kind="omop", url=SQLITE_URL), chunk_rows=600)
    assert quarantine.height == 0
    _assert_same_as_csv(notes, codes, csv_form)
    assert notes["source"][0].endswith("cdm.sqlite#note")
    assert notes["source_row"].to_list() == list(range(1, notes.height + 1))


def test_postgresql_with_schema_equals_csv(postgres_url, csv_form):
    engine = sa.create_engine(postgres_url)
    src = sa.create_engine(SQLITE_URL)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP SCHEMA IF EXISTS cdm CASCADE")
            conn.exec_driver_sql("CREATE SCHEMA cdm")
        target = omop_metadata(schema="cdm")
        target.create_all(engine)
        source_md = omop_metadata()
        with src.connect() as read, engine.begin() as write:
            for name, table in source_md.tables.items():
                rows = [dict(r._mapping) for r in read.execute(sa.select(table))]
                if rows:
                    write.execute(target.tables[f"cdm.{name}"].insert(), rows)
    finally:
        src.dispose()
        engine.dispose()
    spec = InputSpec(kind="omop", url=postgres_url, options={"schema": "cdm"})
    notes, codes, quarantine = _read(spec, chunk_rows=500)
    assert quarantine.height == 0
    _assert_same_as_csv(notes, codes, csv_form)
    # without the schema option the tables are not found: a clear schema-level error
    with pytest.raises(InputError, match=r"table '(concept|note)'"):
        list(read_input(InputSpec(kind="omop", url=postgres_url)))


def test_unreachable_database_is_an_error_without_password(tmp_path, monkeypatch):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"postgresql+psycopg://reader:s3cretpw@127.0.0.1:{port}/cdm"
    with pytest.raises(InputError) as err:
        list(read_input(InputSpec(kind="omop", url=url, options={"connect_timeout": 3})))
    msg = str(err.value)
    assert "cannot connect" in msg and "s3cretpw" not in msg and "127.0.0.1" in msg and "***" in msg
    # the same through the CLI: non-zero exit, password never printed
    (tmp_path / "r.yaml").write_text(
        "version: 1\nname: unreachable\ninputs:\n  - kind: omop\n    url: " + url + "\n")
    monkeypatch.setenv("CANCERPREP_DEID_KEY", "k" * 64)
    res = CliRunner().invoke(app, ["--quiet", "build-dataset", str(tmp_path / "r.yaml"), "-o", str(tmp_path / "o")])
    assert res.exit_code != 0
    assert "s3cretpw" not in res.output and "cannot connect" in res.output


def test_missing_sqlite_file_and_missing_table(tmp_path):
    with pytest.raises(InputError, match="not found"):
        list(read_input(InputSpec(kind="omop", url=f"sqlite:///{tmp_path / 'absent.sqlite'}")))
    assert not (tmp_path / "absent.sqlite").exists(), "no empty database is created by accident"
    db = tmp_path / "partial.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("create table note (note_id integer, person_id integer, note_date date)")
    with pytest.raises(InputError, match="note_text"):
        list(read_input(InputSpec(kind="omop", url=f"sqlite:///{db}")))


def test_note_type_map_title_and_default_code_system(tmp_path):
    """A bare OMOP database (no concept table): titles and the recipe's maps decide."""
    db = tmp_path / "bare.sqlite"
    engine = sa.create_engine(f"sqlite:///{db}")
    md = omop_metadata()
    md.tables["note"].create(engine)
    md.tables["condition_occurrence"].create(engine)
    with engine.begin() as conn:
        conn.execute(md.tables["note"].insert(), [
            {"note_id": 1, "person_id": 7, "note_date": date(2090, 1, 2), "note_title": "Surgical Pathology",
             "note_text": "Adenocarcinoma.", "note_class_concept_id": 0, "note_type_concept_id": 32817},
            {"note_id": 2, "person_id": 7, "note_date": None, "note_title": "Progress",
             "note_text": "Doing well.", "note_class_concept_id": 44814640, "note_type_concept_id": 32817},
            {"note_id": 3, "person_id": 7, "note_date": date(2090, 1, 4), "note_title": "Nursing",
             "note_text": "Vitals stable.", "note_class_concept_id": 0, "note_type_concept_id": 32817},
        ])
        conn.execute(md.tables["condition_occurrence"].insert(), [
            {"condition_occurrence_id": 1, "person_id": 7, "condition_start_date": date(2090, 1, 2),
             "condition_source_value": "C18.7", "condition_source_concept_id": 0, "visit_occurrence_id": 9}])
    engine.dispose()
    spec = InputSpec(kind="omop", url=f"sqlite:///{db}",
                     options={"note_type_map": {"44814640": "other"}, "code_system": "ICD10CM"})
    notes, codes, _ = _read(spec)
    assert notes["note_type"].to_list() == ["pathology_report", "other", "clinical_note"]
    assert notes["note_date"].to_list() == ["2090-01-02", None, "2090-01-04"]
    assert codes.row(0, named=True)["system"] == "ICD10CM" and codes["encounter_id"][0] == "9"
    # a missing date is left to normalize, which quarantines it with a reason
    result = Normalizer().notes(notes)
    assert result.records.height == 2 and result.quarantine["reason"].to_list() == ["missing_field"]
