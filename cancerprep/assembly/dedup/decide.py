"""The exact and near-duplicate decisions over a corpus, and `deduplicate` for a frame in memory.

The decision runs on numpy positions and keep-order indices, whatever holds the notes: a frame
(`deduplicate`, `cancerprep dedup`) or note shards on disk (`stream.plan_dedup`); both give the
same quarantine rows, split groups and counts. Exact duplicates share a digest of the normalized
text; near-duplicates are clustered by `minhash` and either removed or kept with their patients
linked into one split group (`near_action: group`).
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import polars as pl

from cancerprep.assembly.dedup.minhash import UnionFind, near_duplicate_clusters, normalized_text
from cancerprep.assembly.dedup.order import KeyColumns, encode_keys, keep_order, key_dtypes
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
GROUPS_SCHEMA = {"patient_id": pl.Utf8, "group": pl.Utf8}


def text_digest(normalized: str) -> bytes:
    """SHA-256 of the normalized text: equal digests are exact duplicates (whitespace, case, punctuation aside)."""
    return hashlib.sha256(normalized.encode()).digest()


@dataclass
class DedupResult:
    """Kept notes, quarantined duplicates, patient -> split group, and PHI-free counts."""

    notes: pl.DataFrame
    quarantine: pl.DataFrame = field(default_factory=empty_quarantine)
    groups: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=GROUPS_SCHEMA))
    stats: dict[str, int] = field(default_factory=dict)


@dataclass
class Decision:
    """The decision in positions, before a front end maps it to a frame filter or (shard, row) pairs."""

    removed: np.ndarray  # input positions of the removed notes, ascending
    removed_rows: pl.DataFrame  # their narrow id columns, same order
    quarantine: pl.DataFrame
    groups: pl.DataFrame
    stats: dict[str, int]


@dataclass
class Parts:
    """The corpus as consecutive parts (shards, or one frame) whose narrow columns the core re-reads
    on demand: ids are gathered only for the notes that need them, never held for every note."""

    sizes: list[int]
    read: Callable[[int, list[str]], pl.DataFrame]
    columns: list[str]

    @property
    def starts(self) -> np.ndarray:
        """Corpus position of each part's first note (and the total last): position <-> (part, row)."""
        return np.cumsum([0, *self.sizes])


def empty_stats(n: int) -> dict[str, int]:
    """Every dedup counter at zero, so the run summary has the same keys whatever was found."""
    return {"dedup.notes_in": n, "dedup.exact_removed": 0, "dedup.near_removed": 0,
            "dedup.near_clusters": 0, "dedup.near_grouped_notes": 0, "dedup.cross_patient_groups": 0}


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
        """Append strings, folding out duplicates as the column doubles so a distinct column stays small."""
        self._append(values)
        if self.distinct and len(self) > max(self.MERGE_AT, 2 * self.merged):
            unique = self.series("v")
            self._clear()
            for start in range(0, len(unique), self.CHUNK):
                self._append(unique.slice(start, self.CHUNK).to_list())
            self.merged = len(self)

    def series(self, name: str) -> pl.Series:
        """The column as polars, decoded a chunk at a time so Python strings never exist all at once."""
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


def _gather(parts: Parts, positions: np.ndarray, columns: list[str], kept: np.ndarray | None = None,
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


def decide_duplicates(parts: Parts, keys: list[np.ndarray], opts: dict[str, Any],
            prefixes: Callable[[], np.ndarray], digests: Callable[[np.ndarray], np.ndarray], near: NearFn
            ) -> Decision:
    """Exact then near decisions over the corpus, on numpy positions and keep-order indices.

    Per note it holds order keys (until ranked), the rank, digest prefixes (during the exact
    step) and a few flags; ids are gathered at the end for the removed and clustered notes only.
    """
    n = sum(parts.sizes)
    stats = empty_stats(n)
    tie_ids = (lambda pos: _gather(parts, pos, ["note_id"])[0]["note_id"]) if "note_id" in parts.columns else None
    rank = keep_order(keys, n, tie_ids)
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
    return Decision(removed[ascending], removed_rows, pl.concat(quarantine, how="vertical_relaxed"), groups, stats)


def with_defaults(options: dict[str, Any] | None) -> dict[str, Any]:
    """The recipe's dedup options over DEFAULTS (both front ends must decide with the same options)."""
    return {**DEFAULTS, **(options or {})}


def deduplicate(notes: pl.DataFrame, options: dict[str, Any] | None = None) -> DedupResult:
    """Remove exact and near-duplicate notes across the whole corpus (see the module docstring).

    Kept notes come out in input order, so a corpus without duplicates comes out unchanged.
    """
    opts = with_defaults(options)
    if notes.height == 0:
        return DedupResult(notes=notes, stats=empty_stats(0) | {"dedup.notes_out": 0})
    parts = Parts([notes.height], lambda _, columns: notes.select(columns), notes.columns)
    dtypes = key_dtypes([notes.schema])
    keys = KeyColumns(dtypes, notes.height)
    keys.add(0, encode_keys(notes, dtypes))
    words = np.zeros((0, 4), dtype=np.uint64)
    if opts["exact"]:
        words = np.frombuffer(b"".join(text_digest(normalized_text(t)) for t in notes["text"]),
                              dtype=np.uint64).reshape(-1, 4)

    def near(alive: np.ndarray, rank: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        survivors = np.flatnonzero(alive)
        survivors = survivors[np.argsort(rank[survivors], kind="stable")]
        local = near_duplicate_clusters(notes["text"].gather(survivors).to_list(), float(opts["threshold"]),
                                        int(opts["num_perm"]), int(opts["shingle_words"]))
        order_i = rank[survivors].astype(np.int64)
        return survivors, order_i, order_i[np.asarray(local, dtype=np.int64)]

    decision = decide_duplicates(parts, keys.lexsort_keys(), opts, lambda: words[:, 0].copy(),
                                 lambda pos: words[pos], near)
    kept = np.ones(notes.height, dtype=bool)
    kept[decision.removed] = False
    return DedupResult(notes=notes.filter(pl.Series(kept)), quarantine=decision.quarantine,
                       groups=decision.groups, stats=decision.stats)


# -- split groups ------------------------------------------------------------------------


def patient_groups(patients: Sequence[str] | pl.Series, links: list[tuple[str, str]]) -> pl.DataFrame:
    """patient_id -> group (the smallest patient id in its connected component)."""
    return _groups(patients, links)[0]


def _groups(patients: Sequence[str] | pl.Series, links: list[tuple[str, str]]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """`patient_groups`, plus the same mapping for the linked patients only (every other patient is its
    own group): union-find and group statistics cost the links, not a Python object per patient."""
    linked = sorted({x for link in links for x in link})
    index = {p: i for i, p in enumerate(linked)}
    uf = UnionFind(len(linked))
    for a, b in links:
        uf.union(index[a], index[b])
    mapping = pl.DataFrame({"patient_id": linked, "group": [linked[uf.find(i)] for i in range(len(linked))]},
                           schema=GROUPS_SCHEMA)
    names = pl.concat([pl.Series("patient_id", patients, dtype=pl.Utf8), mapping["patient_id"]]).unique().sort()
    group = names.replace(mapping["patient_id"], mapping["group"]) if links else names
    return pl.DataFrame([names, group.alias("group")]), mapping


