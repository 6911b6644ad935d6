"""`cancerprep score`: the CancerLLM metric definitions on hand-computed cases (1e-6)."""

from __future__ import annotations

import json
import math

import pytest
from cancerllm.score import ScoreError, answers, bleu2, normalize, rouge_l, score_files, score_records

GOLD = [
    {"id": "1", "response": "left breast", "task": "phenotype", "cancer_type": "breast"},
    {"id": "2", "response": "ductal carcinoma", "task": "diagnosis", "cancer_type": "breast"},
    {"id": "3", "response": "2.5 cm", "task": "phenotype", "cancer_type": "lung"},
    {"id": "4", "response": "breast, lymph nodes", "task": "phenotype", "cancer_type": "breast"},
]
PRED = [
    {"id": "1", "response": "The Left Breast, right"},
    {"id": "2", "response": "Invasive ductal carcinoma."},
    {"id": "3", "response": "2.5 cm, 2.5 cm"},
    {"id": "4", "response": "left breast, axillary lymph node"},
]


def test_normalization_and_answer_splitting():
    assert normalize("The Left Breast!") == "left breast"
    assert normalize("an axillary lymph nodes") == "axillari lymph node"
    assert normalize("the") == "the"  # only a *leading* article followed by a word is dropped
    assert answers("2.5 cm, 2.5 cm,  ,") == ["25 cm"]
    assert answers("Invasive ductal carcinoma.") == ["invas ductal carcinoma"]


def test_matchers_on_hand_computed_values():
    assert rouge_l("invas ductal carcinoma", "ductal carcinoma") == pytest.approx(0.8, abs=1e-6)  # LCS 2: P 2/3, R 1
    assert rouge_l("left breast", "breast") == pytest.approx(2 / 3, abs=1e-6)
    assert bleu2("invas ductal carcinoma", "ductal carcinoma") == pytest.approx(math.sqrt(1 / 3), abs=1e-6)
    assert bleu2("breast", "breast") == pytest.approx(1.0)  # one-token answers: BLEU-1
    assert bleu2("left breast", "left breast") == pytest.approx(1.0)


def test_scores_match_hand_computation():
    result = score_records(PRED, GOLD)
    # exact: instance (P, R, F1) = (1/2, 1, 2/3), (0, 0, 0), (1, 1, 1), (0, 0, 0)
    assert result["exact"]["precision"] == pytest.approx(37.5, abs=1e-6)
    assert result["exact"]["recall"] == pytest.approx(50.0, abs=1e-6)
    assert result["exact"]["f1"] == pytest.approx(100 * (2 / 3 + 1) / 4, abs=1e-6)
    # ROUGE-L: (1/2, 1, 2/3), (.8, .8, .8), (1, 1, 1), (11/15, 11/15, 11/15)
    assert result["rougeL"]["precision"] == pytest.approx(100 * (0.5 + 0.8 + 1 + 11 / 15) / 4, abs=1e-6)
    assert result["rougeL"]["recall"] == pytest.approx(100 * (1 + 0.8 + 1 + 11 / 15) / 4, abs=1e-6)
    assert result["rougeL"]["f1"] == pytest.approx(100 * (2 / 3 + 0.8 + 1 + 11 / 15) / 4, abs=1e-6)
    assert result["average_f1"] == pytest.approx(
        sum(result[m]["f1"] for m in ("exact", "bleu2", "rougeL")) / 3, abs=1e-9)
    assert result["n"] == 4
    assert set(result["by_task"]) == {"phenotype", "diagnosis"}
    assert result["by_task"]["diagnosis"]["rougeL"]["f1"] == pytest.approx(80.0, abs=1e-6)
    assert result["by_task"]["phenotype"]["n"] == 3
    assert result["by_cancer_type"]["lung"]["exact"]["f1"] == pytest.approx(100.0)


def test_empty_answers():
    both = score_records([{"id": "a", "response": ""}], [{"id": "a", "response": " , "}])
    assert both["exact"]["f1"] == 100.0
    one = score_records([{"id": "a", "response": ""}], [{"id": "a", "response": "lung"}])
    assert one["rougeL"]["f1"] == 0.0 and one["bleu2"]["recall"] == 0.0


def test_mismatched_ids_are_named():
    named = r"1 gold id\(s\) without a prediction: 4.*1 prediction id\(s\) not in gold: 9"
    with pytest.raises(ScoreError, match=named):
        score_records([*PRED[:3], {"id": "9", "response": "x"}], GOLD)
    with pytest.raises(ScoreError, match="duplicate id 1"):
        score_records([*PRED, PRED[0]], GOLD)


def test_score_files_and_cli(tmp_path):
    pred, gold = tmp_path / "pred.jsonl", tmp_path / "gold.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in PRED))
    gold.write_text("".join(json.dumps(r) + "\n" for r in GOLD))
    assert score_files(pred, gold)["exact"]["precision"] == pytest.approx(37.5)

    from typer.testing import CliRunner

    from cancerprep.cli import app

    out = CliRunner().invoke(app, ["score", str(pred), "--gold", str(gold)])
    assert out.exit_code == 0, out.output
    shown = json.loads(out.stdout)
    assert set(shown) == {"exact", "bleu2", "rougeL", "average_f1", "by_task", "by_cancer_type", "n"}
    assert shown["rougeL"]["f1"] == pytest.approx(100 * (2 / 3 + 0.8 + 1 + 11 / 15) / 4, abs=1e-6)
    pred.write_text(json.dumps(PRED[0]) + "\n")
    bad = CliRunner().invoke(app, ["score", str(pred), "--gold", str(gold)])
    assert bad.exit_code != 0 and "without a prediction: 2, 3, 4" in bad.output
    pred.write_text("{broken\n")
    bad = CliRunner().invoke(app, ["score", str(pred), "--gold", str(gold)])
    assert bad.exit_code != 0 and "row 1" in bad.output
