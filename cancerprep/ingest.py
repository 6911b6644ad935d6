"""Normalize: type and validate raw reader rows; quarantine what cannot be used.

Every reader's output passes through here, so the rules (and reason codes) are
the same for CSV, Parquet, JSONL, FHIR and OMOP. Checks run in a fixed order and
a row is quarantined with the first reason that applies. Duplicate note ids are
detected across the whole run: the first occurrence is kept.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from cancerprep.errors import StrictModeError
from cancerprep.quarantine import Reason, empty_quarantine, quarantine_rows
from cancerprep.records import (
    CODE_SCHEMA,
    CODE_SYSTEMS,
    DEFAULT_MAX_TEXT_CHARS,
    NOTE_SCHEMA,
    NOTE_TYPES,
    SOURCE,
    SOURCE_ROW,
)
from cancerprep.sitekey import keyed_digest
from cancerprep.stages.base import StageResult

# Control characters other than tab/newline/carriage return become spaces:
# offsets are kept, and no downstream tokenizer or de-identifier chokes on them.
_CONTROL = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%m/%d/%Y", "%Y%m%d")
_DATETIME_FORMATS = ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f",
                     "%Y-%m-%d %H:%M:%S%.f%z",
                     "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S%.f%z", "%Y-%m-%d %H:%M")
# A year needs four digits (except MM/DD/YY, read with the pivot): chrono reads `%Y` from "19" as year 19.
_SHORT_YEAR = r"^(\d{1,2})/(\d{1,2})/(\d{2})$"
_FOUR_DIGIT_YEAR = r"^\d{4}|/\d{4}$|^\d{8}$|^\d{4}[-/]"
# The default plausible range: it catches sentinel and misread dates (9999-12-31, 0019-07-22, 1899-12-31)
# and lets through the 2090-2210 dates of date-shifted research exports (MIMIC; this project's sample). A
# site with real dates should set normalize.date_max to just after its export date.
DATE_MIN = dt.date(1900, 1, 1)
DATE_MAX = dt.date(2299, 12, 31)
# A float-looking id (`41570666.0`): a spreadsheet or a float column turned an integer id into this.
_FLOAT_ID = r"^\d+\.0+$"
_FLOAT_PROBLEM = ("a float-looking id (digits then .0) would be rewritten to its integer part, which can merge or "
                  "split ids")
_NO_PROBLEM = pl.DataFrame(schema={SOURCE: pl.Utf8, SOURCE_ROW: pl.Int64, "field": pl.Utf8, "problem": pl.Utf8})
# Reader quarantines that record a decision, not a bad row: the export's own status says a document was entered
# in error or is preliminary, or a diagnosis was refuted, or a report holds structured results and no text.
# --strict lets them through (they are still in the quarantine file); any other reason stops a strict run.
EXCLUSIONS: frozenset[str] = frozenset(r.value for r in (Reason.ENTERED_IN_ERROR, Reason.PRELIMINARY, Reason.REFUTED,
                                                         Reason.EXCLUDED_STATUS, Reason.NO_TEXT))
_SYSTEM_ALIASES = {
    "ICD10CM": "ICD10CM", "ICD-10-CM": "ICD10CM", "ICD10": "ICD10", "ICD-10": "ICD10",
    "SNOMED": "SNOMED", "SNOMEDCT": "SNOMED", "SNOMED-CT": "SNOMED", "SNOMEDCT_US": "SNOMED", "SCT": "SNOMED",
    "ICD9CM": "ICD9CM", "ICD9": "ICD9CM", "ICD-9-CM": "ICD9CM", "ICD-9": "ICD9CM",
    "ICDO3": "ICDO3", "ICD-O-3": "ICDO3", "ICDO": "ICDO3", "ICD-O": "ICDO3",
}


def default_pivot(today: dt.date | None = None) -> int:
    """Two-digit years up to next year's are this century (`07/22/19` is 2019), later ones the last."""
    return ((today or dt.date.today()).year + 1) % 100


def parse_date(col: pl.Expr, pivot: int | None = None) -> pl.Expr:
    """Dates in ISO, US (MM/DD/YYYY, or MM/DD/YY with the two-digit-year `pivot`) or compact form, or
    datetimes (the date part is kept). A year of fewer than four digits never parses as such."""
    pivot = default_pivot() if pivot is None else pivot
    s = col.cast(pl.Utf8).str.strip_chars()
    yy = s.str.extract(_SHORT_YEAR, 3).cast(pl.Int32, strict=False)
    century = pl.when(yy <= pivot).then(pl.lit("20")).otherwise(pl.lit("19"))
    short = pl.concat_str([s.str.extract(_SHORT_YEAR, 1), s.str.extract(_SHORT_YEAR, 2),
                           pl.concat_str([century, s.str.extract(_SHORT_YEAR, 3)])], separator="/")
    s = pl.when(yy.is_not_null()).then(short).when(s.str.contains(_FOUR_DIGIT_YEAR)).then(s).otherwise(None)
    candidates = [s.str.to_date(fmt, strict=False) for fmt in _DATE_FORMATS]
    candidates += [s.str.to_datetime(fmt, strict=False).dt.date() for fmt in _DATETIME_FORMATS]
    return pl.coalesce(candidates)


def normalize_id(col: str) -> pl.Expr:
    """Trim, and a float-looking id (`41570666.0`) becomes its integer part (`41570666`)."""
    s = pl.col(col).cast(pl.Utf8).str.strip_chars()
    return pl.when(s.str.contains(_FLOAT_ID)).then(s.str.replace(r"\.0+$", "")).otherwise(s).alias(col)


def _blank(name: str) -> pl.Expr:
    return pl.col(name).is_null() | (pl.col(name).str.strip_chars() == "")


class SeenIds:
    """The note ids a run has kept so far, in a SQLite table: exact lookups, and memory that does not
    grow with the export when the table is a file (`build-dataset` keeps it in the run's private work
    folder, outside OUT).

    Without a path the table lives in memory (small inputs: tests, the per-stage commands). With a
    `key` (the work key derived from the site key) the table holds keyed hashes of the ids, never the
    raw ids; equal ids give equal hashes, so exact duplicates are still found.
    """

    LOOKUP = 500  # ids per `IN (...)` query (SQLite's default limit on variables is 32,766)

    def __init__(self, path: Path | None = None, key: bytes | None = None):
        self._key = key
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.unlink(missing_ok=True)
        self._db = sqlite3.connect(":memory:" if path is None else str(path))
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("CREATE TABLE seen (id TEXT PRIMARY KEY) WITHOUT ROWID")

    def contains(self, ids: list[str]) -> list[bool]:
        """For each id, whether it was added before."""
        ids = self._stored(ids)
        found: set[str] = set()
        for start in range(0, len(ids), self.LOOKUP):
            batch = ids[start:start + self.LOOKUP]
            rows = self._db.execute(f"SELECT id FROM seen WHERE id IN ({','.join('?' * len(batch))})", batch)
            found.update(r[0] for r in rows)
        return [i in found for i in ids]

    def add(self, ids: list[str]) -> None:
        """Remember a chunk's ids, so a repeat in a later chunk is quarantined as a duplicate."""
        self._db.executemany("INSERT OR IGNORE INTO seen VALUES (?)", ((i,) for i in self._stored(ids)))
        self._db.commit()  # the file then holds what the run saw (keyed hashes), not uncommitted pages

    def _stored(self, ids: list[str]) -> list[str]:
        return ids if self._key is None else [keyed_digest(self._key, i, "seen_id") for i in ids]


@dataclass
class Normalizer:
    """Stateful across chunks only for duplicate-id detection (ids, never text)."""

    max_text_chars: int = DEFAULT_MAX_TEXT_CHARS
    strict: bool = False
    note_type_map: dict[str, str] = field(default_factory=dict)
    seen_ids: SeenIds = field(default_factory=SeenIds)
    # plausible dates: earlier or later ones are quarantined (date_out_of_range)
    date_min: dt.date = DATE_MIN
    date_max: dt.date = DATE_MAX
    two_digit_year_pivot: int | None = None
    # float-looking ids rewritten to their integer part (counted as ids_normalized in the run summary)
    ids_normalized: int = 0

    def _ids(self, frame: pl.DataFrame, columns: tuple[str, ...]) -> tuple[pl.DataFrame, pl.DataFrame]:
        """Float-looking ids -> integer form, and (for --strict, which makes them an error naming file, row and
        field, because the rewrite can merge two ids the site keeps apart) the rows that had one."""
        present = [c for c in columns if c in frame.columns]
        floaty = frame.select([pl.col(c).cast(pl.Utf8).str.strip_chars().str.contains(_FLOAT_ID).fill_null(False)
                               .alias(c) for c in present])
        n = sum(int(floaty[c].sum()) for c in present)
        problems = [frame.filter(floaty[c]).select(SOURCE, SOURCE_ROW).with_columns(
            pl.lit(c).alias("field"), pl.lit(_FLOAT_PROBLEM).alias("problem")) for c in present if floaty[c].any()]
        self.ids_normalized += n
        return (frame.with_columns([normalize_id(c) for c in present]) if n else frame), \
            pl.concat(problems) if problems else _NO_PROBLEM

    def _stop_at_first(self, raw: pl.DataFrame, problems: list[pl.DataFrame],
                       quarantines: list[pl.DataFrame | None]) -> None:
        """--strict: raise on the chunk's first bad row in reading order (its file, as the reader met them, then
        its row), whether the reader or normalize found it. Reader exclusions (`EXCLUSIONS`) are not bad rows.
        The message names file, row, field and the reason code with its fixed detail, never a value."""
        found = [q.filter(~pl.col("reason").is_in(list(EXCLUSIONS))).select(
            SOURCE, SOURCE_ROW, "field", pl.when(pl.col("detail").is_not_null())
            .then(pl.concat_str([pl.col("reason"), pl.lit(": "), pl.col("detail")]))
            .otherwise(pl.col("reason")).alias("problem")) for q in quarantines if q is not None and q.height]
        parts = [p for p in [*problems, *found] if p.height]
        if not parts:
            return
        bad = pl.concat(parts, how="vertical_relaxed")
        order = {s: i for i, s in enumerate(dict.fromkeys([*raw[SOURCE].to_list(), *bad[SOURCE].to_list()]))}
        first = min(bad.iter_rows(named=True), key=lambda r: (order[r[SOURCE]], r[SOURCE_ROW] or 0))
        field_part = f", field {first['field']!r}" if first["field"] else ""
        raise StrictModeError(f"file {first[SOURCE]}, row {first[SOURCE_ROW]}{field_part}: {first['problem']} "
                              "(--strict)")

    def _date_checks(self, raw: str, name: str) -> list[tuple[pl.Expr, Reason, str | None, str | None]]:
        lo, hi = self.date_min, self.date_max
        return [(~_blank(raw) & pl.col(name).is_null(), Reason.WRONG_TYPE, raw, "not a recognised date"),
                ((pl.col(name) < lo) | (pl.col(name) > hi), Reason.DATE_OUT_OF_RANGE, raw,
                 f"outside the plausible range {lo.isoformat()}..{hi.isoformat()} (normalize.date_min/date_max)")]

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
            quarantine = quarantine_rows(bad, stage=stage, reason=pl.col("_reason")).with_columns(
                bad["_field"].alias("field"), bad["_detail"].alias("detail"))
        kept = tagged.filter(pl.col("_reason").is_null()).drop("_reason", "_field", "_detail")
        return kept, quarantine

    def notes(self, raw: pl.DataFrame, read_quarantine: pl.DataFrame | None = None) -> StageResult:
        """Validate and type a raw notes chunk. With --strict, the first bad row (here or among the rows the reader
        quarantined in this chunk, `read_quarantine`) is a StrictModeError."""
        mapping = {k.lower(): v for k, v in self.note_type_map.items()}
        note_type = pl.col("note_type").str.strip_chars().str.to_lowercase().str.replace_all(r"[\s-]+", "_")
        if mapping:
            note_type = note_type.replace(mapping)
        raw, floats = self._ids(raw, ("patient_id", "note_id", "encounter_id"))
        frame = raw.with_columns(
            note_type.alias("note_type"),
            parse_date(pl.col("note_date"), self.two_digit_year_pivot).alias("_date"),
            pl.col("text").str.replace_all(_CONTROL, " "),
            pl.col("note_id").str.strip_chars(),
            pl.col("patient_id").str.strip_chars(),
        )
        checks: list[tuple[pl.Expr, Reason, str | None, str | None]] = [
            (_blank("note_id"), Reason.MISSING_FIELD, "note_id", None),
            (_blank("patient_id"), Reason.MISSING_FIELD, "patient_id", None),
            (pl.col("text").is_null(), Reason.MISSING_FIELD, "text", None),
            (pl.col("text").str.strip_chars() == "", Reason.EMPTY_TEXT, "text", "empty or whitespace only"),
            (pl.col("text").str.len_chars() > self.max_text_chars, Reason.TEXT_TOO_LONG, "text",
             f"longer than max_text_chars={self.max_text_chars}"),
            (_blank("note_date"), Reason.MISSING_FIELD, "note_date", None),
            *self._date_checks("note_date", "_date"),
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
        if self.strict:
            self._stop_at_first(raw, [floats], [read_quarantine, quarantine])
        self.seen_ids.add(kept["note_id"].to_list())
        kept = kept.with_columns(pl.col("_date").alias("note_date")).drop("_date")
        return StageResult(kept.select([pl.col(c).cast(t) for c, t in NOTE_SCHEMA.items()]), quarantine)

    def codes(self, raw: pl.DataFrame, read_quarantine: pl.DataFrame | None = None) -> StageResult:
        """Validate and type a raw diagnosis-code chunk (code values are checked later, by the coders); --strict
        as for `notes`."""
        system = pl.col("system").str.strip_chars().str.to_uppercase().str.replace_all(r"\s+", "")
        raw, floats = self._ids(raw, ("patient_id", "encounter_id"))
        frame = raw.with_columns(
            system.replace(_SYSTEM_ALIASES).alias("system"),
            pl.col("code").str.strip_chars(),
            pl.col("patient_id").str.strip_chars(),
            parse_date(pl.col("date"), self.two_digit_year_pivot).alias("_date"),
        )
        # a diagnosis named only in words (system TEXT) has no code: its display is what the coder types
        words_only = (pl.col("system") == "TEXT").fill_null(False)
        no_words = _blank("display") if "display" in frame.columns else pl.lit(True)
        checks: list[tuple[pl.Expr, Reason, str | None, str | None]] = [
            (_blank("patient_id"), Reason.MISSING_FIELD, "patient_id", None),
            (_blank("code") & ~words_only, Reason.MISSING_FIELD, "code", None),
            (words_only & no_words, Reason.MISSING_FIELD, "display", "a TEXT diagnosis needs its words in display"),
            (_blank("system"), Reason.MISSING_FIELD, "system",
             "no code system (OMOP: set code_system on the input for source values without a concept)"),
            (~pl.col("system").is_in(list(CODE_SYSTEMS)), Reason.UNKNOWN_CODE_SYSTEM, "system",
             f"expected one of {', '.join(CODE_SYSTEMS)}"),
            *self._date_checks("date", "_date"),
        ]
        kept, quarantine = self._apply(frame, checks, "normalize")
        if self.strict:
            self._stop_at_first(raw, [floats], [read_quarantine, quarantine])
        kept = kept.with_columns(pl.col("_date").alias("date")).drop("_date")
        return StageResult(kept.select([(pl.col(c) if c in kept.columns else pl.lit(None)).cast(t).alias(c)
                                         for c, t in CODE_SCHEMA.items()]), quarantine)
