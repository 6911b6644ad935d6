"""Check on real weights: `train merge` then `train export` of a trained adapter keep the model's outputs.

Merges the base and adapter of a finished run (e.g. the CPU demo's SmolLM2-135M-Instruct LoRA), then
writes the merged model as an f32 GGUF and loads it back with transformers. Compares the
logits on real test prompts (adapter unmerged vs merged vs GGUF), the tokenizer's ids (HF vs GGUF) and
the greedy answers on a few test rows. Writes a JSON summary (no note text):

    OMP_NUM_THREADS=2 .venv/bin/python train/checks/merge_export_real.py \\
        --run /tmp/tfid/run/train-demo --work /tmp/merge-check --rows 6 -o train/results/merge_export_smollm2.json
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path

import torch
from cancerllm.config import input_tokens, load_config
from cancerllm.data import read_pairs, split_files
from cancerllm.export import export_gguf, merge_model
from cancerllm.generate import generate
from cancerllm.model import load_for_inference, load_tokenizer
from cancerllm.prompt import render_prompt


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", type=Path, required=True, help="a training run directory (config.yaml, adapter/)")
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--rows", type=int, default=6)
    ap.add_argument("-o", "--out", type=Path)
    args = ap.parse_args()
    torch.manual_seed(0)
    cfg = load_config(args.run / "config.yaml")
    adapter = str(args.run / "adapter")
    shutil.rmtree(args.work, ignore_errors=True)
    start = time.perf_counter()
    merge_model(cfg, args.work / "merged", adapter=adapter, dtype="float32")
    merge_s = time.perf_counter() - start
    start = time.perf_counter()
    record = export_gguf(args.work / "merged", args.work / "model.gguf", "f32")
    export_s = time.perf_counter() - start

    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = load_tokenizer(cfg.model)
    unmerged = load_for_inference(cfg.model, adapter, merge=False)
    merged = AutoModelForCausalLM.from_pretrained(args.work / "merged").eval()
    gguf = AutoModelForCausalLM.from_pretrained(args.work, gguf_file="model.gguf", dtype=torch.float32).eval()
    gguf_tok = AutoTokenizer.from_pretrained(args.work, gguf_file="model.gguf")
    rows = read_pairs(split_files(cfg.data, "test"))[: args.rows]
    prompts = [render_prompt(r["instruction"], r["context"]) for r in rows]
    same_ids = sum(tok(p).input_ids == gguf_tok(p).input_ids for p in prompts)
    diffs = {"merged_vs_adapter": 0.0, "gguf_vs_merged": 0.0}
    with torch.no_grad():
        for p in prompts:
            x = tok(p, return_tensors="pt").input_ids[:, :192]
            a, m, g = (model(input_ids=x).logits for model in (unmerged, merged, gguf))
            diffs["merged_vs_adapter"] = max(diffs["merged_vs_adapter"], float((a - m).abs().max()))
            diffs["gguf_vs_merged"] = max(diffs["gguf_vs_merged"], float((m - g).abs().max()))
    answers = {}
    for name, model in (("adapter", unmerged), ("merged", merged), ("gguf", gguf)):
        preds, _ = generate(model, tok, rows, cfg.generation, input_tokens(cfg), truncation=cfg.data.truncation,
                            head_fraction=cfg.data.head_fraction, chat=cfg.data.chat_template)
        answers[name] = [p["response"] for p in preds]
    result = {
        "run": str(args.run), "rows": len(rows), "architecture": record["architecture"],
        "gguf_tokenizer": record["tokenizer"], "gguf_bytes": (args.work / "model.gguf").stat().st_size,
        "max_abs_logit_diff": {k: round(v, 6) for k, v in diffs.items()},
        "prompts_with_identical_token_ids_hf_vs_gguf": f"{same_ids}/{len(prompts)}",
        "greedy_answers_equal": {"merged_vs_adapter": answers["merged"] == answers["adapter"],
                                 "gguf_vs_merged": answers["gguf"] == answers["merged"]},
        "merge_seconds": round(merge_s, 1), "export_seconds": round(export_s, 1),
    }
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")


if __name__ == "__main__":
    main()
