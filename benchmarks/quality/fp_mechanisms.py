"""False positives counted by mechanism: recogniser, the rule inside it, and entity type, as COUNTS only.

Why (issue 13): PhysioNet check precision sits seven points under tuning, and `deid_bench --fp-breakdown` says which
recogniser holds the check part's false positives but not which of its rules: ClinicalLocationRecognizer alone runs a
dozen (hospital initialisms, saints, cities, "the word after to/from/at" in four forms). A rule that over-fires on
unseen notes shows as a count that grows from tuning to check while the others stay. The rule is read from the
recognizer's own result (`recognition_metadata["rule"]`, the best-scoring result of the span's recogniser inside it),
so the figure needs no text: nothing of a note, span or context is written, for any part (`by_shape` adds the
note's case and the span's length in words to each rule: still counts); `--examples N` prints
false positives with context of the TUNING parts and the generator's SEEN half only (`readable`), never of a check
part or the held half.

Sets (`--sets`): `physionet` (tuning/check: a span over no gold span), `planted` (MTSamples with planted PHI,
tuning/check), `damage` (MTSamples halves of `damage_bench`: a span that is no `likely_phi`), `variation`
(`precision_variation`'s PhysioNet and MTSamples hosts varied from the seen and the held half), `place` (the same,
`--kind place`: place-like clinical phrases).

    python -m benchmarks.quality.fp_mechanisms [--sets physionet,planted,damage,variation,place] [--limit N]
        [--examples N] [--json F]
"""

from __future__ import annotations

import argparse
import random
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from benchmarks.quality import damage_bench, deid_bench
from benchmarks.quality import precision_variation as pv
from benchmarks.report import emit
from cancerprep.stages.deid.engine import Deidentifier, NoteFailure, PhiSpan
from cancerprep.stages.deid.recognizers.tokens import as_read, case_mode

SETS = ("physionet", "planted", "damage", "variation", "place")
# (note text, the false-positive test of a span in it) per note of a part
Judged = tuple[str, Callable[[PhiSpan], bool]]


class RawResults:
    """Every note's raw recogniser results, captured from the engine's analyzer (the rule of each is in its
    metadata); keyed by the note as the engine reads it (`tokens.as_read`)."""

    def __init__(self, deid: Deidentifier) -> None:
        self.by_text: dict[str, list] = {}
        analyze = deid.analyzer.analyze

        def capture(*args, **kwargs):
            results = analyze(*args, **kwargs)
            self.by_text[kwargs["text"]] = list(results)
            return results

        deid.analyzer.analyze = capture  # type: ignore[method-assign]

    def rule(self, text: str, span: PhiSpan) -> str:
        """The rule of the span's recogniser that made it: its best result inside the span ("-" when none
        says: a consistency spread, a joined place, a recogniser without rule names)."""
        raw = [r for r in self.by_text.get(as_read(text), ())
               if r.start < span.end and span.start < r.end
               and (r.recognition_metadata or {}).get("recognizer_name") == span.recognizer]
        if not raw:
            return "-"
        best = max(raw, key=lambda r: (r.score, r.end - r.start))
        return str((best.recognition_metadata or {}).get("rule", "-"))


def readable(part: str) -> bool:
    """May this part's false positives be printed (`--examples`)? Tuning parts and the generator's seen half only."""
    return part.endswith(("/tuning", "/seen"))


def count(deid: Deidentifier, raw: RawResults, notes: list[Judged], groups: list[str], examples: int = 0) -> dict:
    """False positives of a part by recogniser, by recogniser:rule:type, and by type (counts, most first); with
    `examples` (callers pass it for `readable` parts only) up to that many of each rule printed with context."""
    results = deid.analyze_many([t for t, _ in notes], groups=groups)
    by_rec: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    by_shape: Counter[str] = Counter()
    for (text, is_false), res in zip(notes, results, strict=True):
        if isinstance(res, NoteFailure):
            continue
        for s in res:
            if not is_false(s):
                continue
            by_rec[s.recognizer] += 1
            key = f"{s.recognizer}:{raw.rule(text, s)}:{s.entity_type}"
            by_rule[key] += 1
            by_shape[f"{key}|{shape(text, s)}"] += 1
            if by_rule[key] <= examples:
                print(f"FP {key:60} {text[s.start:s.end]!r:28} ...{text[max(0, s.start - 50):s.end + 30]!r}")
            by_type[s.entity_type] += 1
    raw.by_text.clear()
    return {"notes": len(notes), "false_positives": sum(by_type.values()),
            "by_recognizer": dict(by_rec.most_common()), "by_rule": dict(by_rule.most_common()),
            "by_type": dict(by_type.most_common()), "by_shape": dict(by_shape.most_common())}


def shape(text: str, span: PhiSpan) -> str:
    """A false positive's shape, no text of it: the note's case (`tokens.case_mode`: a rule that trusts capitals
    misfires in one mode, a list in another) and the span's length in words (1, 2, 3+: a lone word needs a frame, a
    run of capitalised words is its own evidence)."""
    words = len(text[span.start:span.end].split())
    return f"{case_mode(text)}|{min(words, 3)}{'+' if words >= 3 else ''}w"


def _over_no_gold(gold: list[tuple[int, int]]) -> Callable[[PhiSpan], bool]:
    return lambda s: not any(a < s.end and s.start < b for a, b in gold)


def _gold_parts(parts: list[deid_bench.Part]) -> dict[str, tuple[list[Judged], list[str]]]:
    out = {}
    for name, notes, gold, _ in parts:
        by_note: dict[str, list[tuple[int, int]]] = {}
        for g in gold:
            by_note.setdefault(g.note_id, []).append((g.start, g.end))
        out[name] = ([(n.text, _over_no_gold(by_note.get(n.note_id, []))) for n in notes],
                     [n.patient_id for n in notes])
    return out


def parts(sets: list[str], limit: int, seed: int = 5) -> dict[str, tuple[list[Judged], list[str]]]:
    """Each part's notes with their false-positive test, and their patient groups."""
    out: dict[str, tuple[list[Judged], list[str]]] = {}
    if "physionet" in sets:
        out |= _gold_parts([deid_bench._limit(p, limit)
                            for p in deid_bench.physionet_parts(deid_bench.SHARED / "physionet-deid-dev")])
    if "planted" in sets:
        out |= _gold_parts([deid_bench._limit(p, limit) for p in deid_bench.planted_parts(
            deid_bench.SHARED / "mtsamples-dev" / "mtsamples_dev.csv", 100, 13, [])])
    if "damage" in sets:
        notes = damage_bench.load_notes(damage_bench.SHARED / "mtsamples-dev" / "mtsamples_dev.csv")
        for half in ("tuning", "check"):
            part = [n for n in notes if damage_bench.is_check_note(n[0]) == (half == "check")]
            part = part[:limit] if limit else part
            out[f"damage/{half}"] = ([(t, lambda s, t=t: not damage_bench.likely_phi(t, s)) for _, t in part],
                                     [i for i, _ in part])
    for kind, name in (("vocabulary", "variation"), ("place", "place")):
        if name not in sets:
            continue
        for corpus, notes in pv.hosts(limit or 751, limit or 400).items():
            for half in pv.HALVES:
                rng = random.Random(seed * 31 + zlib.crc32(corpus.encode()))  # as `precision_variation.run`
                varied = [pv.vary(t, g, half, rng, frames=pv.KINDS[kind]) for _, t, g in notes]
                out[f"{name}/{corpus}/{half}"] = (
                    [(v.text, lambda s, v=v, c=corpus: pv._false(c, v.text, v.gold, s)) for v in varied],
                    [i for i, _, _ in notes])
    return out


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(SETS), help=f"comma list of {', '.join(SETS)}")
    ap.add_argument("--limit", type=int, default=0, help="first N notes of each part only (0 = all)")
    ap.add_argument("--examples", type=int, default=0,
                    help="print up to N false positives of each rule, of TUNING parts and the SEEN half only")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    deid = Deidentifier()
    raw = RawResults(deid)
    out = {name: count(deid, raw, notes, groups, args.examples if readable(name) else 0)
           for name, (notes, groups) in parts([s for s in args.sets.split(",") if s], args.limit).items()}
    emit(out, args.json)
    return out


if __name__ == "__main__":
    main()
