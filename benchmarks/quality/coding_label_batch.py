"""Choose the next batch of MTSamples dev notes to label for `sort`/`icd`, and print the reading view.

Usage:
    .venv/bin/python -m benchmarks.quality.coding_label_batch [--dev CSV] [--others 44] [--seed 17] [--ids-only]
        [--lookalike]

The batch is every dev note not yet in a label set whose text matches `SELECT` (malignancy, cancer
treatment and biopsy words), plus `--others` random notes of the rest (polars `sample`, `--seed`),
so the choice is reproducible. `--lookalike` selects by `LOOKALIKE` instead (mass, lesion, nodule,
polyp, benign -oma words, dysplasia, radiation, tumour markers, and care and drug words that go with
cancer): once no unlabelled note matches `SELECT`, these are the notes left that test `none`
precision (the fourth label set is `--lookalike --others 0` over the first three). The reading view
shows each note's description and its sentences with a selecting word or a diagnosis / impression /
assessment line; a note with any doubt is read in full. Labels are written from this view, before the
coder is run on the notes (tests/fixtures/mtsamples_gold_README.md). MTSamples is CC0 (clinspacy
packaging): printing its text is fine.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import polars as pl

from benchmarks.quality.coding_eval import LABEL_SETS
from tests.paths import SHARED_DATA

SELECT = re.compile(r"(?i)\b(cancer|carcinoma|malignan|lymphoma|leukemia|melanoma|sarcoma|myeloma|metasta|neoplas"
                    r"|oncolog|chemotherap|tumou?r|glioma|blastoma|radiation therapy|mastectomy|lumpectomy"
                    r"|prostatectomy|colectomy|lobectomy|whipple|cystectomy|biopsy|biopsies|gleason)"
                    r"|\b(CIN|DCIS|TURBT|XRT|mets)\b")
LOOKALIKE = re.compile(r"(?i)\b(mass|masses|lesions?|nodules?|nodular|polyps?|polypoid|lipomas?|neuromas?"
                       r"|hemangiomas?|meningiomas?|fibromas?|granulomas?|cholesteatomas?|endometriomas?"
                       r"|condylomas?|keratomas?|pseudotumor|radiation|radiotherapy|basal cell|papillary|growths?"
                       r"|dysplas\w*|in situ|frozen sections?|hospice|palliative|port-a-cath|mediport|hematologist"
                       r"|tamoxifen|letrozole|femara|anastrozole|leuprolide|lupron)\b"
                       r"|\b(PSA|CEA|CA)\b")
_SHOW = re.compile(r"(?i)diagnos|impression|assessment")


def batch(dev: pl.DataFrame, others: int, seed: int, select: re.Pattern[str] = SELECT
          ) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(selected, random others) among the dev notes no label set holds yet, both sorted by id."""
    labelled = set()
    for gold, _notes in LABEL_SETS:
        if gold.exists():
            labelled |= set(pl.read_csv(gold, infer_schema_length=0)["note_id"])
    rest = dev.filter(~pl.col("note_id").is_in(list(labelled))).sort(pl.col("note_id").cast(pl.Int64))
    hit = rest["transcription"].map_elements(lambda t: bool(select.search(t or "")), return_dtype=pl.Boolean)
    chosen = rest.filter(hit)
    pool = rest.filter(~hit)
    sample = pool.sample(n=min(others, pool.height), seed=seed).sort(pl.col("note_id").cast(pl.Int64))
    return chosen, sample


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=SHARED_DATA / "mtsamples-dev" / "mtsamples_dev.csv")
    ap.add_argument("--others", type=int, default=44)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--ids-only", action="store_true")
    ap.add_argument("--lookalike", action="store_true", help="select by look-alike words (LOOKALIKE)")
    args = ap.parse_args()
    select = LOOKALIKE if args.lookalike else SELECT
    chosen, sample = batch(pl.read_csv(args.dev, infer_schema_length=0), args.others, args.seed, select)
    print(f"selected by words: {chosen.height}; random others: {sample.height}")
    for name, frame in (("selected", chosen), ("random", sample)):
        for r in frame.iter_rows(named=True):
            print(f"##### {r['note_id']} [{name}] {r['medical_specialty']} | {(r['description'] or '')[:150]}")
            if args.ids_only:
                continue
            for s in re.split(r"(?<=[.;])\s+|\.,|\n", r["transcription"] or ""):
                if select.search(s) or _SHOW.search(s):
                    print("   -", s.strip()[:300])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
