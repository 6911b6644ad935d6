"""Benchmark: de-identification CPU throughput vs out-of-the-box Presidio, and where our time goes.

Same process, same PhysioNet dev notes (`shared/data/physionet-deid-dev`, all 1,450): our engine with
the shipped defaults (learned voter on), with the learned voter off, and Presidio out of the box
(AnalyzerEngine + spaCy NER, default recognizers; the baseline of `benchmarks.quality.deid_bench`).
CPU time of this process (`time.process_time`), best of `--repeat` passes, models loaded and warmed
up first: on a shared machine CPU time is what the ratio can trust, wall time is not.

The breakdown times each piece of one pass from inside (recognizers' `analyze`, the engine's spaCy
pass, the learned model's batched pass, protection and the safe list, the shared tokenizer of the token
recognizers, Presidio's own bookkeeping) and reports each piece's own CPU (ms per 1,000 notes: the pieces
it calls are counted as theirs, so the tokenizer is not charged to whichever recognizer asks first) and
its share of the pass. Timing wrappers add a little overhead, so the breakdown runs as a separate pass,
after the timed ones.

    python -m benchmarks.speed.deid_speed [--repeat 3] [--limit N] [--no-presidio] [--learned-model DIR]
        [--json OUT] [--markdown]
"""

from __future__ import annotations

import argparse
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from benchmarks.quality.deid_bench import SHARED, run_presidio
from benchmarks.report import emit
from cancerprep.stages.deid import engine as engine_mod
from cancerprep.stages.deid.engine import DeidConfig, Deidentifier
from cancerprep.stages.deid.evaluate import Note, load_physionet_notes
from cancerprep.stages.deid.recognizers import tokens


def best_cpu(fn: Callable[[], Any], repeat: int) -> float:
    """Least CPU seconds of `repeat` calls (the others were slowed by neighbours, never sped up)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


class Meter:
    """Own CPU seconds per named piece, collected by wrapping callables: a wrapped call made inside another is
    counted as the inner piece's, not the outer's."""

    def __init__(self) -> None:
        self.cpu: Counter[str] = Counter()
        self._inner: list[float] = []  # per open call: CPU of the wrapped calls made inside it

    def wrap(self, name: str, fn: Callable) -> Callable:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._inner.append(0.0)
            t0 = time.process_time()
            try:
                result = fn(*args, **kwargs)
                return list(result) if isinstance(result, Iterator) else result  # a lazy pass runs here
            finally:
                spent = time.process_time() - t0
                self.cpu[name] += spent - self._inner.pop()
                if self._inner:
                    self._inner[-1] += spent
        return timed


def breakdown(deid: Deidentifier, texts: list[str]) -> tuple[float, dict[str, float]]:
    """One instrumented pass: (total CPU s, own CPU s per piece). Pieces that contain others are
    reported net of them ('Presidio AnalyzerEngine (own work)' excludes the recognizers, a recognizer the
    shared tokenizer)."""
    meter = Meter()
    saved: list[tuple[Any, str, Any, bool]] = []

    def patch(obj: Any, attr: str, name: str) -> None:
        own = attr in vars(obj)  # a module's function, or an attribute set on this instance
        saved.append((obj, attr, vars(obj).get(attr), own))
        setattr(obj, attr, meter.wrap(name, getattr(obj, attr)))

    for rec in deid.analyzer.registry.recognizers:
        patch(rec, "analyze", f"recognizer {rec.name}")
    patch(deid.analyzer, "analyze", "analyzer")
    if hasattr(deid, "_artifacts_many"):  # this version: tokenizer pass, full artifacts only when read
        patch(deid, "_artifacts_many", "engine: spaCy pass (tokens for the learned model)")
    else:  # earlier versions: Presidio's NlpArtifacts for every note
        patch(deid.nlp_engine, "process_batch", "engine: spaCy pass (Presidio NlpArtifacts)")
    for model in deid.learned:
        patch(model, "predict_many", "learned model: batched pass (nlp.pipe) + shape filters")
    patch(engine_mod.protect, "drop_protected", "engine: protected clinical text (protect)")
    patch(engine_mod.safelist, "clinical_term_use", "engine: safe-list filter (safelist)")
    patch(engine_mod, "merge_results", "engine: merge overlapping results")
    # the token recognizers' shared tokenizer (it keeps the last notes' tokens: the first recognizer to ask pays)
    patch(tokens, "_tokenize", "shared tokenizer of the token recognizers (tokens)")
    try:
        t0 = time.process_time()
        deid.analyze_many(texts)
        total = time.process_time() - t0
    finally:
        for obj, attr, original, own in reversed(saved):
            if own:
                setattr(obj, attr, original)
            else:
                delattr(obj, attr)  # the wrapper shadowed the class's method on this instance
    pieces = dict(meter.cpu)
    pieces["Presidio AnalyzerEngine (own work)"] = pieces.pop("analyzer")
    pieces["engine: the rest (batching, deadlines, filtering)"] = total - sum(pieces.values())
    return total, pieces


def _table(total: float, pieces: dict[str, float], notes: int) -> list[dict[str, Any]]:
    return [{"piece": k, "cpu_ms_per_1000_notes": round(v * 1000 * 1000 / notes), "share": round(v / total, 3)}
            for k, v in sorted(pieces.items(), key=lambda kv: -kv[1])]


def markdown(out: dict[str, Any]) -> str:
    lines = ["| engine | CPU s | notes per CPU s | Presidio CPU / ours |", "|---|---|---|---|"]
    for name, r in out["engines"].items():
        lines.append(f"| {name} | {r['cpu_s']} | {r['notes_per_cpu_s']} | {r.get('speedup_vs_presidio', '-')} |")
    for name, rows in out.get("breakdown", {}).items():
        lines += ["", f"Breakdown, {name}:", "", "| piece | CPU ms per 1,000 notes | share |", "|---|---|---|"]
        lines += [f"| {r['piece']} | {r['cpu_ms_per_1000_notes']:,} | {r['share']:.1%} |" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--physionet", type=Path, default=SHARED / "physionet-deid-dev")
    ap.add_argument("--limit", type=int, default=0, help="first N notes only (0 = all)")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes per engine; the least CPU counts")
    ap.add_argument("--no-presidio", action="store_true", help="skip the out-of-the-box Presidio baseline")
    ap.add_argument("--no-breakdown", action="store_true")
    ap.add_argument("--learned-model", default="default",
                    help="the learned voter of the first engine: 'default' (the packaged model) or a model directory "
                         "(to time a retrained candidate against the same baselines)")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args(argv)

    notes: list[Note] = load_physionet_notes(args.physionet / "id.text")
    if args.limit:
        notes = notes[:args.limit]
    texts = [n.text for n in notes]
    out: dict[str, Any] = {"notes": len(texts), "chars": sum(map(len, texts)), "repeat": args.repeat,
                           "engines": {}, "breakdown": {}}
    voter = "shipped defaults (learned voter on)" if args.learned_model == "default" else \
        f"learned voter {args.learned_model}"
    engines = {f"ours, {voter}": DeidConfig(learned_model=args.learned_model),
               "ours, learned voter off": DeidConfig(learned_model=None)}
    # Every engine is warmed by a whole pass (the rules' vocabularies and caches load lazily: the first pass over the
    # notes cost 1.8-3 CPU s more, paid by whichever engine ran first), then the engines' timed passes alternate, so a
    # machine that slows down between them slows every engine alike (perf31: timed one engine after the other, the
    # voter's share, on minus off, read 2.5, 4.7 and 6.9 s on three runs of unchanged voter code).
    deids = {name: Deidentifier(config) for name, config in engines.items()}
    for deid in deids.values():
        deid.analyze_many(texts)
    cpus = {name: float("inf") for name in deids}
    for _ in range(args.repeat):
        for name, deid in deids.items():
            cpus[name] = min(cpus[name], best_cpu(lambda d=deid: d.analyze_many(texts), 1))
    for name, deid in deids.items():
        cpu = cpus[name]
        out["engines"][name] = {"cpu_s": round(cpu, 2), "notes_per_cpu_s": round(len(texts) / cpu, 1),
                                "kchars_per_cpu_s": round(out["chars"] / cpu / 1000, 1)}
        if not args.no_breakdown:
            total, pieces = breakdown(deid, texts)
            out["breakdown"][name] = _table(total, pieces, len(texts))
    if not args.no_presidio:
        cpu = min(run_presidio(notes)[1] for _ in range(min(args.repeat, 2)))  # its own CPU clock, warmed up
        out["engines"]["Presidio out of the box"] = {"cpu_s": round(cpu, 2),
                                                     "notes_per_cpu_s": round(len(texts) / cpu, 1),
                                                     "kchars_per_cpu_s": round(out["chars"] / cpu / 1000, 1)}
        for name in engines:
            out["engines"][name]["speedup_vs_presidio"] = round(cpu / out["engines"][name]["cpu_s"], 2)
    emit(out, args.json, markdown(out) if args.markdown else None)
    return out


if __name__ == "__main__":
    main()
