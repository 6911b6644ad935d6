"""OMOP CDM v5.4 reader: `note` -> notes, `condition_occurrence` -> codes, from any SQLAlchemy URL.

Sites keep OMOP in PostgreSQL, SQL Server, Oracle or SQLite; SQLAlchemy hides the
dialect. Rows stream through a server-side cursor (`stream_results` + `yield_per`),
so a table of millions of notes is read in bounded memory. The optional `concept`
table turns concept ids into LOINC document codes (note types) and source
vocabularies (code systems). An unreachable database, a missing table or column is
a schema-level `InputError` naming the URL without its password.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import polars as pl

from cancerprep.errors import InputError
from cancerprep.readers.base import InputSpec, RawChunk
from cancerprep.readers.notetypes import note_type_for
from cancerprep.records import SOURCE, SOURCE_ROW

# OMOP vocabulary_id -> CODE_SYSTEMS (others pass through and `normalize` quarantines them).
VOCABULARIES = {"ICD10CM": "ICD10CM", "ICD9CM": "ICD9CM", "ICDO3": "ICDO3"}
NOTE_COLUMNS = ("note_id", "person_id", "note_date", "note_text")
CONDITION_COLUMNS = ("person_id", "condition_start_date")


def _engine(spec: InputSpec) -> Any:
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    if not spec.url:
        raise InputError("an omop input needs `url:` (a SQLAlchemy URL)")
    where = spec.display()
    try:
        url = make_url(spec.url)
    except Exception:
        raise InputError("not a valid SQLAlchemy URL", file=where) from None
    if url.get_backend_name() == "sqlite":
        db = url.database
        if not db or db == ":memory:" or not Path(db).is_file():
            raise InputError("SQLite database file not found", file=where)
    connect_args: dict[str, Any] = {}
    if url.get_backend_name() == "postgresql":
        connect_args["connect_timeout"] = int(spec.options.get("connect_timeout", 10))
    try:
        engine = sa.create_engine(url, connect_args=connect_args)
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as exc:
        raise InputError(f"cannot connect to the database ({type(exc).__name__})", file=where) from None
    return engine


def _table(meta: Any, conn: Any, name: str, schema: str | None, required: tuple[str, ...], where: str) -> Any:
    import sqlalchemy as sa

    try:
        table = sa.Table(name, meta, autoload_with=conn, schema=schema)
    except sa.exc.NoSuchTableError:
        raise InputError(f"table {name!r} not found" + (f" in schema {schema!r}" if schema else ""),
                         file=where) from None
    missing = [c for c in required if c not in table.c]
    if missing:
        raise InputError(f"table {name!r} lacks required column(s) {missing}", file=where, field=missing[0])
    return table


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def read_omop(spec: InputSpec, chunk_rows: int) -> Iterator[RawChunk]:
    """Yield notes chunks from `note`, then codes chunks from `condition_occurrence`.

    Options: `schema` (database schema), `note_type_map` ({concept id | LOINC code |
    note_title: note_type}), `code_system` (system for conditions whose vocabulary
    is unknown).
    `source_row` is the 1-based row number in primary-key order.
    """
    import sqlalchemy as sa

    engine = _engine(spec)
    where = spec.display()
    schema = spec.options.get("schema")
    try:
        with engine.connect() as conn:
            meta = sa.MetaData()
            has_concept = sa.inspect(conn).has_table("concept", schema=schema)
            concept = _table(meta, conn, "concept", schema, ("concept_id",), where) if has_concept else None
            note = _table(meta, conn, "note", schema, NOTE_COLUMNS, where)
            cond = _table(meta, conn, "condition_occurrence", schema, CONDITION_COLUMNS, where)
            yield from _notes(conn, note, concept, spec, chunk_rows)
            yield from _conditions(conn, cond, concept, spec, chunk_rows)
    except sa.exc.SQLAlchemyError as exc:
        raise InputError(f"database error while reading ({type(exc).__name__})", file=where) from None
    finally:
        engine.dispose()


def _stream(conn: Any, stmt: Any, chunk_rows: int) -> Iterator[list[Any]]:
    result = conn.execution_options(stream_results=True, yield_per=chunk_rows).execute(stmt)
    yield from result.partitions(chunk_rows)


def _notes(conn: Any, note: Any, concept: Any, spec: InputSpec, chunk_rows: int) -> Iterator[RawChunk]:
    import sqlalchemy as sa

    site_map = {str(k): v for k, v in (spec.options.get("note_type_map") or {}).items()}
    cols = [note.c.note_id, note.c.person_id, note.c.note_date, note.c.note_text]
    optional = ["note_datetime", "note_type_concept_id", "note_class_concept_id", "note_title",
                "visit_occurrence_id"]
    cols += [note.c[c] for c in optional if c in note.c]
    stmt = sa.select(*cols)
    if concept is not None and "note_class_concept_id" in note.c:
        cls = concept.alias("class_concept")
        stmt = stmt.add_columns(cls.c.concept_code.label("class_code")).outerjoin(
            cls, cls.c.concept_id == note.c.note_class_concept_id)
    stmt = stmt.order_by(note.c.note_id)
    source = f"{spec.display()}#note"
    row_no = 0
    for part in _stream(conn, stmt, chunk_rows):
        rows = []
        for r in part:
            m = r._mapping
            when = m.get("note_date") or m.get("note_datetime")
            keys = [_str(m.get("note_class_concept_id")), _str(m.get("class_code")),
                    _str(m.get("note_type_concept_id"))]
            rows.append({
                "note_id": _str(m["note_id"]), "patient_id": _str(m["person_id"]), "note_date": _iso(when),
                "note_type": note_type_for(keys, site_map, m.get("note_title")), "text": m["note_text"],
                "encounter_id": _str(m.get("visit_occurrence_id")),
            })
        frame = pl.DataFrame(rows, schema={k: pl.Utf8 for k in ("note_id", "patient_id", "note_date", "note_type",
                                                                "text", "encounter_id")}, orient="row")
        yield RawChunk("notes", _provenance(frame, source, row_no))
        row_no += frame.height


def _conditions(conn: Any, cond: Any, concept: Any, spec: InputSpec, chunk_rows: int) -> Iterator[RawChunk]:
    import sqlalchemy as sa

    default_system = spec.options.get("code_system")
    cols = [cond.c.person_id, cond.c.condition_start_date]
    optional = ["condition_start_datetime", "condition_source_value", "condition_source_concept_id",
                "visit_occurrence_id"]
    cols += [cond.c[c] for c in optional if c in cond.c]
    stmt = sa.select(*cols)
    if concept is not None and "condition_source_concept_id" in cond.c:
        src = concept.alias("source_concept")
        stmt = stmt.add_columns(src.c.vocabulary_id.label("vocab"), src.c.concept_code.label("vocab_code")) \
            .outerjoin(src, src.c.concept_id == cond.c.condition_source_concept_id)
    order = cond.c.condition_occurrence_id if "condition_occurrence_id" in cond.c else cond.c.person_id
    stmt = stmt.order_by(order)
    source = f"{spec.display()}#condition_occurrence"
    row_no = 0
    for part in _stream(conn, stmt, chunk_rows):
        rows = []
        for r in part:
            m = r._mapping
            vocab = m.get("vocab")
            system = VOCABULARIES.get(vocab, vocab) if vocab else default_system
            code = m.get("condition_source_value") or m.get("vocab_code")
            rows.append({
                "patient_id": _str(m["person_id"]), "code": _str(code), "system": system,
                "date": _iso(m.get("condition_start_date") or m.get("condition_start_datetime")),
                "encounter_id": _str(m.get("visit_occurrence_id")),
            })
        frame = pl.DataFrame(rows, schema={k: pl.Utf8 for k in ("patient_id", "code", "system", "date",
                                                                "encounter_id")}, orient="row")
        yield RawChunk("codes", _provenance(frame, source, row_no))
        row_no += frame.height


def _provenance(frame: pl.DataFrame, source: str, before: int) -> pl.DataFrame:
    return frame.with_columns(pl.lit(source).alias(SOURCE),
                              pl.int_range(before + 1, before + 1 + frame.height, dtype=pl.Int64).alias(SOURCE_ROW))
