"""Benchmark (perf41): the learned voter's tokenizer with the special cases that change no token withheld
(`lazy_specials.says_nothing`: now) and added (before perf41), taking turns in one process.

Two copies of the packaged model are loaded; the "before" copy gets the withheld cases ("\\n", " ", "\\t", ...) added,
as every text used to add them. Each round tokenizes, then runs the whole voter pass (`nlp.pipe`) over, the gate's
excerpts of the PhysioNet dev notes (`voter_gate.excerpt`, what the engine's first pass reads) with each copy in turn;
the least CPU of `--repeat` rounds counts. Tokens and entities of the two are compared (counted, never printed).
`--cold`: both copies read the first half of the notes, then one pass each over the second half, which neither
has read (a long run meeting new notes: their chunks are not in the cache yet).

    python -m benchmarks.speed.tokenizer_cache [--repeat 5] [--cold [--swap]] [--limit N]
"""

from __future__ import annotations

import argparse
import os
import time
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from benchmarks.quality.deid_bench import SHARED
from cancerprep.stages.deid import voter_gate
from cancerprep.stages.deid.evaluate import load_physionet_notes
from cancerprep.stages.deid.learned_files import DEFAULT_MODEL, model_path
from cancerprep.stages.deid.recognizers import learned
from cancerprep.stages.deid.recognizers.tokens import as_read


def _models() -> dict[str, Any]:
    """{"before": a model copy whose tokenizer holds the withheld cases, "now": one without}."""
    path = str(model_path(DEFAULT_MODEL))
    before, now = learned.load_model.__wrapped__(path), learned.load_model.__wrapped__(path)
    lazy = before.tokenizer
    lazy._add(list(getattr(lazy, "withheld", [])))  # as each text added them before perf41
    return {"before": before, "now": now}


def _facts(doc: Any) -> tuple:
    return tuple((t.text, t.norm_, t.whitespace_) for t in doc), tuple((e.start_char, e.end_char, e.label_)
                                                                       for e in doc.ents)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--cold", action="store_true", help="one pass over the unread second half of the notes")
    ap.add_argument("--swap", action="store_true", help="with --cold: time the copy without the cases first")
    args = ap.parse_args(argv)
    texts = [as_read(n.text) for n in load_physionet_notes(SHARED / "physionet-deid-dev" / "id.text")]
    texts = texts[:args.limit] if args.limit else texts
    inputs = []
    for text in texts:
        ex = voter_gate.excerpt(text, learned.is_cased(text))
        if ex is None or ex.text:
            inputs.append(text if ex is None else ex.text)
    models = _models()
    out: dict[str, Any] = {"notes": len(texts), "excerpts": len(inputs)}
    if args.cold:  # both copies read the first half, then the second half (chunks neither saw) is timed, in turn
        half = len(inputs) // 2
        for nlp in models.values():
            list(nlp.pipe(inputs[:half], batch_size=learned.BATCH_SIZE))
        order = list(models.items())
        for name, nlp in order[::-1] if args.swap else order:
            t0 = time.process_time()
            list(nlp.pipe(inputs[half:], batch_size=learned.BATCH_SIZE))
            out[f"{name}: voter pass, unread half, ms/1000 notes"] = round(
                (time.process_time() - t0) * 1e6 / (len(texts) / 2))
        print(out)
        return out
    for nlp in models.values():  # warmed: lexemes and caches as a long run has them
        list(nlp.pipe(inputs, batch_size=learned.BATCH_SIZE))
    differ = sum(_facts(a) != _facts(b) for a, b in zip(models["before"].pipe(inputs), models["now"].pipe(inputs),
                                                          strict=True))
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        for name, nlp in models.items():
            t0 = time.process_time()
            for text in inputs:
                nlp.tokenizer(text)
            t1 = time.process_time()
            list(nlp.pipe(inputs, batch_size=learned.BATCH_SIZE))
            t2 = time.process_time()
            for key, value in ((f"{name}: tokenizer", t1 - t0), (f"{name}: voter pass", t2 - t1)):
                best[key] = min(best.get(key, float("inf")), value)
    out.update({f"{k}, ms/1000 notes": round(v * 1e6 / len(texts)) for k, v in best.items()})
    out["excerpts whose tokens or entities differ"] = differ
    print(out)
    return out


if __name__ == "__main__":
    main()
