"""Post-training quantization for serving: merge the adapter, then 8-bit or 4-bit weights.

CPU: torch dynamic int8 quantization of every nn.Linear (weights int8, activations quantized on
the fly). GPU: bitsandbytes 8-bit (LLM.int8) or 4-bit nf4, by reloading the merged model with a
BitsAndBytesConfig. The evaluate command reports size, latency and the score change against the
unquantized (bf16 on GPU, fp32 on CPU) model on the same test split.
"""

from __future__ import annotations

import tempfile
from typing import Any

from cancerllm.config import ConfigError, QuantConfig
from cancerllm.model import quantization_config

METHODS = ("int8-dynamic", "bnb-8bit", "bnb-4bit")


def quantize_for_serving(model: Any, method: str) -> Any:
    """A quantized copy of a merged (adapter-free) causal LM."""
    import torch

    if method not in METHODS:
        raise ConfigError(f"quantize: must be one of {', '.join(METHODS)}, got {method!r}")
    if hasattr(model, "peft_config"):
        raise ConfigError("quantize: merge the adapter first (load_for_inference(merge=True))")
    if method == "int8-dynamic":
        if next(model.parameters()).is_cuda:
            raise ConfigError("quantize int8-dynamic: a CPU method; use bnb-8bit or bnb-4bit on GPU")
        return torch.ao.quantization.quantize_dynamic(model.float(), {torch.nn.Linear}, dtype=torch.qint8).eval()
    bnb = quantization_config(QuantConfig(load_in_8bit=method == "bnb-8bit", load_in_4bit=method == "bnb-4bit"))
    from transformers import AutoModelForCausalLM

    with tempfile.TemporaryDirectory(prefix="cancerllm-merged-") as tmp:
        model.save_pretrained(tmp)
        return AutoModelForCausalLM.from_pretrained(
            tmp, quantization_config=bnb, device_map={"": torch.cuda.current_device()}, dtype=torch.bfloat16,
        ).eval()
