"""Would a learned backoff find the cancers the rules code `none`? Folds by family, scores only.

Why: "no code" is the decision that fails most on the held-out halves and check parts of the coding form families
(the forty-seventh pass's table in docs/coding.md: 81 of 204 missed cases). This tests a mechanism for it: a
logistic regression over the whole note's words (tf-idf of unigrams and bigrams) predicting the gold type, asked
only where the rules code `none`; where it gives a cancer type (not `other_cancer`, whose category it cannot give)
above a threshold, the note takes that type's default code. Trained on the forms alone of the seen halves / tuning
parts of every family and the tuning part of the labelled notes; scored, as counts of notes coded `none` by the
rules that it would code rightly (type and category) and wrongly (a code where the gold has none, or another):
- in 4 folds of whole families on the training side (trained without a fold's families, scored on their cases);
- trained on all of it, on the held-out halves / check parts of the families and the check part of the labelled
  notes (scores only, never read).

    python -m benchmarks.quality.coding_nocode_backoff [--c 3.0]
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass

THRESHOLDS = (0.5, 0.7, 0.8, 0.9)
FOLDS = 4


@dataclass(frozen=True)
class Case:
    """One note (a form alone or in a host, or a labelled note) and what the rules and the gold say; its text is
    model input only, never printed."""

    group: str
    side: str  # "train" or "test"
    alone: bool
    text: str
    gold_type: str
    gold_icd: str
    rules_type: str


def backoff_right(case: Case, type_id: str, default_codes: dict[str, str]) -> bool:
    """Whether coding `case` as `type_id` with its default code gets the type and the ICD category right."""
    if case.gold_type == "none":
        return type_id == "none"
    code = default_codes.get(type_id, "")
    return type_id == case.gold_type and bool(code) and code[:3] in case.gold_icd.split("|")


def tally(cases: Sequence[Case], classes: Sequence[str], probs: Sequence[Sequence[float]],
          default_codes: dict[str, str]) -> dict[float, list[int]]:
    """Right / wrong codings by threshold of the cases the rules code `none`: the most likely cancer type (not
    `other_cancer`) is taken where the chance of any cancer passes the threshold and its own 0.8 of it."""
    out = {th: [0, 0] for th in THRESHOLDS}
    none_at = list(classes).index("none")
    for c, p in zip(cases, probs, strict=True):
        if c.rules_type != "none":
            continue
        best = max((i for i in range(len(classes)) if i != none_at), key=lambda i: p[i])
        if classes[best] == "other_cancer":
            continue
        for th in THRESHOLDS:
            if 1 - p[none_at] > th and p[best] > 0.8 * th:
                out[th][0 if backoff_right(c, classes[best], default_codes) else 1] += 1
    return out


def collect() -> tuple[list[Case], dict[str, str]]:
    """Every case of the families (alone and in 3 hosts) and every labelled note, with the rules' type."""
    from benchmarks.quality.coding_eval import LABEL_SETS, load_all
    from benchmarks.quality.coding_forms_probe import FAMILIES, HALVES, run
    from benchmarks.quality.forms_probe import form_part
    from cancerprep.stages.base import RunContext
    from cancerprep.stages.coding.stages import SortStage

    out: list[Case] = []
    for family in FAMILIES:
        all_cases, preds = run(3, family, "all")
        for c, p in zip(all_cases, preds, strict=True):
            half = c.klass.rsplit("_", 1)[-1]
            seen = half == "seen" if half in HALVES else form_part(c.form.text) == "tuning"
            out.append(Case(family, "train" if seen else "test", not c.host, c.text, c.form.cancer_type,
                            c.form.icd, p.cancer_type))
    stage = SortStage({}, RunContext())
    stage.ensure_setup()
    frame = load_all(LABEL_SETS)
    for r, p in zip(frame.iter_rows(named=True), stage.coder.code_batch(frame), strict=True):
        out.append(Case("mtsamples", "train" if r["part"] == "tuning" else "test", True, r["text"] or "",
                        r["cancer_type"], r["icd10_category"] or "", p.cancer_type))
    return out, {t.id: t.default_code for t in stage.coder.taxonomy.types}


def _fit_predict(train: Sequence[Case], test: Sequence[Case], c: float) -> tuple[list[str], list[list[float]]]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    model = LogisticRegression(C=c, max_iter=1000).fit(vec.fit_transform([x.text for x in train]),
                                                       [x.gold_type for x in train])
    return list(model.classes_), model.predict_proba(vec.transform([x.text for x in test])).tolist()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--c", type=float, default=3.0, help="inverse L2 strength of the logistic regression")
    args = ap.parse_args(argv)
    every, defaults = collect()
    # the model learns from each form once (alone) and from every tuning note
    learn = [x for x in every if x.side == "train" and x.alone]
    groups = sorted({x.group for x in learn})
    folds = {th: [0, 0] for th in THRESHOLDS}
    for k in range(FOLDS):
        out = set(groups[k::FOLDS])
        scored = [x for x in every if x.side == "train" and x.group in out]
        classes, probs = _fit_predict([x for x in learn if x.group not in out], scored, args.c)
        for th, (r, w) in tally(scored, classes, probs, defaults).items():
            folds[th][0] += r
            folds[th][1] += w
    test = [x for x in every if x.side == "test"]
    classes, probs = _fit_predict(learn, test, args.c)
    parts = {}
    for notes in (False, True):
        idx = [i for i, x in enumerate(test) if (x.group == "mtsamples") == notes]
        parts[notes] = tally([test[i] for i in idx], classes, [probs[i] for i in idx], defaults)
    print(f"{'threshold':<11}{'folds right/wrong':>19}{'held forms':>12}{'check notes':>13}")
    for th in THRESHOLDS:
        print(f"{th:<11.2f}{folds[th][0]:>9d}/{folds[th][1]:<9d}{'/'.join(map(str, parts[False][th])):>12}"
              f"{'/'.join(map(str, parts[True][th])):>13}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
