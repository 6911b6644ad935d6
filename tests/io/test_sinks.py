"""Streaming writers: ParquetSink, DatasetDictSink, write_dataset_dict_from_parquet, exports from files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import datasets
import polars as pl
import pyarrow.parquet as pq
import pytest

from cancerprep.io.sinks import (
    DatasetDictSink,
    ParquetSink,
    conform,
    write_dataset_dict,
    write_dataset_dict_from_parquet,
)
from cancerprep.outputs.exports import DEFAULT_FORMATS, write_exports, write_exports_from_files
from cancerprep.records import PAIR_SCHEMA

SCHEMA = pl.Schema({"id": pl.String, "tags": pl.List(pl.String), "day": pl.Date, "empty": pl.String,
                    "n": pl.Int64})


def piece(start: int, n: int, *, null_typed: bool = False) -> pl.DataFrame:
    """Rows start..start+n; with `null_typed` the all-null column is pl.Null, as in a stage's shard."""
    frame = pl.DataFrame({
        "id": [f"r{i:04d}" for i in range(start, start + n)],
        "tags": [[f"t{i}"] * (i % 3) if i % 4 else None for i in range(start, start + n)],
        "day": [dt.date(2020, 1, 1) + dt.timedelta(days=i) if i % 5 else None for i in range(start, start + n)],
        "empty": [None] * n,
        "n": [i for i in range(start, start + n)],
    })
    if null_typed:
        return frame.with_columns(pl.lit(None).alias("empty"), pl.col("n").cast(pl.Int32))
    return frame.with_columns(pl.col("empty").cast(pl.String))


def pieces() -> list[pl.DataFrame]:
    return [piece(0, 7, null_typed=True), piece(7, 0), piece(7, 30), piece(37, 4, null_typed=True)]


def test_conform_widens_by_supertype_and_rejects_narrowing():
    frame = piece(0, 3, null_typed=True).select(["n", "empty", "day", "tags", "id"])
    out = conform(frame, SCHEMA)
    assert out.schema == SCHEMA and out["n"].to_list() == [0, 1, 2]
    with pytest.raises(ValueError, match="losing values"):
        conform(piece(0, 3), {**SCHEMA, "n": pl.Int8})
    with pytest.raises(ValueError, match=r"cannot cast.*day"):
        conform(piece(0, 3).with_columns(pl.col("day").cast(pl.String)), SCHEMA)
    with pytest.raises(ValueError, match=r"missing \['n'\]"):
        conform(piece(0, 3).drop("n"), SCHEMA)
    with pytest.raises(ValueError, match=r"unexpected \['x'\]"):
        conform(piece(0, 3).with_columns(x=pl.lit(1)), SCHEMA)


def test_parquet_sink_file_reads_back_as_the_concatenation(tmp_path):
    path = tmp_path / "one.parquet"
    with ParquetSink(path, SCHEMA, row_group_rows=8) as sink:
        for frame in pieces():
            sink.append(frame)
    assert sink.close() == [path]
    expected = pl.concat([conform(f, SCHEMA) for f in pieces()])
    back = pl.read_parquet(path)
    assert back.schema == SCHEMA
    assert back.equals(expected)
    meta = pq.ParquetFile(path).metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [8, 8, 8, 8, 8, 1]
    assert meta.row_group(0).column(0).compression == "ZSTD"
    assert not meta.row_group(0).column(0).is_stats_set


def test_parquet_sink_bytes_depend_on_rows_not_on_appends(tmp_path):
    def write(name: str, frames: list[pl.DataFrame]) -> bytes:
        with ParquetSink(tmp_path / name, SCHEMA, row_group_rows=8) as sink:
            for frame in frames:
                sink.append(frame)
        return (tmp_path / name).read_bytes()

    first = write("a.parquet", pieces())
    assert write("b.parquet", pieces()) == first
    whole = pl.concat([conform(f, SCHEMA) for f in pieces()])
    assert write("c.parquet", [whole.slice(i, 5) for i in range(0, whole.height, 5)]) == first
    assert write("d.parquet", [whole.head(40)]) != first  # one row fewer: other bytes


def test_parquet_sink_cuts_row_groups_by_text_bytes(tmp_path):
    # Notes of 1 kB: a 4,000-byte row group closes at the 4th row (4 x (1000 + 5 x 8 + id) >= 4000).
    notes = piece(0, 23).with_columns(pl.concat_str(pl.col("id"), pl.lit("x" * 995)).alias("id"))

    def groups(name: str, chunks: list[pl.DataFrame], schema=SCHEMA) -> tuple[list[int], bytes]:
        with ParquetSink(tmp_path / name, schema, row_group_bytes=4000) as sink:
            for chunk in chunks:
                sink.append(chunk)
        meta = pq.ParquetFile(tmp_path / name).metadata
        return [meta.row_group(i).num_rows for i in range(meta.num_row_groups)], (tmp_path / name).read_bytes()

    sizes, first = groups("a.parquet", [notes])
    assert sizes == [4, 4, 4, 4, 4, 3]
    assert groups("b.parquet", [notes.slice(i, 3) for i in range(0, 23, 3)]) == (sizes, first)
    assert pl.read_parquet(tmp_path / "b.parquet").equals(notes)
    # Without text columns only the cell count counts: 8 bytes x 1 column, 500 rows per 4,000 bytes.
    numbers = pl.DataFrame({"n": list(range(1200))})
    assert groups("c.parquet", [numbers], {"n": pl.Int64})[0] == [500, 500, 200]


def test_parquet_sink_parts_roll_and_replace_stale_parts(tmp_path):
    directory = tmp_path / "notes"
    directory.mkdir()
    for i in range(4):  # an earlier, longer run's parts must not survive
        (directory / f"part-{i:05d}.parquet").write_bytes(b"stale")
    (directory / "keep.txt").write_text("not a part")
    with ParquetSink.parts(directory, SCHEMA, rows_per_part=15, row_group_rows=10) as sink:
        for frame in pieces():
            sink.append(frame)
    paths = sink.close()
    assert [p.name for p in paths] == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    assert sorted(p.name for p in directory.iterdir()) == ["keep.txt"] + [p.name for p in paths]
    assert [pq.ParquetFile(p).metadata.num_rows for p in paths] == [15, 15, 11]
    assert [pq.ParquetFile(p).metadata.num_row_groups for p in paths] == [2, 2, 2]  # 10+5, 10+5, 10+1
    expected = pl.concat([conform(f, SCHEMA) for f in pieces()])
    assert pl.concat([pl.read_parquet(p) for p in paths]).equals(expected)


def test_empty_parquet_sinks_write_a_valid_file_with_the_schema(tmp_path):
    paths = ParquetSink.parts(tmp_path / "d", SCHEMA, stem="shard").close()
    assert [p.name for p in paths] == ["shard-00000.parquet"]
    single = ParquetSink(tmp_path / "x" / "e.parquet", SCHEMA)
    single.append(piece(0, 0))
    for path in [*paths, *single.close()]:
        back = pl.read_parquet(path)
        assert back.height == 0 and back.schema == SCHEMA


def test_parquet_sink_bad_inputs(tmp_path):
    sink = ParquetSink(tmp_path / "a.parquet", SCHEMA)
    with pytest.raises(ValueError, match="losing values"):
        sink.append(piece(0, 2).with_columns(n=pl.lit("x")))
    sink.close()
    with pytest.raises(ValueError, match="closed"):
        sink.append(piece(0, 2))
    with pytest.raises(ValueError, match="positive"):
        ParquetSink.parts(tmp_path / "p", SCHEMA, rows_per_part=0)
    # An error inside the block leaves no file that looks complete.
    with pytest.raises(RuntimeError), ParquetSink.parts(tmp_path / "q", SCHEMA, rows_per_part=5) as sink:
        sink.append(piece(0, 12))
        raise RuntimeError("stage failed")
    assert list((tmp_path / "q").glob("*.parquet")) == []


def _frames(path: Path) -> dict[str, pl.DataFrame]:
    loaded = datasets.load_from_disk(str(path))
    return {name: pl.from_arrow(ds.data.table) for name, ds in loaded.items()}


def test_dataset_dict_sink_round_trip_and_split_order(tmp_path):
    with DatasetDictSink(tmp_path / "hf", ["train", "validation", "test"], schema=SCHEMA) as sink:
        sink.write("train", pieces()[0])
        sink.write("test_misspell_0_1", piece(100, 3))
        sink.write("train", pieces()[2].to_arrow())  # Arrow tables are accepted too
        sink.write("test", piece(50, 1200))  # more than one 1,000-row batch
        sink.write("test_counterfactual_0_1", piece(200, 2))
        sink.write("train", pieces()[3])
    loaded = datasets.load_from_disk(str(tmp_path / "hf"))
    assert list(loaded) == ["train", "validation", "test", "test_counterfactual_0_1", "test_misspell_0_1"]
    assert json.loads((tmp_path / "hf" / "dataset_dict.json").read_text())["splits"] == list(loaded)
    frames = _frames(tmp_path / "hf")
    assert frames["train"].equals(pl.concat([conform(f, SCHEMA) for f in pieces()]))
    assert frames["test"].equals(piece(50, 1200))
    assert frames["validation"].height == 0 and frames["validation"].schema == SCHEMA
    assert loaded["train"].features == loaded["validation"].features
    assert loaded["train"].split == "train"
    # Writing again into the same directory leaves no split of the earlier DatasetDict behind
    # (and touches nothing else there).
    (tmp_path / "hf" / "notes.txt").write_text("someone else's file")
    write_dataset_dict({"train": piece(0, 2)}, tmp_path / "hf")
    assert sorted(p.name for p in (tmp_path / "hf").iterdir()) == ["dataset_dict.json", "notes.txt", "train"]


def test_dataset_dict_matches_save_to_disk_metadata(tmp_path):
    splits = {"train": piece(0, 25), "validation": piece(25, 3), "test": piece(28, 4)}
    datasets.disable_progress_bars()
    reference = datasets.DatasetDict({name: datasets.Dataset(f.to_arrow(), split=datasets.NamedSplit(name))
                                      for name, f in splits.items()})
    reference.save_to_disk(str(tmp_path / "ref"))
    write_dataset_dict(splits, tmp_path / "ours")
    for name in splits:
        ref_state = json.loads((tmp_path / "ref" / name / "state.json").read_text())
        our_state = json.loads((tmp_path / "ours" / name / "state.json").read_text())
        assert our_state.keys() == ref_state.keys()
        assert {k: v for k, v in our_state.items() if k != "_fingerprint"} == \
               {k: v for k, v in ref_state.items() if k != "_fingerprint"}
        assert (tmp_path / "ours" / name / "dataset_info.json").read_text() == \
               (tmp_path / "ref" / name / "dataset_info.json").read_text()
    assert (tmp_path / "ours" / "dataset_dict.json").read_text() == (tmp_path / "ref" / "dataset_dict.json").read_text()
    ours, ref = datasets.load_from_disk(str(tmp_path / "ours")), datasets.load_from_disk(str(tmp_path / "ref"))
    for name in splits:
        assert ours[name].features == ref[name].features
        assert ours[name].data.table.equals(ref[name].data.table)


def test_dataset_dict_is_deterministic_and_fingerprints_follow_content(tmp_path):
    def write(name: str, chunks: list[pl.DataFrame]) -> Path:
        with DatasetDictSink(tmp_path / name, ["train", "test"], schema=SCHEMA) as sink:
            for chunk in chunks:
                sink.write("train", chunk)
        return tmp_path / name

    def tree(path: Path) -> dict[str, bytes]:
        return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}

    whole = piece(0, 2500)
    a, b = write("a", [whole.slice(i, 700) for i in range(0, 2500, 700)]), write("b", [whole.slice(i, 700)
                                                                                         for i in range(0, 2500, 700)])
    assert tree(a) == tree(b)
    c = write("c", [whole])  # other chunking, same rows: same content and fingerprints
    assert _frames(c)["train"].equals(whole)
    assert {k: v for k, v in tree(c).items() if not k.endswith(".arrow")} == \
           {k: v for k, v in tree(a).items() if not k.endswith(".arrow")}

    def fingerprint(path: Path, split: str) -> str:
        return json.loads((path / split / "state.json").read_text())["_fingerprint"]

    d = write("d", [whole.with_columns(pl.when(pl.col("n") == 7).then(pl.lit("x")).otherwise("id").alias("id"))])
    assert fingerprint(d, "train") != fingerprint(a, "train")
    assert fingerprint(d, "test") == fingerprint(a, "test")
    assert fingerprint(a, "train") != fingerprint(a, "test")
    # Moving the directory does not change its files (no paths inside).
    assert tree(write("elsewhere/deeper", [whole])) == tree(c)


def test_dataset_dict_sink_bad_inputs(tmp_path):
    sink = DatasetDictSink(tmp_path / "a", ["train"])  # features from the first frame: Null stays Null
    sink.write("train", piece(0, 3, null_typed=True))
    with pytest.raises(ValueError, match="losing values"):
        sink.write("train", piece(3, 3).with_columns(empty=pl.lit("text")))
    with pytest.raises(ValueError, match="no schema"):
        DatasetDictSink(tmp_path / "b", ["train"]).close()
    with pytest.raises(ValueError):
        DatasetDictSink(tmp_path / "c", ["train/../x"])  # not a datasets split name
    with pytest.raises(RuntimeError), DatasetDictSink(tmp_path / "d", ["train"], schema=SCHEMA) as failing:
        failing.write("train", piece(0, 1500))
        raise RuntimeError("stage failed")
    assert not (tmp_path / "d").exists()


def test_dataset_dict_from_parquet_per_split_and_by_column(tmp_path):
    data = pl.concat([piece(0, 40), piece(40, 30)]).with_columns(
        split=pl.Series([["train", "test", "train", "validation"][i % 4] for i in range(70)]))
    schema = pl.Schema({**SCHEMA, "split": pl.String})
    with ParquetSink.parts(tmp_path / "parts", schema, rows_per_part=25, row_group_rows=10) as sink:
        sink.append(data.head(33))
        sink.append(data.tail(37))
    parts = sink.close()
    write_dataset_dict_from_parquet(tmp_path / "by_col", {s: parts for s in ("train", "validation", "test")},
                                    split_column="split", batch_rows=8)
    frames = _frames(tmp_path / "by_col")
    assert list(frames) == ["train", "validation", "test"]
    for s in frames:
        assert frames[s].equals(data.filter(pl.col("split") == s))
    # Per-split files, no routing; the first file fixes the features (its all-null column stays String).
    train = ParquetSink(tmp_path / "train.parquet", SCHEMA)
    train.append(piece(0, 5))
    train.close()
    write_dataset_dict_from_parquet(tmp_path / "per", {"train": [tmp_path / "train.parquet"] * 2, "test": []})
    frames = _frames(tmp_path / "per")
    assert frames["train"].equals(pl.concat([piece(0, 5)] * 2)) and frames["test"].height == 0
    assert frames["test"].schema == SCHEMA
    bad = data.with_columns(pl.when(pl.col("n") == 3).then(None).otherwise("split").alias("split"))
    bad.write_parquet(tmp_path / "bad.parquet")
    with pytest.raises(ValueError, match="null 'split'"):
        write_dataset_dict_from_parquet(tmp_path / "bad", {"train": [tmp_path / "bad.parquet"]}, split_column="split")


def pairs_frame() -> pl.DataFrame:
    rows = []
    for i in range(40):
        split = ("train", "validation", "test")[i % 3]
        variant = ("clean", None, "misspell-0.1", "counterfactual-0.1")[i % 4]
        rows.append({"id": f"p{(i * 37) % 101:03d}", "task": "diagnosis", "instruction": "Diagnose é",
                     "input": f"context {i}", "output": f"answer {i}", "source_note_id": f"n{i}",
                     "patient_pseudonym": f"P{i % 7}", "cancer_type": "breast", "split": split,
                     "variant": variant, "meta": "{}"})
    return pl.DataFrame(rows, schema=PAIR_SCHEMA)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_exports_from_files_stream_in_file_order(tmp_path):
    pairs = pairs_frame().with_columns(pl.col("variant").fill_null("clean"))
    task_files = {}
    for (split, variant), frame in pairs.partition_by("split", "variant", as_dict=True).items():
        path = tmp_path / "tasks" / f"{split}.{variant}.parquet"
        frame.reverse().write_parquet(path, mkdir=True)  # not sorted by id: order must be the file's
        task_files[(split, variant)] = path
    empty = tmp_path / "tasks" / "validation.empty.parquet"
    pairs.head(0).write_parquet(empty)
    task_files[("validation", "empty")] = empty
    out = tmp_path / "out"
    written = write_exports_from_files(out, {"diagnosis": task_files}, DEFAULT_FORMATS, batch_rows=3)

    cancerllm = read_jsonl(out / "jsonl/cancerllm/diagnosis/train.jsonl")
    train = pairs.filter(pl.col("split") == "train")
    for v in ("clean", "counterfactual-0.1", "misspell-0.1"):  # one file per variant, clean file clean
        rel = "jsonl/cancerllm/diagnosis/train" + ("" if v == "clean" else f".{v}") + ".jsonl"
        got = cancerllm if v == "clean" else read_jsonl(out / rel)
        assert [r["id"] for r in got] == train.filter(pl.col("variant") == v).reverse()["id"].to_list()
        assert {r["variant"] for r in got} == {v}
    assert set(cancerllm[0]) == {"id", "instruction", "context", "response", "task", "cancer_type", "variant"}
    alpaca = read_jsonl(out / "jsonl/alpaca/diagnosis/train.jsonl")
    assert [r["id"] for r in alpaca] == train.filter(pl.col("variant") == "clean").reverse()["id"].to_list()
    assert alpaca[0] == {"id": alpaca[0]["id"], "instruction": "Diagnose é",
                         "input": train.filter(pl.col("id") == alpaca[0]["id"])["input"][0],
                         "output": train.filter(pl.col("id") == alpaca[0]["id"])["output"][0]}
    chat = read_jsonl(out / "jsonl/chat/diagnosis/test.misspell-0.1.jsonl")
    assert [m["role"] for m in chat[0]["messages"]] == ["system", "user", "assistant"]
    assert not (out / "jsonl/alpaca/diagnosis/validation.empty.jsonl").exists()
    assert "jsonl/alpaca/diagnosis/validation.empty.jsonl" not in written
    for rel, n in written.items():
        assert len((out / rel).read_text(encoding="utf-8").splitlines()) == n
    assert written["jsonl/cancerllm/diagnosis/train.jsonl"] == train.filter(pl.col("variant") == "clean").height
    info = json.loads((out / "dataset_info.json").read_text())
    assert info["diagnosis_train"]["file_name"] == "jsonl/alpaca/diagnosis/train.jsonl"
    assert "diagnosis_chat_test_misspell-0.1" in info


def test_write_exports_wrapper_matches_the_file_path(tmp_path):
    pairs = pairs_frame()
    text = pairs.with_columns(task=pl.lit("pretrain"), variant=pl.lit("clean"))
    written = write_exports(tmp_path / "a", {"diagnosis": pairs, "pretrain": text}, DEFAULT_FORMATS)
    assert not list((tmp_path / "a").glob("_exports-*"))  # the temporary Parquet is gone
    ids = read_jsonl(tmp_path / "a/jsonl/alpaca/diagnosis/validation.jsonl")
    clean_val = pairs.filter((pl.col("split") == "validation") & (pl.col("variant").fill_null("clean") == "clean"))
    assert [r["id"] for r in ids] == sorted(clean_val["id"].to_list())  # the wrapper sorts by id as before
    assert read_jsonl(tmp_path / "a/jsonl/text/pretrain/train.jsonl")[0].keys() == {"id", "text", "cancer_type"}
    assert "pretrain" in (tmp_path / "a/axolotl/pretrain.yaml").read_text()
    again = write_exports(tmp_path / "a", {"diagnosis": pairs}, ("jsonl",))
    assert not (tmp_path / "a/axolotl").exists() and not (tmp_path / "a/dataset_info.json").exists()
    assert set(again) == {r for r in written if r.startswith("jsonl/cancerllm/")}
