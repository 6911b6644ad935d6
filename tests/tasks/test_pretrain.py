"""The pretrain task: chunking by characters and by a local tokenizer, PubMed literature, bad inputs."""

from __future__ import annotations

import json
import random
from pathlib import Path

import polars as pl
import pytest

from cancerprep.errors import InputError, RecipeError
from cancerprep.runner import run_recipe
from cancerprep.stages.base import RunContext
from cancerprep.tasks.pretrain import PretrainTask, chunk_chars, chunk_tokens, literature_documents, read_literature
from tests.assembly.support import make_export
from tests.paths import REPO

LIT = REPO / "recipes" / "sample" / "literature"


def _text(n: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    words = ["tumor", "margin", "negative", "ductal", "carcinoma", "grade", "2", "ER+", "node", "biopsy"]
    return " ".join(rng.choice(words) for _ in range(n)) + "\nEnd."


def test_chunk_chars_is_lossless_and_bounded() -> None:
    text = _text(500)
    chunks = chunk_chars(text, 200)
    assert "".join(chunks) == text
    assert all(len(c) <= 200 for c in chunks) and len(chunks) >= len(text) // 200
    assert all(c.endswith((" ", "\n")) for c in chunks[:-1])  # cut at word boundaries
    assert chunk_chars("   ", 10) == [] and chunk_chars("short", 100) == ["short"]


@pytest.fixture(scope="module")
def tokenizer_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from cancerllm.testing import make_tiny_tokenizer

    return make_tiny_tokenizer(tmp_path_factory.mktemp("tok"), [_text(300, s) for s in range(20)], vocab_size=300)


def test_chunk_tokens_uses_the_tokenizer_and_is_lossless(tokenizer_dir: Path) -> None:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(tokenizer_dir), local_files_only=True)
    text = _text(400, 7)
    chunks = chunk_tokens(text, tok, 64)
    assert "".join(chunks) == text
    n_tokens = len(tok(text, add_special_tokens=False)["input_ids"])
    assert len(chunks) == -(-n_tokens // 64)
    assert all(len(tok(c, add_special_tokens=False)["input_ids"]) <= 66 for c in chunks)


def test_pretrain_task_with_tokenizer_path_relative_to_recipe(tokenizer_dir: Path) -> None:
    notes = pl.DataFrame({"note_id": ["a", "b"], "patient_id": ["P1", "P2"], "note_type": ["clinical_note", "other"],
                          "text": [_text(300, 1), _text(10, 2)]})
    ctx = RunContext(recipe_dir=tokenizer_dir.parent)
    task = PretrainTask({"block_size": 32, "tokenizer": tokenizer_dir.name, "note_types": ["clinical_note"]}, ctx)
    pairs = task.build(notes)
    assert set(pairs["source_note_id"]) == {"a"} and pairs.height > 3
    assert "".join(pairs.sort("id")["output"]) != "" and pairs["id"].n_unique() == pairs.height
    meta = [json.loads(m) for m in pairs["meta"]]
    assert sorted(m["chunk"] for m in meta) == list(range(pairs.height))
    with pytest.raises(InputError, match="tokenizer directory not found"):
        PretrainTask({"tokenizer": "nope"}, ctx).build(notes)


def test_literature_csv_and_medline_xml_deduplicated_by_pmid() -> None:
    csv_frame = read_literature(LIT / "abstracts.csv")
    xml_frame = read_literature(LIT / "pubmed.xml")
    assert csv_frame.height == 26 and xml_frame.height == 10
    assert xml_frame["abstract"][0].startswith("BACKGROUND: ")
    docs, stats = literature_documents(
        [{"path": LIT / "abstracts.csv", "cancer_type": "leukemia"}, {"path": LIT / "pubmed.xml"}], Path)
    assert stats == {"pretrain.literature_in": 36, "pretrain.literature_duplicate_pmid": 6,
                     "pretrain.literature_empty": 0, "pretrain.literature_out": 30}
    assert docs["pubmed_id"].n_unique() == 30 and docs["pubmed_id"].is_sorted()
    first = docs.filter(pl.col("pubmed_id") == "99000004")  # repeated in the CSV: the first row wins
    assert "(duplicate export row)" not in first["text"][0]
    assert first["cancer_type"][0] == "leukemia"


def test_literature_jsonl_and_column_mapping(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"pmid": "1", "ti": "T", "ab": "Body."}\n{"pmid": "2", "ti": "U", "ab": ""}\n')
    docs, stats = literature_documents(
        [{"path": path, "columns": {"pubmed_id": "pmid", "title": "ti", "abstract": "ab"}}], Path)
    assert docs["text"].to_list() == ["T\n\nBody."] and stats["pretrain.literature_empty"] == 1


@pytest.mark.parametrize(("name", "content", "message"), [
    ("a.csv", "pmid,title,abstract\n1,t,a\n", "missing column.*pubmed_id"),
    ("a.xml", "<PubmedArticleSet><PubmedArticle><MedlineCitation>", "not well-formed"),
    ("a.jsonl", "{not json\n", "not valid JSON"),
    ("a.txt", "x", "cannot tell the literature format"),
])
def test_bad_literature_inputs_name_the_file(tmp_path: Path, name: str, content: str, message: str) -> None:
    (tmp_path / name).write_text(content)
    with pytest.raises(InputError, match=message) as info:
        read_literature(tmp_path / name)
    assert name in str(info.value)
    with pytest.raises(InputError, match="not found"):
        read_literature(tmp_path / "missing.csv")


def test_cancer_type_filter_needs_sorted_notes() -> None:
    notes = pl.DataFrame({"note_id": ["a"], "patient_id": ["P"], "note_type": ["other"], "text": ["x y"]})
    with pytest.raises(RecipeError, match="sort"):
        PretrainTask({"cancer_types": ["leukemia"]}).build(notes)
    typed = notes.with_columns(pl.lit("breast").alias("cancer_type"))
    assert PretrainTask({"cancer_types": ["leukemia"]}).build(typed).height == 0
    assert PretrainTask({"cancer_types": ["breast"]}).build(typed).height == 1


def test_build_dataset_with_literature_splits_by_pmid_and_exports_text(tmp_path: Path) -> None:
    recipe = make_export(tmp_path, n_patients=6)
    text = recipe.read_text().replace(
        "pretrain: {block_size: 100, chars_per_token: 4}",
        "pretrain:\n    block_size: 64\n    literature:\n"
        f"      - {{path: {LIT / 'abstracts.csv'}, cancer_type: leukemia}}\n      - {{path: {LIT / 'pubmed.xml'}}}")
    recipe.write_text(text.replace("  echo_test: {}\n", ""))
    summary = run_recipe(recipe, out_dir=tmp_path / "out")
    assert summary["stage_stats"]["pretrain.literature_out"] == 30
    pairs = pl.concat([pl.read_parquet(p) for p in sorted((tmp_path / "out/tasks/pretrain").glob("*.parquet"))])
    lit = pairs.filter(pl.col("source_note_id").str.starts_with("pmid:"))
    assert lit["source_note_id"].n_unique() == 30
    assert lit.group_by("source_note_id").agg(pl.col("split").n_unique())["split"].max() == 1
    assert set(lit["split"]) <= {"train", "validation", "test"} and lit["split"].null_count() == 0
    lines = [json.loads(x) for x in (tmp_path / "out/jsonl/text/pretrain/train.jsonl").read_text().splitlines()]
    assert all(len(r["text"]) <= 64 * 4 for r in lines)
