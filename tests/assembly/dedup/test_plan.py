"""Streaming dedup: plan_dedup over note shards equals deduplicate over their concatenation, reading one shard
at a time (its peak memory is measured by benchmarks/memory/dedup_memory.py, docs/benchmarks.md)."""

from __future__ import annotations

import itertools
import json
import random
from datetime import date
from pathlib import Path

import polars as pl
import pytest

from cancerprep.assembly.dedup import decide, minhash, order, stream
from cancerprep.assembly.dedup.decide import deduplicate
from cancerprep.assembly.dedup.minhash import jaccard, near_duplicate_clusters, shingles
from cancerprep.assembly.dedup.stream import plan_dedup
from cancerprep.executors.local import PoolExecutor

VOCAB = [f"w{i}" for i in range(400)]
SHARDS, PER_SHARD = 7, 40


def _words(rng: random.Random, n: int) -> list[str]:
    return [rng.choice(VOCAB) for _ in range(n)]


def _edit(words: list[str], rng: random.Random, k: int) -> list[str]:
    out = list(words)
    for pos in rng.sample(range(len(out)), k):
        out[pos] = rng.choice(VOCAB)
    return out


def _corpus() -> pl.DataFrame:
    """280 notes: distinct notes, exact and near copies in other shards (some dated before their
    source, so the copy is the kept one), a 35-note template cluster spread over every shard,
    copies at several edit distances around the thresholds, and date ties broken by provenance."""
    rng = random.Random(11)
    texts: list[str] = []
    template = _words(rng, 150)
    while len(texts) < SHARDS * PER_SHARD:
        i, roll = len(texts), rng.random()
        if i % 8 == 3:  # template: 1-3 of 150 words changed
            texts.append(" ".join(_edit(template, rng, rng.randint(1, 3))))
        elif texts and roll < 0.12:  # exact copy: case, spacing and punctuation differ
            texts.append("  " + rng.choice(texts).upper().replace(" ", " , "))
        elif texts and roll < 0.35:  # near copy, Jaccard from ~0.95 down to ~0.5
            src = rng.choice(texts).split()
            texts.append(" ".join(_edit(src, rng, min(len(src), rng.choice([1, 2, 4, 6, 10, 16])))))
        else:
            texts.append(" ".join(_words(rng, rng.choice([3, 60, 120]))))
    n = len(texts)
    return pl.DataFrame({
        "note_id": [f"n{i:03d}" for i in range(n)],
        "patient_id": [f"p{rng.randrange(60):02d}" for _ in range(n)],
        "note_date": [date(2021, 1 + rng.randrange(2), 1 + rng.randrange(3)) for _ in range(n)],
        "note_type": ["clinical_note"] * n,
        "text": texts,
        "source": [rng.choice(["a.csv", "b.csv"]) for _ in range(n)],
        "source_row": [rng.randrange(30) for _ in range(n)],
        "cancer_type": [rng.choice(["breast", "lung", None]) for _ in range(n)],
    })


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    frame = _corpus()
    root = tmp_path_factory.mktemp("shards")
    paths = []
    for s in range(SHARDS):
        paths.append(root / f"shard-{s}.parquet")
        frame.slice(s * PER_SHARD, PER_SHARD).write_parquet(paths[-1])
    return paths


OPTIONS = [
    {},
    {"near_action": "group"},
    {"exact": False},
    {"exact": False, "near_action": "group"},
    {"near": False},
    {"exact": False, "near": False},
    {"threshold": 0.5},
    {"threshold": 0.5, "near_action": "group", "exact": False},
    {"threshold": 0.95},
    {"threshold": 0.9, "num_perm": 64, "shingle_words": 3},
]


@pytest.mark.parametrize("options", OPTIONS, ids=[json.dumps(o) for o in OPTIONS])
def test_plan_equals_in_memory_deduplicate(shards: list[Path], options: dict, tmp_path: Path) -> None:
    whole = pl.concat([pl.read_parquet(p) for p in shards])
    expected = deduplicate(whole, options)
    plan = plan_dedup(shards, options, tmp_path / "work")

    assert plan.stats == expected.stats
    assert plan.quarantine.equals(expected.quarantine)
    assert plan.groups.equals(expected.groups)
    assert plan.removed.schema == pl.Schema({"shard": pl.UInt32, "row": pl.UInt32, "note_id": pl.Utf8,
                                             "patient_id": pl.Utf8})
    indexed = pl.concat([pl.read_parquet(p).with_columns(pl.lit(s, pl.UInt32).alias("shard"),
                                                         pl.int_range(pl.len(), dtype=pl.UInt32).alias("row"))
                         for s, p in enumerate(shards)])
    kept = indexed.join(plan.removed.select("shard", "row"), on=["shard", "row"], how="anti", maintain_order="left")
    assert kept.drop("shard", "row").equals(expected.notes)
    assert plan.removed.select("note_id", "patient_id").equals(
        indexed.join(plan.removed, on=["shard", "row"], how="semi", maintain_order="left").select("note_id",
                                                                                                  "patient_id"))
    assert not (tmp_path / "work").exists()  # scratch (band hashes, candidate texts) is removed


def test_plan_signed_on_pool_workers_is_identical(shards: list[Path], tmp_path: Path) -> None:
    """Signing through an executor's map (here a 2-process pool) gives the serial plan exactly."""
    serial = plan_dedup(shards, {"near_action": "group"}, tmp_path / "w1")
    calls: list[int] = []

    def pool_map(fn, items):  # the executor's map, counted: every shard is signed through it
        calls.append(len(items))
        return PoolExecutor(2).map(fn, items)

    pooled = plan_dedup(shards, {"near_action": "group"}, tmp_path / "w2", parallel_map=pool_map)
    assert calls == [SHARDS]
    assert pooled.removed.equals(serial.removed) and pooled.quarantine.equals(serial.quarantine)
    assert pooled.groups.equals(serial.groups) and pooled.stats == serial.stats


def test_corpus_exercises_every_decision(shards: list[Path], tmp_path: Path) -> None:
    """The equivalence above is not vacuous: clusters span shards, and the template cluster is big."""
    remove = plan_dedup(shards, {}, tmp_path / "w")
    assert remove.stats["dedup.exact_removed"] >= 10 and remove.stats["dedup.near_removed"] >= 40
    assert remove.removed["shard"].n_unique() == SHARDS
    group = plan_dedup(shards, {"near_action": "group"}, tmp_path / "w")
    assert group.stats["dedup.largest_group_patients"] >= 20 and group.removed.height == group.stats[
        "dedup.exact_removed"]


def test_clusters_are_the_components_of_the_true_jaccard_graph(shards: list[Path]) -> None:
    """Brute force over every pair: LSH + verification finds exactly the components at 0.8."""
    texts = pl.concat([pl.read_parquet(p) for p in shards])["text"].to_list()
    sets = [shingles(t, 5) for t in texts]
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for a, b in itertools.combinations(range(len(texts)), 2):
        if jaccard(sets[a], sets[b]) >= 0.8:
            ra, rb = find(a), find(b)
            parent[max(ra, rb)] = min(ra, rb)
    assert near_duplicate_clusters(texts, 0.8, 128, 5) == [find(i) for i in range(len(texts))]


def test_template_bucket_is_checked_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """300 near-identical notes share buckets in every band; each joins with ~one Jaccard check."""
    rng = random.Random(3)
    template = _words(rng, 150)
    texts = [" ".join(_edit(template, rng, 1)) for _ in range(300)]
    calls = []
    real = minhash.jaccard
    monkeypatch.setattr(minhash, "jaccard", lambda a, b: calls.append(1) or real(a, b))
    assert set(near_duplicate_clusters(texts, 0.8, 128, 5)) == {0}
    assert len(calls) < 2 * len(texts)  # all pairs would be 44,850


def test_each_candidate_pair_is_checked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Notes of one template at Jaccard ~0.55 share several bands pairwise: each pair is decided once."""
    rng = random.Random(3)
    template = _words(rng, 150)
    texts = [" ".join(_edit(template, rng, 4)) for _ in range(150)]
    pairs: list[frozenset[int]] = []
    real = minhash.jaccard
    monkeypatch.setattr(minhash, "jaccard", lambda a, b: pairs.append(frozenset((id(a), id(b)))) or real(a, b))
    near_duplicate_clusters(texts, 0.8, 128, 5)
    assert len(pairs) > 2_000  # most pairs are LSH candidates at this similarity
    assert len(set(pairs)) == len(pairs)


def test_empty_and_missing_shards(tmp_path: Path) -> None:
    empty = tmp_path / "empty.parquet"
    _corpus().clear().write_parquet(empty)
    plan = plan_dedup([empty, empty], {}, tmp_path / "w")
    assert plan.removed.height == 0 and plan.quarantine.height == 0 and plan.stats["dedup.notes_out"] == 0
    assert plan_dedup([], None, tmp_path / "w").stats["dedup.notes_in"] == 0
    # an empty shard between full ones shifts no shard index
    full = tmp_path / "full.parquet"
    frame = _corpus().head(40)
    frame.vstack(frame.head(3)).write_parquet(full)
    plan = plan_dedup([empty, full, empty, full], {}, tmp_path / "w")
    assert set(plan.removed["shard"]) == {1, 3}
    assert plan.removed.filter(pl.col("shard") == 1)["row"].to_list()[-3:] == [40, 41, 42]
    with pytest.raises(FileNotFoundError):
        plan_dedup([tmp_path / "missing.parquet"], {}, tmp_path / "w")


def test_texts_are_read_one_shard_at_a_time(shards: list[Path], tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Every read of note text is one shard; verification reads candidates back from disk, not memory."""
    reads: list[int] = []
    real = stream._read_shard

    def spy(path: Path, columns: list[str]) -> pl.DataFrame:
        frame = real(path, columns)
        if "text" in columns:
            reads.append(frame.height)
        return frame

    monkeypatch.setattr(stream, "_read_shard", spy)
    plan_dedup(shards, {}, tmp_path / "w")
    assert reads and max(reads) <= PER_SHARD
    assert len(reads) <= 2 * SHARDS  # pass 1, and pass 2 only for shards holding candidates


def _keys_frame(rng: random.Random, n: int, unique_provenance: bool) -> pl.DataFrame:
    """Few dates (many ties), some nulls in every key, two sources; source_row unique per source or not."""
    return pl.DataFrame({
        "note_id": [rng.choice([None, *(f"n{i}" for i in range(20))]) for _ in range(n)],
        "note_date": [None if rng.random() < 0.1 else date(2021, 1, 1 + rng.randrange(3)) for _ in range(n)],
        "source": [rng.choice([None, "b.csv", "a.csv", "é.csv"]) for _ in range(n)],
        "source_row": (list(range(n)) if unique_provenance else
                       [None if rng.random() < 0.1 else rng.randrange(4) for _ in range(n)]),
    }, schema={"note_id": pl.Utf8, "note_date": pl.Date, "source": pl.Utf8, "source_row": pl.Int64})


@pytest.mark.parametrize("unique_provenance", [False, True])
@pytest.mark.parametrize("tie_block", [7, 65_536])
def test_keep_order_from_compact_keys_equals_the_polars_sort(unique_provenance: bool, tie_block: int,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Numpy lexsort over int dates, source ranks and rows (keys built part by part), with note_id fetched
    only for notes that tie on all of them, gives exactly `order_notes`' polars sort (nulls last, stable)."""
    monkeypatch.setattr(order, "TIE_BLOCK", tie_block)  # ties found block by block, across block edges
    rng = random.Random(7)
    frame = _keys_frame(rng, 400, unique_provenance)
    expected = frame.with_row_index("pos").sort([*order.ORDER_KEYS], nulls_last=True,
                                                 maintain_order=True)["pos"].to_numpy()
    dtypes = order.key_dtypes([frame.schema])
    keys = order.KeyColumns(dtypes, frame.height)
    for start in range(0, frame.height, 70):  # parts see different subsets of the distinct sources
        keys.add(start, order.encode_keys(frame.slice(start, 70), dtypes))
    fetched: list[int] = []

    def tie_ids(positions):
        fetched.extend(positions.tolist())
        return frame["note_id"].gather(positions)

    rank = order.keep_order(keys.lexsort_keys(), frame.height, tie_ids)
    assert (rank[expected] == range(frame.height)).all()
    if unique_provenance:  # (source, source_row) unique, as after normalize: no note_id is ever read
        assert fetched == []
    else:
        assert 0 < len(fetched) < frame.height


def test_exact_decision_is_exact_when_digest_prefixes_collide(shards: list[Path], tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Every digest gets the same first 8 bytes: the full 32 bytes still decide, so nothing changes."""
    real = decide.text_digest
    expected = plan_dedup(shards, {"near": False}, tmp_path / "w1")
    for module in (decide, stream):  # the in-memory and the streaming front end hash texts
        monkeypatch.setattr(module, "text_digest", lambda text: bytes(8) + real(text)[8:])
    collided = plan_dedup(shards, {"near": False}, tmp_path / "w2")
    assert collided.stats == expected.stats and collided.quarantine.equals(expected.quarantine)
    assert collided.removed.equals(expected.removed) and expected.stats["dedup.exact_removed"] >= 10
    whole = deduplicate(pl.concat([pl.read_parquet(p) for p in shards]), {"near": False})
    assert whole.quarantine.equals(expected.quarantine)


@pytest.mark.parametrize("distinct", [False, True])
def test_string_buffers_give_back_the_strings(distinct: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """The compact string column returns what went in (nulls, non-ASCII, empty strings), in order, or
    the distinct values when asked, also after many de-duplications mid-way (small merge threshold)."""
    monkeypatch.setattr(decide._Strings, "MERGE_AT", 5)
    monkeypatch.setattr(decide._Strings, "CHUNK", 4)
    rng = random.Random(5)
    values = [rng.choice([None, "", "é-ü", "patient-000000001", "a", "b", "c", "dd", "ee"]) for _ in range(300)]
    pile = decide._Strings(distinct=distinct)
    for a in range(0, len(values), 13):
        pile.extend(values[a:a + 13])
    out = pile.series("x")
    assert out.name == "x" and out.dtype == pl.Utf8
    if distinct:
        assert sorted(out.to_list(), key=str) == sorted(set(values), key=str) and len(pile) < len(values)
    else:
        assert out.to_list() == values


def test_plan_is_unchanged_when_patient_sets_are_merged_midway(shards: list[Path], tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The kept patients' distinct ids de-duplicated every few shards (as for a large corpus) change nothing."""
    expected = plan_dedup(shards, {"near_action": "group"}, tmp_path / "w1")
    monkeypatch.setattr(decide._Strings, "MERGE_AT", 3)
    monkeypatch.setattr(decide._Strings, "CHUNK", 2)
    merged = plan_dedup(shards, {"near_action": "group"}, tmp_path / "w2")
    assert merged.groups.equals(expected.groups) and merged.stats == expected.stats
    assert merged.quarantine.equals(expected.quarantine) and merged.removed.equals(expected.removed)
    assert expected.groups.height >= 50  # many times MERGE_AT: the set was merged again and again


def test_prepare_dedup_works_out_the_band_layout_ahead() -> None:
    """The runner calls it before the stage phase; the plan then finds the layout cached (same options)."""
    from cancerprep.assembly.dedup.minhash import band_layout
    from cancerprep.assembly.dedup.stream import prepare_dedup

    band_layout.cache_clear()
    prepare_dedup({"near": False})
    assert band_layout.cache_info().currsize == 0
    prepare_dedup({"threshold": 0.7})
    assert band_layout.cache_info().currsize == 1
