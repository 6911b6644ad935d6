"""Build the shipped default de-identification model (cancerprep/data/deid/learned_model).

Reproducible: the same data, seed and settings give the same model. Trained on the data we
may use, tuning parts only (the generalisation protocol: check patients, int(id) % 4 == 3, are
held out and only ever scored):

* PhysioNet deid development half, tuning patients (shared/data/physionet-deid-dev);
* the bundled synthetic sample (recipes/sample: notes.csv + truth/phi.jsonl), a seeded share;
* MTSamples text with planted PHI (`cancerprep.sample.planted`, seed 13, 100 patients: the benchmark
  set; `--planted-patients N` adds patients on MTSamples notes the benchmark does not use), tuning
  patients only.

One BLAS thread, CPU, bounded steps (about 10 minutes on a 2-core machine).

    python -m benchmarks.quality.train_deid_model [--out DIR] [--steps N] [--sample-notes N] [--planted-patients N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from cancerprep.stages.deid import training  # noqa: E402
from cancerprep.stages.deid.evaluate import is_check_patient  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"
PHYSIONET = SHARED / "physionet-deid-dev"
SAMPLE = REPO / "recipes" / "sample"
MTSAMPLES = SHARED / "mtsamples-dev" / "mtsamples_dev.csv"
OUT = REPO / "cancerprep" / "data" / "deid" / "learned_model"


def _tuning(examples: list[training.TrainExample]) -> list[training.TrainExample]:
    return [ex for ex in examples if not is_check_patient(ex.group)]


def corpus(sample_notes: int, seed: int, planted_patients: int = 100) -> tuple[list[training.TrainExample],
                                                                              dict[str, int]]:
    """The training notes (tuning parts only) and how many came from each source. The planted set is generated
    for `planted_patients` patients: the first 100 are the benchmark's (same notes), the rest add tuning
    patients on MTSamples notes the benchmark never uses; check patients of either are dropped."""
    from cancerprep.sample import planted

    physionet = training.from_physionet(PHYSIONET / "id.text", PHYSIONET / "id-phi.phrase",
                                        keep_patient=lambda pid: not is_check_patient(pid))
    sample = training.from_sample(SAMPLE / "csv" / "notes.csv", SAMPLE / "truth" / "phi.jsonl")
    random.Random(seed).shuffle(sample)
    sample = sample[:sample_notes]
    mts = [training.TrainExample(n.text, [(a, b, t) for a, b, t, _ in n.spans], n.patient_id)
           for n in planted.generate(planted.load_sources(MTSAMPLES), patients=planted_patients, seed=13)]
    mts = _tuning(mts)
    sources = {"physionet_tuning": len(physionet), "synthetic_sample": len(sample),
               "mtsamples_planted_tuning": len(mts)}
    return physionet + sample + mts, sources


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--steps", type=int, default=training.TrainSettings.max_steps)
    ap.add_argument("--sample-notes", type=int, default=500)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--planted-patients", type=int, default=100,
                    help="planted patients generated (seed 13; the first 100 are the benchmark's); their check "
                         "patients are dropped. 300 was tried: PhysioNet precision fell below 0.90 on check")
    args = ap.parse_args(argv)
    examples, sources = corpus(args.sample_notes, args.seed, args.planted_patients)
    settings = training.TrainSettings(max_steps=args.steps, seed=args.seed)
    t0, c0 = time.perf_counter(), time.process_time()
    report = training.train_model(examples, args.out, settings)
    info = {"sources": sources, **report.to_dict(), "model_dir": "cancerprep/data/deid/learned_model",
            "settings": {k: list(v) if isinstance(v, tuple) else v for k, v in settings.__dict__.items()},
            "train_wall_s": round(time.perf_counter() - t0, 1), "train_cpu_s": round(time.process_time() - c0, 1),
            "command": "python -m benchmarks.quality.train_deid_model"}
    (args.out / "training.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(info, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
