"""Does a learned status model carry where the status rules do not? Leave-one-family-out, scores only.

Why: issue 17's tuning / check ICD gap in `coding_eval` is mostly the active / history (Z85/Z86) decision (three
of the check part's four misses at main 723d92b), and rules written from seen forms did not move the twenty-first
family's held-out half. This script tests the other mechanism the forty-seventh pass was asked to try: a logistic
regression over the words of the sentences of the note's main cancer (unigrams and bigrams, years and numbers
folded, `<C>` where the mention stands, its section kind, the rules' currency and `status.mention_status`), with
or without the rules' own decision as a feature (both are scored), which overrides the rules only beyond a
confidence threshold.

Examples: every case (alone and in 3 hosts, as `coding_forms_probe` builds them) of every form family, and every
`coding_eval` note, whose rules' type is the gold type and whose gold category is a definite history (Z) or
active code. Training side: seen halves / tuning parts of the families and the tuning part of the labelled notes.
Reported, as counts only (no text, no ids):
- leave-one-family-out on the training side (the model trained without a family scores that family's tuning
  cases): how many of the rules' decisions it would flip right and wrong at each threshold;
- trained on the whole training side, the same counts on the held-out halves and check parts of the families and
  on the check part of the labelled notes (scores only, never read).

    python -m benchmarks.quality.coding_status_model [--c 1.0]
"""

from __future__ import annotations

import argparse
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

# (low, high): the rules' history is overruled below `low`, their active code above `high`
THRESHOLDS = ((0.5, 0.5), (0.3, 0.7), (0.2, 0.8), (0.1, 0.9), (0.05, 0.95))
_SENTENCE = re.compile(r"[.!?]\s|\n")
_TOKEN = re.compile(r"[a-z]+(?:/[a-z]+)?|\d+")
_REACH = 300  # characters at most on each side of a mention


@dataclass(frozen=True)
class Example:
    """One case whose status is the question: its family (or "mtsamples"), which side, gold and the rules' status,
    and its features (words only as features, never printed)."""

    group: str
    side: str  # "train" (seen / tuning) or "test" (held out / check)
    history: bool
    rules_history: bool
    features: dict[str, float]


def _fold(token: str) -> str:
    if token.isdigit():
        return "<year>" if len(token) == 4 and token[:2] in ("19", "20") else "<num>"
    return token


def status_features(text: str, mentions: Iterable[Any], rules_history: bool | None) -> dict[str, float]:
    """Binary features of the sentences holding `mentions` (the main type's): words and word pairs around `<C>`, the
    mention's section kind, currency and phrase status; `rules_history` (None: left out) is the rules' decision."""
    out: dict[str, float] = {}
    for m in mentions:
        lo = max((s.end() for s in _SENTENCE.finditer(text, max(0, m.start - _REACH), m.start)),
                 default=max(0, m.start - _REACH))
        end = _SENTENCE.search(text, m.end)
        hi = min(end.start() if end else len(text), m.end + _REACH)
        words = [_fold(t) for t in _TOKEN.findall(text[lo:m.start].lower())] + ["<C>"] + \
            [_fold(t) for t in _TOKEN.findall(text[m.end:hi].lower())]
        out.update({f"w={w}": 1.0 for w in words})
        out.update({f"b={a}_{b}": 1.0 for a, b in itertools.pairwise(words)})
        out.update({f"section={m.section}": 1.0, f"current={int(m.current)}": 1.0, f"status={m.status}": 1.0})
    if rules_history is not None:
        out["rules_history"] = float(rules_history)
    return out


def flips(examples: Sequence[Example], p_history: Sequence[float], low: float, high: float) -> tuple[int, int]:
    """How many of the rules' decisions the model overrules rightly and wrongly: history below `low`, active above
    `high` are overruled."""
    right = wrong = 0
    for e, p in zip(examples, p_history, strict=True):
        new = (e.rules_history and p >= low) or (not e.rules_history and p > high)
        if new != e.rules_history:
            right += new == e.history
            wrong += new != e.history
    return right, wrong


def collect() -> list[Example]:
    """Every example of the families and labelled notes (module docstring), coded by the rules."""
    from benchmarks.quality.coding_eval import LABEL_SETS, load_all
    from benchmarks.quality.coding_forms_probe import FAMILIES, HALVES, cases
    from benchmarks.quality.forms_probe import form_part
    from benchmarks.quality.train_coding_tiebreak import history_label
    from cancerprep.stages.base import RunContext
    from cancerprep.stages.coding.decide import decide, note_sex
    from cancerprep.stages.coding.stages import SortStage

    stage = SortStage({}, RunContext())
    stage.ensure_setup()
    coder = stage.coder
    out: list[Example] = []

    def add(group: str, side: str, text: str, gold_type: str, gold_icd: str | None) -> None:
        label = history_label(gold_icd) if gold_type != "none" else None
        if label is None:
            return
        mentions = coder.text.mentions(text)
        got = decide(mentions, [], coder.taxonomy, note_sex(text) if mentions else None, None, len(text))
        mine = [m for m in mentions if m.type_id == got.cancer_type]
        if got.cancer_type != gold_type or not mine or not got.icd10:
            return
        rules = got.icd10[0][:1] == "Z"
        out.append(Example(group, side, bool(label), rules, status_features(text, mine, rules)))

    for family in FAMILIES:
        for c in cases(3, family, "all"):
            half = c.klass.rsplit("_", 1)[-1]
            seen = half == "seen" if half in HALVES else form_part(c.form.text) == "tuning"
            add(family, "train" if seen else "test", c.text, c.form.cancer_type, c.form.icd)
    for r in load_all(LABEL_SETS).iter_rows(named=True):
        add("mtsamples", "train" if r["part"] == "tuning" else "test", r["text"] or "", r["cancer_type"],
            r["icd10_category"])
    return out


def _fit_predict(train: Sequence[Example], test: Sequence[Example], c: float, rule: bool) -> list[float]:
    """P(history) of each `test` example by a model fitted on `train` (with or without the rules' decision)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    def rows(es: Sequence[Example]) -> list[dict[str, float]]:
        return [e.features if rule else {k: v for k, v in e.features.items() if k != "rules_history"} for e in es]

    vec = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=2000).fit(vec.fit_transform(rows(train)), [e.history for e in train])
    return list(model.predict_proba(vec.transform(rows(test)))[:, 1])


def table(train: Sequence[Example], test: Sequence[Example], c: float, rule: bool) -> list[str]:
    """Flips right / wrong at each threshold: leave-one-family-out on `train`, and trained on all of `train` on the
    held-out forms and the check notes of `test`."""
    lofo = {th: [0, 0] for th in THRESHOLDS}
    for group in sorted({e.group for e in train}):
        held = [e for e in train if e.group == group]
        p = _fit_predict([e for e in train if e.group != group], held, c, rule)
        for th in THRESHOLDS:
            r, w = flips(held, p, *th)
            lofo[th][0] += r
            lofo[th][1] += w
    p = _fit_predict(train, test, c, rule)
    lines = [f"{'thresholds':<14}{'LOFO right/wrong':>18}{'held forms':>12}{'check notes':>13}"]
    for th in THRESHOLDS:
        cells = []
        for notes in (False, True):
            idx = [i for i, e in enumerate(test) if (e.group == "mtsamples") == notes]
            r, w = flips([test[i] for i in idx], [p[i] for i in idx], *th)
            cells.append(f"{r}/{w}")
        lines.append(f"{th[0]:.2f}/{th[1]:.2f}     {lofo[th][0]:>8d}/{lofo[th][1]:<9d}{cells[0]:>12}{cells[1]:>13}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength of the logistic regression")
    args = ap.parse_args(argv)
    examples = collect()
    train = [e for e in examples if e.side == "train"]
    test = [e for e in examples if e.side == "test"]
    for side, rows in (("train", train), ("test", test)):
        print(f"{side}: {len(rows)} cases, {sum(e.history for e in rows)} history; the rules' status misses "
              f"{sum(e.history != e.rules_history for e in rows)}")
    for rule in (True, False):
        print(f"\nthe rules' decision {'among' if rule else 'left out of'} the features (flips right/wrong):")
        print("\n".join(table(train, test, args.c, rule)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
