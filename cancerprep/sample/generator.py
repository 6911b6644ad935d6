"""Seeded generator of the bundled synthetic EHR export (`recipes/sample/`).

Why: the tool must run end to end on a fresh clone with no real patient data,
and every stage (de-id, sorting, ICD, phenotype) needs inputs with known truth.
The generator writes ~200 patients' clinical notes and pathology reports across
the 17 cancer types (plus other_cancer and none), diagnosis codes, planted PHI
with exact character spans, CancerBERT-style entity spans on a subset of
sentences, and the same export in CSV, FHIR R4 NDJSON and OMOP CDM (SQLite)
forms. Everything is synthetic and derived from `seed` alone: the same seed
gives byte-identical files; patient i depends only on (seed, i), so a smaller
`--patients` count yields a prefix of the full sample.

This module plans each patient's notes and codes; the parts live beside it: tumors (one per
cancer patient), people (patients, relatives, clinicians), markup (text with exact spans,
PHI renderers), documents (the note writers), records (the in-memory export) and export (the
CSV, FHIR, OMOP and truth writers).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from cancerprep.sample.documents import write_clinical, write_pathology
from cancerprep.sample.export import write_csv, write_fhir, write_notice, write_omop, write_truth
from cancerprep.sample.people import ICD9_COMORB, Patient, make_patient
from cancerprep.sample.records import LOINC, Code, Encounter, Note, Sample
from cancerprep.sample.tumors import CANCER_TYPES, METS


def _assign_types(n: int) -> list[str]:
    """~187 of 200 patients over the 17 types, the rest other_cancer and none."""
    out, k = [], 0
    for i in range(n):
        if i % 29 == 11:
            out.append("other_cancer")
        elif i % 29 == 23:
            out.append("none")
        else:
            out.append(CANCER_TYPES[k % len(CANCER_TYPES)])
            k += 1
    return out


def _case_style(rng: random.Random) -> str:
    r = rng.random()
    return "upper" if r < 0.2 else "lower" if r < 0.28 else "mixed"


def generate(patients: int = 200, seed: int = 7) -> Sample:
    """Build the sample in memory (deterministic in `seed`; patient i depends on (seed, i) only)."""
    types = _assign_types(patients)
    pts: list[Patient] = []
    notes: list[Note] = []
    codes: list[Code] = []
    encs: list[Encounter] = []
    for idx, ctype in enumerate(types):
        pt = make_patient(seed, idx, ctype)
        pts.append(pt)
        rng = random.Random(f"cancerprep-sample-notes:{seed}:{idx}")
        n_notes = rng.randint(6, 14)
        plan: list[tuple[str, int]] = [("path_first", -rng.randint(3, 15)), ("consult", rng.randint(5, 20))]
        if pt.tumor is not None and rng.random() < 0.75:
            plan.append(("path_resection", rng.randint(25, 60)))
            plan.append(("discharge", plan[-1][1] + rng.randint(2, 6)))
        elif rng.random() < 0.4:
            plan.append(("hp", rng.randint(20, 40)))
        day = max(p[1] for p in plan)
        while len(plan) < n_notes:
            day += rng.randint(10, 70)
            plan.append((rng.choice(["progress", "progress", "progress", "path_extra", "hp"]), day))
        annotate_budget = 2
        for kind, offset in sorted(plan, key=lambda p: p[1]):
            when = pt.dx_date + timedelta(days=offset)
            enc_id = str(70000001 + len(encs))
            seq = len(notes)
            note_id = str(5000001 + seq)
            annotate = annotate_budget > 0 and pt.tumor is not None and rng.random() < 0.5
            if kind.startswith("path"):
                if pt.tumor is None and kind == "path_extra":
                    kind = "progress"
            if kind.startswith("path"):
                doc = write_pathology(rng, pt, when, first=kind == "path_first", annotate=annotate)
                note_type, loinc = "pathology_report", LOINC["synoptic" if rng.random() < 0.2 else "pathology"]
            else:
                doc = write_clinical(rng, pt, kind, when, annotate)
                note_type, loinc = "clinical_note", LOINC[kind]
            if doc.units:
                annotate_budget -= 1
            style = _case_style(rng)
            text = doc.text()
            if style == "upper":
                text = text.upper()
            elif style == "lower":
                text = text.lower()
            assert text.isascii() and len(text) == doc.n
            phi = [{"note_id": note_id, "start": s, "end": e, "entity_type": et, "subtype": st, "text": text[s:e]}
                   for s, e, et, st in doc.phi]
            units = []
            for k, (s, e, labs) in enumerate(doc.units):
                units.append({"id": f"{note_id}-s{k + 1}", "note_id": note_id, "text": text[s:e],
                              "spans": [{"start": a - s, "end": b - s, "label": lab} for a, b, lab in labs]})
            inpatient = kind in ("discharge", "hp")
            encs.append(Encounter(enc_id, pt.pid, when - timedelta(days=4) if kind == "discharge" else when, when,
                                  inpatient))
            notes.append(Note(note_id, pt.pid, when, note_type, loinc, text, enc_id, phi, units))
            codes.extend(_codes_for(rng, pt, kind, when, enc_id))
    return Sample(pts, notes, codes, encs)


def _codes_for(rng: random.Random, pt: Patient, kind: str, when: date, enc: str) -> list[Code]:
    out: list[Code] = []
    t = pt.tumor
    primary = t.code if t is not None else pt.benign[0]  # type: ignore[index]
    if kind in ("path_first", "consult", "discharge", "progress", "hp", "path_resection") and (
            kind != "progress" or rng.random() < 0.6):
        out.append(Code(pt.pid, primary, "ICD10CM", when, enc))
    if t is not None and kind in ("path_first", "path_resection") and (pt.idx % 3 == 0 or
                                                                       t.ctype in ("lymphoma", "leukemia", "myeloma")):
        out.append(Code(pt.pid, t.morph, "ICDO3", when, enc))
        if kind == "path_first" and pt.idx % 2 == 0:
            out.append(Code(pt.pid, t.topo, "ICDO3", when, enc))
    if t is not None and t.icd9 and kind == "path_first" and pt.idx % 7 == 0:
        # a legacy-system code for the same diagnosis, as older feeds still carry
        out.append(Code(pt.pid, t.icd9, "ICD9CM", when, enc))
    if kind in ("consult", "hp", "discharge"):
        for c in pt.comorb:
            if pt.idx % 11 == 0 and c[0] in ICD9_COMORB:
                out.append(Code(pt.pid, ICD9_COMORB[c[0]], "ICD9CM", when, enc))
            else:
                out.append(Code(pt.pid, c[0], "ICD10CM", when, enc))
        for _rel, _dis, z in pt.family:
            if z:
                out.append(Code(pt.pid, z, "ICD10CM", when, enc))
                break
    if t is not None and t.mets and kind in ("progress", "discharge") and rng.random() < 0.5:
        for m in t.mets:
            out.append(Code(pt.pid, METS[m][0], "ICD10CM", when, enc))
    return out


def make_sample(out_dir: Path, patients: int = 200, seed: int = 7) -> dict[str, int]:
    """Generate the sample and write every form under `out_dir`; returns counts."""
    if patients < 1:
        raise ValueError("patients must be >= 1")
    sample = generate(patients, seed)
    out_dir = Path(out_dir)
    write_csv(sample, out_dir)
    write_fhir(sample, out_dir)
    write_omop(sample, out_dir)
    write_truth(sample, out_dir)
    write_notice(out_dir, seed, patients)
    return {"patients": len(sample.patients), "notes": len(sample.notes), "codes": len(sample.codes),
            "phi_spans": sum(len(n.phi) for n in sample.notes),
            "annotated_sentences": sum(len(n.units) for n in sample.notes)}
