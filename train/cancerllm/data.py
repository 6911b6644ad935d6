"""Read build-dataset outputs and turn them into token batches with the loss on responses only.

Records are CancerLLM JSONL ({instruction, context, response} plus id/task/cancer_type/variant
meta). Pre-training files carry `text`. Batching reuses transformers' collators: padded
(DataCollatorForSeq2Seq) or padding-free (DataCollatorWithFlattening: samples concatenated into
one row, position ids restarting at 0 per sample, so attention never crosses samples).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from cancerllm.config import ConfigError, DataConfig
from cancerprep.errors import InputError

IGNORE_INDEX = -100
# Where build-dataset may put a task's split, relative to the run directory: tried in order.
_LAYOUTS = (
    "jsonl/cancerllm/{task}/{split}.jsonl",  # cancerprep build-dataset (cancerprep/exports.py)
    "jsonl/text/{task}/{split}.jsonl",  # its pre-training text
    "cancerllm/{task}/{split}.jsonl",
    "cancerllm/{task}_{split}.jsonl",
    "jsonl/{task}/{split}.jsonl",
    "{task}/cancerllm/{split}.jsonl",
    "{task}/{split}.jsonl",
    "{task}_{split}.jsonl",
)
_ALIASES = {"input": "context", "output": "response"}


def find_split_file(dataset: str | Path, task: str, split: str) -> Path | None:
    """The JSONL of one task and split in a build-dataset run directory (None when absent)."""
    root = Path(dataset)
    for layout in _LAYOUTS:
        path = root / layout.format(task=task, split=split)
        if path.is_file():
            return path
    return None


def split_files(cfg: DataConfig, split: str, variants: bool = False) -> list[Path]:
    """Explicit files from the config, else the run directory's files for each configured task.

    build-dataset writes robustness variants beside the clean file (`<split>.<variant>.jsonl`, never
    mixed into `<split>.jsonl`); `variants` adds those files (evaluation, counterfactual training).
    """
    explicit = {"train": cfg.train_files, "validation": cfg.eval_files, "test": cfg.test_files}[split]
    if explicit:
        return [Path(p) for p in explicit]
    if not cfg.dataset:
        raise ConfigError(f"data: no {split} files: set data.dataset or data.{split}_files")
    found = [f for t in cfg.tasks if (f := find_split_file(cfg.dataset, t, split)) is not None]
    if not found and split == "validation":
        found = [f for t in cfg.tasks if (f := find_split_file(cfg.dataset, t, "val")) is not None]
    if not found:
        raise InputError(f"no {split} JSONL for tasks {', '.join(cfg.tasks)}", file=str(cfg.dataset))
    if variants:
        found += [v for f in list(found) for v in sorted(f.parent.glob(f"{f.stem}.*.jsonl"))]
    return found


def read_jsonl(paths: Iterable[str | Path], required: tuple[str, ...] = ("id", "response")) -> list[dict]:
    """Parse JSONL files; a bad line is an error naming the file, line and field (never its text)."""
    rows: list[dict] = []
    for path in paths:
        path = Path(path)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", file=str(path)) from None
        for lineno, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                raise InputError("not valid JSON", file=str(path), row=lineno) from None
            if not isinstance(row, dict):
                raise InputError("not a JSON object", file=str(path), row=lineno)
            for alias, name in _ALIASES.items():
                if name not in row and alias in row:
                    row[name] = row[alias]
            for name in required:
                if row.get(name) is None:
                    raise InputError("missing value", file=str(path), row=lineno, field=name)
            if "id" in row:
                row["id"] = str(row["id"])
            rows.append(row)
    return rows


def read_pairs(paths: Iterable[str | Path], variant: str | None = "clean") -> list[dict]:
    """Instruction pairs; rows of another robustness variant are skipped (files may mix them)."""
    rows = read_jsonl(paths, required=("id", "instruction", "context", "response"))
    if variant is None:
        return rows
    return [r for r in rows if (r.get("variant") or "clean") == variant]  # no variant = clean


def encode_prompt(tokenizer: Any, instruction: str, context: str, max_input_tokens: int) -> list[int]:
    """Prompt token ids, the context cut so the whole prompt fits `max_input_tokens`.

    The wrapper head and the response marker are always kept: a prompt cut mid-way would not end
    where the model was taught to start answering.
    """
    from cancerllm.prompt import RESPONSE_MARKER, prompt_head  # lazy: pulls in cancerprep.formats (polars)

    head = tokenizer(prompt_head(instruction), add_special_tokens=True)["input_ids"]
    tail = tokenizer(RESPONSE_MARKER, add_special_tokens=False)["input_ids"]
    body = tokenizer(context, add_special_tokens=False)["input_ids"]
    budget = max(0, max_input_tokens - len(head) - len(tail))
    return head + body[:budget] + tail


def encode_pair(tokenizer: Any, row: dict, max_input_tokens: int, max_length: int) -> dict[str, list[int]]:
    """input_ids and labels for one pair; labels are IGNORE_INDEX over the prompt (loss on response)."""
    prompt = encode_prompt(tokenizer, row["instruction"], row["context"], max_input_tokens)
    response = tokenizer(str(row["response"]), add_special_tokens=False)["input_ids"]
    response = [*response, tokenizer.eos_token_id][: max(1, max_length - len(prompt))]
    ids = prompt + response
    return {"input_ids": ids, "labels": [IGNORE_INDEX] * len(prompt) + response}


def encode_text(tokenizer: Any, text: str, block_size: int) -> list[dict[str, list[int]]]:
    """Pre-training: one note -> blocks of at most `block_size` tokens, loss on every token."""
    ids = tokenizer(text, add_special_tokens=True)["input_ids"] + [tokenizer.eos_token_id]
    return [
        {"input_ids": ids[i : i + block_size], "labels": ids[i : i + block_size]}
        for i in range(0, len(ids), block_size)
        if len(ids[i : i + block_size]) > 1
    ]


def build_dataset(cfg: DataConfig, tokenizer: Any, stage: str, split: str = "train") -> Any:
    """A tokenized `datasets.Dataset` with input_ids/labels for the given stage and split."""
    from datasets import Dataset

    paths = split_files(cfg, split, variants=stage != "pretrain" and cfg.variant != "clean")
    limit = cfg.max_train_samples if split == "train" else cfg.max_eval_samples
    features: list[dict[str, list[int]]] = []
    if stage == "pretrain":
        rows = read_jsonl(paths, required=("text",))[:limit]
        for row in rows:
            features.extend(encode_text(tokenizer, row["text"], cfg.max_length))
    else:
        rows = read_pairs(paths, cfg.variant)[:limit]
        features = [encode_pair(tokenizer, r, cfg.max_input_tokens, cfg.max_length) for r in rows]
    if not features:
        raise InputError(f"no {split} examples after filtering", file=str(paths[0]))
    if cfg.packing and cfg.max_tokens_per_batch and split == "train":
        return Dataset.from_list(pack_by_tokens(features, cfg.max_tokens_per_batch))
    return Dataset.from_list(features)


def pack_by_tokens(features: list[dict[str, list[int]]], max_tokens: int, seed: int = 0) -> list[dict]:
    """Group samples into packs of at most `max_tokens` tokens (shuffled, then first-fit).

    A step then holds a steady number of tokens whatever the sample lengths, which keeps peak
    memory predictable (a fixed sample count can draw several long notes at once) and lets a site
    pick the largest step that fits its GPU. Samples longer than the budget form a pack alone.
    """
    import random

    order = list(range(len(features)))
    random.Random(seed).shuffle(order)
    packs: list[list[int]] = []
    room: list[int] = []
    for i in order:
        n = len(features[i]["input_ids"])
        slot = next((j for j, r in enumerate(room) if r >= n), None)
        if slot is None:
            packs.append([i])
            room.append(max_tokens - n)
        else:
            packs[slot].append(i)
            room[slot] -= n
    return [{"pack": [features[i] for i in p]} for p in packs]


class PackCollator:
    """Collate rows made by `pack_by_tokens`: every sample of every pack into one flattened row."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __call__(self, rows: list[dict]) -> Any:
        # evaluation rows are not packed: they pass through as single samples
        return self.inner([s for row in rows for s in (row["pack"] if "pack" in row else [row])])


def make_collator(tokenizer: Any, packing: bool, varlen_kwargs: bool = False) -> Any:
    """transformers' padding-free or padded collator; labels padded with IGNORE_INDEX.

    `varlen_kwargs` adds the cumulative sequence lengths a variable-length attention kernel needs.
    """
    from transformers import DataCollatorForSeq2Seq, DataCollatorWithFlattening

    if packing:
        return DataCollatorWithFlattening(separator_id=IGNORE_INDEX, return_position_ids=True,
                                          return_flash_attn_kwargs=varlen_kwargs)
    return DataCollatorForSeq2Seq(tokenizer, padding=True, label_pad_token_id=IGNORE_INDEX,
                                  return_tensors="pt")
