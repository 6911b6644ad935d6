"""Read build-dataset outputs and turn them into token batches with the loss on responses only.

Records are CancerLLM JSONL ({instruction, context, response} plus id/task/cancer_type/variant
meta). Pre-training files carry `text`. Batching reuses transformers' collators: padded
(DataCollatorForSeq2Seq) or padding-free (DataCollatorWithFlattening: samples concatenated into
one row, position ids restarting at 0 per sample, so attention never crosses samples).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from cancerllm.config import ConfigError, DataConfig
from cancerprep.errors import InputError
from cancerprep.io.tables import jsonl_objects

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
        for lineno, row in jsonl_objects(path):
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


TRUNCATIONS = ("head", "tail", "head_tail")
GAP = " [...] "  # marks the cut in a head + tail window


def cut_context(tokenizer: Any, context: str, budget: int, truncation: str = "head_tail",
                head_fraction: float = 0.25) -> str:
    """The context cut to about `budget` tokens, as text cut at token boundaries.

    head: the first tokens (the authors' generation kept the start of a note); tail: the last;
    head_tail: the first `head_fraction` of the budget, GAP, then the last tokens, because the final
    diagnosis of a note sits at its end while the head carries the note type and history.
    """
    enc = tokenizer(context, add_special_tokens=False, return_offsets_mapping=bool(tokenizer.is_fast))
    ids = enc["input_ids"]
    n = len(ids)
    if n <= budget:
        return context
    if budget <= 0:
        return ""
    offsets = enc.get("offset_mapping")

    def head(k: int) -> str:
        if k <= 0:
            return ""
        return context[: offsets[k - 1][1]] if offsets else tokenizer.decode(ids[:k])

    def tail(k: int) -> str:
        if k <= 0:
            return ""
        return context[offsets[n - k][0]:] if offsets else tokenizer.decode(ids[n - k:])

    if truncation == "head":
        return head(budget)
    if truncation == "tail":
        return tail(budget)
    budget -= len(tokenizer(GAP, add_special_tokens=False)["input_ids"])
    first = int(budget * head_fraction)
    return head(first) + GAP + tail(budget - first)


def chat_wrap(tokenizer: Any, prompt: str) -> str:
    """The wrapped prompt as one user turn of the tokenizer's chat template, ready for the answer.

    An Instruct model was tuned on its chat format; scoring it on raw text measures the format
    mismatch more than the model (issue 15). The answer follows the generation prompt.
    """
    return tokenizer.apply_chat_template([{"role": "user", "content": prompt}], tokenize=False,
                                         add_generation_prompt=True)


def _special(chat: bool) -> bool:
    return not chat  # a chat template writes its own special tokens


def prompt_text(tokenizer: Any, instruction: str, context: str, max_input_tokens: int,
                truncation: str = "head_tail", head_fraction: float = 0.25, chat: bool = False) -> str:
    """The wrapped prompt (ending with the response marker), its context cut so it fits `max_input_tokens`.

    The wrapper head and the response marker are always kept: a prompt cut mid-way would not end
    where the model was taught to start answering. `chat`: inside the tokenizer's chat template.
    """
    from cancerllm.prompt import RESPONSE_MARKER, prompt_head, render_prompt  # lazy: pulls in polars

    fixed = (len(tokenizer(prompt_head(instruction), add_special_tokens=True)["input_ids"])
             + len(tokenizer(RESPONSE_MARKER, add_special_tokens=False)["input_ids"]))
    budget = max(0, max_input_tokens - fixed)
    for _ in range(8):  # cut points can merge tokens across the seams: shrink until the whole fits
        text = render_prompt(instruction, cut_context(tokenizer, context, budget, truncation, head_fraction))
        if chat:
            text = chat_wrap(tokenizer, text)
        excess = len(tokenizer(text, add_special_tokens=_special(chat))["input_ids"]) - max_input_tokens
        if excess <= 0 or budget == 0:
            return text
        budget = max(0, budget - excess)
    return text


def encode_prompt(tokenizer: Any, instruction: str, context: str, max_input_tokens: int,
                  truncation: str = "head_tail", head_fraction: float = 0.25, chat: bool = False) -> list[int]:
    """Prompt token ids for generation: the same tokens the prompt has inside a training text."""
    text = prompt_text(tokenizer, instruction, context, max_input_tokens, truncation, head_fraction, chat)
    return tokenizer(text, add_special_tokens=_special(chat))["input_ids"]


def encode_pair(tokenizer: Any, row: dict, max_input_tokens: int, max_length: int, loss_on: str = "response",
                truncation: str = "head_tail", head_fraction: float = 0.25, chat: bool = False
                ) -> dict[str, list[int]]:
    """input_ids and labels for one pair, the prompt + response tokenized as one text.

    One text, as the authors did: tokenizing the response on its own makes a SentencePiece tokenizer
    (Mistral, Llama) prepend a word-start "▁" the model never sees before an answer at inference.
    `loss_on`: `response` (prompt labels IGNORE_INDEX) or `all` (the authors' loss on the whole text).
    """
    prompt = prompt_text(tokenizer, row["instruction"], row["context"], max_input_tokens, truncation, head_fraction,
                         chat)
    full = prompt + str(row["response"])
    if tokenizer.is_fast:
        enc = tokenizer(full, add_special_tokens=_special(chat), return_offsets_mapping=True)
        # prompt tokens end at or before the prompt's last character (special tokens have (0, 0))
        n_prompt = sum(1 for start, end in enc["offset_mapping"] if end <= len(prompt))
    else:
        enc = tokenizer(full, add_special_tokens=_special(chat))
        n_prompt = len(tokenizer(prompt, add_special_tokens=_special(chat))["input_ids"])
    ids = [*enc["input_ids"], tokenizer.eos_token_id]
    ids = ids[: max(max_length, n_prompt + 1)]  # the prompt fits by construction; at least one answer token
    labels = list(ids) if loss_on == "all" else [IGNORE_INDEX] * n_prompt + ids[n_prompt:]
    return {"input_ids": ids, "labels": labels}


def encode_text(tokenizer: Any, text: str, block_size: int) -> list[dict[str, list[int]]]:
    """Pre-training: one note -> blocks of at most `block_size` tokens, loss on every token."""
    ids = tokenizer(text, add_special_tokens=True)["input_ids"] + [tokenizer.eos_token_id]
    return [
        {"input_ids": ids[i : i + block_size], "labels": ids[i : i + block_size]}
        for i in range(0, len(ids), block_size)
        if len(ids[i : i + block_size]) > 1
    ]


def concat_blocks(tokenizer: Any, texts: list[str], block_size: int) -> list[dict[str, list[int]]]:
    """Pre-training as the authors did: all notes' tokens (EOS after each) concatenated, then cut into
    `block_size` blocks that may span notes (the last, shorter block is kept when it has 2+ tokens)."""
    ids: list[int] = []
    for text in texts:
        ids += tokenizer(text, add_special_tokens=True)["input_ids"] + [tokenizer.eos_token_id]
    return [{"input_ids": ids[i:i + block_size], "labels": ids[i:i + block_size]}
            for i in range(0, len(ids), block_size) if len(ids[i:i + block_size]) > 1]


def build_dataset(cfg: DataConfig, tokenizer: Any, stage: str, split: str = "train") -> Any:
    """A tokenized `datasets.Dataset` with input_ids/labels for the given stage and split."""
    from datasets import Dataset

    paths = split_files(cfg, split, variants=stage != "pretrain" and cfg.variant != "clean")
    limit = cfg.max_train_samples if split == "train" else cfg.max_eval_samples
    features: list[dict[str, list[int]]] = []
    if stage == "pretrain":
        rows = read_jsonl(paths, required=("text",))[:limit]
        if cfg.concat_notes:
            features = concat_blocks(tokenizer, [row["text"] for row in rows], cfg.max_length)
        else:
            for row in rows:
                features.extend(encode_text(tokenizer, row["text"], cfg.max_length))
    else:
        rows = read_pairs(paths, cfg.variant)[:limit]
        features = [encode_pair(tokenizer, r, cfg.max_input_tokens, cfg.max_length, cfg.loss_on, cfg.truncation,
                                cfg.head_fraction, cfg.chat_template) for r in rows]
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
