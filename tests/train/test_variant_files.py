"""Robustness variants never leak into the clean exports (issue 15, defect 3).

A small export with recipes/cancerllm.yaml's own `variants:` settings (misspelled test inputs,
counterfactual training labels): the clean CancerLLM, Alpaca and chat files hold clean rows only,
each variant has its own file, and train/ finds those files only when asked for a variant.
"""

from __future__ import annotations

import json

import yaml
from cancerllm.config import DataConfig
from cancerllm.data import read_pairs, split_files

from cancerprep.runner import run_recipe
from tests.assembly.support import make_export
from tests.paths import RECIPES


def _rows(path):
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_clean_exports_hold_no_variant_rows(tmp_path):
    variants = yaml.safe_load((RECIPES / "cancerllm.yaml").read_text())["variants"]
    assert {v["kind"] for v in variants} == {"misspell", "counterfactual"}
    recipe = make_export(tmp_path, extra_recipe=yaml.safe_dump({"variants": variants}), n_patients=24)
    out = tmp_path / "out"
    summary = run_recipe(recipe, out_dir=out)
    names = {f"{v['kind']}-{v['rate']}": v["splits"] for v in variants}
    assert all(summary["stage_stats"][f"variants.echo_test.{n}"] > 0 for n in names)
    task_dir = {style: out / "jsonl" / style / "echo_test" for style in ("cancerllm", "alpaca", "chat")}
    for style, folder in task_dir.items():
        for split in ("train", "validation", "test"):
            rows = _rows(folder / f"{split}.jsonl")
            assert rows and not any("~" in r["id"] for r in rows), (style, split)
            if style == "cancerllm":
                assert {r["variant"] for r in rows} == {"clean"}
        for name, splits in names.items():
            for split in splits:
                copies = _rows(folder / f"{split}.{name}.jsonl")
                assert copies and all(r["id"].endswith(f"~{name}") for r in copies), (style, name)
    # train/: the clean split by default; a variant's file only when a variant is asked for
    cfg = DataConfig(dataset=str(out), tasks=["echo_test"])
    assert split_files(cfg, "train") == [task_dir["cancerllm"] / "train.jsonl"]
    with_variants = split_files(cfg, "train", variants=True)
    assert task_dir["cancerllm"] / "train.counterfactual-0.1.jsonl" in with_variants
    counterfactual = read_pairs(with_variants, "counterfactual-0.1")
    assert counterfactual and all(r["id"].endswith("~counterfactual-0.1") for r in counterfactual)
    assert read_pairs(split_files(cfg, "train")) == read_pairs(with_variants)  # clean rows: the clean file
