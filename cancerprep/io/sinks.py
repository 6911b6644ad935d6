"""Streaming writers: Parquet files and parts and Hugging Face DatasetDicts (single files: `io.tables`).

All writers are deterministic (fixed row order, no timestamps, content-derived
dataset fingerprints) so that the same run gives byte-identical files. The sinks
(`ParquetSink`, `DatasetDictSink`) take a corpus piece by piece, so a run's peak
memory is bounded by one piece plus one row group, not by the corpus.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Self

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

PARQUET_ROWS_PER_SHARD = 50_000
PARQUET_ROW_GROUP_ROWS = 10_000
PARQUET_ROW_GROUP_BYTES = 8 << 20
HF_DATA_FILE = "data-00000-of-00001.arrow"

Frame = pl.DataFrame | pa.Table | pa.RecordBatch


def _as_polars(data: Frame) -> pl.DataFrame:
    if isinstance(data, pl.DataFrame):
        return data
    frame = pl.from_arrow(data)
    assert isinstance(frame, pl.DataFrame)
    return frame


def conform(frame: pl.DataFrame, schema: Mapping[str, pl.DataType]) -> pl.DataFrame:
    """`frame` cast to `schema` by polars' supertype rules (e.g. an all-null pl.Null column becomes
    String); columns are put in schema order. A column that the cast would narrow (Int64 into Int32,
    a string into a Date) or a missing/extra column is a ValueError: the schema is wrong, not the data."""
    schema = pl.Schema(schema)
    if set(frame.columns) != set(schema.names()):
        missing = sorted(set(schema.names()) - set(frame.columns))
        extra = sorted(set(frame.columns) - set(schema.names()))
        raise ValueError(f"columns do not match the sink's schema (missing {missing}, unexpected {extra})")
    frame = frame.select(schema.names())
    if frame.schema == schema:
        return frame
    relaxed = pl.concat([pl.DataFrame(schema=schema), frame], how="vertical_relaxed")
    if relaxed.schema != schema:
        bad = [f"{c}: {frame.schema[c]} -> {schema[c]}" for c in schema.names() if relaxed.schema[c] != schema[c]]
        raise ValueError(f"cannot cast to the sink's schema without losing values ({'; '.join(bad)})")
    return relaxed


def _row_bytes(frame: pl.DataFrame) -> np.ndarray:
    """A row's size for row-group cuts: its string bytes (also inside lists of strings) + 8 a cell."""
    weights = np.full(frame.height, 8 * frame.width, dtype=np.int64)
    parts: list[pl.Expr] = []
    for name, dtype in frame.schema.items():
        if dtype == pl.String:
            parts.append(pl.col(name).str.len_bytes().fill_null(0))
        elif isinstance(dtype, pl.List) and dtype.inner == pl.String:
            parts.append(pl.col(name).list.eval(pl.element().str.len_bytes()).list.sum().fill_null(0))
    if parts:
        weights += frame.select(pl.sum_horizontal(parts).cast(pl.Int64)).to_series().to_numpy()
    return weights


class _Sink:
    """As a context manager: closed on success, aborted (files removed) when the block raises."""

    def close(self) -> Any:
        """Finish the output; each sink must say what a complete write leaves behind."""
        raise NotImplementedError

    def abort(self) -> None:
        """Remove what was written, so a failed run leaves no output that looks complete."""
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


class ParquetSink(_Sink):
    """Append polars frames to one Parquet file or to rolling numbered parts, in bounded memory.

    Rows are buffered into row groups that close at `row_group_rows` rows or once the rows' text
    reaches `row_group_bytes` (string bytes plus 8 bytes a cell), whichever comes first, and parts
    hold exactly `rows_per_part` rows. Both cuts are functions of the row sequence alone, so the files
    depend only on the rows appended, not on how they were cut into appends: a sharded run writes the
    same bytes whatever its shard size. Memory is one row group (a few MB, also for 5 kB notes, so a run
    can hold a sink per task, split and variant) plus one append. Every appended frame is cast to the
    fixed schema (`conform`).

    `ParquetSink(path, schema)` writes one file; `ParquetSink.parts(directory, schema)` writes
    `part-00000.parquet`, `part-00001.parquet`, ... (at least one, empty when nothing was appended),
    replacing the directory's earlier `<stem>-*.parquet`. Used as a context manager, an exception in
    the block removes the files written (no half-written output that looks complete).
    """

    def __init__(self, path: str | Path, schema: Mapping[str, pl.DataType], *,
                 row_group_rows: int = PARQUET_ROW_GROUP_ROWS, row_group_bytes: int = PARQUET_ROW_GROUP_BYTES,
                 rows_per_part: int | None = None, stem: str = "part") -> None:
        if min(row_group_rows, row_group_bytes, rows_per_part or 1) < 1:
            raise ValueError("row_group_rows, row_group_bytes and rows_per_part must be positive")
        self.schema = pl.Schema(schema)
        self._arrow_schema = pl.DataFrame(schema=self.schema).to_arrow().schema
        self._path = Path(path)
        self._rows_per_part = rows_per_part
        self._stem = stem
        self._row_group_rows = row_group_rows
        self._row_group_bytes = row_group_bytes
        self._pending: list[pa.Table] = []
        self._weights: list[np.ndarray] = []
        self._pending_rows = 0
        self._writer: pq.ParquetWriter | None = None
        self._rows_in_file = 0
        self._paths: list[Path] = []
        self._closed = False
        self.rows = 0
        if rows_per_part is None:
            self._path.parent.mkdir(parents=True, exist_ok=True)
        else:
            self._path.mkdir(parents=True, exist_ok=True)
            for old in sorted(self._path.glob(f"{stem}-*.parquet")):
                old.unlink()

    @classmethod
    def parts(cls, directory: str | Path, schema: Mapping[str, pl.DataType],
              rows_per_part: int = PARQUET_ROWS_PER_SHARD, stem: str = "part", *,
              row_group_rows: int = PARQUET_ROW_GROUP_ROWS,
              row_group_bytes: int = PARQUET_ROW_GROUP_BYTES) -> ParquetSink:
        """A sink writing numbered parts of `rows_per_part` rows, so no single output file grows with the corpus."""
        return cls(directory, schema, row_group_rows=min(row_group_rows, rows_per_part),
                   row_group_bytes=row_group_bytes, rows_per_part=rows_per_part, stem=stem)

    def append(self, data: Frame) -> None:
        """Cast a frame to the fixed schema and buffer it, writing row groups as they fill (bounded memory)."""
        if self._closed:
            raise ValueError("append to a closed ParquetSink")
        frame = conform(_as_polars(data), self.schema)
        if frame.height == 0:
            return
        self._weights.append(_row_bytes(frame))
        # An Arrow copy of just these rows: a polars frame filtered or grouped out of a bigger one keeps
        # string views into the bigger one's buffers, so buffering it would pin the whole parent until
        # the row group fills (measured: 10 rows a shard for 400 shards pinned 66 MB for 2.4 MB of rows).
        self._pending.append(frame.to_arrow(compat_level=pl.CompatLevel.oldest()))
        self._pending_rows += frame.height
        self.rows += frame.height
        self._flush(final=False)

    def _flush(self, final: bool) -> None:
        while self._pending_rows:
            weights = np.concatenate(self._weights) if len(self._weights) > 1 else self._weights[0]
            limit = self._row_group_rows
            if self._rows_per_part is not None:
                limit = min(limit, self._rows_per_part - self._rows_in_file)
            full = np.flatnonzero(np.cumsum(weights[:limit]) >= self._row_group_bytes)
            n = int(full[0]) + 1 if full.size else limit
            if n > self._pending_rows:  # the group is not full yet
                if not final:
                    return
                n = self._pending_rows
            buffered = pa.concat_tables(self._pending) if len(self._pending) > 1 else self._pending[0]
            group, rest = buffered.slice(0, n), buffered.slice(n)
            self._pending, self._weights = ([rest], [weights[n:]]) if rest.num_rows else ([], [])
            self._pending_rows = rest.num_rows
            self._write_group(group.combine_chunks())

    def _write_group(self, group: pa.Table) -> None:
        if self._writer is None:
            self._open_file()
        assert self._writer is not None
        self._writer.write_table(group.cast(self._arrow_schema), row_group_size=group.num_rows)
        self._rows_in_file += group.num_rows
        if self._rows_per_part is not None and self._rows_in_file >= self._rows_per_part:
            self._close_file()

    def _open_file(self) -> None:
        path = (self._path if self._rows_per_part is None
                else self._path / f"{self._stem}-{len(self._paths):05d}.parquet")
        self._paths.append(path)
        self._writer = pq.ParquetWriter(path, self._arrow_schema, compression="zstd", write_statistics=False)
        self._rows_in_file = 0

    def _close_file(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        self._rows_in_file = 0

    def close(self) -> list[Path]:
        """Write what is buffered, close the file(s) and return their paths (in order)."""
        if not self._closed:
            self._flush(final=True)
            if not self._paths:  # an empty sink still leaves a valid file with the schema
                self._open_file()
            self._close_file()
            self._closed = True
        return list(self._paths)

    def abort(self) -> None:
        """Close and remove every file written so far."""
        self._close_file()
        self._pending, self._weights, self._pending_rows, self._closed = [], [], 0, True
        for path in self._paths:
            path.unlink(missing_ok=True)



class _HFSplit:
    """One split of a DatasetDictSink: a lazily opened ArrowWriter, a buffer and a running content hash."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.writer: Any = None
        self.pending: list[pa.Table] = []
        self.pending_rows = 0
        self.rows = 0
        self.hash = hashlib.sha256()


class DatasetDictSink(_Sink):
    """Stream frames into a `datasets.DatasetDict` on disk, without `save_to_disk`'s re-read.

    `save_to_disk` writes from a memory-mapped Arrow table and every page it touches counts in RSS
    (saving a 600 MB dataset raised peak RSS by ~580 MB, docs/benchmarks.md). Here each split's
    `data-00000-of-00001.arrow` is written by datasets' own `ArrowWriter` as batches arrive, in record
    batches of `datasets.config.DEFAULT_MAX_BATCH_SIZE` rows as `save_to_disk` does, and `state.json`,
    `dataset_info.json` and `dataset_dict.json` are written the way datasets 4.8 writes them.
    An empty split gets a zero-row data file: `save_to_disk` writes none, and `load_from_disk` then
    fails on the whole DatasetDict (IndexError in datasets 4.8).

    The features come from `schema` (a polars schema) or else from the first frame written; every
    frame is cast to that schema (`conform`). Fingerprints are content-derived (split name, row count
    and a running hash of the rows), never paths or times. Split order in `dataset_dict.json`: `splits`
    as given, then other split names written (robustness variants) in sorted order.
    """

    def __init__(self, path: str | Path, splits: Sequence[str] = (), *,
                 schema: Mapping[str, pl.DataType] | None = None) -> None:
        import datasets

        self.path = Path(path)
        self.schema = pl.Schema(schema) if schema is not None else None
        self._batch_rows = datasets.config.DEFAULT_MAX_BATCH_SIZE
        self._splits: dict[str, _HFSplit] = {}
        self._order = list(dict.fromkeys(splits))
        self._closed = False
        if (self.path / "dataset_dict.json").exists():  # an earlier DatasetDict here: no stale splits
            old = json.loads((self.path / "dataset_dict.json").read_text(encoding="utf-8")).get("splits", [])
            self._remove([str(name) for name in old])
        self.path.mkdir(parents=True, exist_ok=True)
        for name in self._order:
            self._split(name)

    def _split(self, name: str) -> _HFSplit:
        if name not in self._splits:
            import datasets

            datasets.NamedSplit(name)  # datasets' own check of the name
            self._splits[name] = _HFSplit(name)
        return self._splits[name]

    def _features(self) -> Any:
        import datasets

        assert self.schema is not None
        return datasets.Features.from_arrow_schema(pl.DataFrame(schema=self.schema).to_arrow().schema)

    def write(self, split: str, data: Frame) -> None:
        """Append rows to `split` (created on first use); order is kept."""
        if self._closed:
            raise ValueError("write to a closed DatasetDictSink")
        frame = _as_polars(data)
        if self.schema is None:
            self.schema = frame.schema
        frame = conform(frame, self.schema)
        state = self._split(split)
        if frame.height == 0:
            return
        state.hash.update(frame.hash_rows(seed=0).to_numpy().astype("<u8").tobytes())
        state.rows += frame.height
        state.pending.append(frame.to_arrow(compat_level=pl.CompatLevel.oldest()))  # own copy: see ParquetSink
        state.pending_rows += frame.height
        self._flush(state, final=False)

    def _flush(self, state: _HFSplit, final: bool) -> None:
        while state.pending_rows >= self._batch_rows or (final and state.pending_rows):
            buffered = pa.concat_tables(state.pending) if len(state.pending) > 1 else state.pending[0]
            n = min(self._batch_rows, buffered.num_rows)
            batch, rest = buffered.slice(0, n), buffered.slice(n)
            state.pending = [rest] if rest.num_rows else []
            state.pending_rows = rest.num_rows
            if state.writer is None:
                self._open(state)
            state.writer.write_table(batch.combine_chunks())

    def _open(self, state: _HFSplit) -> None:
        from datasets.arrow_writer import ArrowWriter

        (self.path / state.name).mkdir(parents=True, exist_ok=True)
        state.writer = ArrowWriter(features=self._features(), path=str(self.path / state.name / HF_DATA_FILE),
                                   embed_local_files=True)

    def close(self) -> Path:
        """Finish every split's files and write `dataset_dict.json`; returns the directory."""
        if self._closed:
            return self.path
        from datasets.info import DatasetInfo
        from datasets.utils.py_utils import asdict

        if self.schema is None and self._splits:
            raise ValueError("DatasetDictSink: no schema given and nothing written, so no features to save")
        info = asdict(DatasetInfo(features=self._features())) if self.schema is not None else {}
        names = [n for n in self._order] + sorted(n for n in self._splits if n not in self._order)
        for name in names:
            state = self._splits[name]
            self._flush(state, final=True)
            if state.writer is None:
                self._open(state)
            state.writer.finalize()
            state.writer.close()
            directory = self.path / name
            fingerprint = hashlib.sha256(f"{name}:{state.rows}:{state.hash.hexdigest()}".encode()).hexdigest()[:16]
            state_json = {"_data_files": [{"filename": HF_DATA_FILE}],
                          "_fingerprint": fingerprint, "_format_columns": None, "_format_kwargs": {},
                          "_format_type": None, "_output_all_columns": False, "_split": name}
            with open(directory / "state.json", "w", encoding="utf-8") as fh:
                json.dump(state_json, fh, indent=2, sort_keys=True)
            with open(directory / "dataset_info.json", "w", encoding="utf-8") as fh:
                json.dump({key: info[key] for key in sorted(info)}, fh, indent=2)
        with open(self.path / "dataset_dict.json", "w", encoding="utf-8") as fh:
            json.dump({"splits": names}, fh)
        self._closed = True
        return self.path

    def _remove(self, names: list[str]) -> None:
        """Remove `dataset_dict.json` and the named split directories (nothing else in the directory)."""
        (self.path / "dataset_dict.json").unlink(missing_ok=True)
        for name in names:
            if name and "/" not in name and name not in (".", "..") and (self.path / name).is_dir():
                shutil.rmtree(self.path / name)

    def abort(self) -> None:
        """Close the open writers and remove what this sink wrote."""
        for state in self._splits.values():
            if state.writer is not None:
                state.writer.close()
        self._closed = True
        self._remove(list(self._splits))
        if self.path.is_dir() and not any(self.path.iterdir()):
            self.path.rmdir()



def iter_parquet(path: str | Path, batch_rows: int, columns: list[str] | None = None) -> Iterator[pl.DataFrame]:
    """The rows of a Parquet file in order, as frames of `batch_rows` rows, one batch in memory at a time."""
    with pq.ParquetFile(path) as reader:
        for batch in reader.iter_batches(batch_size=batch_rows, columns=columns):
            yield _as_polars(batch)


def write_dataset_dict_from_parquet(path: str | Path, files_by_split: Mapping[str, Sequence[Path]],
                                    split_column: str | None = None, *, batch_rows: int = 2_000) -> Path:
    """A DatasetDict from Parquet files, streamed in batches of `batch_rows` (bounded memory).

    Without `split_column`, split `s` holds the rows of `files_by_split[s]` in file order. With it, every
    distinct file named in the mapping is read once and each row goes to the split named by its
    `split_column` value (a null value is an error); the mapping's keys give the split order (a key with
    no rows is an empty split) and other values found become extra splits, sorted. The features come
    from the first file's schema, so an all-null first batch cannot fix a column's type.
    """
    files = list(dict.fromkeys(Path(f) for fs in files_by_split.values() for f in fs))
    schema = pl.DataFrame(pq.read_schema(files[0]).empty_table()).schema if files else None
    with DatasetDictSink(path, list(files_by_split), schema=schema) as sink:
        if split_column is None:
            for split, split_files in files_by_split.items():
                for f in split_files:
                    for frame in iter_parquet(f, batch_rows):
                        sink.write(split, frame)
        else:
            for f in files:
                for frame in iter_parquet(f, batch_rows):
                    if frame[split_column].null_count():
                        raise ValueError(f"{f.name}: null {split_column!r} values cannot be routed to a split")
                    for (value,), part in frame.partition_by(split_column, as_dict=True,
                                                             maintain_order=True).items():
                        sink.write(str(value), part)
    return Path(path)


def write_dataset_dict(splits: dict[str, pl.DataFrame], path: Path) -> Path:
    """Save a `datasets.DatasetDict` with one Dataset per split (load with `load_from_disk`).

    A thin wrapper over `DatasetDictSink` (the one HF writer); the features are the splits' common
    supertype schema, so an all-null column in one split does not fix its type.
    """
    frames = list(splits.values())
    schema = pl.concat([f.head(0) for f in frames], how="vertical_relaxed").schema if frames else None
    with DatasetDictSink(path, list(splits), schema=schema) as sink:
        for name, frame in splits.items():
            sink.write(name, frame)
    return path
