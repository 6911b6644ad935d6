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
and holds no text or LSH index of the corpus: per note it keeps only narrow
bookkeeping (order keys, a 32-byte digest, indices; a few hundred bytes with
transient copies), band hashes go to raw files and the texts of LSH candidates
to SQLite under a scratch directory, and the shards are read one at a time.
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
    removed: np.ndarray  # row positions (`_in`) of the removed notes, ascending
    quarantine: pl.DataFrame
    groups: pl.DataFrame
    stats: dict[str, int]


def _order(notes: pl.DataFrame) -> pl.DataFrame:
    """Earliest note first (the copy-forward original), ties broken by provenance, then input order."""
    keys = [c for c in ORDER_KEYS if c in notes.columns]
    return notes.sort(keys, nulls_last=True, maintain_order=True)


def _empty_stats(n: int) -> dict[str, int]:
    return {"dedup.notes_in": n, "dedup.exact_removed": 0, "dedup.near_removed": 0,
            "dedup.near_clusters": 0, "dedup.near_grouped_notes": 0, "dedup.cross_patient_groups": 0}


def _decide(notes: pl.DataFrame, opts: dict[str, Any],
            near_roots: Callable[[pl.DataFrame], np.ndarray]) -> _Decision:
    """Exact then near decisions over a (possibly narrow) note frame; `_h` holds digests for exact.

    Works on row positions (`_in`) and order indices (`_i`) and gathers other columns only for the
    rows that need them, so a narrow frame of millions of notes is not copied column by column.
    `near_roots(survivors)` gets the exact-deduplicated notes as `_in`, `_i` in keep-the-earliest
    order and returns each one's cluster root as an order index.
    """
    stats = _empty_stats(notes.height)
    keys = [c for c in ORDER_KEYS if c in notes.columns]
    order = notes.select(pl.arg_sort_by(keys, nulls_last=True, maintain_order=True).alias("_in"))["_in"]
    ordered = pl.DataFrame({"_in": order}).with_row_index("_i")
    removed: list[pl.DataFrame] = [empty_quarantine()]
    removed_in: list[np.ndarray] = []

    def quarantine(dup: pl.DataFrame, reason: Reason, detail: str) -> None:
        rows = notes.select(c for c in ("note_id", SOURCE, SOURCE_ROW) if c in notes.columns)[dup["_in"]]
        removed.append(quarantine_rows(rows, stage=STAGE, reason=reason, field="text", detail=detail))
        removed_in.append(dup["_in"].to_numpy())

    if opts["exact"]:
        first = notes["_h"].gather(order).is_first_distinct()
        dup = ordered.filter(~first)
        quarantine(dup, Reason.EXACT_DUPLICATE, "same normalized text as an earlier kept note")
        stats["dedup.exact_removed"] = dup.height
        ordered = ordered.filter(first)

    group_links: list[tuple[str, str]] = []
    if opts["near"] and ordered.height > 1:
        ordered = ordered.with_columns(pl.Series("_root", near_roots(ordered), dtype=pl.Int64))
        in_cluster = ordered.filter(pl.col("_root").is_duplicated())
        stats["dedup.near_clusters"] = in_cluster["_root"].n_unique()
        if opts["near_action"] == "remove":
            dup = ordered.filter(pl.col("_root") != pl.col("_i"))
            quarantine(dup, Reason.NEAR_DUPLICATE,
                       f"near-duplicate (word-shingle Jaccard >= {opts['threshold']}) of an earlier kept note")
            stats["dedup.near_removed"] = dup.height
            ordered = ordered.filter(pl.col("_root") == pl.col("_i"))
        else:
            stats["dedup.near_grouped_notes"] = in_cluster.height
            in_cluster = in_cluster.with_columns(notes["patient_id"].gather(in_cluster["_in"]))
            for _, members in in_cluster.group_by("_root", maintain_order=True):
                patients = sorted(set(members["patient_id"].to_list()))
                group_links.extend((p, patients[0]) for p in patients[1:])

    dropped = np.sort(np.concatenate([np.empty(0, dtype=np.int64), *removed_in]).astype(np.int64))
    kept = np.ones(notes.height, dtype=bool)
    kept[dropped] = False
    groups = patient_groups(notes["patient_id"].filter(pl.Series(kept)).unique().to_list(), group_links)
    stats["dedup.cross_patient_groups"] = groups.filter(pl.col("patient_id") != pl.col("group"))["group"].n_unique()
    # A template shared by many patients chains them into one split group: surface its size.
    stats["dedup.largest_group_patients"] = int(groups.group_by("group").len()["len"].max() or 0)
    stats["dedup.notes_out"] = ordered.height
    return _Decision(dropped, pl.concat(removed, how="vertical_relaxed"), groups, stats)


def _options(options: dict[str, Any] | None) -> dict[str, Any]:
    return {**DEFAULTS, **(options or {})}


def deduplicate(notes: pl.DataFrame, options: dict[str, Any] | None = None) -> DedupResult:
    """Remove exact and near-duplicate notes across the whole corpus (see the module docstring).

    Kept notes come out in input order, so a corpus without duplicates comes out unchanged.
    """
    opts = _options(options)
    if notes.height == 0:
        return DedupResult(notes=notes, stats=_empty_stats(0) | {"dedup.notes_out": 0})
    frame = notes
    if opts["exact"]:
        frame = notes.with_columns(pl.Series("_h", [_digest(normalized_text(t)) for t in notes["text"]],
                                             dtype=pl.Binary))

    def near_roots(survivors: pl.DataFrame) -> np.ndarray:
        local = near_duplicate_clusters(notes["text"].gather(survivors["_in"]).to_list(), float(opts["threshold"]),
                                        int(opts["num_perm"]), int(opts["shingle_words"]))
        return survivors["_i"].to_numpy()[np.asarray(local)]

    decision = _decide(frame, opts, near_roots)
    kept = np.ones(notes.height, dtype=bool)
    kept[decision.removed] = False
    return DedupResult(notes=notes.filter(pl.Series(kept)), quarantine=decision.quarantine,
                       groups=decision.groups, stats=decision.stats)


# -- the streaming front end ---------------------------------------------------------------


def _read_shard(path: Path, columns: list[str]) -> pl.DataFrame:
    """The one place shards are read (so tests can see how many texts are held at once)."""
    return pl.read_parquet(path, columns=columns)


class _TextStore:
    """Texts and band hashes of LSH candidates on disk (SQLite keyed by order index); parsed notes in a small LRU."""

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
    """`deduplicate` over note shards without holding their texts or an LSH index in memory.

    The result equals `deduplicate(pl.concat(shards), options)`, expressed as the (shard, row)
    of each note to drop. Pass 1 signs one shard at a time (in `workers` processes when > 1: the
    MinHash signing is most of the time): narrow bookkeeping comes back, band hashes go to one raw
    uint64 file per shard. Buckets are then grouped one band at a time; pass 2 copies the texts of
    notes that share a bucket into SQLite, and verification reads them back on demand.
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


def _sign_shard(path: Path, s: int, narrow_cols: list[str], opts: dict[str, Any], bands_path: Path) -> pl.DataFrame:
    """Pass 1 for one shard: its narrow bookkeeping (returned) and band hashes (band-major, to `bands_path`)."""
    shard = _read_shard(path, [*narrow_cols, "text"])
    n = shard.height
    part = shard.select(narrow_cols).with_columns(
        pl.lit(s, dtype=pl.UInt32).alias("shard"), pl.int_range(n, dtype=pl.UInt32).alias("row"))
    texts = shard["text"].to_list()
    del shard
    if opts["exact"]:
        part = part.with_columns(pl.Series("_h", [_digest(normalized_text(t)) for t in texts], dtype=pl.Binary))
    if opts["near"]:
        bands, rows = band_layout(float(opts["threshold"]), int(opts["num_perm"]))
        k = int(opts["shingle_words"])
        parts = [band_hashes([shingles(t, k) for t in texts[a:a + MINHASH_BATCH]], int(opts["num_perm"]), bands, rows)
                 for a in range(0, n, MINHASH_BATCH)]
        hashes = np.concatenate(parts) if parts else np.zeros((0, bands), dtype=np.uint64)
        np.ascontiguousarray(hashes.T).tofile(bands_path)
    return part


def _plan(shards: list[Path], opts: dict[str, Any], work_dir: Path, workers: int) -> DedupPlan:
    schema = pl.read_parquet_schema(shards[0]) if shards else {}
    narrow_cols = list(dict.fromkeys(c for c in ("note_id", "patient_id", *ORDER_KEYS) if c in schema))
    bands = band_layout(float(opts["threshold"]), int(opts["num_perm"]))[0] if opts["near"] else 0
    k = int(opts["shingle_words"])

    # pass 1: narrow bookkeeping in memory, band hashes to one file per shard, a shard at a time per process
    band_files = [work_dir / f"bands-{s:06d}.u64" for s in range(len(shards))]
    jobs = (shards, range(len(shards)), [narrow_cols] * len(shards), [opts] * len(shards), band_files)
    with ExitStack() as stack:
        if workers > 1 and len(shards) > 1:
            from concurrent.futures import ProcessPoolExecutor

            from cancerprep.executors import _mp_context

            pool = stack.enter_context(ProcessPoolExecutor(min(workers, len(shards)), mp_context=_mp_context()))
            signed = pool.map(_sign_shard, *jobs)
        else:
            signed = map(_sign_shard, *jobs)
        narrow_parts = list(track(signed, "dedup: signing shards", total=len(shards)))
    sizes = [part.height for part in narrow_parts]
    narrow = pl.concat(narrow_parts, how="vertical_relaxed") if narrow_parts else pl.DataFrame()
    del narrow_parts
    if narrow.height == 0:
        return DedupPlan(pl.DataFrame(schema=_REMOVED_SCHEMA), empty_quarantine(),
                         pl.DataFrame(schema=_EMPTY_GROUPS), _empty_stats(0) | {"dedup.notes_out": 0})
    starts = np.cumsum([0, *sizes])

    def band_column(b: int) -> np.ndarray:
        """Band b of every note, in input order (one small read per shard)."""
        return np.concatenate([np.fromfile(f, dtype=np.uint64, count=n, offset=b * n * 8)
                               for f, n in zip(band_files, sizes, strict=True) if n])

    def near_roots(survivors: pl.DataFrame) -> np.ndarray:
        surv_in, surv_i = survivors["_in"].to_numpy(), survivors["_i"].to_numpy()
        order_of = np.full(narrow.height, -1, dtype=np.int64)  # input position -> order index (survivors)
        order_of[surv_in] = surv_i
        keep = order_of >= 0

        def buckets(b: int) -> list[np.ndarray]:
            return band_buckets(order_of[keep], band_column(b)[keep])

        needed = np.zeros(narrow.height, dtype=bool)  # order indices that share some bucket
        for b in range(bands):
            for members in buckets(b):
                needed[members] = True
        # pass 2: texts and band hashes of the candidates into SQLite, again one shard at a time
        store = _TextStore(work_dir / "texts.sqlite", k)
        try:
            wanted = np.sort(surv_in[needed[surv_i]])  # input positions
            for s, path in enumerate(track(shards, "dedup: storing candidates")):
                lo, hi = np.searchsorted(wanted, [starts[s], starts[s + 1]])
                if lo == hi:
                    continue
                texts = _read_shard(path, ["text"])["text"]
                by_note = np.fromfile(band_files[s], dtype=np.uint64).reshape(bands, sizes[s]).T
                store.add((int(order_of[p]), texts[int(p - starts[s])], by_note[p - starts[s]].tobytes())
                          for p in wanted[lo:hi])
                del texts, by_note
            store.db.commit()
            roots = verified_roots(narrow.height, ((b, m) for b in range(bands) for m in buckets(b)),
                                   store.note, float(opts["threshold"]))
        finally:
            store.close()
        return roots[surv_i]

    decision = _decide(narrow, opts, near_roots)
    removed = narrow.select("shard", "row", "note_id", "patient_id")[decision.removed]
    return DedupPlan(removed, decision.quarantine, decision.groups, decision.stats)


# -- groups, splits, file edge and audit ---------------------------------------------------


def patient_groups(patients: list[str], links: list[tuple[str, str]]) -> pl.DataFrame:
    """patient_id -> group (the smallest patient id in its connected component)."""
    index = {p: i for i, p in enumerate(sorted(set(patients) | {x for link in links for x in link}))}
    names = sorted(index, key=index.__getitem__)
    uf = _UnionFind(len(names))
    for a, b in links:
        uf.union(index[a], index[b])
    return pl.DataFrame({"patient_id": names, "group": [names[uf.find(i)] for i in range(len(names))]},
                        schema={"patient_id": pl.Utf8, "group": pl.Utf8})


def dedup_file(input_path: str | Path, output: str | Path, quarantine_path: str | Path | None = None,
               options: dict[str, Any] | None = None) -> dict[str, int]:
    """File edge of `cancerprep dedup`: a notes table (CSV/JSONL/Parquet) in, kept notes and quarantine out."""
    from cancerprep.codes import read_table
    from cancerprep.writers import write_table

    notes = read_table(input_path, "notes")
    result = deduplicate(notes, options)
    write_table(result.notes, Path(output))
    if quarantine_path is not None:
        write_table(result.quarantine, Path(quarantine_path))
    return result.stats


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


def audit_output(out: str | Path, threshold: float = 0.8) -> dict[str, int]:
    """`split_leaks` over a build-dataset output directory (notes/ and tasks/)."""
    from cancerprep.errors import InputError

    out = Path(out)
    files = sorted((out / "notes").glob("*.parquet"))
    if not files:
        raise InputError("no notes/*.parquet (was the run written with outputs.notes: false?)", file=str(out))
    notes = pl.concat([pl.read_parquet(f) for f in files])
    pairs = {d.name: pl.concat([pl.read_parquet(f) for f in sorted(d.glob("*.parquet"))])
             for d in sorted((out / "tasks").glob("*")) if d.is_dir() and any(d.glob("*.parquet"))}
    return split_leaks(notes, pairs, threshold)
