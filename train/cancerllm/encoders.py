"""Dense retriever encoders loaded from a local directory, each family with the pooling it was trained with.

The paper's retrievers differ in how a text becomes one vector, and using the wrong pooling silently
degrades retrieval rather than failing. The family is read from the directory's layout:

- **sentence-transformers** (`modules.json`; e.g. the bundled all-MiniLM-L6-v2): the pooling its
  `1_Pooling/config.json` names (MiniLM: mean over non-padding tokens), L2-normalized when the
  pipeline has a `Normalize` module, `max_seq_length` from `sentence_bert_config.json`; cosine.
- **MedCPT** (`query/` and `article/` BERT directories, or the hub names `MedCPT-Query-Encoder/` and
  `MedCPT-Article-Encoder/`): two separate encoders, queries through the query encoder (64 tokens),
  indexed pairs through the article encoder (512 tokens), the [CLS] vector of each, no
  normalization; dot product, as MedCPT was trained.
- **Specter2** (the `specter2_base` BERT directory with the `allenai/specter2` proximity adapter in
  `proximity/`): [CLS] pooling, 512 tokens, the adapter's sequential bottleneck (Pfeiffer / `seq_bn`)
  applied after every layer's feed-forward block as the `adapters` library defines it; cosine. Both
  sides use the proximity adapter: here queries are notes too, not short search queries.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from cancerllm.config import ConfigError

MEDCPT_DIRS = (("query", "article"), ("MedCPT-Query-Encoder", "MedCPT-Article-Encoder"))
SPECTER2_ADAPTER = "proximity"
ADAPTER_WEIGHTS = ("pytorch_adapter.safetensors", "pytorch_adapter.bin")


@dataclass
class Side:
    """One encoder: a transformers encoder, its tokenizer and how its token vectors become one vector."""

    model: Any
    tokenizer: Any
    pooling: str  # cls | mean
    max_length: int
    normalize: bool

    def encode(self, texts: list[str], batch_size: int = 16) -> Any:
        out = []
        with torch.no_grad():
            for i in range(0, len(texts), batch_size):
                batch = self.tokenizer(texts[i:i + batch_size], padding=True, truncation=True,
                                       max_length=self.max_length, return_tensors="pt")
                hidden = self.model(**batch).last_hidden_state
                out.append(pool(hidden, batch["attention_mask"], self.pooling))
        vectors = torch.cat(out) if out else torch.empty(0)
        return torch.nn.functional.normalize(vectors, dim=-1) if self.normalize else vectors


def pool(hidden: Any, mask: Any, pooling: str) -> Any:
    """[CLS] (first token) or the mean over non-padding tokens."""
    if pooling == "cls":
        return hidden[:, 0]
    weights = mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)


@dataclass
class Encoder:
    """A family's query side and document side (the same object unless the family has two encoders)."""

    family: str
    query: Side
    document: Side
    similarity: str  # cosine | dot (vectors of a cosine family are normalized at encoding)

    def encode_queries(self, texts: list[str]) -> Any:
        return self.query.encode(texts)

    def encode_documents(self, texts: list[str]) -> Any:
        return self.document.encode(texts)


def _auto(path: Path) -> tuple[Any, Any]:
    from transformers import AutoModel, AutoTokenizer

    if not (path / "config.json").is_file():
        raise ConfigError(f"retriever dense: {path} has no config.json (not a transformers model directory)")
    return (AutoModel.from_pretrained(path, local_files_only=True).eval(),
            AutoTokenizer.from_pretrained(path, local_files_only=True))


def family_of(path: Path) -> str:
    if (path / "modules.json").is_file():
        return "sentence-transformers"
    if any((path / q).is_dir() and (path / a).is_dir() for q, a in MEDCPT_DIRS):
        return "medcpt"
    if (path / SPECTER2_ADAPTER / "adapter_config.json").is_file():
        return "specter2"
    raise ConfigError(f"retriever dense: cannot tell the encoder family of {path}: expected a sentence-transformers "
                      "directory (modules.json), MedCPT (query/ and article/ encoders) or Specter2 (base model with "
                      f"the proximity adapter in {SPECTER2_ADAPTER}/)")


def load_encoder(path: str | Path) -> Encoder:
    """The encoder in `path`, with its family's pooling, length limit and similarity (module docstring)."""
    from cancerllm.model import offline

    offline()
    path = Path(path)
    if not path.is_dir():
        raise ConfigError(f"retriever dense: encoder {path} is not a local directory")
    family = family_of(path)
    if family == "sentence-transformers":
        side = _sentence_transformers_side(path)
        return Encoder(family, side, side, "cosine" if side.normalize else "dot")
    if family == "medcpt":
        q_dir, a_dir = next((path / q, path / a) for q, a in MEDCPT_DIRS if (path / q).is_dir())
        query = Side(*_auto(q_dir), pooling="cls", max_length=64, normalize=False)
        article = Side(*_auto(a_dir), pooling="cls", max_length=512, normalize=False)
        return Encoder(family, query, article, "dot")
    model, tokenizer = _auto(path)
    add_seq_bn_adapter(model, path / SPECTER2_ADAPTER)
    side = Side(model, tokenizer, pooling="cls", max_length=512, normalize=True)
    return Encoder(family, side, side, "cosine")


def _sentence_transformers_side(path: Path) -> Side:
    modules = json.loads((path / "modules.json").read_text())
    kinds = [m["type"].rsplit(".", 1)[-1] for m in modules]
    if kinds[:1] != ["Transformer"] or "Pooling" not in kinds:
        raise ConfigError(f"retriever dense: {path}/modules.json: expected Transformer then Pooling, got {kinds}")
    if any(kind not in ("Transformer", "Pooling", "Normalize") for kind in kinds):
        raise ConfigError(f"retriever dense: {path}/modules.json: unsupported module(s) {kinds}")
    pooling_dir = path / modules[kinds.index("Pooling")]["path"]
    config = json.loads((pooling_dir / "config.json").read_text())
    modes = [k.removeprefix("pooling_mode_") for k, v in config.items() if k.startswith("pooling_mode_") and v]
    if modes not in (["cls_token"], ["mean_tokens"]):
        raise ConfigError(f"retriever dense: {pooling_dir}/config.json: pooling {modes} is not supported (cls or mean)")
    sbert = path / "sentence_bert_config.json"
    transformer_dir = path / modules[0]["path"]
    model, tokenizer = _auto(transformer_dir)
    max_length = json.loads(sbert.read_text()).get("max_seq_length") if sbert.is_file() else None
    return Side(model, tokenizer, pooling="cls" if modes == ["cls_token"] else "mean",
                max_length=int(max_length or tokenizer.model_max_length), normalize="Normalize" in kinds)


# -- Specter2: the `adapters` library's sequential bottleneck adapter, without the library -------------
# (adapters 1.x pins transformers 4.x; this project runs transformers 5.)

SEQ_BN_DEFAULTS = {"original_ln_before": True, "original_ln_after": True, "residual_before_ln": True,
                   "adapter_residual_before_ln": False, "ln_before": False, "ln_after": False,
                   "mh_adapter": False, "output_adapter": True, "non_linearity": "relu", "scaling": 1.0,
                   "phm_layer": False, "use_gating": False}
SEQ_BN_SUPPORTED = {"ln_before": False, "ln_after": False, "mh_adapter": False, "output_adapter": True,
                    "phm_layer": False, "use_gating": False}


def _adapter_config(adapter_dir: Path) -> dict[str, Any]:
    raw = json.loads((adapter_dir / "adapter_config.json").read_text())
    conf = {**SEQ_BN_DEFAULTS, **(raw.get("config") or {})}
    for key, value in SEQ_BN_SUPPORTED.items():
        if conf[key] != value:
            raise ConfigError(f"retriever dense: {adapter_dir}/adapter_config.json: {key}={conf[key]} is not supported "
                              "(a sequential bottleneck adapter after the feed-forward block is)")
    if str(conf["non_linearity"]).lower() not in ("relu", "gelu", "swish", "silu", "tanh"):
        raise ConfigError(f"retriever dense: {adapter_dir}/adapter_config.json: non_linearity "
                          f"{conf['non_linearity']!r} is not supported")
    if not isinstance(conf["scaling"], (int, float)):
        raise ConfigError(f"retriever dense: {adapter_dir}/adapter_config.json: scaling {conf['scaling']!r} "
                          "is not supported (a number is)")
    return conf


def _adapter_weights(adapter_dir: Path) -> dict[str, Any]:
    for name in ADAPTER_WEIGHTS:
        file = adapter_dir / name
        if file.is_file():
            if name.endswith(".safetensors"):
                from safetensors.torch import load_file

                return load_file(file)
            return torch.load(file, map_location="cpu", weights_only=True)
    raise ConfigError(f"retriever dense: no adapter weights ({' or '.join(ADAPTER_WEIGHTS)}) in {adapter_dir}")


def add_seq_bn_adapter(model: Any, adapter_dir: Path) -> int:
    """Insert a saved `seq_bn` adapter into every BERT layer's output block; returns the layers adapted.

    The output block computes, with h the feed-forward output and x the block's input (the adapters
    library's Adapter.pre_forward / forward / post_forward):
    residual = h (or, with residual_before_ln false, LN(h + x)); a = LN(h + x);
    out = scaling * up(act(down(a))) + residual; result = LN(out + x).
    """
    import re

    conf = _adapter_config(adapter_dir)
    pattern = re.compile(r"(?:^|\.)encoder\.layer\.(\d+)\.output\.adapters\.[^.]+\.(adapter_down\.0|adapter_up)"
                         r"\.(weight|bias)$")
    per_layer: dict[int, dict[str, Any]] = {}
    for key, tensor in _adapter_weights(adapter_dir).items():
        if (m := pattern.search(key)) is not None:
            per_layer.setdefault(int(m.group(1)), {})[f"{m.group(2)}.{m.group(3)}"] = tensor
    layers = model.encoder.layer
    if sorted(per_layer) != list(range(len(layers))):
        raise ConfigError(f"retriever dense: {adapter_dir}: adapter weights for layers {sorted(per_layer)} do not "
                          f"match the base model's {len(layers)} layers")
    for index, layer in enumerate(layers):
        layer.output = SeqBnOutput(layer.output, per_layer[index], conf)
    return len(layers)


class SeqBnOutput(torch.nn.Module):
    """BertOutput (dense, dropout, LayerNorm) with a sequential bottleneck adapter (see add_seq_bn_adapter)."""

    def __init__(self, output: Any, weights: dict[str, Any], conf: dict[str, Any]) -> None:
        super().__init__()
        self.dense, self.dropout, self.LayerNorm = output.dense, output.dropout, output.LayerNorm
        down, up = weights["adapter_down.0.weight"], weights["adapter_up.weight"]
        self.down = torch.nn.Linear(down.shape[1], down.shape[0])
        self.up = torch.nn.Linear(up.shape[1], up.shape[0])
        with torch.no_grad():
            self.down.weight.copy_(down)
            self.down.bias.copy_(weights["adapter_down.0.bias"])
            self.up.weight.copy_(up)
            self.up.bias.copy_(weights["adapter_up.bias"])
        self.act = {"relu": torch.nn.ReLU(), "gelu": torch.nn.GELU(), "swish": torch.nn.SiLU(),
                    "silu": torch.nn.SiLU(), "tanh": torch.nn.Tanh()}[str(conf["non_linearity"]).lower()]
        self.conf = conf

    def forward(self, hidden_states: Any, input_tensor: Any) -> Any:
        c = self.conf
        h = self.dropout(self.dense(hidden_states))
        residual = h if c["residual_before_ln"] is True else None
        if c["original_ln_before"]:
            added = h + input_tensor
            if c["residual_before_ln"] == "post_add":
                residual = added
            h = self.LayerNorm(added)
        if not c["residual_before_ln"]:
            residual = h
        out = self.up(self.act(self.down(h))) * float(c["scaling"]) + residual
        return self.LayerNorm(out + input_tensor) if c["original_ln_after"] else out
