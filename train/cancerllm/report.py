"""Efficiency figures shared by training, generation and quantization reports.

Peak memory is the CUDA allocator's peak when a GPU is present, else the process's peak RSS
(ru_maxrss), so CPU and GPU runs report the same field.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path


def reset_peak_memory() -> None:
    import torch

    if torch.cuda.is_available():
        torch.cuda.reset_peak_memory_stats()


def peak_memory_bytes() -> int:
    import torch

    if torch.cuda.is_available():
        return int(torch.cuda.max_memory_allocated())
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(rss if sys.platform == "darwin" else rss * 1024)


def adapter_size_bytes(adapter_dir: str | Path) -> int:
    """Bytes of the adapter weights on disk (what a site ships to deploy a fine-tune)."""
    return sum(p.stat().st_size for p in Path(adapter_dir).glob("adapter_model.*"))


def model_size_bytes(model) -> int:
    """In-memory bytes of parameters and buffers (quantized packed weights included)."""
    total = 0
    for t in list(model.parameters()) + list(model.buffers()):
        total += t.numel() * t.element_size()
    # torch dynamic-quantized Linear keeps its packed int8 weight outside parameters()
    for module in model.modules():
        if hasattr(module, "_packed_params") and callable(getattr(module, "weight", None)):
            weight, bias = module.weight(), module.bias()
            total += weight.numel() * weight.element_size()
            total += 0 if bias is None else bias.numel() * bias.element_size()
    return total
