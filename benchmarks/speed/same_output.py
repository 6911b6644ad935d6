"""Digests of every recogniser's raw results, the learned voter's batched results and the gate's excerpts, per
recogniser, on the span_hash sets: run in two trees (main and a perf branch) and compare the lines.

Why: an identical-output change must leave not only the engine's final spans (`benchmarks.quality.span_hash`) but
each recogniser's own results as they were (a change in one can hide behind another's span). One 16-hex digest per
piece, over the sorted (set, note, start, end, type, score) it returned on every note; no text, span or id is
printed.

    python -m benchmarks.speed.same_output [--limit N] [--timeout S] > OUT   # in each tree; then: diff the two

`--timeout S`: the engine's per-note deadline (`DeidConfig.timeout_s`, 20 s by default). Under heavy load a note
can overrun it and fail closed, and the engine's spans then differ between two runs of the same code (perf46: main's
own run at load 16); a large value (1e6) takes the deadline out of the comparison.
"""

from __future__ import annotations

import argparse
import hashlib
from collections import defaultdict
from typing import Any

from benchmarks.quality import deid_bench
from cancerprep.stages.deid import engine as engine_mod
from cancerprep.stages.deid.engine import DeidConfig, Deidentifier


def _key(results: Any) -> list:
    return sorted((r.entity_type, r.start, r.end, round(r.score, 6)) for r in results)


def digests(limit: int = 0, timeout_s: float | None = None) -> dict[str, str]:
    """{piece: digest} over the PhysioNet dev notes, the planted set and the sample (as `span_hash` reads them);
    `timeout_s`: the engine's per-note deadline (None: DeidConfig's)."""
    parts = (deid_bench.physionet_parts(deid_bench.SHARED / "physionet-deid-dev")
             + deid_bench.planted_parts(deid_bench.SHARED / "mtsamples-dev" / "mtsamples_dev.csv", 100, 13, [])
             + deid_bench.sample_parts(deid_bench.REPO / "recipes" / "sample"))
    deid = Deidentifier(DeidConfig() if timeout_s is None else DeidConfig(timeout_s=timeout_s))
    seen: dict[str, list] = defaultdict(list)
    where = [""]

    def wrap(name: str, fn: Any) -> Any:
        def recorded(text: str, *args: Any, **kwargs: Any) -> Any:
            out = fn(text, *args, **kwargs)
            seen[name].append((where[0], _key(out)))
            return out
        return recorded

    for rec in deid.analyzer.registry.recognizers:
        rec.analyze = wrap(rec.name, rec.analyze)
    for model in deid.learned:
        original = model.predict_many

        def many(texts: list[str], *args: Any, _original: Any = original, **kwargs: Any) -> Any:
            out = _original(texts, *args, **kwargs)
            seen["learned: predict_many"].extend((where[0], _key(r)) for r in out)
            return out
        model.predict_many = many
    gate = engine_mod.voter_gate.excerpt

    def excerpt(text: str, *args: Any, **kwargs: Any) -> Any:
        out = gate(text, *args, **kwargs)
        seen["voter_gate.excerpt"].append((where[0], None if out is None else (out.text, out.starts, out.note_starts)))
        return out
    engine_mod.voter_gate.excerpt = excerpt
    restore = engine_mod.restore_for_voter

    def restored(text: str) -> Any:
        out = restore(text)
        seen["truecase.restore_for_voter"].append((where[0], out))
        return out
    engine_mod.restore_for_voter = restored
    try:
        for part in parts:
            name, notes, _gold, _check = deid_bench._limit(part, limit)
            where[0] = name
            pred, _cpu, _failures = deid_bench.run_ours(deid, notes)
            seen["engine spans"].append((name, sorted((p.note_id, p.start, p.end, p.entity_type) for p in pred)))
    finally:
        engine_mod.voter_gate.excerpt = gate
        engine_mod.restore_for_voter = restore
    return {name: f"{len(items)} {hashlib.sha256(repr(items).encode()).hexdigest()[:16]}"
            for name, items in sorted(seen.items())}


def main(argv: list[str] | None = None) -> dict[str, str]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="first N notes of each part only (0 = all)")
    ap.add_argument("--timeout", type=float, default=None,
                    help="the engine's per-note deadline in seconds (default: DeidConfig's; 1e6: none in practice)")
    args = ap.parse_args(argv)
    out = digests(args.limit, args.timeout)
    for name, value in out.items():
        print(f"{name}\t{value}")
    return out


if __name__ == "__main__":
    main()
