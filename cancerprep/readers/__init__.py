"""Readers: the input edge. Each turns one export source into raw record chunks.

A reader yields `RawChunk`s whose frames use the canonical column names of
`records.NOTE_SCHEMA` / `CODE_SCHEMA` (after the recipe's column mapping), as
strings, plus `source` and `source_row`. Type checks and quarantine of bad rows
happen once, in `normalize`, for every reader alike. A reader quarantines only
what it cannot even turn into a row (e.g. a malformed FHIR resource).
Reading is chunked so memory stays bounded on multi-GB exports.
"""

from __future__ import annotations

from collections.abc import Iterator

from cancerprep.errors import InputError
from cancerprep.io.tables import TABLE_FORMATS
from cancerprep.readers.base import InputSpec, RawChunk

__all__ = ["DEFAULT_CHUNK_ROWS", "InputSpec", "RawChunk", "infer_format", "read_input"]

DEFAULT_CHUNK_ROWS = 5_000


# the per-step commands' table extensions, plus TSV (a CSV with tabs) and .json (JSONL) for recipe inputs
TABULAR_FORMATS = {**TABLE_FORMATS, ".tsv": "csv", ".json": "jsonl"}


def infer_format(spec: InputSpec) -> str:
    """Format from the spec, else from the file extension."""
    if spec.format:
        return spec.format
    if spec.kind in ("fhir", "omop"):
        return spec.kind
    if spec.path is None:
        raise InputError(f"input of kind {spec.kind!r} needs a path")
    fmt = TABULAR_FORMATS.get(spec.path.suffix.lower())
    if fmt is None:
        raise InputError(
            f"cannot tell the format from extension {spec.path.suffix!r}; set `format:` "
            f"(one of csv, parquet, jsonl, fhir, omop)", file=str(spec.path))
    return fmt


def read_input(spec: InputSpec, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> Iterator[RawChunk]:
    """Dispatch to the reader for the spec's format."""
    fmt = infer_format(spec)
    if fmt in ("csv", "parquet", "jsonl"):
        from cancerprep.readers.tabular import read_tabular

        return read_tabular(spec, fmt, chunk_rows)
    if fmt == "fhir":
        from cancerprep.readers.fhir import read_fhir

        return read_fhir(spec, chunk_rows)
    if fmt == "omop":
        from cancerprep.readers.omop import read_omop

        return read_omop(spec, chunk_rows)
    raise InputError(f"unknown input format {fmt!r}", file=spec.display())
