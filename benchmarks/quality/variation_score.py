"""Scoring shared by the generated-variation probes (place_variation, id_variation, unit_variation,
initials_variation, layout_variation, signer_variation, staff_variation), the one case draw their lines take, and the
halved probes' (layout, signer, staff) case draw, refusal draw and run.

Why one module: each probe invents lines of its own (a class of PHI in many slots, plus refusal lines that must stay
unmarked); what they share is how a line is read — inside a real MTSamples note, by the whole engine in one batch —
and how recall is tallied by the line's features. Keeping that here means the probes score the same way, and the
halved probes draw and report their lines the same way.
"""

from __future__ import annotations

import argparse
import json
import random
import zlib
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from benchmarks.quality.forms_probe import MTSAMPLES, host_notes, insert_line
from cancerprep.sample import planted


def draw_case(rng: random.Random, upper: float = 0.2, lower: float = 0.3) -> Callable[[str], str]:
    """How a generated line is cased, from one draw of `rng`: capitals under `upper`, small letters under `lower`,
    else as written (`str`); the callable's `__name__` is the line's "case" feature."""
    r = rng.random()
    return str.upper if r < upper else str.lower if r < lower else str


def cased(rng: random.Random, s: str, upper: float = 0.2, lower: float = 0.3) -> str:
    """`s` cased by `draw_case` (drawn after `s` is made, so a caller's own draws for `s` come first)."""
    return draw_case(rng, upper, lower)(s)


def _read(lines: Sequence[str], seed: int, host_chars: int) -> list[tuple[int, Any]]:
    """(where the line starts, the engine's spans or its withheld marker) for each line, inserted into a random
    MTSamples note's first `host_chars` characters (host notes drawn in order from `random.Random(seed)`)."""
    from cancerprep.stages.deid.engine import DeidConfig, Deidentifier

    rng = random.Random(seed)
    pool = host_notes(planted.load_sources(MTSAMPLES))
    texts, starts = [], []
    for line in lines:
        text, at = insert_line(rng.choice(pool)[:host_chars], line, rng)
        texts.append(text)
        starts.append(at)
    return list(zip(starts, Deidentifier(DeidConfig()).analyze_many(texts), strict=True))


def overlaps(items: Sequence[tuple[str, int, int]], seed: int, host_chars: int = 1200) -> list[list[Any] | None]:
    """For each (line, start, end) — a phrase's place in its line — the predicted spans that overlap it once the
    line is inserted into a random MTSamples note's first `host_chars` characters (host notes drawn in order from
    `random.Random(seed)`); None where
    the engine withheld the note (fails closed: the probes count that as found and as not wrongly marked)."""
    read = _read([line for line, _, _ in items], seed, host_chars)
    return [[s for s in pred if s.start < b + at and a + at < s.end] if isinstance(pred, list) else None
            for (_, a, b), (at, pred) in zip(items, read, strict=True)]


def line_spans(lines: Sequence[str], seed: int, host_chars: int = 1200) -> list[list[tuple[int, int]] | None]:
    """For each line, the predicted spans on it in the line's own offsets (clipped to the line), read as `overlaps`
    reads its lines (the same host notes for the same seed); None where the engine withheld the note. For probes that
    score several places of one line (a staff cell found, the other cells left alone)."""
    out: list[list[tuple[int, int]] | None] = []
    for line, (at, pred) in zip(lines, _read(lines, seed, host_chars), strict=True):
        out.append([(max(s.start - at, 0), min(s.end - at, len(line))) for s in pred
                    if s.start < at + len(line) and at < s.end] if isinstance(pred, list) else None)
    return out


def recall_by_feature(features: Sequence[dict[str, Any]], hits: Sequence[bool]) -> dict[str, dict[str, float]]:
    """Recall per value of every feature of the lines (rounded to 4 places), plus the whole under "all"."""
    tally: dict[str, dict[Any, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for feats, hit in zip(features, hits, strict=True):
        for key, value in {**feats, "all": "all"}.items():
            tally[key][value][0] += hit
            tally[key][value][1] += 1
    return {k: {v: round(h / t, 4) for v, (h, t) in sorted(d.items())} for k, d in tally.items()}


def found_and_marked(got: Sequence[list[Any] | None], found: int) -> tuple[list[bool], list[bool]]:
    """`overlaps`' result split at `found`: whether each of the first `found` items was found (a withheld note
    counts as found) and whether each later (refusal) item was marked (a withheld note counts as not marked)."""
    return [spans is None or bool(spans) for spans in got[:found]], [bool(spans) for spans in got[found:]]


def print_weak(recall: dict[str, dict[Any, float]], keys: Sequence[str], *, below: float = 1.0, width: int = 30,
               most: int = 30) -> None:
    """One line per feature in `keys`: its values recalled under `below`, weakest first (at most `most`, each
    value cut to `width` characters)."""
    for key in keys:
        weak = sorted((r, v) for v, r in recall.get(key, {}).items() if r < below)
        print(f"  {key}: " + "; ".join(f"{v!s:.{width}} {r}" for r, v in weak[:most]))


def print_recall(recall: dict[str, dict[Any, float]], keys: Sequence[str]) -> None:
    """One line per value of each feature in `keys` with its recall (the halved probes' table)."""
    for key in keys:
        for value, r in recall[key].items():
            print(f"{value:24s} {r:.4f}")


def print_seen_misses(cases: Sequence[tuple[dict[str, Any], str, Any]], hits: Sequence[bool], errors: int) -> None:
    """Up to `errors` missed lines of the SEEN half, with their class and layout: the held-out half's misses are
    never printed, so a fix made from the seen half is scored on lines no one read."""
    misses = [(f, t) for (f, t, _), hit in zip(cases, hits, strict=True) if not hit and f["half"] == "seen"]
    for feats, text in misses[:errors]:
        print("MISS", feats["class"], feats["layout"], repr(text))


def print_marked(what: str, cases: Sequence[tuple], marked: Sequence[bool]) -> None:
    """Print each case's line (the first field: a probe's own refusal or clinical frame, safe to print) where it
    was marked."""
    for (line, *_), hit in zip(cases, marked, strict=True):
        if hit:
            print(f"{what} {line!r}")


# -- the halved probes (layout_variation, signer_variation, staff_variation) -----------------------------------------
# Each writes lines of a few classes in LAYOUTS split into two disjoint halves: SEEN (misses may be printed) and HELD
# (misses never printed, so its score says whether a fix made from the seen half generalises).
HALF_NAMES = ("seen", "held")
Case = tuple[dict[str, str], str, tuple[int, int]]


def half_of(item: str) -> str:
    """The half an item (a layout, head, label, word or key) belongs to: the parity of the crc32 of its lower-case
    text, a split no rule can aim at (precision_variation, unit_form_variation, staff_grid_variation)."""
    return HALF_NAMES[zlib.crc32(item.lower().encode()) % 2]


def split_halves(names: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """`names` (layouts, in their table's order) dealt into the halves: even places SEEN, odd places HELD."""
    return {half: tuple(names[k::2]) for k, half in enumerate(HALF_NAMES)}


def clock(rng: random.Random) -> str:
    """A charted time, on the quarter hour mostly, as "HHMM" or (one in five) "HH:MM"."""
    h, m = rng.randrange(24), rng.choice((0, 15, 30, 45, rng.randrange(60)))
    return f"{h:02d}{m:02d}" if rng.random() < 0.8 else f"{h:02d}:{m:02d}"


def fill_slots(tmpl: str, slots: Mapping[str, Callable[[], str]]) -> str:
    """`tmpl` with every occurrence of each slot replaced by a fresh draw, slot by slot in `slots`' order (so the
    draws, and the lines a seed gives, depend on that order)."""
    for slot, draw in slots.items():
        while slot in tmpl:
            tmpl = tmpl.replace(slot, draw(), 1)
    return tmpl


def halved_cases(n: int, seed: int, classes: Sequence[str], halves: Mapping[str, Sequence[str]],
                 line: Callable[[random.Random, str, str, str], tuple[str, tuple[int, int]]],
                 class_of: Mapping[str, str] | None = None) -> list[Case]:
    """(features, line, gold span) for `n` lines per class and half, from one `random.Random(seed)`; features:
    class, half, layout, class/half. Each class cycles through its half's layouts: those `class_of` gives it, or all
    of them where `class_of` is None. `line(rng, class, layout, half)` renders one line and its gold span."""
    rng = random.Random(seed)
    out = []
    for cls in classes:
        for half in HALF_NAMES:
            names = [name for name in halves[half] if class_of is None or class_of[name] == cls]
            for i in range(n):
                layout = names[i % len(names)]
                text, gold = line(rng, cls, layout, half)
                out.append(({"class": cls, "half": half, "layout": layout, "class_half": f"{cls}/{half}"}, text, gold))
    return out


def refusal_lines(n: int, seed: int, shapes: Sequence[tuple[str, str]],
                  render: Callable[[random.Random, str], str]) -> list[tuple[str, str]]:
    """(name, line) for `n` lines of each refusal shape (name, template), rendered by `render` from one
    `random.Random(seed + 1)` (apart from the cases' draws, so the one seed gives both)."""
    rng = random.Random(seed + 1)
    return [(name, render(rng, tmpl)) for name, tmpl in shapes for _ in range(n)]


def score_halved(cases: Sequence[Case], refused: Sequence[tuple[str, str]] | None, *, n: int, seed: int,
                 errors: int = 0, json_path: str | None = None,
                 keys: Sequence[str] = ("half", "class_half", "layout")) -> dict[str, Any]:
    """Read the cases and refusal lines (`overlaps`, one batch), print recall per value of `keys`, the refusal lines
    marked per shape (where `refused` is not None) and up to `errors` SEEN-half misses; write the result to
    `json_path` if given, and return it."""
    refused_lines = refused or ()
    items = [(text, a, b) for _, text, (a, b) in cases] + [(text, 0, len(text)) for _, text in refused_lines]
    hits, wrongly = found_and_marked(overlaps(items, seed), len(cases))
    recall = recall_by_feature([feats for feats, _, _ in cases], hits)
    result: dict[str, Any] = {"n": n, "seed": seed, "recall": recall}
    print_recall(recall, keys)
    if refused is not None:
        marked: dict[str, int] = {}
        for (name, _), hit in zip(refused, wrongly, strict=True):
            marked[name] = marked.get(name, 0) + int(hit)
        print(f"refusal lines marked: {sum(marked.values())} of {len(refused)}  {marked}")
        result["refusals_marked"] = marked
    print_seen_misses(cases, hits, errors)
    if json_path:
        with open(json_path, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1)
    return result


def halved_main(argv: list[str] | None, doc: str, cases: Callable[[int, int, tuple[str, ...]], list[Case]], *,
                n: int, seed: int, classes: Sequence[str],
                refusals: tuple[Callable[[int, int], list[tuple[str, str]]], int] | None = None,
                keys: Sequence[str] = ("half", "class_half", "layout")) -> int:
    """A halved probe's command line: --n, --seed, --classes, --refusals (where `refusals` gives the draw and its
    default count), --errors, --json; then its cases (and refusal lines) drawn and scored by `score_halved`."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--n", type=int, default=n, help="lines per class and half")
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--classes", nargs="*", default=list(classes))
    if refusals is not None:
        ap.add_argument("--refusals", type=int, default=refusals[1], help="lines per refusal shape")
    ap.add_argument("--errors", type=int, default=0, help="print up to N SEEN-half misses (held-out never)")
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    all_cases = cases(args.n, args.seed, tuple(args.classes))
    refused = refusals[0](args.refusals, args.seed) if refusals is not None else None
    score_halved(all_cases, refused, n=args.n, seed=args.seed, errors=args.errors, json_path=args.json, keys=keys)
    return 0
