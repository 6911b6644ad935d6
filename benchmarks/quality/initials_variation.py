"""Initials by structural slot: recall per slot, layout, separator and label, seen vs held out (issue 13).

Why: rules for the positions the tuning forms used raised tuning INITIALS to 0.91-0.97 while the check parts stayed
at 0.33-0.58. This generator writes initials from random letters (some accented, some dotted, some slash pairs) into
the structural slots notes keep for a writer's mark (a table cell among dates and doses, a line's or clause's end
after a time, date, number or dash, a short labelled field, beside a role or credential), each slot with SEEN and
HELD-OUT labels, layouts and separators: the held-out ones were written after the rules and never tuned on, so the
gap between the two says whether a rule is a class or a list. It also writes refusal lines, clinical abbreviations,
units, drug initialisms, state codes, sig shorthand, section headers and lab codes in the same slots, and counts the
spans put on them.

Nothing here is copied from a benchmark form or note; the frames, labels and abbreviations are this script's own.

    python -m benchmarks.quality.initials_variation [--n 1200] [--seed 11] [--errors 40] [--json F]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from benchmarks.quality.variation_score import overlaps, recall_by_feature

_PLAIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "ÁÉÍÓÚÅÄÖØÜÇÑŞŁĐŽČ"

# other cells of a row: dates, times, numbers, doses
_DATES = ("3/14/2021", "11/2/22", "2020-07-19", "06/30", "12.01.2023")
_TIMES = ("0800", "1430", "21:15", "0215", "1900")
_DOSES = ("25 mg", "1 tab", "500 mL", "2 units", "0.5 mg/kg", "40 mEq", "#30", "x2", "10 mL/hr", "3")
_TEXT_CELLS = ("metoprolol", "heparin flush", "site check", "pump verified", "given", "refill")

# (slot, layout) -> (variant, template); "{I}" is the initials, "{D}"/"{T}"/"{N}" other cells
_SEEN = {
    "cell": [("bar_last", "{X} | {D} | {N} | {I}"), ("tab_last", "{D}\t{T}\t{N}\t{I}"),
             ("bar_mid", "{X} | {I} | {T}")],
    "line_end": [("time_end", "{V} at {T} {I}"), ("date_end", "{V} {D} {I}"), ("dose_end", "{V} {N} {I}")],
    "field": [("colon", "{L}: {I}")],
    "role": [("role_first", "{R} {I}"), ("role_after_comma", "{I}, {R}")],
}
_HELD_OUT = {
    "cell": [("gap_last", "{D}    {T}    {N}    {I}"), ("bar_first", "{I} | {T} | {N}"),
             ("tab_mid", "{X}\t{I}\t{D}"), ("bar_pair", "{D} | {N} | {I}/{J}")],
    "line_end": [("dash_end", "{V} - {I}"), ("clause_end", "{V} {T} {I}; {V2}"), ("dot_end", "{V} {N} {I}."),
                 ("number_sign_end", "{V} #{K} {I}")],
    "field": [("equals", "{L} = {I}"), ("second_field", "{V2}  {L}: {I}"), ("semicolon_field", "{V2}; {L}: {I}")],
    "role": [("role_colon", "{R}: {I}"), ("role_paren", "{I} ({R})"), ("role_dash", "{R} - {I}")],
}
_VERBS = ("Dressing changed", "Line flushed", "Pt turned", "Vitals taken", "Dose given", "Pump checked",
          "Bag hung", "Site assessed", "Order entered", "Call returned")
_VERBS2 = ("pt resting", "no distress", "family at bedside", "will recheck")
# labels of a field a person fills: seen vs held out (every label this script's own)
_LABELS_SEEN = ("Reviewer", "Caller", "Entered", "Author", "Updated", "Owner")
_LABELS_HELD = ("Transcriber", "Courier", "Preparer", "Auditor", "Observer", "Initiated", "Handled", "Last edit")
_ROLES_SEEN = ("RN", "MD", "tech", "CRNA")
_ROLES_HELD = ("LPN", "RPh", "PA-C", "NP", "CNA", "pharmacist", "scribe", "CST")

# refusal: what also fills those slots and must stay (this script's own list of common clinical shorthand)
REFUSALS = ("PO", "IV", "SQ", "PRN", "BID", "TID", "QHS", "NPO", "DNR", "CBC", "BMP", "CMP", "INR", "PTT", "ABG",
            "EKG", "CXR", "CT", "MRI", "ECHO", "LUQ", "RLQ", "ICU", "ED", "OR", "PACU", "SNF", "NS", "LR", "D5W",
            "mg", "mL", "mEq", "ASA", "APAP", "HCTZ", "MTX", "KCl", "TX", "CA", "NY", "FL", "MA", "HPI", "ROS",
            "PMH", "WBC", "HGB", "PLT", "BUN", "ALT", "AST", "TSH", "PSA", "CEA", "SR", "AF", "RA", "WNL", "NAD",
            "OK", "HH", "LL", "MAE", "PERRL", "OOB", "BM", "UOP", "CDI", "JP", "PICC", "NG", "GI", "PT", "OT",
            "SLP", "DVT", "PE", "MI", "CHF", "COPD", "HTN", "DM", "CKD", "UTI", "CAD", "ER", "XL", "SR", "ODT")
_REFUSAL_FRAMES = ("{X} | {D} | {N} | {R}", "{D}\t{T}\t{R}", "{V} at {T} {R}", "{V} {N} {R}", "{V} - {R}",
                   "Route: {R}", "Rhythm: {R}", "Dx: {R}", "Site = {R}", "State: {R}", "Results {D} {R}")


def _initials(rng: random.Random) -> tuple[str, str]:
    """Random initials (from random letters) and their shape."""
    n = 2 if rng.random() < 0.6 else 3
    accented = rng.random() < 0.15
    letters = [rng.choice(_ACCENTED if accented and k == 0 else _PLAIN) for k in range(n)]
    if rng.random() < 0.12:
        return ".".join(letters) + ".", "dotted"
    return "".join(letters), "accented" if accented else f"plain{n}"


def lines(n: int, seed: int) -> tuple[list[tuple[str, tuple[int, int], dict[str, str]]], list[tuple[str, str]]]:
    """`n` lines with initials (line, gold span of the first initials, features) and the refusal lines."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        held = rng.random() < 0.5
        slot = rng.choice(sorted(_SEEN))
        variant, template = rng.choice((_HELD_OUT if held else _SEEN)[slot])
        label = rng.choice(_LABELS_HELD if held else _LABELS_SEEN)
        role = rng.choice(_ROLES_HELD if held else _ROLES_SEEN)
        ini, shape = _initials(rng)
        fill = {"D": rng.choice(_DATES), "T": rng.choice(_TIMES), "N": rng.choice(_DOSES),
                "X": rng.choice(_TEXT_CELLS), "V": rng.choice(_VERBS), "V2": rng.choice(_VERBS2),
                "L": label, "R": role, "K": str(rng.randint(2, 90)), "J": _initials(rng)[0]}
        pre, post = template.split("{I}")
        pre, post = pre.format(**fill), post.format(**fill)
        out.append((pre + ini + post, (len(pre), len(pre) + len(ini)),
                    {"held_out": str(held), "slot": slot, "layout": variant, "shape": shape,
                     "label": label if slot == "field" else "-", "role": role if slot == "role" else "-"}))
    refusals = []
    for k, abbreviation in enumerate(REFUSALS):
        for j, frame in enumerate(_REFUSAL_FRAMES):
            if (k + j) % 3:
                continue  # a third of the grid: every abbreviation in several slots, every slot many times
            fill = {"D": _DATES[k % 5], "T": _TIMES[j % 5], "N": _DOSES[(k + j) % 10], "X": _TEXT_CELLS[k % 6],
                    "V": _VERBS[(k + j) % 10], "R": abbreviation}
            refusals.append((frame.format(**fill), abbreviation))
    return out, refusals


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1200)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--errors", type=int, default=0, help="print up to N missed seen-slot initials")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)

    found, refusals = lines(args.n, args.seed)
    got = overlaps([(line, a, b) for line, (a, b), _ in found]
                   + [(line, line.rindex(phrase), line.rindex(phrase) + len(phrase)) for line, phrase in refusals],
                   args.seed, host_chars=800)
    hits = [spans is None or bool(spans) for spans in got[:len(found)]]
    marked = [bool(spans) for spans in got[len(found):]]
    # (held-out misses are scored only, never printed: they stay held out)
    misses = [line for (line, _, feats), hit in zip(found, hits, strict=True)
              if not hit and feats["held_out"] == "False"]
    features = [{**feats, f"slot_{feats['held_out']}": feats["slot"]} for _, _, feats in found]
    result = {"recall": recall_by_feature(features, hits), "refusals_marked": f"{sum(marked)}/{len(refusals)}"}
    print(f"initials variation: recall {result['recall']['all']['all']} over {args.n} lines; "
          f"seen {result['recall']['held_out'].get('False')} held-out {result['recall']['held_out'].get('True')}; "
          f"refusal lines marked {result['refusals_marked']}")
    for key in ("slot_False", "slot_True", "layout", "shape", "label", "role"):
        print(f"  {key}: " + "; ".join(f"{v} {r}" for v, r in sorted(result["recall"][key].items())))
    for line in misses[:args.errors]:
        print(f"MISS {line!r}")
    if args.errors:  # refusal lines are this script's own wording: safe to print
        for (line, _), hit in zip(refusals, marked, strict=True):
            if hit:
                print(f"REFUSAL MARKED {line!r}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
