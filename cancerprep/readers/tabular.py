"""CSV, Parquet and JSONL readers for note and code tables.

Everything is read as text (dates and ids too) and typed later by `normalize`,
so one bad cell quarantines one row instead of failing the file. Text is decoded
strictly in the input's `encoding` (default UTF-8): a byte that does not decode
stops the run with the file and the byte offset, because guessing would change
the notes without a word. Errors never quote a cell.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from cancerprep.errors import InputError
from cancerprep.io.csvrows import csv_frame, present_columns, strict_csv
from cancerprep.quarantine import Reason, empty_quarantine, quarantine_rows
from cancerprep.readers.base import InputSpec, RawChunk
from cancerprep.records import CODE_REQUIRED, CODE_SCHEMA, NOTE_REQUIRED, NOTE_SCHEMA, SOURCE, SOURCE_ROW

CANONICAL = {
    "notes": [c for c in NOTE_SCHEMA if c not in (SOURCE, SOURCE_ROW)],
    "codes": [c for c in CODE_SCHEMA if c not in (SOURCE, SOURCE_ROW)],
}
REQUIRED = {"notes": NOTE_REQUIRED, "codes": CODE_REQUIRED}


def _column_plan(spec: InputSpec, available: list[str]) -> dict[str, str | None]:
    """canonical column -> source column (None = absent optional column).

    A required column that is absent, with no `defaults:` value, is a schema-level
    error naming the file and the column, because every row would fail.
    """
    kind = spec.kind
    defaults = spec.options.get("defaults", {})
    plan: dict[str, str | None] = {}
    for name in CANONICAL[kind]:
        src = spec.columns.get(name, name)
        if src in available:
            plan[name] = src
        elif name in REQUIRED[kind] and name not in defaults:
            mapped = f" (mapped from {src!r})" if src != name else ""
            raise InputError(
                f"missing required column {name!r}{mapped}; {present_columns(available)}",
                file=str(spec.path), field=name)
        else:
            plan[name] = None
    unknown = set(spec.columns) - set(CANONICAL[kind])
    if unknown:
        raise InputError(f"column mapping names unknown fields {sorted(unknown)}; "
                         f"known: {CANONICAL[kind]}", file=str(spec.path))
    return plan


def _select(frame: pl.DataFrame, plan: dict[str, str | None], spec: InputSpec, first_row: int) -> pl.DataFrame:
    defaults = spec.options.get("defaults", {})
    exprs = []
    for name, src in plan.items():
        if src is not None:
            expr = pl.col(src).cast(pl.Utf8)
            if name in defaults:
                expr = expr.fill_null(pl.lit(str(defaults[name])))
        else:
            expr = pl.lit(defaults.get(name), dtype=pl.Utf8)
        exprs.append(expr.alias(name))
    out = frame.select(exprs)
    return out.with_columns(
        pl.lit(str(spec.path)).alias(SOURCE),
        pl.int_range(first_row, first_row + out.height, dtype=pl.Int64).alias(SOURCE_ROW),
    )


def _encoding(spec: InputSpec) -> str:
    """The input's `encoding` option (default UTF-8, a byte-order mark skipped), checked by name."""
    name = str(spec.options.get("encoding") or "utf-8")
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise InputError(f"unknown encoding {name!r} (e.g. utf-8, cp1252, latin-1)", file=str(spec.path),
                         field="encoding") from None
    return "utf-8-sig" if info.name == "utf-8" else info.name


# What a file that is not UTF-8 usually is, tried in this order for the error's hint (cp1252 rejects 5 byte
# values, so a file it reads whole is very likely Windows text; latin-1 reads any bytes and is not tried).
_LIKELY_ENCODINGS = ("cp1252",)


def _detect(path: Path) -> str | None:
    """The first of _LIKELY_ENCODINGS that decodes the whole file, read 1 MiB at a time; None if none does."""
    for name in _LIKELY_ENCODINGS:
        decoder = codecs.getincrementaldecoder(name)(errors="strict")
        try:
            with open(path, "rb") as fh:
                for block in iter(lambda fh=fh: fh.read(1 << 20), b""):
                    decoder.decode(block)
                decoder.decode(b"", final=True)
        except (UnicodeDecodeError, OSError):
            continue
        return name
    return None


def _bad_bytes(spec: InputSpec, encoding: str, offset: int, row: int | None = None) -> InputError:
    """The detection report for a file that is not in its encoding: where, and what it decodes as (if a
    likely encoding reads it whole), never the bytes or text."""
    shown = "utf-8" if encoding == "utf-8-sig" else encoding
    if "utf-8" in encoding:
        found = _detect(Path(str(spec.path)))
        hint = (f"the whole file decodes as {found}: set `encoding: {found}` on this input if that is what "
                "the export wrote" if found else "set `encoding:` on this input (no likely encoding reads "
                "it whole; ask the export's owner)")
    else:
        hint = "check the input's `encoding:`"
    return InputError(f"not valid {shown}: the first undecodable byte is at byte offset {offset}; {hint}",
                      file=str(spec.path), row=row)


def _decoded_lines(fh: BinaryIO, spec: InputSpec, encoding: str) -> Iterator[str]:
    """Lines (ends kept, split on \\n) decoded strictly, 1 MiB at a time; a bad byte is an error naming
    its offset in the file."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    offset, pending = 0, ""
    for block in iter(lambda: fh.read(1 << 20), b""):
        base = offset - len(decoder.getstate()[0])  # bytes held back from the previous block come first
        try:
            text = decoder.decode(block)
        except UnicodeDecodeError as exc:
            raise _bad_bytes(spec, encoding, base + exc.start) from None
        offset += len(block)
        parts = (pending + text).split("\n")
        pending = parts.pop()
        for part in parts:
            yield part + "\n"
    try:
        pending += decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        raise _bad_bytes(spec, encoding, offset - len(decoder.getstate()[0]) + exc.start) from None
    if pending:
        yield pending


def read_tabular(spec: InputSpec, fmt: str, chunk_rows: int) -> Iterator[RawChunk]:
    """Yield chunks of `chunk_rows` rows. `source_row` is the 1-based data row (header not counted)."""
    if spec.kind not in CANONICAL:
        raise InputError(f"tabular inputs are kind notes or codes, not {spec.kind!r}", file=str(spec.path))
    path = spec.path
    if path is None or not Path(path).is_file():
        raise InputError("input file not found", file=str(path))
    if fmt == "csv":
        yield from _read_csv(spec, chunk_rows)
    elif fmt == "parquet":
        yield from _read_parquet(spec, chunk_rows)
    elif fmt == "jsonl":
        yield from _read_jsonl(spec, chunk_rows)
    else:
        raise InputError(f"unknown tabular format {fmt!r}", file=str(path))


def _read_csv(spec: InputSpec, chunk_rows: int) -> Iterator[RawChunk]:
    """CSV through the standard library's streaming reader, `chunk_rows` rows at a time.

    Why not polars' scan: its batches read ahead by a few hundred MB whatever the file size (measured
    ~400-500 MB of buffers for 0.25-1 GB exports), while this holds one chunk. Parsing is slower
    (~60 MB/s) but ingest is never the bottleneck next to de-identification. The reader is strict: a
    file cut off inside a quoted field (the last note truncated) is an error, never a shorter note.
    """
    path = spec.path
    sep = "\t" if str(path).lower().endswith(".tsv") else spec.options.get("separator", ",")
    encoding = _encoding(spec)
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise InputError(f"cannot read CSV ({type(exc).__name__})", file=str(path)) from None
    with fh:
        header, rows_of = strict_csv(_decoded_lines(fh, spec, encoding), str(path), sep)
        plan = _column_plan(spec, header)
        rows: list[list[str]] = []
        first = row = 1
        for fields in rows_of:
            rows.append(fields)
            row += 1
            if len(rows) == chunk_rows:
                yield RawChunk(spec.kind, _select(csv_frame(rows, header), plan, spec, first))  # type: ignore[arg-type]
                first, rows = row, []
        if rows:
            yield RawChunk(spec.kind, _select(csv_frame(rows, header), plan, spec, first))  # type: ignore[arg-type]


def _read_parquet(spec: InputSpec, chunk_rows: int) -> Iterator[RawChunk]:
    """Record batches of a Parquet file; a corrupt or truncated file is an error naming it (and the row
    where reading stopped), never a traceback. Dates may be date, timestamp or text columns."""
    try:
        pf = pq.ParquetFile(spec.path)
    except Exception as exc:
        raise InputError(f"cannot read Parquet: not a Parquet file, or corrupt ({type(exc).__name__})",
                         file=str(spec.path)) from None
    available = pf.schema_arrow.names
    plan = _column_plan(spec, available)
    src = plan.get("text")
    if src is not None:
        dtype = pf.schema_arrow.field(src).type
        if not (pa.types.is_string(dtype) or pa.types.is_large_string(dtype)):
            raise InputError(f"column has type {dtype}, expected string", file=str(spec.path), field=src)
    columns = [c for c in plan.values() if c is not None]
    row = 1
    batches = pf.iter_batches(batch_size=chunk_rows, columns=columns)
    while True:
        try:
            batch = next(batches)
            frame = pl.from_arrow(batch)
        except StopIteration:
            break
        except Exception as exc:
            raise InputError(f"cannot read Parquet: corrupt or truncated data ({type(exc).__name__})",
                             file=str(spec.path), row=row) from None
        assert isinstance(frame, pl.DataFrame)
        yield RawChunk(spec.kind, _select(frame, plan, spec, row))  # type: ignore[arg-type]
        row += frame.height


def _read_jsonl(spec: InputSpec, chunk_rows: int) -> Iterator[RawChunk]:
    """Line by line, so a bad line quarantines alone: invalid JSON, a non-object, a nested value, a lone
    surrogate escape (`\\ud800`, which no UTF-8 text can hold). Bytes that do not decode in the input's
    `encoding` stop the run with the line and byte offset. `source_row` is the line number.
    """
    assert spec.path is not None
    src_names = {name: spec.columns.get(name, name) for name in CANONICAL[spec.kind]}
    schema = {n: pl.Utf8 for n in src_names}
    rows: list[dict[str, str | None]] = []
    row_numbers: list[int] = []
    bad: list[dict[str, object]] = []
    checked = False

    def flush() -> RawChunk:
        frame = pl.DataFrame(rows, schema=schema, orient="row")
        chunk = _select(frame, {n: n for n in src_names}, spec, 0).with_columns(
            pl.Series(SOURCE_ROW, row_numbers, dtype=pl.Int64))
        quarantine = empty_quarantine()
        if bad:
            quarantine = quarantine_rows(pl.DataFrame(bad), stage="read", reason=pl.col("reason")).with_columns(
                pl.Series("field", [b["field"] for b in bad], dtype=pl.Utf8),
                pl.Series("detail", [b["detail"] for b in bad], dtype=pl.Utf8))
        return RawChunk(spec.kind, chunk, quarantine)  # type: ignore[arg-type]

    encoding = _encoding(spec)
    offset = 0
    with open(spec.path, "rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            start, offset = offset, offset + len(raw)
            if not raw.strip():
                continue
            try:
                line = raw.decode(encoding if lineno == 1 else encoding.removesuffix("-sig"))
            except UnicodeDecodeError as exc:
                raise _bad_bytes(spec, encoding, start + exc.start, lineno) from None
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise ValueError("not an object")
            except ValueError:
                bad.append({SOURCE: str(spec.path), SOURCE_ROW: lineno, "reason": Reason.MALFORMED_RESOURCE.value,
                            "field": None, "detail": "line is not a JSON object"})
                continue
            if not checked:
                _column_plan(spec, list(obj))  # schema-level check on the first record
                checked = True
            nested = [src for src in src_names.values() if isinstance(obj.get(src), (dict, list))]
            if nested:
                bad.append({SOURCE: str(spec.path), SOURCE_ROW: lineno, "reason": Reason.WRONG_TYPE.value,
                            "field": nested[0], "detail": "nested value where a scalar is expected"})
                continue
            lone = [src for src in src_names.values() if isinstance(obj.get(src), str) and _has_surrogate(obj[src])]
            if lone:
                bad.append({SOURCE: str(spec.path), SOURCE_ROW: lineno, "reason": Reason.INVALID_ENCODING.value,
                            "field": lone[0], "detail": "a lone UTF-16 surrogate escape; the value is not text"})
                continue
            rows.append({name: None if obj.get(src) is None else str(obj[src]) for name, src in src_names.items()})
            row_numbers.append(lineno)
            if len(rows) >= chunk_rows:
                yield flush()
                rows, bad, row_numbers = [], [], []
    if rows or bad:
        yield flush()


def _has_surrogate(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
