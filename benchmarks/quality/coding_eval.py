"""Evaluate `sort` and `icd` against hand-labelled MTSamples notes, tuning vs check part.

Usage:
    .venv/bin/python -m benchmarks.quality.coding_eval [--errors] [--sample] [--tiebreak]
        [--gold FILE --notes FILE ...]   (default: both label sets in tests/fixtures)

All labelled notes are split by `sha256(note_id) % 4`: 0 is the check part, never read while
writing rules (`--errors` lists tuning-part errors only), the rest is the tuning part.

Prints per-type precision/recall/F1 of the primary `cancer_type`, macro-F1 over the
cancer types present in the gold labels (the 17 types; other_cancer reported apart),
precision of `none`, and ICD-10-CM 3-character category accuracy on notes whose gold
primary is one of the 17 types. Gold labels were written by reading the notes, before
any rule was written (docs/coding.md). MTSamples is CC0 (clinspacy packaging).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import polars as pl

from tests.paths import SAMPLE, TESTS_DIR

GOLD = TESTS_DIR / "fixtures" / "mtsamples_gold.csv"
NOTES = TESTS_DIR / "fixtures" / "mtsamples_gold_notes.csv"
# (labels, notes) of every label set; the second to fourth were labelled for issue 17 (README next to them)
LABEL_SETS = [(GOLD, NOTES)] + [(TESTS_DIR / "fixtures" / f"mtsamples_gold_{k}.csv",
                                 TESTS_DIR / "fixtures" / f"mtsamples_gold_{k}_notes.csv") for k in (2, 3, 4)]
GOLD_COLS = ["note_id", "cancer_type", "cancer_types", "icd10_category", "rationale"]


def part_of(note_id: str) -> str:
    """'check' for about a quarter of the notes (by a hash of the id, so stable as labels grow)."""
    return "check" if int(hashlib.sha256(note_id.encode()).hexdigest(), 16) % 4 == 0 else "tuning"


def load(gold: Path = GOLD, notes: Path = NOTES) -> pl.DataFrame:
    """One label set joined to its note texts, with the `part` each note belongs to."""
    g = pl.read_csv(gold, infer_schema_length=0).select(GOLD_COLS)
    n = pl.read_csv(notes, infer_schema_length=0).select("note_id", pl.col("transcription").alias("text"))
    out = g.join(n, on="note_id", how="inner")
    return out.with_columns(pl.col("note_id").map_elements(part_of, return_dtype=pl.String).alias("part"))


def load_all(sets: list[tuple[Path, Path]] = LABEL_SETS) -> pl.DataFrame:
    """Every label set (a note labelled twice keeps its first label)."""
    return pl.concat([load(g, n) for g, n in sets]).unique("note_id", keep="first", maintain_order=True)


LATE = "[added after rules]"


def evaluate(frame: pl.DataFrame, coder: Any = None, bootstrap: int = 0) -> dict[str, Any]:
    """Run the coder over `frame` (gold columns + text) and score it; `bootstrap` > 0 adds 95% intervals
    per part (notes resampled with replacement), because the check part has 1-2 notes for most types."""
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
    for part in ("tuning", "check"):
        idx = [i for i, r in enumerate(rows) if r.get("part") == part]
        if idx:
            res[part] = score([rows[i] for i in idx], [preds[i] for i in idx], coder.taxonomy.ids)
            if bootstrap:
                res[part]["intervals"] = intervals([rows[i] for i in idx], [preds[i] for i in idx],
                                                   coder.taxonomy.ids, bootstrap)
    return res


INTERVAL_KEYS = ("macro_f1_present_types", "none_precision", "icd_category_accuracy")


def intervals(rows: list[dict[str, Any]], preds: list[Any], ids: list[str], n: int, seed: int = 0
              ) -> dict[str, tuple[float, float]]:
    """95% percentile bootstrap intervals of the headline figures (seeded, so the report is reproducible)."""
    rng = random.Random(seed)
    draws: dict[str, list[float]] = {k: [] for k in INTERVAL_KEYS}
    for _ in range(n):
        pick = [rng.randrange(len(rows)) for _ in rows]
        res = score([rows[i] for i in pick], [preds[i] for i in pick], ids)
        for k in INTERVAL_KEYS:
            draws[k].append(res[k])
    out = {}
    for k, vals in draws.items():
        vals.sort()
        out[k] = (vals[int(0.025 * (n - 1))], vals[int(0.975 * (n - 1))])
    return out


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
        "accuracy": sum(1 for r, p in zip(rows, preds, strict=True) if r["cancer_type"] == p.cancer_type)
        / max(1, len(rows)),
        "macro_f1_present_types": macro,
        "present_types": present,
        "none_precision": per.get(NONE, {}).get("precision", 0.0),
        "none_recall": per.get(NONE, {}).get("recall", 0.0),
        "other_cancer_f1": per.get(OTHER, {}).get("f1", 0.0),
        "icd_category_accuracy": icd_ok / len(primary17) if primary17 else 0.0,
        "icd_notes": len(primary17),
        "per_type": per,
        "errors": errors,
        "icd_breakdown": icd_breakdown(primary17),
    }


_VAGUE_TITLE = re.compile(r"without specification of site|ill-defined|part unspecified|other and unspecified", re.I)
_SIDED_TITLE = re.compile(r"\b(?:right|left|bilateral)\b", re.I)
# the kinds of an ICD category miss, most telling first: a note is counted under the first kind that fits
MISS_KINDS = ("no code", "gold history Z85/Z86, coded active", "gold active, coded history Z85/Z86",
              "in situ D0x vs invasive C", "secondary vs primary site",
              "unspecified/ill-defined vs specific category", "same type, another category", "another type")


def _title(code: str) -> str:
    import simple_icd_10_cm as cm

    return cm.get_description(code) if code and cm.is_valid_item(code) else ""


def miss_kind(gold_category: str, pred_code: str, same_type: bool) -> str:
    """Which kind of ICD-10-CM category miss this is (MISS_KINDS), from the two codes alone: the gold labels hold only
    the 3-character category, so kinds below the category (subcode, laterality digit) cannot be misses here."""
    g, c = (gold_category or "")[:3], (pred_code or "")[:3]
    if not c:
        return MISS_KINDS[0]
    if g[:1] == "Z" and c[:1] != "Z":
        return MISS_KINDS[1]
    if c[:1] == "Z" and g[:1] != "Z":
        return MISS_KINDS[2]
    if (g[:2] == "D0") != (c[:2] == "D0"):
        return MISS_KINDS[3]
    secondary = {"C77", "C78", "C79", "C7B"}
    if (g in secondary) != (c in secondary):
        return MISS_KINDS[4]
    if bool(_VAGUE_TITLE.search(_title(g))) != bool(_VAGUE_TITLE.search(_title(c))):
        return MISS_KINDS[5]
    return MISS_KINDS[6] if same_type else MISS_KINDS[7]


def code_detail(code: str) -> str:
    """How exact a coded ICD-10-CM code is below its category: 'category' (a category that has subcodes, given
    alone), 'unspecified' (a subcode whose title leaves the site or part unspecified), 'sided' (a subcode naming
    right / left / bilateral) or 'specific'."""
    import simple_icd_10_cm as cm

    if not code or not cm.is_valid_item(code):
        return "none"
    if len(code) == 3:
        return "category" if cm.get_children(code) else "specific"
    title = _title(code)
    if _SIDED_TITLE.search(title):
        return "sided"
    return "unspecified" if re.search(r"\bunspecified\b", title, re.I) else "specific"


def icd_breakdown(primary17: list[tuple[dict[str, Any], Any]]) -> dict[str, Any]:
    """Scores only (no ids, no text), so it may be printed for the check part: ICD category accuracy by gold type,
    by whether the type was right, and by gold code kind (active C, in situ D0x, history Z); the misses counted by
    kind (MISS_KINDS); and how exact the coded codes are below the category, right or wrong."""
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_type_ok: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_gold_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    kinds: dict[str, int] = dict.fromkeys(MISS_KINDS, 0)
    detail: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r, p in primary17:
        gold = (r["icd10_category"] or "")[:3]
        code = p.icd10[0] if p.icd10 else ""
        ok = bool(code) and code[:3] == gold
        same_type = p.cancer_type == r["cancer_type"]
        gk = "history Z" if gold[:1] == "Z" else "in situ D0" if gold[:2] == "D0" else "active C"
        for cell in (by_type[r["cancer_type"]], by_type_ok["type right" if same_type else "type wrong"],
                     by_gold_kind[gk], detail[code_detail(code)]):
            cell[0] += 1
            cell[1] += ok
        if not ok:
            kinds[miss_kind(gold, code, same_type)] += 1
    return {"by_type": {k: v for k, v in sorted(by_type.items())}, "by_type_right": dict(by_type_ok),
            "by_gold_kind": dict(by_gold_kind), "miss_kinds": kinds, "code_detail": dict(detail)}


def _cell(tally: list[int] | None) -> str:
    return f"{tally[1]}/{tally[0]}" if tally else "-"


def breakdown_table(parts: dict[str, dict[str, Any]]) -> str:
    """The ICD breakdowns of several parts side by side: 'right/notes' per cell."""
    names = list(parts)
    bds = [parts[n]["icd_breakdown"] for n in names]
    lines = [f"\nICD-10-CM category accuracy, broken down (right/notes){''.join(f'{n:>12}' for n in names)}"]
    for section, title in (("by_type", "gold type"), ("by_type_right", "cancer type"),
                           ("by_gold_kind", "gold code kind"), ("code_detail", "coded code, below category")):
        lines.append(f"  {title}:")
        keys = sorted({k for b in bds for k in b[section]})
        for k in keys:
            cells = "".join(f"{_cell(b[section].get(k)):>12}" for b in bds)
            lines.append(f"    {k:<47}{cells}")
    lines.append("  misses by kind:")
    for k in MISS_KINDS:
        counts = "".join(f"{b['miss_kinds'][k]:>12d}" for b in bds)
        lines.append(f"    {k:<47}{counts}")
    return "\n".join(lines)


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
    ap.add_argument("--gold", type=Path, action="append", help="a label file (repeat with --notes)")
    ap.add_argument("--notes", type=Path, action="append", help="the note texts of the matching --gold")
    ap.add_argument("--errors", action="store_true", help="list tuning-part disagreements (ids, labels, codes)")
    ap.add_argument("--sample", action="store_true", help="also score the bundled synthetic sample export")
    ap.add_argument("--tiebreak", action="store_true", help="turn the learned tie-breaker on (off by default)")
    ap.add_argument("--bootstrap", type=int, default=1000, metavar="N",
                    help="resamples for the 95%% intervals of the tuning/check figures (0 = none)")
    args = ap.parse_args()
    sets = list(zip(args.gold, args.notes, strict=True)) if args.gold else LABEL_SETS
    coder = None
    if args.tiebreak:
        from cancerprep.stages.coding.coder import Coder

        coder = Coder({"tiebreak": True})
        coder.setup()
    res = evaluate(load_all(sets), coder, args.bootstrap)
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
    if "tuning" in res and "check" in res:
        t, c = res["tuning"], res["check"]
        print(f"\n{'':<34}{'tuning':>10}{'check':>10}")
        for key, name in (("notes", "notes"), ("macro_f1_present_types", "macro-F1 over types present"),
                          ("none_precision", "precision of none"), ("accuracy", "accuracy"),
                          ("icd_category_accuracy", "ICD-10-CM category accuracy"), ("icd_notes", "ICD notes")):
            fmt = (lambda v: f"{v:>10d}") if key in ("notes", "icd_notes") else (lambda v: f"{v:>10.3f}")
            print(f"{name:<34}{fmt(t[key])}{fmt(c[key])}")
        print(f"{'types present':<34}{len(t['present_types']):>10d}{len(c['present_types']):>10d}")
        print(breakdown_table({"tuning": t, "check": c}))
        if "intervals" in c:
            print(f"\n95% bootstrap intervals ({args.bootstrap} resamples of each part's notes):")
            for key in INTERVAL_KEYS:
                (tl, th), (cl, ch) = t["intervals"][key], c["intervals"][key]
                print(f"{key:<34} tuning {tl:.3f}-{th:.3f}   check {cl:.3f}-{ch:.3f}")
    if args.errors:
        # only tuning-part errors: the check part is scored, never read
        tuning_ids = {r for r in (e["note_id"] for e in res.get("tuning", res)["errors"])}
        for e in res["errors"]:
            if e["note_id"] in tuning_ids:
                print(json.dumps(e))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
