"""OMOP CDM v5.4 reader: `note` -> notes, `condition_occurrence` -> codes, from any SQLAlchemy URL.

Sites keep OMOP in PostgreSQL, SQL Server, Oracle or SQLite; SQLAlchemy hides the
dialect. Rows stream through a server-side cursor (`stream_results` + `yield_per`),
so a table of millions of notes is read in bounded memory. The optional vocabulary
(`concept`, `concept_relationship`) turns concept ids into LOINC document codes (note
types), code systems, concept names, and for SNOMED CT the ICD-10-CM / ICD-O-3 codes
mapped to it (`readers.vocabulary`). An unreachable database, a refused login, a missing
database, schema, table or column is a schema-level `InputError` naming the URL
without its password (`readers.database`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import polars as pl

from cancerprep.errors import InputError
from cancerprep.readers.base import InputSpec, RawChunk
from cancerprep.readers.database import check_schema, open_engine
from cancerprep.readers.notetypes import note_type_for
from cancerprep.readers.vocabulary import Concept, Vocabulary
from cancerprep.records import SOURCE, SOURCE_ROW

# OMOP vocabulary_id -> CODE_SYSTEMS (others pass through and `normalize` quarantines them).
VOCABULARIES = {"ICD10CM": "ICD10CM", "ICD9CM": "ICD9CM", "ICDO3": "ICDO3", "ICD10": "ICD10", "SNOMED": "SNOMED"}
_ICD10_SHAPE = re.compile(r"[A-Z][0-9][0-9A-Z](?:\.?[0-9A-Z]{1,4})?")
_CODE_FIELDS = ("patient_id", "code", "system", "date", "encounter_id", "display", "maps_to", "clinical_status")
NOTE_COLUMNS = ("note_id", "person_id", "note_date", "note_text")
CONDITION_COLUMNS = ("person_id", "condition_start_date")


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

    engine = open_engine(spec.url, spec.options)
    where = spec.display()
    schema = spec.options.get("schema")
    vocab_schema = spec.options.get("vocabulary_schema", schema)
    try:
        with engine.connect() as conn:
            check_schema(conn, schema, where)
            check_schema(conn, vocab_schema, where)
            meta = sa.MetaData()
            has_concept = Vocabulary.present(conn, vocab_schema)
            concept = _table(meta, conn, "concept", vocab_schema, ("concept_id",), where) if has_concept else None
            note = _table(meta, conn, "note", schema, NOTE_COLUMNS, where)
            cond = _table(meta, conn, "condition_occurrence", schema, CONDITION_COLUMNS, where)
            vocab = Vocabulary(conn, vocab_schema, where) if has_concept else None
            yield from _notes(conn, note, concept, spec, chunk_rows)
            yield from _conditions(conn, cond, vocab, spec, chunk_rows)
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
        yield RawChunk("notes", _provenance(frame, source, row_no), resources={"note": frame.height})
        row_no += frame.height


def _code_row(source_value: Any, src: Concept | None, std: Concept | None,
              default_system: str | None) -> dict[str, str | None]:
    """code, system, display, maps_to of one condition, from the best evidence there is:
    the source concept's vocabulary; else the source value in the input's `code_system`; else the
    standard concept (SNOMED CT in a v5.4 CDM); else the source value with no system (normalize says so)."""
    value = _str(source_value).strip() if source_value not in (None, "") else None
    if src is not None and src.vocabulary in VOCABULARIES:
        system = VOCABULARIES[src.vocabulary]
        return {"code": value or src.code, "system": system, "display": src.name,
                "maps_to": src.maps_to if system == "SNOMED" else None}
    if value and not default_system and _ICD10_SHAPE.fullmatch(value.upper()):
        default_system = "ICD10CM"  # a letter-digit-digit source value is ICD-10; a US CDM's is ICD-10-CM
    if value and default_system:
        return {"code": value, "system": default_system, "display": std.name if std else None,
                "maps_to": std.maps_to if std is not None and default_system == "SNOMED" else None}
    if std is not None and std.vocabulary in VOCABULARIES:
        system = VOCABULARIES[std.vocabulary]
        return {"code": std.code, "system": system, "display": std.name,
                "maps_to": std.maps_to if system == "SNOMED" else None}
    return {"code": value or (src.code if src else None), "system": src.vocabulary if src else None,
            "display": None, "maps_to": None}


def _int(value: Any) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _conditions(conn: Any, cond: Any, vocab: Vocabulary | None, spec: InputSpec,
                chunk_rows: int) -> Iterator[RawChunk]:
    import sqlalchemy as sa

    default_system = spec.options.get("code_system")
    cols = [cond.c.person_id, cond.c.condition_start_date]
    optional = ["condition_start_datetime", "condition_source_value", "condition_source_concept_id",
                "condition_concept_id", "visit_occurrence_id"]
    cols += [cond.c[c] for c in optional if c in cond.c]
    stmt = sa.select(*cols)
    order = cond.c.condition_occurrence_id if "condition_occurrence_id" in cond.c else cond.c.person_id
    stmt = stmt.order_by(order)
    source = f"{spec.display()}#condition_occurrence"
    row_no = 0
    for part in _stream(conn, stmt, chunk_rows):
        maps = [r._mapping for r in part]
        src_ids = [_int(m.get("condition_source_concept_id")) for m in maps]
        std_ids = [_int(m.get("condition_concept_id")) for m in maps]
        concepts = vocab.by_ids([i for i in src_ids + std_ids if i]) if vocab is not None else {}
        rows = []
        for m, src_id, std_id in zip(maps, src_ids, std_ids, strict=True):
            coded = _code_row(m.get("condition_source_value"), concepts.get(src_id) if src_id else None,
                              concepts.get(std_id) if std_id else None, default_system)
            rows.append({
                "patient_id": _str(m["person_id"]), **coded,
                "date": _iso(m.get("condition_start_date") or m.get("condition_start_datetime")),
                "encounter_id": _str(m.get("visit_occurrence_id")), "clinical_status": None,
            })
        frame = pl.DataFrame(rows, schema=dict.fromkeys(_CODE_FIELDS, pl.Utf8), orient="row")
        yield RawChunk("codes", _provenance(frame.select(_CODE_FIELDS), source, row_no),
                       resources={"condition_occurrence": frame.height})
        row_no += frame.height


def _provenance(frame: pl.DataFrame, source: str, before: int) -> pl.DataFrame:
    return frame.with_columns(pl.lit(source).alias(SOURCE),
                              pl.int_range(before + 1, before + 1 + frame.height, dtype=pl.Int64).alias(SOURCE_ROW))


# -- identities for de-identification -------------------------------------------------------------------

# What a v5.4 CDM holds about the people in its notes (it has no person names): read when present, each
# table and column optional. Values stay in memory (`cancerprep.stages.deid.identities.from_omop`).
PERSON_FIELDS = ("person_source_value", "year_of_birth", "month_of_birth", "day_of_birth", "birth_datetime")
LOCATION_FIELDS = ("address_1", "address_2", "city", "zip", "county", "location_source_value")
PROVIDER_FIELDS = ("provider_name", "npi", "dea", "provider_source_value")


def read_identity_rows(spec: InputSpec, chunk_rows: int = 5_000) -> Iterator[tuple[str, dict[str, Any]]]:
    """("person", row) for every PERSON with a note (with its LOCATION's fields through `location_id`), then
    ("provider", row) for every PROVIDER; ("missing", {"table": name}) for each of the three tables the CDM
    lacks. Columns a table lacks are absent from its rows. Rows stream in chunks; nothing is written or logged,
    and errors name tables and columns, never values.
    """
    import sqlalchemy as sa

    engine = open_engine(spec.url, spec.options)
    where = spec.display()
    schema = spec.options.get("schema")
    try:
        with engine.connect() as conn:
            check_schema(conn, schema, where)
            inspector = sa.inspect(conn)
            meta = sa.MetaData()
            tables = {name: sa.Table(name, meta, autoload_with=conn, schema=schema)
                      for name in ("person", "location", "provider", "note")
                      if inspector.has_table(name, schema=schema)}
            for name in ("person", "location", "provider"):
                if name not in tables:
                    yield "missing", {"table": name}
            person = tables.get("person")
            if person is not None and "person_id" in person.c:
                yield from (("person", row) for row in _person_rows(conn, person, tables, chunk_rows))
            provider = tables.get("provider")
            if provider is not None:
                cols = [provider.c[c] for c in PROVIDER_FIELDS if c in provider.c]
                if cols:
                    order = provider.c.provider_id if "provider_id" in provider.c else cols[0]
                    for part in _stream(conn, sa.select(*cols).order_by(order), chunk_rows):
                        yield from (("provider", dict(r._mapping)) for r in part)
    except sa.exc.SQLAlchemyError as exc:
        raise InputError(f"database error while reading identities ({type(exc).__name__})", file=where) from None
    finally:
        engine.dispose()


def _person_rows(conn: Any, person: Any, tables: dict[str, Any], chunk_rows: int) -> Iterator[dict[str, Any]]:
    """PERSON rows of the persons the `note` table names (others are never in a note), joined to LOCATION."""
    import sqlalchemy as sa

    cols = [person.c.person_id, *(person.c[c] for c in PERSON_FIELDS if c in person.c)]
    stmt = sa.select(*cols)
    location = tables.get("location")
    if location is not None and "location_id" in person.c and "location_id" in location.c:
        stmt = stmt.add_columns(*(location.c[c] for c in LOCATION_FIELDS if c in location.c)).outerjoin(
            location, location.c.location_id == person.c.location_id)
    note = tables.get("note")
    if note is not None and "person_id" in note.c:
        stmt = stmt.where(person.c.person_id.in_(sa.select(note.c.person_id).distinct()))
    for part in _stream(conn, stmt.order_by(person.c.person_id), chunk_rows):
        yield from (dict(r._mapping) for r in part)
