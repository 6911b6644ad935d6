"""CancerLLM metrics: Exact Match, BLEU-2 and ROUGE-L precision / recall / F1 (docs/design.md).

Per instance, the prediction and the gold response are split on commas into answers,
de-duplicated and normalized (lowercase, punctuation removed, a leading article removed, Porter
stemmed). For a matcher m: precision = mean over predicted answers of max_g m(p, g); recall =
mean over gold answers of max_p m(p, g); F1 = 2PR / (P + R) (0 when both are 0). P, R and F1 are
macro-averaged over instances and reported x100; "average_f1" is the mean of the three F1s.

Matchers: exact string equality of normalized answers; BLEU-2 from nltk's sentence_bleu with
weights (0.5, 0.5) and smoothing method1 (Chen & Cherry 2014: epsilon 0.1 for empty n-gram
counts), re-weighted to BLEU-1 for one-token predictions (the same rule nltk's auto_reweigh applies to
BLEU-4: otherwise an exact one-word answer would score 0.32); ROUGE-L F-measure from rouge-score
without its stemmer (answers are already stemmed). Empty answer lists: both empty = 1, one empty = 0.
"""

from __future__ import annotations

import json
import re
import string
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

from cancerprep.errors import CancerprepError, InputError

METRICS = ("exact", "bleu2", "rougeL")
_PUNCT = re.compile(f"[{re.escape(string.punctuation)}]")
_LEADING_ARTICLE = re.compile(r"^(a|an|the)\s+")


class ScoreError(CancerprepError):
    """Predictions and gold do not line up (ids missing on either side, duplicates)."""


@cache
def _stemmer() -> Any:
    from nltk.stem import PorterStemmer

    return PorterStemmer()


@cache
def _rouge() -> Any:
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(["rougeL"], use_stemmer=False)


def normalize(answer: str) -> str:
    """lowercase -> punctuation removed -> leading article removed -> Porter stem per token."""
    text = _PUNCT.sub("", answer.lower())
    text = " ".join(text.split())
    text = _LEADING_ARTICLE.sub("", text)
    stem = _stemmer().stem
    return " ".join(stem(tok) for tok in text.split())


def answers(response: str | None) -> list[str]:
    """Comma-split, normalized, de-duplicated (first occurrence kept) non-empty answers."""
    seen: dict[str, None] = {}
    for part in str(response or "").split(","):
        norm = normalize(part)
        if norm:
            seen.setdefault(norm, None)
    return list(seen)


def exact(pred: str, gold: str) -> float:
    return float(pred == gold)


def bleu2(pred: str, gold: str) -> float:
    from nltk.translate.bleu_score import SmoothingFunction, sentence_bleu

    hyp, ref = pred.split(), gold.split()
    weights = (0.5, 0.5) if len(hyp) >= 2 else (1.0,)
    return float(sentence_bleu([ref], hyp, weights=weights, smoothing_function=SmoothingFunction().method1))


def rouge_l(pred: str, gold: str) -> float:
    return float(_rouge().score(gold, pred)["rougeL"].fmeasure)


MATCHERS: dict[str, Callable[[str, str], float]] = {"exact": exact, "bleu2": bleu2, "rougeL": rouge_l}


def instance_prf(pred: list[str], gold: list[str], match: Callable[[str, str], float]) -> tuple[float, float, float]:
    """Precision, recall, F1 (0..1) of one instance's answer lists under one matcher."""
    if not pred and not gold:
        return 1.0, 1.0, 1.0
    if not pred or not gold:
        return 0.0, 0.0, 0.0
    table = [[match(p, g) for g in gold] for p in pred]
    precision = sum(max(row) for row in table) / len(pred)
    recall = sum(max(table[i][j] for i in range(len(pred))) for j in range(len(gold))) / len(gold)
    f1 = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    return precision, recall, f1


def _aggregate(per_instance: list[dict[str, tuple[float, float, float]]]) -> dict[str, Any]:
    n = len(per_instance)
    out: dict[str, Any] = {}
    for m in METRICS:
        p, r, f = (100 * sum(inst[m][k] for inst in per_instance) / n if n else 0.0 for k in range(3))
        out[m] = {"precision": p, "recall": r, "f1": f}
    out["average_f1"] = sum(out[m]["f1"] for m in METRICS) / len(METRICS)
    out["n"] = n
    return out


def score_records(predictions: Iterable[dict], gold: Iterable[dict]) -> dict[str, Any]:
    """Score prediction rows against gold rows joined on `id` (both need `id` and `response`)."""
    preds = _by_id(predictions, "predictions")
    golds = _by_id(gold, "gold")
    missing, extra = sorted(set(golds) - set(preds)), sorted(set(preds) - set(golds))
    if missing or extra:
        parts = []
        if missing:
            parts.append(f"{len(missing)} gold id(s) without a prediction: {_names(missing)}")
        if extra:
            parts.append(f"{len(extra)} prediction id(s) not in gold: {_names(extra)}")
        raise ScoreError("; ".join(parts))
    per_instance = []
    groups: dict[str, dict[str, list[int]]] = {"by_task": defaultdict(list), "by_cancer_type": defaultdict(list)}
    for i, (key, g) in enumerate(golds.items()):
        pa, ga = answers(preds[key].get("response")), answers(g.get("response"))
        per_instance.append({m: instance_prf(pa, ga, MATCHERS[m]) for m in METRICS})
        for field, group in (("task", "by_task"), ("cancer_type", "by_cancer_type")):
            if g.get(field) is not None:
                groups[group][str(g[field])].append(i)
    result = _aggregate(per_instance)
    for group, members in groups.items():
        result[group] = {k: _aggregate([per_instance[i] for i in idx]) for k, idx in sorted(members.items())}
    return result


def _names(ids: list[str], limit: int = 10) -> str:
    shown = ", ".join(ids[:limit])
    return shown + (f", ... ({len(ids) - limit} more)" if len(ids) > limit else "")


def _by_id(rows: Iterable[dict], what: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for row in rows:
        if "id" not in row:
            raise ScoreError(f"{what}: a row has no 'id'")
        key = str(row["id"])
        if key in out:
            raise ScoreError(f"{what}: duplicate id {key}")
        out[key] = row
    return out


def read_rows(path: str | Path) -> list[dict]:
    """JSONL rows; a bad line is an error naming file and line (never its content)."""
    from cancerllm.data import read_jsonl

    path = Path(path)
    if not path.is_file():
        raise InputError("no such file", file=str(path))
    return read_jsonl([path], required=("id", "response"))


def score_files(predictions: str | Path, gold: str | Path) -> dict[str, Any]:
    return score_records(read_rows(predictions), read_rows(gold))


def dumps(result: dict[str, Any]) -> str:
    return json.dumps(result, indent=2)
