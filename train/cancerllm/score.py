"""CancerLLM metrics: Exact Match, BLEU-2 and ROUGE precision / recall / F1, two scorers (docs/design.md).

Per instance, the prediction and the gold response are split on commas into answers,
de-duplicated and normalized (lowercase, punctuation removed, Porter stemmed; the default scorer
also removes a leading article). For a matcher m: precision = mean over predicted answers of
max_g m(p, g); recall = mean over gold answers of max_p m(p, g); F1 = 2PR / (P + R) (0 when both
are 0). P, R and F1 are macro-averaged over instances and reported x100; "average_f1" is the mean
of the three F1s. Empty answer lists: both empty = 1, one empty = 0.

`default` (corrected) scorer: exact equality; BLEU-2 from nltk's sentence_bleu with weights
(0.5, 0.5) and smoothing method1 (epsilon 0.1 for empty n-gram counts), re-weighted to BLEU-1 for
one-token predictions (nltk's auto_reweigh rule: an exact one-word answer scores 1, not 0.32);
ROUGE-L F-measure from rouge-score without its stemmer (answers are already stemmed).

`paper` scorer: the behaviour of the authors' released scorer, for numbers comparable to the
paper. Exact equality; BLEU-2 as the COCO caption scorer (pycocoevalcap BleuScorer) computes it for
one hypothesis and one reference: clipped n-gram counts with +1e-15 / +1e-9 in each ratio and the
brevity penalty exp(1 - r/c) when shorter, so an exactly right one-word answer scores
sqrt(1e-15 / 1e-9) = 0.001 (0.1 on the x100 scale); "ROUGE" = ROUGE-1 over unigram *sets* with
the COCO F-measure (beta 1.2); no article removal (theirs never fires).
"""

from __future__ import annotations

import json
import math
import re
import string
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from cancerprep.errors import CancerprepError, InputError

_PUNCT = re.compile(f"[{re.escape(string.punctuation)}]")
_LEADING_ARTICLE = re.compile(r"^(a|an|the)\s+")
ANSWER_SEPARATOR = ","  # both scorers split answers here; diagnosis targets join ICD titles with ", "


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


def normalize(answer: str, articles: bool = True) -> str:
    """lowercase -> punctuation removed -> leading article removed (`articles`) -> Porter stem per token."""
    text = _PUNCT.sub("", answer.lower())
    text = " ".join(text.split())
    if articles:
        text = _LEADING_ARTICLE.sub("", text)
    stem = _stemmer().stem
    return " ".join(stem(tok) for tok in text.split())


def answers(response: str | None, articles: bool = True) -> list[str]:
    """Comma-split, normalized, de-duplicated (first occurrence kept) non-empty answers."""
    seen: dict[str, None] = {}
    for part in str(response or "").split(ANSWER_SEPARATOR):
        norm = normalize(part, articles)
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


_TINY, _SMALL = 1e-15, 1e-9  # pycocoevalcap's constants


def coco_bleu2(pred: str, gold: str) -> float:
    """BLEU-2 of one hypothesis against one reference as pycocoevalcap's BleuScorer computes it."""
    hyp, ref = pred.split(), gold.split()
    score = 1.0
    for n in (1, 2):
        ref_counts = Counter(tuple(ref[i:i + n]) for i in range(len(ref) - n + 1))
        hyp_counts = Counter(tuple(hyp[i:i + n]) for i in range(len(hyp) - n + 1))
        correct = sum(min(c, ref_counts[g]) for g, c in hyp_counts.items())
        score *= (correct + _TINY) / (max(0, len(hyp) - n + 1) + _SMALL)
    score **= 1 / 2
    ratio = (len(hyp) + _TINY) / (len(ref) + _SMALL)
    if ratio < 1:
        score *= math.exp(1 - 1 / ratio)
    return score


def rouge1_sets(pred: str, gold: str, beta: float = 1.2) -> float:
    """The authors' "ROUGE": unigram-set overlap, F-measure with the COCO scorer's beta 1.2."""
    p, g = set(pred.split()), set(gold.split())
    overlap = len(p & g)
    if not overlap:
        return 0.0
    precision, recall = overlap / len(p), overlap / len(g)
    return (1 + beta**2) * precision * recall / (recall + beta**2 * precision)


@dataclass(frozen=True)
class Scorer:
    """A named metric set: matchers by report key, and whether leading articles are removed."""

    name: str
    matchers: dict[str, Callable[[str, str], float]]
    remove_articles: bool
    description: str


SCORERS: dict[str, Scorer] = {
    "default": Scorer("default", {"exact": exact, "bleu2": bleu2, "rougeL": rouge_l}, True,
                      "corrected: nltk BLEU-2 (BLEU-1 for one-token answers), ROUGE-L, leading articles removed"),
    "paper": Scorer("paper", {"exact": exact, "bleu2": coco_bleu2, "rouge1": rouge1_sets}, False,
                    "authors' released scorer: COCO BLEU-2, ROUGE-1 over unigram sets (beta 1.2), articles kept"),
}
MATCHERS = SCORERS["default"].matchers
METRICS = tuple(MATCHERS)


def get_scorer(name: str) -> Scorer:
    if name not in SCORERS:
        raise ScoreError(f"unknown scorer {name!r}: choose {' or '.join(SCORERS)}")
    return SCORERS[name]


def metric_names(result: dict[str, Any]) -> list[str]:
    """The matcher keys of a score result (default: exact, bleu2, rougeL; paper: exact, bleu2, rouge1)."""
    return list(result["metrics"])


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


def _aggregate(per_instance: list[dict[str, tuple[float, float, float]]], metrics: Iterable[str]) -> dict[str, Any]:
    n = len(per_instance)
    metrics = list(metrics)
    out: dict[str, Any] = {}
    for m in metrics:
        p, r, f = (100 * sum(inst[m][k] for inst in per_instance) / n if n else 0.0 for k in range(3))
        out[m] = {"precision": p, "recall": r, "f1": f}
    out["average_f1"] = sum(out[m]["f1"] for m in metrics) / len(metrics)
    out["n"] = n
    return out


def score_records(predictions: Iterable[dict], gold: Iterable[dict], scorer: str = "default") -> dict[str, Any]:
    """Score prediction rows against gold rows joined on `id` (both need `id` and `response`).

    The result names the scorer that ran (`scorer`, `scorer_description`) and its `metrics`.
    """
    sc = get_scorer(scorer)
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
        pa = answers(preds[key].get("response"), sc.remove_articles)
        ga = answers(g.get("response"), sc.remove_articles)
        per_instance.append({m: instance_prf(pa, ga, match) for m, match in sc.matchers.items()})
        for field, group in (("task", "by_task"), ("cancer_type", "by_cancer_type")):
            if g.get(field) is not None:
                groups[group][str(g[field])].append(i)
    result = {"scorer": sc.name, "scorer_description": sc.description, "metrics": list(sc.matchers),
              **_aggregate(per_instance, sc.matchers)}
    for group, members in groups.items():
        result[group] = {k: _aggregate([per_instance[i] for i in idx], sc.matchers)
                         for k, idx in sorted(members.items())}
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


def score_files(predictions: str | Path, gold: str | Path, scorer: str = "default") -> dict[str, Any]:
    return score_records(read_rows(predictions), read_rows(gold), scorer)


def dumps(result: dict[str, Any]) -> str:
    return json.dumps(result, indent=2)
