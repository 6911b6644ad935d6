"""The one table reader and the small writers every edge shares: Parquet, JSONL, CSV by extension, and
file hashes.

The per-step commands (`sort`, `icd`, `dedup`, `deid`) read whole user tables with `read_table`
(the pipeline streams its inputs through `cancerprep.readers` instead); every Parquet file a run
writes goes through `write_parquet`, so the same frame gives the same bytes wherever it is written.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import polars as pl

from cancerprep.errors import InputError
from cancerprep.io.csvrows import csv_frame, strict_csv
from cancerprep.io.private import write_private_parquet

# The table formats the per-step commands read and write, by file extension (`read_table`, `output_format`).
TABLE_FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet"}


def read_table(path: str | Path, *, what: str = "table", required: Sequence[str] = (), dates: Sequence[str] = (),
               strings: Sequence[str] = (), encoding: str = "utf8") -> pl.DataFrame:
    """Read a CSV, JSONL or Parquet table whole; errors name the file, row and column, never a value.

    CSV is parsed by the one strict grammar recipe inputs use (`io.csvrows`: a damaged row is an error
    naming it, never a guess), JSONL by `jsonl_objects` (a bad line is an error naming it). CSV cells stay
    strings (an id like 007 keeps its zeros); `encoding="utf8-lossy"` replaces bad CSV bytes instead of
    failing. `required` columns must exist; `dates` given as text become pl.Date (unparseable -> null)
    and `strings` are cast to text, where present.
    """
    p = Path(path)
    if not p.is_file():
        raise InputError("file not found", file=str(p))
    fmt = TABLE_FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise InputError("unknown extension; use .csv, .jsonl or .parquet", file=str(p))
    try:
        if fmt == "csv":
            frame = _read_csv(p, lossy=encoding == "utf8-lossy")
        elif fmt == "jsonl":  # line by line, so a bad line is named (polars' reader said only "ComputeError")
            frame = pl.DataFrame([obj for _, obj in jsonl_objects(p, what=what)], infer_schema_length=None)
        else:
            frame = pl.read_parquet(p)
    except UnicodeDecodeError:
        raise InputError(f"cannot read {what} (not valid UTF-8)", file=str(p)) from None
    except (OSError, TypeError, pl.exceptions.PolarsError) as exc:
        raise InputError(f"cannot read {what} ({type(exc).__name__})", file=str(p)) from None
    for col in required:
        if col not in frame.columns:
            raise InputError(f"missing column for {what}", file=str(p), field=col)
    for col in dates:
        if col in frame.columns and frame.schema[col] == pl.Utf8:
            frame = frame.with_columns(pl.col(col).str.to_date(strict=False))
    for col in strings:
        if col in frame.columns and frame.schema[col] != pl.Utf8:
            frame = frame.with_columns(pl.col(col).cast(pl.Utf8))
    return frame


def _read_csv(path: Path, lossy: bool, chunk_rows: int = 20_000) -> pl.DataFrame:
    """A whole UTF-8 CSV file (a leading BOM dropped) as text columns, empty fields null; rows become
    columns `chunk_rows` at a time, so Python's row lists never hold the whole file."""
    frames, chunk = [], []
    with open(path, encoding="utf-8-sig", errors="replace" if lossy else "strict", newline="") as fh:
        header, rows = strict_csv(fh, path)
        for fields in rows:
            chunk.append(fields)
            if len(chunk) == chunk_rows:
                frames.append(csv_frame(chunk, header))
                chunk = []
    frames.append(csv_frame(chunk, header))
    return pl.concat(frames)


def write_parquet(frame: pl.DataFrame, path: Path) -> Path:
    """zstd, no statistics (deterministic bytes), written to a temporary name and renamed: a killed
    run never leaves a half-written file under the final name (the stage cache relies on it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    frame.write_parquet(tmp, compression="zstd", statistics=False)
    os.replace(tmp, path)
    return path


def write_jsonl(rows: Iterable[dict[str, Any]], path: str | Path) -> int:
    """One JSON object per line, UTF-8 (non-ASCII kept), keys in the order given; returns the count."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, default=str))
            fh.write("\n")
            n += 1
    return n


def jsonl_objects(path: str | Path, *, what: str = "JSONL file") -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line of a JSONL file that must be whole: a missing or
    unreadable file, a line that is not JSON or not an object, is an error naming the file and line, never
    its text. Inputs whose bad lines are quarantined instead read line by line in `cancerprep.readers`."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{what} not found", file=str(path))
    try:
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    raise InputError("not valid JSON", file=str(path), row=lineno) from None
                if not isinstance(obj, dict):
                    raise InputError("not a JSON object", file=str(path), row=lineno)
                yield lineno, obj
    except UnicodeDecodeError:
        raise InputError("not valid UTF-8", file=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=str(path)) from None


def output_format(path: str | Path) -> str:
    """"parquet", "jsonl" or "csv" from an output table's extension, else an error naming the file: the per-step
    commands ask it before any work, so a mistyped -o does not cost a whole de-identification."""
    suffix = Path(path).suffix.lower()
    if suffix not in TABLE_FORMATS:
        raise InputError(f"cannot tell the output format from extension {suffix!r} (use .parquet, .jsonl or .csv)",
                         file=str(path))
    return TABLE_FORMATS[suffix]


def write_table(frame: pl.DataFrame, path: str | Path) -> Path:
    """Write by extension (`output_format`): .parquet, .jsonl/.ndjson or .csv (the per-step commands' output).

    CSV has no list type, so list columns are ';'-joined there."""
    path = Path(path)
    fmt = output_format(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "parquet":
        return write_parquet(frame, path)
    if fmt == "jsonl":
        write_jsonl(frame.iter_rows(named=True), path)
        return path
    flat = frame.with_columns([pl.col(c).list.join(";") for c, t in frame.schema.items()
                               if isinstance(t, pl.List)])
    flat.write_csv(path)
    return path


def file_sha256(path: Path) -> str:
    """SHA-256 of a file read 1 MiB at a time: the manifest's checksums and the stage cache's input keys."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class ShardCutter:
    """The one place frames are cut into numbered Parquet shards of `rows` rows (the last may be shorter).

    Frames arrive in any sizes (reader chunks, a whole table); shard boundaries depend only on the
    row order, so the same input gives the same shards and the stage cache can reuse them. With
    `group_col`, a shard is not cut inside a run of consecutive rows with the same value (a patient's
    notes stay in one batch, where de-identification pools what they found), up to `GROUP_SLACK` times
    `rows`, so memory stays bounded.
    """

    GROUP_SLACK = 4

    def __init__(self, directory: Path, rows: int, stem: str = "shard", work_key: bytes | None = None,
                 group_col: str | None = None):
        if rows < 1:
            raise ValueError("rows per shard must be at least 1")
        self.directory, self.rows, self.stem, self.work_key = directory, rows, stem, work_key
        self.group_col = group_col
        self.paths: list[Path] = []
        self._pending: list[pl.DataFrame] = []
        self._pending_rows = 0

    def add(self, frame: pl.DataFrame) -> None:
        """Buffer `frame` and write every shard that is full."""
        if frame.height:
            self._pending.append(frame)
            self._pending_rows += frame.height
            if self._pending_rows >= self.rows:
                self._flush(final=False)

    def _flush(self, final: bool) -> None:
        frame = pl.concat(self._pending) if self._pending else None
        while frame is not None and (frame.height >= self.rows or (final and frame.height)):
            n = self._cut(frame, final)
            if n is None:
                break  # the last group may go on in the next chunk
            self.paths.append(self._write(frame.head(n),
                                          self.directory / f"{self.stem}-{len(self.paths):05d}.parquet"))
            frame = frame.slice(n)
        self._pending = [frame] if frame is not None and frame.height else []
        self._pending_rows = frame.height if frame is not None else 0

    def _cut(self, frame: pl.DataFrame, final: bool) -> int | None:
        """Rows of the next shard: `rows`, extended to the end of the last row's group (`group_col`);
        None when that group reaches the end of what has arrived and more may come."""
        n = min(self.rows, frame.height)
        if self.group_col is None or self.group_col not in frame.columns:
            return n
        cap = min(frame.height, self.rows * self.GROUP_SLACK)
        keys = frame[self.group_col].slice(n - 1, cap - n + 1)
        differs = (keys != keys[0]).fill_null(True).arg_true() if keys[0] is not None else pl.Series([1])
        n += (int(differs[0]) if len(differs) else len(keys)) - 1
        if n == frame.height and not final and n < self.rows * self.GROUP_SLACK:
            return None
        return n

    def close(self, empty: pl.DataFrame | None = None) -> list[Path]:
        """Write the last, shorter shard; with `empty` (a frame with the schema), an input without rows
        still gives one shard. Returns every shard path in order."""
        self._flush(final=True)
        if not self.paths and empty is not None:
            self.paths.append(self._write(empty.clear(), self.directory / f"{self.stem}-00000.parquet"))
        return list(self.paths)

    def _write(self, frame: pl.DataFrame, path: Path) -> Path:
        """Plain Parquet, or sealed under `work_key` (raw normalized shards in the work folder)."""
        if self.work_key is None:
            return write_parquet(frame, path)
        return write_private_parquet(frame, path, self.work_key)


def cut_shards(frame: pl.DataFrame, directory: Path, rows: int, group_col: str | None = None) -> list[Path]:
    """`frame` as shards of `rows` rows (at least one, even when empty); with `group_col`, runs of the
    same value are not split (`ShardCutter`)."""
    cutter = ShardCutter(directory, rows, group_col=group_col)
    cutter.add(frame)
    return cutter.close(empty=frame)

