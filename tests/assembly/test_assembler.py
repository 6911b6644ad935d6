"""build-dataset assembly: trainer exports load in `datasets`, manifest matches, card and determinism."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import datasets
import polars as pl
import pytest
import yaml

from cancerprep.outputs.manifest import verify_manifest
from cancerprep.runner import run_recipe
from tests.assembly.support import SECRET_NAME, make_export
from tests.paths import REPO


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("asm")
    recipe = make_export(tmp)
    out = tmp / "out"
    return out, run_recipe(recipe, out_dir=out)


def test_every_export_loads_in_datasets_with_matching_counts(built: tuple[Path, dict[str, Any]]) -> None:
    out, _ = built
    for task in ("echo_test", "pretrain"):
        parquet = {s: pl.read_parquet(out / "tasks" / task / f"{s}.parquet") for s in ("train", "validation", "test")}
        dd = datasets.load_from_disk(str(out / "hf" / task))
        assert {s: dd[s].num_rows for s in dd} == {s: f.height for s, f in parquet.items()}
        styles = ["text"] if task == "pretrain" else ["cancerllm", "alpaca", "chat"]
        for style in styles:
            for split, frame in parquet.items():
                path = out / "jsonl" / style / task / f"{split}.jsonl"
                assert path.is_file() == (frame.height > 0)
                if not frame.height:
                    continue
                ds = datasets.load_dataset("json", data_files=str(path), split="train")
                assert ds.num_rows == frame.height
                assert ds["id"] == frame["id"].to_list()
    first = json.loads((out / "jsonl/cancerllm/echo_test/train.jsonl").read_text().splitlines()[0])
    assert {"id", "instruction", "context", "response", "task", "cancer_type", "variant"} <= set(first)
    chat = json.loads((out / "jsonl/chat/echo_test/train.jsonl").read_text().splitlines()[0])
    assert [m["role"] for m in chat["messages"]] == ["system", "user", "assistant"]
    text = json.loads((out / "jsonl/text/pretrain/train.jsonl").read_text().splitlines()[0])
    assert set(text) == {"id", "text", "cancer_type"} and len(text["text"]) <= 400


def test_card_configs_load_the_task_parquet(built: tuple[Path, dict[str, Any]]) -> None:
    out, _ = built
    card = (out / "README.md").read_text()
    assert card.startswith("---\n")
    front = yaml.safe_load(card.split("---\n")[1])
    assert {c["config_name"] for c in front["configs"]} == {"echo_test", "pretrain"}
    assert "not-de-identified" in front["tags"]
    dd = datasets.load_dataset(str(out), "echo_test")
    assert dd["train"].num_rows == pl.read_parquet(out / "tasks/echo_test/train.parquet").height
    for section in ("## Provenance", "## De-identification", "## Splits", "## Cancer types", "## De-duplication",
                    "## Limitations", "NOT de-identified", hashlib.sha256((out.parent / "notes.csv")
                                                                          .read_bytes()).hexdigest()):
        assert section in card
    assert "| leukemia |" in card  # per-cancer-type counts of the task


def test_trainer_configs_point_at_real_files(built: tuple[Path, dict[str, Any]]) -> None:
    out, _ = built
    info = json.loads((out / "dataset_info.json").read_text())
    assert {"echo_test_train", "echo_test_chat_train", "pretrain_train"} <= set(info)
    assert info["echo_test_train"]["formatting"] == "alpaca"
    assert info["echo_test_chat_train"]["formatting"] == "sharegpt"
    assert info["pretrain_train"]["columns"] == {"prompt": "text"}
    for entry in info.values():
        rows = (out / entry["file_name"]).read_text().splitlines()
        cols = entry["columns"]
        record = json.loads(rows[0])
        assert all(v in record for v in cols.values())
    for task, style in (("echo_test", "alpaca"), ("pretrain", "completion")):
        config = yaml.safe_load((out / "axolotl" / f"{task}.yaml").read_text())
        assert config["datasets"][0]["type"] == style
        for block in config["datasets"] + config.get("test_datasets", []):
            assert (out / block["path"]).is_file()


def test_manifest_matches_files_and_detects_changes(built: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    out, _ = built
    manifest = json.loads((out / "manifest.json").read_text())["files"]
    on_disk = sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                     if p.is_file() and p.name != "manifest.json" and not p.relative_to(out).parts[0] == "_work")
    assert sorted(manifest) == on_disk
    for rel, entry in manifest.items():
        assert hashlib.sha256((out / rel).read_bytes()).hexdigest() == entry["sha256"]
    assert not any(k.startswith("_work") for k in manifest)
    assert verify_manifest(out) == []
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    (copy / "jsonl/alpaca/echo_test/train.jsonl").write_text("{}\n")
    (copy / "extra.txt").write_text("x")
    assert verify_manifest(copy) == ["not in manifest: extra.txt", "changed: jsonl/alpaca/echo_test/train.jsonl"]


def test_no_note_text_in_card_report_manifest_or_summary(built: tuple[Path, dict[str, Any]]) -> None:
    out, _ = built
    for name in ("README.md", "report.html", "manifest.json", "run_summary.json", "quarantine.csv",
                 "dataset_info.json"):
        assert SECRET_NAME not in (out / name).read_text(), name
    assert "term1" not in (out / "README.md").read_text()


def _tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and p.relative_to(root).parts[0] != "_work"}


def test_byte_identical_outputs_and_no_stale_files(built: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    out, _ = built
    recipe = out.parent / "r.yaml"
    again = run_recipe(recipe, out_dir=tmp_path / "again")
    a, b = _tree(out), _tree(tmp_path / "again")
    assert a.keys() == b.keys() and [k for k in a if a[k] != b[k]] == []
    assert again["counts"]["notes_out"] == 48
    # dropping a task and the trainer formats removes their files on the next run into the same directory
    text = recipe.read_text().replace("  echo_test: {}\n", "")
    (tmp_path / "r2.yaml").write_text(text + "outputs: {formats: [parquet, jsonl]}\nreport: {enabled: false}\n")
    for name in ("notes.csv", "site.key"):
        (tmp_path / name).write_bytes((out.parent / name).read_bytes())
    run_recipe(tmp_path / "r2.yaml", out_dir=tmp_path / "again")
    left = _tree(tmp_path / "again")
    assert not any("echo_test" in k for k in left)
    assert "dataset_info.json" not in left and "report.html" not in left
    assert not any(k.startswith(("axolotl/", "jsonl/alpaca", "jsonl/chat")) for k in left)
    assert verify_manifest(tmp_path / "again") == []


def test_output_records_validate_against_the_record_schemas(built: tuple[Path, dict[str, Any]]) -> None:
    import jsonschema

    out, _ = built
    schemas = REPO / "schemas"

    def validator(name: str) -> jsonschema.Draft202012Validator:
        return jsonschema.Draft202012Validator(json.loads((schemas / name).read_text()))

    pair_v, note_v = validator("instruction_pair.schema.json"), validator("note.schema.json")
    for task in ("echo_test", "pretrain"):
        for row in pl.read_parquet(out / "tasks" / task / "train.parquet").iter_rows(named=True):
            pair_v.validate(row)
    notes = pl.read_parquet(out / "notes" / "*.parquet").with_columns(pl.col("note_date").cast(pl.Utf8))
    for row in notes.iter_rows(named=True):
        note_v.validate(row)
    bad = {**notes.row(0, named=True), "note_type": "discharge"}
    assert not note_v.is_valid(bad)
    code_v = validator("diagnosis_code.schema.json")
    assert code_v.is_valid({"patient_id": "p", "code": "C50.911", "system": "ICD10CM", "date": "2021-01-01"})
    assert not code_v.is_valid({"patient_id": "p", "code": "C50.911", "system": "LOINC"})


def test_cli_verify(built: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    import shutil

    from typer.testing import CliRunner

    from cancerprep.cli import app

    out, _ = built
    assert CliRunner().invoke(app, ["verify", str(out)]).exit_code == 0
    copy = tmp_path / "c"
    shutil.copytree(out, copy)
    (copy / "README.md").write_text("edited")
    result = CliRunner().invoke(app, ["verify", str(copy)])
    assert result.exit_code == 1 and "changed: README.md" in result.output


def test_variants_sit_beside_clean_pairs_in_the_same_split(tmp_path: Path) -> None:
    recipe = make_export(tmp_path, n_patients=12, extra_recipe=(
        "variants:\n  - {kind: misspell, rate: 0.5, splits: [test, validation]}\n"
        "  - {kind: counterfactual, rate: 0.5}\n"
        "outputs: {ids: keep}\n"))  # compared with make_variant on the same (raw) pair ids
    summary = run_recipe(recipe, out_dir=tmp_path / "out")
    pairs = pl.concat([pl.read_parquet(p) for p in sorted((tmp_path / "out/tasks/echo_test").glob("*.parquet"))])
    clean = pairs.filter(pl.col("variant") == "clean")
    assert clean.height == 24
    for variant, splits in (("misspell", {"test", "validation"}), ("counterfactual", {"train"})):
        copies = pairs.filter(pl.col("variant") == f"{variant}-0.5")
        assert copies.height == summary["stage_stats"][f"variants.echo_test.{variant}-0.5"] > 0
        assert set(copies["split"]) <= splits
        originals = dict(clean.select("id", "split").iter_rows())
        assert all(originals[i.split("~")[0]] == s for i, s in copies.select("id", "split").iter_rows())
    assert not any("variants.pretrain" in k for k in summary["stage_stats"])
    # Streamed from the files shard by shard / in two passes, the variants equal the in-memory functions'.
    from cancerprep.assembly.variants import make_variant

    for kind, splits in (("misspell", ["test", "validation"]), ("counterfactual", None)):
        expected, _ = make_variant(clean, kind, 0.5, 9, splits=splits)  # the recipe seed
        written = pairs.filter(pl.col("variant") == f"{kind}-0.5")
        assert written.sort("id").equals(expected.sort("id")), kind
    for name, variant in (("train", "clean"), ("train.counterfactual-0.5", "counterfactual-0.5"),
                          ("test.misspell-0.5", "misspell-0.5")):  # each variant in its own file
        path = tmp_path / f"out/jsonl/cancerllm/echo_test/{name}.jsonl"
        assert {json.loads(x)["variant"] for x in path.read_text().splitlines()} == {variant}


def test_no_patient_in_two_splits_in_notes_or_any_task(built: tuple[Path, dict[str, Any]]) -> None:
    out, _ = built
    notes = pl.read_parquet(out / "notes" / "*.parquet")
    frames = [notes.select(pl.col("patient_id").alias("unit"), "split")]
    for task in ("echo_test", "pretrain"):
        pairs = pl.concat([pl.read_parquet(p) for p in sorted((out / "tasks" / task).glob("*.parquet"))])
        assert pairs["split"].null_count() == 0
        frames.append(pairs.select(pl.col("patient_pseudonym").alias("unit"), "split"))
    units = pl.concat(frames).unique()
    assert units.group_by("unit").len()["len"].max() == 1  # one split per patient across everything
    assert set(units["split"]) == {"train", "validation", "test"}


def test_third_party_exports_keep_variants_out_of_the_clean_files(tmp_path: Path) -> None:
    recipe = make_export(tmp_path, n_patients=12, extra_recipe="variants:\n  - {kind: counterfactual, rate: 0.5}\n")
    run_recipe(recipe, out_dir=tmp_path / "out")
    out = tmp_path / "out"
    clean = [json.loads(x) for x in (out / "jsonl/alpaca/echo_test/train.jsonl").read_text().splitlines()]
    assert clean and not any("~" in r["id"] for r in clean)
    cf = [json.loads(x) for x in
          (out / "jsonl/alpaca/echo_test/train.counterfactual-0.5.jsonl").read_text().splitlines()]
    assert cf and all(r["id"].endswith("~counterfactual-0.5") for r in cf)
    assert (out / "jsonl/chat/echo_test/train.counterfactual-0.5.jsonl").is_file()
    info = json.loads((out / "dataset_info.json").read_text())
    assert info["echo_test_train_counterfactual-0.5"]["file_name"].endswith("train.counterfactual-0.5.jsonl")
    assert info["echo_test_train"]["file_name"] == "jsonl/alpaca/echo_test/train.jsonl"
    axolotl = yaml.safe_load((out / "axolotl/echo_test.yaml").read_text())
    assert [d["path"] for d in axolotl["datasets"]] == ["jsonl/alpaca/echo_test/train.jsonl"]
    clean_cancerllm = (out / "jsonl/cancerllm/echo_test/train.jsonl").read_text()
    assert "counterfactual-0.5" not in clean_cancerllm  # variants never mix into a clean file
    cf = (out / "jsonl/cancerllm/echo_test/train.counterfactual-0.5.jsonl").read_text().splitlines()
    assert cf and all(json.loads(x)["variant"] == "counterfactual-0.5" for x in cf)


def test_card_and_report_count_clean_pairs_and_list_variants_apart(tmp_path: Path) -> None:
    recipe = make_export(tmp_path, n_patients=12, extra_recipe="variants:\n  - {kind: counterfactual, rate: 0.5}\n")
    run_recipe(recipe, out_dir=tmp_path / "out")
    card = (tmp_path / "out/README.md").read_text()
    pairs = pl.concat([pl.read_parquet(p) for p in sorted((tmp_path / "out/tasks/echo_test").glob("*.parquet"))])
    n_train_cf = pairs.filter(pl.col("variant") == "counterfactual-0.5").height
    clean = pairs.filter(pl.col("variant") == "clean")
    row = next(line for line in card.splitlines() if line.startswith("| echo_test pairs |"))
    assert row.rstrip(" |").endswith(f"| {clean.height}")
    assert f"| echo_test | counterfactual-0.5 | {n_train_cf} | 0 | 0 | {n_train_cf} |" in card
    assert "echo_test counterfactual-0.5" in (tmp_path / "out/report.html").read_text()


def test_parquet_hf_and_card_keep_variants_in_splits_of_their_own(tmp_path: Path) -> None:
    recipe = make_export(tmp_path, n_patients=12, extra_recipe="variants:\n  - {kind: counterfactual, rate: 0.5}\n")
    run_recipe(recipe, out_dir=tmp_path / "out")
    out = tmp_path / "out"
    train = pl.read_parquet(out / "tasks/echo_test/train.parquet")
    assert set(train["variant"]) == {"clean"}
    cf = pl.read_parquet(out / "tasks/echo_test/train.counterfactual-0.5.parquet")
    assert set(cf["variant"]) == {"counterfactual-0.5"} and cf.height == train.height
    dd = datasets.load_from_disk(str(out / "hf/echo_test"))
    assert set(dd) == {"train", "validation", "test", "train_counterfactual_0_5"}
    assert set(dd["train"]["variant"]) == {"clean"}
    via_card = datasets.load_dataset(str(out), "echo_test")
    assert via_card["train_counterfactual_0_5"].num_rows == cf.height
    assert via_card["train"].num_rows == train.height
    assert verify_manifest(out) == []
