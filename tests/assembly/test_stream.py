"""The streaming assembly's parts: kept notes shard by shard, pair routing, builders over shards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

from cancerprep.assembly.assembler import KeptCorpus, PairFiles
from cancerprep.records import PAIR_SCHEMA
from cancerprep.tasks.pretrain import PretrainTask


def note_frame(ids: list[str], **extra: list) -> pl.DataFrame:
    return pl.DataFrame({"note_id": ids, "patient_id": [f"P{i[1:]}" for i in ids],
                         "note_date": [dt.date(2020, 1, 1)] * len(ids), "note_type": ["clinical_note"] * len(ids),
                         "text": [f"note {i} " + "word " * 300 for i in ids], **extra})


def test_kept_corpus_drops_removed_notes_and_unifies_shard_schemas(tmp_path: Path) -> None:
    a = note_frame(["N1", "N2", "N3"], cancer_type=["lung", None, "breast"])
    b = note_frame(["N4", "N5"], cancer_type=[None, None])  # an all-null column is pl.Null in this shard
    c = note_frame(["N6"])  # a shard without the column at all
    paths = []
    for k, frame in enumerate((a, b, c)):
        paths.append(tmp_path / f"s{k}.parquet")
        frame.write_parquet(paths[-1])
    assert pl.read_parquet_schema(paths[1])["cancer_type"] == pl.Null
    removed = pl.DataFrame({"shard": [0, 1], "note_id": ["N2", "N5"]}, schema={"shard": pl.UInt32, "note_id": pl.Utf8})
    corpus = KeptCorpus(paths, removed)
    frames = list(corpus.frames())
    assert [f["note_id"].to_list() for f in frames] == [["N1", "N3"], ["N4"], ["N6"]]
    assert all(f.schema == frames[0].schema for f in frames) and frames[0].schema["cancer_type"] == pl.Utf8
    assert frames[2]["cancer_type"].to_list() == [None]
    narrow = list(corpus.frames(["patient_id", "cancer_type"]))
    assert narrow[0].columns == ["patient_id", "cancer_type"] and narrow[2].columns == ["patient_id"]
    assert sum(f.height for f in narrow) == 4


def pair_rows(ids: list[str], split: str, variant: str = "clean") -> pl.DataFrame:
    return pl.DataFrame([{"id": i, "task": "t", "instruction": "q", "input": "x", "output": "y",
                          "source_note_id": None, "patient_pseudonym": "p", "cancer_type": None,
                          "split": split, "variant": variant, "meta": "{}"} for i in ids], schema=PAIR_SCHEMA)


def test_pair_files_route_by_split_and_variant_in_arrival_order(tmp_path: Path) -> None:
    files = PairFiles(tmp_path / "t")
    files.write(pl.concat([pair_rows(["b", "a"], "train"), pair_rows(["c"], "test", "misspell-0.1")]))
    files.write(pair_rows(["d"], "train"))
    files.write(pair_rows([], "train"))
    written = files.close()
    assert list(written) == [("train", "clean"), ("validation", "clean"), ("test", "clean"), ("test", "misspell-0.1")]
    assert pl.read_parquet(written[("train", "clean")])["id"].to_list() == ["b", "a", "d"]
    assert pl.read_parquet(written[("validation", "clean")]).height == 0  # every clean split has a file
    assert written[("test", "misspell-0.1")].name == "test.misspell-0.1.parquet"
    assert not (tmp_path / "t" / "train.misspell-0.1.parquet").exists()  # a variant file only once it has rows
    with pytest.raises(RuntimeError, match="closed"):
        files.write(pair_rows(["e"], "train"))


def test_pretrain_over_shards_equals_pretrain_over_the_whole(tmp_path: Path) -> None:
    whole = note_frame([f"N{i}" for i in range(7)])
    one = PretrainTask({"block_size": 100, "chars_per_token": 4})
    expected = one.build(whole)
    sharded = PretrainTask({"block_size": 100, "chars_per_token": 4})
    got = pl.concat([sharded.build_shard(whole.slice(0, 3)), sharded.build_shard(whole.slice(3)),
                     sharded.finish(whole.lazy())])
    assert got.height > whole.height  # notes were cut into several chunks
    assert got.sort("id").equals(expected.sort("id"))
    assert sharded.stats == one.stats and sharded.stats["pretrain.notes"] == 7
