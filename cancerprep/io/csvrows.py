"""The one CSV grammar: every CSV a cancerprep command reads (recipe inputs through `readers.tabular`, the
per-step commands' tables through `io.tables.read_table`) is parsed here, by the standard library's strict
reader, so the same damaged file is the same error everywhere.

Why strict: a row whose field count differs from the header's, a header naming a column twice, a quoted
field still open at the end of the file (a file cut off inside its last note) or an undoubled quote inside a
quoted field means the file is damaged; a guess at its columns could put note text in the wrong field or
shorten a note without a word. Errors name the file and the data row (header not counted), never a value.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import polars as pl

from cancerprep.errors import InputError

# What a column name looks like; a header row that is really data (a header-less export) holds ids,
# dates, codes and note text, which never all match, so they are never echoed into an error.
HEADER_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")


def looks_like_header(names: list[str]) -> bool:
    """Whether every field of a header row looks like a column name (only then is it shown in an error)."""
    return bool(names) and all(HEADER_NAME.fullmatch(n) for n in names)


def present_columns(names: list[str]) -> str:
    """The header for an error message: listed only when every name looks like a column name."""
    if looks_like_header(names):
        return f"columns present: {', '.join(names)}"
    return (f"the first row's {len(names)} fields do not look like column names (not shown); "
            "is the header row missing?")


def strict_csv(lines: Iterable[str], path: str | Path, sep: str = ",") -> tuple[list[str], Iterator[list[str]]]:
    """The header and the data rows of CSV text given line by line (line ends kept; quoted fields may hold
    newlines, separators and doubled quotes). A blank line is a row of empty fields, so the row numbers
    stay the file's and `normalize` quarantines it. The rows are read lazily: a damaged row is an error
    when it is reached."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # a long note is one field (default limit: 128 KB)
    reader = csv.reader(lines, delimiter=sep, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError("cannot read CSV (no header row)", file=str(path)) from None
    except csv.Error as exc:
        raise InputError(f"cannot read CSV header ({exc})", file=str(path)) from None
    if len(set(header)) != len(header):
        twice = sorted({h for h in header if header.count(h) > 1})
        raise InputError(f"duplicate column names in the header: {twice}" if looks_like_header(header)
                         else f"repeated fields in the first row; {present_columns(header)}", file=str(path))
    return header, _rows(reader, len(header), path)


def _rows(reader: Iterator[list[str]], width: int, path: str | Path) -> Iterator[list[str]]:
    row = 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            why = ("a quoted field is not closed before the end of the file (was the file cut off?)"
                   if "end of data" in str(exc) else str(exc))
            raise InputError(f"malformed CSV: {why}", file=str(path), row=row) from None
        if not fields:  # a blank line is a row of empty fields (normalize quarantines it), as polars reads it
            fields = [""] * width
        if len(fields) != width:
            raise InputError(f"malformed CSV: {len(fields)} fields where the header has {width}",
                             file=str(path), row=row)
        yield fields
        row += 1


def csv_frame(rows: list[list[str]], header: list[str]) -> pl.DataFrame:
    """Rows of strings -> a frame of Utf8 columns, empty fields null (as polars' CSV reader reads them)."""
    frame = pl.DataFrame(rows, schema=dict.fromkeys(header, pl.Utf8), orient="row")
    return frame.with_columns(pl.when(pl.col(c) != "").then(pl.col(c)).alias(c) for c in header)
