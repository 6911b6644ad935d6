"""LoRA training throughput on a Mistral-7B-architecture model: plain baseline vs. our configured path.

Builds Mistral-7B from its config (random init, bf16: no weights needed), trains LoRA on a synthetic
instruction set whose lengths mimic CancerLLM data (half short phenotype QA, half long diagnosis
notes up to the 1500-token input limit) with the loss on responses only, and reports for each
variant: real (non-padding) tokens/s, MFU = 4 x params x tokens/s / peak bf16 FLOP/s (LoRA: forward
+ activation gradients; frozen weights get no weight gradients), and peak GPU memory.

Variants (all through the transformers Trainer, one process, one base model):
  baseline        plain Trainer + peft defaults: LoraConfig(r=8, task_type=CAUSAL_LM) on its default
                  modules, padded batches (DataCollatorForSeq2Seq), default optimizer, gradient
                  checkpointing on as in the paper's recipe.
  baseline-nogc   the same without gradient checkpointing (reported OOM if it does not fit).
  ours            cancerllm's configured path: padding-free packing into 7168-token steps
                  (DataCollatorWithFlattening, position ids reset per sample) with torch's varlen flash
                  kernel (no cross-sample attention), bf16 autocast with LoRA matmuls in bf16 (fp32
                  adapter weights), RMSNorm/MLP blocks torch.compiled, fused AdamW, LoRA on all linear
                  layers (the paper's r=8 pre-training adapter), no checkpointing.
  ours-gc         ours with gradient checkpointing and 16384-token steps (for memory-bound sites).
Options per variant: "ours:tok=8192+cmp=0+drop=0+cast=1" (token budget, no compile, LoRA dropout,
peft's fp32 input cast), "baseline:bs=8" (samples per step).

Run on one GPU:  PYTHONPATH=train:. python train/bench_lora.py --out bench.json
CPU smoke test:  PYTHONPATH=train:. python train/bench_lora.py --tiny --steps 2 --warmup 1
"""

from __future__ import annotations

import argparse
import json
import random
import time
from typing import Any

MISTRAL_7B = {  # mistralai/Mistral-7B-v0.1 config.json
    "vocab_size": 32000, "hidden_size": 4096, "intermediate_size": 14336, "num_hidden_layers": 32,
    "num_attention_heads": 32, "num_key_value_heads": 8, "max_position_embeddings": 32768,
    "rope_theta": 10000.0, "rms_norm_eps": 1e-5, "sliding_window": None, "tie_word_embeddings": False,
}
PEAK_BF16 = {"H100": 989.4e12, "H200": 989.4e12, "A100": 312e12}  # dense bf16 tensor-core FLOP/s


def synthetic_rows(n: int, vocab: int, seed: int, max_len: int) -> list[dict[str, list[int]]]:
    """Token rows with CancerLLM-like lengths; labels mask the prompt (loss on the response)."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        if i % 2 == 0:  # phenotype QA: instruction + sentence + question, short answer
            prompt, response = rng.randint(70, 180), rng.randint(2, 12)
        else:  # diagnosis: a note up to the 1500-token input limit, a sentence-long diagnosis
            prompt = min(max_len - 64, int(rng.lognormvariate(6.4, 0.6)) + 100)
            response = rng.randint(10, 60)
        ids = [rng.randrange(3, vocab) for _ in range(prompt + response)]
        rows.append({"input_ids": ids, "labels": [-100] * prompt + ids[prompt:]})
    rng.shuffle(rows)
    return rows


class Timer:
    """Trainer callback: wall time and tokens seen at each optimizer step (GPU synchronized)."""

    def __init__(self) -> None:
        from transformers import TrainerCallback

        outer = self
        self.marks: list[tuple[float, int]] = []

        class _CB(TrainerCallback):
            def on_step_end(self, args, state, control, **kw):
                import torch

                if torch.cuda.is_available():
                    torch.cuda.synchronize()
                outer.marks.append((time.perf_counter(), int(state.num_input_tokens_seen)))

        self.callback = _CB()

    def rate(self, warmup: int) -> tuple[float, float]:
        (t0, n0), (t1, n1) = self.marks[warmup - 1], self.marks[-1]
        return (n1 - n0) / (t1 - t0), (t1 - t0) / (len(self.marks) - warmup)


def run_variant(name: str, base: Any, rows: list, args: argparse.Namespace, params: int,
                peak: float) -> dict[str, Any]:
    import torch
    from cancerllm.attention import register_varlen_attention, varlen_available
    from cancerllm.data import PackCollator, make_collator, pack_by_tokens
    from cancerllm.model import compile_blocks, lora_inputs_in_autocast
    from peft import LoraConfig, get_peft_model
    from transformers import DataCollatorForSeq2Seq, Trainer, TrainingArguments

    name, _, opts = name.partition(":")  # e.g. "ours:bs=32+drop=0" overrides batch / LoRA dropout
    kv = dict(o.split("=") for o in opts.split("+") if o)
    ours = name.startswith("ours")
    gc = name in ("baseline", "ours-gc")
    batch = int(kv.get("bs", args.ours_batch if ours else args.baseline_batch))
    dropout = float(kv.get("drop", 0.05))
    steps = args.warmup + args.steps
    budget = int(kv.get("tok", args.ours_tokens)) if ours else 0
    if budget:  # our path batches by a token budget (cancerllm data.max_tokens_per_batch)
        ds = pack_by_tokens(rows, budget)[:steps]
        batch = 1
    else:
        ds = rows[: steps * batch]  # a plain list is a map-style dataset (no `datasets` needed)
    if ours:
        lora = LoraConfig(r=8, lora_alpha=16, lora_dropout=dropout, target_modules="all-linear",
                          task_type="CAUSAL_LM")
        varlen = varlen_available() and not args.no_varlen
        collator = make_collator(None, packing=True, varlen_kwargs=varlen)  # cancerllm's collator
        if budget:
            collator = PackCollator(collator)
        set_attn(base, register_varlen_attention() if varlen else "sdpa")
    else:
        lora = LoraConfig(r=8, task_type="CAUSAL_LM")
        collator = DataCollatorForSeq2Seq(tokenizer=_PadTok(), padding=True, label_pad_token_id=-100)
        set_attn(base, "sdpa")
    base.gradient_checkpointing_disable()  # variants share the base: start each from a clean state
    base.config.use_cache = False  # with a cache, transformers does not detect packed rows
    model = get_peft_model(base, lora)
    if ours and kv.get("cast", "0") == "0" and torch.cuda.is_available():
        lora_inputs_in_autocast(model)  # LoRA matmuls in bf16 under autocast, fp32 master weights
    if ours and kv.get("cmp", "1") == "1":
        result_compiled = compile_blocks(model)
    else:
        result_compiled = 0
    if gc:
        model.enable_input_require_grads()
    targs = TrainingArguments(
        output_dir="/tmp/bench_lora", max_steps=steps, per_device_train_batch_size=batch,
        learning_rate=2e-4, logging_steps=1000, save_strategy="no", report_to=[], disable_tqdm=True,
        gradient_checkpointing=gc, gradient_checkpointing_kwargs={"use_reentrant": False} if gc else None,
        bf16=ours and torch.cuda.is_available(), optim="adamw_torch_fused" if ours else "adamw_torch",
        include_num_input_tokens_seen=True if ours else "non_padding", remove_unused_columns=False,
        dataloader_num_workers=2 if ours else 0, use_cpu=not torch.cuda.is_available(),
        torch_compile=False,
    )
    timer = Timer()
    trainer = Trainer(model=model, args=targs, train_dataset=ds, data_collator=collator,
                      callbacks=[timer.callback])
    if args.profile and ours and torch.cuda.is_available():
        args.profile = False  # once is enough
        profile_step(trainer, ds[:1] if budget else ds[:batch], collator)
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats()
    result: dict[str, Any] = {"variant": name + (f":{opts}" if opts else ""), "batch_samples": batch,
                              "token_budget": budget or None, "compiled_modules": result_compiled,
                              "gradient_checkpointing": gc, "lora_dropout": dropout if ours else 0.0,
                              "attention": base.config._attn_implementation,
                              "lora_targets": "all-linear" if ours else "peft default (q_proj, v_proj)"}
    try:
        trainer.train()
        tps, step_s = timer.rate(args.warmup)
        result.update(tokens_per_s=round(tps, 1), step_s=round(step_s, 4),
                      mfu_pct=round(100 * 4 * params * tps / peak, 2) if peak else None,
                      tokens_per_step=round(tps * step_s),
                      peak_memory_gib=round(torch.cuda.max_memory_allocated() / 2**30, 2)
                      if torch.cuda.is_available() else None)
    except torch.OutOfMemoryError:
        result.update(tokens_per_s=None, error="CUDA out of memory")
    finally:
        del trainer
        model.unload()  # back to the bare base model for the next variant
        if torch.cuda.is_available():
            torch.cuda.empty_cache()
    print(json.dumps(result), flush=True)
    return result


def profile_step(trainer: Any, rows: list, collator: Any) -> None:
    """Print the top CUDA kernels of one forward+backward (to see where a step's time goes)."""
    import torch
    from torch.profiler import ProfilerActivity, profile

    model = trainer.model
    model.train()
    batch = {k: v.cuda() if hasattr(v, "cuda") else v for k, v in collator(rows).items()}
    def step() -> None:
        with torch.autocast("cuda", dtype=torch.bfloat16):  # as the Trainer runs it (bf16=True)
            loss = model(**batch).loss
        loss.backward()

    for _ in range(2):
        step()
    torch.cuda.synchronize()
    with profile(activities=[ProfilerActivity.CUDA]) as prof:
        step()
        torch.cuda.synchronize()
    print(prof.key_averages().table(sort_by="cuda_time_total", row_limit=18, max_name_column_width=60))
    model.zero_grad(set_to_none=True)


def set_attn(model: Any, name: str) -> None:
    if hasattr(model, "set_attn_implementation"):
        model.set_attn_implementation(name)
    else:
        model.config._attn_implementation = name


def check_packing(config_kwargs: dict, device: str) -> float:
    """Max |logit| difference between packed (our path) and one-by-one (sdpa) forward passes."""
    import torch
    from cancerllm.attention import register_varlen_attention, varlen_available
    from cancerllm.data import make_collator
    from transformers import MistralConfig, MistralForCausalLM

    cfg = MistralConfig(**{**config_kwargs, "num_hidden_layers": 2})
    dtype = torch.bfloat16 if device == "cuda" else torch.float32
    with torch.device(device):
        model = MistralForCausalLM(cfg).to(dtype).eval()
    rows = synthetic_rows(6, cfg.vocab_size, seed=1, max_len=600)
    varlen = varlen_available()
    batch = make_collator(None, packing=True, varlen_kwargs=varlen)(rows)
    batch = {k: v.to(device) if hasattr(v, "to") else v for k, v in batch.items() if k != "labels"}
    with torch.no_grad():
        set_attn(model, register_varlen_attention() if varlen else "sdpa")
        packed = model(**batch, use_cache=False).logits[0].float()
        set_attn(model, "sdpa")
        single = torch.cat([model(input_ids=torch.tensor([r["input_ids"]], device=device)).logits[0].float()
                            for r in rows])
    return float((packed - single).abs().max() / single.abs().max())


class _PadTok:
    """Just enough of a tokenizer for DataCollatorForSeq2Seq to pad token ids (pad id 0)."""

    pad_token_id = 0
    padding_side = "right"

    def pad(self, features, padding=True, return_tensors="pt", **kw):
        import torch

        width = max(len(f["input_ids"]) for f in features)
        ids = torch.zeros(len(features), width, dtype=torch.long)
        mask = torch.zeros_like(ids)
        for i, f in enumerate(features):
            ids[i, : len(f["input_ids"])] = torch.tensor(f["input_ids"])
            mask[i, : len(f["input_ids"])] = 1
        return {"input_ids": ids, "attention_mask": mask}


def main() -> None:
    import torch
    from transformers import MistralConfig, MistralForCausalLM

    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--steps", type=int, default=12)
    p.add_argument("--warmup", type=int, default=3)
    p.add_argument("--baseline-batch", type=int, default=4)
    p.add_argument("--ours-batch", type=int, default=16, help="samples per step when --ours-tokens is 0")
    p.add_argument("--ours-tokens", type=int, default=7168, help="token budget per step of our path")
    p.add_argument("--layers", type=int, default=None, help="override layer count (quick checks)")
    p.add_argument("--variants", default="baseline,baseline-nogc,ours,ours-gc")
    p.add_argument("--tiny", action="store_true", help="CPU smoke test with a tiny Mistral")
    p.add_argument("--profile", action="store_true", help="print top CUDA kernels of one step of ours")
    p.add_argument("--no-varlen", action="store_true", help="ours without the varlen flash kernel")
    p.add_argument("--out", default=None)
    args = p.parse_args()
    cfg = dict(MISTRAL_7B)
    if args.tiny:
        cfg.update(vocab_size=512, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                   num_attention_heads=4, num_key_value_heads=2)
    if args.layers:
        cfg["num_hidden_layers"] = args.layers
    config = MistralConfig(**cfg)
    config._attn_implementation = "sdpa"
    device = "cuda" if torch.cuda.is_available() else "cpu"
    torch.manual_seed(0)
    t0 = time.perf_counter()
    with torch.device(device):
        base = MistralForCausalLM(config).to(torch.bfloat16 if device == "cuda" else torch.float32)
    params = sum(p.numel() for p in base.parameters())
    name = torch.cuda.get_device_name() if device == "cuda" else "cpu"
    peak = next((v for k, v in PEAK_BF16.items() if k in name), 0.0)
    print(json.dumps({"device": name, "params": params, "build_s": round(time.perf_counter() - t0, 1),
                      "torch": torch.__version__, "peak_flops": peak}), flush=True)
    rel = check_packing(cfg, device)
    print(json.dumps({"packed_vs_single_max_rel_logit_diff": rel}), flush=True)
    rows = synthetic_rows(4096, cfg["vocab_size"], seed=0, max_len=1564)
    results = [run_variant(v, base, rows, args, params, peak) for v in args.variants.split(",")]
    by = {r["variant"]: r for r in results}
    summary = {"device": name, "params": params, "peak_flops": peak, "packed_vs_single_max_rel_diff": rel,
               "results": results}
    if by.get("baseline", {}).get("tokens_per_s") and by.get("ours", {}).get("tokens_per_s"):
        summary["speedup_ours_vs_baseline"] = round(by["ours"]["tokens_per_s"] / by["baseline"]["tokens_per_s"], 2)
    print(json.dumps(summary), flush=True)
    if args.out:
        with open(args.out, "w") as fh:
            json.dump(summary, fh, indent=2)


if __name__ == "__main__":
    main()
