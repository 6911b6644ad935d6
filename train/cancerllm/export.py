"""Deployable models from a training run: a merged HF model directory and a GGUF file.

`merge_model` folds the pre-training adapter and the fine-tuning adapter into the base weights in
full precision (fp32; never into quantized weights, where NF4 re-quantization erases most of a LoRA
delta) and saves the result with its tokenizer and a provenance file, so a site can serve it with
any HF-compatible server. `export_gguf` writes that directory as one GGUF file under llama.cpp's
conventions (architecture `llama`, its tensor names, q/k rows permuted as llama.cpp's converter
does, tokenizer in `tokenizer.ggml.*` metadata) for llama.cpp / Ollama-style servers. Only the
Llama/Mistral decoder family is written: that is the paper's base (Mistral-7B) and the demo's
(SmolLM2, a Llama); other architectures are refused by name rather than written wrong.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from cancerllm.config import ConfigError, RunConfig
from cancerprep.io.tables import file_sha256

PROVENANCE = "cancerllm_provenance.json"
GGUF_ARCHITECTURES = ("LlamaForCausalLM", "MistralForCausalLM")
GGUF_OUTTYPES = ("f32", "f16")


def _adapter_sha256(path: Path) -> str | None:
    weights = path / "adapter_model.safetensors"
    return file_sha256(weights) if weights.is_file() else None


def resolve_init_adapter(cfg: RunConfig, adapter: str | None, init_adapter: str | None) -> str | None:
    """The pre-training adapter the fine-tune was trained on.

    `init_adapter` None: the config's, else the frozen copy a stacked run saved at `<adapter>/pretrain/`
    (merging a stacked fine-tune without it would give a model nobody trained). '' means none.
    """
    from cancerllm.model import PRETRAIN_ADAPTER

    if init_adapter is not None:
        return init_adapter or None
    if cfg.init_adapter:
        return cfg.init_adapter
    if adapter and (Path(adapter) / PRETRAIN_ADAPTER / "adapter_config.json").is_file():
        return str(Path(adapter) / PRETRAIN_ADAPTER)
    return None


def merge_model(cfg: RunConfig, out_dir: str | Path, adapter: str | None = None, init_adapter: str | None = None,
                dtype: str = "auto", tokenizer: Any = None) -> dict[str, Any]:
    """Base + pre-training adapter + fine-tuning adapter merged in fp32, saved in `dtype` with the tokenizer.

    `dtype` auto: the base checkpoint's stored dtype (config.json), float32 when it names none.
    Writes `cancerllm_provenance.json` (base, adapters and their sha256, dtype, the training run's
    provenance when `train_report.json` sits beside the adapter, code version and commit).
    """
    import torch

    from cancerllm.model import load_for_inference, load_tokenizer
    from cancerllm.train import provenance

    out = Path(out_dir)
    if out.exists() and any(out.iterdir()):
        raise ConfigError(f"merge: output directory {out} is not empty")
    init = resolve_init_adapter(cfg, adapter, init_adapter)
    model_cfg = dataclasses.replace(cfg.model, dtype="float32")
    model = load_for_inference(model_cfg, adapter, q=None, merge=True, device="cpu", init_adapter=init)
    if hasattr(model, "merge_and_unload"):  # an init adapter alone on a quantized base never reaches here
        model = model.merge_and_unload()
    stored = getattr(model.config, "dtype", None) if dtype == "auto" else dtype
    target = getattr(torch, str(stored).replace("torch.", "")) if stored else torch.float32
    model = model.to(target)
    model.config.use_cache = True
    tokenizer = tokenizer or load_tokenizer(cfg.model)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    run_report = Path(adapter).parent / "train_report.json" if adapter else None
    record = {
        "kind": "merged",
        "base": {"name_or_path": cfg.model.name_or_path, "gguf_file": cfg.model.gguf_file,
                 "smollm2": cfg.model.smollm2, "random_init": cfg.model.random_init},
        "init_adapter": init, "init_adapter_sha256": _adapter_sha256(Path(init)) if init else None,
        "adapter": adapter, "adapter_sha256": _adapter_sha256(Path(adapter)) if adapter else None,
        "merged_in": "float32", "saved_dtype": str(target).replace("torch.", ""),
        "training_run": (json.loads(run_report.read_text()).get("provenance")
                         if run_report is not None and run_report.is_file() else None),
        "export": provenance(cfg),
    }
    (out / PROVENANCE).write_text(json.dumps(record, indent=2))
    return {"out_dir": str(out), "init_adapter": init, "adapter": adapter, "dtype": record["saved_dtype"]}


# -- GGUF -----------------------------------------------------------------------------------------

def _permute(w: Any, n_head: int, n_head_kv: int | None = None) -> Any:
    """llama.cpp's row order for q/k (rotary pairs interleaved); transformers reverses it on load."""
    if n_head_kv is not None and n_head != n_head_kv:
        n_head = n_head_kv
    return w.reshape(n_head, 2, w.shape[0] // n_head // 2, *w.shape[1:]).swapaxes(1, 2).reshape(w.shape)


def _tokenizer_metadata(writer: Any, tokenizer: Any, vocab_size: int) -> str:
    """Vocabulary, merges, token types and special ids under llama.cpp's `tokenizer.ggml.*` keys.

    A byte-level BPE (GPT-2 style, e.g. SmolLM2) is written as `gpt2`; a SentencePiece-style BPE with
    byte fallback (Mistral, Llama 2: `<0xNN>` byte tokens, `▁` word starts) as `llama`.
    """
    import gguf

    spec = json.loads(tokenizer.backend_tokenizer.to_str())
    model = spec["model"]
    if model.get("type") != "BPE":
        raise ConfigError(f"export: GGUF tokenizer export supports BPE tokenizers, not {model.get('type')}")
    byte_level = "ByteLevel" in json.dumps(spec.get("pre_tokenizer")) and not model.get("byte_fallback")
    kind = "gpt2" if byte_level else "llama"
    tokens: list[str] = [f"[PAD{i}]" for i in range(vocab_size)]
    types = [gguf.TokenType.UNUSED] * vocab_size
    for token, index in model["vocab"].items():
        if index < vocab_size:
            tokens[index] = token
            byte = len(token) == 6 and token.startswith("<0x") and token.endswith(">")
            types[index] = gguf.TokenType.BYTE if byte and kind == "llama" else gguf.TokenType.NORMAL
    for added in spec.get("added_tokens", []):
        if added["id"] < vocab_size:
            tokens[added["id"]] = added["content"]
            types[added["id"]] = gguf.TokenType.CONTROL if added.get("special") else gguf.TokenType.USER_DEFINED
    if model.get("unk_token") in model["vocab"]:
        types[model["vocab"][model["unk_token"]]] = gguf.TokenType.UNKNOWN
    merges = [m if isinstance(m, str) else " ".join(m) for m in model.get("merges", [])]
    writer.add_tokenizer_model(kind)
    writer.add_tokenizer_pre(_pre_tokenizer_name(spec.get("pre_tokenizer")) if kind == "gpt2" else "default")
    writer.add_token_list(tokens)
    writer.add_token_types(types)
    writer.add_token_merges(merges)
    if kind == "llama":
        writer.add_token_scores([-float(i) for i in range(vocab_size)])
        writer.add_add_bos_token(bool(getattr(tokenizer, "add_bos_token", True)))
    for name, add in (("bos", writer.add_bos_token_id), ("eos", writer.add_eos_token_id),
                      ("unk", writer.add_unk_token_id), ("pad", writer.add_pad_token_id)):
        token_id = getattr(tokenizer, f"{name}_token_id", None)
        if token_id is not None:
            add(int(token_id))
    if getattr(tokenizer, "chat_template", None):
        writer.add_chat_template(tokenizer.chat_template)
    return kind


def _pre_tokenizer_name(pre: dict | None) -> str:
    """llama.cpp's name (`tokenizer.ggml.pre`) for how a byte-level BPE splits text before merging.

    llama.cpp picks its split regex by this name, so a wrong name tokenizes differently there. Known
    shapes: GPT-2's regex alone (`gpt-2`), single digits first then GPT-2's regex (SmolLM: `smollm`);
    anything else is written as `default` and named in the provenance as unrecognised.
    """
    def byte_level(p: dict, regex: bool) -> bool:
        return p.get("type") == "ByteLevel" and bool(p.get("use_regex", True)) == regex

    if pre is None:
        return "default"
    if byte_level(pre, True):
        return "gpt-2"
    parts = pre.get("pretokenizers") or [] if pre.get("type") == "Sequence" else []
    if len(parts) == 2 and parts[0].get("type") == "Digits" and parts[0].get("individual_digits") \
            and byte_level(parts[1], True):
        return "smollm"
    return "default"


def export_gguf(model_dir: str | Path, out_file: str | Path, outtype: str = "f16") -> dict[str, Any]:
    """Write a merged Llama/Mistral HF directory as a GGUF file (weights `outtype`, norms f32).

    Unquantized only (f32/f16): quantizing to Q4/Q8 is llama.cpp's `llama-quantize` job on this file.
    """
    import gguf
    import numpy as np
    import torch
    from safetensors import safe_open
    from transformers import AutoConfig, AutoTokenizer

    src, out = Path(model_dir), Path(out_file)
    if outtype not in GGUF_OUTTYPES:
        raise ConfigError(f"export: --outtype must be one of {', '.join(GGUF_OUTTYPES)}, got {outtype!r}")
    if not (src / "config.json").is_file():
        raise ConfigError(f"export: {src} is not a model directory (no config.json); run `train merge` first")
    config = AutoConfig.from_pretrained(src, local_files_only=True)
    arch = (config.architectures or ["?"])[0]
    if arch not in GGUF_ARCHITECTURES:
        raise ConfigError(f"export: GGUF export supports {', '.join(GGUF_ARCHITECTURES)}, not {arch}")
    head_dim = getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads
    if head_dim * config.num_attention_heads != config.hidden_size:
        raise ConfigError("export: head_dim x heads != hidden_size is not expressible in llama.cpp's llama layout")
    tokenizer = AutoTokenizer.from_pretrained(src, local_files_only=True)
    n_head, n_kv = config.num_attention_heads, config.num_key_value_heads or config.num_attention_heads
    names = gguf.get_tensor_name_map(gguf.MODEL_ARCH.LLAMA, config.num_hidden_layers)
    tied = bool(getattr(config, "tie_word_embeddings", False))

    writer = gguf.GGUFWriter(str(out), "llama")
    # llama.cpp runs Mistral as `llama`. A general.name containing "mistral" would make transformers map the
    # file to a `mistral` architecture that gguf-py (0.19) has no tensor map for, so the name never says it.
    writer.add_name("cancerllm")
    writer.add_vocab_size(config.vocab_size)
    writer.add_context_length(config.max_position_embeddings)
    writer.add_embedding_length(config.hidden_size)
    writer.add_block_count(config.num_hidden_layers)
    writer.add_feed_forward_length(config.intermediate_size)
    writer.add_head_count(n_head)
    writer.add_head_count_kv(n_kv)
    writer.add_rope_dimension_count(head_dim)
    writer.add_rope_freq_base(float(getattr(config, "rope_theta", None)
                                    or (getattr(config, "rope_parameters", None) or {}).get("rope_theta", 10000.0)))
    writer.add_layer_norm_rms_eps(float(config.rms_norm_eps))
    writer.add_file_type(gguf.LlamaFileType.MOSTLY_F16 if outtype == "f16" else gguf.LlamaFileType.ALL_F32)
    tok_kind = _tokenizer_metadata(writer, tokenizer, config.vocab_size)

    count = 0
    for shard in sorted(src.glob("*.safetensors")):
        with safe_open(str(shard), framework="pt") as f:
            for key in f.keys():
                if key.endswith("rotary_emb.inv_freq") or (tied and key == "lm_head.weight"):
                    continue
                name = names.get_name(key, try_suffixes=(".weight", ".bias"))
                if name is None:
                    raise ConfigError(f"export: no GGUF name for tensor {key}")
                data = f.get_tensor(key).to(torch.float32).numpy()
                if key.endswith("q_proj.weight"):
                    data = _permute(data, n_head, n_head)
                elif key.endswith("k_proj.weight"):
                    data = _permute(data, n_head, n_kv)
                if outtype == "f16" and data.ndim > 1:
                    data = data.astype(np.float16)
                writer.add_tensor(name, np.ascontiguousarray(data))
                count += 1
    if not count:
        raise ConfigError(f"export: no .safetensors weights in {src}")
    out.parent.mkdir(parents=True, exist_ok=True)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    pre = _pre_tokenizer_name(json.loads(tokenizer.backend_tokenizer.to_str()).get("pre_tokenizer"))
    record = {"kind": "gguf", "source": str(src), "architecture": arch, "outtype": outtype, "tensors": count,
              "tokenizer": tok_kind, "tokenizer_pre": pre if tok_kind == "gpt2" else None,
              "gguf_sha256": file_sha256(out)}
    if tok_kind == "gpt2" and pre == "default":
        record["tokenizer_pre_note"] = "pre-tokenizer not recognised: llama.cpp may split text differently"
    if (src / PROVENANCE).is_file():
        record["merged"] = json.loads((src / PROVENANCE).read_text())
    out.with_name(out.name + ".provenance.json").write_text(json.dumps(record, indent=2))
    return record
