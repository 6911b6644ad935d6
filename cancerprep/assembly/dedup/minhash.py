"""MinHash LSH near-duplicate clustering: word shingles, band layout and hashes, buckets, union-find.

Near-duplicates are found as in the BigCode/text-dedup pipelines: datasketch MinHash signatures
over word shingles, banded for recall, then every candidate pair is verified by the exact Jaccard
similarity of the shingle sets, and clusters are the connected components of verified pairs (so
they do not depend on the order pairs are checked in). Both front ends (`decide.deduplicate` in
memory, `stream.plan_dedup` over shards) and the audit share these functions.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

import numpy as np

# LSH band layout weighted (false positive, false negative) towards recall, and tuned LSH_MARGIN
# below the decision threshold: a missed pair can leak across splits, while an extra candidate only
# costs one exact Jaccard comparison. With 128 permutations and threshold 0.8, a pair at Jaccard 0.8
# becomes a candidate with probability > 0.99 (0.40 with datasketch's defaults at 0.8).
LSH_WEIGHTS = (0.05, 0.95)
LSH_MARGIN = 0.1
MINHASH_BATCH = 1_000  # shingle sets alive at once while signing (~30 KB each for a 2 kB note)
SHINGLE_CACHE = 1_024  # shingle sets kept for verification (a template cluster re-uses its first member)
SEED = 1
_WORD = re.compile(r"\w+", re.UNICODE)


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
    """Exact Jaccard similarity: the final word on a candidate pair (LSH only proposes pairs)."""
    return len(a & b) / len(a | b) if a or b else 1.0


class UnionFind:
    """Union-find over 0..n-1 in a compact int64 array (8 bytes per note, not a Python list of ints)."""

    def __init__(self, n: int):
        self.parent = array("q", range(n))

    def find(self, i: int) -> int:
        """The root of i's component (path halving keeps later finds short)."""
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        """Join the components of i and j under the smaller root."""
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
    uf = UnionFind(n)
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


