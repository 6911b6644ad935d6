"""Check: the `paper` scorer's BLEU-2 against pycocoevalcap's own BleuScorer on random mixed cases.

pycocoevalcap (the COCO caption scorer the authors' released scorer calls) is not a dependency: it
is a 100 MB wheel last released in 2020. Run with its directory on PYTHONPATH, e.g.

    pip download --no-deps pycocoevalcap==1.2 -d /tmp/coco
    unzip -q /tmp/coco/*.whl 'pycocoevalcap/bleu/*' -d /tmp/coco
    PYTHONPATH=/tmp/coco .venv/bin/python train/checks/paper_bleu_vs_coco.py --cases 400

It scores the same instances with `score_records(..., "paper")` and with the same pipeline using
COCO's Bleu(2) as the matcher, and prints the largest per-pair and aggregate differences.
"""

from __future__ import annotations

import argparse
import json
import random

from cancerllm import score
from pycocoevalcap.bleu.bleu import Bleu

WORDS = ["left", "right", "breast", "lung", "malignant", "neoplasm", "of", "upper", "lobe", "the", "2.5", "cm",
         "positive", "negative", "er", "pr", "her2", "ductal", "carcinoma", "unspecified", "none"]


def coco(pred: str, gold: str) -> float:
    scores, _ = Bleu(2).compute_score({0: [gold]}, {0: [pred]}, verbose=0)
    return float(scores[1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=400)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    def answer() -> str:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 6)))

    def response() -> str:
        return ", ".join(answer() for _ in range(rng.randint(1, 3)))

    gold = [{"id": str(i), "response": response()} for i in range(args.cases)]
    pred = [{"id": g["id"], "response": g["response"] if rng.random() < 0.3 else response()} for g in gold]
    pairs = [(p, g) for p in (score.normalize(x, False) for x in WORDS + [answer() for _ in range(args.cases)])
             for g in [score.normalize(answer(), False)]]
    per_pair = max(abs(score.coco_bleu2(p, g) - coco(p, g)) for p, g in pairs)
    ours = score.score_records(pred, gold, "paper")
    sc = score.SCORERS["paper"]
    reference = score.Scorer("coco", {**sc.matchers, "bleu2": coco}, sc.remove_articles, "pycocoevalcap Bleu(2)")
    score.SCORERS["coco"] = reference
    theirs = score.score_records(pred, gold, "coco")
    print(json.dumps({
        "cases": args.cases, "pairs": len(pairs), "max_abs_diff_per_pair": per_pair,
        "bleu2_f1": {"ours": ours["bleu2"]["f1"], "pycocoevalcap": theirs["bleu2"]["f1"],
                     "abs_diff": abs(ours["bleu2"]["f1"] - theirs["bleu2"]["f1"])},
        "one_word_exact_answer_x100": 100 * coco("left", "left"),
    }, indent=2))


if __name__ == "__main__":
    main()
