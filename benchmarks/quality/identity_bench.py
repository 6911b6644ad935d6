"""What identity-aware de-identification adds: the same notes scored with and without the export's identities.

Sets:
- the synthetic sample (recipes/sample): identities from its FHIR Patient.ndjson (names, MRN, birth
  date, address), as `build-dataset` reads them beside a FHIR input;
- real MTSamples text with planted PHI (`cancerprep.sample.planted`), tuning and check parts by patient:
  identities as an export would hold them (the patient's names, MRN, SSN, licence, birth date, phones,
  e-mail, address; relatives as RelatedPerson; every planted clinician and staff member as the staff
  roster of the site).

Reported per set: any-overlap recall (all, NAME), precision, and the notes where a gold span of the
note's own patient's name (subtype PATIENT) is not fully covered by predicted spans (some of it would
reach the output). Scores only; no note text or error is
printed. Run from the repository root:

    python -m benchmarks.quality.identity_bench [--mtsamples PATH] [--planted-patients 100] [--learned-model DIR]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import polars as pl

from cancerprep.sample import planted
from cancerprep.stages.deid.engine import DeidConfig, Deidentifier, NoteFailure
from cancerprep.stages.deid.evaluate import Span, score, split_by_patient
from cancerprep.stages.deid.identities import Identities, PersonName, from_fhir

REPO = Path(__file__).resolve().parents[2]
MTSAMPLES = REPO.parent / "shared" / "data" / "mtsamples-dev" / "mtsamples_dev.csv"


def _person(p: planted.Person) -> PersonName:
    return PersonName(tuple(x for x in (p.first, p.middle) if x), (p.last,))


def planted_identities(patients: int, seed: int) -> Identities:
    ids = Identities()
    for idx in range(patients):
        idn = planted.make_identity(seed, idx)
        p = ids.patient(idn.pid)
        p.names.append(_person(idn.person))
        p.relatives += [_person(r) for _, r in idn.relatives]
        p.identifiers |= {idn.mrn, idn.ssn, idn.license}
        p.birth_dates.add(idn.dob)
        p.phones |= {idn.phone, f"{idn.cell[0]}-{idn.cell[1]}"}
        p.emails.add(idn.email)
        p.streets.add(idn.street)
        p.cities.add(idn.city[0])
        p.zips.add(idn.zip)
        ids.staff += [_person(c) for c, _ in idn.clinicians] + [_person(s) for s in idn.staff]
    return ids


def run(deid: Deidentifier, notes: list[tuple[str, str, str]], gold: list[Span], patient_gold: list[Span],
        ids: Identities | None) -> dict:
    t0 = time.process_time()
    texts = [t for _, _, t in notes]
    # grouped by patient as the deid stage groups a shard (patient-scope name consistency)
    results = deid.analyze_many(texts, [ids.for_note(p) for _, p, _ in notes] if ids else None,
                                groups=[p for _, p, _ in notes])
    cpu = time.process_time() - t0
    own: dict[str, list[Span]] = {}
    for g in patient_gold:
        own.setdefault(g.note_id, []).append(g)
    # a note that failed (a deadline passed, an error) counts as keeping its names here, the reading that cannot
    # flatter; the pipeline withholds it (quarantine), so `failures` says how many of the leaks are that
    failures = sum(isinstance(r, NoteFailure) for r in results)
    pred, leaks = [], 0
    for (nid, _pid, text), spans in zip(notes, results, strict=True):
        spans = spans if isinstance(spans, list) else []
        pred += [Span(nid, s.start, s.end, s.entity_type) for s in spans]
        covered = bytearray(len(text))
        for s in spans:
            covered[s.start:s.end] = b"\x01" * (s.end - s.start)
        if any(not all(covered[g.start:g.end]) for g in own.get(nid, [])):
            leaks += 1
    s = score(pred, gold)
    return {"recall": s["recall"], "name_recall": s["recall_by_type"].get("NAME", {}).get("recall"),
            "precision": s["precision"], "notes_with_own_name_left": leaks, "notes": len(notes),
            "failures": failures, "cpu_s": round(cpu, 1)}


def config(learned_model: str | None) -> DeidConfig:
    """The stage's default configuration, with another voter where one is named (to compare candidates)."""
    return DeidConfig() if learned_model is None else DeidConfig(learned_model=learned_model)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mtsamples", type=Path, default=MTSAMPLES)
    ap.add_argument("--planted-patients", type=int, default=100)
    ap.add_argument("--planted-seed", type=int, default=13)
    ap.add_argument("--skip-sample", action="store_true")
    ap.add_argument("--learned-model", default=None,
                    help="the learned voter: a model directory to score instead of the packaged one")
    args = ap.parse_args(argv)
    deid = Deidentifier(config(args.learned_model))
    sets = []
    if not args.skip_sample:
        sample = REPO / "recipes" / "sample"
        frame = pl.read_csv(sample / "csv" / "notes.csv", infer_schema=False)
        notes = list(frame.select("note_id", "patient_id", "text").iter_rows())
        rows = list(map(json.loads, open(sample / "truth" / "phi.jsonl", encoding="utf-8")))
        gold = [Span(d["note_id"], d["start"], d["end"], d["entity_type"]) for d in rows]
        pgold = [Span(d["note_id"], d["start"], d["end"], "NAME") for d in rows if d["subtype"] == "PATIENT"]
        ids = from_fhir(json.loads(line) for line in open(sample / "fhir" / "Patient.ndjson", encoding="utf-8"))
        sets.append(("sample", notes, gold, pgold, ids))
    pnotes = planted.generate(planted.load_sources(args.mtsamples), patients=args.planted_patients,
                              seed=args.planted_seed)
    pids = planted_identities(args.planted_patients, args.planted_seed)
    tuning, check = split_by_patient(pnotes, lambda n: n.patient_id)
    for name, part in (("mtsamples-planted/tuning", tuning), ("mtsamples-planted/check", check)):
        sets.append((name, [(n.note_id, n.patient_id, n.text) for n in part],
                     [Span(n.note_id, a, b, t) for n in part for a, b, t, _ in n.spans],
                     [Span(n.note_id, a, b, t) for n in part for a, b, t, sub in n.spans if sub == "PATIENT"], pids))
    rows = []
    for name, notes, gold, pgold, ids in sets:
        for label, use in (("without identities", None), ("with identities", ids)):
            rows.append({"set": name, "run": label, **run(deid, notes, gold, pgold, use)})
            print(json.dumps(rows[-1]), flush=True)
    print("\n| set | run | recall | NAME recall | precision | notes with own-name PHI left | failed notes | CPU s |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['set']} | {r['run']} | {r['recall']:.4f} | {r['name_recall']:.4f} | {r['precision']:.4f} | "
              f"{r['notes_with_own_name_left']} / {r['notes']} | {r['failures']} | {r['cpu_s']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
