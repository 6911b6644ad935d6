"""Multi-process training (issue 15): `cancerprep train finetune` under torchrun with 2 CPU processes (gloo).

Both ranks must finish, the data must be split between them (half the steps of one process, every
training token seen once in total), only rank 0 writes, and the adapter it writes loads and is trained.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import torch
import yaml
from cancerllm.config import load_config
from cancerllm.data import build_dataset
from cancerllm.model import load_for_inference, load_model, local_device_index
from cancerllm.prompt import render_prompt
from cancerllm.testing import TINY_MISTRAL, make_tiny_tokenizer, write_toy_dataset


def cancerprep_script() -> str:
    script = Path(sys.executable).with_name("cancerprep")
    return str(script) if script.is_file() else shutil.which("cancerprep")


@pytest.mark.slow
def test_torchrun_two_cpu_processes_train_one_adapter(tmp_path):
    ds = write_toy_dataset(tmp_path / "run", n_train=8)  # 8 phenotype + 8 diagnosis training pairs
    rows = [json.loads(line) for task in ("phenotype", "diagnosis")
            for line in (ds / f"cancerllm/{task}/train.jsonl").read_text().splitlines()]
    tok_dir = make_tiny_tokenizer(tmp_path / "tok", [render_prompt(r["instruction"], r["context"]) + r["response"]
                                                     for r in rows])
    config = tmp_path / "ddp.yaml"
    config.write_text(yaml.safe_dump({
        "stage": "finetune", "output_dir": str(tmp_path / "out"),
        "model": {"random_init": TINY_MISTRAL, "tokenizer": str(tok_dir), "dtype": "float32"},
        "data": {"dataset": str(ds), "max_length": 128, "max_input_tokens": 100, "packing": False},
        "lora": {"r": 4, "alpha": 8, "dropout": 0.0},
        "training": {"num_train_epochs": 1, "per_device_train_batch_size": 4, "learning_rate": 1e-2,
                     "warmup_ratio": 0.0, "logging_steps": 1, "gradient_checkpointing": False},
    }))
    env = {**os.environ, "OMP_NUM_THREADS": "1", "CUDA_VISIBLE_DEVICES": ""}
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2",
           cancerprep_script(), "train", "finetune", str(config)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=540)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stderr.count("finetune: ") == 2  # both ranks finished and reported

    out = tmp_path / "out"
    report = json.loads((out / "train_report.json").read_text())
    assert report["distributed"] == {"world_size": 2, "backend": "gloo", "written_by_rank": 0}
    assert report["train_examples"] == 16 and report["steps"] == 2  # 16 pairs / (4 per process x 2 processes)
    cfg = load_config(config)
    from transformers import AutoTokenizer

    train_ds = build_dataset(cfg.data, AutoTokenizer.from_pretrained(tok_dir), "finetune", "train")
    assert report["tokens_seen"] == sum(len(ids) for ids in train_ds["input_ids"])  # each token once, both ranks
    assert {"adapter", "config.yaml", "train_report.json"} <= {p.name for p in out.iterdir()}

    torch.set_num_threads(1)
    x = torch.tensor([[5, 17, 42, 99, 200, 7]])
    with torch.no_grad():
        tuned = load_for_inference(cfg.model, str(out / "adapter"))(input_ids=x).logits
        base = load_model(cfg.model).eval()(input_ids=x).logits
    assert torch.isfinite(tuned).all() and not torch.allclose(tuned, base, atol=1e-4)


def test_quantized_base_goes_to_the_launchers_local_rank(monkeypatch):
    """A 4-bit base is placed at load time, before the Trainer sets the device: each process must pick its own."""
    monkeypatch.setenv("LOCAL_RANK", "3")
    assert local_device_index() == 3
    monkeypatch.delenv("LOCAL_RANK")
    monkeypatch.setattr(torch.cuda, "current_device", lambda: 0)
    assert local_device_index() == 0
