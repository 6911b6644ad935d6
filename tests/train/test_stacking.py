"""The continued-pre-training adapter survives into fine-tuning and evaluation (issue 15, defects 1-2).

A tiny random MistralForCausalLM on CPU: the pre-training adapter has random (non-zero) LoRA
weights; the reference model is built by hand, W + (alpha / r) * B @ A per adapted Linear, read
straight from the saved safetensors.
"""

from __future__ import annotations

import json

import pytest
import torch
from cancerllm.config import ConfigError, config_from_dict
from cancerllm.evaluate import evaluate
from cancerllm.generate import generate
from cancerllm.model import PRETRAIN_ADAPTER, load_for_inference, load_model
from cancerllm.prompt import render_prompt
from cancerllm.testing import TINY_MISTRAL, make_tiny_tokenizer, write_toy_dataset
from cancerllm.train import prepare_model, train


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    torch.set_num_threads(1)
    root = tmp_path_factory.mktemp("stack")
    ds = write_toy_dataset(root / "run", n_train=8)
    rows = [json.loads(line) for line in (ds / "cancerllm/phenotype/train.jsonl").read_text().splitlines()]
    tok_dir = make_tiny_tokenizer(root / "tok", [render_prompt(r["instruction"], r["context"]) + r["response"]
                                                 for r in rows])
    from peft import LoraConfig, get_peft_model
    from transformers import AutoTokenizer

    model_cfg = {"random_init": TINY_MISTRAL, "tokenizer": str(tok_dir), "dtype": "float32"}
    base = load_model(config_from_dict({"model": model_cfg}).model)
    torch.manual_seed(1)
    pre = get_peft_model(base, LoraConfig(r=4, lora_alpha=8, target_modules="all-linear", init_lora_weights=False))
    pre.save_pretrained(root / "pre")
    return {"root": root, "ds": ds, "model": model_cfg, "pre": str(root / "pre"),
            "tok": AutoTokenizer.from_pretrained(tok_dir), "x": torch.tensor([[5, 17, 42, 99, 200, 7]])}


def cfg_for(setup, out, mode):
    return config_from_dict({
        "stage": "finetune", "output_dir": str(out), "init_adapter": setup["pre"], "init_adapter_mode": mode,
        "model": setup["model"],
        "data": {"dataset": str(setup["ds"]), "max_length": 128, "max_input_tokens": 100, "packing": True},
        "lora": {"r": 4, "alpha": 8, "dropout": 0.0},
        "training": {"max_steps": 2, "per_device_train_batch_size": 4, "learning_rate": 1e-2, "logging_steps": 1},
    })


def by_hand(setup, *adapters):
    """The base with each adapter's delta added by hand: W += alpha / r * B @ A."""
    from safetensors.torch import load_file

    model = load_model(config_from_dict({"model": setup["model"]}).model)
    modules = dict(model.named_modules())
    for adapter in adapters:
        conf = json.loads((adapter / "adapter_config.json").read_text())
        scale = conf["lora_alpha"] / conf["r"]
        weights = load_file(adapter / "adapter_model.safetensors")
        for key, a in weights.items():
            if ".lora_A." not in key:
                continue
            b = weights[key.replace(".lora_A.", ".lora_B.")]
            name = key.removeprefix("base_model.model.").split(".lora_A.")[0]
            with torch.no_grad():
                modules[name].weight += scale * (b @ a)
    return model.eval()


def logits(model, x):
    with torch.no_grad():
        return model(input_ids=x).logits


@pytest.mark.parametrize("mode", ["merge", "stack"])
def test_pretrain_delta_survives_finetuning_and_evaluation(setup, tmp_path, mode):
    from pathlib import Path

    cfg = cfg_for(setup, tmp_path / "ft", mode)
    pre, x = Path(setup["pre"]), setup["x"]
    base_pre = logits(by_hand(setup, pre), x)
    assert not torch.allclose(base_pre, logits(by_hand(setup), x), atol=1e-3)  # the delta is not negligible
    # the model fine-tuning starts from computes base + pre-training delta (fresh LoRA B = 0)
    start = prepare_model(cfg)
    trainable = {n for n, p in start.named_parameters() if p.requires_grad}
    assert trainable and all(".default." in n for n in trainable)
    torch.testing.assert_close(logits(start.eval(), x), base_pre, atol=1e-5, rtol=1e-4)

    report = train(cfg, tokenizer=setup["tok"])
    ft = Path(report["adapter_dir"])
    if mode == "stack":  # the frozen adapter is saved beside the trained one, unchanged
        from safetensors.torch import load_file

        saved = load_file(ft / PRETRAIN_ADAPTER / "adapter_model.safetensors")
        original = load_file(pre / "adapter_model.safetensors")
        assert saved.keys() == original.keys()
        assert all(torch.equal(saved[k], original[k]) for k in original)
    reference = by_hand(setup, pre, ft)
    expected = logits(reference, x)
    assert not torch.allclose(expected, base_pre, atol=1e-3)  # fine-tuning moved the model
    for merge in (True, False):
        model = load_for_inference(cfg.model, str(ft), merge=merge, init_adapter=str(pre))
        torch.testing.assert_close(logits(model, x), expected, atol=1e-5, rtol=1e-4)
    ft_only = logits(load_for_inference(cfg.model, str(ft), merge=True), x)
    assert not torch.allclose(ft_only, expected, atol=1e-3)

    # evaluate applies the config's init_adapter by default and says so
    result = evaluate(cfg, str(ft), out_dir=tmp_path / "eval", limit=2, tokenizer=setup["tok"])
    assert result["init_adapter"] == str(pre)
    rows = [json.loads(line) for task in ("phenotype", "diagnosis")
            for line in (setup["ds"] / f"cancerllm/{task}/test.jsonl").read_text().splitlines()[:2]]
    want, _ = generate(reference, setup["tok"], rows, cfg.generation, cfg.data.max_input_tokens)
    got = [json.loads(line) for line in (tmp_path / "eval/predictions_clean.jsonl").read_text().splitlines()]
    assert sorted((p["id"], p["response"]) for p in got) == sorted((p["id"], p["response"]) for p in want)


def test_merge_into_quantized_base_refused():
    with pytest.raises(ConfigError, match="stack"):
        config_from_dict({"model": {"smollm2": True}, "init_adapter": "x", "init_adapter_mode": "merge",
                          "quantization": {"load_in_4bit": True}})
    with pytest.raises(ConfigError, match="init_adapter_mode"):
        config_from_dict({"model": {"smollm2": True}, "init_adapter_mode": "sum"})


def test_stacked_run_evaluates_each_epoch_and_keeps_the_best(setup, tmp_path):
    """The authors' schedule (eval + save every epoch, best by eval loss) with the stacked adapter."""
    from pathlib import Path

    from safetensors.torch import load_file

    cfg = cfg_for(setup, tmp_path / "ft", "stack")
    cfg.data.packing = False
    cfg.training.max_steps, cfg.training.num_train_epochs = -1, 2
    cfg.training.per_device_train_batch_size = 8
    cfg.training.eval_strategy = cfg.training.save_strategy = "epoch"
    cfg.training.load_best_model_at_end, cfg.training.metric_for_best_model = True, "eval_loss"
    report = train(cfg, tokenizer=setup["tok"])
    assert len([h for h in report["log_history"] if "eval_loss" in h]) == 2
    ft = Path(report["adapter_dir"])
    saved = load_file(ft / PRETRAIN_ADAPTER / "adapter_model.safetensors")
    original = load_file(Path(setup["pre"]) / "adapter_model.safetensors")
    assert all(torch.equal(saved[k], original[k]) for k in original)
    x = setup["x"]
    torch.testing.assert_close(logits(load_for_inference(cfg.model, str(ft), init_adapter=setup["pre"]), x),
                               logits(by_hand(setup, Path(setup["pre"]), ft), x), atol=1e-5, rtol=1e-4)
