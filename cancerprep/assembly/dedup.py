"""Exact and near-duplicate removal over the note corpus, and split groups that keep copies together.

Clinical notes are full of copy-forward text and templates. A duplicate in
training over-weights one note; a near-duplicate on both sides of a split leaks
test text into training. So the corpus is de-duplicated as a whole (not per
shard): exact duplicates by a hash of the normalized text, near-duplicates by
MinHash LSH (datasketch signatures, banded) over word shingles, clustered with
union-find as in the BigCode/text-dedup pipelines. One representative per
cluster (the earliest note) is kept; the others go to quarantine with reason
`exact_duplicate` or `near_duplicate`, so every input row stays accounted for.

With `near_action: group` near-duplicates are kept instead, and every patient
linked by a near-duplicate cluster is put in one split group: the split then
assigns whole groups, so near-duplicates still never straddle splits.

One core serves two front ends. `deduplicate` works on a DataFrame in memory
(`cancerprep dedup`, tests). `plan_dedup` works on the runner's note shards
and holds no text, id or LSH index of the corpus: per note it keeps compact
numpy bookkeeping (order keys as a 4-byte date, a source rank and a row number,
then a keep-order rank, digest prefixes and flags: a few tens of bytes), text
digests and band hashes go to raw files and the texts of LSH candidates to
SQLite under a scratch directory, ids are re-read only for the notes removed
or clustered, and the shards are read one at a time.
Both give the same decisions: band buckets are grouped one band at a time, and
a candidate pair joins a cluster only when the exact Jaccard similarity of the
shingle sets reaches the threshold; clusters are connected components, which
do not depend on the order pairs are checked in.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from array import array
from collections.abc import Callable, Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from cancerprep.progress import track
from cancerprep.quarantine import Reason, empty_quarantine, quarantine_rows
from cancerprep.records import SOURCE, SOURCE_ROW

STAGE = "dedup"
DEFAULTS: dict[str, Any] = {
    "exact": True,
    "near": True,
    "threshold": 0.8,
    "num_perm": 128,
    "shingle_words": 5,
    "near_action": "remove",
}
# LSH band layout weighted (false positive, false negative) towards recall, and tuned LSH_MARGIN
# below the decision threshold: a missed pair can leak across splits, while an extra candidate only
# costs one exact Jaccard comparison. With 128 permutations and threshold 0.8, a pair at Jaccard 0.8
# becomes a candidate with probability > 0.99 (0.40 with datasketch's defaults at 0.8).
LSH_WEIGHTS = (0.05, 0.95)
LSH_MARGIN = 0.1
MINHASH_BATCH = 1_000  # shingle sets alive at once while signing (~30 KB each for a 2 kB note)
SHINGLE_CACHE = 1_024  # shingle sets kept for verification (a template cluster re-uses its first member)
TIE_BLOCK = 65_536  # sorted positions compared at a time when looking for notes that tie on every key
SEED = 1
ORDER_KEYS = ("note_date", SOURCE, SOURCE_ROW, "note_id")
_WORD = re.compile(r"\w+", re.UNICODE)
_EMPTY_GROUPS = {"patient_id": pl.Utf8, "group": pl.Utf8}
_REMOVED_SCHEMA = {"shard": pl.UInt32, "row": pl.UInt32, "note_id": pl.Utf8, "patient_id": pl.Utf8}


def normalized_text(text: str) -> str:
    """Case-folded words joined by single spaces: whitespace and punctuation edits are not differences."""
    return " ".join(_WORD.findall(text.casefold()))


def _word_shingles(normalized: str, k: int) -> set[bytes]:
    words = normalized.split(" ")
    if len(words) <= k:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + k]).encode() for i in range(len(words) - k + 1)}


def shingles(text: str, k: int) -> set[bytes]:
    """Word k-grams of the normalized text (the whole text when it has fewer than k words)."""
    return _word_shingles(normalized_text(text), k)


def jaccard(a: set[bytes] | frozenset[bytes], b: set[bytes] | frozenset[bytes]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def _digest(normalized: str) -> bytes:
    return hashlib.sha256(normalized.encode()).digest()


class _UnionFind:
    """Union-find over 0..n-1 in a compact int64 array (8 bytes per note, not a Python list of ints)."""

    def __init__(self, n: int):
        self.parent = array("q", range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:  # the smaller index (earlier note) stays the root: it is the representative
            self.parent[max(a, b)] = min(a, b)

    def roots(self) -> np.ndarray:
        """Root of every element, by pointer jumping in numpy (no Python loop over the corpus)."""
        parent = np.frombuffer(self.parent, dtype=np.int64).copy()
        while True:
            grand = parent[parent]
            if np.array_equal(grand, parent):
                return parent
            parent = grand


# -- the near-duplicate core ---------------------------------------------------------------


@lru_cache(maxsize=32)
def band_layout(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows per band): datasketch's optimum for `threshold - LSH_MARGIN` under LSH_WEIGHTS."""
    from datasketch.lsh import _optimal_param

    bands, rows = _optimal_param(max(0.05, threshold - LSH_MARGIN), num_perm, *LSH_WEIGHTS)
    if bands < 2:
        raise ValueError(f"num_perm {num_perm} is too small for threshold {threshold} (fewer than 2 LSH bands)")
    return bands, rows


_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB))


def band_hashes(shingle_sets: Sequence[set[bytes]], num_perm: int, bands: int, rows: int,
                seed: int = SEED) -> np.ndarray:
    """One uint64 per (note, band) from datasketch MinHash signatures (shape n x bands).

    Notes share a band bucket when the `rows` signature values of that band are equal, as in
    datasketch's MinHashLSH; a 64-bit collision of different values only adds a candidate, which
    the exact Jaccard check then rejects.
    """
    from datasketch import MinHash

    if not shingle_sets:
        return np.zeros((0, bands), dtype=np.uint64)
    sig = np.stack([m.hashvalues for m in MinHash.bulk(shingle_sets, num_perm=num_perm, seed=seed)])
    sig = sig[:, :bands * rows].astype(np.uint64).reshape(len(shingle_sets), bands, rows)
    h = np.zeros((len(shingle_sets), bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(rows):  # FNV-style combine, then the splitmix64 finaliser
            h = (h ^ sig[:, :, k]) * _MIX[0]
        h ^= h >> np.uint64(30)
        h *= _MIX[1]
        h ^= h >> np.uint64(27)
        h *= _MIX[2]
        h ^= h >> np.uint64(31)
    return h


def band_buckets(index: np.ndarray, hashes: np.ndarray) -> list[np.ndarray]:
    """Members (ascending order indices) of each bucket of one band that has more than one member.

    A sort of the band's hashes (numpy, ~16 bytes per note) rather than a hash table: memory is
    predictable, and only the (usually few) shared buckets become Python objects.
    """
    if len(index) < 2:
        return []
    by_hash = np.argsort(hashes, kind="stable")
    sorted_hashes = hashes[by_hash]
    same = sorted_hashes[1:] == sorted_hashes[:-1]  # same[j]: sorted positions j and j+1 share a bucket
    if not same.any():
        return []
    in_run = np.zeros(len(index), dtype=bool)
    in_run[1:] |= same
    in_run[:-1] |= same
    positions = np.flatnonzero(in_run)
    starts = np.flatnonzero(np.r_[True, ~same[positions[:-1]]])  # a run starts where the previous differs
    members = index[by_hash[positions]]
    buckets = [np.sort(run) for run in np.split(members, starts[1:])]
    buckets.sort(key=lambda run: int(run[0]))
    return buckets


Note = tuple[frozenset[bytes], np.ndarray]  # shingle set, band hashes


def verified_roots(n: int, buckets: Iterable[tuple[int, np.ndarray]], note: Callable[[int], Note],
                   threshold: float) -> np.ndarray:
    """Cluster root (smallest member) of 0..n-1: components of candidate pairs with Jaccard >= threshold.

    `buckets` yields (band, members); `note(i)` gives the shingle set and band hashes of note i.
    Each candidate pair is decided at most once, in the first band the two notes share (a pair
    sharing an earlier band was connected or rejected there), a pair already connected is never
    checked, and a new bucket member is checked against each other component of its bucket only
    until one member of it matches: a bucket of m near-identical template notes costs ~m checks.
    None of this changes the components, which depend only on the set of verified pairs.
    """
    uf = _UnionFind(n)
    for band, members in buckets:
        comps: list[list[int]] = []  # members seen so far, one list per union-find component
        for x in members.tolist():
            rx = uf.find(x)
            merged, rest = [x], []
            for comp in comps:
                if uf.find(comp[0]) != rx:
                    sx, hx = note(x)
                    for y in comp:
                        sy, hy = note(y)
                        if band and bool((hx[:band] == hy[:band]).any()):
                            continue
                        if jaccard(sx, sy) >= threshold:
                            uf.union(x, y)
                            rx = uf.find(x)
                            break
                    else:
                        rest.append(comp)
                        continue
                merged.extend(comp)
            comps = [*rest, merged]
    return uf.roots()


def near_duplicate_clusters(texts: list[str], threshold: float, num_perm: int, shingle_words: int,
                            seed: int = SEED) -> list[int]:
    """Cluster root (index of the earliest member) for each text; a singleton is its own root.

    MinHash LSH, banded for recall at `threshold - LSH_MARGIN`, proposes candidate pairs; a
    candidate joins a cluster only when the true Jaccard similarity of the two shingle sets
    reaches `threshold`. So the decision is exact for every candidate (no estimate noise at
    the threshold), and only pairs LSH never proposes can be missed (rare: see LSH_WEIGHTS).
    Signatures are built in batches, and shingle sets recomputed on demand, to bound memory.
    """
    bands, rows = band_layout(float(threshold), int(num_perm))
    parts = [band_hashes([shingles(t, shingle_words) for t in texts[start:start + MINHASH_BATCH]],
                         num_perm, bands, rows, seed)
             for start in range(0, len(texts), MINHASH_BATCH)]
    hashes = np.concatenate(parts) if parts else np.zeros((0, bands), dtype=np.uint64)
    index = np.arange(len(texts))

    @lru_cache(maxsize=SHINGLE_CACHE)
    def note(i: int) -> Note:
        return frozenset(shingles(texts[i], shingle_words)), hashes[i]

    buckets = ((b, bucket) for b in range(bands) for bucket in band_buckets(index, hashes[:, b]))
    return verified_roots(len(texts), buckets, note, float(threshold)).tolist()


# -- decisions shared by both front ends ---------------------------------------------------


@dataclass
class DedupResult:
    """Kept notes, quarantined duplicates, patient -> split group, and PHI-free counts."""

    notes: pl.DataFrame
    quarantine: pl.DataFrame = field(default_factory=empty_quarantine)
    groups: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=_EMPTY_GROUPS))
    stats: dict[str, int] = field(default_factory=dict)


@dataclass
class DedupPlan:
    """What to drop from the note shards: (shard, row) of each removed note, plus the same
    quarantine rows, split groups and counts `deduplicate` gives for the concatenated shards."""

    removed: pl.DataFrame
    quarantine: pl.DataFrame
    groups: pl.DataFrame
    stats: dict[str, int]


@dataclass
class _Decision:
    removed: np.ndarray  # input positions of the removed notes, ascending
    removed_rows: pl.DataFrame  # their narrow id columns, same order
    quarantine: pl.DataFrame
    groups: pl.DataFrame
    stats: dict[str, int]


@dataclass
class _Parts:
    """The corpus as consecutive parts (shards, or one frame) whose narrow columns the core re-reads
    on demand: ids are gathered only for the notes that need them, never held for every note."""

    sizes: list[int]
    read: Callable[[int, list[str]], pl.DataFrame]
    columns: list[str]

    @property
    def starts(self) -> np.ndarray:
        return np.cumsum([0, *self.sizes])


def _order(notes: pl.DataFrame) -> pl.DataFrame:
    """Earliest note first (the copy-forward original), ties broken by provenance, then input order."""
    keys = [c for c in ORDER_KEYS if c in notes.columns]
    return notes.sort(keys, nulls_last=True, maintain_order=True)


def _empty_stats(n: int) -> dict[str, int]:
    return {"dedup.notes_in": n, "dedup.exact_removed": 0, "dedup.near_removed": 0,
            "dedup.near_clusters": 0, "dedup.near_grouped_notes": 0, "dedup.cross_patient_groups": 0}


def _index_dtype(n: int) -> type[np.signedinteger]:
    return np.int32 if n < 2**31 else np.int64


# Order keys as compact numpy arrays: numeric and temporal keys as their physical values (a date is
# 4 bytes), string keys (source: one path per input file) as ranks of their sorted distinct values.
# note_id, the last key, is a string per note: it is gathered only for notes that tie on the others.


def _numeric(dtype: pl.DataType) -> bool:
    return dtype.is_numeric() or dtype.is_temporal() or dtype == pl.Boolean


def _key_dtypes(schemas: Sequence[pl.Schema]) -> dict[str, pl.DataType]:
    """Order keys other than note_id, with the dtype the concatenated parts have (all-null keys dropped)."""
    cols = [c for c in ORDER_KEYS[:-1] if c in schemas[0]]
    merged = pl.concat([pl.DataFrame(schema={c: s[c] for c in cols}) for s in schemas], how="vertical_relaxed")
    return {c: dt for c, dt in merged.schema.items() if dt != pl.Null}


EncodedKeys = dict[str, tuple[np.ndarray, np.ndarray | None, list[Any] | None]]  # values/codes, nulls, distinct


def _encode_keys(frame: pl.DataFrame, dtypes: dict[str, pl.DataType]) -> EncodedKeys:
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


class _KeyColumns:
    """The corpus's order keys, preallocated for n notes and filled part by part."""

    def __init__(self, dtypes: dict[str, pl.DataType], n: int):
        self.n = n
        self.values = {c: np.empty(n, dtype=pl.Series([], dtype=dt).to_physical().to_numpy().dtype
                                    if _numeric(dt) else np.int32) for c, dt in dtypes.items()}
        self.nulls: dict[str, np.ndarray] = {}
        self.distinct: dict[str, list[tuple[int, int, list[Any]]]] = {c: [] for c, dt in dtypes.items()
                                                                      if not _numeric(dt)}

    def add(self, start: int, encoded: EncodedKeys) -> None:
        for c, (values, nulls, distinct) in encoded.items():
            stop = start + len(values)
            self.values[c][start:stop] = values
            if nulls is not None:
                self.nulls.setdefault(c, np.zeros(self.n, dtype=bool))[start:stop] = nulls
            if distinct is not None:
                self.distinct[c].append((start, stop, distinct))

    def lexsort_keys(self) -> list[np.ndarray]:
        """Keys for np.lexsort (least significant first; a null flag ranks above its values, so nulls
        sort last as in `_order`). Hands the arrays over: this object holds none afterwards."""
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


def _keep_order(keys: list[np.ndarray], n: int, tie_ids: Callable[[np.ndarray], pl.Series] | None) -> np.ndarray:
    """Keep-order index of each note (0 = kept first): the order of `_order`, from a numpy lexsort.

    Where every key ties, `_order` falls back to note_id then input order: only those notes'
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


def _exact_duplicates(rank: np.ndarray, prefixes: np.ndarray, digests: Callable[[np.ndarray], np.ndarray]
                      ) -> np.ndarray:
    """Input positions, in keep order, of notes whose text digest equals an earlier-kept note's.

    Sorted on the digests' first 8 bytes; the full 32-byte digests (`digests(positions)` ->
    (k, 4) uint64) are fetched only for notes sharing a prefix, so the decision stays exact.
    """
    by_prefix = np.argsort(prefixes, kind="stable")
    prefixes = prefixes[by_prefix]
    shared = prefixes[1:] == prefixes[:-1]
    del prefixes
    in_run = np.zeros(len(by_prefix), dtype=bool)
    in_run[1:] |= shared
    in_run[:-1] |= shared
    candidates = np.sort(by_prefix[in_run])
    del by_prefix, in_run, shared
    if not len(candidates):
        return np.empty(0, dtype=np.int64)
    words = digests(candidates)
    by_digest = np.lexsort((rank[candidates], *words.T[::-1]))
    words = words[by_digest]
    later = np.r_[False, (words[1:] == words[:-1]).all(axis=1)]
    dups = candidates[by_digest[later]].astype(np.int64)
    return dups[np.argsort(rank[dups], kind="stable")]


# near(alive, rank) -> (positions, keep-order indices, cluster roots as keep-order indices) of the
# LSH candidates among the alive notes, in keep order; notes not returned are singletons.
NearFn = Callable[[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray, np.ndarray]]


class _Strings:
    """A growing string column as one UTF-8 buffer + int64 end offsets + validity flags (Arrow's
    layout): ~9 bytes a string beyond its text, in three large buffers. Collected per shard instead,
    small polars or Arrow frames cost ~35 KB a shard (heap fragmentation between the shard reads)
    and Python strings ~70 bytes each; both grew with the corpus. With `distinct`, duplicates are
    dropped whenever the column doubles (amortized)."""

    CHUNK = 16_384  # strings decoded to Python at once when building the polars column
    MERGE_AT = 100_000  # with `distinct`, no de-duplication below this many strings

    def __init__(self, distinct: bool = False) -> None:
        self.distinct = distinct
        self.merged = 0  # length right after the last de-duplication
        self._clear()

    def _clear(self) -> None:
        self.data = bytearray()
        self.ends = array("q")
        self.valid = bytearray()

    def __len__(self) -> int:
        return len(self.valid)

    def _append(self, values: Iterable[str | None]) -> None:
        for v in values:
            if v is not None:
                self.data += v.encode()
            self.ends.append(len(self.data))
            self.valid.append(v is not None)

    def extend(self, values: Iterable[str | None]) -> None:
        self._append(values)
        if self.distinct and len(self) > max(self.MERGE_AT, 2 * self.merged):
            unique = self.series("v")
            self._clear()
            for start in range(0, len(unique), self.CHUNK):
                self._append(unique.slice(start, self.CHUNK).to_list())
            self.merged = len(self)

    def series(self, name: str) -> pl.Series:
        chunks, start, data = [], 0, memoryview(self.data)
        for a in range(0, len(self), self.CHUNK):
            values: list[str | None] = []
            for end, valid in zip(self.ends[a:a + self.CHUNK], self.valid[a:a + self.CHUNK], strict=True):
                values.append(str(data[start:end], "utf-8") if valid else None)
                start = end
            chunks.append(pl.Series(name, values, dtype=pl.Utf8))
        data.release()
        out = pl.concat(chunks, rechunk=True) if chunks else pl.Series(name, [], dtype=pl.Utf8)
        return out.unique(maintain_order=True) if self.distinct else out


def _gather(parts: _Parts, positions: np.ndarray, columns: list[str], kept: np.ndarray | None = None,
            ) -> tuple[pl.DataFrame, pl.Series | None]:
    """`columns` of the notes at `positions` (in that order), reading one part at a time and only
    parts holding some; with `kept`, every part is read and the distinct patient ids of the kept
    notes come back too. String columns are collected in `_Strings`, others (row numbers) in lists."""
    by_pos = np.argsort(positions, kind="stable")
    wanted = positions[by_pos]
    starts = parts.starts
    schema: pl.Schema | None = None
    values: dict[str, _Strings | list[Any]] = {}
    patients = _Strings(distinct=True)
    for s in range(len(parts.sizes)):
        lo, hi = np.searchsorted(wanted, [starts[s], starts[s + 1]])
        if lo == hi and (kept is None or not parts.sizes[s]):
            continue
        frame = parts.read(s, list(dict.fromkeys([*columns, *(["patient_id"] if kept is not None else [])])))
        if schema is None:
            schema = frame.select(columns).schema
            values = {c: _Strings() if dt == pl.Utf8 else [] for c, dt in schema.items()}
        if lo < hi:
            for c, column in frame.select(columns)[wanted[lo:hi] - starts[s]].to_dict(as_series=False).items():
                values[c].extend(column)
        if kept is not None:
            patients.extend(frame["patient_id"].filter(pl.Series(kept[starts[s]:starts[s + 1]])).unique().to_list())
        del frame
    ids = None if kept is None else patients.series("patient_id")
    del patients
    schema = schema or pl.Schema(dict.fromkeys(columns, pl.Utf8))
    found = pl.DataFrame([v.series(c) if isinstance(v, _Strings) else pl.Series(c, v, dtype=schema[c])
                          for c, v in values.items()] if values else None, schema=schema)
    del values
    inverse = np.empty_like(by_pos)
    inverse[by_pos] = np.arange(len(by_pos))
    return found[inverse], ids


def _decide(parts: _Parts, keys: list[np.ndarray], opts: dict[str, Any],
            prefixes: Callable[[], np.ndarray], digests: Callable[[np.ndarray], np.ndarray], near: NearFn
            ) -> _Decision:
    """Exact then near decisions over the corpus, on numpy positions and keep-order indices.

    Per note it holds order keys (until ranked), the rank, digest prefixes (during the exact
    step) and a few flags; ids are gathered at the end for the removed and clustered notes only.
    """
    n = sum(parts.sizes)
    stats = _empty_stats(n)
    tie_ids = (lambda pos: _gather(parts, pos, ["note_id"])[0]["note_id"]) if "note_id" in parts.columns else None
    rank = _keep_order(keys, n, tie_ids)
    exact = np.empty(0, dtype=np.int64)
    if opts["exact"]:
        exact = _exact_duplicates(rank, prefixes(), digests)
        stats["dedup.exact_removed"] = len(exact)
    alive = np.ones(n, dtype=bool)
    alive[exact] = False
    near_removed = clustered = cluster_roots = np.empty(0, dtype=np.int64)
    if opts["near"] and n - len(exact) > 1:
        cand_pos, cand_i, root_i = near(alive, rank)
        roots, sizes = np.unique(root_i, return_counts=True)
        stats["dedup.near_clusters"] = int((sizes > 1).sum())
        if opts["near_action"] == "remove":
            near_removed = cand_pos[root_i != cand_i].astype(np.int64)
            stats["dedup.near_removed"] = len(near_removed)
        else:
            member = np.isin(root_i, roots[sizes > 1])
            clustered, cluster_roots = cand_pos[member].astype(np.int64), root_i[member]
            stats["dedup.near_grouped_notes"] = len(clustered)
    kept = alive
    kept[near_removed] = False
    del alive, rank

    columns = [c for c in ("note_id", "patient_id", SOURCE, SOURCE_ROW) if c in parts.columns]
    rows, patients = _gather(parts, np.concatenate([exact, near_removed, clustered]), columns, kept)
    n_exact, n_near = len(exact), len(near_removed)
    quarantine = [empty_quarantine()]
    if opts["exact"]:
        quarantine.append(quarantine_rows(rows[:n_exact], stage=STAGE, reason=Reason.EXACT_DUPLICATE, field="text",
                                          detail="same normalized text as an earlier kept note"))
    if n_near:
        quarantine.append(quarantine_rows(
            rows[n_exact:n_exact + n_near], stage=STAGE, reason=Reason.NEAR_DUPLICATE, field="text",
            detail=f"near-duplicate (word-shingle Jaccard >= {opts['threshold']}) of an earlier kept note"))
    group_links: list[tuple[str, str]] = []
    if len(clustered):
        members = pl.DataFrame({"root": cluster_roots, "patient_id": rows["patient_id"][n_exact + n_near:]})
        first = members.group_by("root").agg(pl.col("patient_id").min().alias("first"))
        links = members.join(first, on="root").filter(pl.col("patient_id") != pl.col("first"))
        group_links = links.select("patient_id", "first").unique().rows()
    removed = np.concatenate([exact, near_removed])
    ascending = np.argsort(removed, kind="stable")
    removed_rows = rows[:n_exact + n_near][ascending] if len(removed) else rows.clear()

    groups, linked = _groups(patients if patients is not None else [], group_links)
    stats["dedup.cross_patient_groups"] = linked.filter(pl.col("patient_id") != pl.col("group"))["group"].n_unique()
    # A template shared by many patients chains them into one split group: surface its size.
    stats["dedup.largest_group_patients"] = int(linked.group_by("group").len()["len"].max() or min(groups.height, 1))
    stats["dedup.notes_out"] = n - len(removed)
    return _Decision(removed[ascending], removed_rows, pl.concat(quarantine, how="vertical_relaxed"), groups, stats)


def _options(options: dict[str, Any] | None) -> dict[str, Any]:
    return {**DEFAULTS, **(options or {})}


def deduplicate(notes: pl.DataFrame, options: dict[str, Any] | None = None) -> DedupResult:
    """Remove exact and near-duplicate notes across the whole corpus (see the module docstring).

    Kept notes come out in input order, so a corpus without duplicates comes out unchanged.
    """
    opts = _options(options)
    if notes.height == 0:
        return DedupResult(notes=notes, stats=_empty_stats(0) | {"dedup.notes_out": 0})
    parts = _Parts([notes.height], lambda _, columns: notes.select(columns), notes.columns)
    dtypes = _key_dtypes([notes.schema])
    keys = _KeyColumns(dtypes, notes.height)
    keys.add(0, _encode_keys(notes, dtypes))
    words = np.zeros((0, 4), dtype=np.uint64)
    if opts["exact"]:
        words = np.frombuffer(b"".join(_digest(normalized_text(t)) for t in notes["text"]),
                              dtype=np.uint64).reshape(-1, 4)

    def near(alive: np.ndarray, rank: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        survivors = np.flatnonzero(alive)
        survivors = survivors[np.argsort(rank[survivors], kind="stable")]
        local = near_duplicate_clusters(notes["text"].gather(survivors).to_list(), float(opts["threshold"]),
                                        int(opts["num_perm"]), int(opts["shingle_words"]))
        order_i = rank[survivors].astype(np.int64)
        return survivors, order_i, order_i[np.asarray(local, dtype=np.int64)]

    decision = _decide(parts, keys.lexsort_keys(), opts, lambda: words[:, 0].copy(), lambda pos: words[pos], near)
    kept = np.ones(notes.height, dtype=bool)
    kept[decision.removed] = False
    return DedupResult(notes=notes.filter(pl.Series(kept)), quarantine=decision.quarantine,
                       groups=decision.groups, stats=decision.stats)


# -- the streaming front end ---------------------------------------------------------------


def _read_shard(path: Path, columns: list[str]) -> pl.DataFrame:
    """The one place shards are read (so tests can see how many texts are held at once)."""
    return pl.read_parquet(path, columns=columns)


class _TextStore:
    """Texts and band hashes of LSH candidates on disk (SQLite keyed by candidate index); parsed notes
    in a small LRU."""

    def __init__(self, path: Path, shingle_words: int):
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("CREATE TABLE note (i INTEGER PRIMARY KEY, text TEXT NOT NULL, bands BLOB NOT NULL)")
        self.k = shingle_words
        self.note = lru_cache(maxsize=SHINGLE_CACHE)(self._note)

    def add(self, rows: Iterable[tuple[int, str, bytes]]) -> None:
        self.db.executemany("INSERT INTO note VALUES (?, ?, ?)", rows)

    def _note(self, i: int) -> Note:
        text, bands = self.db.execute("SELECT text, bands FROM note WHERE i = ?", (i,)).fetchone()
        return frozenset(shingles(text, self.k)), np.frombuffer(bands, dtype=np.uint64)

    def close(self) -> None:
        self.note.cache_clear()
        self.db.close()


def plan_dedup(shards: list[Path], options: dict[str, Any] | None, work_dir: Path,
               workers: int = 1) -> DedupPlan:
    """`deduplicate` over note shards without holding their texts, ids or an LSH index in memory.

    The result equals `deduplicate(pl.concat(shards), options)`, expressed as the (shard, row)
    of each note to drop. Pass 1 signs one shard at a time (in `workers` processes when > 1: the
    MinHash signing is most of the time): compact order keys come back, text digests and band
    hashes go to raw files per shard. Buckets are then grouped one band at a time; pass 2 copies
    the texts of notes that share a bucket into SQLite, and verification reads them back on
    demand. Ids are re-read at the end for the removed and clustered notes only.
    `work_dir` is scratch: emptied at the start, removed at the end.
    """
    opts = _options(options)
    work_dir = Path(work_dir)
    shutil.rmtree(work_dir, ignore_errors=True)
    work_dir.mkdir(parents=True)
    try:
        return _plan(list(map(Path, shards)), opts, work_dir, workers)
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)


def _sign_shard(path: Path, dtypes: dict[str, pl.DataType], opts: dict[str, Any], digest_path: Path,
                bands_path: Path) -> tuple[int, EncodedKeys]:
    """Pass 1 for one shard: its compact order keys (returned), text digests (32 bytes a note, to
    `digest_path`) and band hashes (band-major uint64, to `bands_path`)."""
    shard = _read_shard(path, [*dtypes, "text"])
    n = shard.height
    keys = _encode_keys(shard, dtypes)
    texts = shard["text"].to_list()
    del shard
    if opts["exact"]:
        np.frombuffer(b"".join(_digest(normalized_text(t)) for t in texts), dtype=np.uint8).tofile(digest_path)
    if opts["near"]:
        bands, rows = band_layout(float(opts["threshold"]), int(opts["num_perm"]))
        k = int(opts["shingle_words"])
        parts = [band_hashes([shingles(t, k) for t in texts[a:a + MINHASH_BATCH]], int(opts["num_perm"]), bands, rows)
                 for a in range(0, n, MINHASH_BATCH)]
        hashes = np.concatenate(parts) if parts else np.zeros((0, bands), dtype=np.uint64)
        np.ascontiguousarray(hashes.T).tofile(bands_path)
    return n, keys


def _in_sorted(values: np.ndarray, table: np.ndarray) -> np.ndarray:
    """values[i] in table (sorted, non-empty), by binary search: no copy of `values` beyond an index array."""
    at = np.minimum(np.searchsorted(table, values), len(table) - 1)
    return table[at] == values


def _plan(shards: list[Path], opts: dict[str, Any], work_dir: Path, workers: int) -> DedupPlan:
    schemas = [pl.read_parquet_schema(p) for p in shards]
    sizes = [pl.scan_parquet(p).select(pl.len()).collect().item() for p in shards]  # from the footers
    n = sum(sizes)
    if n == 0:
        return DedupPlan(pl.DataFrame(schema=_REMOVED_SCHEMA), empty_quarantine(),
                         pl.DataFrame(schema=_EMPTY_GROUPS), _empty_stats(0) | {"dedup.notes_out": 0})
    dtypes = _key_dtypes(schemas)
    bands = band_layout(float(opts["threshold"]), int(opts["num_perm"]))[0] if opts["near"] else 0
    k = int(opts["shingle_words"])
    parts = _Parts(sizes, lambda s, columns: _read_shard(shards[s], columns), list(schemas[0]))
    starts = parts.starts

    # pass 1: order keys into preallocated arrays, digests and band hashes to files, a shard at a time per process
    digest_files = [work_dir / f"digests-{s:06d}.bin" for s in range(len(shards))]
    band_files = [work_dir / f"bands-{s:06d}.u64" for s in range(len(shards))]
    keys = _KeyColumns(dtypes, n)
    jobs = (shards, [dtypes] * len(shards), [opts] * len(shards), digest_files, band_files)
    with ExitStack() as stack:
        if workers > 1 and len(shards) > 1:
            from concurrent.futures import ProcessPoolExecutor

            from cancerprep.executors.local import _mp_context

            pool = stack.enter_context(ProcessPoolExecutor(min(workers, len(shards)), mp_context=_mp_context()))
            signed = pool.map(_sign_shard, *jobs)
        else:
            signed = map(_sign_shard, *jobs)
        for s, (rows, encoded) in enumerate(track(signed, "dedup: signing shards", total=len(shards))):
            if rows != sizes[s]:
                raise ValueError(f"shard {s} changed while planning the dedup ({rows} rows, metadata {sizes[s]})")
            keys.add(int(starts[s]), encoded)

    def prefixes() -> np.ndarray:
        out = np.empty(n, dtype=np.uint64)
        for s, f in enumerate(digest_files):
            if sizes[s]:
                out[starts[s]:starts[s + 1]] = np.fromfile(f, dtype=np.uint64)[::4]
        return out

    def digests(positions: np.ndarray) -> np.ndarray:  # positions ascending
        bounds = np.searchsorted(positions, starts)
        return np.concatenate([np.fromfile(f, dtype=np.uint64).reshape(-1, 4)[positions[lo:hi] - starts[s]]
                               for s, (f, lo, hi) in enumerate(zip(digest_files, bounds[:-1], bounds[1:],
                                                                   strict=True)) if lo < hi])

    def band_slice(s: int, b: int) -> np.ndarray:
        return np.fromfile(band_files[s], dtype=np.uint64, count=sizes[s], offset=b * sizes[s] * 8)

    def near(alive: np.ndarray, rank: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        n_alive = int(alive.sum())

        def hits(b: int) -> tuple[np.ndarray, np.ndarray]:
            """Positions and band-b hashes of the alive notes that share their band-b hash with another."""
            column = np.empty(n_alive, dtype=np.uint64)
            at = 0
            for s in range(len(shards)):
                if sizes[s]:
                    h = band_slice(s, b)[alive[starts[s]:starts[s + 1]]]
                    column[at:at + len(h)] = h
                    at += len(h)
            column.sort()
            shared = np.unique(column[1:][column[1:] == column[:-1]])
            del column
            pos, hashes = [np.empty(0, dtype=np.int64)], [np.empty(0, dtype=np.uint64)]
            for s in range(len(shards)):
                if sizes[s] and len(shared):
                    h = band_slice(s, b)
                    hit = alive[starts[s]:starts[s + 1]] & _in_sorted(h, shared)
                    pos.append(np.flatnonzero(hit) + starts[s])
                    hashes.append(h[hit])
            return np.concatenate(pos), np.concatenate(hashes)

        def buckets(b: int) -> list[np.ndarray]:
            """band_buckets over all alive notes of band b (the others are alone in their buckets)."""
            pos, hashes = hits(b)
            return band_buckets(rank[pos].astype(np.int64), hashes)

        needed = np.zeros(n, dtype=bool)  # input positions that share some bucket
        for b in range(bands):
            needed[hits(b)[0]] = True
        cand_pos = np.flatnonzero(needed)
        del needed
        cand_pos = cand_pos[np.argsort(rank[cand_pos], kind="stable")]  # keep order
        cand_i = rank[cand_pos].astype(np.int64)  # ascending; compact id c <-> cand_i[c]
        # pass 2: texts and band hashes of the candidates into SQLite, again one shard at a time
        store = _TextStore(work_dir / "texts.sqlite", k)
        try:
            wanted = np.sort(cand_pos)
            for s, path in enumerate(track(shards, "dedup: storing candidates")):
                lo, hi = np.searchsorted(wanted, [starts[s], starts[s + 1]])
                if lo == hi:
                    continue
                texts = _read_shard(path, ["text"])["text"]
                by_note = np.fromfile(band_files[s], dtype=np.uint64).reshape(bands, sizes[s]).T
                local = wanted[lo:hi] - starts[s]
                compact = np.searchsorted(cand_i, rank[wanted[lo:hi]])
                store.add((int(c), texts[int(p)], by_note[p].tobytes()) for c, p in zip(compact, local, strict=True))
                del texts, by_note
            store.db.commit()
            roots = verified_roots(len(cand_i), ((b, np.searchsorted(cand_i, m)) for b in range(bands)
                                                 for m in buckets(b)), store.note, float(opts["threshold"]))
        finally:
            store.close()
        return cand_pos, cand_i, cand_i[roots]

    decision = _decide(parts, keys.lexsort_keys(), opts, prefixes, digests, near)
    shard = (np.searchsorted(starts, decision.removed, side="right") - 1).astype(np.uint32)
    removed = pl.DataFrame({"shard": shard, "row": (decision.removed - starts[shard]).astype(np.uint32)},
                           schema={"shard": pl.UInt32, "row": pl.UInt32})
    removed = removed.hstack(decision.removed_rows.select(pl.col("note_id").cast(pl.Utf8),
                                                          pl.col("patient_id").cast(pl.Utf8)))
    return DedupPlan(removed, decision.quarantine, decision.groups, decision.stats)


# -- groups, splits, file edge and audit ---------------------------------------------------


def patient_groups(patients: Sequence[str] | pl.Series, links: list[tuple[str, str]]) -> pl.DataFrame:
    """patient_id -> group (the smallest patient id in its connected component)."""
    return _groups(patients, links)[0]


def _groups(patients: Sequence[str] | pl.Series, links: list[tuple[str, str]]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """`patient_groups`, plus the same mapping for the linked patients only (every other patient is its
    own group): union-find and group statistics cost the links, not a Python object per patient."""
    linked = sorted({x for link in links for x in link})
    index = {p: i for i, p in enumerate(linked)}
    uf = _UnionFind(len(linked))
    for a, b in links:
        uf.union(index[a], index[b])
    mapping = pl.DataFrame({"patient_id": linked, "group": [linked[uf.find(i)] for i in range(len(linked))]},
                           schema=_EMPTY_GROUPS)
    names = pl.concat([pl.Series("patient_id", patients, dtype=pl.Utf8), mapping["patient_id"]]).unique().sort()
    group = names.replace(mapping["patient_id"], mapping["group"]) if links else names
    return pl.DataFrame([names, group.alias("group")]), mapping


def split_leaks(notes: pl.DataFrame, pairs: dict[str, pl.DataFrame] | None = None, threshold: float = 0.8,
                num_perm: int = 128, shingle_words: int = 5) -> dict[str, int]:
    """Audit a written dataset: patients and near-duplicate clusters found in more than one split.

    Notes need `note_id`, `patient_id`, `text` and `split`; pairs (optional) `patient_pseudonym` and
    `split`. Returns counts only (no ids, no text), all zero for a leak-free dataset.
    """
    units = [notes.select(pl.col("patient_id").alias("unit"), "split")]
    for frame in (pairs or {}).values():
        units.append(frame.select(pl.col("patient_pseudonym").alias("unit"), "split"))
    per_unit = pl.concat(units).unique().group_by("unit").len()
    result = {"patients_in_two_splits": per_unit.filter(pl.col("len") > 1).height,
              "near_duplicate_clusters_across_splits": 0}
    if notes.height > 1:
        ordered = _order(notes)
        roots = near_duplicate_clusters(ordered["text"].to_list(), threshold, num_perm, shingle_words)
        spread = ordered.with_columns(pl.Series("_root", roots)).group_by("_root").agg(pl.col("split").n_unique())
        result["near_duplicate_clusters_across_splits"] = spread.filter(pl.col("split") > 1).height
    return result
