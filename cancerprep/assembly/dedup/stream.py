"""`plan_dedup`: the dedup decision over note shards without holding the corpus in memory.

Per note it keeps compact numpy bookkeeping (order keys, a keep-order rank, digest prefixes and
flags: a few tens of bytes); text digests and band hashes go to raw files and the texts of LSH
candidates to SQLite under a scratch directory; ids are re-read only for the notes removed or
clustered, and the shards are read one at a time. Signing (most of the time) is one pure function
per shard, mapped by whatever the caller passes (an executor's `map`: serial, a process pool, Ray).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from cancerprep.assembly.dedup.decide import (
    GROUPS_SCHEMA,
    Parts,
    decide_duplicates,
    empty_stats,
    text_digest,
    with_defaults,
)
from cancerprep.assembly.dedup.minhash import (
    MINHASH_BATCH,
    SHINGLE_CACHE,
    Note,
    band_buckets,
    band_hashes,
    band_layout,
    normalized_text,
    shingles,
    verified_roots,
)
from cancerprep.assembly.dedup.order import EncodedKeys, KeyColumns, encode_keys, key_dtypes
from cancerprep.progress import track
from cancerprep.quarantine import empty_quarantine

_REMOVED_SCHEMA = {"shard": pl.UInt32, "row": pl.UInt32, "note_id": pl.Utf8, "patient_id": pl.Utf8}


@dataclass
class DedupPlan:
    """What to drop from the note shards: (shard, row) of each removed note, plus the same
    quarantine rows, split groups and counts `deduplicate` gives for the concatenated shards."""

    removed: pl.DataFrame
    quarantine: pl.DataFrame
    groups: pl.DataFrame
    stats: dict[str, int]


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
        """Store candidates' (index, text, bands) on disk, so near-dup checks never hold every text in memory."""
        self.db.executemany("INSERT INTO note VALUES (?, ?, ?)", rows)

    def _note(self, i: int) -> Note:
        text, bands = self.db.execute("SELECT text, bands FROM note WHERE i = ?", (i,)).fetchone()
        return frozenset(shingles(text, self.k)), np.frombuffer(bands, dtype=np.uint64)

    def close(self) -> None:
        """Free the cached notes and the database handle; called in `finally`, so a failed dedup leaks neither."""
        self.note.cache_clear()
        self.db.close()


# map(fn, items) -> fn(item) for each item, in order: the builtin `map` (serial), or an executor's
# `map` (a process pool or Ray workers). `fn` and the items must be picklable for the parallel ones.
ParallelMap = Callable[[Callable[[Any], Any], Sequence[Any]], Iterable[Any]]


def prepare_dedup(options: dict[str, Any] | None) -> None:
    """Work out the LSH band layout ahead of `plan_dedup` (cached): it imports datasketch and scipy (~0.65 s),
    which the runner has done before the stage phase, while a pool's fork server is still importing."""
    opts = with_defaults(options)
    if opts["near"]:
        band_layout(float(opts["threshold"]), int(opts["num_perm"]))


def plan_dedup(shards: list[Path], options: dict[str, Any] | None, work_dir: Path,
               parallel_map: ParallelMap = map) -> DedupPlan:
    """`deduplicate` over note shards without holding their texts, ids or an LSH index in memory.

    The result equals `deduplicate(pl.concat(shards), options)`, expressed as the (shard, row)
    of each note to drop. Pass 1 signs one shard per call of `parallel_map` (the MinHash signing
    is most of the time, so the runner passes its executor's `map`; any map gives the same plan):
    compact order keys, text digests and band hashes come back, and the digests and band hashes
    go to raw files per shard. Buckets are then grouped one band at a time; pass 2 copies the
    texts of notes that share a bucket into SQLite, and verification reads them back on demand.
    Ids are re-read at the end for the removed and clustered notes only.
    `work_dir` is scratch: emptied at the start, removed at the end.
    """
    opts = with_defaults(options)
    work_dir = Path(work_dir)
    shutil.rmtree(work_dir, ignore_errors=True)
    work_dir.mkdir(parents=True)
    try:
        return _plan(list(map(Path, shards)), opts, work_dir, parallel_map)
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)


@dataclass
class SignedShard:
    """Pass 1's result for one shard, as it travels back from a worker: row count, compact order
    keys, text digests (32 bytes a note; None without exact dedup) and band hashes (n x bands;
    None without near dedup). The driver writes the last two to scratch files, so workers need
    no access to the scratch directory."""

    rows: int
    keys: EncodedKeys
    digests: np.ndarray | None
    bands: np.ndarray | None


def sign_shard(dtypes: dict[str, pl.DataType], opts: dict[str, Any], path: Path) -> SignedShard:
    """Pass 1 for one shard (a pure function of the shard file, so any worker may run it)."""
    shard = _read_shard(path, [*dtypes, "text"])
    n = shard.height
    keys = encode_keys(shard, dtypes)
    texts = shard["text"].to_list()
    del shard
    digests = hashes = None
    if opts["exact"]:
        digests = np.frombuffer(b"".join(text_digest(normalized_text(t)) for t in texts), dtype=np.uint8)
    if opts["near"]:
        bands, rows = band_layout(float(opts["threshold"]), int(opts["num_perm"]))
        k = int(opts["shingle_words"])
        parts = [band_hashes([shingles(t, k) for t in texts[a:a + MINHASH_BATCH]], int(opts["num_perm"]), bands, rows)
                 for a in range(0, n, MINHASH_BATCH)]
        hashes = np.concatenate(parts) if parts else np.zeros((0, bands), dtype=np.uint64)
    return SignedShard(n, keys, digests, hashes)


def _in_sorted(values: np.ndarray, table: np.ndarray) -> np.ndarray:
    """values[i] in table (sorted, non-empty), by binary search: no copy of `values` beyond an index array."""
    at = np.minimum(np.searchsorted(table, values), len(table) - 1)
    return table[at] == values


def _plan(shards: list[Path], opts: dict[str, Any], work_dir: Path, parallel_map: ParallelMap) -> DedupPlan:
    schemas = [pl.read_parquet_schema(p) for p in shards]
    sizes = [pl.scan_parquet(p).select(pl.len()).collect().item() for p in shards]  # from the footers
    n = sum(sizes)
    if n == 0:
        return DedupPlan(pl.DataFrame(schema=_REMOVED_SCHEMA), empty_quarantine(),
                         pl.DataFrame(schema=GROUPS_SCHEMA), empty_stats(0) | {"dedup.notes_out": 0})
    dtypes = key_dtypes(schemas)
    bands = band_layout(float(opts["threshold"]), int(opts["num_perm"]))[0] if opts["near"] else 0
    k = int(opts["shingle_words"])
    parts = Parts(sizes, lambda s, columns: _read_shard(shards[s], columns), list(schemas[0]))
    starts = parts.starts

    # pass 1: order keys into preallocated arrays, digests and band hashes to files, a shard per call
    digest_files = [work_dir / f"digests-{s:06d}.bin" for s in range(len(shards))]
    band_files = [work_dir / f"bands-{s:06d}.u64" for s in range(len(shards))]
    keys = KeyColumns(dtypes, n)
    signed = parallel_map(partial(sign_shard, dtypes, opts), shards)
    for s, shard in enumerate(track(signed, "dedup: signing shards", total=len(shards))):
        if shard.rows != sizes[s]:
            raise ValueError(f"shard {s} changed while planning the dedup ({shard.rows} rows, metadata {sizes[s]})")
        keys.add(int(starts[s]), shard.keys)
        if shard.digests is not None:
            shard.digests.tofile(digest_files[s])
        if shard.bands is not None:
            np.ascontiguousarray(shard.bands.T).tofile(band_files[s])

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

    decision = decide_duplicates(parts, keys.lexsort_keys(), opts, prefixes, digests, near)
    shard = (np.searchsorted(starts, decision.removed, side="right") - 1).astype(np.uint32)
    removed = pl.DataFrame({"shard": shard, "row": (decision.removed - starts[shard]).astype(np.uint32)},
                           schema={"shard": pl.UInt32, "row": pl.UInt32})
    removed = removed.hstack(decision.removed_rows.select(pl.col("note_id").cast(pl.Utf8),
                                                          pl.col("patient_id").cast(pl.Utf8)))
    return DedupPlan(removed, decision.quarantine, decision.groups, decision.stats)


