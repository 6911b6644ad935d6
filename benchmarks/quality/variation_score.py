"""Scoring shared by the generated-variation probes (place_variation, id_variation, unit_variation,
initials_variation, layout_variation, signer_variation), and the one case draw their lines take.

Why one module: each probe invents lines of its own (a class of PHI in many slots, plus refusal lines that must stay
unmarked); what they share is how a line is read — inside a real MTSamples note, by the whole engine in one batch —
and how recall is tallied by the line's features. Keeping that here means the three probes score the same way.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from benchmarks.quality.forms_probe import MTSAMPLES, host_notes, insert_line
from cancerprep.sample import planted


def draw_case(rng: random.Random, upper: float = 0.2, lower: float = 0.3) -> Callable[[str], str]:
    """How a generated line is cased, from one draw of `rng`: capitals under `upper`, small letters under `lower`,
    else as written (`str`); the callable's `__name__` is the line's "case" feature."""
    r = rng.random()
    return str.upper if r < upper else str.lower if r < lower else str


def cased(rng: random.Random, s: str) -> str:
    """`s` cased by `draw_case` (drawn after `s` is made, so a caller's own draws for `s` come first)."""
    return draw_case(rng)(s)


def overlaps(items: Sequence[tuple[str, int, int]], seed: int, host_chars: int = 1200) -> list[list[Any] | None]:
    """For each (line, start, end) — a phrase's place in its line — the predicted spans that overlap it once the
    line is inserted into a random MTSamples note's first `host_chars` characters (host notes drawn in order from
    `random.Random(seed)`); None where
    the engine withheld the note (fails closed: the probes count that as found and as not wrongly marked)."""
    from cancerprep.stages.deid.engine import DeidConfig, Deidentifier

    rng = random.Random(seed)
    pool = host_notes(planted.load_sources(MTSAMPLES))
    texts, spans = [], []
    for line, a, b in items:
        text, at = insert_line(rng.choice(pool)[:host_chars], line, rng)
        texts.append(text)
        spans.append((a + at, b + at))
    predicted = Deidentifier(DeidConfig()).analyze_many(texts)
    return [[s for s in pred if s.start < b and a < s.end] if isinstance(pred, list) else None
            for (a, b), pred in zip(spans, predicted, strict=True)]


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
