"""`cancerprep score`: the CancerLLM metric definitions on hand-computed cases (1e-6)."""

from __future__ import annotations

import json
import math

import pytest
from cancerllm.score import (
    ScoreError,
    answers,
    bleu2,
    coco_bleu2,
    normalize,
    rouge1_sets,
    rouge_l,
    score_files,
    score_records,
)

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
    assert set(shown) == {"scorer", "scorer_description", "metrics", "exact", "bleu2", "rougeL", "average_f1",
                          "by_task", "by_cancer_type", "n"}
    assert shown["scorer"] == "default"
    assert shown["rougeL"]["f1"] == pytest.approx(100 * (2 / 3 + 0.8 + 1 + 11 / 15) / 4, abs=1e-6)
    paper = json.loads(CliRunner().invoke(app, ["score", str(pred), "--gold", str(gold), "--scorer", "paper"]).stdout)
    assert paper["scorer"] == "paper" and "rouge1" in paper and "rougeL" not in paper
    assert paper["exact"]["f1"] < shown["exact"]["f1"]  # "The Left Breast" keeps its article
    pred.write_text(json.dumps(PRED[0]) + "\n")
    bad = CliRunner().invoke(app, ["score", str(pred), "--gold", str(gold)])
    assert bad.exit_code != 0 and "without a prediction: 2, 3, 4" in bad.output
    pred.write_text("{broken\n")
    bad = CliRunner().invoke(app, ["score", str(pred), "--gold", str(gold)])
    assert bad.exit_code != 0 and "row 1" in bad.output


# -- the paper scorer (the authors' released scorer), against reference definitions -----------------

def coco_bleu2_reference(hyp: str, ref: str) -> float:
    """pycocoevalcap BleuScorer (precook / cook_test / compute_score) for one hypothesis and one reference,
    n = 2, written from its definition: clipped counts, guess = max(0, len - k + 1), each ratio
    (correct + 1e-15) / (guess + 1e-9), geometric mean, brevity penalty exp(1 - 1 / ratio) when
    ratio = (testlen + 1e-15) / (reflen + 1e-9) < 1."""
    h, r = hyp.split(), ref.split()
    product, bleus = 1.0, []
    for k in (1, 2):
        grams = [tuple(h[i:i + k]) for i in range(len(h) - k + 1)]
        ref_grams = [tuple(r[i:i + k]) for i in range(len(r) - k + 1)]
        correct = sum(min(grams.count(g), ref_grams.count(g)) for g in set(grams))
        product *= (correct + 1e-15) / (max(0, len(h) - k + 1) + 1e-9)
        bleus.append(product ** (1 / k))
    ratio = (len(h) + 1e-15) / (len(r) + 1e-9)
    return bleus[1] * (math.exp(1 - 1 / ratio) if ratio < 1 else 1.0)


@pytest.mark.parametrize(("hyp", "ref", "expected"), [
    ("left", "left", math.sqrt(1e-6)),  # a correct one-word answer: 0.001, i.e. 0.1 on the x100 scale
    ("left breast", "left breast", 1.0),
    ("invas ductal carcinoma", "ductal carcinoma", math.sqrt(2 / 3 * 1 / 2)),  # no penalty when longer
    ("ductal carcinoma", "invas ductal carcinoma", math.exp(1 - 3 / 2)),  # brevity penalty e^(1 - r/c)
    ("breast", "left breast", math.sqrt(1e-6) * math.exp(1 - 2)),
    ("right lung", "left breast", math.sqrt(1e-15 / 2 * 1e-15)),
    ("left left left", "left", math.sqrt(1 / 3 * 1e-15 / 2)),  # clipped unigram counts
])
def test_paper_bleu2_is_the_coco_scorer(hyp, ref, expected):
    assert coco_bleu2(hyp, ref) == pytest.approx(expected, rel=1e-6, abs=1e-12)
    assert coco_bleu2(hyp, ref) == pytest.approx(coco_bleu2_reference(hyp, ref), rel=1e-9, abs=1e-15)


@pytest.mark.parametrize(("hyp", "ref", "expected"), [
    ("invas ductal carcinoma", "ductal carcinoma", 2.44 * (2 / 3) / (1 + 1.44 * 2 / 3)),  # P 2/3, R 1, beta 1.2
    ("ductal carcinoma", "invas ductal carcinoma", 2.44 * (2 / 3) / (2 / 3 + 1.44)),  # P 1, R 2/3
    ("left left breast", "breast left", 1.0),  # sets: order and repeats do not count
    ("right", "left", 0.0),
])
def test_paper_rouge_is_rouge1_over_unigram_sets(hyp, ref, expected):
    assert rouge1_sets(hyp, ref) == pytest.approx(expected, abs=1e-9)


def test_paper_scorer_keeps_articles_and_names_itself():
    assert answers("The left breast", articles=False) == ["the left breast"]
    paper = score_records([{"id": "a", "response": "The left"}], [{"id": "a", "response": "left"}], "paper")
    default = score_records([{"id": "a", "response": "The left"}], [{"id": "a", "response": "left"}])
    assert (paper["scorer"], paper["metrics"]) == ("paper", ["exact", "bleu2", "rouge1"])
    assert (default["scorer"], default["metrics"]) == ("default", ["exact", "bleu2", "rougeL"])
    assert default["exact"]["f1"] == 100.0 and paper["exact"]["f1"] == 0.0
    # "the left" vs "left": unigram sets {the, left} / {left}: P 1/2, R 1
    assert paper["rouge1"]["f1"] == pytest.approx(100 * 2.44 * 0.5 / (1 + 1.44 * 0.5), abs=1e-6)
    one_word = score_records([{"id": "a", "response": "Left"}], [{"id": "a", "response": "left"}], "paper")
    assert one_word["bleu2"]["f1"] == pytest.approx(0.1, abs=1e-6) and one_word["exact"]["f1"] == 100.0
    with pytest.raises(ScoreError, match="unknown scorer"):
        score_records([], [], "rouge")


def test_paper_scores_on_mixed_instances_by_hand():
    pred = [{"id": "1", "response": "left breast, right"}, {"id": "2", "response": "2.5"}]
    gold = [{"id": "1", "response": "left breast"}, {"id": "2", "response": "2.5 cm"}]
    result = score_records(pred, gold, "paper")
    # instance 1: answers [left breast, right] vs [left breast]; BLEU-2: P (1 + b("right", "left breast")) / 2
    b = coco_bleu2_reference("right", "left breast")
    p1, r1 = (1 + b) / 2, 1.0
    # instance 2: "25" vs "25 cm": P = R = coco("25", "25 cm")
    b2 = coco_bleu2_reference("25", "25 cm")
    f = [2 * p1 * r1 / (p1 + r1), b2]
    assert result["bleu2"]["f1"] == pytest.approx(100 * sum(f) / 2, abs=1e-6)
    assert result["bleu2"]["precision"] == pytest.approx(100 * (p1 + b2) / 2, abs=1e-6)
    r_ = rouge1_sets("25", "25 cm")  # P 1, R 1/2
    assert result["rouge1"]["f1"] == pytest.approx(100 * (2 * 0.5 / 1.5 + r_) / 2, abs=1e-6)


# -- diagnosis answers: ICD titles joined with the separator both scorers split on ----------------

def test_diagnosis_answers_split_on_titles_and_ignore_order():
    from cancerprep.tasks.diagnosis import answer_text

    coded = ("Malignant neoplasm of upper lobe, right bronchus or lung; "
             "Secondary malignant neoplasm of brain, unspecified")
    target = answer_text(coded)
    assert target == ("Malignant neoplasm of upper lobe right bronchus or lung, "
                      "Secondary malignant neoplasm of brain unspecified")
    reverse = answer_text("; ".join(reversed(coded.split("; "))))
    for scorer in ("default", "paper"):
        assert len(answers(target, scorer == "default")) == 2
        result = score_records([{"id": "a", "response": reverse}], [{"id": "a", "response": target}], scorer)
        assert result["exact"]["f1"] == pytest.approx(100.0)
        assert result["bleu2"]["f1"] == pytest.approx(100.0, abs=1e-4)
    # a title's dropped commas do not change its scored tokens
    assert normalize("Malignant neoplasm of brain, unspecified") == normalize(
        answer_text("Malignant neoplasm of brain, unspecified"))
