"""Batched greedy generation with the paper's settings (max input 1500 tokens, max new tokens per task).

Rows are sorted by prompt length and grouped by task so each batch pads little and shares one
max_new_tokens. The efficiency figures of the run come back with the predictions.
"""

from __future__ import annotations

import time
from typing import Any

from cancerllm.config import GenerationConfig
from cancerllm.data import encode_prompt
from cancerllm.report import peak_memory_bytes, reset_peak_memory
from cancerllm.retrieval import with_examples

_STOP = "\n###"  # the wrapper's next section: the answer ends before it


def _prompt_ids(tokenizer: Any, row: dict, examples: list[dict], max_input_tokens: int,
                truncation: str = "head_tail", head_fraction: float = 0.25, chat: bool = False) -> list[int]:
    """Prompt tokens; retrieved examples are dropped from the last until the prompt fits uncut."""
    examples = list(examples)
    while True:
        context = with_examples(row["context"], examples)
        ids = encode_prompt(tokenizer, row["instruction"], context, max_input_tokens, truncation, head_fraction, chat)
        if not examples or len(tokenizer(context, add_special_tokens=False)["input_ids"]) + 64 <= max_input_tokens:
            return ids
        examples.pop()


def clean_answer(text: str) -> str:
    return text.split(_STOP, 1)[0].strip()


def generate(model: Any, tokenizer: Any, rows: list[dict], gen: GenerationConfig, max_input_tokens: int = 1500,
             examples: list[list[dict]] | None = None, truncation: str = "head_tail",
             head_fraction: float = 0.25, chat: bool = False) -> tuple[list[dict], dict[str, Any]]:
    """Predictions [{id, response, task, cancer_type}] (input order) and an efficiency report.

    Long contexts are cut as in training (`truncation`, `head_fraction`: data.truncation of the config);
    `chat` wraps prompts in the tokenizer's chat template (data.chat_template).
    """
    import torch

    device = next(model.parameters()).device
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    prompts = [_prompt_ids(tokenizer, r, examples[i] if examples else [], max_input_tokens, truncation, head_fraction,
                           chat) for i, r in enumerate(rows)]
    order = sorted(range(len(rows)), key=lambda i: (str(rows[i].get("task", "")), len(prompts[i])))
    outputs: dict[int, str] = {}
    new_tokens = 0
    reset_peak_memory()
    start = time.perf_counter()
    i = 0
    while i < len(order):
        task = str(rows[order[i]].get("task", ""))
        batch = [order[i]]
        while (len(batch) < gen.batch_size and i + len(batch) < len(order)
               and str(rows[order[i + len(batch)]].get("task", "")) == task):
            batch.append(order[i + len(batch)])
        i += len(batch)
        width = max(len(prompts[j]) for j in batch)
        ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
        mask = torch.zeros_like(ids)
        for b, j in enumerate(batch):  # left padding: generation continues from the right edge
            ids[b, width - len(prompts[j]):] = torch.tensor(prompts[j])
            mask[b, width - len(prompts[j]):] = 1
        with torch.inference_mode():
            out = model.generate(input_ids=ids.to(device), attention_mask=mask.to(device), do_sample=False,
                                 max_new_tokens=gen.max_new_tokens.get(task, gen.default_max_new_tokens),
                                 pad_token_id=pad_id, eos_token_id=tokenizer.eos_token_id)
        gen_ids = out[:, width:]
        for b, j in enumerate(batch):
            seq = gen_ids[b].tolist()
            if tokenizer.eos_token_id in seq:
                seq = seq[: seq.index(tokenizer.eos_token_id)]
            new_tokens += len(seq)
            outputs[j] = clean_answer(tokenizer.decode(seq, skip_special_tokens=True))
    seconds = time.perf_counter() - start
    preds = [{"id": r["id"], "response": outputs[i], **{k: r[k] for k in ("task", "cancer_type") if k in r}}
             for i, r in enumerate(rows)]
    n = max(1, len(rows))
    report = {
        "examples": len(rows),
        "seconds": round(seconds, 3),
        "examples_per_s": round(len(rows) / seconds, 3) if seconds else None,
        "generated_tokens_per_s": round(new_tokens / seconds, 1) if seconds else None,
        "prompt_tokens": sum(len(p) for p in prompts),
        "generated_tokens": new_tokens,
        "latency_s_per_example": round(seconds / n, 4),
        "peak_memory_bytes": peak_memory_bytes(),
    }
    return preds, report
