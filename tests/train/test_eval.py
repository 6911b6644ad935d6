"""cancerllm generation, retrieval, robustness / quantization evaluation and the train CLI (tiny models)."""

from __future__ import annotations

import json

import pytest
import torch
import yaml
from cancerllm.config import ConfigError, GenerationConfig, config_from_dict
from cancerllm.data import read_pairs
from cancerllm.evaluate import evaluate
from cancerllm.generate import _prompt_ids, generate
from cancerllm.model import load_for_inference
from cancerllm.prompt import render_prompt
from cancerllm.quantize import quantize_for_serving
from cancerllm.retrieval import Retriever, with_examples
from cancerllm.testing import TINY_MISTRAL, make_tiny_tokenizer, write_toy_dataset
from typer.testing import CliRunner

from cancerprep.cli import app


@pytest.fixture(scope="module")
def toy(tmp_path_factory):
    root = tmp_path_factory.mktemp("toy_eval")
    ds = write_toy_dataset(root / "run", n_train=16)
    # a misspelled copy of the test split, as build-dataset writes it (ids <id>~<variant>)
    for task in ("phenotype", "diagnosis"):
        path = ds / "cancerllm" / task / "test.jsonl"
        rows = [json.loads(line) for line in path.read_text().splitlines()]
        noisy = [{**r, "id": f"{r['id']}~misspell-0.1", "variant": "misspell-0.1",
                  "context": r["context"].replace("mass", "mas")} for r in rows]
        path.write_text("".join(json.dumps(r) + "\n" for r in rows + noisy))
    rows = read_pairs([ds / "cancerllm/phenotype/train.jsonl", ds / "cancerllm/diagnosis/train.jsonl"])
    tok_dir = make_tiny_tokenizer(root / "tok", [render_prompt(r["instruction"], r["context"]) + r["response"]
                                                 for r in rows])
    raw = {
        "stage": "finetune", "output_dir": str(root / "train"),
        "model": {"random_init": TINY_MISTRAL, "tokenizer": str(tok_dir), "dtype": "float32"},
        "data": {"dataset": str(ds), "max_length": 256, "max_input_tokens": 160},
        "lora": {"r": 4, "alpha": 8, "dropout": 0.0},
        "training": {"max_steps": 2, "per_device_train_batch_size": 4, "logging_steps": 1},
        "generation": {"max_new_tokens": {"phenotype": 3, "diagnosis": 5}, "batch_size": 4},
    }
    config = root / "tiny.yaml"
    config.write_text(yaml.safe_dump(raw))
    from transformers import AutoTokenizer

    return {"ds": ds, "root": root, "config": config, "cfg": config_from_dict(raw),
            "tok": AutoTokenizer.from_pretrained(tok_dir), "train_rows": rows}


@pytest.fixture(scope="module")
def model(toy):
    return load_for_inference(toy["cfg"].model)


def test_generate_is_greedy_batched_and_bounded(toy, model):
    rows = read_pairs([toy["ds"] / "cancerllm/phenotype/test.jsonl", toy["ds"] / "cancerllm/diagnosis/test.jsonl"])
    gen = GenerationConfig(max_new_tokens={"phenotype": 3, "diagnosis": 5}, batch_size=3)
    preds, report = generate(model, toy["tok"], rows, gen, max_input_tokens=160)
    assert [p["id"] for p in preds] == [r["id"] for r in rows]
    budget = sum(gen.max_new_tokens[r["task"]] for r in rows)
    assert 0 < report["generated_tokens"] <= budget
    again, _ = generate(model, toy["tok"], rows[::-1], GenerationConfig(batch_size=1,
                        max_new_tokens=gen.max_new_tokens), max_input_tokens=160)
    assert {p["id"]: p["response"] for p in again} == {p["id"]: p["response"] for p in preds}  # greedy, padding-safe
    assert report["examples"] == len(rows) and report["latency_s_per_example"] > 0
    assert report["peak_memory_bytes"] > 0 and report["generated_tokens_per_s"] >= 0


def test_rag_examples_are_dropped_before_the_prompt_is_cut(toy):
    row = read_pairs([toy["ds"] / "cancerllm/diagnosis/test.jsonl"])[0]
    shots = toy["train_rows"][:6]
    ids = _prompt_ids(toy["tok"], row, shots, max_input_tokens=120)
    text = toy["tok"].decode(ids)
    assert len(ids) <= 120 and row["context"] in text  # the query itself survives whole
    assert "Example 1:" in with_examples(row["context"], shots[:1])


@pytest.mark.parametrize("name", ["bm25", "dense", "random"])
def test_retrievers_pick_same_task_pairs_never_the_query(toy, name):
    pool = [
        {"id": "a", "task": "diagnosis", "context": "left breast mass with ductal carcinoma", "response": "x"},
        {"id": "b", "task": "diagnosis", "context": "prostate biopsy adenocarcinoma gleason", "response": "y"},
        {"id": "c", "task": "diagnosis", "context": "lung nodule squamous cell carcinoma", "response": "z"},
        {"id": "q", "task": "diagnosis", "context": "prostate biopsy shows adenocarcinoma", "response": "w"},
        {"id": "p", "task": "phenotype", "context": "prostate biopsy adenocarcinoma", "response": "v"},
    ]
    index = Retriever(name, seed=3).fit(pool)
    picks = index.examples([pool[3]], k=2)[0]
    assert len(picks) == 2 and all(p["task"] == "diagnosis" and p["id"] != "q" for p in picks)
    if name != "random":
        assert picks[0]["id"] == "b"
    else:
        assert picks == Retriever(name, seed=3).fit(pool).examples([pool[3]], k=2)[0]
    with pytest.raises(ConfigError, match="retriever"):
        Retriever("tfidf")


def test_evaluate_reports_robustness_drop_quantization_and_efficiency(toy, model, tmp_path):
    result = evaluate(toy["cfg"], None, out_dir=tmp_path, robustness=True, quantize="int8-dynamic",
                      retriever="bm25", k=1, model=model, tokenizer=toy["tok"])
    assert set(result["variants"]) == {"clean", "misspell-0.1"}
    rob = result["robustness"]["misspell-0.1"]
    assert rob["n"] == result["variants"]["misspell-0.1"]["n"]
    assert rob["drop"]["average_f1"] == pytest.approx(rob["clean_average_f1"] - rob["variant_average_f1"])
    q = result["quantized"]
    assert q["method"] == "int8-dynamic" and q["model_bytes"] < q["reference_model_bytes"]
    assert q["score_change"]["average_f1"] == pytest.approx(q["scores"]["average_f1"] - result["scores"]["average_f1"])
    assert (tmp_path / "predictions_clean.jsonl").is_file() and (tmp_path / "scores.json").is_file()
    assert result["rag"] == {"retriever": "bm25", "k": 1, "encoder": None}
    ref = tmp_path / "ref.json"
    ref.write_text(json.dumps({"scores": result["scores"]}))
    again = evaluate(toy["cfg"], None, model=model, tokenizer=toy["tok"], compare_to=ref, limit=2)
    assert set(again["drop_vs_reference"]) == {"exact", "bleu2", "rougeL", "average_f1"}


def test_gpu_quantization_is_refused_on_cpu(model):
    if torch.cuda.is_available():  # pragma: no cover - this suite runs on CPU
        return
    with pytest.raises(ConfigError, match="CUDA"):
        quantize_for_serving(model, "bnb-4bit")
    with pytest.raises(ConfigError, match="one of"):
        quantize_for_serving(model, "int2")


@pytest.mark.slow
def test_train_cli_finetune_generate_evaluate(toy, tmp_path):
    runner = CliRunner()
    out = runner.invoke(app, ["train", "finetune", str(toy["config"]), "--set", f"output_dir={tmp_path / 'ft'}"])
    assert out.exit_code == 0, out.output
    adapter = tmp_path / "ft" / "adapter"
    assert (adapter / "adapter_model.safetensors").is_file()
    preds = tmp_path / "preds.jsonl"
    out = runner.invoke(app, ["train", "generate", str(toy["config"]), "--adapter", str(adapter), "-o", str(preds),
                              "--limit", "3", "--retriever", "random", "--k", "1"])
    assert out.exit_code == 0, out.output
    assert len(preds.read_text().splitlines()) == 3
    out = runner.invoke(app, ["train", "evaluate", str(toy["config"]), "--adapter", str(adapter), "-o",
                              str(tmp_path / "ev"), "--limit", "2", "--robustness"])
    assert out.exit_code == 0, out.output
    assert set(json.loads(out.stdout)) == {"scorer", "clean", "misspell-0.1"}
    bad = runner.invoke(app, ["train", "finetune", str(toy["config"]), "--set", "lora.rank=3"])
    assert bad.exit_code == 2 and "unknown key(s) rank" in bad.output


@pytest.mark.slow
def test_demo_flow_writes_before_and_after(toy, tmp_path):
    from cancerllm.demo import run_demo, stratified

    rows = read_pairs([toy["ds"] / "cancerllm/phenotype/train.jsonl", toy["ds"] / "cancerllm/diagnosis/train.jsonl"])
    picked = stratified(rows, 6, seed=0)
    assert len(picked) == 6 and {r["task"] for r in picked} == {"phenotype", "diagnosis"}
    result = run_demo(toy["ds"], tmp_path / "demo", config=toy["config"], n_train=8, n_test=4)
    saved = json.loads((tmp_path / "demo" / "demo.json").read_text())
    assert saved["train_pairs"] == 8 and saved["test_pairs"] == 4
    assert saved["gain_average_f1"] == pytest.approx(saved["after"]["average_f1"] - saved["before"]["average_f1"],
                                                     abs=0.02)
    assert (tmp_path / "demo" / "before" / "predictions_clean.jsonl").is_file()
    assert result["train"]["steps"] > 0
    assert set(saved["baselines"]) == {"majority", "best_constant"} and saved["scorer"] == "default"
    assert saved["after_minus_best_baseline"] == pytest.approx(
        saved["after"]["average_f1"] - max(b["average_f1"] for b in saved["baselines"].values()), abs=0.02)


def test_constant_baselines_are_chosen_on_train_and_scored_on_test():
    from cancerllm.demo import baselines, constant_candidates

    assert constant_candidates(["Malignant neoplasm of lung", "None"])[:3] == [
        "Malignant neoplasm of lung", "Malignant", "Malignant neoplasm"]
    train = [{"id": f"d{i}", "task": "diagnosis", "response": f"Malignant neoplasm of {s}"}
             for i, s in enumerate(["lung", "breast", "colon", "lung"])]
    train += [{"id": f"p{i}", "task": "phenotype", "response": a} for i, a in enumerate(["None", "None", "left"])]
    test = [{"id": "t1", "task": "diagnosis", "response": "Malignant neoplasm of liver"},
            {"id": "t2", "task": "phenotype", "response": "None"}]
    result = baselines(train, test)
    # majority: "Malignant neoplasm of lung" / "None"; exact: diagnosis 0, phenotype 1
    assert result["majority"]["exact"]["f1"] == pytest.approx(50.0)
    assert result["best_constant"]["average_f1"] >= result["majority"]["average_f1"] - 1e-9
