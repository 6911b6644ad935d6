"""The learned tie-breaker against the rules alone, on every coding form family and `coding_eval`, by part.

Why: issue 17 keeps the tie-breaker only if it helps where the rules disagree, measured on parts it never learned
from. Each note is read once (its mentions), then decided twice: by the rules alone and with the tie-breaker
(`--model FILE`, default the committed weights), exactly as `coding_forms_probe` (default options, no code table,
`--hosts` host notes) and `coding_eval` code them. Printed per family and part: type / ICD-10-CM category accuracy
both ways, how many notes the model was asked about and how many it changed; for `coding_eval`, its macro-F1 and
ICD category accuracy. Scores only: no note, form or miss is ever printed, so the check parts may be run.

    python -m benchmarks.quality.coding_tiebreak_eval [--model FILE] [--sets eval,first,...] [--hosts 3]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from benchmarks.quality.coding_eval import load_all
from benchmarks.quality.coding_eval import score as eval_score
from benchmarks.quality.coding_forms_probe import FAMILIES, _icd_ok, cases
from cancerprep.stages.coding.decide import NoteCoding, decide, note_sex
from cancerprep.stages.coding.tiebreak import TieBreaker, history_in_doubt, near_tie

SETS = ("eval", *FAMILIES)


class _Counting:
    """Wraps a tie-breaker: counts the notes it is asked about (in its own zones)."""

    def __init__(self, inner: TieBreaker):
        self.inner = inner
        self.asked = False

    def rerank(self, mentions: Any, ranked: list[str], text_len: int, defaults: dict[str, str]) -> list[str]:
        self.asked = self.asked or bool(near_tie(mentions))
        return self.inner.rerank(mentions, ranked, text_len, defaults)

    def history(self, type_id: str, mentions: Any, ranked: Any, text_len: int, defaults: dict[str, str]) -> bool | None:
        self.asked = self.asked or history_in_doubt(mentions, type_id)
        return self.inner.history(type_id, mentions, ranked, text_len, defaults)


def both(coder: Any, models: list[TieBreaker], text: str) -> list[tuple[NoteCoding, bool]]:
    """The rules' coding (asked: False), then each model's and whether it was asked."""
    mentions = coder.text.mentions(text)
    sex = note_sex(text) if mentions else None
    out = [(decide(mentions, [], coder.taxonomy, sex, None, len(text)), False)]
    for model in models:
        counting = _Counting(model)
        out.append((decide(mentions, [], coder.taxonomy, sex, counting, len(text)), counting.asked))  # type: ignore[arg-type]
    return out


def _same(a: NoteCoding, b: NoteCoding) -> bool:
    return a.cancer_type == b.cancer_type and a.icd10[:1] == b.icd10[:1]


def run_set(coder: Any, models: list[TieBreaker], name: str, part: str, hosts: int) -> list[dict[str, Any]]:
    """Scores of one family's (or `coding_eval`'s) part: the rules alone, then with each model (with how many notes
    it was asked about and how many it changed)."""
    if name == "eval":
        rows = [r for r in load_all().iter_rows(named=True) if r["part"] == part]
        got = [both(coder, models, r["text"] or "") for r in rows]
    else:
        all_cases = cases(hosts, name, part)
        got = [both(coder, models, c.text) for c in all_cases]
    out = []
    for k in range(len(models) + 1):
        preds = [g[k][0] for g in got]
        if name == "eval":
            s = eval_score(rows, preds, coder.taxonomy.ids)
            figures = (s["macro_f1_present_types"], s["icd_category_accuracy"])
        else:
            oks = [(p.cancer_type == c.form.cancer_type, _icd_ok(c.form, p)) for c, p in zip(all_cases, preds,
                                                                                           strict=True)]
            figures = (sum(t for t, _ in oks) / len(oks), sum(i for _, i in oks) / len(oks))
        out.append({"n": len(got), "figures": figures, "asked": sum(g[k][1] for g in got),
                    "changed": sum(not _same(g[0][0], g[k][0]) for g in got)})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, action="append",
                    help="a model file of train_coding_tiebreak --out (repeatable; default: the committed weights)")
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated: eval and/or form families")
    ap.add_argument("--hosts", type=int, default=3)
    args = ap.parse_args(argv)
    from cancerprep.stages.coding.coder import Coder

    coder = Coder()
    coder.setup()
    paths = args.model or [None]
    models = [TieBreaker.load(p) for p in paths]
    for k, p in enumerate(paths, 1):
        print(f"model {k}: {p or 'committed weights'}")
    print("set          part     notes   rules type/ICD" + "".join(f"   model {k} type/ICD (asked, changed)"
                                                            for k in range(1, len(models) + 1))
          + "   (eval: macro-F1/ICD)")
    for name in args.sets.split(","):
        if name not in SETS:
            ap.error(f"unknown set {name}")
        for part in ("tuning", "check"):
            res = run_set(coder, models, name, part, args.hosts)
            cols = [f"{r['figures'][0]:.3f} / {r['figures'][1]:.3f}" for r in res]
            extra = "".join(f"   {c}  ({r['asked']}, {r['changed']})" for c, r in zip(cols[1:], res[1:],
                                                                                      strict=True))
            print(f"{name:<12} {part:<7} {res[0]['n']:>6}   {cols[0]}{extra}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
