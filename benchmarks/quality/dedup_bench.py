"""De-duplication benchmark: throughput, and recall/precision of near-duplicate detection.

Corpus: the bundled sample notes (recipes/sample/csv/notes.csv), optionally repeated with shuffled
word order to reach --notes, plus planted copy-forward copies into other patients: each copy changes
a given share of its words (so its true 5-word-shingle Jaccard to the original falls in a band).
Recall = planted copies at or above the threshold (by true Jaccard) that were removed; precision =
removed notes whose true Jaccard to their kept representative is at or above the threshold, or that
are exact copies. Run:

    .venv/bin/python -m benchmarks.quality.dedup_bench --notes 20000 --copies 2000
"""

from __future__ import annotations

import argparse
import random
import resource
import time

import polars as pl

from cancerprep.assembly.dedup.decide import deduplicate
from cancerprep.assembly.dedup.minhash import jaccard, shingles
from tests.paths import SAMPLE


def corpus(n_notes: int, n_copies: int, seed: int) -> tuple[pl.DataFrame, dict[str, tuple[str, float]]]:
    rng = random.Random(seed)
    base = pl.read_csv(SAMPLE / "csv/notes.csv", infer_schema=False)
    texts = base["text"].to_list()
    rows = []
    for i in range(n_notes):
        t = texts[i % len(texts)]
        if i >= len(texts):  # a distinct note: same vocabulary, shuffled words
            words = t.split()
            rng.shuffle(words)
            t = " ".join(words)
        rows.append({"note_id": f"n{i}", "patient_id": f"p{i // 10}", "text": t, "day": 0})
    truth: dict[str, tuple[str, float]] = {}
    for j in range(n_copies):
        src = rng.randrange(n_notes)
        words = rows[src]["text"].split()
        share = rng.choice([0.0, 0.01, 0.02, 0.04, 0.08, 0.15, 0.3])
        for pos in rng.sample(range(len(words)), int(len(words) * share)):
            words[pos] = rng.choice(["stable", "improved", "unchanged", "noted", "denies", "reports"])
        cid = f"c{j}"
        rows.append({"note_id": cid, "patient_id": f"q{j}", "text": " ".join(words), "day": 1})
        truth[cid] = (f"n{src}", share)
    frame = pl.DataFrame(rows).with_columns(
        (pl.date(2020, 1, 1) + pl.duration(days=pl.col("day"))).alias("note_date"),
        pl.lit("bench").alias("source"), pl.int_range(pl.len()).alias("source_row")).drop("day")
    return frame, truth


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--notes", type=int, default=20000)
    ap.add_argument("--copies", type=int, default=2000)
    ap.add_argument("--threshold", type=float, default=0.8)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    frame, truth = corpus(args.notes, args.copies, args.seed)
    chars = frame["text"].str.len_chars().sum()
    t0 = time.perf_counter()
    result = deduplicate(frame, {"threshold": args.threshold})
    dt = time.perf_counter() - t0
    removed = set(result.quarantine["note_id"].to_list())
    by_id = dict(zip(frame["note_id"], frame["text"], strict=True))
    sims = {cid: jaccard(shingles(by_id[cid], 5), shingles(by_id[src], 5)) for cid, (src, _) in truth.items()}
    should = {c for c, s in sims.items() if s >= args.threshold}
    found = should & removed
    planted_removed = {c for c in removed if c in truth}
    true_pos = {c for c in planted_removed if sims[c] >= args.threshold}
    other = removed - set(truth)
    print(f"notes {frame.height}  chars {chars / 1e6:.1f}M  seconds {dt:.1f}  notes/s {frame.height / dt:,.0f}")
    print(f"stats {result.stats}")
    print(f"planted copies >= threshold (true Jaccard): {len(should)}; removed: {len(found)} "
          f"(recall {len(found) / max(1, len(should)):.4f})")
    print(f"planted copies removed below threshold (true Jaccard): {len(planted_removed - true_pos)}; "
          f"non-planted notes removed: {len(other)}")
    for share in sorted({s for _, s in truth.values()}):
        ids = [c for c, (_, s) in truth.items() if s == share]
        mean = sum(sims[c] for c in ids) / len(ids)
        gone = sum(c in removed for c in ids)
        print(f"  edit share {share:.2f}: n={len(ids)} mean Jaccard {mean:.3f} removed {gone}")
    print(f"peak RSS MB {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")


if __name__ == "__main__":
    main()
