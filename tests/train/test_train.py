"""cancerllm training: config validation, response-only labels, padding-free packing, LoRA runs."""

from __future__ import annotations

import json

import pytest
import torch
from cancerllm.config import ConfigError, config_from_dict, load_config
from cancerllm.data import (
    IGNORE_INDEX,
    build_dataset,
    encode_pair,
    make_collator,
    pack_by_tokens,
    read_pairs,
)
from cancerllm.model import quantization_config
from cancerllm.prompt import RESPONSE_MARKER, render_prompt
from cancerllm.testing import TINY_MISTRAL, make_tiny_tokenizer, write_toy_dataset

from cancerprep.errors import InputError
from tests.paths import REPO

CONFIGS = REPO / "train" / "configs"


@pytest.fixture(scope="module")
def toy(tmp_path_factory):
    root = tmp_path_factory.mktemp("toy")
    ds = write_toy_dataset(root / "run", n_train=24)
    rows = read_pairs([ds / "cancerllm/phenotype/train.jsonl", ds / "cancerllm/diagnosis/train.jsonl"])
    corpus = [render_prompt(r["instruction"], r["context"]) + r["response"] for r in rows]
    tok_dir = make_tiny_tokenizer(root / "tok", corpus)
    from transformers import AutoTokenizer

    return {"ds": ds, "tok_dir": tok_dir, "tok": AutoTokenizer.from_pretrained(tok_dir), "root": root}


def tiny_cfg(toy, out, **data):
    return config_from_dict({
        "stage": "finetune", "output_dir": str(out),
        "model": {"random_init": TINY_MISTRAL, "tokenizer": str(toy["tok_dir"]), "dtype": "float32"},
        "data": {"dataset": str(toy["ds"]), "max_length": 256, "max_input_tokens": 200, **data},
        "lora": {"r": 4, "alpha": 8, "dropout": 0.0},
        "training": {"max_steps": 3, "per_device_train_batch_size": 4, "learning_rate": 1e-3, "logging_steps": 1},
    })


def test_paper_configs_carry_paper_hyperparameters():
    pre = load_config(CONFIGS / "improved_pretrain.yaml")
    assert (pre.stage, pre.lora.r, pre.lora.alpha, pre.lora.dropout) == ("pretrain", 8, 16, 0.05)
    assert pre.lora.target_modules == "all-linear" and pre.data.max_length == 3000
    assert pre.training.learning_rate == 2e-4 and pre.training.gradient_checkpointing and pre.training.bf16
    fin = load_config(CONFIGS / "improved_finetune.yaml")
    assert (fin.lora.r, fin.lora.alpha, fin.lora.dropout) == (64, 16, 0.1)
    assert fin.quantization.load_in_4bit and fin.quantization.quant_type == "nf4"
    assert fin.training.num_train_epochs == 5 and fin.data.max_input_tokens == 1500
    assert fin.generation.max_new_tokens == {"phenotype": 50, "diagnosis": 500}
    for name in ("smollm2_demo.yaml", "tiny_cpu.yaml"):
        assert load_config(CONFIGS / name).stage == "finetune"


@pytest.mark.parametrize(("raw", "message"), [
    ({"model": {"smollm2": True}, "lora": {"rank": 8}}, r"lora: unknown key\(s\) rank"),
    ({"model": {"smollm2": True}, "stage": "rlhf"}, "stage"),
    ({"model": {}}, "exactly one"),
    ({"model": {"smollm2": True}, "quantization": {"load_in_4bit": True, "load_in_8bit": True}}, "exclusive"),
    ({"model": {"smollm2": True}, "quantization": {"quant_type": "int3"}}, "quant_type"),
])
def test_bad_configs_name_the_key(raw, message):
    with pytest.raises(ConfigError, match=message):
        config_from_dict(raw)


def test_qlora_refused_on_cpu_and_planned_on_gpu(monkeypatch):
    cfg = load_config(CONFIGS / "improved_finetune.yaml")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    with pytest.raises(ConfigError, match="CUDA"):
        quantization_config(cfg.quantization)
    # The GPU path's plumbing: with CUDA and bitsandbytes present, the paper's nf4 QLoRA config.
    import importlib.util

    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: object() if name == "bitsandbytes" else real_find_spec(name, *a))
    bnb = quantization_config(cfg.quantization)
    assert bnb.load_in_4bit and bnb.bnb_4bit_quant_type == "nf4"
    assert bnb.bnb_4bit_compute_dtype == torch.bfloat16 and bnb.bnb_4bit_use_double_quant
    assert quantization_config(config_from_dict({"model": {"smollm2": True}}).quantization) is None


def test_loss_is_on_the_response_only(toy):
    row = {"instruction": "You are a medical expert.", "context": "a left breast mass", "response": "breast"}
    tok = toy["tok"]
    enc = encode_pair(tok, row, max_input_tokens=200, max_length=256)
    n_prompt = sum(1 for label in enc["labels"] if label == IGNORE_INDEX)
    prompt_ids = enc["input_ids"][:n_prompt]
    assert tok.decode(prompt_ids).endswith(RESPONSE_MARKER)
    assert enc["labels"][n_prompt:] == enc["input_ids"][n_prompt:]
    assert enc["input_ids"][-1] == tok.eos_token_id
    assert tok.decode(enc["input_ids"][n_prompt:-1]).strip() == "breast"


def test_long_context_is_cut_but_the_response_marker_kept(toy):
    tok = toy["tok"]
    row = {"instruction": "Diagnose.", "context": "mass " * 500, "response": "lung"}
    enc = encode_pair(tok, row, max_input_tokens=60, max_length=80)
    n_prompt = enc["labels"].count(IGNORE_INDEX)
    assert n_prompt <= 60
    assert tok.decode(enc["input_ids"][:n_prompt]).endswith(RESPONSE_MARKER)
    assert tok.decode(enc["input_ids"][n_prompt:-1]).strip() == "lung"


def test_bad_jsonl_names_file_line_and_field(tmp_path):
    bad = tmp_path / "train.jsonl"
    bad.write_text('{"id": 1, "instruction": "i", "context": "c", "response": "r"}\nnot json\n')
    with pytest.raises(InputError, match=r"train.jsonl, row 2"):
        read_pairs([bad])
    bad.write_text('{"id": 1, "instruction": "i", "context": "secret text"}\n')
    with pytest.raises(InputError, match="field 'response'") as info:
        read_pairs([bad])
    assert "secret" not in str(info.value)


def test_missing_split_is_an_error(tmp_path, toy):
    cfg = tiny_cfg(toy, tmp_path / "o")
    cfg.data.dataset = str(tmp_path / "empty")
    with pytest.raises(InputError, match="no train JSONL"):
        build_dataset(cfg.data, toy["tok"], "finetune")


def test_pack_by_tokens_respects_budget_and_keeps_every_sample():
    feats = [{"input_ids": list(range(n)), "labels": list(range(n))} for n in (5, 9, 3, 7, 12, 2, 8)]
    packs = pack_by_tokens(feats, max_tokens=12, seed=1)
    sizes = [sum(len(s["input_ids"]) for s in p["pack"]) for p in packs]
    assert all(s <= 12 for s in sizes)
    assert sorted(len(s["input_ids"]) for p in packs for s in p["pack"]) == sorted([5, 9, 3, 7, 12, 2, 8])
    from cancerllm.data import PackCollator

    flat = PackCollator(make_collator(None, packing=True))([packs[0], feats[1]])  # a pack and a plain row
    assert flat["input_ids"].shape[1] == sizes[0] + 9


def test_packed_rows_do_not_attend_across_samples(toy):
    """Padding-free packing gives the same logits as running each sample alone."""
    from transformers import MistralConfig, MistralForCausalLM

    torch.manual_seed(0)
    model = MistralForCausalLM(MistralConfig(**TINY_MISTRAL)).eval()
    model.config.use_cache = False
    pairs = read_pairs([toy["ds"] / "cancerllm/diagnosis/test.jsonl"])[:3]
    rows = [encode_pair(toy["tok"], r, 200, 256) for r in pairs]
    batch = make_collator(toy["tok"], packing=True)(rows)
    assert batch["input_ids"].shape[0] == 1
    starts = (batch["position_ids"][0] == 0).nonzero().flatten().tolist()
    assert len(starts) == 3  # positions restart at every sample
    assert (batch["labels"][0, starts] == IGNORE_INDEX).all()  # no loss across the seam
    with torch.no_grad():
        packed = model(input_ids=batch["input_ids"], position_ids=batch["position_ids"]).logits[0]
        alone = torch.cat([model(input_ids=torch.tensor([r["input_ids"]])).logits[0] for r in rows])
    assert torch.allclose(packed, alone, atol=1e-5)


def test_varlen_attention_falls_back_to_sdpa_off_cuda():
    from cancerllm.attention import register_varlen_attention
    from transformers import MistralConfig, MistralForCausalLM

    torch.manual_seed(0)
    model = MistralForCausalLM(MistralConfig(**TINY_MISTRAL)).eval()
    ids = torch.randint(3, 500, (2, 12))
    mask = torch.ones_like(ids)
    mask[1, :4] = 0  # a left-padded row: the fallback must honour the mask
    with torch.no_grad():
        ref = model(input_ids=ids, attention_mask=mask).logits
        model.set_attn_implementation(register_varlen_attention())
        out = model(input_ids=ids, attention_mask=mask).logits
    assert torch.allclose(ref, out, atol=1e-6)


@pytest.mark.slow
@pytest.mark.parametrize("packing", [False, True])
def test_finetune_writes_adapter_and_efficiency_report(toy, tmp_path, packing):
    from cancerllm.train import train

    cfg = tiny_cfg(toy, tmp_path / "run", packing=packing, max_tokens_per_batch=400 if packing else None)
    if packing:
        cfg.training.per_device_train_batch_size = 1
    report = train(cfg, tokenizer=toy["tok"])
    assert (tmp_path / "run/adapter/adapter_config.json").is_file()
    saved = json.loads((tmp_path / "run/train_report.json").read_text())
    assert saved["steps"] == 3 and saved["tokens_seen"] > 0 and saved["tokens_per_s"] > 0
    assert 0 < saved["adapter_bytes"] and saved["trainable_parameters"] < saved["total_parameters"]
    assert saved["peak_memory_bytes"] > 0 and report["train_loss"] == pytest.approx(saved["train_loss"])
    assert (tmp_path / "run/config.yaml").is_file()


@pytest.mark.slow
def test_pretrain_on_note_text(toy, tmp_path):
    from cancerllm.train import train

    notes = tmp_path / "notes.jsonl"
    notes.write_text("".join(json.dumps({"id": str(i), "text": "Pathology: left breast mass. " * (i + 3)}) + "\n"
                             for i in range(8)))
    cfg = tiny_cfg(toy, tmp_path / "pre", packing=True)
    cfg.stage, cfg.data.train_files, cfg.data.max_length = "pretrain", [str(notes)], 32
    report = train(cfg, tokenizer=toy["tok"])
    assert report["stage"] == "pretrain" and report["train_examples"] > 8  # long notes split into blocks


def test_gpu_speed_path_plumbing_on_cpu():
    """compile_blocks picks the RMSNorm/MLP modules; LoRA matmuls run under bf16 autocast uncast."""
    from cancerllm.config import LoraConfig
    from cancerllm.model import add_lora, compile_blocks, lora_inputs_in_autocast
    from transformers import MistralConfig, MistralForCausalLM

    torch.manual_seed(0)
    base = MistralForCausalLM(MistralConfig(**TINY_MISTRAL)).to(torch.bfloat16)
    model = add_lora(base, LoraConfig(r=4, alpha=8, dropout=0.0, layers_to_transform=[1]))
    adapted = {n.split(".layers.")[1].split(".")[0] for n, p in model.named_parameters() if "lora_A" in n}
    assert adapted == {"1"}  # only the chosen decoder layer carries an adapter
    assert all(p.dtype == torch.float32 for n, p in model.named_parameters() if "lora_" in n)  # fp32 masters
    assert lora_inputs_in_autocast(model) == 7  # q, k, v, o, gate, up, down of layer 1
    ids = torch.randint(3, 500, (1, 16))
    with torch.autocast("cpu", dtype=torch.bfloat16):
        loss = model(input_ids=ids, labels=ids).loss
    loss.backward()
    grads = [p.grad for n, p in model.named_parameters() if "lora_B" in n]
    assert all(g is not None and g.dtype == torch.float32 for g in grads)
    # two RMSNorms and an MLP per layer, plus the final norm
    assert compile_blocks(MistralForCausalLM(MistralConfig(**TINY_MISTRAL))) == 2 * 3 + 1


def test_training_rows_follow_the_configured_variant(tmp_path):
    path = tmp_path / "train.jsonl"
    rows = [{"id": "a", "instruction": "i", "context": "c", "response": "left", "variant": "clean"},
            {"id": "a~counterfactual-0.1", "instruction": "i", "context": "c", "response": "right",
             "variant": "counterfactual-0.1"},
            {"id": "b", "instruction": "i", "input": "c2", "output": "lung"}]  # Alpaca names, no variant
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert [r["id"] for r in read_pairs([path])] == ["a", "b"]
    assert [r["response"] for r in read_pairs([path], variant="counterfactual-0.1")] == ["right"]
    assert len(read_pairs([path], variant=None)) == 3


def test_resume_from_checkpoint_and_provenance(toy, tmp_path):
    import hashlib
    import shutil

    from cancerllm.train import train

    ds = shutil.copytree(toy["ds"], tmp_path / "ds")
    (ds / "manifest.json").write_text('{"files": {}}\n')
    cfg = tiny_cfg(toy, tmp_path / "run")
    cfg.data.dataset = str(ds)
    cfg.training.max_steps, cfg.training.save_strategy, cfg.training.args = 2, "steps", {"save_steps": 2}
    cfg.training.warmup_ratio = 0.0  # step 1 updates the weights, so step 2's loss depends on the learning rate
    first = train(cfg, tokenizer=toy["tok"])
    assert first["steps"] == 2 and (tmp_path / "run/checkpoints/checkpoint-2").is_dir()
    # another learning rate: a fresh run would log a different step-2 loss; a resumed one keeps the old log
    cfg.training.max_steps, cfg.training.resume_from_checkpoint, cfg.training.learning_rate = 4, True, 0.05
    second = train(cfg, tokenizer=toy["tok"])
    assert second["steps"] == 4
    logged = {h["step"]: h["loss"] for h in second["log_history"] if "loss" in h}
    assert sorted(logged) == [1, 2, 3, 4]  # the checkpoint's history continued
    assert [logged[1], logged[2]] == [h["loss"] for h in first["log_history"] if "loss" in h]
    prov = json.loads((tmp_path / "run/train_report.json").read_text())["provenance"]
    assert prov["dataset_manifest_sha256"] == hashlib.sha256((ds / "manifest.json").read_bytes()).hexdigest()
    assert prov["config"]["training"]["resume_from_checkpoint"] is True
    assert prov["git_commit"] is None or len(prov["git_commit"]) == 40
