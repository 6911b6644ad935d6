"""Padding-free attention through torch's own variable-length flash kernel.

Packed rows (DataCollatorWithFlattening) hold several samples back to back. SDPA can only keep
them apart with a dense block-diagonal mask, which costs attention FLOPs over the whole row and
falls off the flash kernel. `torch.nn.attention.varlen.varlen_attn` (torch >= 2.9, CUDA) takes the
cumulative sequence lengths instead, so each sample attends only to itself at flash speed.
This module registers it with transformers' AttentionInterface under VARLEN; it implements no
attention math itself, and falls back to transformers' SDPA path whenever a batch carries no
`cu_seq_lens_q` (padded batches, generation) or the device is not CUDA.
"""

from __future__ import annotations

import inspect
from typing import Any

VARLEN = "cancerllm_varlen"


def varlen_available() -> bool:
    import torch

    try:
        from torch.nn.attention.varlen import varlen_attn  # noqa: F401
    except ImportError:
        return False
    return torch.cuda.is_available()


def _varlen_forward(module: Any, query: Any, key: Any, value: Any, attention_mask: Any,
                    dropout: float = 0.0, scaling: float | None = None, **kwargs: Any) -> tuple[Any, None]:
    from transformers.integrations.sdpa_attention import sdpa_attention_forward

    cu_q = kwargs.get("cu_seq_lens_q")
    if cu_q is None or not query.is_cuda or query.shape[0] != 1 or dropout:
        return sdpa_attention_forward(module, query, key, value, attention_mask, dropout=dropout,
                                      scaling=scaling, **kwargs)
    import torch
    from torch.nn.attention.varlen import varlen_attn
    from transformers.integrations.sdpa_attention import repeat_kv

    params = inspect.signature(varlen_attn).parameters
    groups = getattr(module, "num_key_value_groups", 1)
    extra: dict[str, Any] = {}
    if groups > 1:
        if "enable_gqa" in params:
            extra["enable_gqa"] = True
        else:
            key, value = repeat_kv(key, groups), repeat_kv(value, groups)
    if "window_size" in params:
        extra["window_size"] = (-1, 0)  # causal
    else:
        extra["is_causal"] = True
    if "scale" in params:
        extra["scale"] = scaling
    cu_k = kwargs.get("cu_seq_lens_k", cu_q)
    q, k, v = (t[0].transpose(0, 1).contiguous() for t in (query, key, value))  # [1,H,T,D] -> [T,H,D]
    cu_q, cu_k = cu_q.to(device=q.device, dtype=torch.int32), cu_k.to(device=q.device, dtype=torch.int32)
    out = varlen_attn(q, k, v, cu_q, cu_k, int(kwargs["max_length_q"]),
                      int(kwargs.get("max_length_k", kwargs["max_length_q"])), **extra)
    return out.unsqueeze(0), None  # [1,T,H,D] as transformers expects


def register_varlen_attention() -> str:
    """Register VARLEN with transformers (idempotent); returns the implementation name."""
    from transformers import AttentionInterface
    from transformers.masking_utils import AttentionMaskInterface, sdpa_mask

    AttentionInterface.register(VARLEN, _varlen_forward)
    AttentionMaskInterface.register(VARLEN, sdpa_mask)  # the SDPA fallback still gets its mask
    return VARLEN
