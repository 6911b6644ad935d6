"""Trainer-facing exports of the task pairs: JSONL per task and split, LLaMA-Factory and axolotl configs.

Renderings come from `cancerprep.formats` (the one definition of the CancerLLM,
Alpaca and chat shapes), so what is written here is what `train/` and the
prompt wrapper read. The pre-training task is text-only: one `{"text": ...}`
record per chunk in every trainer's plain-text format. The JSONL is written from
the run's Parquet pair files, one batch at a time (`write_exports_from_files`), so
exporting takes the same memory for any corpus size.

Layout (relative to the output directory, so the directory can be moved):
    jsonl/cancerllm/<task>/<split>.jsonl   {id, instruction, context, response, task, cancer_type, variant}
                                           (clean pairs only)
    jsonl/alpaca/<task>/<split>.jsonl      {id, instruction, input, output}  (clean pairs only)
    jsonl/chat/<task>/<split>.jsonl        {id, messages: [system, user, assistant]}  (clean pairs only)
    jsonl/{cancerllm,alpaca,chat}/<task>/<split>.<variant>.jsonl   robustness variants, kept apart
    jsonl/text/pretrain/<split>.jsonl      {id, text, cancer_type}      (pretrain task)
    dataset_info.json                      LLaMA-Factory dataset registry (dataset_dir = the output dir)
    axolotl/<task>.yaml                    axolotl `datasets:` / `test_datasets:` blocks
Empty splits are not written (most JSON loaders reject an empty file) and are left out of the configs.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow.parquet as pq
import yaml

from cancerprep.assembly.split import SPLITS
from cancerprep.formats import render
from cancerprep.io.sinks import iter_parquet
from cancerprep.io.tables import write_jsonl, write_parquet

TEXT_TASKS = frozenset({"pretrain"})
JSONL_STYLES = {"jsonl": "cancerllm", "alpaca": "alpaca", "chat": "chat"}
DEFAULT_FORMATS = ("parquet", "jsonl", "hf", "alpaca", "chat", "llamafactory", "axolotl")
_META = ("task", "cancer_type", "variant")


def _record(row: dict[str, Any], style: str) -> dict[str, Any]:
    if style == "text":
        return {"id": row["id"], "text": row["output"], "cancer_type": row["cancer_type"]}
    rec = {"id": row["id"], **render(row, style)}
    if style == "cancerllm":
        rec.update({k: row[k] for k in _META})
    return rec


def styles_for(task: str, formats: list[str] | tuple[str, ...]) -> list[str]:
    """JSONL styles written for a task under the recipe's `outputs.formats`."""
    if task in TEXT_TASKS:
        wanted = {"jsonl", "alpaca", "chat", "llamafactory", "axolotl"} & set(formats)
        return ["text"] if wanted else []
    styles = [JSONL_STYLES[f] for f in ("jsonl", "alpaca", "chat") if f in formats]
    if ("llamafactory" in formats or "axolotl" in formats) and "alpaca" not in styles:
        styles.append("alpaca")  # both trainer configs point at the Alpaca files
    if "llamafactory" in formats and "chat" not in styles:
        styles.append("chat")
    return styles


def jsonl_path(task: str, style: str, split: str) -> str:
    """The one place the JSONL layout is spelled, so the files written and the trainer configs agree."""
    return f"jsonl/{style}/{task}/{split}.jsonl"


def write_exports(out: Path, pairs_by_task: dict[str, pl.DataFrame], formats: list[str] | tuple[str, ...]
                  ) -> dict[str, int]:
    """In-memory convenience: `pairs_by_task` (sorted by id) to Parquet under a temporary directory in
    `out`, then `write_exports_from_files` (the one JSONL code path). Kept for the in-memory runner."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out, prefix="_exports-") as tmp:
        task_files: dict[str, dict[tuple[str, str], Path]] = {}
        for task, pairs in pairs_by_task.items():
            pairs = pairs.sort("id").with_columns(pl.col("variant").fill_null("clean"))
            task_files[task] = {}
            for (split, variant), frame in pairs.partition_by("split", "variant", as_dict=True,
                                                              maintain_order=True).items():
                path = Path(tmp) / task / f"{split}.{variant}.parquet"
                task_files[task][(str(split), str(variant))] = write_parquet(frame, path)
        return write_exports_from_files(out, task_files, formats)


def write_exports_from_files(out: Path, task_files: dict[str, dict[tuple[str, str], Path]],
                             formats: list[str] | tuple[str, ...], batch_rows: int = 2_000) -> dict[str, int]:
    """Write JSONL files and trainer configs from Parquet pair files; return {relative path: records}.

    `task_files[task][(split, variant)]` is a Parquet file of PAIR_SCHEMA rows (variant `clean` for the
    clean pairs). Files are read in batches of `batch_rows`, so memory does not grow with the corpus;
    records keep the files' row order. Every instruction style gets one file per variant: a clean file
    never holds a misspelled or counterfactual copy (any trainer reading it would train or test on them).
    """
    if (out / "jsonl").exists():
        shutil.rmtree(out / "jsonl")
    if (out / "axolotl").exists():
        shutil.rmtree(out / "axolotl")
    written: dict[str, int] = {}
    for task in sorted(task_files):
        files = task_files[task]
        for style in styles_for(task, formats):
            for split in SPLITS:
                keys = sorted((k for k in files if k[0] == split), key=lambda k: (k[1] != "clean", k[1]))
                # robustness variants go to separate files and never mix into a training or test set
                groups = [(k[1], [k]) for k in keys]
                for variant, group in groups:
                    paths = [files[k] for k in group]
                    rows = sum(pq.read_metadata(p).num_rows for p in paths)
                    if rows == 0:
                        continue
                    rel = jsonl_path(task, style, split if variant in (None, "clean") else f"{split}.{variant}")
                    write_jsonl((_record(r, style) for r in _rows(paths, batch_rows)), out / rel)
                    written[rel] = rows
    if "llamafactory" in formats:
        _write_json(out / "dataset_info.json", llamafactory_info(written))
    elif (out / "dataset_info.json").exists():
        (out / "dataset_info.json").unlink()
    if "axolotl" in formats:
        for task in sorted(task_files):
            config = axolotl_config(task, written)
            if config["datasets"]:
                path = out / "axolotl" / f"{task}.yaml"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(_AXOLOTL_HEADER + yaml.safe_dump(config, sort_keys=False))
    return written


def _rows(paths: list[Path], batch_rows: int) -> Iterator[dict[str, Any]]:
    """The rows of Parquet files in order, one batch in memory at a time; a null variant is clean."""
    for path in paths:
        for frame in iter_parquet(path, batch_rows):
            if "variant" in frame.columns:
                frame = frame.with_columns(pl.col("variant").fill_null("clean"))
            yield from frame.iter_rows(named=True)


def _write_json(path: Path, obj: Any) -> None:
    path.write_text(json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def _parts(rel: str) -> tuple[str, str, str]:
    """(style, task, entry suffix): `train` or, for a variant file, `train_<variant>`."""
    _, style, task, name = rel.split("/")
    return style, task, name.removesuffix(".jsonl").replace(".", "_", 1)


def llamafactory_info(written: dict[str, int]) -> dict[str, Any]:
    """LLaMA-Factory `dataset_info.json`: one entry per task, style and split (`<task>_<split>`,
    `<task>_chat_<split>`); set `dataset_dir` to the output directory and `dataset: phenotype_train`."""
    info: dict[str, Any] = {}
    for rel in sorted(written):
        style, task, split = _parts(rel)
        if style == "alpaca":
            info[f"{task}_{split}"] = {"file_name": rel, "formatting": "alpaca",
                                       "columns": {"prompt": "instruction", "query": "input", "response": "output"}}
        elif style == "chat":
            info[f"{task}_chat_{split}"] = {
                "file_name": rel, "formatting": "sharegpt", "columns": {"messages": "messages"},
                "tags": {"role_tag": "role", "content_tag": "content", "user_tag": "user",
                         "assistant_tag": "assistant", "system_tag": "system"}}
        elif style == "text":
            info[f"{task}_{split}"] = {"file_name": rel, "columns": {"prompt": "text"}}
    return info


_AXOLOTL_HEADER = (
    "# axolotl dataset blocks written by cancerprep: merge into your axolotl config.\n"
    "# Paths are relative to this dataset's directory: run axolotl from there (or make them absolute).\n"
)


def axolotl_config(task: str, written: dict[str, int]) -> dict[str, Any]:
    """`datasets:` (train) and `test_datasets:` (validation) for one task, Alpaca or completion type."""
    style = "text" if task in TEXT_TASKS else "alpaca"
    ds_type = {"type": "completion", "field": "text"} if style == "text" else {"type": "alpaca"}

    def block(split: str) -> list[dict[str, Any]]:
        rel = jsonl_path(task, style, split)
        return [{"path": rel, "ds_type": "json", "split": "train", **ds_type}] if rel in written else []

    config: dict[str, Any] = {"datasets": block("train")}
    if test := block("validation"):
        config["test_datasets"] = test
    return config
