"""Normalize: type and validate raw reader rows; quarantine what cannot be used.

Every reader's output passes through here, so the rules (and reason codes) are
the same for CSV, Parquet, JSONL, FHIR and OMOP. Checks run in a fixed order and
a row is quarantined with the first reason that applies. Duplicate note ids are
detected across the whole run: the first occurrence is kept.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from cancerprep.errors import StrictModeError
from cancerprep.quarantine import Reason, empty_quarantine, quarantine_rows
from cancerprep.records import CODE_SCHEMA, CODE_SYSTEMS, DEFAULT_MAX_TEXT_CHARS, NOTE_SCHEMA, NOTE_TYPES
from cancerprep.stages.base import StageResult

# Control characters other than tab/newline/carriage return become spaces:
# offsets are kept, and no downstream tokenizer or de-identifier chokes on them.
_CONTROL = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%m/%d/%Y", "%Y%m%d")
_DATETIME_FORMATS = ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S%.f",
                     "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S%.f%z", "%Y-%m-%d %H:%M")
_SYSTEM_ALIASES = {
    "ICD10CM": "ICD10CM", "ICD-10-CM": "ICD10CM", "ICD10": "ICD10", "ICD-10": "ICD10",
    "SNOMED": "SNOMED", "SNOMEDCT": "SNOMED", "SNOMED-CT": "SNOMED", "SNOMEDCT_US": "SNOMED", "SCT": "SNOMED",
    "ICD9CM": "ICD9CM", "ICD9": "ICD9CM", "ICD-9-CM": "ICD9CM", "ICD-9": "ICD9CM",
    "ICDO3": "ICDO3", "ICD-O-3": "ICDO3", "ICDO": "ICDO3", "ICD-O": "ICDO3",
}


def parse_date(col: pl.Expr) -> pl.Expr:
    """Dates in ISO, US or compact form, or datetimes (the date part is kept)."""
    s = col.str.strip_chars()
    candidates = [s.str.to_date(fmt, strict=False) for fmt in _DATE_FORMATS]
    candidates += [s.str.to_datetime(fmt, strict=False).dt.date() for fmt in _DATETIME_FORMATS]
    return pl.coalesce(candidates)


def _blank(name: str) -> pl.Expr:
    return pl.col(name).is_null() | (pl.col(name).str.strip_chars() == "")


class SeenIds:
    """The note ids a run has kept so far, in a SQLite table: exact lookups, and memory that does not
    grow with the export when the table is a file (`build-dataset` keeps it under OUT/_work).

    Without a path the table lives in memory (small inputs: tests, the per-stage commands).
    """

    LOOKUP = 500  # ids per `IN (...)` query (SQLite's default limit on variables is 32,766)

    def __init__(self, path: Path | None = None):
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.unlink(missing_ok=True)
        self._db = sqlite3.connect(":memory:" if path is None else str(path))
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("CREATE TABLE seen (id TEXT PRIMARY KEY) WITHOUT ROWID")

    def contains(self, ids: list[str]) -> list[bool]:
        """For each id, whether it was added before."""
        found: set[str] = set()
        for start in range(0, len(ids), self.LOOKUP):
            batch = ids[start:start + self.LOOKUP]
            rows = self._db.execute(f"SELECT id FROM seen WHERE id IN ({','.join('?' * len(batch))})", batch)
            found.update(r[0] for r in rows)
        return [i in found for i in ids]

    def add(self, ids: list[str]) -> None:
        """Remember a chunk's ids, so a repeat in a later chunk is quarantined as a duplicate."""
        self._db.executemany("INSERT OR IGNORE INTO seen VALUES (?)", ((i,) for i in ids))


@dataclass
class Normalizer:
    """Stateful across chunks only for duplicate-id detection (ids, never text)."""

    max_text_chars: int = DEFAULT_MAX_TEXT_CHARS
    strict: bool = False
    note_type_map: dict[str, str] = field(default_factory=dict)
    seen_ids: SeenIds = field(default_factory=SeenIds)

    def _apply(self, frame: pl.DataFrame, checks: list[tuple[pl.Expr, Reason, str | None, str | None]],
               stage: str) -> tuple[pl.DataFrame, pl.DataFrame]:
        """Quarantine rows failing the first applicable check; return (kept, quarantined)."""
        reason = pl.lit(None, dtype=pl.Utf8)
        fields = pl.lit(None, dtype=pl.Utf8)
        details = pl.lit(None, dtype=pl.Utf8)
        for cond, why, fld, det in reversed(checks):
            reason = pl.when(cond).then(pl.lit(why.value)).otherwise(reason)
            fields = pl.when(cond).then(pl.lit(fld, dtype=pl.Utf8)).otherwise(fields)
            details = pl.when(cond).then(pl.lit(det, dtype=pl.Utf8)).otherwise(details)
        tagged = frame.with_columns(reason.alias("_reason"), fields.alias("_field"), details.alias("_detail"))
        bad = tagged.filter(pl.col("_reason").is_not_null())
        quarantine = empty_quarantine()
        if bad.height:
            if self.strict:
                first = bad.row(0, named=True)
                raise StrictModeError(
                    f"file {first['source']}, row {first['source_row']}, field {first['_field']!r}: "
                    f"{first['_reason']} (--strict)")
            quarantine = quarantine_rows(bad, stage=stage, reason=pl.col("_reason")).with_columns(
                bad["_field"].alias("field"), bad["_detail"].alias("detail"))
        kept = tagged.filter(pl.col("_reason").is_null()).drop("_reason", "_field", "_detail")
        return kept, quarantine

    def notes(self, raw: pl.DataFrame) -> StageResult:
        """Validate and type a raw notes chunk."""
        mapping = {k.lower(): v for k, v in self.note_type_map.items()}
        note_type = pl.col("note_type").str.strip_chars().str.to_lowercase().str.replace_all(r"[\s-]+", "_")
        if mapping:
            note_type = note_type.replace(mapping)
        frame = raw.with_columns(
            note_type.alias("note_type"),
            parse_date(pl.col("note_date")).alias("_date"),
            pl.col("text").str.replace_all(_CONTROL, " "),
            pl.col("note_id").str.strip_chars(),
            pl.col("patient_id").str.strip_chars(),
        )
        checks: list[tuple[pl.Expr, Reason, str | None, str | None]] = [
            (_blank("note_id"), Reason.MISSING_FIELD, "note_id", None),
            (_blank("patient_id"), Reason.MISSING_FIELD, "patient_id", None),
            (pl.col("text").is_null(), Reason.MISSING_FIELD, "text", None),
            (pl.col("text").str.contains("\ufffd", literal=True), Reason.INVALID_ENCODING, "text",
             "bytes that are not valid UTF-8"),
            (pl.col("text").str.strip_chars() == "", Reason.EMPTY_TEXT, "text", "empty or whitespace only"),
            (pl.col("text").str.len_chars() > self.max_text_chars, Reason.TEXT_TOO_LONG, "text",
             f"longer than max_text_chars={self.max_text_chars}"),
            (_blank("note_date"), Reason.MISSING_FIELD, "note_date", None),
            (pl.col("_date").is_null(), Reason.WRONG_TYPE, "note_date", "not a recognised date"),
            (_blank("note_type"), Reason.MISSING_FIELD, "note_type", None),
            (~pl.col("note_type").is_in(list(NOTE_TYPES)), Reason.UNKNOWN_NOTE_TYPE, "note_type",
             f"expected one of {', '.join(NOTE_TYPES)}"),
        ]
        kept, quarantine = self._apply(frame, checks, "normalize")
        # Duplicate ids: within this chunk and against earlier chunks; the first occurrence wins.
        # Earlier chunks: one indexed lookup per id of this chunk, however many ids came before.
        earlier = pl.Series(self.seen_ids.contains(kept["note_id"].to_list()), dtype=pl.Boolean)
        dup = kept.select(
            (pl.col("note_id").is_duplicated() & ~pl.col("note_id").is_first_distinct()) | earlier
        ).to_series() if kept.height else pl.Series([], dtype=pl.Boolean)
        if kept.height:
            kept = kept.with_columns(dup.alias("_dup"))
            kept, dq = self._apply(kept, [(pl.col("_dup"), Reason.DUPLICATE_ID, "note_id",
                                           "note_id seen earlier in the input")], "normalize")
            kept = kept.drop("_dup")
            quarantine = pl.concat([quarantine, dq])
        self.seen_ids.add(kept["note_id"].to_list())
        kept = kept.with_columns(pl.col("_date").alias("note_date")).drop("_date")
        return StageResult(kept.select([pl.col(c).cast(t) for c, t in NOTE_SCHEMA.items()]), quarantine)

    def codes(self, raw: pl.DataFrame) -> StageResult:
        """Validate and type a raw diagnosis-code chunk (code values are checked later, by the coders)."""
        system = pl.col("system").str.strip_chars().str.to_uppercase().str.replace_all(r"\s+", "")
        frame = raw.with_columns(
            system.replace(_SYSTEM_ALIASES).alias("system"),
            pl.col("code").str.strip_chars(),
            pl.col("patient_id").str.strip_chars(),
            parse_date(pl.col("date")).alias("_date"),
        )
        checks: list[tuple[pl.Expr, Reason, str | None, str | None]] = [
            (_blank("patient_id"), Reason.MISSING_FIELD, "patient_id", None),
            (_blank("code"), Reason.MISSING_FIELD, "code", None),
            (_blank("system"), Reason.MISSING_FIELD, "system",
             "no code system (OMOP: set code_system on the input for source values without a concept)"),
            (~pl.col("system").is_in(list(CODE_SYSTEMS)), Reason.UNKNOWN_CODE_SYSTEM, "system",
             f"expected one of {', '.join(CODE_SYSTEMS)}"),
            (~_blank("date") & pl.col("_date").is_null(), Reason.WRONG_TYPE, "date", "not a recognised date"),
        ]
        kept, quarantine = self._apply(frame, checks, "normalize")
        kept = kept.with_columns(pl.col("_date").alias("date")).drop("_date")
        return StageResult(kept.select([(pl.col(c) if c in kept.columns else pl.lit(None)).cast(t).alias(c)
                                         for c, t in CODE_SCHEMA.items()]), quarantine)
