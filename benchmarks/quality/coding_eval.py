"""Evaluate `sort` and `icd` against hand-labelled MTSamples notes.

Usage:
    .venv/bin/python -m benchmarks.quality.coding_eval [--gold tests/fixtures/mtsamples_gold.csv]
        [--notes tests/fixtures/mtsamples_gold_notes.csv] [--errors]

Prints per-type precision/recall/F1 of the primary `cancer_type`, macro-F1 over the
cancer types present in the gold labels (the 17 types; other_cancer reported apart),
precision of `none`, and ICD-10-CM 3-character category accuracy on notes whose gold
primary is one of the 17 types. Gold labels were written by reading the notes, before
any rule was written (docs/coding.md). MTSamples is CC0 (clinspacy packaging).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import polars as pl

from tests.paths import SAMPLE, TESTS_DIR

GOLD = TESTS_DIR / "fixtures" / "mtsamples_gold.csv"
NOTES = TESTS_DIR / "fixtures" / "mtsamples_gold_notes.csv"


def load(gold: Path = GOLD, notes: Path = NOTES) -> pl.DataFrame:
    g = pl.read_csv(gold, infer_schema_length=0)
    n = pl.read_csv(notes, infer_schema_length=0).select("note_id", pl.col("transcription").alias("text"))
    return g.join(n, on="note_id", how="inner")


LATE = "[added after rules]"


def evaluate(frame: pl.DataFrame, coder: Any = None) -> dict[str, Any]:
    """Run the coder over `frame` (gold columns + text) and score it."""
    from cancerprep.stages.coding.coder import Coder

    if coder is None:
        coder = Coder()
        coder.setup()
    rows = frame.to_dicts()
    preds = [coder.code_note({"patient_id": r["note_id"], "text": r["text"]}) for r in rows]
    res = score(rows, preds, coder.taxonomy.ids)
    late = [i for i, r in enumerate(rows) if LATE in (r.get("rationale") or "")]
    if late:
        res["late"] = score([rows[i] for i in late], [preds[i] for i in late], coder.taxonomy.ids)
    return res


def score(rows: list[dict[str, Any]], preds: list[Any], ids: list[str]) -> dict[str, Any]:
    from cancerprep.stages.coding.taxonomy import NONE, OTHER

    labels = sorted({r["cancer_type"] for r in rows} | {p.cancer_type for p in preds})
    per: dict[str, dict[str, float]] = {}
    for lab in labels:
        tp = sum(1 for r, p in zip(rows, preds, strict=True) if r["cancer_type"] == lab and p.cancer_type == lab)
        fp = sum(1 for r, p in zip(rows, preds, strict=True) if r["cancer_type"] != lab and p.cancer_type == lab)
        fn = sum(1 for r, p in zip(rows, preds, strict=True) if r["cancer_type"] == lab and p.cancer_type != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[lab] = {"precision": prec, "recall": rec, "f1": f1, "support": tp + fn}
    present = [lab for lab in ids if per.get(lab, {}).get("support", 0) > 0]
    macro = sum(per[lab]["f1"] for lab in present) / len(present) if present else 0.0
    primary17 = [(r, p) for r, p in zip(rows, preds, strict=True) if r["cancer_type"] in ids]
    icd_ok = sum(1 for r, p in primary17 if p.icd10 and p.icd10[0][:3] == (r["icd10_category"] or "")[:3])
    errors = [{"note_id": r["note_id"], "gold": r["cancer_type"], "pred": p.cancer_type,
               "gold_icd": r["icd10_category"], "pred_icd": p.icd10[:2], "evidence": p.evidence}
              for r, p in zip(rows, preds, strict=True)
              if r["cancer_type"] != p.cancer_type
              or (r["cancer_type"] in ids and (not p.icd10 or p.icd10[0][:3] != r["icd10_category"]))]
    return {
        "notes": len(rows),
        "macro_f1_present_types": macro,
        "present_types": present,
        "none_precision": per.get(NONE, {}).get("precision", 0.0),
        "none_recall": per.get(NONE, {}).get("recall", 0.0),
        "other_cancer_f1": per.get(OTHER, {}).get("f1", 0.0),
        "icd_category_accuracy": icd_ok / len(primary17) if primary17 else 0.0,
        "icd_notes": len(primary17),
        "per_type": per,
        "errors": errors,
    }


def evaluate_sample(sample: Path = SAMPLE) -> dict[str, float]:
    """Agreement with the bundled synthetic export's truth labels, from text alone and with codes."""
    from cancerprep.commands import read_records
    from cancerprep.stages.coding.coder import Coder

    notes = read_records(sample / "csv" / "notes.csv", "notes")
    codes = read_records(sample / "csv" / "diagnoses.csv", "codes")
    truth = pl.read_csv(sample / "truth" / "labels.csv", infer_schema_length=0)
    out: dict[str, float] = {"notes": float(notes.height)}
    for name, table in (("text", None), ("codes", codes)):
        coder = Coder({}, table)
        coder.setup()
        res = coder.code_batch(notes)
        joined = notes.select("note_id").with_columns(
            pl.Series("pred", [r.cancer_type for r in res]),
            pl.Series("icd", [r.icd10[0][:3] if r.icd10 else None for r in res])).join(truth, on="note_id")
        out[f"type_agreement_{name}"] = float((joined["pred"] == joined["cancer_type"]).mean())
        typed = joined.filter(pl.col("icd10").str.starts_with("C") | pl.col("icd10").str.starts_with("D0"))
        out[f"icd_category_agreement_{name}"] = float((typed["icd"] == typed["icd10"].str.slice(0, 3)).mean())
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--notes", type=Path, default=NOTES)
    ap.add_argument("--errors", action="store_true", help="list disagreements (note ids, labels, codes)")
    ap.add_argument("--sample", action="store_true", help="also score the bundled synthetic sample export")
    args = ap.parse_args()
    res = evaluate(load(args.gold, args.notes))
    print(f"notes: {res['notes']}")
    print(f"{'type':<15}{'P':>7}{'R':>7}{'F1':>7}{'n':>5}")
    for lab, m in sorted(res["per_type"].items()):
        print(f"{lab:<15}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}{int(m['support']):>5}")
    print(f"macro-F1 over {len(res['present_types'])} present cancer types: {res['macro_f1_present_types']:.3f}")
    print(f"precision of none: {res['none_precision']:.3f} (recall {res['none_recall']:.3f})")
    print(f"other_cancer F1: {res['other_cancer_f1']:.3f}")
    print(f"ICD-10-CM category accuracy ({res['icd_notes']} notes with a primary among the 17): "
          f"{res['icd_category_accuracy']:.3f}")
    if "late" in res:
        late = res["late"]
        print(f"notes labelled after the rules were written ({late['notes']}, {LATE}): macro-F1 "
              f"{late['macro_f1_present_types']:.3f} over {len(late['present_types'])} types, precision of none "
              f"{late['none_precision']:.3f}, ICD category accuracy {late['icd_category_accuracy']:.3f} "
              f"({late['icd_notes']} notes), other_cancer F1 {late['other_cancer_f1']:.3f}")
    if args.sample:
        for k, v in evaluate_sample().items():
            print(f"sample {k}: {v:.3f}" if k != "notes" else f"sample notes: {int(v)}")
    if args.errors:
        for e in res["errors"]:
            print(json.dumps(e))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
