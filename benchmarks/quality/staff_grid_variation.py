"""Staff grids with refusal columns (deidfix61; issue 13): a writer's initials in a staff column beside columns of
routes, frequencies, units, lab tests and clinical abbreviations, seen and held-out halves.

Why: a vocabulary judge that weighs capital groups a vocabulary refused (`initials_learned.VOCAB_JUDGE`) must take a
signer whose initials spell a route, unit or test ("MG", "SC", "PT" under "Given by") and leave the same letters
alone in the route, unit and test columns beside it. Left out of training, deidfix59's judge took 46 of 118 groups
of signer_variation's refusal lines: it learned refusal layouts, not a class of places. This probe measures that
on grids no judge was fitted on. Written from general knowledge of unit paperwork (MARs, lab and insulin
flowsheets, IV and transport logs) before its first run; nothing is copied from a benchmark form or note.

Each case is a grid: a header line and a row (bar, tab and space-aligned column layouts) or one row of labelled
field cells ("Route: PO  Given by: AB"). A COLUMN SET names the columns: refusal columns (route, frequency, dose
unit, lab test, flag, status, isolation, diagnosis, fluid, site, destination; lab tests as headers too), other
columns (times, drugs, numbers) and one or two staff columns ("Given by", "Checked by", "RN initials" ...): the first
holds the gold initials, a second another signer's. A share of the gold initials are drawn from census people whose
initials spell one of the refusal columns' own capital values (feature `collide`). Each (layout, column set) pair
falls in the SEEN or HELD half by a hash of the pair; misses are printed for the seen half only, and no judge may be
fitted on the held half. REFUSAL grids are the same pairs with the staff cells holding no person (blank, a tick, a
role word).

Scored per half: initials recall (any overlap of the gold cell; `collide` yes / no apart); false spans, every
predicted span on a grid that touches no staff cell, per 100 grids, on the initials grids and on the refusal grids;
and the refusal grids marked at all. Each grid is set into a real MTSamples note and read by the whole engine
(`variation_score.line_spans`).

    python -m benchmarks.quality.staff_grid_variation [--n 160] [--seed 61] [--refusals 80] [--errors N] [--json F]
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from typing import Any

from benchmarks.quality.variation_score import HALF_NAMES, clock, half_of, line_spans, recall_by_feature
from cancerprep.sample import planted

# -- cell values: each a drawer of one cell's text -------------------------------------------------------------------
_ROUTES = ("PO", "IV", "SC", "SQ", "SL", "IM", "PR", "NG", "IVP", "IVPB")
_FREQS = ("BID", "TID", "QID", "QD", "PRN", "QHS", "Q6H", "Q4H", "STAT", "QAM")
_UNITS = ("MG", "MCG", "ML", "UNITS", "MEQ", "G")
_TESTS = ("BUN", "ALT", "AST", "INR", "PTT", "CBC", "BMP", "TSH", "CK", "LFT", "ABG", "PT", "HGB", "K", "MG")
_FLAGS = ("H", "L", "WNL", "NL", "CRIT", "HH", "LL", "N")
_STATUS = ("NPO", "DNR", "NAD", "AMA", "PRN", "DNI", "FULL", "WNL", "OOB", "BRP")
_ISO = ("MRSA", "VRE", "CDI", "ESBL", "TB", "NONE", "CONTACT", "DROPLET")
_DX = ("CHF", "COPD", "DKA", "PNA", "UTI", "CVA", "MI", "GIB", "AKI", "SBO")
_FLUIDS = ("NS", "LR", "D5W", "D5NS", "1/2NS", "D10")
_SITES = ("RUE", "LUE", "RAC", "LAC", "PICC", "PIV", "R FA", "L HAND")
_DESTS = ("CT", "MRI", "IR", "OR", "ICU", "PACU", "US", "ECHO", "XR", "GI")
_MODES = ("W/C", "STRETCHER", "BED", "AMB")
_DRUGS = ("metoprolol", "heparin", "insulin lispro", "ondansetron", "cefazolin", "furosemide", "acetaminophen",
          "pantoprazole", "enoxaparin", "morphine")

# the refusal columns' own capital values of two or three letters: what a colliding signer's initials spell
COLLIDE = tuple(sorted({v for vals in (_ROUTES, _FREQS, _UNITS, _TESTS, _FLAGS, _STATUS, _ISO, _DX, _FLUIDS, _SITES,
                                       _DESTS) for v in vals if v.isalpha() and 2 <= len(v) <= 3}))

# a column: (header, kind, drawer); kinds: "refuse" (a refusal cell: nothing may be marked), "other" (times, drugs,
# numbers: nothing may be marked either), "staff" (a signer's cell)
Column = tuple[str, str, Callable[[random.Random], str]]


def _pick(values: tuple[str, ...]) -> Callable[[random.Random], str]:
    return lambda rng: rng.choice(values)


def _num(lo: int, hi: int, suffix: str = "") -> Callable[[random.Random], str]:
    return lambda rng: f"{rng.randint(lo, hi)}{suffix}"


_TIME: Column = ("Time", "other", clock)
# column sets: (name, columns without the staff ones, staff headers: the first holds the gold, a second another mark)
COLUMN_SETS: tuple[tuple[str, tuple[Column, ...], tuple[str, ...]], ...] = (
    ("mar", (_TIME, ("Medication", "other", _pick(_DRUGS)), ("Dose", "other", _num(1, 100)),
             ("Unit", "refuse", _pick(_UNITS)), ("Route", "refuse", _pick(_ROUTES)),
             ("Freq", "refuse", _pick(_FREQS))), ("Given by",)),
    ("mar_check", (_TIME, ("Med", "other", _pick(_DRUGS)), ("Route", "refuse", _pick(_ROUTES)),
                   ("Freq", "refuse", _pick(_FREQS))), ("Init", "Checked by")),
    ("lab_draw", (_TIME, ("Test", "refuse", _pick(_TESTS)), ("Result", "other", _num(1, 240)),
                  ("Flag", "refuse", _pick(_FLAGS))), ("Drawn by",)),
    ("lab_cols", (_TIME, ("BUN", "other", _num(5, 60)), ("Cr", "other", _num(1, 9)), ("ALT", "other", _num(8, 300)),
                  ("INR", "other", _num(1, 4))), ("RN initials",)),
    ("status", (_TIME, ("Status", "refuse", _pick(_STATUS)), ("Iso", "refuse", _pick(_ISO)),
                ("Dx", "refuse", _pick(_DX))), ("Initials",)),
    ("iv", (_TIME, ("Site", "refuse", _pick(_SITES)), ("Fluid", "refuse", _pick(_FLUIDS)),
            ("Rate", "other", _num(20, 150, " mL/hr")), ("Route", "refuse", _pick(_ROUTES))), ("Hung by", "Verified")),
    ("insulin", (_TIME, ("FSBG", "other", _num(60, 400)), ("Dose", "other", _num(1, 12)),
                 ("Unit", "refuse", _pick(_UNITS)), ("Route", "refuse", _pick(("SC", "SQ", "IV")))),
     ("Given", "Witness")),
    ("transport", (_TIME, ("Dest", "refuse", _pick(_DESTS)), ("Mode", "refuse", _pick(_MODES)),
                   ("Iso", "refuse", _pick(_ISO))), ("Escort RN",)),
)
LAYOUTS = ("bar", "tab", "column", "field")


PAIRS = {half: tuple((lay, cs) for lay in LAYOUTS for cs, _, _ in COLUMN_SETS if half_of(f"{lay}/{cs}") == half)
         for half in HALF_NAMES}


def _initials(rng: random.Random, collide: bool) -> str:
    """A census person's initials (two letters, three one time in five); with `collide`, a person whose initials
    spell one of `COLLIDE`."""
    while True:
        p = planted.make_person(rng)
        mid = (p.middle or "R")[0] if rng.random() < 0.2 else ""
        ini = (p.first[0] + mid + p.last[0]).upper()
        if not collide or ini in COLLIDE:
            return ini


# what a refusal grid's staff cell holds: no person
_NO_MARK = ("", "--", "\u2713", "RN", "done", "n/a", "pending")


def render(rng: random.Random, layout: str, column_set: str, gold: str | None
           ) -> tuple[str, tuple[int, int] | None, list[tuple[int, int]]]:
    """(grid text, the gold staff cell's span or None, every staff cell's span) of one grid: the gold initials in the
    first staff column (`gold` None: a refusal grid, no person in any staff cell, and no staff span), the staff
    columns at the end or, one time in three, before the last other column."""
    _, columns, staff = next(c for c in COLUMN_SETS if c[0] == column_set)
    cells: list[tuple[str, str, str]] = [(h, kind, draw(rng)) for h, kind, draw in columns]
    marks = [(h, "gold" if k == 0 and gold is not None else "staff",
              (gold if gold is not None else rng.choice(_NO_MARK)) if k == 0
              else (_initials(rng, False) if gold is not None else rng.choice(_NO_MARK)))
             for k, h in enumerate(staff)]
    at = len(cells) if rng.random() < 2 / 3 else len(cells) - 1
    cells[at:at] = marks
    case = rng.random()
    if layout == "field":
        sep = rng.choice(("  ", "; ", ", ", " | "))
        parts = [f"{h}: {v}" for h, _, v in cells]
        header, row_cells = "", parts
        offsets = [len(f"{h}: ") for h, _, _ in cells]
    else:
        sep = {"bar": rng.choice((" | ", "|")), "tab": "\t", "column": "  "}[layout]
        if layout == "column":
            widths = [max(len(h), len(v)) for h, _, v in cells]
            heads = [h.ljust(w) for (h, _, _), w in zip(cells, widths, strict=True)]
            row_cells = [v.ljust(w) for (_, _, v), w in zip(cells, widths, strict=True)]
            row_cells[-1] = row_cells[-1].rstrip()
            header = sep.join(heads).rstrip() + "\n"
        else:
            header = sep.join(h for h, _, _ in cells) + "\n"
            row_cells = [v for _, _, v in cells]
        offsets = [0] * len(cells)
    text, spans = header, []
    for k, (cell, (_, kind, value), off) in enumerate(zip(row_cells, cells, offsets, strict=True)):
        if k:
            text += sep
        spans.append((kind, len(text) + off, len(text) + off + len(value)))
        text += cell
    gold_span = next(((a, b) for kind, a, b in spans if kind == "gold"), None)
    # (a refusal grid's staff cells hold no person: a span there is as false as any)
    staff_spans = [(a, b) for kind, a, b in spans if kind in ("gold", "staff") and b > a] if gold is not None else []
    # the whole grid cased by one draw (capitals a quarter of the time, small letters one in five)
    text = text.upper() if case < 0.25 else text.lower() if case < 0.45 else text
    return text, gold_span, staff_spans


Grid = tuple[dict[str, str], str, tuple[int, int] | None, list[tuple[int, int]]]


def cases(n: int, seed: int, refusals: int = 0) -> list[Grid]:
    """(features, grid, gold span or None, staff cell spans): `n` initials grids per half, cycling through the half's
    pairs, a share `collide` of them with colliding initials; then `refusals` refusal grids per half."""
    rng = random.Random(seed)
    out: list[Grid] = []
    for kind, count in (("initials", n), ("refusal", refusals)):
        for half in HALF_NAMES:
            pairs = PAIRS[half]
            for i in range(count):
                layout, column_set = pairs[i % len(pairs)]
                collide = kind == "initials" and rng.random() < 0.4
                gold = _initials(rng, collide) if kind == "initials" else None
                text, span, staff = render(rng, layout, column_set, gold)
                feats = {"kind": kind, "half": half, "layout": layout, "column_set": column_set,
                         "collide": "yes" if collide else "no", "half_collide": f"{half}/{'yes' if collide else 'no'}"}
                out.append((feats, text, span, staff))
    return out


def score(grids: list[Grid], spans: list[list[tuple[int, int]] | None]) -> dict[str, Any]:
    """Initials recall by feature (a withheld note counts as found), and per half and kind the false spans (spans
    touching no staff cell; a withheld note has none) and the grids with any."""
    hits, feats = [], []
    false: dict[str, list[int]] = {}
    for (f, _, gold, staff), read in zip(grids, spans, strict=True):
        got = read or []
        if f["kind"] == "initials":
            a, b = gold or (0, 0)
            feats.append(f)
            hits.append(read is None or any(s < b and a < e for s, e in got))
        wrong = [s for s in got if not any(s[0] < b and a < s[1] for a, b in staff)]
        tally = false.setdefault(f"{f['kind']}/{f['half']}", [0, 0, 0])
        tally[0] += len(wrong)
        tally[1] += bool(wrong)
        tally[2] += 1
    recall = recall_by_feature(feats, hits) if feats else {}
    return {"recall": recall,
            "false_spans": {k: {"spans": s, "grids_marked": m, "grids": g, "per_100": round(100 * s / g, 2)}
                            for k, (s, m, g) in sorted(false.items())}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=160, help="initials grids per half")
    ap.add_argument("--refusals", type=int, default=80, help="refusal grids per half")
    ap.add_argument("--seed", type=int, default=61)
    ap.add_argument("--errors", type=int, default=0, help="print up to N SEEN-half misses (held-out never)")
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    grids = cases(args.n, args.seed, args.refusals)
    spans = line_spans([text for _, text, _, _ in grids], args.seed)
    result = {"n": args.n, "refusals": args.refusals, "seed": args.seed, **score(grids, spans)}
    for key in ("half", "half_collide", "layout", "column_set"):
        for value, r in result["recall"].get(key, {}).items():
            print(f"recall {key:12s} {value:16s} {r:.4f}")
    for key, t in result["false_spans"].items():
        print(f"false spans {key:16s} {t['spans']:4d} in {t['grids_marked']:3d} of {t['grids']} grids "
              f"({t['per_100']} per 100)")
    shown = 0
    for (f, text, gold, _), got in zip(grids, spans, strict=True):
        if shown < args.errors and f["kind"] == "initials" and f["half"] == "seen" and got is not None and gold \
                and not any(s < gold[1] and gold[0] < e for s, e in got):
            print("MISS", f["layout"], f["column_set"], repr(text))
            shown += 1
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(result, fh, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
