"""Quarantine: where rows that cannot be used go, each with a reason code.

Every input row ends either in the output or here. A quarantine row names the
source file, row number, note id, stage, reason code and field, and never the
note text or any other cell value, so the file is safe to hand to a reviewer.
"""

from __future__ import annotations

from enum import StrEnum

import polars as pl

from cancerprep.records import SOURCE, SOURCE_ROW


class Reason(StrEnum):
    """Stable reason codes (documented in docs/build-dataset.md)."""

    MISSING_FIELD = "missing_field"
    WRONG_TYPE = "wrong_type"
    DATE_OUT_OF_RANGE = "date_out_of_range"
    INVALID_ENCODING = "invalid_encoding"
    EMPTY_TEXT = "empty_text"
    TEXT_TOO_LONG = "text_too_long"
    DUPLICATE_ID = "duplicate_id"
    UNKNOWN_NOTE_TYPE = "unknown_note_type"
    UNKNOWN_CODE_SYSTEM = "unknown_code_system"
    MALFORMED_RESOURCE = "malformed_resource"
    UNSUPPORTED_RESOURCE = "unsupported_resource"
    DEID_ERROR = "deid_error"
    DEID_TIMEOUT = "deid_timeout"
    MISSING_PATIENT = "missing_patient"
    NEAR_DUPLICATE = "near_duplicate"
    EXACT_DUPLICATE = "exact_duplicate"
    STAGE_ERROR = "stage_error"
    # reader status filters (FHIR status / docStatus / verificationStatus; configurable per input)
    ENTERED_IN_ERROR = "entered_in_error"
    PRELIMINARY = "preliminary"
    REFUTED = "refuted"
    EXCLUDED_STATUS = "excluded_status"
    NO_TEXT = "no_text"


QUARANTINE_SCHEMA: dict[str, pl.DataType] = {
    SOURCE: pl.Utf8(),
    SOURCE_ROW: pl.Int64(),
    "note_id": pl.Utf8(),
    "stage": pl.Utf8(),
    "reason": pl.Utf8(),
    "field": pl.Utf8(),
    "detail": pl.Utf8(),
}


def quarantine_rows(
    rows: pl.DataFrame,
    *,
    stage: str,
    reason: Reason | pl.Expr,
    field: str | None = None,
    detail: str | None = None,
) -> pl.DataFrame:
    """Turn rows of any record batch into quarantine rows.

    `detail` is a fixed explanatory string (e.g. "exceeds 1000000 chars"); it
    must never be built from a cell value, because cells may hold PHI.
    """
    n = rows.height
    if n == 0:
        return pl.DataFrame(schema=QUARANTINE_SCHEMA)

    def col(name: str, dtype: pl.DataType) -> pl.Expr:
        if name in rows.columns:
            return pl.col(name).cast(dtype)
        return pl.lit(None, dtype=dtype)

    reason_expr = reason if isinstance(reason, pl.Expr) else pl.lit(str(reason))
    return rows.select(
        col(SOURCE, pl.Utf8()).alias(SOURCE),
        col(SOURCE_ROW, pl.Int64()).alias(SOURCE_ROW),
        col("note_id", pl.Utf8()).alias("note_id"),
        pl.lit(stage).alias("stage"),
        reason_expr.cast(pl.Utf8()).alias("reason"),
        pl.lit(field, dtype=pl.Utf8()).alias("field"),
        pl.lit(detail, dtype=pl.Utf8()).alias("detail"),
    )


def empty_quarantine() -> pl.DataFrame:
    """A zero-row frame of the quarantine schema, to seed concats so the columns stay typed with no rows."""
    return pl.DataFrame(schema=QUARANTINE_SCHEMA)
