"""Build the shipped default de-identification model (cancerprep/data/deid/learned_model).

Reproducible: the same data, seed and settings give the same model. Trained on the data we
may use, tuning parts only (the generalisation protocol: check patients, int(id) % 4 == 3, are
held out and only ever scored):

* PhysioNet deid development half, tuning patients (shared/data/physionet-deid-dev);
* the bundled synthetic sample (recipes/sample: notes.csv + truth/phi.jsonl), a seeded share;
* MTSamples text with planted PHI (`cancerprep.sample.planted`, seed 13, 100 patients: the benchmark
  set; `--planted-patients N` adds patients on MTSamples notes the benchmark does not use), tuning
  patients only;
* MTSamples notes the planted set does not use, with the person references of their own prose
  replaced by generated names (`cancerprep.sample.frames`, `--frames-notes N`, seeded): names in the
  sentence frames of real text, not of templates. Off by default (the shipped model was not trained
  with it; docs/deid.md has what 100-400 notes did).
* the tuning part of the blind identifier forms (`benchmarks/quality/forms`, `--forms-tuning N` renderings of each
  form, seeded; issue 13): the probe's own rendering (`forms_probe.render_fills`) of every tuning-part form
  (`forms_probe.form_part`; a check-part form is never rendered here) of the families listed in
  `FORM_MODULES`, each line set into an excerpt of a long MTSamples note that neither the planted benchmark nor
  the probe uses as a host. A family written later stays out of training until it is listed; forms/oncology.py is
  kept out so one blind family's tuning part is still scored on a model that never saw it. Values a form does not
  mark as gold (a date on a signature line) are trained as unknown, not as "not PHI". The lines are trained on,
  never held out as dev notes: the annotated notes' split and spaCy's best-model choice stay what they are without
  them (`training.train_dev`); `--repeat K` feeds each annotated training note K times so the lines do not dilute
  them.
  Off by default: every setting tried raised the forms' check-part recall but lost 1-5 planted or sample spans
  (the size of a reseed's change), and the check-part gain of `--forms-tuning 1 --repeat 2` is gone when the probe
  fills the stem slots with stems no rendering here drew (`forms_probe --fresh-stems`; docs/deid.md).

One BLAS thread, CPU, bounded steps (about 10 minutes on a 2-core machine).

    python -m benchmarks.quality.train_deid_model [--out DIR] [--steps N] [--sample-notes N] [--planted-patients N]
        [--frames-notes N] [--frames KIND,...] [--forms-tuning N] [--repeat K] [--case-share F] [--width N] [--depth N]
        [--window-size N] [--maxout-pieces N] [--hidden-width N] [--embed-rows NORM,PREFIX,SUFFIX,SHAPE]
        [--vocab-features [--vocab-classes full|names]]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys
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


# The blind form families trained on (tuning part only). Listed, not discovered: a family written later is blind
# until someone decides otherwise; forms/oncology.py stays out (the one family whose tuning part is still scored
# on a model that never saw any of its forms).
FORM_MODULES: tuple[str, ...] = ("kin", "marks", "messages", "numbers", "orgs", "patients", "people", "persons",
                                 "places", "records", "sites", "transfers")
# Form kinds `training.map_label` does not know (the forms' own names), as the engine types them.
_FORM_KINDS = {"STAFF": "NAME", "KIN": "NAME", "INITIALS": "NAME", "PRACTICE": "LOCATION", "COUNTY": "LOCATION",
               "FACILITY": "LOCATION",
               "IP": "CONTACT", "HEALTH_PLAN": "ID", "LICENCE": "ID", "CERTIFICATE": "ID", "RECORD": "ID"}


def _excerpt(note: str, rng: random.Random) -> str:
    """Whole sentences of `note` from a drawn sentence start, 200-800 characters (so long host notes do not outweigh
    the annotated sources), as two lines broken at a drawn sentence end or as one: where `insert_line` puts the
    form line (MTSamples notes are one line each; the probe appends its line after the note)."""
    ends = [m.end() for m in re.finditer(r"[.:;]\s+", note)]
    begin = rng.choice([0, *ends[:-1]])
    size = rng.randint(200, 800)
    end = next((e for e in ends if e >= begin + size), len(note))
    text = note[begin:end].strip()
    cut = rng.choice([e - begin for e in ends if begin < e < end] + [len(text)])
    return f"{text[:cut].rstrip()}\n{text[cut:]}" if cut < len(text) else text


def forms_tuning(renderings: int, seed: int, used: set[int], sources: list[str]) -> list[training.TrainExample]:
    """`renderings` lines of each tuning-part form of `FORM_MODULES`, each in an excerpt of an MTSamples note that is
    not in `used` (the planted sets') nor one of the probe's hosts; grouped by form, so spaCy's dev notes hold
    whole forms the model did not train on."""
    from benchmarks.quality import forms_probe

    probe_hosts = set(forms_probe.host_notes(sources))
    hosts = [s for k, s in enumerate(sources) if k not in used and s not in probe_hosts]
    forms = forms_probe.select_part(forms_probe.load_forms(modules=list(FORM_MODULES)), "tuning")
    rng = random.Random(seed)
    out: list[training.TrainExample] = []
    for kind, templates in forms.items():
        label = training.map_label(kind) or _FORM_KINDS[kind]
        for template in templates:
            assert forms_probe.form_part(template) == "tuning"
            group = "form-" + hashlib.sha256(template.encode("utf-8")).hexdigest()[:12]
            for _ in range(renderings):
                line, gold, fills = forms_probe.render_fills(template, rng)
                text, at = forms_probe.insert_line(_excerpt(rng.choice(hosts), rng), line, rng)
                unknown = [(a + at, b + at) for a, b in fills if not any(a < gb and ga < b for ga, gb in gold)]
                out.append(training.TrainExample(text, [(a + at, b + at, label) for a, b in gold], group, unknown))
    return out


def corpus(sample_notes: int, seed: int, planted_patients: int = 100, frames_notes: int = 0,
           frame_kinds: tuple[str, ...] | None = None, frames_lines: bool = False, forms_renderings: int = 0
           ) -> tuple[list[training.TrainExample], list[training.TrainExample], dict[str, int]]:
    """The training notes (tuning parts only), the rendered form lines (trained on, never dev: `train_model`'s
    `train_only`) and how many came from each source. The planted set is generated
    for `planted_patients` patients: the first 100 are the benchmark's (same notes), the rest add tuning
    patients on MTSamples notes the benchmark never uses; check patients of either are dropped. The
    `frames_notes` real-prose notes come from MTSamples notes neither planted set uses; `forms_renderings` renders
    each tuning-part blind form that many times (`forms_tuning`)."""
    from cancerprep.sample import frames, planted

    physionet = training.from_physionet(PHYSIONET / "id.text", PHYSIONET / "id-phi.phrase",
                                        keep_patient=lambda pid: not is_check_patient(pid))
    sample = training.from_sample(SAMPLE / "csv" / "notes.csv", SAMPLE / "truth" / "phi.jsonl")
    random.Random(seed).shuffle(sample)
    sample = sample[:sample_notes]
    mtsamples = planted.load_sources(MTSAMPLES)
    mts = [training.TrainExample(n.text, [(a, b, t) for a, b, t, _ in n.spans], n.patient_id)
           for n in planted.generate(mtsamples, patients=planted_patients, seed=13)]
    mts = _tuning(mts)
    used = planted.used_sources(mtsamples, patients=max(100, planted_patients), seed=13)
    prose = ([training.TrainExample(n.text, [(a, b, t) for a, b, t, _ in n.spans], n.patient_id)
             for n in frames.generate(mtsamples, frames_notes, seed=seed, exclude=used,
                                      frames=frame_kinds or frames.FRAMES, template_lines=frames_lines)]
             if frames_notes else [])
    forms = forms_tuning(forms_renderings, seed, used, mtsamples) if forms_renderings else []
    sources = {"physionet_tuning": len(physionet), "synthetic_sample": len(sample),
               "mtsamples_planted_tuning": len(mts), "mtsamples_frames": len(prose), "forms_tuning": len(forms)}
    return physionet + sample + mts + prose, forms, sources


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--steps", type=int, default=training.TrainSettings.max_steps)
    ap.add_argument("--sample-notes", type=int, default=500)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--planted-patients", type=int, default=100,
                    help="planted patients generated (seed 13; the first 100 are the benchmark's); their check "
                         "patients are dropped. 300 was tried: PhysioNet precision fell below 0.90 on check")
    ap.add_argument("--frames-notes", type=int, default=0,
                    help="MTSamples notes the planted sets do not use, their own person references replaced by "
                         "names (cancerprep.sample.frames). 0 (off) by measurement: with 100-400 planted tuning "
                         "recall fell every time, PhysioNet check precision swung 0.893-0.909 (docs/deid.md)")
    ap.add_argument("--frames", default="", help="comma list of frame kinds to rewrite (default: all of "
                                                 "subject,object,relation,role,org)")
    ap.add_argument("--forms-tuning", type=int, default=0, metavar="N",
                    help="renderings of each tuning-part blind form (FORM_MODULES; check-part forms never). 0 (off) "
                         "by measurement: each setting tried lost 1-5 planted or sample spans (docs/deid.md)")
    ap.add_argument("--repeat", type=int, default=training.TrainSettings.repeat, metavar="K",
                    help="copies of each annotated training note per epoch (PhysioNet, sample, planted, frames; not "
                         "the form lines): keeps their share of the steps when --forms-tuning adds notes")
    ap.add_argument("--case-share", type=float, default=training.TrainSettings.case_share,
                    help="share of training notes also trained upper- and lower-cased (notes without case)")
    ap.add_argument("--vocab-features", action="store_true",
                    help="also embed each token's vocabulary class (census name, English band, medical, place: "
                         "cancerprep.stages.deid.vocab_class); docs/deid.md has what it measured")
    ap.add_argument("--vocab-classes", choices=("full", "names"), default="full",
                    help="with --vocab-features: every vocabulary (full) or the census name part and everyday "
                         "English only (names)")
    ap.add_argument("--frames-lines", action="store_true",
                    help="frame notes also get planted tuning-family header and sign-off lines")
    arch = ap.add_argument_group("architecture (defaults: the shipped model's; docs/deid.md has the candidates tried)")
    default = training.TrainSettings()
    arch.add_argument("--width", type=int, default=default.width, help="tok2vec width (embedding and encoder)")
    arch.add_argument("--depth", type=int, default=default.depth, help="encoder layers")
    arch.add_argument("--window-size", type=int, default=default.window_size, help="tokens each side per layer")
    arch.add_argument("--maxout-pieces", type=int, default=default.maxout_pieces, help="of each encoder layer")
    arch.add_argument("--hidden-width", type=int, default=default.hidden_width, help="NER hidden layer")
    arch.add_argument("--embed-rows", default=",".join(map(str, default.embed_rows)),
                      help="hash-embedding rows for NORM,PREFIX,SUFFIX,SHAPE")
    args = ap.parse_args(argv)
    rows = tuple(int(r) for r in args.embed_rows.split(","))
    if len(rows) != 4:
        ap.error("--embed-rows takes four numbers (NORM,PREFIX,SUFFIX,SHAPE)")
    kinds = tuple(k for k in args.frames.split(",") if k) or None
    examples, forms, sources = corpus(args.sample_notes, args.seed, args.planted_patients, args.frames_notes, kinds,
                               args.frames_lines, args.forms_tuning)
    settings = training.TrainSettings(max_steps=args.steps, seed=args.seed, case_share=args.case_share,
                                      width=args.width, depth=args.depth,
                                      window_size=args.window_size, maxout_pieces=args.maxout_pieces,
                                      hidden_width=args.hidden_width, embed_rows=rows,
                                      vocab_features=args.vocab_features, vocab_classes=args.vocab_classes,
                                      repeat=args.repeat)
    t0, c0 = time.perf_counter(), time.process_time()
    report = training.train_model(examples, args.out, settings, train_only=forms)
    info = {"sources": sources, **report.to_dict(), "model_dir": "cancerprep/data/deid/learned_model",
            "settings": {k: list(v) if isinstance(v, tuple) else v for k, v in settings.__dict__.items()},
            "train_wall_s": round(time.perf_counter() - t0, 1), "train_cpu_s": round(time.process_time() - c0, 1),
            "command": " ".join(["python -m benchmarks.quality.train_deid_model",
                                 *(sys.argv[1:] if argv is None else argv)])}
    (args.out / "training.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(info, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
