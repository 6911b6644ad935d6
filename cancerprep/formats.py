"""The instruction-pair renderings: CancerLLM, Alpaca, chat messages, and the prompt wrapper.

This is the one place these formats are defined (facts from the CancerLLM
authors' public code, see docs/design.md); exporters and train/ import from here, so
a dataset written by the pipeline and a prompt built at training or inference
time can never drift apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import polars as pl

PHENOTYPE_INSTRUCTION = (
    "You are an excellent linguist. The task is to answer the question by given the context or text"
)
DIAGNOSIS_INSTRUCTION = (
    "You are a medical expert. This task involves generating the diagnosis based on the provided "
    "context or text."
)
PROMPT_TEMPLATE = (
    "Below is an instruction that describes a task, paired with an input that provides further "
    "context.\n\n### Instruction:\n{instruction}\n\n### Input:\n{context}\n\n### Response:\n{response}"
)
STYLES: tuple[str, ...] = ("cancerllm", "alpaca", "chat", "pairs")


def phenotype_context(sentence: str, question: str) -> str:
    """CancerLLM's phenotype context: 'In the text: <sentence> <question>'."""
    return f"In the text: {sentence} {question}"


def render_prompt(instruction: str, context: str, response: str = "") -> str:
    """The paper's prompt wrapper; with an empty response it is the generation prompt."""
    return PROMPT_TEMPLATE.format(instruction=instruction, context=context, response=response)


def to_cancerllm(row: dict[str, Any]) -> dict[str, str]:
    """CancerLLM's own field names (instruction/context/response), so the authors' scripts read it unchanged."""
    return {"instruction": row["instruction"], "context": row["input"], "response": row["output"]}


def to_alpaca(row: dict[str, Any]) -> dict[str, str]:
    """Alpaca fields (instruction/input/output), the layout LLaMA-Factory and axolotl configs point at."""
    return {"instruction": row["instruction"], "input": row["input"], "output": row["output"]}


def to_chat(row: dict[str, Any]) -> dict[str, list[dict[str, str]]]:
    """Chat messages: the task instruction as the system turn, the context as the user turn."""
    return {
        "messages": [
            {"role": "system", "content": row["instruction"]},
            {"role": "user", "content": row["input"]},
            {"role": "assistant", "content": row["output"]},
        ]
    }


def from_any(record: dict[str, Any]) -> dict[str, Any]:
    """Read back a record in any of the styles as a (partial) pair row."""
    if "messages" in record:
        turns = {m["role"]: m["content"] for m in record["messages"]}
        return {"instruction": turns.get("system", ""), "input": turns.get("user", ""),
                "output": turns.get("assistant", "")}
    if "context" in record:
        return {"instruction": record["instruction"], "input": record["context"],
                "output": record["response"]}
    return dict(record)


def render(row: dict[str, Any], style: str) -> dict[str, Any]:
    """One pair row in `style` (`pairs` keeps every PAIR_SCHEMA column)."""
    if style == "cancerllm":
        return to_cancerllm(row)
    if style == "alpaca":
        return to_alpaca(row)
    if style == "chat":
        return to_chat(row)
    if style == "pairs":
        return dict(row)
    raise ValueError(f"unknown style {style!r}; use one of {', '.join(STYLES)}")


def iter_rendered(pairs: pl.DataFrame, style: str) -> Iterator[dict[str, Any]]:
    """Every pair row rendered in `style`, one at a time (for `io.tables.write_jsonl`)."""
    for row in pairs.iter_rows(named=True):
        yield render(row, style)


