"""Entry points of the `cancerprep train ...` commands: config file in, one run, report out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cancerllm.config import load_config


def train_from_config(config: str | Path, stage: str, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    from cancerllm.train import train

    return train(load_config(config, {**(overrides or {}), "stage": stage}))


def generate_from_config(config: str | Path, out: str | Path, *, adapter: str | Path | None = None,
                         split: str = "test", retriever: str | None = None, k: int = 3,
                         encoder: str | Path | None = None, limit: int | None = None,
                         overrides: dict[str, Any] | None = None,
                         init_adapter: str | Path | None = None) -> dict[str, Any]:
    """Predictions JSONL for one split (clean rows); returns the efficiency report.

    The pre-training adapter (`init_adapter`, default the config's) is applied under `adapter`.
    """
    import torch

    from cancerllm.config import input_tokens
    from cancerllm.data import read_pairs, split_files
    from cancerllm.evaluate import write_jsonl
    from cancerllm.generate import generate
    from cancerllm.model import load_for_inference, load_tokenizer

    cfg = load_config(config, overrides)
    rows = read_pairs(split_files(cfg.data, split))[:limit]
    tokenizer = load_tokenizer(cfg.model)
    init = str(init_adapter) if init_adapter is not None else cfg.init_adapter
    model = load_for_inference(cfg.model, str(adapter) if adapter else None, merge=True,
                               device="cuda" if torch.cuda.is_available() else "cpu", init_adapter=init or None)
    examples = None
    if retriever:
        from cancerllm.retrieval import Retriever

        index = Retriever(retriever, encoder=str(encoder) if encoder else None, seed=cfg.training.seed)
        examples = index.fit(read_pairs(split_files(cfg.data, "train"))).examples(rows, k)
    preds, report = generate(model, tokenizer, rows, cfg.generation, input_tokens(cfg), examples=examples,
                             truncation=cfg.data.truncation, head_fraction=cfg.data.head_fraction,
                             chat=cfg.data.chat_template)
    write_jsonl(preds, Path(out))
    return report


def evaluate_from_config(config: str | Path, out: str | Path, *, adapter: str | Path | None = None,
                         overrides: dict[str, Any] | None = None, **kwargs: Any) -> dict[str, Any]:
    from cancerllm.evaluate import evaluate

    for key in ("encoder", "compare_to", "init_adapter"):
        if kwargs.get(key) is not None:
            kwargs[key] = str(kwargs[key])
    return evaluate(load_config(config, overrides), str(adapter) if adapter else None, out_dir=out, **kwargs)


def merge_from_config(config: str | Path, out: str | Path, *, adapter: str | Path | None = None,
                      init_adapter: str | None = None, dtype: str = "auto") -> dict[str, Any]:
    from cancerllm.export import merge_model

    return merge_model(load_config(config), out, adapter=str(adapter) if adapter else None,
                       init_adapter=init_adapter, dtype=dtype)
