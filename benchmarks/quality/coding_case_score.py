"""Scoring and running of the coder's one-sentence generators (`coding_scope_variation`, `coding_lean_variation`):
each case is a sentence with a gold type and ICD-10-CM category, in a seen or held half. Why: both generators scored
and printed their cases alike, each in its own copy."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.quality.variation_score import HALF_NAMES

Row = dict[str, Any]


def share_right(rows: Sequence[Row], keys: Callable[[Row], Sequence[str]]) -> dict[str, dict[str, float | int]]:
    """Each key's case count and share right (type and category), the keys a row counts under given by `keys`."""
    n: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for r in rows:
        for key in keys(r):
            n[key] += 1
            right[key] += r["right"]
    return {k: {"n": n[k], "right": round(right[k] / n[k], 4)} for k in sorted(n)}


def run(argv: list[str] | None, doc: str, cases: Callable[[int, int], list[Row]], score: Callable[[list[Row]], dict],
        seed: int) -> None:
    """The generator's command: draw the cases, code each sentence, print the shares (and `--errors` misses of the
    seen half only: the held half's are never printed), write `--json`."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--n", type=int, default=600, help="cases drawn")
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print N misses of the seen half")
    ap.add_argument("--json", type=Path, help="write the figures as JSON")
    args = ap.parse_args(argv)
    from cancerprep.stages.coding.coder import Coder

    coder = Coder()
    coder.setup()
    rows = cases(args.n, args.seed)
    for r in rows:
        got = coder.code_note({"patient_id": "p", "text": r["text"]})
        r["got"] = (got.cancer_type, got.icd10[0][:3] if got.icd10 else "")
        r["right"] = int(r["got"] == (r["type"], r["category"]))
    figures = score(rows)
    for k, v in figures.items():
        print(f"{k:28} n={v['n']:4}  right {v['right']:.3f}")
    shown = 0
    for r in rows:
        if shown < args.errors and r["half"] == HALF_NAMES[0] and not r["right"]:
            print(f"  miss: {r['text']!r} -> {r['got']} (gold {r['type']}, {r['category'] or '-'})")
            shown += 1
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1, sort_keys=True))
