"""Names in real-prose frames no model was trained on: recall of the ensemble and of the learned model alone.

Held-out notes of `cancerprep.sample.frames` (seed 99): MTSamples notes neither the planted benchmark
(100 patients, seed 13) nor any training run with `--frames-notes` <= 800 at `--seed` 0 reads. Tuning
side data (no planted check note is used), so it may steer choices; `--errors N` prints misses and
false positives. Precision here is a lower bound: real places and eponyms MTSamples still carries
are not gold.

    python -m benchmarks.quality.frames_bench [MODEL ...] [--notes 150] [--errors N]
    # MODEL: default (the packaged model), off, or a model directory
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from benchmarks.quality.deid_bench import print_errors, run_ours
from cancerprep.sample import frames, planted
from cancerprep.stages.deid.engine import DeidConfig, Deidentifier
from cancerprep.stages.deid.evaluate import Note, Span, score
from cancerprep.stages.deid.recognizers.learned import model_path, plausible

REPO = Path(__file__).resolve().parents[2]
MTSAMPLES = REPO.parent / "shared" / "data" / "mtsamples-dev" / "mtsamples_dev.csv"
TRAINED_AT_MOST = 800  # frames notes a training run at seed 0 may read; all are held out here


def held_out(notes: int) -> list[planted.PlantedNote]:
    """Frames notes from MTSamples notes no benchmark and no seed-0 training run reads."""
    sources = planted.load_sources(MTSAMPLES)
    used = planted.used_sources(sources)
    trained = frames.choose(len(sources), TRAINED_AT_MOST, 0, used)
    return frames.generate(sources, notes, seed=99, exclude=set(used) | set(trained))


def model_alone(model: str, held: list[planted.PlantedNote]) -> dict[str, float]:
    """Share of patient names the model's own entities overlap, before and after its shape checks."""
    import spacy

    nlp = spacy.load(model_path(model))
    gold = hit = kept = 0
    for note, doc in zip(held, nlp.pipe([n.text for n in held]), strict=True):
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        for a, b, _, sub in note.spans:
            if sub != "PATIENT":
                continue
            gold += 1
            over = [(x, y, label) for x, y, label in ents if x < b and y > a]
            hit += bool(over)
            kept += any(plausible(note.text, x, y, label) for x, y, label in over)
    return {"patient_names": gold, "model_recall": round(hit / gold, 4), "after_checks": round(kept / gold, 4)}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("models", nargs="*", default=["default"])
    ap.add_argument("--notes", type=int, default=150)
    ap.add_argument("--errors", type=int, default=0)
    args = ap.parse_args(argv)
    held = held_out(args.notes)
    notes = [Note(n.note_id, n.patient_id, n.text) for n in held]
    gold = [Span(n.note_id, a, b, t) for n in held for a, b, t, _ in n.spans]
    kinds = [Span(n.note_id, a, b, sub) for n in held for a, b, _, sub in n.spans]
    out: dict = {"notes": len(notes), "gold_spans": len(gold), "models": {}}
    for model in args.models:
        deid = Deidentifier(DeidConfig(learned_model=None if model == "off" else model))
        pred, _, failures = run_ours(deid, notes)
        s = score(pred, gold)
        row = {"recall": s["recall"], "name_recall": s["recall_by_type"]["NAME"]["recall"],
               "precision": s["precision"], "failures": failures,
               "recall_by_kind": {k: v["recall"] for k, v in score(pred, kinds)["recall_by_type"].items()}}
        if model != "off":
            row.update(model_alone(model, held))
        out["models"][model] = row
        if args.errors:
            print_errors(f"frames held out, {model}", notes, pred, gold, args.errors)
    print(json.dumps(out, indent=2))
    return out


if __name__ == "__main__":
    main()
