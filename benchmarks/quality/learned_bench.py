"""Benchmark: what the learned voter (and spaCy's NER) add to the rules, on tuning vs check parts.

Variants run in this one process on the same notes (CPU time is this process's, so ratios are
fair on a shared machine): rules only, rules + learned model, rules + the English pipeline's
NER, rules + both, the learned model alone, and out-of-the-box Presidio. Sets: PhysioNet deid dev
and the MTSamples planted set (seed 13, 100 patients), each split by patient into the tuning
part (the learned model's training data) and the check part (held out). Only scores are
printed: no span, no text, no error list (the protocol forbids reading check-part errors).

    python -m benchmarks.quality.learned_bench [--model DIR] [--json OUT.json] [--sets physionet,planted]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from benchmarks.quality.deid_bench import SHARED  # noqa: E402
from benchmarks.quality.deid_bench import run_presidio as presidio_baseline  # noqa: E402
from cancerprep.stages.deid.engine import DeidConfig, Deidentifier, NoteFailure  # noqa: E402
from cancerprep.stages.deid.evaluate import (  # noqa: E402
    Note,
    Span,
    is_check_patient,
    load_physionet_gold,
    load_physionet_notes,
    score,
)

PHYSIONET = SHARED / "physionet-deid-dev"
MTSAMPLES = SHARED / "mtsamples-dev" / "mtsamples_dev.csv"


def physionet() -> tuple[list[Note], list[Span]]:
    return load_physionet_notes(PHYSIONET / "id.text"), load_physionet_gold(PHYSIONET / "id-phi.phrase")


def planted() -> tuple[list[Note], list[Span]]:
    from cancerprep.sample import planted as gen

    notes = gen.generate(gen.load_sources(MTSAMPLES), patients=100, seed=13)
    return ([Note(n.note_id, n.patient_id, n.text) for n in notes],
            [Span(n.note_id, a, b, t) for n in notes for a, b, t, _ in n.spans])


def run_engine(config: DeidConfig, notes: list[Note]) -> tuple[list[Span], float, int]:
    deid = Deidentifier(config)
    deid.analyze_many([notes[0].text])  # warm-up: vocabularies load lazily
    t0 = time.process_time()
    results: list = []
    for i in range(0, len(notes), 64):  # the stage's batch size
        results += deid.analyze_many([n.text for n in notes[i:i + 64]])
    cpu = time.process_time() - t0
    pred = [Span(n.note_id, s.start, s.end, s.entity_type) for n, r in zip(notes, results, strict=True)
            if not isinstance(r, NoteFailure) for s in r]
    return pred, cpu, sum(isinstance(r, NoteFailure) for r in results)


def run_learned_alone(model: str, notes: list[Note]) -> tuple[list[Span], float, int]:
    from cancerprep.stages.deid.recognizers.learned import LearnedRecognizer

    rec = LearnedRecognizer(model)
    rec.predict_many([notes[0].text])
    t0 = time.process_time()
    found = rec.predict_many([n.text for n in notes])
    cpu = time.process_time() - t0
    return [Span(n.note_id, r.start, r.end, r.entity_type) for n, rs in zip(notes, found, strict=True)
            for r in rs], cpu, 0


def run_presidio(notes: list[Note]) -> tuple[list[Span], float, int]:
    """Out-of-the-box Presidio as deid_bench runs it (the same baseline in both tables); it never fails a note."""
    pred, cpu = presidio_baseline(notes)
    return pred, cpu, 0


def _scores(pred: list[Span], gold: list[Span], notes: list[Note]) -> dict:
    ids = {n.note_id for n in notes}
    s = score([p for p in pred if p.note_id in ids], [g for g in gold if g.note_id in ids])
    return {"recall": s["recall"], "precision": s["precision"], "gold": s["gold_spans"],
            "recall_by_type": {k: v["recall"] for k, v in s["recall_by_type"].items()}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="default", help="learned model directory ('default' = packaged)")
    ap.add_argument("--sets", default="physionet,planted")
    ap.add_argument("--variants", default="rules,rules+learned,rules+spacy_ner,rules+learned+spacy_ner,"
                                          "learned_alone,presidio_oob")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    loaders = {"physionet": physionet, "planted": planted}
    configs = {
        "rules": DeidConfig(learned_model=None),
        "rules+learned": DeidConfig(learned_model=args.model),
        "rules+spacy_ner": DeidConfig(learned_model=None, nlp={"ner": True}),
        "rules+learned+spacy_ner": DeidConfig(learned_model=args.model, nlp={"ner": True}),
    }
    out: dict = {"model": args.model}
    for set_name in args.sets.split(","):
        notes, gold = loaders[set_name]()
        tuning = [n for n in notes if not is_check_patient(n.patient_id)]
        check = [n for n in notes if is_check_patient(n.patient_id)]
        chars = sum(len(n.text) for n in notes)
        res: dict = {"notes": len(notes), "chars": chars, "tuning_notes": len(tuning), "check_notes": len(check)}
        for variant in args.variants.split(","):
            if variant in configs:
                pred, cpu, failures = run_engine(configs[variant], notes)
            elif variant == "learned_alone":
                pred, cpu, failures = run_learned_alone(args.model, notes)
            else:
                pred, cpu, failures = run_presidio(notes)
            res[variant] = {"tuning": _scores(pred, gold, tuning), "check": _scores(pred, gold, check),
                            "cpu_s": round(cpu, 2), "kchar_per_cpu_s": round(chars / cpu / 1000, 1),
                            "failures": failures}
            print(set_name, variant, json.dumps({k: res[variant][k] for k in ("cpu_s", "kchar_per_cpu_s")}),
                  "tuning", res[variant]["tuning"]["recall"], res[variant]["tuning"]["precision"],
                  "check", res[variant]["check"]["recall"], res[variant]["check"]["precision"], flush=True)
        if "presidio_oob" in res:
            for variant in configs:
                if variant in res:
                    res[variant]["x_presidio_cpu"] = round(res["presidio_oob"]["cpu_s"] / res[variant]["cpu_s"], 2)
        out[set_name] = res
    text = json.dumps(out, indent=2)
    if args.json:
        args.json.write_text(text + "\n")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
