"""Does de-identification hold when the same notes are written another way? Case and layout rewrites.

Why: another hospital's export writes the same notes in another case or layout: ALL CAPS or lower case
(some systems store one or the other), Windows line ends (CRLF), text hard-wrapped at 60 columns (also with Windows line
ends), tabs for spaces. A rule that leans on any of these fits the notes it was written on. Each part of
`deid_bench` (PhysioNet and planted MTSamples, tuning and check, and the synthetic sample) is scored as
written and under each rewrite, with the gold spans carried to their new offsets; the table gives recall,
NAME recall and precision per part and rewrite (`--json` adds recall per type). `--errors N` prints misses and false
positives of tuning parts only.

    python -m benchmarks.quality.deid_robustness [--only physionet,mtsamples-planted] [--limit N] [--json OUT]
        [--rewrites NAME ...] [--errors N] [--learned-model DIR]
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import re
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from benchmarks.quality.deid_bench import SHARED, _limit, physionet_parts, planted_parts, print_errors, run_ours
from cancerprep.stages.deid.engine import DeidConfig, Deidentifier
from cancerprep.stages.deid.evaluate import Note, Span, score

# A rewrite returns the new text and a function from old offsets to new ones.
Rewrite = Callable[[str], tuple[str, Callable[[int], int]]]


def _same(fn: Callable[[str], str]) -> Rewrite:
    return lambda t: (fn(t), lambda i: i)


def _crlf(text: str) -> tuple[str, Callable[[int], int]]:
    breaks = [m.start() for m in re.finditer("\n", text)]

    def move(i: int) -> int:
        return i + bisect.bisect_left(breaks, i)

    return text.replace("\n", "\r\n"), move


def _wrap60(text: str) -> str:
    """Hard-wrap long lines at the last space before column 60 (a space becomes a line break: offsets hold)."""
    out = list(text)
    col, last_space = 0, -1
    for i, ch in enumerate(text):
        if ch == "\n":
            col, last_space = 0, -1
            continue
        if ch == " ":
            last_space = i
        col += 1
        if col > 60 and last_space >= 0:
            out[last_space] = "\n"
            col, last_space = i - last_space, -1
    return "".join(out)


REWRITES: dict[str, Rewrite] = {
    "as_written": _same(lambda t: t),
    "upper": _same(str.upper),
    "lower": _same(str.lower),
    "crlf": _crlf,
    "wrapped_60": _same(_wrap60),
    "crlf_wrapped_60": lambda t: _crlf(_wrap60(t)),
    "tabs": _same(lambda t: t.replace("  ", "\t ")),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="physionet,mtsamples-planted", help="comma list: physionet, mtsamples-planted")
    ap.add_argument("--limit", type=int, default=0, help="first N notes of each part (0 = all)")
    ap.add_argument("--rewrites", nargs="*", default=list(REWRITES))
    ap.add_argument("--errors", type=int, default=0, help="print up to N misses of tuning parts per rewrite")
    ap.add_argument("--learned-model", default=None,
                    help="the learned voter: a model directory to score instead of the packaged one")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    sets = set(args.only.split(","))
    parts = []
    if "physionet" in sets:
        parts += physionet_parts(SHARED / "physionet-deid-dev")
    if "mtsamples-planted" in sets:
        parts += planted_parts(SHARED / "mtsamples-dev" / "mtsamples_dev.csv", 100, 13, [])
    config = DeidConfig()
    if args.learned_model:
        config.learned_model = args.learned_model
    deid = Deidentifier(config)
    rows = []
    for name, notes, gold, is_check in (_limit(p, args.limit) for p in parts):
        by_note = {}
        for g in gold:
            by_note.setdefault(g.note_id, []).append(g)
        for rw in args.rewrites:
            new_notes, new_gold = [], []
            for n in notes:
                text, move = REWRITES[rw](n.text)
                new_notes.append(Note(n.note_id, n.patient_id, text))
                new_gold += [Span(g.note_id, move(g.start), move(g.end), g.entity_type)
                             for g in by_note.get(n.note_id, [])]
            pred, _, failures = run_ours(deid, new_notes)
            s = score(pred, new_gold)
            rows.append({"part": name, "rewrite": rw, "recall": s["recall"],
                         "name_recall": s["recall_by_type"].get("NAME", {}).get("recall"),
                         "precision": s["precision"], "failures": failures,
                         "recall_by_type": {k: v["recall"] for k, v in s["recall_by_type"].items()}})
            if args.errors and not is_check and rw != "as_written":
                print_errors(f"{name} {rw}", new_notes, pred, new_gold, args.errors)
    print("| part | rewrite | recall | NAME recall | precision |")
    print("|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['part']} | {r['rewrite']} | {r['recall']} | {r['name_recall']} | {r['precision']} |")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
