"""Evaluate an adapter: generate on a split, score, and report robustness, RAG and efficiency.

One call scores the clean test rows and, with `robustness`, every perturbed variant present in the
split (build-dataset writes misspelled test copies with ids `<id>~<variant>`), reporting each
variant's drop against the clean scores of the same underlying instances. The counterfactual
testbed perturbs *training* labels: train a second adapter with `data.variant: counterfactual-<rate>`
and evaluate it with `compare_to` the clean adapter's scores.json to get the drop.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from cancerllm.config import RunConfig, input_tokens
from cancerllm.data import read_pairs, split_files
from cancerllm.generate import generate
from cancerllm.model import load_for_inference, load_tokenizer
from cancerllm.report import model_size_bytes
from cancerllm.score import ScoreError, get_scorer, metric_names, score_records

CLEAN = "clean"


def _variant(row: dict) -> str:
    return str(row.get("variant") or CLEAN)


def _base_id(row: dict) -> str:
    return str(row["id"]).split("~", 1)[0]


def _drop(clean: dict, other: dict) -> dict[str, float]:
    out = {m: clean[m]["f1"] - other[m]["f1"] for m in metric_names(other)}
    out["average_f1"] = clean["average_f1"] - other["average_f1"]
    return out


def write_jsonl(rows: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def evaluate(cfg: RunConfig, adapter: str | None = None, *, split: str = "test", out_dir: str | Path | None = None,
             retriever: str | None = None, k: int = 3, encoder: str | None = None, robustness: bool = False,
             quantize: str | None = None, compare_to: str | Path | None = None, limit: int | None = None,
             model: Any = None, tokenizer: Any = None, init_adapter: str | None = None,
             scorer: str = "default") -> dict[str, Any]:
    """Scores (+ drops, efficiency) for one adapter; predictions and scores.json go to out_dir.

    The pre-training adapter (`init_adapter`, default the config's) is applied under `adapter`;
    `scorer` is `default` (corrected) or `paper` (the authors' released scorer), named in the report.
    """
    import torch

    get_scorer(scorer)  # fail before loading a model

    rows = read_pairs(split_files(cfg.data, split, variants=robustness), variant=None)
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        groups[_variant(row)].append(row)
    if not robustness:
        groups = {CLEAN: groups.get(CLEAN, [])}
    groups = {v: _first_per_task(g, limit) for v, g in groups.items() if g}
    device = "cuda" if torch.cuda.is_available() else "cpu"
    if tokenizer is None:
        tokenizer = load_tokenizer(cfg.model) if not adapter or not Path(adapter, "tokenizer_config.json").is_file() \
            else _adapter_tokenizer(adapter)
    init_adapter = init_adapter if init_adapter is not None else cfg.init_adapter
    if model is None:
        model = load_for_inference(cfg.model, adapter, merge=True, device=device, init_adapter=init_adapter)
    examples_for = None
    rag: dict[str, Any] | None = None
    if retriever:
        from cancerllm.retrieval import Retriever

        index = Retriever(retriever, encoder=encoder, seed=cfg.training.seed).fit(
            read_pairs(split_files(cfg.data, "train")))
        examples_for = index.examples
        rag = {"retriever": retriever, "k": k, "encoder": encoder}
    out: dict[str, Any] = {"split": split, "scorer": scorer, "adapter": adapter, "init_adapter": init_adapter or None,
                           "rag": rag,
                           "variants": {}, "efficiency": {}}
    all_preds: dict[str, list[dict]] = {}
    for variant, group in groups.items():
        preds, eff = generate(model, tokenizer, group, cfg.generation, input_tokens(cfg),
                              examples=examples_for(group, k) if examples_for else None,
                              truncation=cfg.data.truncation, head_fraction=cfg.data.head_fraction,
                              chat=cfg.data.chat_template)
        all_preds[variant] = preds
        out["variants"][variant] = score_records(preds, group, scorer)
        out["efficiency"][variant] = eff
        if out_dir:
            write_jsonl(preds, Path(out_dir) / f"predictions_{variant}.jsonl")
    clean = out["variants"].get(CLEAN)
    if clean is not None:
        out["scores"] = clean
        clean_rows = {_base_id(r): r for r in groups[CLEAN]}
        for variant, group in groups.items():
            if variant == CLEAN:
                continue
            # the clean scores of exactly the instances this variant perturbed
            same = [_base_id(r) for r in group if _base_id(r) in clean_rows]
            if not same:
                continue
            keep = {clean_rows[i]["id"] for i in same}
            subset = score_records([p for p in all_preds[CLEAN] if p["id"] in keep],
                                   [clean_rows[i] for i in same], scorer)
            out.setdefault("robustness", {})[variant] = {
                "n": len(same), "clean_average_f1": subset["average_f1"],
                "variant_average_f1": out["variants"][variant]["average_f1"],
                "drop": _drop(subset, out["variants"][variant]),
            }
    if compare_to and clean is not None:
        reference = json.loads(Path(compare_to).read_text())["scores"]
        if reference.get("scorer", "default") != scorer:
            raise ScoreError(f"compare_to: {compare_to} was scored with the {reference.get('scorer', 'default')} "
                             f"scorer, this run with {scorer}")
        out["drop_vs_reference"] = _drop(reference, clean)
    out["model_bytes"] = model_size_bytes(model)
    if adapter:
        from cancerllm.report import adapter_size_bytes

        out["adapter_bytes"] = adapter_size_bytes(adapter)
    if quantize and clean is not None:
        from cancerllm.quantize import quantize_for_serving

        qmodel = quantize_for_serving(model, quantize)
        qpreds, qeff = generate(qmodel, tokenizer, groups[CLEAN], cfg.generation, input_tokens(cfg),
                                examples=examples_for(groups[CLEAN], k) if examples_for else None,
                                truncation=cfg.data.truncation, head_fraction=cfg.data.head_fraction,
                                chat=cfg.data.chat_template)
        qscores = score_records(qpreds, groups[CLEAN], scorer)
        out["quantized"] = {
            "method": quantize, "scores": qscores, "efficiency": qeff,
            "model_bytes": model_size_bytes(qmodel), "reference_model_bytes": out["model_bytes"],
            "reference_latency_s_per_example": out["efficiency"][CLEAN]["latency_s_per_example"],
            "score_change": {m: qscores[m]["f1"] - clean[m]["f1"] for m in metric_names(clean)}
            | {"average_f1": qscores["average_f1"] - clean["average_f1"]},
        }
        if out_dir:
            write_jsonl(qpreds, Path(out_dir) / f"predictions_{CLEAN}_{quantize}.jsonl")
    if out_dir:
        Path(out_dir).mkdir(parents=True, exist_ok=True)
        (Path(out_dir) / "scores.json").write_text(json.dumps(out, indent=2))
    return out


def _adapter_tokenizer(adapter: str) -> Any:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(adapter)
    if tok.pad_token_id is None:
        tok.pad_token = tok.eos_token
    return tok


def _first_per_task(rows: list[dict], limit: int | None) -> list[dict]:
    """The first `limit` rows of each task (a quick look at every task, not just the first file's)."""
    if not limit:
        return rows
    seen: dict[str, int] = defaultdict(int)
    kept = []
    for row in rows:
        task = str(row.get("task", ""))
        if seen[task] < limit:
            seen[task] += 1
            kept.append(row)
    return kept
