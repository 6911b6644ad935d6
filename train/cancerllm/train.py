"""LoRA continued pre-training and instruction tuning with the transformers Trainer + peft.

One function, `train(cfg)`, for both stages: they differ only in the data (notes vs. pairs with
the loss on responses) and the LoRA/optimizer settings, which live in the YAML config.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import yaml

from cancerllm.attention import VARLEN
from cancerllm.config import RunConfig, config_to_dict
from cancerllm.data import PackCollator, build_dataset, make_collator
from cancerllm.model import (
    add_lora,
    compile_blocks,
    init_adapter_mode,
    load_model,
    load_tokenizer,
    lora_inputs_in_autocast,
    merge_adapter,
    resolve_dtype,
    stack_adapters,
)
from cancerllm.report import adapter_size_bytes, peak_memory_bytes, reset_peak_memory


def training_arguments(cfg: RunConfig, has_eval: bool = False) -> Any:
    """TrainingArguments from the config (bf16 on GPU, gradient checkpointing, token counting)."""
    import torch
    from transformers import TrainingArguments

    t = cfg.training
    bf16 = t.bf16
    if bf16 == "auto":
        bf16 = bool(torch.cuda.is_available() and torch.cuda.is_bf16_supported())
    return TrainingArguments(
        output_dir=str(Path(cfg.output_dir) / "checkpoints"),
        learning_rate=t.learning_rate,
        num_train_epochs=t.num_train_epochs,
        max_steps=t.max_steps,
        per_device_train_batch_size=t.per_device_train_batch_size,
        per_device_eval_batch_size=t.per_device_eval_batch_size,
        gradient_accumulation_steps=t.gradient_accumulation_steps,
        gradient_checkpointing=t.gradient_checkpointing,
        gradient_checkpointing_kwargs={"use_reentrant": False} if t.gradient_checkpointing else None,
        bf16=bool(bf16),
        fp16=t.fp16,
        warmup_steps=t.warmup_ratio,  # a float < 1 is a ratio of the total steps (transformers 5)
        lr_scheduler_type=t.lr_scheduler_type,
        weight_decay=t.weight_decay,
        max_grad_norm=t.max_grad_norm,
        optim=t.optim,
        logging_steps=t.logging_steps,
        save_strategy=t.save_strategy,
        save_total_limit=t.save_total_limit,
        load_best_model_at_end=t.load_best_model_at_end,
        metric_for_best_model=t.metric_for_best_model,
        eval_strategy=("epoch" if has_eval else "no") if t.eval_strategy == "auto" else t.eval_strategy,
        seed=t.seed,
        data_seed=t.seed,
        torch_compile=t.torch_compile,
        dataloader_num_workers=t.dataloader_num_workers,
        # packed rows hold no padding; padded rows are counted through the attention mask
        include_num_input_tokens_seen=True if cfg.data.packing else "non_padding",
        remove_unused_columns=False,
        report_to=[],
        disable_tqdm=True,
        use_cpu=not torch.cuda.is_available(),
        **t.args,
    )


def wants_eval(cfg: RunConfig) -> bool:
    """Validation data is built when files are named, `max_eval_samples` is set, or an eval strategy is
    asked for (the authors evaluated every epoch and kept the best checkpoint by eval loss)."""
    d, strategy = cfg.data, cfg.training.eval_strategy
    if strategy == "no":
        return False
    asked = strategy != "auto" or (cfg.stage == "finetune" and d.max_eval_samples)
    return bool(d.eval_files or (d.dataset and asked))


def prepare_model(cfg: RunConfig) -> Any:
    """Base model (+ the pre-training adapter `init_adapter`) with a fresh trainable LoRA adapter.

    `init_adapter_mode` merge: the pre-training delta is added to full-precision weights (before any
    quantization; a quantized base is refused). stack: it stays a frozen, unmerged adapter active
    beside the trainable one (the authors' way; required for QLoRA). auto picks stack when the base
    is quantized. Merging into 4-bit weights is never done: NF4 re-quantization erases most of it.
    """
    model = load_model(cfg.model, cfg.quantization)
    # No KV cache in training; with one, transformers would not detect packed rows and would let
    # packed samples attend to each other.
    model.config.use_cache = False
    mode = init_adapter_mode(cfg.init_adapter_mode, model) if cfg.init_adapter else None
    if mode == "merge":
        model = merge_adapter(model, cfg.init_adapter)
    model = add_lora(model, cfg.lora, cfg.training.gradient_checkpointing)
    if mode == "stack":
        model = stack_adapters(model, cfg.init_adapter)
    return model


def train(cfg: RunConfig, tokenizer: Any = None) -> dict[str, Any]:
    """Train a LoRA adapter; writes adapter/, config.yaml and train_report.json to output_dir."""
    from transformers import Trainer

    out = Path(cfg.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    tokenizer = tokenizer or load_tokenizer(cfg.model)
    train_ds = build_dataset(cfg.data, tokenizer, cfg.stage, "train")
    eval_ds = None
    if wants_eval(cfg):
        eval_ds = build_dataset(cfg.data, tokenizer, cfg.stage, "validation")
    n_examples = sum(len(p) for p in train_ds["pack"]) if "pack" in train_ds.column_names else len(train_ds)
    model = prepare_model(cfg)
    trainable, total = model.get_nb_trainable_parameters()
    args = training_arguments(cfg, has_eval=eval_ds is not None)
    collator = make_collator(tokenizer, cfg.data.packing, varlen_kwargs=cfg.model.attn_implementation == VARLEN)
    if cfg.data.packing and cfg.data.max_tokens_per_batch:
        collator = PackCollator(collator)
    if args.bf16 and not getattr(model, "is_quantized", False):
        lora_inputs_in_autocast(model)
    if cfg.training.compile_blocks:
        compile_blocks(model)
    reset_peak_memory()
    trainer = Trainer(
        model=model,
        args=args,
        train_dataset=train_ds,
        eval_dataset=eval_ds,
        data_collator=collator,
    )
    start = time.perf_counter()
    result = trainer.train(resume_from_checkpoint=cfg.training.resume_from_checkpoint or None)
    seconds = time.perf_counter() - start
    adapter_dir = out / "adapter"
    world = int(args.world_size)
    tokens = int(trainer.state.num_input_tokens_seen)  # summed over processes by the Trainer
    steps = int(trainer.state.global_step)
    examples = steps * cfg.training.per_device_train_batch_size * cfg.training.gradient_accumulation_steps * world
    report = {
        "stage": cfg.stage,
        "train_examples": n_examples,
        "train_batches_or_packs": len(train_ds),
        "steps": steps,
        "train_loss": float(result.training_loss),
        "seconds": round(seconds, 3),
        "examples_per_s": round(_examples_seen(trainer, examples, n_examples, len(train_ds)) / seconds, 3),
        "tokens_per_s": round(tokens / seconds, 1),
        "tokens_seen": tokens,
        "peak_memory_bytes": peak_memory_bytes(),
        "trainable_parameters": int(trainable),
        "total_parameters": int(total),
        "adapter_bytes": None,
        "dtype": str(resolve_dtype(cfg.model.dtype)).replace("torch.", ""),
        "packing": cfg.data.packing,
        "log_history": trainer.state.log_history,
        "distributed": {"world_size": world, "backend": args.ddp_backend or _backend(world),
                        "written_by_rank": int(args.process_index)},
        "provenance": provenance(cfg),
    }
    report["adapter_dir"] = str(adapter_dir)
    # Under torchrun / accelerate every process trains (DDP, gradients averaged) but only the main process
    # writes: the adapters are identical, and two writers would race on the same files.
    if trainer.is_world_process_zero():
        model.save_pretrained(adapter_dir)
        tokenizer.save_pretrained(adapter_dir)
        (out / "config.yaml").write_text(yaml.safe_dump(config_to_dict(cfg), sort_keys=False))
        report["adapter_bytes"] = adapter_size_bytes(adapter_dir)
        (out / "train_report.json").write_text(json.dumps({k: v for k, v in report.items() if k != "adapter_dir"},
                                                          indent=2))
    trainer.accelerator.wait_for_everyone()  # no process returns before the files exist
    return report


def _backend(world: int) -> str | None:
    import torch.distributed as dist

    return dist.get_backend() if world > 1 and dist.is_initialized() else None


def provenance(cfg: RunConfig) -> dict[str, Any]:
    """What a result can be traced back to: the resolved config, the dataset's manifest hash, the code.

    The manifest (build-dataset's `manifest.json`, listing every output file's sha256) pins the exact
    data; the git commit (when the package runs from a checkout) pins the code. Nothing is downloaded.
    """
    import hashlib
    import subprocess

    import cancerprep

    out: dict[str, Any] = {"config": config_to_dict(cfg), "cancerprep_version": cancerprep.__version__,
                           "dataset_manifest_sha256": None, "git_commit": None}
    if cfg.data.dataset and (manifest := Path(cfg.data.dataset) / "manifest.json").is_file():
        out["dataset_manifest_sha256"] = hashlib.sha256(manifest.read_bytes()).hexdigest()
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=Path(__file__).resolve().parent,
                                capture_output=True, text=True, timeout=10, check=True).stdout.strip()
        out["git_commit"] = commit or None
    except (OSError, subprocess.SubprocessError):
        pass
    return out


def _examples_seen(trainer: Any, batch_examples: int, n_examples: int, n_rows: int) -> float:
    """Samples trained on: epochs done x samples (packs hold several samples each)."""
    epochs = float(trainer.state.epoch or 0.0)
    return epochs * n_examples if n_rows != n_examples else min(batch_examples, epochs * n_examples)
