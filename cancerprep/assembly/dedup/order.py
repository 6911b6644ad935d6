"""Keep order: which copy of a duplicate is kept (the earliest note, ties broken by provenance).

The order is `order_notes`' polars sort; for a corpus that must not be held in memory it is
computed from compact numpy keys (a 4-byte date, a source rank, a row number) built part by part,
with note ids fetched only for notes that tie on every other key.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import polars as pl

from cancerprep.records import SOURCE, SOURCE_ROW

TIE_BLOCK = 65_536  # sorted positions compared at a time when looking for notes that tie on every key
ORDER_KEYS = ("note_date", SOURCE, SOURCE_ROW, "note_id")


def order_notes(notes: pl.DataFrame) -> pl.DataFrame:
    """Earliest note first (the copy-forward original), ties broken by provenance, then input order."""
    keys = [c for c in ORDER_KEYS if c in notes.columns]
    return notes.sort(keys, nulls_last=True, maintain_order=True)


def _index_dtype(n: int) -> type[np.signedinteger]:
    return np.int32 if n < 2**31 else np.int64


# Order keys as compact numpy arrays: numeric and temporal keys as their physical values (a date is
# 4 bytes), string keys (source: one path per input file) as ranks of their sorted distinct values.
# note_id, the last key, is a string per note: it is gathered only for notes that tie on the others.


def _numeric(dtype: pl.DataType) -> bool:
    return dtype.is_numeric() or dtype.is_temporal() or dtype == pl.Boolean


def key_dtypes(schemas: Sequence[pl.Schema]) -> dict[str, pl.DataType]:
    """Order keys other than note_id, with the dtype the concatenated parts have (all-null keys dropped)."""
    cols = [c for c in ORDER_KEYS[:-1] if c in schemas[0]]
    merged = pl.concat([pl.DataFrame(schema={c: s[c] for c in cols}) for s in schemas], how="vertical_relaxed")
    return {c: dt for c, dt in merged.schema.items() if dt != pl.Null}


EncodedKeys = dict[str, tuple[np.ndarray, np.ndarray | None, list[Any] | None]]  # values/codes, nulls, distinct


def encode_keys(frame: pl.DataFrame, dtypes: dict[str, pl.DataType]) -> EncodedKeys:
    """One part's keys: (physical values, null mask or None, None), or (codes, None, sorted distinct values)
    for string keys, where a code is the rank in the part's own distinct values (-1 = null)."""
    out: EncodedKeys = {}
    for c, dtype in dtypes.items():
        s = frame[c].cast(dtype)
        if _numeric(dtype):
            nulls = s.is_null().to_numpy() if s.null_count() else None
            out[c] = (s.to_physical().fill_null(0).to_numpy(), nulls, None)
        else:
            s = s.cast(pl.Utf8)
            codes = s.rank("dense").fill_null(0).to_numpy().astype(np.int32) - 1
            out[c] = (codes, None, s.drop_nulls().unique().sort().to_list())
    return out


class KeyColumns:
    """The corpus's order keys, preallocated for n notes and filled part by part."""

    def __init__(self, dtypes: dict[str, pl.DataType], n: int):
        self.n = n
        self.values = {c: np.empty(n, dtype=pl.Series([], dtype=dt).to_physical().to_numpy().dtype
                                    if _numeric(dt) else np.int32) for c, dt in dtypes.items()}
        self.nulls: dict[str, np.ndarray] = {}
        self.distinct: dict[str, list[tuple[int, int, list[Any]]]] = {c: [] for c, dt in dtypes.items()
                                                                      if not _numeric(dt)}

    def add(self, start: int, encoded: EncodedKeys) -> None:
        """One part's encoded keys at corpus positions start.. (parts arrive one at a time)."""
        for c, (values, nulls, distinct) in encoded.items():
            stop = start + len(values)
            self.values[c][start:stop] = values
            if nulls is not None:
                self.nulls.setdefault(c, np.zeros(self.n, dtype=bool))[start:stop] = nulls
            if distinct is not None:
                self.distinct[c].append((start, stop, distinct))

    def lexsort_keys(self) -> list[np.ndarray]:
        """Keys for np.lexsort (least significant first; a null flag ranks above its values, so nulls
        sort last as in `order_notes`). Hands the arrays over: this object holds none afterwards."""
        for c, parts in self.distinct.items():  # part codes -> ranks among all distinct values (null last)
            every = pl.concat([pl.Series(d, dtype=pl.Utf8) for *_, d in parts]).unique().sort().to_list()
            rank = {v: i for i, v in enumerate(every)}
            for start, stop, distinct in parts:
                lut = np.array([*(rank[v] for v in distinct), len(every)], dtype=np.int32)
                self.values[c][start:stop] = lut[self.values[c][start:stop]]
        keys = []
        for c in reversed(list(self.values)):
            keys.append(self.values.pop(c))
            if c in self.nulls:
                keys.append(self.nulls.pop(c))
        return keys


def keep_order(keys: list[np.ndarray], n: int, tie_ids: Callable[[np.ndarray], pl.Series] | None) -> np.ndarray:
    """Keep-order index of each note (0 = kept first): the order of `order_notes`, from a numpy lexsort.

    Where every key ties, `order_notes` falls back to note_id then input order: only those notes'
    ids are fetched (`tie_ids`), none when (source, source_row) is unique as after normalize.
    Empties `keys` so their arrays are freed before the rank array is built.
    """
    order = np.lexsort(keys) if keys else np.arange(n)
    if tie_ids is not None and n > 1:
        tied = np.ones(n - 1, dtype=bool)  # tied[j]: order[j] and order[j + 1] have equal keys
        for a in range(0, n - 1, TIE_BLOCK):  # in blocks: no full-length copy of a key in sorted order
            block = order[a:a + TIE_BLOCK + 1]
            for key in keys:
                ranked = key[block]
                tied[a:a + TIE_BLOCK] &= ranked[1:] == ranked[:-1]
        if tied.any():
            in_run = np.zeros(n, dtype=bool)
            in_run[1:] |= tied
            in_run[:-1] |= tied
            slots = np.flatnonzero(in_run)
            run = np.cumsum(np.r_[True, ~tied[slots[1:] - 1]])
            positions = order[slots]
            ties = pl.DataFrame({"run": run, "id": tie_ids(positions), "pos": positions})
            order[slots] = ties.sort(["run", "id", "pos"], nulls_last=True)["pos"].to_numpy()
    keys.clear()
    rank = np.empty(n, dtype=_index_dtype(n))
    rank[order] = np.arange(n, dtype=rank.dtype)
    return rank


